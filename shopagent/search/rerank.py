"""Rerank: soft signals on top of the fused recall score (`retrieval.Recalled.fused`).

Soft signals reward what the shopper asked for without making it a filter: query words found in the
title or attributes, a rating smoothed by its review count, and being in stock. Near-duplicate
listings (same brand and title) after the first are pushed down a little so one product does not
fill the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from shopagent.text.stopwords import STOPWORDS as MULTILINGUAL_STOPWORDS
from shopagent.text.words import fold_plural, norm, plain_words

PRIOR_RATING = 3.5  # Bayesian smoothing: a 5.0 from two reviews should not beat a 4.6 from 300
PRIOR_WEIGHT = 10


@dataclass(frozen=True)
class Weights:
    """How much each signal counts next to the fused score (scaled to 0..1), and how much each
    retriever's normalised score counts in it."""

    bm25: float = 1.0  # the two normalised scores count equally (0.5-2.0 tried: docs/search.md)
    vector: float = 1.0
    title_words: float = 0.25
    attribute_words: float = 0.08
    rating: float = 0.04
    in_stock: float = 0.1  # an out-of-stock match must be clearly better to come first
    duplicate: float = 0.05
    # boosts for what the words only suggested (Constraints.soft): a category, brand or attribute
    soft_category: float = 0.15
    soft_brand: float = 0.25
    soft_attribute: float = 0.08


DEFAULT_WEIGHTS = Weights()

STOPWORDS = frozenset(
    {
        *("a", "an", "and", "the", "for", "with", "of", "in", "on", "to", "by", "from", "at", "or"),
        *("my", "me", "i", "im", "i'm", "is", "are", "be", "it", "its", "this", "that", "some", "any"),
        *("new", "best", "good", "nice", "great", "pair", "pairs", "set", "looking", "look", "need"),
        *("want", "buy", "get", "find", "show", "please", "something", "like"),
        *MULTILINGUAL_STOPWORDS,  # "für", "para", "pour": no title is relevant for saying "for"
    }
)


def words(text: object) -> list[str]:
    return [fold_plural(w) for w in plain_words(text)]


@lru_cache(maxsize=65536)
def word_set(text: str) -> frozenset[str]:
    """The stemmed words of a catalog string (titles and attributes repeat across searches)."""
    return frozenset(words(text))


def query_words(text: str) -> list[str]:
    """The content words of a query, stemmed, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in plain_words(text):
        if word not in STOPWORDS:
            seen.setdefault(fold_plural(word), None)
    return list(seen)


def surface_forms(text: str) -> dict[str, str]:
    """stem -> the word as the shopper typed it (first occurrence), for explanations."""
    out: dict[str, str] = {}
    for word in plain_words(text):
        out.setdefault(fold_plural(word), word)
    return out


def coverage(wanted: Sequence[str], have: Iterable[str]) -> tuple[float, list[str]]:
    """The share of wanted words present in `have`, and which ones."""
    if not wanted:
        return 0.0, []
    pool = have if isinstance(have, set | frozenset) else set(have)
    found = [w for w in wanted if w in pool]
    return len(found) / len(wanted), found


def smoothed_rating(rating: float | None, review_count: int | None) -> float:
    """Rating pulled toward the prior by few reviews; an unrated product gets the prior."""
    n = max(int(review_count or 0), 0) if rating is not None else 0
    if rating is None:
        return PRIOR_RATING
    if n == 0:
        n = 1  # a rating without a count counts as one review
    return (PRIOR_RATING * PRIOR_WEIGHT + float(rating) * n) / (PRIOR_WEIGHT + n)


def rating_signal(rating: float | None, review_count: int | None) -> float:
    """-1..1: how far the smoothed rating sits above or below the prior."""
    value = smoothed_rating(rating, review_count)
    if value >= PRIOR_RATING:
        return (value - PRIOR_RATING) / (5.0 - PRIOR_RATING)
    return (value - PRIOR_RATING) / (PRIOR_RATING - 1.0)


@lru_cache(maxsize=65536)
def duplicate_key(brand: str | None, title: str) -> str:
    """Listings that differ only in colour words, case or punctuation share a key."""
    return norm(brand or "") + "|" + " ".join(words(title))
