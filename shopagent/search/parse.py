"""Query understanding without the model: a shopper's sentence -> hard constraints + text to match.

Policies (see docs/query-understanding.md):
- Price, rating and stock phrases become constraints and are removed from `text`.
- Words that describe the product (category, brand, colour, "waterproof") become constraints only when
  the catalog's vocabulary knows them, and they stay in `text` too, where they help semantic matching.
- A number is a price only with a currency sign/word or next to a price cue ("under", "between", ...),
  and never when a unit follows it ("under 10 pounds", "up to 12 months", "4k tv").
- "around N" is the band [0.8 N, 1.2 N]; "highly rated" and friends mean at least 4.0 stars.
- Unknown words never become filters. Bounds that arrive reversed are swapped.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from shopagent.search.models import Constraints, ParsedQuery
from shopagent.search.synonyms import words
from shopagent.search.vocab import CORE_KEYS, AttrValue, CategoryTerm, Vocabulary, canonical_key
from shopagent.text.money import ISO_CODES, canonical_money
from shopagent.text.words import TOKEN, token_text

MAX_QUERY_CHARS = 1000
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
    r"|max(?:imum)?(?: of)?|within|limit(?: of)?|<=|=<|≤|<"
)
_LOWER_CUES = (
    r"above|over|more than|greater than|higher than|at least|no less than|not less than|min(?:imum)?(?: of)?"
    r"|starting (?:at|from)|>=|=>|≥|>"
)
_AROUND_CUES = (
    r"around|about|approximately|approx\.?|roughly|close to|near|somewhere around|in the region of|~"
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
_UPPER = re.compile(rf"(?<!\w){_LEAD}(?:{_UPPER_CUES})\s*{_A}")
_LOWER = re.compile(rf"(?<!\w){_LEAD}(?:{_LOWER_CUES})\s*{_A}")
_TAIL_UPPER = re.compile(rf"(?<![\w.]){_LEAD}{_A}\s*(?:{_UPPER_TAIL})(?!\w)")
_TAIL_LOWER = re.compile(rf"(?<![\w.]){_LEAD}{_A}\s*(?:{_LOWER_TAIL})(?!\w)")
_BARE = re.compile(rf"(?<![\w.]){_LEAD}{_A}")

_R_NUM = r"(?P<r>\d(?:\.\d+)?|one|two|three|four|five)"
_R_UP = r"(?:\s*(?:and|or)\s*(?:up|above|higher|more|better|over|greater))"
_RATING_PATTERNS = tuple(
    re.compile(p)
    for p in (
        rf"\b{_R_NUM}\s*(?:/|out of)\s*5(?:\.0)?(?:\s*stars?)?{_R_UP}?",
        rf"\b(?:with |a )?(?:(?:a |an )?(?:rating|ratings|review score|reviews|stars?)\s*)?"
        rf"(?:of |at least |minimum of |min |over |above |more than |no less than |>=\s*|≥\s*|>\s*)*"
        rf"{_R_NUM}\s*(?:\+|plus)?\s*(?:-|\s)?stars?(?:\s*(?:rating|ratings|rated|reviews?))?{_R_UP}?",
        rf"\b(?:rated|rating|ratings|review score|reviewed)\s*(?:of|is|:)?\s*"
        rf"(?:at least|above|over|more than|no less than|>=|≥|>|of at least|min(?:imum)?(?: of)?)?\s*"
        rf"{_R_NUM}(?!\d)\s*(?:\+|plus|stars?)?{_R_UP}?",
        rf"\b{_R_NUM}\s*\+?\s*(?:rating|rated)\b{_R_UP}?",
    )
)
_HIGHLY_RATED = re.compile(
    r"\b(?:highly|high|top|well|best|better|good|great|excellent)[\s-]*(?:rated|reviewed|ratings?|reviews?)\b"
)
_RATING_WORDS = {"one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0}

_STOCK = re.compile(
    r"\b(?:in[\s-]?stock|available (?:now|today|immediately|right now)|currently available|(?:that )?ships? "
    r"(?:now|today|immediately|right away|fast)|ready to ship|not sold out|(?:is |are )?available)\b"
)

_FILLER_PHRASES = sorted(
    """
    hi there|hello there|hello|hi|hey|please|pls|plz|thanks|thank you|kindly
    can you|could you|would you|will you|can u|could u
    help me find|help me choose|help me pick|help me get|help me
    i am looking for|i'm looking for|im looking for|i am searching for|i'm searching for|im searching for
    i am shopping for|i'm shopping for|im shopping for|i am hunting for|looking for|searching for|shopping for
    i am looking to buy|i'm looking to buy|im looking to buy|i am looking to get|looking to buy|looking to get
    i want to buy|i want to find|i want to get|i want to purchase|i want to order|i want to see|i want
    i need to buy|i need to find|i need to get|i need|i would like to buy|i would like to get
    i would like to find|i would like|i'd like to buy|i'd like to get|i'd like
    id like to buy|id like to get|id like
    i would love|i'd love|i wanna|i'm interested in|im interested in|i am interested in|interested in
    show me|find me|get me|buy me|search for|look for|look up|find|search|recommend|suggest
    go ahead and|for me|i'm after|im after|make sure that|make sure|pick one that is|pick one that's|pick one
    choose one|pick|choose|select|i prefer|preferably|ideally|i'd prefer|id prefer
    """.replace("\n", "|").split("|"),
    key=len,
    reverse=True,
)
_FILLER = re.compile(
    r"(?<![\w'-])(?:" + "|".join(re.escape(p.strip()) for p in _FILLER_PHRASES if p.strip()) + r")(?![\w'-])"
)

_EDGE_WORDS = words(
    """
    and or with that is are which a an the some it should be also of for to but than at please i me my
    its it's also that's which's has have having priced price cost costs budget rating rated stars star
    so very just really item something thing on
    """
)
# Function words dropped from inside `text`: they carry nothing for matching ("a bar stool that is rein bay
# coloured" -> "bar stool rein bay coloured"). Prepositions and negations ("for", "without", "no") stay.
_INNER_STOP = words(
    """
    a an the that that's thats is are be been being should it it's its which also i i'm im am my me
    some something can could would will has have having very really just so both
    """
)
# "vitamin a", "size a", "type c": here the letter is a name, not an article.
_LETTER_NAMES_AFTER = words("vitamin size type grade class cup group model version series plan section")
_COLOUR_LEADS = words(
    "in color colour colored coloured and or a an the is are be its it of light dark bright pale deep "
    "black white red blue green grey gray brown pink purple navy beige"
)
_NEGATIONS = frozenset({"not", "non", "no", "without", "never"})
_KEY_GAP_WORDS = frozenset(
    {"us", "uk", "eu", "womens", "mens", "women", "men", "kids", "in", "a", "the", "of", "is"}
)

_QUOTES = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u2032": "'"}
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


@dataclass
class _Found:
    uppers: list[float] = field(default_factory=list)
    lowers: list[float] = field(default_factory=list)
    ratings: list[float] = field(default_factory=list)
    in_stock: bool | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)  # removed from `text`

    def taken(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.spans)


def parse_query(text: str, vocab: Vocabulary | None = None) -> ParsedQuery:
    """Split a request into hard constraints and the text left for semantic matching. Never raises."""
    vocab = vocab if vocab is not None else Vocabulary.empty()
    query = _printable(str(text)[:MAX_QUERY_CHARS])
    clean = _SPACES.sub(
        " ", _DASHES.sub("-", _CONTROL.sub(" ", unicodedata.normalize("NFKC", query).translate(_QUOTES)))
    ).strip()
    clean = clean[:MAX_QUERY_CHARS]
    # Money in any language and currency becomes "under 500 php": one form for the readers below.
    money = canonical_money(clean, vocab.currency)
    clean = money.text[:MAX_QUERY_CHARS]
    low = _lower_keep_length(clean)

    found = _Found()
    _extract_ratings(low, found)
    for m in _STOCK.finditer(low):
        if not found.taken(*m.span()):
            found.in_stock = True
            found.spans.append(m.span())
    _extract_prices(low, found, vocab)

    constraints = Constraints(
        min_price=max(found.lowers) if found.lowers else None,
        max_price=min(found.uppers) if found.uppers else None,
        min_rating=max(found.ratings) if found.ratings else None,
        in_stock=found.in_stock,
    )
    if constraints.min_price is not None or constraints.max_price is not None:
        constraints.currency = money.stated(vocab.currency)
    if (
        constraints.min_price is not None
        and constraints.max_price is not None
        and constraints.min_price > constraints.max_price
    ):
        constraints.min_price, constraints.max_price = constraints.max_price, constraints.min_price
    _match_vocabulary(clean, low, vocab, found, constraints)
    return ParsedQuery(query=query, text=_remaining_text(clean, low, found), constraints=constraints)


# -- prices ------------------------------------------------------------------------------------------


@dataclass
class _Prices:
    """What deciding "is this number money?" needs: the text, what is already taken, the catalog's words."""

    low: str
    found: _Found
    known_words: frozenset[str]

    def money(
        self, m: re.Match[str], name: str, *, cued: bool, check_next: bool = True, reject_years: bool = False
    ) -> float | None:
        """The amount in group `name`, or None when it is not money (no cue, a quantity, absurd size)."""
        digits = m.group(name)
        currency = bool(m.group(f"{name}_pre") or m.group(f"{name}_post"))
        multiplier = m.group(f"{name}_mult")
        if not (cued or currency):
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
        return bool(before) and before[-1].strip(",.:") in _NOT_PRICE_BEFORE


