"""Variant options named in the user's words, spelled as the catalog spells them ("in navy, size M"
-> {"color": "Navy", "size": "M"}), and whether a number in the words is such an option rather
than a quantity ("100 ft", "5x7", "size 10")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from shopagent.text.numbers import fold, number_runs, parse_number_words


def option_free_quantity(quantity: int | None, options: dict[str, str]) -> int | None:
    """The quantity, unless its number is part of a variant option the words name ("100 ft",
    "5x7", "size 10"): then the words state no quantity."""
    if quantity is None:
        return None
    said = {t for value in options.values() for t in _option_tokens(value)}
    said |= {t.split(".")[0] for t in said}  # "nine and a half" is size 9.5, not 9 of them
    return None if str(quantity) in said else quantity


def match_options(
    text: str, option_values: dict[str, list[str]], *, expected: bool = False
) -> dict[str, str]:
    """Variant options the text names, spelled as the catalog spells them: {"size": "M", "color": "Navy"}.

    A value is named when its words appear as whole words ("16GB" and "16 GB" alike); a value's
    trailing unit may be left out ("5x7" for "5x7 ft"); a letter size may be said as a word
    ("large", "mediana", "groß" for "L"). A one- or two-letter value ("M", "XL") or a bare number
    counts only when written in capitals or right after the option's name ("size m", "talla m"),
    unless the value is `expected`: the words answer a question about these very options
    ("Which size (S, M, L)?" - "m please")."""
    out: dict[str, str] = {}
    raw = _said_tokens(text)
    for name, values in option_values.items():
        names = OPTION_NAMES.get(fold(name), {fold(name)})
        words = _size_words(raw, values) if fold(name) in _SIZE_OPTIONS else [(fold(w), w) for w in raw]
        folded = [w for w, _ in words]
        best: str | None = None
        for value in sorted(values, key=lambda v: -len(str(v))):
            v_tokens = _option_tokens(str(value))
            if not v_tokens:
                continue
            said = len(v_tokens)
            while said > 1 and v_tokens[said - 1] in UNITS:
                said -= 1  # "5x7" names "5x7 ft"; "100" alone is a bare number below
            for n in dict.fromkeys((len(v_tokens), said)):
                for i in range(len(folded) - n + 1):
                    if folded[i : i + n] != v_tokens[:n]:
                        continue
                    after_name = i > 0 and folded[i - 1] in names
                    short = n == 1 and len(v_tokens[0]) <= 2 and not v_tokens[0].isdigit()
                    # A capital letter, or a size said as a word (the raw text is the word itself).
                    marked = words[i][1].isupper() or fold(words[i][1]) != words[i][0]
                    if short and not (expected or after_name or marked):
                        continue
                    asked_in = after_name or _after_in(folded, i)
                    if n == 1 and v_tokens[0].isdigit() and not (expected or asked_in):
                        continue  # "11" is a size only after "size" or "in a": "3 of them" is a quantity
                    best = str(value)
                    break
                if best is not None:
                    break
            if best is not None:
                break
        if best is None:
            best = _by_numbers(folded, values)
        if best is not None:
            out[str(name)] = best
    return out


_IN = frozenset({"in", "en", "em", "im"})
_A = frozenset({"a", "an", "un", "una", "um", "uma", "ein", "eine", "einer", "une"})


def _after_in(words: list[str], i: int) -> bool:
    """ "the second one in a 9", "in 10.5", "I wear a 10": a number a variant is asked in, at the end of
    its phrase (after "in", "in a", or an article that ends the words)."""
    lead = i > 0 and words[i - 1] in _IN or (i > 1 and words[i - 1] in _A and words[i - 2] in _IN)
    last = i + 1 == len(words)
    return (lead and (last or words[i + 1] not in UNITS)) or (last and i > 0 and words[i - 1] in _A)


@lru_cache(maxsize=256)
def _said_tokens(text: str) -> tuple[str, ...]:
    """The words' tokens, sizes as spoken made digits. Cached: a search matches one request against
    the options of every product it reads."""
    return tuple(_option_tokens(spoken_sizes(text), keep_case=True))


def _by_numbers(words: list[str], values: list[str]) -> str | None:
    """The one value of several numbers whose numbers the words say in order, units left out:
    "the 16 gig / 512 config" names "16 GB RAM / 512 GB SSD" when no other value has 16 and 512;
    numbers joined by "and"/"or" are a list, not one value: "#2 and #3" or "2 or 3 of them" are
    positions and counts, not "2x3 ft"."""
    runs: list[list[str]] = [[]]
    for w in words:
        if w in _JOINERS:
            runs.append([])
        runs[-1] += [p for p in w.split("/") if p.replace(".", "", 1).isdigit()]
    runs = [said for said in runs if len(said) >= 2]
    if not runs:
        return None  # most requests: no two numbers said together, and no value is read
    named = []
    for value in values:
        numbers = [t for t in _option_tokens(str(value)) if t.replace(".", "", 1).isdigit()]
        if len(numbers) >= 2 and any(_in_order(numbers, said) for said in runs):
            named.append(str(value))
    return named[0] if len(named) == 1 else None


# words that join items of a list (en, es, de, fr, it, pt, nl)
_JOINERS = frozenset(
    {"and", "or", "y", "o", "e", "und", "oder", "et", "ou", "en", "of", "to", "vs", "versus"}
)


def _in_order(needles: list[str], haystack: list[str]) -> bool:
    rest = iter(haystack)
    return all(any(n == h for h in rest) for n in needles)


def option_values(variants: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Each option of these variants (one product's SKUs, their `options`) with its values in order."""
    values: dict[str, list[str]] = {}
    for options in variants:
        for name, value in options.items():
            if str(value) not in values.setdefault(str(name), []):
                values[str(name)].append(str(value))
    return values


