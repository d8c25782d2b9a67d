"""Numbers written as words, in the languages shoppers type: "twenty", "cincuenta", "zweihundert",
"三百五十", "quatre-vingt-dix". Pure functions over text; no catalog knowledge.

`parse_number_words(tokens)` reads a run of word tokens as one value; `read_cjk_number(text)` reads
Chinese/Japanese numerals (with 万 and 千 as multipliers, digits mixed in: "1万", "3千5百").
"""

from __future__ import annotations

import re
import unicodedata

# Units and teens, per language. Values only: the grammar (how words combine) is shared below.
_SMALL: dict[str, int] = {}
_TENS: dict[str, int] = {}
_SCALES: dict[str, int] = {}  # multiply what came before: hundred, thousand


def _add(table: dict[str, int], words: str, start: int, step: int = 1) -> None:
    for i, word in enumerate(words.split()):
        for form in word.split("/"):
            table[form] = start + i * step


# English
_add(
    _SMALL,
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen",
    0,
)
_add(_TENS, "twenty thirty forty/fourty fifty sixty seventy eighty ninety", 20, 10)
# Spanish / Portuguese / Italian / French share many forms; accents are folded before lookup.
_add(
    _SMALL,
    "cero uno/un/una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce "
    "quince dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres veinticuatro "
    "veinticinco veintiseis veintisiete veintiocho veintinueve",
    0,
)
_add(_TENS, "treinta cuarenta cincuenta sesenta setenta ochenta noventa", 30, 10)
_add(
    _SMALL,
    "zero um/uma dois/duas tres quatro cinco seis sete oito nove dez onze doze treze "
    "catorze/quatorze "
    "quinze dezesseis dezessete dezoito dezenove vinte",
    0,
)
_add(_TENS, "trinta quarenta cinquenta sessenta setenta oitenta noventa", 30, 10)
_add(
    _SMALL,
    "zero uno/un/una due tre quattro cinque sei sette otto nove dieci undici dodici tredici "
    "quattordici quindici sedici diciassette diciotto diciannove venti",
    0,
)
_add(_TENS, "trenta quaranta cinquanta sessanta settanta ottanta novanta", 30, 10)
_add(
    _SMALL,
    "zero un/une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize",
    0,
)
_add(_TENS, "vingt trente quarante cinquante soixante", 20, 10)
# German (compounds like "fünfundzwanzig" are split in _german)
_add(
    _SMALL,
    "null eins/ein/eine zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn "
    "vierzehn funfzehn sechzehn siebzehn achtzehn neunzehn",
    0,
)
_add(_TENS, "zwanzig dreissig vierzig funfzig sechzig siebzig achtzig neunzig", 20, 10)
# Dutch
_add(_SMALL, "nul een twee drie vier vijf zes zeven acht negen tien elf twaalf", 0)
_add(_TENS, "twintig dertig veertig vijftig zestig zeventig tachtig negentig", 20, 10)

_HUNDREDS = {
    "hundred": 100,
    "cien": 100,
    "ciento": 100,
    "cem": 100,
    "cento": 100,
    "cent": 100,
    "cents": 100,
    "hundert": 100,
    "honderd": 100,
    "doscientos": 200,
    "doscientas": 200,
    "trescientos": 300,
    "trescientas": 300,
    "cuatrocientos": 400,
    "quinientos": 500,
    "quinientas": 500,
    "seiscientos": 600,
    "setecientos": 700,
    "ochocientos": 800,
    "novecientos": 900,
    "duzentos": 200,
    "trezentos": 300,
    "quatrocentos": 400,
    "quinhentos": 500,
    "seiscentos": 600,
    "setecentos": 700,
    "oitocentos": 800,
    "novecentos": 900,
    "duecento": 200,
    "trecento": 300,
    "quattrocento": 400,
    "cinquecento": 500,
    "seicento": 600,
    "settecento": 700,
    "ottocento": 800,
    "novecento": 900,
}
_SCALES.update(
    {
        "thousand": 1000,
        "mil": 1000,
        "mille": 1000,
        "mila": 1000,
        "tausend": 1000,
        "duizend": 1000,
        "grand": 1000,
        "million": 1_000_000,
        "millones": 1_000_000,
        "millon": 1_000_000,
        "millions": 1_000_000,
        "k": 1000,
    }
)
_CONNECTORS = frozenset({"and", "y", "e", "et", "und", "en", "-"})
_FEW = {"a couple of": 2, "a couple": 2, "a pair of": 2, "a dozen": 12, "dozen": 12, "half a dozen": 6}


