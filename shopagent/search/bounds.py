"""The bounds a shopper's sentence states: price (is this number money?), rating and stock.

Each reader runs on the lower-cased text and records what it found in a `Found`, with the spans it
took, so that a later reader skips them and the parser removes them from the text to match.
A number is a price only with a currency sign/word or next to a price cue ("under", "between", ...),
and never when a unit follows it ("under 10 pounds", "up to 12 months", "4k tv").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shopagent.search.synonyms import words
from shopagent.search.vocab import Vocabulary
from shopagent.text import money_cues
from shopagent.text.money import ISO_CODES

AROUND_BAND = 0.20  # "around 100" -> 80..120
HIGHLY_RATED = 4.0  # "highly rated", "top rated", "good reviews"
_MAX_AMOUNT_DIGITS = 10  # anything longer is not a price; keeps floats finite

# -- amounts -----------------------------------------------------------------------------------------

_CUR_PRE = r"(?:us\s?\$|\$|usd\s?|€|£|eur\s?)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_MULT = r"\s?(?:k|grand|thousand)\b"
# ISO codes after the amount: the canonical form text/money.py writes for every currency it reads.
_CUR_POST = rf"\s?(?:dollars?|bucks|euros?|{'|'.join(ISO_CODES)}|\$|€|£)(?![^\W\d_])"


def _amount(name: str) -> str:
    return (
        rf"(?P<{name}_pre>{_CUR_PRE})?\s?(?P<{name}>{_NUM})(?P<{name}_mult>{_MULT})?"
        rf"(?P<{name}_post>{_CUR_POST})?(?![^\W_]|%|\.\d)"
    )


_A = _amount("a")
_B = _amount("b")

# A number followed by one of these is a quantity, not money ("4k tv" is a resolution).
_UNITS = words(
    """
    star stars pound pounds lb lbs oz ounce ounces fl floz g gr gram grams kg kilo kilos kilogram kilograms
    mg ml l liter liters litre litres gallon gallons qt quart quarts pint pints cup cups inch inches ft
    foot feet yard yards yd mm cm m meter meters metre metres km mile miles mph kph rpm hz khz mhz ghz
    gb tb mb kb gigabyte gigabytes terabyte terabytes megabyte megabytes mp megapixel megapixels
    w watt watts kw v volt volts amp amps mah wh kwh db degree degrees f c
    hour hours hr hrs minute minutes min mins second seconds sec secs day days week weeks month months
    year years yr yrs old pack packs pk pc pcs piece pieces count ct set sets pair pairs person people
    persons player players serving servings capsule capsules tablet tablets pill pills sheet sheets roll
    rolls by bag bags box boxes bottle bottles can cans unit units item items calorie calories cal kcal
    percent x times seat seats seater drawer drawers tier tiers shelf shelves layer layers port ports
    channel channels slot slots page pages thread threads mil gauge awg p fps bit bits core cores
    resolution tv tvs monitor monitors display screen video hdr uhd camera gaming ultra hd
    review reviews rating ratings point points size sizes reps % "
    """
)
# "toys for kids under 10", "a size between 10.5 and 11", "models from 2006 - 2012": not money.
_NOT_PRICE_BEFORE = words(
    """
    kid kids child children boy boys girl girls baby babies toddler toddlers teens adults seniors
    age ages aged size sizes length width height depth weight capacity model models year years version volume
    """
)
# After a cued number without currency, these words keep it a price ("under 200 for my son").
_FOLLOW_OK = words(
    """
    and or for in with please but if that which to on at the a an max maximum tops total range each per only
    is are would should price prices budget budgets dollar usd thanks thank plz pls so ok if its it
    instead too also then now anyway though tho overall altogether ones one options
    """
)

# -- patterns (compiled once; run on the lower-cased text) ------------------------------------------

_PRICE_WORD = (
    r"(?:(?:a |the )?(?:price|prices|priced|cost|costs|costing|budget|spend|spending)"
    r"(?: is| of| at| range| range of|:)?\s*)"
)
_LEAD = rf"(?:(?:for |and |with |at )?{_PRICE_WORD}?)"
_UPPER_CUES = (
    r"under|below|beneath|less than or equal to|less than|lower than|cheaper than|no more than|not more than"
    r"|no higher than|not higher than|not over|not above|no greater than|at most|up to|upto"
    r"|max(?:imum)?(?: of)?|within|limit(?: of)?|capped (?:at|to)"
    r"|cap (?:it|that|them|this|the price|the budget) (?:at|to)|<=|=<|≤|<"
)
_LOWER_CUES = (
    r"above|over|more than|greater than|higher than|at least|no less than|not less than|min(?:imum)?(?: of)?"
    r"|starting (?:at|from)|>=|=>|≥|>"
)
# "what about 400 instead" / "how about 50" propose a new amount; they are no "about 400".
_AROUND_CUES = (
    r"around|(?<!what )(?<!how )about|approximately|approx\.?|roughly|close to|near|somewhere around"
    r"|in the region of|~"
)
_UPPER_TAIL = (
    r"or (?:less|lower|under|below|cheaper)|and (?:under|below|less)|max(?:imum)?|tops|at most|at the most"
)
_LOWER_TAIL = r"or (?:more|higher|above|over)|and (?:up|above|over|higher)|at least|minimum|min|\+|plus"

# "don't want to spend more than $60" is a ceiling, though "more than" usually is a floor.
_NEG_SPEND = re.compile(
    r"\b(?:\w+n't|not|never|no|nothing|dont|cant|wont|doesnt|didnt)\b(?:\s+\w+){0,3}?"
    rf"\s+(?:spend|pay|paying|spending|costs?|costing)\s+(?:more than|over|above|beyond)\s*{_A}"
)
_RANGE_CUED = re.compile(rf"(?<!\w){_LEAD}(?:between|from)\s*{_A}\s*(?:and|to|-|up to|through)\s*{_B}")
_RANGE_BARE = re.compile(rf"(?<![\w.]){_LEAD}{_A}\s*(?:-|to)\s*{_B}(?P<range>\s*(?:price )?range)?")
_AROUND = re.compile(rf"(?<!\w){_LEAD}(?:{_AROUND_CUES})\s*{_A}(?:\s*(?:or so|ish))?")
_AROUND_TAIL = re.compile(rf"(?<![\w.]){_LEAD}{_A}\s*(?:or so|-?ish)\b")
# "under a 100": the article a speaker puts before the amount
_UPPER = re.compile(rf"(?<!\w){_LEAD}(?:{_UPPER_CUES})\s*(?:a\s+(?=\d))?{_A}")
_LOWER = re.compile(rf"(?<!\w){_LEAD}(?:{_LOWER_CUES})\s*(?:a\s+(?=\d))?{_A}")
_TAIL_UPPER = re.compile(rf"(?<![\w.]){_LEAD}{_A}\s*(?:{_UPPER_TAIL})(?!\w)")
_TAIL_LOWER = re.compile(rf"(?<![\w.]){_LEAD}{_A}\s*(?:{_LOWER_TAIL})(?!\w)")
_BARE = re.compile(rf"(?<![\w.]){_LEAD}{_A}")

# "four and a half", "4 y medio", "vier einhalb": half a star more
_HALF = (
    r"(?P<half>\s*(?:and a half|y medi[oa]|et demie?|e mezz[oa]|e meia|en een half|und ein ?halb|einhalb"
    r"|½|半))?"
)
_R_NUM = rf"(?P<r>\d(?:\.\d+)?|one|two|three|four|five)(?![^\W\d_]){_HALF}"
# "4.5 stars and up"; not "4.5 stars and over 100 dollars", where "over" leads a price
_R_UP = r"(?:\s*(?:and|or)\s*(?:up|above|higher|more|better|over|greater)(?!\s*(?:\$|us\$|€|£)?\s*\d))"
_RATING_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"\b{_R_NUM}\s*(?:/|out of)\s*5(?:\.0)?(?:\s*stars?)?{_R_UP}?",
        rf"\b(?:with |a )?(?:(?:a |an )?(?:rating|ratings|review score|reviews|stars?)\s*)?"
        rf"(?:of |at least |minimum of |min |over |above |more than |no less than |>=\s*|≥\s*|>\s*)*"
        rf"{_R_NUM}\s*(?:\+|plus)?\s*(?:-|\s)?stars?(?:\s*(?:rating|ratings|rated|reviews?))?{_R_UP}?",
        rf"\b(?:rated|rate|rating|ratings|review score|reviewed)\s*(?:of|is|:)?\s*"
        rf"(?:at least|above|over|more than|no less than|>=|≥|>|of at least|min(?:imum)?(?: of)?)?\s*"
        rf"{_R_NUM}(?!\d)\s*(?:\+|plus|stars?)?{_R_UP}?",
        rf"\b{_R_NUM}\s*\+?\s*(?:rating|rated)\b{_R_UP}?",
        # "higher rated ones, 4 and up": a rating word earlier in the phrase, then a small number that rises
        rf"\b(?:rated|rate|rating|ratings|reviews?|reviewed|stars?)\b[^.;!?\d]{{0,30}}?(?<![\d.$€£]){_R_NUM}(?!\d)"
        rf"\s*\+?{_R_UP}(?=\s*(?:$|[,.;!?)]|please|pls|only|and\b|but\b))",  # not "for 2 or more players"
    )
)
_HIGHLY_RATED = re.compile(
    r"\b(?:highly|high|top|well|best|better|good|great|excellent)[\s-]*(?:rated|reviewed|ratings?|reviews?)\b"
)
_RATING_WORDS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}

# The same bounds in other languages, read by their parts rather than by whole phrasings: an
# optional "at least", a number, a star word or a rating noun, an optional "or more".
# "mindestens 4 Sterne", "al menos 4,5 estrellas", "4星以上", "評価4以上", "星4つ以上", "कम से कम 4 स्टार".
_ML_NUMBER_WORDS = {
    **dict.fromkeys(("drei", "tres", "trois", "tre", "três", "drie", "三", "तीन"), 3.0),
    **dict.fromkeys(("vier", "cuatro", "quatre", "quattro", "quatro", "四", "चार"), 4.0),
    **dict.fromkeys(("fünf", "fuenf", "cinco", "cinq", "cinque", "vijf", "五", "पांच", "पाँच"), 5.0),
}
_ML_NUM = rf"(?P<r>(?<![\d.,])\d(?:[.,]\d)?(?![\d.,]\d)|(?<![^\W\d_])(?:{'|'.join(_ML_NUMBER_WORDS)})){_HALF}"
_ML_UNIT = (
    r"(?:(?:stars?|sterne?n?|estrellas?|étoiles?|etoiles?|stelle|stella|estrelas?|sterren|ster|"
    r"звезды|звезд|звёзд|звезда|gwiazdki|gwiazdek|gwiazdka|yıldız|yildiz|bintang)(?![^\W\d_])"
    r"|स्टार|सितारे|सितारों|颗星|顆星|つ星|星|★|⭐|점|개)"
)
_ML_NOUN = (
    r"(?:bewertung(?:en)?|bewertet|valoraci[oó]n|valorad[oa]s?|calificaci[oó]n|calificad[oa]s?|"
    r"puntuaci[oó]n|note|not[ée]e?s?|valutazione|valutat[oi]|recensioni|avalia[cç][aã]o|avaliad[oa]s?|"
    r"beoordeling|beoordeeld|waardering|nota|notas|рейтинг|оценка|оценкой|ocena|puan|"
    r"评分|評分|评价|評價|評価|평점|별점|रेटिंग)"
)
# "at least" and "or more" are the lower-bound cues the money reader knows in every language, with
# the negated comparatives ("no less than", "nicht weniger als", "不低于") a rating is often asked by.
_NO_LESS = (
    "no less than|not less than|no lower than|not lower than|not below|nothing below|nothing under|"
    "nicht weniger als|nicht unter|no menos de|no inferior a|pas moins de|non meno di|não menos que|"
    "nao menos que|niet minder dan|不低于|不低於|不少于|不少於|>=|≥|>"
)
_OR_BETTER = (
    "or better|and better|or above|o superior|ou supérieur|oder besser|o superiore|ou superior|of beter"
)


def _alternation(cues: list[str]) -> str:
    return "(?:" + "|".join(re.escape(c) for c in sorted(set(cues), key=len, reverse=True)) + ")"


_ML_LEAD = _alternation(
    [c for c, kind in money_cues.PRE_CUES.items() if kind == "lower"] + _NO_LESS.split("|")
)
_ML_TAIL = (
    "(?:"
    + _alternation([c for c, kind in money_cues.POST_CUES.items() if kind == "lower"] + _OR_BETTER.split("|"))
    + r"(?!\s*(?:\$|us\$|€|£)?\s*\d)|\+|或更高|या (?:उससे )?(?:ज़्यादा|ज्यादा|अधिक))"
)
_ML_RATING_PATTERNS = tuple(
    re.compile(p)
    for p in (
        # [at least] N [or more] star-word [or more]
        rf"(?:(?<![^\W\d_]){_ML_LEAD}\s*)?{_ML_NUM}\s*(?:{_ML_TAIL}\s*)?-?\s*{_ML_UNIT}(?:\s*{_ML_TAIL})?",
        # rating-noun [of] at-least N [stars] / rating-noun N or-more
        rf"{_ML_NOUN}\s*(?:(?:de|von|di|van|of|:|が|は)\s*)?{_ML_LEAD}\s*{_ML_NUM}(?:\s*(?:{_ML_UNIT}|分))?"
        rf"(?:\s*{_ML_TAIL})?",
        rf"{_ML_NOUN}\s*(?:(?:de|von|di|van|of|:|が|は)\s*)?{_ML_NUM}\s*(?:{_ML_UNIT}\s*)?{_ML_TAIL}",
        # 星4つ以上; "bintang 4 ke atas", "stars 4 or more": the star word first
        rf"星\s*{_ML_NUM}\s*つ?\s*{_ML_TAIL}?",
        rf"(?<![^\W\d_]){_ML_UNIT}\s*{_ML_NUM}\s*{_ML_TAIL}",
    )
)
_ML_HIGHLY_RATED = re.compile(
    r"(?:(?:gut|sehr gut|top|hoch)\s*bewertet\w*|gute bewertungen|(?:bien|mejor|muy bien)\s*"
    r"(?:valorad|calificad|puntuad|evaluad)[oa]s?|buenas (?:reseñas|opiniones|valoraciones)|"
    r"(?:bien|mieux) not[ée]e?s?|bonnes? (?:critiques|notes|avis)|ben (?:recensit|valutat)[oaie]|"
    r"buone recensioni|bem avaliad[oa]s?|boas avalia[cç][oõ]es|goed beoordeeld\w*|"
    r"goede (?:reviews|recensies)|(?:recensioni|valutazioni) positive|(?:reseñas|opiniones|valoraciones) "
    r"positivas|avis positifs|positive bewertungen|avalia[cç][oõ]es positivas|"
    r"positieve (?:reviews|recensies)|a(?:c)?chh?[ie] (?:reviews?|ratings?)|badhiya (?:reviews?|ratings?))"
    r"(?![^\W\d_])|好评|好評|评价高|評價高|高评分|高評分|評価の高い|評価が高い|高評価|評判の(?:いい|良い)"
    r"|अच्छी रेटिंग|अच्छे रिव्यू"
)

STOCK = re.compile(
    r"\b(?:in[\s-]?stock|available (?:now|today|immediately|right now)|currently available|(?:that )?ships? "
    r"(?:now|today|immediately|right away|fast)|ready to ship|not sold out|(?:is |are )?available)\b"
)


@dataclass
class Found:
    uppers: list[float] = field(default_factory=list)
    lowers: list[float] = field(default_factory=list)
    ratings: list[float] = field(default_factory=list)
    in_stock: bool | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # removed from `text`

    def taken(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.spans)


# -- prices ------------------------------------------------------------------------------------------


@dataclass
class _Prices:
    """What deciding "is this number money?" needs: the text, what is already taken, the catalog's words."""

    low: str
    found: Found
    known_words: frozenset[str]

    def money(
        self, m: re.Match[str], name: str, *, cued: bool, check_next: bool = True, reject_years: bool = False
    ) -> float | None:
        """The amount in group `name`, or None when it is not money (no cue, a quantity, absurd size)."""
        digits = m.group(name)
        currency = bool(m.group(f"{name}_pre") or m.group(f"{name}_post"))
        multiplier = m.group(f"{name}_mult")
        if not (cued or currency or (multiplier and self.k_budget(m, name))):
            return None
        if len(digits.split(".")[0].replace(",", "")) > _MAX_AMOUNT_DIGITS:
            return None
        if not currency:
            if check_next and not self.follows_ok(m.end(f"{name}_mult") if multiplier else m.end(name)):
                return None
            if reject_years and not multiplier and re.fullmatch(r"(?:19|20)\d\d", digits):
                return None
        try:
            value = float(digits.replace(",", ""))
        except ValueError:
            return None
        return round(value * (1000 if multiplier else 1), 2)

    def k_budget(self, m: re.Match[str], name: str) -> bool:
        """ "gaming laptop 1.5k": a bare thousands amount ending the phrase is a budget, unless the
        catalog's names use it as written ("4k" of a TV's resolution)."""
        written = (m.group(name) + m.group(f"{name}_mult")).replace(" ", "")
        if re.search(r"(?:[-–]|\d\s*to|\b(?:a|an|my|the|first|next))\s*$", self.low[: m.start(name)]):
            return (
                False  # the end of a range no cue made a price ("1-2k"); a race ("for a 5k", "my first 10k")
            )
        return written not in self.known_words and self.follows_ok(m.end(f"{name}_mult"))

    def follows_ok(self, pos: int) -> bool:
        """A cued number without currency is money only when nothing quantity-like follows it:
        "under 200 for hiking" is a price, "under 200 calories" and "about 36 appetizers" are not."""
        rest = self.low[pos : pos + 60]
        stripped = rest.lstrip()
        if not stripped or stripped[0] in ",.;:!?)":
            return True
        start = pos + len(rest) - len(stripped)
        if self.found.taken(start, start + 1):
            return True  # another constraint phrase ("in stock", "4+ stars") follows
        word = re.match(r"[^\W\d_]+", stripped)
        if word is None:
            return False  # "2+32", "50x40", "8-10"
        w = word.group()
        if w in _UNITS:
            return False
        return w in _FOLLOW_OK or w in self.known_words

    def before_is_quantity(self, m: re.Match[str]) -> bool:
        """ "size between 10 and 11", "kids under 10": the word before the cue says this is no price.
        A match that names price or money itself ("..., and price lower than 40 dollars") is exempt."""
        if (
            _has_price_word(m)
            or _has_currency(m, "a")
            or ("b_pre" in m.re.groupindex and _has_currency(m, "b"))
        ):
            return False
        before = self.low[max(0, m.start() - 30) : m.start()].split()
        # "size: under 10" still measures; a comma ends that phrase: "for a toddler, under 25" is a price
        return (
            bool(before)
            and not before[-1].endswith((",", ";", "."))
            and before[-1].strip(":") in _NOT_PRICE_BEFORE
        )


