"""A query's words against the catalog's vocabulary: which brand, category and attribute values
it names. Only words the vocabulary knows become filters; "black or brown" sets neither colour."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shopagent.search.models import Constraints
from shopagent.search.synonyms import words
from shopagent.search.vocab import CORE_KEYS, AttrValue, CategoryTerm, Vocabulary, canonical_key
from shopagent.text.words import TOKEN, token_text

if TYPE_CHECKING:
    from shopagent.search.bounds import Found

_COLOUR_LEADS = words(
    "in color colour colored coloured and or a an the is are be its it of light dark bright pale deep "
    "black white red blue green grey gray brown pink purple navy beige"
)
_NEGATIONS = frozenset({"not", "non", "no", "without", "never"})
_KEY_GAP_WORDS = frozenset(
    {"us", "uk", "eu", "womens", "mens", "women", "men", "kids", "in", "a", "the", "of", "is"}
)


def match_vocabulary(clean: str, low: str, vocab: Vocabulary, found: Found, out: Constraints) -> None:
    if not (vocab.brands or vocab.category_terms or vocab.values or vocab.flags):
        return
    toks = [(m.start(), m.end(), token_text(m.group())) for m in TOKEN.finditer(low)]
    toks = [t for t in toks if not found.taken(t[0], t[1])]
    words = [t[2] for t in toks]
    capital_signal = _capitals_mean_something(clean, toks)

    brands: dict[str, None] = {}
    categories: list[CategoryTerm] = []
    attrs: dict[str, str] = {}
    conflicted: set[str] = set()

    i = 0
    while i < len(words):
        step = 1
        for n in range(min(vocab.max_tokens, len(words) - i), 0, -1):
            if any(toks[i + k + 1][0] - toks[i + k][1] > 3 for k in range(n - 1)):
                continue  # a phrase does not jump across removed text
            phrase = tuple(words[i : i + n])
            brand = vocab.brands.get(phrase)
            if brand and (
                phrase not in vocab.ambiguous_brands
                or (capital_signal and i > 0 and clean[toks[i][0]].isupper())
            ):
                brands.setdefault(brand, None)
                step = n
                break
            category = vocab.category_for(phrase)
            if category:
                categories.append(category)
                step = n
                break
            flag = vocab.flags.get(phrase)
            if flag and not (i > 0 and words[i - 1] in _NEGATIONS):
                _set_attr(attrs, conflicted, flag.key, flag.value)
                step = n
                break
            entries = vocab.values.get(phrase)
            if entries:
                chosen = _choose_value(entries, words, i, n, vocab)
                if chosen is not None and _colour_used_as_noun(chosen, low, toks, words, i, n):
                    chosen = None
                if chosen is not None:
                    _set_attr(attrs, conflicted, chosen.key, chosen.value)
                    step = n
                    break
        i += step

    if len(brands) == 1:
        out.brand = next(iter(brands))
    out.category = _choose_category(categories)
    out.attributes = {k: v for k, v in attrs.items() if k not in conflicted}


def _colour_used_as_noun(
    chosen: AttrValue, low: str, toks: list[tuple[int, int, str]], words: list[str], i: int, n: int
) -> bool:
    """ "styling cream", "cherry wine": a colour word ending its clause after another word is the product."""
    if canonical_key(chosen.key) != "color" or i == 0 or words[i - 1] in _COLOUR_LEADS:
        return False
    gap = low[toks[i - 1][1] : toks[i][0]]
    if len(gap) > 3 or re.search(r"[,;:]", gap):
        return False  # "tee, black", "boots under $200 black": a list of wishes
    end = i + n
    return end == len(words) or bool(re.search(r"[,.;!?]", low[toks[end - 1][1] : toks[end][0]]))


def _set_attr(attrs: dict[str, str], conflicted: set[str], key: str, value: str) -> None:
    if key in attrs and attrs[key] != value:
        conflicted.add(key)  # "black or brown": not a filter on either
    attrs.setdefault(key, value)


def _choose_value(
    entries: list[AttrValue], words: list[str], i: int, n: int, vocab: Vocabulary
) -> AttrValue | None:
    """Which attribute a value names, or None when unsure (see CORE_KEYS in vocab)."""
    cue = _adjacent_key(words, i, n, vocab)
    if cue is not None:
        for entry in entries:
            if canonical_key(entry.key) == cue:
                return entry
    phrase = set(words[i : i + n])
    for entry in entries:
        if not entry.weak and canonical_key(entry.key).split()[-1] in phrase:
            return entry  # the value names its key: "SPF 50"
    candidates = [e for e in entries if not e.weak and canonical_key(e.key) in CORE_KEYS]
    if len({canonical_key(e.key) for e in candidates}) != 1 or len(candidates) != len(
        [e for e in entries if not e.weak]
    ):
        return None  # "leather" is both material and upper_material: which one the product has is unknown
    return candidates[0]


def _adjacent_key(words: list[str], i: int, n: int, vocab: Vocabulary) -> str | None:
    """The attribute key written next to a value: "size 10", "us size 7.5", "color: black", "large size"."""
    j = i - 1
    while j >= 0 and i - j <= 3:
        for width in (2, 1):
            if j - width + 1 >= 0:
                key = vocab.key_phrases.get(tuple(words[j - width + 1 : j + 1]))
                if key:
                    return key
        if words[j] not in _KEY_GAP_WORDS:
            break
        j -= 1
    after = i + n
    for width in (2, 1):
        key = vocab.key_phrases.get(tuple(words[after : after + width]))
        if key and after + width <= len(words):
            return key
    return None


def _choose_category(mentions: list[CategoryTerm]) -> str | None:
    """Product nouns decide; modifier-like leaves only narrow them (see CategoryTerm).

    Among product nouns: the deepest of a chain ("running" + "shoes"); for unrelated ones their shared
    parent, else the last one mentioned (the head noun: "hiking backpack" is a backpack).
    """
    strong = [m.path for m in mentions if m.strong and m.path]
    if not strong:
        return None
    chosen = _resolve(strong)
    narrower = [
        o for m in mentions if not m.strong for o in (m.options or (m.path,)) if o.startswith(chosen + " > ")
    ]
    return _resolve(narrower) if narrower else chosen


def _resolve(paths: list[str]) -> str:
    distinct = list(dict.fromkeys(paths))
    leaves = [c for c in distinct if not any(o != c and o.startswith(c + " > ") for o in distinct)]
    if len(leaves) == 1:
        return leaves[0]
    common: list[str] = []
    for level in zip(*(c.split(" > ") for c in leaves), strict=False):
        if len(set(level)) != 1:
            break
        common.append(level[0])
    if common:
        return " > ".join(common)
    last = paths[-1]
    return next(c for c in leaves if c == last or c.startswith(last + " > "))


def _capitals_mean_something(clean: str, toks: list[tuple[int, int, str]]) -> bool:
    """In Title Case Or ALL CAPS text a capital letter says nothing about names."""
    initials = [clean[s] for s, _e, w in toks if w.isalpha() and w != "i"]
    return len(initials) < 2 or not all(ch.isupper() for ch in initials)
