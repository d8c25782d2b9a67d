"""Query understanding without the model: a shopper's sentence -> hard constraints + text to match.

Policies (see docs/query-understanding.md):
- Price, rating and stock phrases become constraints and are removed from `text`.
- Words that describe the product (category, brand, colour, "waterproof") become constraints only when
  the catalog's vocabulary knows them, and they stay in `text` too, where they help semantic matching.
- A number is a price only with a currency sign/word or next to a price cue ("under", "between", ...),
  and never when a unit follows it ("under 10 pounds", "up to 12 months", "4k tv").
- "around N" is the band [0.8 N, 1.2 N]; "highly rated" and friends mean at least 4.0 stars.
- Unknown words never become filters. Bounds that arrive reversed are swapped.

The readers live beside this module: `bounds` (price, rating and stock phrases) and `matching` (words
against the catalog's vocabulary). This one cleans the text, runs them, keeps what is left as the text
to match, and decides which read constraints stay hard (`soften`).
"""

from __future__ import annotations

import re
import unicodedata

from shopagent.search.bounds import STOCK, Found, extract_prices, extract_ratings
from shopagent.search.matching import match_vocabulary, read_negations
from shopagent.search.models import Constraints, ParsedQuery
from shopagent.search.synonyms import words
from shopagent.search.vocab import Vocabulary
from shopagent.text.money import canonical_money
from shopagent.text.stopwords import content_words

MAX_QUERY_CHARS = 1000

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
_QUOTES = str.maketrans(
    {"\u201c": '"', "\u201d": '"', "\u2033": '"', "\u2018": "'", "\u2019": "'", "\u2032": "'"}
)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ud800-\udfff]")
_SPACES = re.compile(r"\s+")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


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

    found = Found()
    extract_ratings(low, found)
    for m in STOCK.finditer(low):
        if not found.taken(*m.span()):
            found.in_stock = True
            found.spans.append(m.span())
    extract_prices(low, found, vocab)
    unbounded = "".join(" " if found.taken(i, i + 1) else ch for i, ch in enumerate(clean))

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
    before = len(found.spans)
    read_negations(low, vocab, found, constraints)
    negated = found.spans[before:]
    match_vocabulary(clean, low, vocab, found, constraints)
    text = _remaining_text(clean, low, found)
    if negated and not content_words(text):
        # Only a negation was said ("sin azúcar", "no sugar"): the product says so itself; search
        # for those words, and the avoid list still demotes what carries them without saying "free".
        found.spans = [s for s in found.spans if s not in negated]
        text = _remaining_text(clean, low, found)
    option_keys = frozenset(k for k, v in constraints.attributes.items() if vocab.is_option(k, v))
    return ParsedQuery(
        query=query, text=text, constraints=constraints, option_keys=option_keys, unbounded=unbounded
    )


# -- what is left ------------------------------------------------------------------------------------


def _remaining_text(clean: str, low: str, found: Found) -> str:
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


def soften(parsed: ParsedQuery, *, named_hard: bool = False) -> Constraints:
    """The constraints a search applies: prices, rating and stock stay hard (the user stated them);
    a brand, category or attribute read from a bare word becomes a boost (`soft`) unless the words
    make it explicit: "only Nike", "in the kitchen category", "brand: Anker". A word guessed into a
    filter ("phone" -> smartphones) must never keep out what the user asked for (a phone charger).

    `named_hard`: a variant option named as this catalog spells it ("black leggings") stays a
    filter on the SKUs, as a conversation carries it to the next turn and the add ("the first pair,
    medium" is the black pair); search_relaxing drops it when nothing has it. So does a brand the
    parser read ("Cutwell frying pans": a brand that is also a common word is read only when
    capitalised mid-sentence, matching.py). `shopagent search`
    boosts it instead: as a filter it cost P@5 0.951 -> 0.906 on the sample catalog, where few
    products of a kind come in the colour and the rest of the page went to other kinds."""
    c = parsed.constraints
    low = parsed.query.casefold()
    out = c.model_copy(deep=True)
    if c.brand and not named_hard and not _cued(low, c.brand, _BRAND_CUE):
        out.soft.brand, out.brand = c.brand, None
    leaf = c.category.split(" > ")[-1] if c.category else ""
    if c.category and not (_CATEGORY_WORD.search(low) or _cued(low, leaf, _ONLY_BEFORE)):
        out.soft.category, out.category = c.category, None
    options = parsed.option_keys if named_hard else frozenset()
    for key, value in c.attributes.items():
        if key not in options and not _cued(low, value, _ONLY_BEFORE):
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
