"""Money as shoppers write it, in any language: currency signs, ISO codes and local names, number
words, local separators, and price cues in several languages, rewritten into one canonical form
that the price reader in `search/parse.py` understands ("menos de 500 pesos" -> "under 500 php",
"三百元以下" -> "under 300 cny", "unter zwanzig Euro" -> "under 20 eur", "¥3,000以内" -> "under 3000 jpy").

The rewrite touches only money: a number word becomes digits only next to a currency or a price cue
("the first one", "two person tent" stay as they are), and a cue is rewritten only when an amount
follows it. `canonical_money` returns the rewritten text and the currencies it named, in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shopagent.text.numbers import CJK_NUMBER, fold, is_number_word, parse_number_words, read_cjk_number

# ISO codes the price reader accepts after an amount. Every code below is one of these.
ISO_CODES = (  # noqa: SIM905 - a list of codes reads best as one string
    "usd eur gbp cny jpy inr php mxn cad aud nzd chf sek nok dkk pln czk huf krw brl ars clp cop pen "
    "rub try zar sgd hkd twd thb idr myr vnd aed sar ils egp ngn kes"
).split()

# Marker -> currency. A marker with several meanings lists them; `resolve` picks by the catalog's
# currency first, then by the script of the text, then the first.
# fmt: off
_MARKERS: dict[str, tuple[str, ...]] = {
    "$": ("USD", "MXN", "CAD", "AUD", "NZD", "SGD", "HKD", "ARS", "CLP", "COP"), "us$": ("USD",),
    "u$s": ("USD",), "usd": ("USD",), "dollar": ("USD", "CAD", "AUD"), "dollars": ("USD", "CAD", "AUD"),
    "bucks": ("USD",), "dolar": ("USD",), "dolares": ("USD",), "dólares": ("USD",), "dollari": ("USD",),
    "美元": ("USD",), "美金": ("USD",), "ドル": ("USD",), "€": ("EUR",), "eur": ("EUR",), "euro": ("EUR",),
    "euros": ("EUR",), "欧元": ("EUR",), "ユーロ": ("EUR",), "£": ("GBP",), "gbp": ("GBP",),
    "quid": ("GBP",), "sterling": ("GBP",), "英镑": ("GBP",), "¥": ("CNY", "JPY"), "￥": ("CNY", "JPY"),
    "rmb": ("CNY",), "cny": ("CNY",), "元": ("CNY",), "块": ("CNY",), "块钱": ("CNY",), "人民币": ("CNY",),
    "yuan": ("CNY",), "kuai": ("CNY",), "円": ("JPY",), "yen": ("JPY",), "jpy": ("JPY",), "日元": ("JPY",),
    "日圆": ("JPY",), "₹": ("INR",), "rs": ("INR",), "rs.": ("INR",), "inr": ("INR",), "rupee": ("INR",),
    "rupees": ("INR",), "rupaye": ("INR",), "rupiya": ("INR",), "रुपये": ("INR",), "₨": ("INR",),
    "₱": ("PHP",), "php": ("PHP",), "peso": ("PHP", "MXN", "ARS", "COP", "CLP"),
    "pesos": ("PHP", "MXN", "ARS", "COP", "CLP"), "piso": ("PHP",), "mx$": ("MXN",), "mxn": ("MXN",),
    "mex$": ("MXN",), "c$": ("CAD",), "ca$": ("CAD",), "cad": ("CAD",), "a$": ("AUD",), "au$": ("AUD",),
    "aud": ("AUD",), "nz$": ("NZD",), "nzd": ("NZD",), "chf": ("CHF",), "franken": ("CHF",),
    "sek": ("SEK",), "nok": ("NOK",), "dkk": ("DKK",), "kr": ("SEK", "NOK", "DKK"), "kronor": ("SEK",),
    "kroner": ("NOK", "DKK"), "zł": ("PLN",), "zl": ("PLN",), "pln": ("PLN",), "złotych": ("PLN",),
    "czk": ("CZK",), "kč": ("CZK",), "huf": ("HUF",), "₩": ("KRW",), "krw": ("KRW",), "원": ("KRW",),
    "r$": ("BRL",), "brl": ("BRL",), "reais": ("BRL",), "₽": ("RUB",), "rub": ("RUB",), "руб": ("RUB",),
    "рублей": ("RUB",), "₺": ("TRY",), "zar": ("ZAR",), "sgd": ("SGD",), "s$": ("SGD",),
    "hkd": ("HKD",), "hk$": ("HKD",), "twd": ("TWD",), "nt$": ("TWD",), "฿": ("THB",), "thb": ("THB",),
    "baht": ("THB",), "idr": ("IDR",), "rupiah": ("IDR",), "myr": ("MYR",), "ringgit": ("MYR",),
    "₫": ("VND",), "vnd": ("VND",), "aed": ("AED",), "dirham": ("AED",), "dirhams": ("AED",),
    "riyal": ("SAR",), "₪": ("ILS",), "ils": ("ILS",), "shekel": ("ILS",), "shekels": ("ILS",),
    "egp": ("EGP",), "₦": ("NGN",), "ngn": ("NGN",), "naira": ("NGN",), "kes": ("KES",),
    "ksh": ("KES",),
}
# fmt: on
# Words that are a currency only right after an amount (they mean other things alone).
_POST_ONLY = frozenset(
    {
        "real",
        "try",
        "won",
        "rand",
        "dong",
        "lira",
        "ft",
        "rp",
        "rm",
        "kr",
        "sar",
        "peso",
        "piso",
        "yuan",
        "kuai",
        "元",
        "块",
        "块钱",
        "円",
    }
)
# Multi-word names first (longest match wins).
_PHRASES: dict[str, str] = {
    "pesos mexicanos": "MXN",
    "peso mexicano": "MXN",
    "pesos filipinos": "PHP",
    "philippine pesos": "PHP",
    "philippine peso": "PHP",
    "mexican pesos": "MXN",
    "mexican peso": "MXN",
    "us dollars": "USD",
    "us dollar": "USD",
    "u.s. dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "indian rupees": "INR",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "british pounds": "GBP",
    "pounds sterling": "GBP",
    "pound sterling": "GBP",
    "dólares americanos": "USD",
    "swiss francs": "CHF",
}


def _cues(text: str) -> list[str]:
    return text.split("|")


# Cues, by language, rewritten to the English cue the price reader knows. Before the amount:
_UPPER_PRE = _cues(
    "presupuesto de|presupuesto|orçamento de|orçamento|budget de|budget di|budget von|"
    "menos de|por debajo de|debajo de|no más de|no mas de|no más que|como máximo|como maximo|máximo|"
    "maximo|hasta|inferior a|que no pase de|que no cueste más de|abaixo de|até|ate|no máximo|"
    "no maximo|não mais que|nao mais que|menor que|meno di|sotto i|sotto|fino a|al massimo|non più di|"
    "massimo|moins de|en dessous de|au-dessous de|jusqu'à|jusqu'a|jusqu’à|pas plus de|au plus|"
    "au maximum|inférieur à|inferieur a|maximum|max|unter|bis zu|bis|höchstens|hochstens|maximal|"
    "weniger als|nicht mehr als|unterhalb von|nicht über|nicht uber|billiger als|günstiger als|"
    "gunstiger als|onder|minder dan|niet meer dan|hooguit|tot|"
    "不超过|不超過|低于|低於|少于|不到|不高于|最多|预算|預算|以内的|上限|"
    "ke andar"
)
_LOWER_PRE = _cues(
    "más de|mas de|más que|por encima de|al menos|mínimo|minimo|desde|a partir de|mais de|acima de|"
    "pelo menos|più di|almeno|sopra i|sopra|oltre|plus de|au moins|à partir de|a partir de|"
    "au-dessus de|supérieur à|superieur a|über|uber|mehr als|mindestens|ab|meer dan|minstens|vanaf|"
    "boven|超过|超過|高于|高於|至少|起码|不低于|se zyada|se upar"
)
_AROUND_PRE = _cues(
    "alrededor de|unos|unas|aproximadamente|cerca de|por unos|em torno de|cerca di|circa|environ|"
    "autour de|à peu près|etwa|ungefähr|ungefahr|rund|ongeveer|大约|大概|约"
)
_POST_CUES = {  # after the amount (and its currency)
    "以下": "upper",
    "以内": "upper",
    "之内": "upper",
    "内": "upper",
    "以下的": "upper",
    "未満": "upper",
    "まで": "upper",
    "以上": "lower",
    "以上的": "lower",
    "起": "lower",
    "左右": "around",
    "上下": "around",
    "くらい": "around",
    "ぐらい": "around",
    "程度": "around",
    "前後": "around",
    "tak": "upper",
    "se kam": "upper",
    "ya kam": "upper",
    "o menos": "upper",
    "ou moins": "upper",
    "oder weniger": "upper",
    "o más": "lower",
    "o mas": "lower",
    "ou plus": "lower",
    "oder mehr": "lower",
    "máximo": "upper",
    "maximo": "upper",
    "max": "upper",
    "maximum": "upper",
    "höchstens": "upper",
}
_RANGE_WORDS = r"(?:y|e|et|und|en|and|to|a|à|bis|al|hasta|até|fino a|à|-|–|~|〜|到|至|和)"
_RANGE_LEAD = r"(?:entre|between|tra|fra|zwischen|tussen|de|von|from|da|van|du|在)"
_ARTICLES = frozenset(
    {"a", "e", "y", "un", "una", "uno", "et", "en", "ein", "eine", "um", "uma", "une", "een"}
)
_ENGLISH = {"upper": "under", "lower": "over", "around": "around"}


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
_AMOUNT = r"(?<![\d.,])(?:\d{1,3}(?:[.,'\u00a0 ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)(?![\d])"
# Markers the English price reader knows itself: an amount with one of these and an English cue (or
# none) is left exactly as written, so its own rules ("$1-2k", "$50+") keep working.
_NATIVE = frozenset({"$", "€", "£", "usd", "eur", "dollar", "dollars", "bucks", "euro", "euros", "us$"})
_CJK_SCRIPT = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")


def _marker_pattern() -> re.Pattern[str]:
    names = sorted(set(_MARKERS) | set(_PHRASES), key=len, reverse=True)
    alts = []
    for name in names:
        esc = re.escape(name)
        if name[0].isalpha() and name.isascii():
            alts.append(rf"(?<![^\W\d_]){esc}(?![^\W\d_])")
        else:
            alts.append(esc)
    return re.compile("|".join(alts), re.I)


_MARKER = _marker_pattern()


def resolve(marker: str, text: str, catalog_currency: str | None) -> tuple[str, bool]:
    """The currency a marker means here, and whether that was a guess among several."""
    key = marker.lower()
    if key in _PHRASES:
        return _PHRASES[key], False
    choices = _MARKERS.get(key) or _MARKERS.get(fold(key)) or ("USD",)
    if len(choices) == 1:
        return choices[0], False
    if catalog_currency and catalog_currency.upper() in choices:
        return catalog_currency.upper(), False
    if key in ("¥", "￥"):
        if _KANA.search(text):
            return "JPY", False
        if _CJK_SCRIPT.search(text):
            return "CNY", False
        return "JPY", True
    return choices[0], key not in ("$", "dollars", "dollar")


def _normalise_amount(raw: str, european: bool) -> str | None:
    """ "1.299,00" -> "1299.00", "2,500" -> "2500", "2,50" -> "2.50", "1 200" -> "1200"."""
    s = raw.strip().replace("'", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", s):
        return s.replace(".", "").replace(",", ".")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}", s):
        return s.replace(",", "")
    if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", s) or (european and re.fullmatch(r"\d{1,3}\.\d{3}", s)):
        return s.replace(".", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return s.replace(",", "")
    if re.fullmatch(r"\d+,\d{1,2}", s):
        return s.replace(",", ".")
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return s
    return None


@dataclass
class _Tok:
    start: int
    end: int
    kind: str  # "num", "cur", "word", "cjknum", "other"
    value: str
    amount: float | None = None
    currency: str | None = None


def canonical_money(text: str, catalog_currency: str | None = None) -> MoneyText:
    """Rewrite the money in `text` into the canonical form; everything else is left as it is."""
    out = MoneyText(text)
    if not text or not (
        any(ch.isdigit() for ch in text)
        or _MARKER.search(text)
        or _CJK_SCRIPT.search(text)
        or re.search(r"[^\W\d_]", text)
    ):
        return out
    lowered = text.lower()
    european = bool(re.search(r"€|\beur|\beuro|chf|\bkr\b|zł|\bunter\b|\bbis\b|menos|moins|\bab\b", lowered))
    # 1. find currency markers (phrases first through the single alternation, longest first)
    marks: list[tuple[int, int, str]] = []
    for m in _MARKER.finditer(text):
        marks.append((m.start(), m.end(), m.group()))
    # 2. amounts: digits, CJK numerals, number-word runs
    amounts: list[tuple[int, int, float]] = []
    plain: set[int] = set()  # starts of amounts written in plain digits
    for m in re.finditer(_AMOUNT, text):
        raw = m.group()
        # trailing separators belong to the sentence, not the number ("500, please")
        trimmed = raw.rstrip(".,' ")
        norm = _normalise_amount(trimmed, european)
        if norm is None:
            continue
        end = m.start() + len(trimmed)
        mult = re.match(r"\s?(?:(k|mil|grand|thousand|tausend)(?![^\W\d_])|(千|万|萬))", text[end:], re.I)
        value = float(norm)
        if mult:
            word = (mult.group(1) or mult.group(2)).lower()
            value *= 10_000 if word in ("万", "萬") else 1000
            end += mult.end()
        amounts.append((m.start(), end, value))
        if re.fullmatch(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?", trimmed):
            plain.add(m.start())  # the English reader's own form
    for m in CJK_NUMBER.finditer(text):
        if any(ch.isdigit() for ch in m.group()) and not re.search(r"[十百千万萬亿]", m.group()):
            continue  # plain digits were read above
        value = read_cjk_number(m.group())
        if value is not None and not any(s <= m.start() < e for s, e, _ in amounts):
            amounts = [a for a in amounts if not (m.start() <= a[0] < m.end())]
            amounts.append((m.start(), m.end(), value))
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(_NUMBER_WORD, text)]
    i = 0
    while i < len(words):
        if not is_number_word(words[i][2]) or fold(words[i][2]) in _ARTICLES:
            i += 1
            continue
        j = i
        run = []
        while j < len(words) and (
            is_number_word(words[j][2]) or (fold(words[j][2]) in ("and", "y", "e", "et", "und") and run)
        ):
            gap = text[words[j - 1][1] : words[j][0]] if j > i else ""
            if j > i and gap.strip(" -"):
                break
            run.append(words[j])
            j += 1
        while run and fold(run[-1][2]) in ("and", "y", "e", "et", "und"):
            run.pop()
        value = parse_number_words([w for _, _, w in run]) if run else None
        if value is not None and value > 0 and not (len(run) == 1 and fold(run[0][2]) in ("k", "grand")):
            amounts.append((run[0][0], run[-1][1], float(value)))
        i = max(j, i + 1)
    amounts.sort()
    if not amounts:
        return out
    # 3. pair each amount with an adjacent currency marker (before or after)
    pieces: list[tuple[int, int, float, str | None, bool]] = []  # start, end, value, currency, had marker
    marks_by_piece: dict[int, str] = {}
    foreign: set[int] = set()  # pieces whose amount the English reader cannot read (words, "1.299,00")
    for s, e, value in amounts:
        if s not in plain:
            foreign.add(len(pieces))
        cur = None
        ms, me = s, e
        after = next((mk for mk in marks if 0 <= mk[0] - e <= 1 and text[e : mk[0]].strip() == ""), None)
        before = next(
            (
                mk
                for mk in marks
                if 0 <= s - mk[1] <= 1 and text[mk[1] : s].strip() == "" and mk[2].lower() not in _POST_ONLY
            ),
            None,
        )
        mark = after or before
        if mark is not None:
            code, guessed = resolve(mark[2], text, catalog_currency)
            cur = code
            ms, me = min(s, mark[0]), max(e, mark[1])
            if guessed:
                out.ambiguous.append(mark[2])
            marks_by_piece[len(pieces)] = mark[2]
        pieces.append((ms, me, value, cur, mark is not None))
    # 4. cues: before (multilingual), after (CJK and tails), ranges
    canon_parts: list[tuple[int, int, str]] = []
    low = text.lower()
    k = 0
    while k < len(pieces):
        ms, me, value, cur, marked = pieces[k]
        # a range: AMOUNT (range word) AMOUNT, optionally led by "entre", "zwischen", ...
        if k + 1 < len(pieces):
            ns, ne, nvalue, ncur, nmarked = pieces[k + 1]
            between = low[me:ns]
            range_cued = bool(
                cur
                or ncur
                or _cue_before(low, ms, _UPPER_PRE + _LOWER_PRE)
                or re.search(rf"{_RANGE_LEAD}\s*$", low[:ms])
            )
            if re.fullmatch(rf"\s*{_RANGE_WORDS}\s*", between) and range_cued:
                code = cur or ncur
                lead = re.search(rf"(?<![^\W\d_]){_RANGE_LEAD}\s*$", low[:ms])
                native = all((marks_by_piece.get(x) or "$").lower() in _NATIVE for x in (k, k + 1))
                english = re.fullmatch(r"\s*(?:-|–|to|and)\s*", between) and (
                    lead is None or lead.group().strip() in ("between", "from")
                )
                if native and english and not _post_cue(low, ne) and not {k, k + 1} & foreign:
                    if code:
                        out.currencies.append(code)
                        out.markers.append(marks_by_piece.get(k) or marks_by_piece.get(k + 1) or code)
                    k += 2
                    continue
                start = lead.start() if lead else ms
                end = ne
                post = _post_cue(low, end)
                if post:
                    end = post[1]
                canon_parts.append(
                    (
                        start,
                        end,
                        f"between {_fmt(value)} and {_fmt(nvalue)}" + (f" {code.lower()}" if code else ""),
                    )
                )
                if code:
                    out.currencies.append(code)
                    out.markers.append(marks_by_piece.get(k) or marks_by_piece.get(k + 1) or code)
                k += 2
                continue
        cue_kind = None
        start, end = ms, me
        pre = _cue_before(low, ms, _UPPER_PRE)
        if pre is not None:
            cue_kind, start = "upper", pre
        else:
            pre = _cue_before(low, ms, _LOWER_PRE)
            if pre is not None:
                cue_kind, start = "lower", pre
            else:
                pre = _cue_before(low, ms, _AROUND_PRE)
                if pre is not None:
                    cue_kind, start = "around", pre
        post = _post_cue(low, me)
        if post is not None:
            cue_kind = cue_kind or post[0]
            end = post[1]
        native = (marks_by_piece.get(k) or "").lower() in _NATIVE
        if cue_kind is None and (not marked or (native and k not in foreign)):
            if cur:
                out.currencies.append(cur)
                out.markers.append(marks_by_piece.get(k) or cur)
            k += 1
            continue  # a bare or dollar/euro amount with no foreign cue: the English reader's own
        english_cue = _ENGLISH[cue_kind] + " " if cue_kind else ""
        if cue_kind is None:
            # keep an English cue written before it ("under ₱500") by rewriting only the amount
            start = ms
        # A comma ends the rewritten phrase: "400以内的登山鞋" -> "under 400, 的登山鞋", so the word
        # after it is not read as a unit of the amount.
        tail = "," if cue_kind and end < len(text) and not text[end].isspace() else ""
        canon_parts.append(
            (start, end, f"{english_cue}{_fmt(value)}" + (f" {cur.lower()}" if cur else "") + tail)
        )
        if cur:
            out.currencies.append(cur)
            out.markers.append(marks_by_piece.get(k) or cur)
        k += 1
    if not canon_parts:
        return out
    pieces_out = []
    last = 0
    for s, e, rep in sorted(canon_parts):
        if s < last:
            continue
        pieces_out.append(text[last:s])
        pad_l = " " if s > 0 and not text[s - 1].isspace() else ""
        pad_r = " " if e < len(text) and not text[e].isspace() else ""
        pieces_out.append(f"{pad_l}{rep}{pad_r}")
        last = e
    pieces_out.append(text[last:])
    out.text = "".join(pieces_out)
    return out


def _fmt(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _cue_before(low: str, pos: int, cues: list[str]) -> int | None:
    """Start of a cue that ends right before `pos` (spaces allowed between), or None."""
    head = low[:pos].rstrip()
    for cue in sorted(cues, key=len, reverse=True):
        if head.endswith(cue):
            start = len(head) - len(cue)
            if cue[0].isascii() and cue[0].isalpha() and start > 0 and (low[start - 1].isalnum()):
                continue
            return start
    return None


def _post_cue(low: str, pos: int) -> tuple[str, int] | None:
    rest = low[pos:]
    stripped = rest.lstrip()
    offset = pos + len(rest) - len(stripped)
    for cue in sorted(_POST_CUES, key=len, reverse=True):
        if stripped.startswith(cue):
            end = offset + len(cue)
            if cue[0].isascii() and end < len(low) and low[end].isalnum():
                continue
            return _POST_CUES[cue], end
    return None


__all__ = ["ISO_CODES", "MoneyText", "canonical_money", "resolve"]
