"""Positions of earlier results the words point at, in the languages the reader knows: "#3", "the
second one", "el segundo", "den ersten", "yang kedua", "ikincisini", "второй", "第二个", "두 번째",
"the first two", "of the two"; and the idioms whose ordinal points at nothing ("on second thought").
"""

from __future__ import annotations

import re

from shopagent.text.numbers import fold, parse_number_words, read_cjk_number

_ORDINAL_WORDS = {
    # en
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "5th": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": -1,
    # es / pt / it / fr / de
    "primero": 1, "primera": 1, "primer": 1, "segundo": 2, "segunda": 2, "tercero": 3, "tercera": 3,
    "tercer": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "ultimo": -1, "ultima": -1,
    "primeiro": 1, "primeira": 1, "terceiro": 3, "terceira": 3,
    "primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3,
    "premier": 1, "premiere": 1, "deuxieme": 2, "second_fr": 2, "troisieme": 3, "quatrieme": 4,
    "dernier": -1, "derniere": -1,
    "erste": 1, "ersten": 1, "erstes": 1, "erster": 1, "zweite": 2, "zweiten": 2, "zweites": 2,
    "dritte": 3, "dritten": 3, "drittes": 3, "vierte": 4, "vierten": 4, "letzte": -1, "letzten": -1,
    "eerste": 1, "tweede": 2, "derde": 3, "laatste": -1,
    # hi (latin); not "pehle", which is also "before"
    "pehla": 1, "pehli": 1, "pahla": 1, "pahli": 1, "dusra": 2, "dusri": 2, "doosra": 2, "doosri": 2,
    "teesra": 3, "teesri": 3, "tisra": 3, "tisri": 3, "chautha": 4, "chauthi": 4, "aakhri": -1, "akhri": -1,
}  # fmt: skip
# hi (Devanagari), as `fold` leaves them (it drops the vowel signs and the virama that are marks);
# not "पहले", which is also "before"
_ORDINAL_WORDS.update(
    {
        fold(word): n
        for word, n in {
            "पहला": 1, "पहली": 1, "दूसरा": 2, "दूसरी": 2, "दूसरे": 2, "तीसरा": 3, "तीसरी": 3, "तीसरे": 3,
            "चौथा": 4, "चौथी": 4, "चौथे": 4, "पांचवां": 5, "पाँचवाँ": 5, "पांचवा": 5, "आखिरी": -1, "आख़िरी": -1,
            "अंतिम": -1,
        }.items()
    }
)  # fmt: skip
# id / tr / pl / ru / vi / sv / cs, folded as the text is (Turkish suffixes are whole forms: "ikincisini")
_ORDINAL_WORDS.update(
    {
        fold(word): n
        for word, n in {
            "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "terakhir": -1,
            "ilk": 1, "ilki": 1, "ilkini": 1, "ilkinin": 1, "birinci": 1, "birinciyi": 1, "birincisini": 1,
            "ikinci": 2, "ikinciyi": 2, "ikincisi": 2, "ikincisini": 2, "ikincinin": 2, "ikincisinin": 2,
            "üçüncü": 3, "üçüncüyü": 3, "üçüncüsü": 3, "üçüncüsünü": 3, "sonuncu": -1, "sonuncuyu": -1,
            "pierwszy": 1, "pierwszą": 1, "pierwsze": 1, "pierwszego": 1, "pierwszej": 1,
            "drugi": 2, "drugą": 2, "drugie": 2, "drugiego": 2, "drugiej": 2,
            "trzeci": 3, "trzecią": 3, "trzecie": 3, "trzeciego": 3, "ostatni": -1, "ostatnią": -1,
            "ostatniego": -1,
            "первый": 1, "первую": 1, "первое": 1, "первого": 1, "первой": 1, "второй": 2, "вторую": 2,
            "второе": 2, "второго": 2, "третий": 3, "третью": 3, "третье": 3, "третьего": 3,
            "последний": -1, "последнюю": -1, "последнего": -1,
            "thứ nhất": 1, "đầu tiên": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4, "cái cuối": -1,
            "den första": 1, "första": 1, "den andra": 2, "den tredje": 3, "tredje": 3, "sista": -1,
            "první": 1, "prvni": 1, "druhý": 2, "druhou": 2, "druhé": 2, "druhého": 2, "třetí": 3,
            "poslední": -1,
        }.items()
    }
)  # fmt: skip
ORDINALS = frozenset(_ORDINAL_WORDS)
# "the top one", "the top result": the first shown (not "the top two", "tank tops", "your top pick")
_TOP_ONE = re.compile(r"\bthe\s+top\s+(?:one|result|pick|choice|option)\b", re.I)
# Ordinal words in idioms, which point at no result: "on second thought", "second-hand", "at first".
IDIOMS = re.compile(r"\b(?:on\s+second\s+thoughts?|second\s+thoughts|second[- ]hand|at\s+first)\b", re.I)
_ORDINAL_RE = re.compile(
    r"(?<![^\W\d_])(" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")(?!\w)"
)
HASH_RE = re.compile(
    r"(?:#|\bn(?:o|º|°|r)\.?\s*|\bnumber\s+|\bnúmero\s+|\bnumero\s+|\bnummer\s+|\bsố\s+|\bnomor\s+|"
    r"\bnumer\s+|номер\s*|\bčíslo\s+|\bnumara\s+)(\d{1,2})\b",
    re.I,
)
# "number one", "número dos", "Nummer drei": a position said in words
NUMBER_WORD_RE = re.compile(r"\b(?:number|n(?:ú|u)mero|nummer|numéro)\s+([^\W\d_]+)", re.I)
CJK_ORDINAL = re.compile(
    r"第([一二三四五六七八九十\d]+)(?:个|個|款|件|項|项|つ|番)?"
    r"|([一二三四五六七八九十\d]+)\s*(?:番目|つ目|個目|件目)"  # ja: 一番目の, 2つ目, 3個目
)
_CJK_LAST = re.compile(r"最后一|最後一|最後の|마지막")
# ko: "첫 번째", "두번째" (Hangul is matched as written: folding splits it into letters)
_KO_ORDINAL = re.compile(r"(첫|두|세|네|다섯)\s*번째")
_KO_ORDINALS = {"첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5}

# "the first two", "los dos primeros", "die ersten drei", "i primi due", "前两个": positions 1..N, and
# no quantity ("add the first two" is one of each).
_FEW = {"two": 2, "three": 3, "four": 4, "five": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
        "dois": 2, "duas": 2, "deux": 2, "trois": 3, "quatre": 4, "zwei": 2, "drei": 3, "vier": 4,
        "beiden": 2, "due": 2, "tre": 3, "quattro": 4, "twee": 2, "drie": 3, "2": 2, "3": 3, "4": 4,
        "5": 5, "两": 2, "兩": 2, "二": 2, "三": 3, "四": 4, "五": 5}  # fmt: skip
_N = "(" + "|".join(w for w in _FEW if w.isascii() and w.isalpha() and w != "beiden") + "|[2-5])"
FIRST_FEW = re.compile(
    rf"(?<![^\W\d_])(?:(?:the\s+)?(?:first|top)\s+{_N}|(?:los|las|os|as|les)\s+{_N}\s+(?:primer[oa]s|primeir[oa]s|premi[eè]re?s)"
    rf"|(?:los|las|os|as)\s+(?:primer[oa]s|primeir[oa]s)\s+{_N}|(?:i|le)\s+(?:primi|prime)\s+{_N}"
    rf"|(?:die|den)\s+(?:ersten|beiden\s+ersten)\s+{_N}|die\s+ersten\s+(beiden)|de\s+eerste\s+{_N})(?![^\W\d_])"
    r"|前([两兩二三四五2-5])(?:个|個|款|件|つ)?",
    re.I,
)


def first_few(text: str) -> int:
    """N of "the first N" (0 when the words name no such run)."""
    m = FIRST_FEW.search(text)
    if not m:
        return 0
    word = next(g for g in m.groups() if g)
    return _FEW.get(word.casefold(), 0)


# "of the two", "of both", "de los dos", "der beiden", "des deux", "dos dois", "dei due", "这两个中": the
# pick is between the two results last pointed at together (or the first two shown).
# "the cheapest of those three", "among these four": a pick among results counted, not a quantity
OF_THE_FEW = re.compile(r"\b(?:of|among|between) (?:the|these|those) (?:three|four|five|3|4|5)\b", re.I)
OF_THE_TWO = re.compile(
    r"\b(?:of|between) (?:the|these|those) two\b|\bof (?:them )?both\b|\bde (?:los|las|estos|estas) dos\b|"
    r"\bder beiden\b|\bdes deux\b|\bdos dois\b|\bdas duas\b|\bdei due\b|\bdelle due\b|\bvan de twee\b|"
    r"(?:这|這|那)?(?:两个|兩個)(?:中|里|裡|之中)|二つ(?:の中|のうち)",
    re.I,
)


def references(text: str) -> list[int]:
    """Positions of earlier results the text points at, in the order mentioned (1-based; -1 = last)."""
    found: list[tuple[int, int]] = []
    text = IDIOMS.sub(lambda m: " " * len(m.group()), text)  # "on second thought" points at nothing
    few = FIRST_FEW.search(text)
    if few:
        found.extend((few.start(), n) for n in range(1, first_few(text) + 1))
        text = text[: few.start()] + " " * (few.end() - few.start()) + text[few.end() :]
    folded = fold(text)
    for m in _ORDINAL_RE.finditer(folded):
        found.append((m.start(), _ORDINAL_WORDS[m.group(1)]))
    for m in _TOP_ONE.finditer(text):
        found.append((m.start(), 1))
    for m in HASH_RE.finditer(text):
        found.append((m.start(), int(m.group(1))))
    for m in NUMBER_WORD_RE.finditer(text):
        value = parse_number_words([m.group(1)])
        if value is not None and 1 <= value <= 50:
            found.append((m.start(), int(value)))
    for m in CJK_ORDINAL.finditer(text):
        value = read_cjk_number(m.group(1) or m.group(2))
        if value:
            found.append((m.start(), int(value)))
    for m in _KO_ORDINAL.finditer(text):
        found.append((m.start(), _KO_ORDINALS[m.group(1)]))
    for m in _CJK_LAST.finditer(text):
        found.append((m.start(), -1))
    out: list[int] = []
    for _, position in sorted(found):
        if position not in out and (position == -1 or 1 <= position <= 50):
            out.append(position)
    return out


def without_positions(text: str) -> str:
    """The text with its "#2", "no. 3" and "第二个" positions taken out (selection.py reads the rest)."""
    return HASH_RE.sub(" ", CJK_ORDINAL.sub(" ", text))


def without_position_words(text: str) -> str:
    """The text with every way of saying a position taken out, words too ("the top one", "the 2nd",
    "#3", "第二个"): what is left names what is wanted ("the top one, add it" names no top)."""
    return _ORDINAL_RE.sub(" ", _TOP_ONE.sub(" ", without_positions(text)))
