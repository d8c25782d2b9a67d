"""Rerank: soft signals on top of the fused recall score (`retrieval.Recalled.fused`).

Soft signals reward what the shopper asked for without making it a filter: query words found in the
title or attributes, a rating smoothed by its review count, and being in stock. Near-duplicate
listings (same brand and title) after the first are pushed down a little so one product does not
fill the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from shopagent.text.stopwords import (
    ABSENCE_WORDS,
    AUDIENCE,
    AUDIENCE_PREFIXES,
    FOR_AFTER,
    FOR_BEFORE,
    FOR_PHRASES,
)
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
    # what the request's structure says: the head noun before "for", who the product is for, and
    # the words it negates (see `head_and_modifier`, `audience_tags`, Boosts.avoid)
    modifier_share: float = 0.35  # a modifier word in the title ("for iphone"): this much of a head word
    modifier_only: float = 0.1  # a title with modifier words but none of the head: the phone, not its case
    audience: float = 0.08
    audience_conflict: float = 0.12
    avoid: float = 0.35
    # likeness to the best few candidates (search/feedback.py; 0.15-1.0 tried, docs/search.md)
    feedback: float = 0.5


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


# -- the request's structure: head and modifier, audience, negated words ------------------------------

_FOR_PHRASE_WORDS = [tuple(p.split()) for p in FOR_PHRASES]
_FOR_AFTER_WORDS = [tuple(p.split()) for p in FOR_AFTER]


@lru_cache(maxsize=4096)
def head_and_modifier(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The query's content words split into what the product IS (the head) and what it is FOR (the
    modifier): "case for iphone 15" -> (case), (iphone, 15); "Hülle für Handy", "funda para móvil",
    "mobile ke liye cover" alike. No split (all head) without a "for", when nothing stands before
    it, or when what follows it is only an audience ("shoes for kids", "camisa para mujer")."""
    clauses = [c for c in re.split(r"[,;:!?]", text) if c.strip()]
    for k, clause in enumerate(clauses):
        head, modifier = _split_clause(clause)
        if modifier:
            others = query_words(" ".join(clauses[:k] + clauses[k + 1 :]))
            return tuple(dict.fromkeys((*head, *others))), tuple(w for w in modifier if w not in others)
    return tuple(query_words(text)), ()


def _split_clause(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    plain = plain_words(text)
    cut, after = None, 0
    for i, word in enumerate(plain):
        if word in FOR_BEFORE:
            cut, after = i, i + 1
        for phrase in _FOR_PHRASE_WORDS:
            if tuple(plain[i : i + len(phrase)]) == phrase:
                cut, after = i, i + len(phrase)
        if cut is not None:
            break
    flip = False
    if cut is None:
        for i in range(len(plain)):
            for phrase in _FOR_AFTER_WORDS:
                if tuple(plain[i : i + len(phrase)]) == phrase:
                    cut, after, flip = i, i + len(phrase), True
            if cut is not None:
                break
    if cut is None:
        return tuple(query_words(text)), ()
    before = tuple(query_words(" ".join(plain[:cut])))
    rest = tuple(w for w in query_words(" ".join(plain[after:])) if w not in before)
    head, modifier = (rest, before) if flip else (before, rest)
    if not head or not modifier or all(w in AUDIENCE for w in modifier):
        return tuple(query_words(text)), ()
    return head, modifier


def title_signal(head: Sequence[str], modifier: Sequence[str], title: frozenset[str], w: Weights) -> float:
    """Title-word coverage with the modifier discounted, minus a little for a title that names only
    the modifier (the phone itself, searching for its case)."""
    if not head and not modifier:
        return 0.0
    got_head = sum(x in title for x in head)
    got_mod = sum(x in title for x in modifier)
    share = (got_head + w.modifier_share * got_mod) / (len(head) + w.modifier_share * len(modifier))
    if modifier and got_mod and not got_head:
        share -= w.modifier_only / w.title_words
    return share


def _tags_of(word_list: Iterable[str]) -> frozenset[str]:
    tags: set[str] = set()
    for word in word_list:
        found = AUDIENCE.get(word)
        if found is None and len(word) > 5:
            for prefix, prefix_tags in AUDIENCE_PREFIXES.items():
                if word.startswith(prefix):
                    found = prefix_tags
                    break
        if found:
            tags |= found
    return frozenset(tags)


_CJK_AUDIENCE = [(w, t) for w, t in AUDIENCE.items() if any("\u3040" <= ch <= "\u9fff" for ch in w)]


@lru_cache(maxsize=65536)
def audience_tags(text: str) -> frozenset[str]:
    """Who a text says a product is for: F/M (female/male), A (adult), K (child), from the
    audience lexicon in any language ("Damen", "hombre", "kids", "女士")."""
    tags = set(_tags_of(plain_words(text)))
    for word, word_tags in _CJK_AUDIENCE:
        if word in text:
            tags |= word_tags
    return frozenset(tags)


def audience_signal(wanted: frozenset[str], have: frozenset[str]) -> int:
    """+1 when the product is for whom the request says, -1 when it is clearly for someone else
    (women's shoes for "men", an adult's for "kids"), 0 when it says nothing either way."""
    if not wanted or not have:
        return 0
    for a, b in (("F", "M"), ("M", "F"), ("K", "A"), ("A", "K")):
        if a in wanted and b in have and a not in have:
            return -1
    return 1 if wanted & have else 0


def _loose(word: str) -> str:
    """A word with its plural and a final gender vowel dropped: "negras", "negro" -> "negr"."""
    word = fold_plural(word)
    return word[:-1] if len(word) > 4 and word[-1] in "aeo" else word


@lru_cache(maxsize=65536)
def loose_words(text: str) -> tuple[frozenset[str], bool]:
    """A product text's loosely folded words, and whether it says something is absent ("sin", "free")."""
    plain = plain_words(text)
    return frozenset(_loose(w) for w in plain), any(w in ABSENCE_WORDS for w in plain)


def avoid_phrases(avoid: Sequence[str]) -> list[frozenset[str]]:
    return [p for p in (frozenset(_loose(w) for w in plain_words(a)) for a in avoid) if p]


def carries_avoided(phrases: Sequence[frozenset[str]], text: str) -> bool:
    """Whether a product carries a negated phrase without saying it is free of it ("sin azúcar")."""
    product, says_absent = loose_words(text)
    return not says_absent and any(p <= product for p in phrases)