def fold(text: str) -> str:
    """Lower case without accents (ü -> u, ß -> ss): the form the word tables use."""
    text = text.lower().replace("ß", "ss")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if unicodedata.category(ch) != "Mn")


def word_value(word: str) -> int | None:
    """The value of one number word in any of the tables ("fifty", "cincuenta", "fünfundzwanzig")."""
    w = fold(word)
    for table in (_SMALL, _TENS, _HUNDREDS):
        if w in table:
            return table[w]
    return _german(w) or _french_compound(w)


def _german(w: str) -> int | None:
    """German writes numbers as one word: zweihundertfünfzig, fünfundzwanzig, dreitausend."""
    if not w.isalpha() or len(w) < 6:
        return None
    if "tausend" in w:
        head, _, tail = w.partition("tausend")
        h = _german_below_1000(head) if head else 1
        t = _german_below_1000(tail) if tail else 0
        return h * 1000 + t if h is not None and t is not None else None
    return _german_below_1000(w)


def _german_below_1000(w: str) -> int | None:
    if w in _SMALL or w in _TENS:
        return _SMALL.get(w, _TENS.get(w))
    total = 0
    if "hundert" in w:
        head, _, w = w.partition("hundert")
        h = _SMALL.get(head or "ein")
        if h is None or h > 9:
            return None
        total = h * 100
        if not w:
            return total
        if w in _SMALL or w in _TENS:
            return total + _SMALL.get(w, _TENS.get(w, 0))
    if "und" in w:
        unit, _, tens = w.partition("und")
        u, t = _SMALL.get(unit), _TENS.get(tens)
        if u is not None and t is not None and 0 < u < 10:
            return total + t + u
    return None


def _french_compound(w: str) -> int | None:
    """quatre-vingt(s), soixante-dix, quatre-vingt-dix-neuf, vingt-cinq (hyphenated, one token)."""
    parts = [p for p in re.split(r"-", w) if p and p != "et"]
    if len(parts) < 2:
        return None
    values = []
    for p in parts:
        v = _SMALL.get(p, _TENS.get(p))
        if v is None and p in ("vingts", "vingt"):
            v = 20
        if v is None:
            return None
        values.append(v)
    if values[:2] == [4, 20]:  # quatre-vingt(s) ...
        return 80 + sum(values[2:])
    if values[0] == 60 and len(values) > 1 and values[1] >= 10:  # soixante-dix ... soixante-dix-neuf
        return 60 + sum(values[1:])
    if values[0] >= 20 and all(v < 10 for v in values[1:]):
        return values[0] + sum(values[1:])
    return None


def is_number_word(word: str) -> bool:
    w = fold(word)
    return w in _SCALES or word_value(w) is not None


def parse_number_words(tokens: list[str]) -> int | None:
    """One value from a run of number words ("two hundred and fifty", "dos mil quinientos",
    "vingt-cinq", "cinquenta e cinco"); None when the run is not a number."""
    if not tokens:
        return None
    joined = fold(" ".join(tokens))
    if joined in _FEW:
        return _FEW[joined]
    if len(tokens) > 1 and fold(tokens[0]) in _RUN_ARTICLES:
        tokens = tokens[1:]  # "a hundred", "a thousand"
    total = 0
    current = 0
    seen = False
    prev = ""
    for raw in tokens:
        w = fold(raw)
        if w in _CONNECTORS and seen:
            continue
        if w in ("vingt", "vingts") and prev == "quatre":  # "quatre vingts" written apart: 80
            current += 76
            prev = w
            continue
        prev = w
        if w in ("hundred", "hundert", "honderd", "cent", "cents", "cien", "ciento", "cento", "cem"):
            current = (current or 1) * 100
            seen = True
            continue
        if w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
            seen = True
            continue
        value = word_value(w)
        if value is None:
            return None
        if value >= 100:  # doscientos, zweihundert
            current += value
        else:
            current += value
        seen = True
    return total + current if seen else None


_MULTIPLIERS = frozenset({"hundred", "hundert", "honderd", "cent", "cents", "cien", "ciento", "cento", "cem"})
_RUN_ARTICLES = frozenset({"a", "an"})  # "a hundred", "a thousand": the article is the number one


def _magnitude(w: str) -> tuple[str, int] | None:
    """("mult", 100) for hundred/thousand words, ("num", value) for other number words."""
    if w in _MULTIPLIERS:
        return "mult", 100
    if w in _SCALES:
        return "mult", _SCALES[w]
    value = word_value(w)
    return ("num", value) if value is not None else None