def options_named_in(text: str, variants: list[dict[str, Any]]) -> dict[str, str]:
    """The options of these variants (one product's SKUs) the text names, as they spell them."""
    if not text or len(variants) < 2:
        return {}
    return match_options(text, option_values(variants))


_WORD = re.compile(r"[^\W\d_]+")
_HALF = re.compile(r"(?<![\d.])(\d+)(?:\s+and\s+a\s+half|\s+y\s+medi[oa]|\s+et\s+demi|\s+½|½)", re.I)
_BY = re.compile(r"(?<![\d.#])(\d+(?:\.\d+)?)\s*(?:by|x|×|por|mal|sur)\s*(\d+(?:\.\d+)?)(?![\d.])", re.I)
_NOT_NUMBERS = frozenset({"a", "an", "one", "un", "una", "uno", "ein", "eine", "une", "um", "uma", "een"})


def spoken_sizes(text: str) -> str:
    """Sizes as people say them, in the digits catalogs write: "nine and a half" -> "9.5",
    "9 by 12" -> "9x12", "size ten" -> "size 10". "one" and other articles stay words ("add one
    in navy" names no size), unless they are part of a longer number ("twenty one")."""
    words = list(_WORD.finditer(text))
    attached = [
        i > 0 and not text[words[i - 1].end() : words[i].start()].strip(" -") for i in range(len(words))
    ]
    tokens = [w.group() for w in words]
    pieces, last = [], 0
    for a, b in number_runs(tokens, attached):
        if b - a == 1 and fold(tokens[a]) in _NOT_NUMBERS:
            continue
        value = parse_number_words(tokens[a:b])
        if value is None:
            continue
        pieces += [text[last : words[a].start()], str(value)]
        last = words[b - 1].end()
    out = "".join([*pieces, text[last:]])
    out = _HALF.sub(lambda m: f"{m.group(1)}.5", out)
    return _BY.sub(lambda m: f"{m.group(1)}x{m.group(2)}", out)


_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")


def _option_tokens(text: str, *, keep_case: bool = False) -> list[str]:
    """Words and numbers, a number split from its unit ("16GB" -> "16", "gb"; "5x7" -> 5, x, 7), a
    unit after a number in one spelling ("50 foot" and "50 feet" are "50 ft"; "16 gig" is "16 gb")."""
    spaced = _DIGIT_LETTER.sub(" ", text if keep_case else fold(text))
    found = re.findall(r"[^\W_]+(?:[.,/][^\W_]+)*", spaced)
    return [
        _UNIT_SPELLING.get(fold(t), t) if i and found[i - 1].replace(".", "", 1).isdigit() else t
        for i, t in enumerate(found)
    ]