def extract_prices(low: str, found: Found, vocab: Vocabulary) -> None:
    if not any(ch.isdigit() for ch in low):
        return
    ctx = _Prices(low, found, vocab.words)
    for m in _NEG_SPEND.finditer(low):
        _take(m, found, upper=ctx.money(m, "a", cued=True))
    for pattern in (_RANGE_CUED, _RANGE_BARE):
        for m in pattern.finditer(low):
            if found.taken(*m.span()) or ctx.before_is_quantity(m):
                continue
            # one currency sign or cue covers both ends: "50 to 80 dollars", "$50-80"
            cued = (
                pattern is _RANGE_CUED
                or bool(m.group("range"))
                or _has_price_word(m)
                or _has_currency(m, "a")
                or _has_currency(m, "b")
            )
            a = ctx.money(m, "a", cued=cued, check_next=False, reject_years=True)
            b = ctx.money(m, "b", cued=cued, reject_years=True)
            if a is None or b is None:
                continue
            if m.group("a_mult") is None and m.group("b_mult") is not None and a < b / 1000:
                a *= 1000  # "1-2k" means 1000..2000
            found.lowers.append(min(a, b))
            found.uppers.append(max(a, b))
            found.spans.append(m.span())
    for pattern, cued in ((_AROUND, True), (_AROUND_TAIL, False)):
        for m in pattern.finditer(low):
            if found.taken(*m.span()) or ctx.before_is_quantity(m):
                continue
            amount = ctx.money(m, "a", cued=cued, reject_years=True)
            if amount is not None:
                found.lowers.append(round(amount * (1 - AROUND_BAND), 2))
                found.uppers.append(round(amount * (1 + AROUND_BAND), 2))
                found.spans.append(m.span())
    for pattern, cued, upper in (
        (_UPPER, True, True),
        (_LOWER, True, False),
        (_TAIL_UPPER, False, True),
        (_TAIL_LOWER, False, False),
        (_BARE, False, True),  # a bare "$80" reads as a budget: at most 80
    ):
        for m in pattern.finditer(low):
            if found.taken(*m.span()) or (cued and ctx.before_is_quantity(m)):
                continue
            amount = ctx.money(m, "a", cued=cued or _has_price_word(m))
            if amount is not None:
                _take(m, found, upper=amount if upper else None, lower=None if upper else amount)


