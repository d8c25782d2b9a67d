"""A query's words against the catalog's vocabulary: which brand, category and attribute values
it names. Only words the vocabulary knows become filters; "black or brown" sets neither colour."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from shopagent.search.models import Constraints
from shopagent.search.synonyms import words
from shopagent.search.vocab import CORE_KEYS, AttrValue, CategoryTerm, Vocabulary, canonical_key
from shopagent.text.stopwords import (
    NEGATION_CUES,
    NEGATION_CUES_CJK,
    NEGATION_FILLERS,
    STOPWORDS,
)
from shopagent.text.words import TOKEN, token_text

if TYPE_CHECKING:
    from shopagent.search.bounds import Found

_COLOUR_LEADS = words(
    "in color colour colored coloured and or a an the is are be its it of light dark bright pale deep "
    "black white red blue green grey gray brown pink purple navy beige "
    # "only black", "just white": a restriction to the colour, not a product called "black"
    "only just exclusively solo sólo solamente nur seulement apenas somente prefer preferably"
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


# -- negations ------------------------------------------------------------------------------------

_MAX_CUE_TOKENS = max(len(c.split()) for c in NEGATION_CUES)
_NEGATED_MAX_TOKENS = 6  # "not Nike", "sin tacón alto", "no Meiji or Lotte": a short phrase, not a clause
_NEGATED_WORDS = 2  # words of one negated phrase that is not a brand
_ALTERNATIVES = words("or and oder und o y ou et e ni nor od")
_SCOPE_ENDS = (STOPWORDS - _ALTERNATIVES) | words("but aber pero mais sondern sino ma please bitte")
_CJK_NEGATION = re.compile(
    "(" + "|".join(NEGATION_CUES_CJK) + r")([\u3040-\u30ff\u3400-\u9fff\w]{1,8}?)(?=$|[\s,，。;；、的]|以外)"
)


def read_negations(low: str, vocab: Vocabulary, found: Found, out: Constraints) -> None:
    """Phrases the request negates: "not Nike", "kein Grau", "sin tacón alto", "sans gluten", "不要苹果".

    Each negated phrase (cue included) is taken out of the text, so it is neither searched for nor
    read as a brand or attribute the shopper wants. A phrase that is exactly a brand of this catalog
    (and not also a common word) becomes a hard exclusion (`exclude_brands`); any other becomes a
    word to avoid (`soft.avoid`), which only demotes. "non" negates a brand only ("non apple tablet");
    a hyphenated "no-iron" or "non-stick" is a property of the product, not a negation."""
    toks = [(m.start(), m.end(), token_text(m.group())) for m in TOKEN.finditer(low)]
    toks = [t for t in toks if not found.taken(t[0], t[1])]
    i = 0
    while i < len(toks):
        n = _cue_at(low, toks, i, vocab)
        if not n:
            i += 1
            continue
        j = i + n
        while j < len(toks) and toks[j][2] in NEGATION_FILLERS and not _breaks(low, toks, j):
            j += 1
        phrases: list[list[str]] = [[]]
        end = j
        while end < len(toks) and end - j < _NEGATED_MAX_TOKENS:
            word = toks[end][2]
            brand = _brand_at(toks, end, vocab) if not phrases[-1] else 0
            if end > j and _breaks(low, toks, end):
                break
            if brand:  # "not Mi", "no Nike shoes": the brand is what is negated, the noun stays
                phrases[-1].extend(t[2] for t in toks[end : end + brand])
                end += brand
                if end < len(toks) and toks[end][2] in _ALTERNATIVES and not _breaks(low, toks, end):
                    phrases.append([])
                    end += 1
                    continue
                break
            if word in _SCOPE_ENDS or _cue_at(low, toks, end, vocab):
                break
            if word in _ALTERNATIVES:
                phrases.append([])
            elif len(phrases[-1]) >= _NEGATED_WORDS:
                break
            else:
                phrases[-1].append(word)
            end += 1
        if phrases[-1] == [] and len(phrases) > 1:  # "no Nike or" at the end: the "or" stays
            end -= 1
        phrases = [p for p in phrases if p]
        if not phrases:
            i = j
            continue
        found.spans.append((toks[i][0], toks[end - 1][1]))
        _negate(phrases, vocab, out)
        i = end
    for m in _CJK_NEGATION.finditer(low):
        if not found.taken(*m.span()):
            found.spans.append(m.span())
            _negate([[m.group(2)]], vocab, out)


def _cue_at(low: str, toks: list[tuple[int, int, str]], i: int, vocab: Vocabulary) -> int:
    """How many tokens a negation cue at token i spans (0: none there)."""
    for n in range(min(_MAX_CUE_TOKENS, len(toks) - i), 0, -1):
        if n > 1 and any(_breaks(low, toks, i + k) for k in range(1, n)):
            continue
        cue = " ".join(t[2] for t in toks[i : i + n])
        start, end = toks[i][0], toks[i + n - 1][1]
        hyphened = (start > 0 and low[start - 1] == "-") or low[end : end + 1] == "-"
        if hyphened or i + n >= len(toks) or toks[i + n][2][:1].isdigit():
            continue  # "no-iron", "non-stick", "no. 5", a cue ending the text
        if low[end : toks[i + n][0]].strip(" "):
            continue  # "no, the red one": punctuation right after the cue
        if cue in NEGATION_CUES:
            return n
    if toks[i][2] == "non" and i + 1 < len(toks) and low[toks[i][1] : toks[i + 1][0]] == " ":
        return 1 if _brand_at(toks, i + 1, vocab) else 0
    return 0


def _brand_at(toks: list[tuple[int, int, str]], i: int, vocab: Vocabulary) -> int:
    """How many tokens the longest brand of the catalog starting at token i spans (0: none)."""
    for n in range(min(vocab.max_tokens, len(toks) - i), 0, -1):
        if tuple(t[2] for t in toks[i : i + n]) in vocab.brands:
            return n
    return 0


def _breaks(low: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Whether punctuation separates token k from the one before it."""
    return bool(re.search(r"[,;:.!?()\[\]/|]", low[toks[k - 1][1] : toks[k][0]]))


def _negate(phrases: list[list[str]], vocab: Vocabulary, out: Constraints) -> None:
    for phrase in phrases:
        key = tuple(phrase)
        brand = vocab.brands.get(key)
        if brand and key not in vocab.ambiguous_brands:
            if brand not in out.exclude_brands:
                out.exclude_brands.append(brand)
        else:
            text = " ".join(phrase)
            if text not in out.soft.avoid:
                out.soft.avoid.append(text)