def number_runs(
    tokens: list[str], attached: list[bool], articles: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Split a token sequence into the runs that each spell one number, as (first, last + 1) index pairs.

    `attached[i]` says token i follows token i - 1 with only spaces or a hyphen between. A run never
    starts at a word in `articles` ("un", "ein": they are mostly articles) unless a multiplier follows
    ("a hundred", "a thousand"). Inside a run each added part is smaller than the part before it,
    and a conjunction joins only then: "a hundred and fifty", "vingt et un", "treinta y cinco" are
    one number each; "zwanzig und vierzig", "vingt et quarante", "forty and a thousand" are two.
    """
    runs: list[tuple[int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        w = fold(tokens[i])
        nxt = fold(tokens[i + 1]) if i + 1 < n and attached[i + 1] else ""
        lead_article = w in _RUN_ARTICLES and _magnitude(nxt) is not None and _magnitude(nxt)[0] == "mult"
        info = _magnitude(w)
        if not lead_article and (info is None or w in articles or w in _CONNECTORS):
            i += 1
            continue
        start = i
        last = 1 if lead_article else info[1]  # type: ignore[index]
        prev_word = w
        conj_at, cap = -1, 0  # the last conjunction, and the size of the part before it
        j = i + 1
        while j < n and attached[j]:
            t = fold(tokens[j])
            if t in _CONNECTORS:
                if j + 1 < n and attached[j + 1]:
                    after = _magnitude(fold(tokens[j + 1]))
                    if after is not None and after[0] == "num" and after[1] < last:
                        conj_at, cap = j, last
                        last, prev_word = after[1], fold(tokens[j + 1])
                        j += 2
                        continue
                break
            info = _magnitude(t)
            if t in ("vingt", "vingts") and prev_word == "quatre":  # quatre vingts: 80
                last, prev_word = 20, t
                j += 1
                continue
            if info is None:
                break
            kind, value = info
            if kind == "mult":
                if conj_at > 0 and value >= cap:  # "thirty and two hundred": two numbers
                    j = conj_at
                    break
                if last >= value:
                    break
                last = value
            elif value >= last:
                break
            else:
                last = value
            prev_word = t
            j += 1
        runs.append((start, j))
        i = j
    return runs


_CJK_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000, "仟": 1000, "佰": 100, "拾": 10}
_CJK_BIG = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
CJK_NUMBER = re.compile(r"[0-9零〇一二两兩三四五六七八九十百千仟佰拾万萬亿.]+")


def read_cjk_number(text: str) -> float | None:
    """三百五十 -> 350, 两千 -> 2000, 1万 -> 10000, 3千5 -> 3500, 1.5万 -> 15000; None if not a number."""
    if not text or not CJK_NUMBER.fullmatch(text):
        return None
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return float(text)
    total = 0.0
    section = 0.0
    digit: float | None = None
    digit_chars = 0  # how many characters the pending digit was written with
    last_unit = 0  # the unit character just before the pending digit (0: none, or a 零 between)
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isdigit():
            m = re.match(r"[0-9]+(?:\.[0-9]+)?", text[i:])
            assert m is not None
            digit, digit_chars = float(m.group()), len(m.group())
            i += len(m.group())
            continue
        if ch in _CJK_DIGITS:
            if _CJK_DIGITS[ch] == 0:
                last_unit = 0  # "一千零五": the 零 says the digit is a unit, 1005
            digit, digit_chars = float(_CJK_DIGITS[ch]), 1
        elif ch in _CJK_UNITS:
            section += (digit if digit is not None else 1) * _CJK_UNITS[ch]
            digit, last_unit = None, _CJK_UNITS[ch]
        elif ch in _CJK_BIG:
            section += digit or 0
            total += (section or 1) * _CJK_BIG[ch]
            section, digit, last_unit = 0.0, None, _CJK_BIG[ch]
        else:
            return None
        i += 1
    if digit is not None:
        # Shorthand: a lone digit right after a unit, with no 零, counts in the next unit down:
        # "一千五" 1500, "一万五" 15000, "三百五" 350, "3千5" 3500 (but "一千零五" 1005, "3千50" 3050).
        shorthand = last_unit >= 10 and digit_chars == 1 and text[-2] in _CJK_UNITS.keys() | _CJK_BIG.keys()
        section += digit * (last_unit // 10) if shorthand else digit
    return total + section