def _take(m: re.Match[str], found: Found, upper: float | None = None, lower: float | None = None) -> None:
    if found.taken(*m.span()) or (upper is None and lower is None):
        return
    if upper is not None:
        found.uppers.append(upper)
    if lower is not None:
        found.lowers.append(lower)
    found.spans.append(m.span())


def _has_currency(m: re.Match[str], name: str) -> bool:
    return bool(m.group(f"{name}_pre") or m.group(f"{name}_post"))


def _has_price_word(m: re.Match[str]) -> bool:
    return bool(re.search(r"price|priced|cost|budget|spend", m.group()))


# -- ratings -----------------------------------------------------------------------------------------


def extract_ratings(low: str, found: Found) -> None:
    for pattern in (*_RATING_PATTERNS, *_ML_RATING_PATTERNS):
        for m in pattern.finditer(low):
            raw = m.group("r")
            value = _RATING_WORDS.get(raw) or _ML_NUMBER_WORDS.get(raw) or float(raw.replace(",", "."))
            value += 0.5 if m.group("half") else 0.0
            if not found.taken(*m.span()) and 0 < value <= 5:
                found.ratings.append(value)
                found.spans.append(m.span())
    for pattern in (_HIGHLY_RATED, _ML_HIGHLY_RATED):
        for m in pattern.finditer(low):
            if not found.taken(*m.span()):
                found.ratings.append(HIGHLY_RATED)
                found.spans.append(m.span())
