"""Money as shoppers write it, in any language: currency signs, ISO codes and local names, number
words, local separators, and price cues in several languages, rewritten into one canonical form
that the price reader in `search/parse.py` understands ("menos de 500 pesos" -> "under 500 php",
"三百元以下" -> "under 300 cny", "unter zwanzig Euro" -> "under 20 eur", "¥3,000以内" -> "under 3000 jpy",
"nicht unter 200 €" -> "over 200 eur", "150-400" -> "between 150 and 400").

The rewrite touches only money: a number word becomes digits only next to a currency or a price cue
("the first one", "two person tent" stay as they are), a cue is rewritten only when an amount
follows it, and a bare number or range followed by a unit ("4 to 6 people", "2-3 days") or led by a
measuring word ("size 8 to 10", "kids under 10") is left alone. `canonical_money` returns the
rewritten text and the currencies it named, in order. The words themselves are in `money_cues.py`.

The grammar, by mechanism:
- cues by polarity (upper, lower, around) and position (before the amount, after it and its currency);
- a negator before a cue (a few filler words allowed) inverts it, and the Hindi negator after a post
  cue does too; the negator is consumed, so the output is unambiguous ("not over 50" -> "under 50");
- AMOUNT (range word) AMOUNT is a range when a currency, a cue, a range lead ("entre", "zwischen") or
  a range tail ("之间", "tak") says so, or when it is bare but plausibly money (digits both ends, the
  low end at least 10, no unit after, no measuring word before, not two years);
- a dot before exactly three digits groups thousands ("1.000 $", "MX$ 1.200"): no price has three
  decimals; "49,99" is 49.99.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shopagent.text import money_cues as cues
from shopagent.text.numbers import CJK_NUMBER, fold, number_runs, parse_number_words, read_cjk_number

# ISO codes the price reader accepts after an amount. Every code below is one of these.
ISO_CODES = (  # noqa: SIM905 - a list of codes reads best as one string
    "usd eur gbp cny jpy inr php mxn cad aud nzd chf sek nok dkk pln czk huf krw brl ars clp cop pen "
    "rub try zar sgd hkd twd thb idr myr vnd aed sar ils egp ngn kes"
).split()
_MARKERS = cues.MARKERS
_ARTICLES = frozenset(
    {"a", "e", "y", "un", "una", "uno", "et", "en", "ein", "eine", "um", "uma", "une", "een"}
)
# Number words that are English words too ("at least once"): money only next to a currency.
_HOMOGRAPHS = frozenset(
    {"one", "once", "due", "ate", "sei", "tre", "mil", "min", "un", "une", "uno", "una", "ein"}
)
_ENGLISH = {"upper": "under", "lower": "over", "around": "around"}
_FLIP = {"upper": "lower", "lower": "upper", "around": "around"}
# Range words that join two bare numbers with no lead word: a dash, "to", "bis", "到"; a conjunction
# ("and", "y", "et") makes a range only after "between", "entre", ... or with a currency.
_BARE_RANGE_WORDS = re.compile(r"\s*(?:-|–|~|〜|～|to|bis|a|à|al|hasta|até|ate|tot|se|到|至|から)\s*")


@dataclass
class MoneyText:
    text: str  # the canonical rewrite
    currencies: list[str] = field(default_factory=list)  # ISO codes named, in order
    ambiguous: list[str] = field(default_factory=list)  # markers read by a guess ("pesos", "¥")
    markers: list[str] = field(default_factory=list)  # the words or signs each currency was read from

    def stated(self, catalog_currency: str | None) -> str | None:
        """The currency the bounds are in when it is not simply the catalog's own: a bare "$" or
        "dollars" means the shop's own dollars, whatever the shop's currency."""
        if not self.currencies:
            return None
        code, marker = self.currencies[0], self.markers[0].lower()
        if marker in _OWN_MARKERS and (catalog_currency is None or catalog_currency in _MARKERS[marker]):
            return None
        return None if code == catalog_currency else code


_OWN_MARKERS = frozenset({"$", "dollar", "dollars", "bucks"})
_NUMBER_WORD = r"[^\W\d_]+(?:-[^\W\d_]+)*"
# Digit groups: "1,299", "1.299,00", "1 200", "2'500", or plain "1299.00" / "2,50"; never "90, 4".
# An amount may follow a comma that ends a phrase ("帐篷,3000元以下") but not one inside a number.
_AMOUNT = r"(?<!\d)(?<!\d[.,])(?:\d{1,3}(?:[.,'\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d])"
# Markers the English price reader knows itself: an amount with one of these and an English cue (or
# none) is left exactly as written, so its own rules ("$1-2k", "$50+") keep working.
_NATIVE = frozenset({"$", "€", "£", "usd", "eur", "dollar", "dollars", "bucks", "euro", "euros", "us$"})
_CJK_SCRIPT = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN_LETTER = r"A-Za-z\u00c0-\u024f"


def _marker_pattern() -> re.Pattern[str]:
    names = sorted(set(_MARKERS) | set(cues.PHRASES), key=len, reverse=True)
    alts = []
    for name in names:
        esc = re.escape(name)
        if name[0].isalpha() and name.isascii():
            # bounded by Latin letters only: "RMB以上" and "500rs" still name a currency
            alts.append(rf"(?<![{_LATIN_LETTER}]){esc}(?![{_LATIN_LETTER}])")
        else:
            alts.append(esc)
    return re.compile("|".join(alts), re.I)


_MARKER = _marker_pattern()


def resolve(marker: str, text: str, catalog_currency: str | None) -> tuple[str, bool]:
    """The currency a marker means here, and whether that was a guess among several."""
    key = marker.lower()
    if key in cues.PHRASES:
        return cues.PHRASES[key], False
    choices = _MARKERS.get(key) or _MARKERS.get(fold(key)) or ("USD",)
    if len(choices) == 1:
        return choices[0], False
    if catalog_currency and catalog_currency.upper() in choices:
        return catalog_currency.upper(), False
    if key in ("¥", "￥"):
        if _KANA.search(text) or any(w in text for w in cues.JA_ONLY_WORDS):
            return "JPY", False
        if _CJK_SCRIPT.search(text):
            return "CNY", True
        return "JPY", True
    return choices[0], key not in ("$", "dollars", "dollar")


def _normalise_amount(raw: str) -> str | None:
    """ "1.299,00" -> "1299.00", "2,500" -> "2500", "2,50" -> "2.50", "1 200" -> "1200", "1.200" -> "1200"."""
    s = raw.strip().replace("'", "").replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", s):
        return s.replace(".", "").replace(",", ".")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}", s):
        return s.replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s):  # no price has three decimals: a thousands dot
        return s.replace(".", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return s.replace(",", "")
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return s.replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return s
    return None


@dataclass
class _Piece:
    start: int  # with its currency marker
    end: int
    num_end: int  # end of the number itself
    value: float
    plain: bool  # written the way the English reader reads it ("1,299", "80")
    words: bool  # spelt in words ("fifty", "三百")
    year: bool  # four digits that could be a year ("2006"): the English reader drops these in ranges
    currency: str | None = None
    marker: str | None = None
    cued_only: bool = False  # "pounds": a currency only with a cue or in a range


# Words after a number that multiply it: "1.5k", "3 mil", "200rb" / "1,5jt" (id), "5 тыс", "2 lakh";
# and signs, which need no word boundary: "3千", "1万", "5만" (ko).
_WORD_MULTIPLIERS = {
    **dict.fromkeys(("k", "mil", "grand", "thousand", "tausend", "rb", "ribu", "тыс", "тысяч"), 1000),
    **dict.fromkeys(("lakh", "lakhs", "lac"), 100_000),
    **dict.fromkeys(("jt", "juta"), 1_000_000),
}
_SIGN_MULTIPLIERS = {"千": 1000, "천": 1000, "万": 10_000, "萬": 10_000, "만": 10_000}
_MULTIPLIERS = {**_WORD_MULTIPLIERS, **_SIGN_MULTIPLIERS}
_MULTIPLIER = re.compile(
    rf"\s?(?:({'|'.join(sorted(_WORD_MULTIPLIERS, key=len, reverse=True))})(?![^\W\d_])"
    rf"|([{''.join(_SIGN_MULTIPLIERS)}]))",
    re.I,
)


def _find_amounts(text: str) -> list[tuple[int, int, float, bool, bool, bool]]:
    """(start, end, value, plain, words, year) for digit amounts, CJK numerals and number-word runs."""
    amounts: list[tuple[int, int, float, bool, bool, bool]] = []
    for m in re.finditer(_AMOUNT, text):
        trimmed = m.group().rstrip(".,' ")  # "500, please": the comma is the sentence's
        norm = _normalise_amount(trimmed)
        if norm is None:
            continue
        end = m.start() + len(trimmed)
        mult = _MULTIPLIER.match(text[end:])
        value = float(norm)
        if mult:
            value *= _MULTIPLIERS[(mult.group(1) or mult.group(2)).lower()]
            end += mult.end()
        plain = bool(re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?", trimmed))
        plain = plain and not re.fullmatch(r"\d{1,3}\.\d{3}", trimmed)  # "1.200" is 1200
        year = not mult and bool(re.fullmatch(r"(?:19|20)\d\d", trimmed))
        amounts.append((m.start(), end, value, plain, False, year))
    for m in CJK_NUMBER.finditer(text):
        if any(ch.isdigit() for ch in m.group()) and not re.search(r"[十百千万萬亿]", m.group()):
            continue  # plain digits were read above
        value = read_cjk_number(m.group())
        if value is not None and not any(s <= m.start() < e for s, e, *_ in amounts):
            amounts = [a for a in amounts if not (m.start() <= a[0] < m.end())]
            amounts.append((m.start(), m.end(), value, False, True, False))
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(_NUMBER_WORD, text)]
    tokens = [w for _, _, w in words]
    attached = [i > 0 and not text[words[i - 1][1] : words[i][0]].strip(" -") for i in range(len(words))]
    for a, b in number_runs(tokens, attached, _ARTICLES):
        run = tokens[a:b]
        if len(run) == 1 and fold(run[0]) in ("k", "grand", "cents", "hundred", "thousand"):
            continue
        value = parse_number_words(run)
        if value is not None and value > 0:
            amounts.append((words[a][0], words[b - 1][1], float(value), False, True, False))
    amounts.sort()
    return amounts


def _pieces(text: str, catalog_currency: str | None, out: MoneyText) -> list[_Piece]:
    """Each amount with the currency marker right after it (or right before it)."""
    marks = [(m.start(), m.end(), m.group()) for m in _MARKER.finditer(text)]
    pieces: list[_Piece] = []
    for s, e, value, plain, spelt, year in _find_amounts(text):
        after = next((mk for mk in marks if 0 <= mk[0] - e <= 1 and text[e : mk[0]].strip() == ""), None)
        before = next(
            (
                mk
                for mk in marks
                if 0 <= s - mk[1] <= 1
                and text[mk[1] : s].strip() == ""
                and (mk[2].lower() not in cues.POST_ONLY or mk[2].lower() in cues.PRE_SYMBOLS)
            ),
            None,
        )
        mark = after or before
        piece = _Piece(s, e, e, value, plain, spelt, year)
        if mark is not None:
            code, guessed = resolve(mark[2], text, catalog_currency)
            piece.currency, piece.marker = code, mark[2]
            piece.start, piece.end = min(s, mark[0]), max(e, mark[1])
            piece.cued_only = fold(mark[2]) in cues.CUED_ONLY
            if guessed:
                out.ambiguous.append(mark[2])
        elif spelt and len(text[s:e].split()) == 1 and fold(text[s:e]) in _HOMOGRAPHS:
            continue
        pieces.append(piece)
    return pieces


def _latin_bounded(low: str, start: int, end: int) -> bool:
    """A cue in a script that spaces its words (Latin, Greek, Cyrillic) must not start or end inside
    a word: "до" (up to) is not the end of "надо"."""
    cue = low[start:end]

    def spaced(ch: str) -> bool:
        return ch.isalpha() and (ch < "\u0250" or "\u0370" <= ch <= "\u052f")

    inside_before = spaced(cue[:1]) and start > 0 and (spaced(low[start - 1]) or low[start - 1].isdigit())
    inside_after = spaced(cue[-1:]) and end < len(low) and (spaced(low[end]) or low[end].isdigit())
    return not (inside_before or inside_after)


_PRE_SORTED = sorted(cues.PRE_CUES, key=len, reverse=True)
_POST_SORTED = sorted(cues.POST_CUES, key=len, reverse=True)


def _pre_cue(low: str, pos: int) -> tuple[str, int, str] | None:
    """(polarity, start, cue) of the longest cue ending right before `pos` (spaces allowed)."""
    head = low[:pos].rstrip()
    for cue in _PRE_SORTED:
        if head.endswith(cue) and _latin_bounded(low, len(head) - len(cue), len(head)):
            return cues.PRE_CUES[cue], len(head) - len(cue), cue
    return None


def _post_cue(low: str, pos: int) -> tuple[str, int, str] | None:
    """(polarity, end, cue) of the longest cue starting right after `pos` (spaces allowed)."""
    rest = low[pos:]
    offset = pos + len(rest) - len(rest.lstrip())
    for cue in _POST_SORTED:
        if low.startswith(cue, offset) and _latin_bounded(low, offset, offset + len(cue)):
            return cues.POST_CUES[cue], offset + len(cue), cue
    return None


def _negator_before(low: str, pos: int) -> int | None:
    """Start of a negator before the cue at `pos`: "no less than", "dont show anything over",
    "nicht unter", "pas au-dessus de", "不要超过", "不想花超过"; None when there is none."""
    head = low[:pos]
    cjk = re.search(rf"(?:{'|'.join(cues.CJK_NEGATORS)})(?:{'|'.join(cues.CJK_NEGATION_FILLERS)})*\s*$", head)
    # not in a question "A-not-A": 有没有 (is there), 要不要, 是不是
    if cjk and not (cjk.start() > 0 and head[cjk.start() - 1] == head[cjk.start() + 1 : cjk.start() + 2]):
        return cjk.start()
    fillers = 0
    while True:
        m = re.search(r"([\w'’]+)\s+$", head)
        if m is None:
            return None
        word = m.group(1).replace("’", "'")
        if word in cues.NEGATORS:
            return m.start()
        if word not in cues.NEGATION_FILLERS or fillers == 3:
            return None
        fillers += 1
        head = head[: m.start()]


def _post_negator(low: str, pos: int) -> int | None:
    """End of a negator right after a post cue (Hindi: "1500 se zyada nahi"), or None."""
    m = re.match(rf"\s+({_WORD}(?: chahiye)?)(?!{_LETTER})", low[pos:])
    if m and m.group(1) in cues.POST_NEGATORS:
        return pos + m.end()
    m = re.match(rf"\s+({_WORD})(?!{_LETTER})", low[pos:])
    return pos + m.end() if m and m.group(1) in cues.POST_NEGATORS else None


# A letter, or a Devanagari vowel sign or nasal mark: those are no word characters to `re`, so
# "नहीं" would end after "नह".
_LETTER = r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963])"
_WORD = rf"[^\W\d_]{_LETTER}*"


def _unit_follows(low: str, pos: int) -> bool:
    """A unit right after `pos` says the number is a quantity: "4 to 6 people", "42码", "2-3 days"."""
    rest = low[pos:].lstrip()
    if any(rest.startswith(u.lower()) for u in cues.CJK_UNITS if not u.isascii()):
        return True
    m = re.match(rf"{_WORD}|%", rest)
    if m is None:
        return bool(re.match(r"[\d+x×*/]", rest))  # "2+32", "50x40"
    word = fold(m.group())
    return any(w in cues.UNITS for w in (m.group(), word, word[:-1] if word.endswith("s") else word))


def _ends_phrase(low: str, pos: int) -> bool:
    """Nothing noun-like follows `pos`: the end, punctuation, a CJK particle, or a word such as
    "please", "for", "bitte" ("a jacket 150-400 please"; but "24-60 of them", "34-35 sleeves")."""
    rest = low[pos:].lstrip()
    if not rest or rest[0] in ",.;:!?)" or rest.startswith(cues.PHRASE_END_CJK):
        return True
    m = re.match(r"[^\W\d_]+", rest)
    return bool(m) and m.group() in cues.PHRASE_END_WORDS


def _measure_lead(low: str, pos: int, words: frozenset[str] = frozenset()) -> bool:
    """The word before `pos` says the number measures something else ("size", "kids", "码")."""
    head = low[:pos].rstrip()
    if any(head.endswith(w) for w in cues.CJK_NOT_PRICE_LEAD):
        return True
    # "size: 8-10", "a rating of over 4"; a comma ends the phrase ("for a toddler, under 25")
    m = re.search(rf"({_WORD}):?(?:\s+(?:of|de|di|da|von|van|du|des|की|का))?$", head)
    return bool(m) and (m.group(1) in cues.NOT_PRICE_LEAD or m.group(1) in words)


# "higher rated ones, 4 and up", "stars? 4 or more": a small bare number in a phrase about ratings
_RATING_WORD = re.compile(
    r"(?<![^\W\d_])(?:rated|rate|rating|ratings|reviews?|reviewed|stars?|bewertung|bewertet|"
    r"valoraci[oó]n|valorad[oa]s?|estrellas|étoiles|etoiles|sterne|stelle|estrelas|sterren)(?![^\W\d_])"
)


def _in_rating_phrase(low: str, pos: int, value: float) -> bool:
    """A number of at most 5 said after a rating word in the same phrase is a rating, not money."""
    head = re.split(r"[.;!?]", low[max(0, pos - 40) : pos])[-1]
    return value <= 5 and bool(_RATING_WORD.search(head))


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _money(p: _Piece, cued: bool) -> str | None:
    """The currency a piece is in, given whether a cue or a range makes it a price."""
    return p.currency if p.currency and (cued or not p.cued_only) else None


def _name(out: MoneyText, code: str, marker: str | None) -> None:
    out.currencies.append(code)
    out.markers.append(marker or code)


def _range(low: str, a: _Piece, b: _Piece, out: MoneyText) -> tuple[int, int, str] | None | bool:
    """A range AMOUNT (range word) AMOUNT: its rewrite, True when the English reader reads it as
    written, or None when the two amounts are no range."""
    between = low[a.end : b.start]
    if not re.fullmatch(rf"\s*{cues.RANGE_WORDS}\s*", between):
        return None
    lead = re.search(rf"(?<![{_LATIN_LETTER}]){cues.RANGE_LEAD}\s*$", low[: a.start])
    tail = _post_cue(low, b.end)
    tail_end = next(
        (
            b.end + len(low[b.end :]) - len(low[b.end :].lstrip()) + len(t)
            for t in cues.RANGE_TAIL
            if low[b.end :].lstrip().startswith(t)
        ),
        None,
    )
    code = _money(a, True) or _money(b, True)
    pre = _pre_cue(low, (lead.start() if lead else a.start))
    cued = bool(code or lead or tail_end or (tail and tail[2] not in cues.WEAK_POST) or pre)
    start = lead.start() if lead else a.start
    if not code or a.cued_only or b.cued_only:
        if _unit_follows(low, b.end) or _measure_lead(low, start) or (a.year and b.year):
            return None
        if (
            not cued
            and (  # bare: plausibly money only
                a.words
                or b.words
                or not _BARE_RANGE_WORDS.fullmatch(between)
                or not 10 <= a.value < b.value  # "23271-036", "35-35" are codes and sizes
                or re.search(r"(?<![\d.,])0\d", low[a.start : b.end])
                or not _ends_phrase(low, b.end)
                or (a.year and b.year)
                or _measure_lead(low, start, cues.RANGE_NOT_PRICE_LEAD)
            )
        ):
            return None
    native = all((p.marker or "$").lower() in _NATIVE and not p.cued_only for p in (a, b))
    english = re.fullmatch(r"\s*(?:-|–|to|and)\s*", between) and (
        lead is None or lead.group().strip() in ("between", "from")
    )
    lone_year = any(p.year and not p.currency for p in (a, b))  # the English reader drops these
    if native and english and a.plain and b.plain and not (tail or tail_end or lone_year) and (lead or code):
        if code:
            _name(out, code, a.marker or b.marker)
        return True
    end = max(tail_end or 0, tail[1] if tail else 0, b.end)
    if code:
        rewrite = f"between {_fmt(a.value)} {code.lower()} and {_fmt(b.value)} {code.lower()}"
        _name(out, code, (a.marker if _money(a, True) else None) or b.marker)
    elif a.year or b.year:  # the English reader takes a lone year for no price
        rewrite = f"over {_fmt(a.value)} and under {_fmt(b.value)}"
    else:
        rewrite = f"between {_fmt(a.value)} and {_fmt(b.value)}"
    return start, end, rewrite


def _single(low: str, p: _Piece, out: MoneyText) -> tuple[int, int, str] | None:
    """The rewrite of one amount with its cues, or None when it stays as written."""
    kind = None
    start, end = p.start, p.end
    pre = _pre_cue(low, p.start)
    negated = False
    if pre is not None:
        kind, start = pre[0], pre[1]
        neg = _negator_before(low, start)
        if neg is not None:
            kind, start, negated = _FLIP[kind], neg, True
    post = _post_cue(low, p.end)
    # "2.5k max?", "thirty max" are prices; "iphone 12 max case", "150 at least" are not
    weak = post is not None and post[2] in cues.WEAK_POST and not (p.currency and not p.cued_only)
    if weak and (post[2] in cues.CURRENCY_ONLY_POST or not _ends_phrase(low, post[1])):  # type: ignore[index]
        post = None
    if post is not None:
        kind = kind or post[0]
        end = post[1]
        neg_end = _post_negator(low, end)
        if neg_end is not None:
            kind, end = _FLIP[kind], neg_end
    code = _money(p, kind is not None)
    if not code:
        if kind is None or _unit_follows(low, p.num_end if not p.currency else p.end):
            return None
        if _unit_follows(low, end) and post is not None:
            return None
    if p.cued_only and kind is not None and _measure_lead(low, start):
        return None  # "weighs under 10 pounds", "supports up to 300 pounds"
    native_cue = pre is not None and pre[2] in cues.NATIVE_PRE and post is None and not negated
    if native_cue and p.cued_only and p.plain and fold(p.marker or "") in ("pound", "pounds"):
        return None  # "under 10 pounds": the English reader's own policy reads a weight
    native_marker = p.marker is None or (p.marker.lower() in _NATIVE and not p.cued_only)
    if (
        not code
        and kind is not None
        and (_measure_lead(low, start) or _in_rating_phrase(low, start, p.value))
    ):
        return None  # "kids under 10", "size over 8", "rated ones, 4 and up"
    if (kind is None or native_cue) and native_marker and p.plain:
        if code:
            _name(out, code, p.marker)
        return None  # the English reader's own form
    if code:
        _name(out, code, p.marker)
    if kind is None:
        start = p.start  # keep an English cue written before it ("under ₱500") by rewriting the amount
    cue = _ENGLISH[kind] + " " if kind else ""
    return start, end, f"{cue}{_fmt(p.value)}" + (f" {code.lower()}" if code else "")


def canonical_money(text: str, catalog_currency: str | None = None) -> MoneyText:
    """Rewrite the money in `text` into the canonical form; everything else is left as it is."""
    out = MoneyText(text)
    if not text:
        return out
    pieces = _pieces(text, catalog_currency, out)
    if not pieces:
        return out
    low = text.lower()
    parts: list[tuple[int, int, str]] = []
    k = 0
    while k < len(pieces):
        if k + 1 < len(pieces):
            ranged = _range(low, pieces[k], pieces[k + 1], out)
            if ranged is not None:
                if ranged is not True:
                    parts.append(ranged)  # type: ignore[arg-type]
                k += 2
                continue
        single = _single(low, pieces[k], out)
        if single is not None:
            parts.append(single)
        k += 1
    if not parts:
        return out
    chunks = []
    last = 0
    for s, e, rep in sorted(parts):
        if s < last:
            continue
        chunks.append(text[last:s])
        rest = text[e:]
        # The rewritten phrase ends at a comma when a word follows it: "400以内的登山鞋" -> "under 400,
        # 的登山鞋", "bis 500 bitte" -> "under 500, bitte", so the next word is not read as its unit.
        follows = rest.lstrip()[:1]
        glued = not rest[:1].isspace() or not rep[-1:].isalpha()
        ends_phrase = follows and follows not in ",.;:!?)" and glued
        pad_l = " " if s > 0 and not text[s - 1].isspace() else ""
        pad_r = " " if rest and not rest[:1].isspace() else ""
        chunks.append(f"{pad_l}{rep}{',' if ends_phrase else ''}{pad_r}")
        last = e
    chunks.append(text[last:])
    out.text = "".join(chunks)
    return out


__all__ = ["ISO_CODES", "MoneyText", "canonical_money", "resolve"]
