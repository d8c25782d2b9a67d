"""Words of a text: normalising, tokenizing and folding plurals. Pure functions; no catalog knowledge.

Normalising: `norm` is the case- and width-insensitive form every text comparison uses on both sides.

Tokenizing, two ways, because the two uses need different words:
- `plain_words` for keyword matching (rerank, typo and keyword checks, the catalog's word list):
  case-folded words, an inner ASCII apostrophe kept ("men's"), decimals split ("10.5" -> "10", "5").
- `tokens` for reading a query against the catalog's vocabulary: lower-cased words with apostrophes
  dropped ("Levi's" -> "levis", so it meets the brand), decimals kept whole ("size 10.5"), and
  `TOKEN`/`token_text` for callers that need each token's span in the text.

Plural folding: one suffix rule, `fold_plural`, and a narrower form of it for nouns, `fold_noun_plural`
(see their docstrings for why both exist). `plural_prefix` is not a folding but a SQL `LIKE`/`contains`
prefix shared by a word's singular and plural spellings. `drop_final_s` is the loosest form, kept for
the words of a request set against the names and values of a product's attributes.
"""

from __future__ import annotations

import re
import unicodedata

# -- normalising --------------------------------------------------------------------------------------


def norm(text: object) -> str:
    """Case- and width-insensitive form used on both sides of every text comparison."""
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())


# -- tokenizing ---------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# Words keep inner apostrophes so spans stay aligned with the text; the apostrophe is dropped afterwards.
TOKEN = re.compile(r"\d+(?:\.\d+)+|[^\W_]+(?:['\u2019][^\W_]+)*")
_APOSTROPHES = re.compile(r"['\u2019]")


def plain_words(text: object) -> list[str]:
    """The words of a text, case-folded, not stemmed."""
    return _WORD.findall(norm(text))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens, apostrophes dropped ("Levi's" -> ["levis"]), decimals kept whole."""
    return [token_text(m.group()) for m in TOKEN.finditer(unicodedata.normalize("NFKC", text).lower())]


def token_text(raw: str) -> str:
    """A `TOKEN` match as a token: its apostrophes dropped."""
    return _APOSTROPHES.sub("", raw)


# -- plural folding -----------------------------------------------------------------------------------

_ES_PLURALS = ("sses", "xes", "ches", "shes", "zes")  # boxes -> box; "shoes" only loses its s


def fold_plural(word: str) -> str:
    """Singular and plural as one word, for comparing words folded the same way on both sides
    (a query's words against a title's or a category path's): boots -> boot, batteries -> battery,
    boxes -> box; "glass", "status" and "axis" stay.

    Any word is folded, also one with digits, a hyphen or an apostrophe ("t-shirts" -> "t-shirt",
    "2pcs" -> "2pc"): category paths are split on spaces only, so "T-Shirts" must meet "t-shirt".
    """
    if len(word) > 4 and word.endswith(_ES_PLURALS):
        return word[:-2]
    if len(word) > 3 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def fold_noun_plural(word: str) -> str:
    """A deliberately tiny plural folding for category nouns: boots -> boot, batteries -> battery.

    Narrower than `fold_plural`, because the query parser turns what it folds into a category filter:
    a word with digits or other non-letters ("2pcs", "49ers", "10.5") is no noun and stays as written,
    as do words of up to three letters. A four-letter word ending in "xes", "zes", "ches", "shes" or
    "sses" loses "es" ("axes" -> "ax"), where `fold_plural` drops only the s.
    """
    if len(word) <= 3 or not word.isalpha():
        return word
    if len(word) == 4 and word.endswith(_ES_PLURALS):
        return word[:-2]
    return fold_plural(word)


def plural_prefix(word: str) -> str:
    """A prefix of every spelling of the word's singular/plural ("batteries"/"battery" -> "batter"),
    for a loose SQL substring match that the exact check afterwards narrows."""
    for suffix in ("ies", "es", "s", "y"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def drop_final_s(word: str) -> str:
    """The loosest folding: one final s dropped from a word of four letters or more, unless it ends
    in "ss" ("boots" -> "boot", "batteries" -> "batterie"). For matching the words of a request
    against the names and values of a product's attributes, both folded by it."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