def _extract_prices(low: str, found: _Found, vocab: Vocabulary) -> None:
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


def _take(m: re.Match[str], found: _Found, upper: float | None = None, lower: float | None = None) -> None:
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


def _extract_ratings(low: str, found: _Found) -> None:
    for pattern in _RATING_PATTERNS:
        for m in pattern.finditer(low):
            if found.taken(*m.span()):
                continue
            raw = m.group("r")
            value = _RATING_WORDS.get(raw)
            if value is None:
                try:
                    value = float(raw)
                except ValueError:
                    continue
            if 0 < value <= 5:
                found.ratings.append(value)
                found.spans.append(m.span())
    for m in _HIGHLY_RATED.finditer(low):
        if not found.taken(*m.span()):
            found.ratings.append(HIGHLY_RATED)
            found.spans.append(m.span())


# -- vocabulary: brand, category, attributes ---------------------------------------------------------


def _match_vocabulary(clean: str, low: str, vocab: Vocabulary, found: _Found, out: Constraints) -> None:
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


# -- what is left ------------------------------------------------------------------------------------


def _remaining_text(clean: str, low: str, found: _Found) -> str:
    spans = list(found.spans)
    spans += [m.span() for m in _FILLER.finditer(low) if not found.taken(*m.span())]
    keep = [True] * len(clean)
    for start, end in spans:
        for k in range(start, end):
            keep[k] = False
    pieces: list[str] = []
    current: list[str] = []
    for ch, kept in zip(clean, keep, strict=True):
        if kept:
            current.append(ch)
        elif current:
            pieces.append("".join(current))
            current = []
    if current:
        pieces.append("".join(current))
    parts = [_trim(p) for p in pieces]
    return _drop_function_words(_trim(" ".join(p for p in parts if p)))