_UNIT_SPELLING = {
    **dict.fromkeys(("foot", "feet", "ft"), "ft"),
    **dict.fromkeys(("inch", "inches", "in"), "in"),
    **dict.fromkeys(("meter", "meters", "metre", "metres", "m"), "m"),
    **dict.fromkeys(("centimeter", "centimeters", "centimetre", "centimetres", "cm"), "cm"),
    **dict.fromkeys(("gig", "gigs", "gigabyte", "gigabytes", "gb"), "gb"),
    **dict.fromkeys(("terabyte", "terabytes", "tb"), "tb"),
    **dict.fromkeys(("liter", "liters", "litre", "litres", "l"), "l"),
    **dict.fromkeys(("pound", "pounds", "lbs", "lb"), "lb"),
    **dict.fromkeys(("ounce", "ounces", "oz"), "oz"),
}


UNITS = frozenset(
    [
        "ft",
        "feet",
        "foot",
        "in",
        "inch",
        "inches",
        "cm",
        "mm",
        "m",
        "meter",
        "meters",
        "metre",
        "metres",
        "gb",
        "tb",
        "mb",
        "ml",
        "l",
        "oz",
        "lb",
        "lbs",
        "kg",
        "g",
        "pack",
        "pcs",
        "pc",
        "piece",
        "pieces",
        "count",
        "ct",
        "qt",
        "quart",
        "quarts",
        "w",
        "v",
        "mah",
    ]
)
_SIZE_OPTIONS = frozenset({"size", "talla", "taille", "grosse", "große", "tamanho", "taglia", "maat"})
# Letter sizes said as words, longest first; a word counts only where the product has that size.
_SIZE_WORDS = (
    (("extra", "extra", "large"), "xxl"), (("double", "extra", "large"), "xxl"), (("2xl",), "xxl"),
    (("extra", "large"), "xl"), (("x", "large"), "xl"), (("xlarge",), "xl"), (("extragrande",), "xl"),
    (("extra", "small"), "xs"), (("x", "small"), "xs"), (("xsmall",), "xs"),
    (("small",), "s"), (("pequena",), "s"), (("pequeno",), "s"), (("chica",), "s"), (("chico",), "s"),
    (("klein",), "s"), (("petit",), "s"), (("petite",), "s"), (("piccola",), "s"), (("piccolo",), "s"),
    (("medium",), "m"), (("mediana",), "m"), (("mediano",), "m"), (("mittel",), "m"), (("moyen",), "m"),
    (("moyenne",), "m"), (("media",), "m"), (("medio",), "m"),
    (("large",), "l"), (("grande",), "l"), (("gross",), "l"), (("grosse",), "l"),
)  # fmt: skip


def _size_words(raw: Sequence[str], values: list[str]) -> list[tuple[str, str]]:
    """(folded, raw) tokens with letter sizes said as words replaced by the letters this product
    uses: ("l", "large") for "large" when it comes in L."""
    have = {fold(str(v)) for v in values}
    folded = [fold(w) for w in raw]
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(raw):
        for words, letters in _SIZE_WORDS:
            n = len(words)
            # "Größe M" is the option's name before a size ("große" alone says L): a word directly
            # before one of this product's sizes names the option.
            names_it = i + n < len(folded) and folded[i + n] in have
            if letters in have and tuple(folded[i : i + n]) == words and not names_it:
                out.append((letters, " ".join(raw[i : i + n])))
                i += n
                break
        else:
            out.append((folded[i], raw[i]))
            i += 1
    return out


OPTION_NAMES = {
    "size": {"size", "talla", "taille", "grosse", "große", "tamanho", "taglia", "maat", "sz"},
    "color": {"color", "colour", "in", "farbe", "couleur", "cor", "colore", "kleur"},
    "colour": {"color", "colour", "in", "farbe", "couleur", "cor", "colore", "kleur"},
}