def _drop_function_words(text: str) -> str:
    kept: list[str] = []
    for word in text.split():
        bare = _bare(word)
        if bare in _INNER_STOP and not (
            bare in ("a", "i") and kept and _bare(kept[-1]) in _LETTER_NAMES_AFTER
        ):
            if word[-1] in ",.;:" and kept and kept[-1][-1] not in ",.;:":
                kept[-1] += word[-1]  # keep the clause break: "black, size 10"
            continue
        kept.append(word)
    return _trim(" ".join(kept))


def _trim(text: str) -> str:
    """Drop connecting words and punctuation left dangling at either end of a piece."""
    parts = text.split()
    while parts and (_bare(parts[0]) in _EDGE_WORDS or not _bare(parts[0])):
        parts.pop(0)
    while parts and (_bare(parts[-1]) in _EDGE_WORDS or not _bare(parts[-1])):
        parts.pop()
    out = " ".join(parts)
    return out.strip(" ,;:-/&|")


def _bare(word: str) -> str:
    return word.strip(".,;:!?()[]{}\"'-/&|*~").lower()


def _printable(text: str) -> str:
    return text.encode("utf-8", "replace").decode("utf-8")


def _lower_keep_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


# -- hard or soft --------------------------------------------------------------------------------------

# Words that make a brand, category or attribute a requirement rather than a hint, in the languages
# the reader knows: "only Nike", "brand: Anker", "by Sony", "solo de la marca Zara", "nur von Bosch".
_ONLY = (
    r"(?:only|just|exclusively|strictly|solo|sólo|solamente|únicamente|unicamente|nur|seulement"
    r"|uniquement|apenas|somente|只要|只看|只)"
)
_BRAND_CUE = re.compile(
    rf"(?:{_ONLY}|brand|brands|made by|by|from|marca|de la marca|marke|von|marque|de chez|品牌)"
    r"\s*:?\s*(?:the\s+)?$",
    re.I,
)
_CATEGORY_WORD = re.compile(
    r"(?<![^\W\d_])(?:category|categories|categoría|categoria|kategorie|catégorie|department|section|aisle)"
    r"(?![^\W\d_])|分类|类别|カテゴリ",
    re.I,
)
_ONLY_BEFORE = re.compile(rf"{_ONLY}\s*(?:the\s+|in\s+|en\s+|in der\s+)?$", re.I)


def soften(parsed: ParsedQuery) -> Constraints:
    """The constraints a search applies: prices, rating and stock stay hard (the user stated them);
    a brand, category or attribute read from a bare word becomes a boost (`soft`) unless the words
    make it explicit: "only Nike", "in the kitchen category", "brand: Anker". A word guessed into a
    filter ("phone" -> smartphones) must never keep out what the user asked for (a phone charger)."""
    c = parsed.constraints
    low = parsed.query.casefold()
    out = c.model_copy(deep=True)
    if c.brand and not _cued(low, c.brand, _BRAND_CUE):
        out.soft.brand, out.brand = c.brand, None
    leaf = c.category.split(" > ")[-1] if c.category else ""
    if c.category and not (_CATEGORY_WORD.search(low) or _cued(low, leaf, _ONLY_BEFORE)):
        out.soft.category, out.category = c.category, None
    for key, value in c.attributes.items():
        if not _cued(low, value, _ONLY_BEFORE):
            out.soft.attributes[key] = value
            del out.attributes[key]
    return out


def _cued(low: str, value: str, cue: re.Pattern[str]) -> bool:
    """Whether `value` (or its first word) appears right after a cue in the lower-cased text."""
    words = [w for w in re.findall(r"[^\W_]+", value.casefold()) if w]
    if not words:
        return False
    head = re.escape(words[0].rstrip("s"))
    return any(cue.search(low[: m.start()]) for m in re.finditer(rf"(?<![^\W\d_]){head}", low))
