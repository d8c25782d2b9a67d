"""Product detail, side-by-side comparison and review summaries, as plain JSON-ready dicts.

These are the shapes behind `shopagent product|compare|reviews --json` and the agent tools
get_product, compare_products and summarize_reviews. No Rich here: render/detail.py draws them.

Review text is untrusted data. It is counted, quoted and truncated, never interpreted: the summary
sentence is assembled from the aspect lexicon below, never from review words.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from shopagent import inventory
from shopagent.errors import InvalidInput, NotFound
from shopagent.money import DEFAULT_CURRENCY, json_amount, to_minor

if TYPE_CHECKING:
    from shopagent.deps import Deps

MIN_COMPARE = 2
MAX_COMPARE = 6
QUOTE_CHARS = 160
REVIEW_TEXT_CHARS = 4000  # a pathological review must not flood a terminal or a model prompt
BRIEF_ATTRIBUTES = 4
BRIEF_VALUE_CHARS = 40
# Bayesian smoothing for "best rated": a 5.0 from two reviews should not beat a 4.6 from 300.
PRIOR_RATING = 3.5
PRIOR_WEIGHT = 10

_SEARCH_HINT = 'find product ids with `shopagent search "TEXT"`'


# --------------------------------------------------------------------------------------------
# Product lookup
# --------------------------------------------------------------------------------------------
def _pid(product: dict[str, Any]) -> str:
    return str(product.get("product_id") or product.get("id") or "")


def _product_ids(deps: Deps, ident: str | None = None) -> list[str]:
    """Product ids from the live inventory: those `ident` may name, or all of them without one; empty
    when there is no inventory yet."""
    import sqlite3

    try:
        conn = deps.state.conn
        return inventory.product_ids(conn) if ident is None else inventory.product_ids_for(conn, ident)
    except sqlite3.Error:  # aliases and suggestions are a courtesy, never a new failure
        return []


def _resolve(deps: Deps, ident: str) -> dict[str, Any]:
    """A product by id, by one of its SKUs, or by a case-insensitive match; NotFound otherwise."""
    ident = str(ident).strip()
    if not ident:
        raise InvalidInput(f"a product id is required; {_SEARCH_HINT}")
    product = deps.catalog.get_product(ident)
    if product is not None:
        return product
    for pid in dict.fromkeys(_product_ids(deps, ident)):
        product = deps.catalog.get_product(pid)
        if product is not None:
            return product
    ids = _product_ids(deps)
    lowered = {pid.casefold(): pid for pid in ids}
    close = [lowered[m] for m in difflib.get_close_matches(ident.casefold(), list(lowered), n=3, cutoff=0.75)]
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise NotFound(f"no product or SKU {ident!r} in the catalog; {hint}{_SEARCH_HINT}")


# --------------------------------------------------------------------------------------------
# Prices and stock
# --------------------------------------------------------------------------------------------
def _currency(product: dict[str, Any]) -> str:
    return str(product.get("currency") or DEFAULT_CURRENCY).upper()


def _variant_minor(variant: dict[str, Any], currency: str) -> int | None:
    if variant.get("price_minor") is not None:
        return int(variant["price_minor"])
    if variant.get("price") is not None:  # a decimal amount, as in the import format
        return to_minor(variant["price"], currency)
    return None


def _variants(product: dict[str, Any]) -> list[dict[str, Any]]:
    currency = _currency(product)
    out = []
    for variant in product.get("variants") or []:
        stock = max(int(variant.get("stock") or 0), 0)
        out.append(
            {
                "sku": str(variant.get("sku") or ""),
                "options": {str(k): str(v) for k, v in (variant.get("options") or {}).items()},
                "price_minor": _variant_minor(variant, currency),
                "stock": stock,
                "in_stock": stock > 0,
            }
        )
    return out


def _price_minor(variants: list[dict[str, Any]]) -> int | None:
    """The price a shopper would pay now: the cheapest in-stock variant, else the cheapest at all."""
    live = [v["price_minor"] for v in variants if v["in_stock"] and v["price_minor"] is not None]
    every = [v["price_minor"] for v in variants if v["price_minor"] is not None]
    pool = live or every
    return min(pool) if pool else None


def _rating(product: dict[str, Any]) -> float | None:
    value = product.get("rating")
    return None if value is None else round(float(value), 2)


# --------------------------------------------------------------------------------------------
# Views
# --------------------------------------------------------------------------------------------
def product_brief(product: dict[str, Any]) -> dict[str, Any]:
    """A compact product for a model prompt: every token costs time on a small CPU model."""
    currency = _currency(product)
    variants = _variants(product)
    attributes = list((product.get("attributes") or {}).items())[:BRIEF_ATTRIBUTES]
    return {
        "product_id": _pid(product),
        "title": str(product.get("title") or ""),
        "brand": product.get("brand"),
        "price": json_amount(_price_minor(variants), currency),
        "currency": currency,
        "in_stock": any(v["in_stock"] for v in variants),
        "rating": _rating(product),
        "review_count": int(product.get("review_count") or 0),
        "attributes": {str(k): _truncate(str(v), BRIEF_VALUE_CHARS) for k, v in attributes},
    }


def product_detail(product: dict[str, Any]) -> dict[str, Any]:
    """The full view of one catalog product (see `product_view`)."""
    currency = _currency(product)
    variants = _variants(product)
    prices = [v["price_minor"] for v in variants if v["price_minor"] is not None]
    return {
        "product_id": _pid(product),
        "title": str(product.get("title") or ""),
        "brand": product.get("brand"),
        "category": product.get("category"),
        "description": product.get("description") or "",
        "attributes": {str(k): str(v) for k, v in (product.get("attributes") or {}).items()},
        "tags": [str(t) for t in product.get("tags") or []],
        "rating": _rating(product),
        "review_count": int(product.get("review_count") or 0),
        "currency": currency,
        "price": json_amount(_price_minor(variants), currency),
        "price_range": {
            "min": json_amount(min(prices), currency) if prices else None,
            "max": json_amount(max(prices), currency) if prices else None,
        },
        "in_stock": any(v["in_stock"] for v in variants),
        "stock": sum(v["stock"] for v in variants),
        "semantic_id": product.get("semantic_id"),
        "variants": [
            {
                "sku": v["sku"],
                "options": v["options"],
                "price": json_amount(v["price_minor"], currency),
                "stock": v["stock"],
                "in_stock": v["in_stock"],
            }
            for v in variants
        ],
        "review_summary": review_summary(product.get("reviews") or []),
    }


def product_view(deps: Deps, product_id: str) -> dict[str, Any]:
    """`shopagent product ID --json`: one product with live prices, stock and a review summary.

    Accepts a SKU too (resolved to its product); an unknown id raises NotFound naming close ids.
    """
    return product_detail(_resolve(deps, product_id))


def _bayesian(rating: float | None, count: int) -> float:
    if rating is None:
        return PRIOR_RATING
    count = max(count, 1)  # a rating with no count still says something, but very little
    return (PRIOR_RATING * PRIOR_WEIGHT + rating * count) / (PRIOR_WEIGHT + count)


def compare_view(deps: Deps, ids: list[str]) -> dict[str, Any]:
    """`shopagent compare ID ID [ID...] --json`: 2 to 6 products side by side."""
    ids = [str(i).strip() for i in ids]
    if not MIN_COMPARE <= len(ids) <= MAX_COMPARE:
        raise InvalidInput(
            f"compare takes {MIN_COMPARE} to {MAX_COMPARE} product ids; got {len(ids)}; {_SEARCH_HINT}"
        )
    repeated = [i for i, n in Counter(ids).items() if n > 1]
    if repeated:
        raise InvalidInput(f"compare needs distinct products; {', '.join(repeated)} is given twice")
    products = [product_detail(_resolve(deps, i)) for i in ids]
    resolved = [p["product_id"] for p in products]
    repeated = [pid for pid, n in Counter(resolved).items() if n > 1]
    if repeated:
        raise InvalidInput(
            f"compare needs distinct products; {', '.join(repeated)} is named twice (by id and by SKU)"
        )

    # Rows: attributes most products share come first, then the rest in order of first appearance.
    seen: dict[str, int] = {}
    for p in products:
        for key in p["attributes"]:
            seen[key] = seen.get(key, 0) + 1
    keys = sorted(seen, key=lambda k: -seen[k])
    attributes = {key: {p["product_id"]: p["attributes"].get(key) for p in products} for key in keys}
    differences = [key for key, row in attributes.items() if len(set(row.values())) > 1]

    currencies = {p["currency"] for p in products}
    currency = currencies.pop() if len(currencies) == 1 else None
    cheapest = None
    if currency is not None:  # prices in different currencies are not comparable
        priced = [p for p in products if p["price"] is not None]
        pool = [p for p in priced if p["in_stock"]] or priced
        if pool:
            cheapest = min(pool, key=lambda p: p["price"])["product_id"]
    rated = [p for p in products if p["rating"] is not None]
    best_rated = (
        max(rated, key=lambda p: _bayesian(p["rating"], p["review_count"]))["product_id"] if rated else None
    )

    summaries = []
    for p in products:
        summary = {k: p[k] for k in _SUMMARY_KEYS}
        summary["variant_count"] = len(p["variants"])
        summary["smoothed_rating"] = round(_bayesian(p["rating"], p["review_count"]), 2)
        summary["review_headline"] = p["review_summary"]["headline"]
        summaries.append(summary)
    return {
        "products": summaries,
        "attributes": attributes,
        "differences": differences,
        "cheapest": cheapest,
        "best_rated": best_rated,
        "currency": currency,
    }


_SUMMARY_KEYS = (
    "product_id",
    "title",
    "brand",
    "category",
    "price",
    "price_range",
    "currency",
    "in_stock",
    "stock",
    "rating",
    "review_count",
)


def reviews_view(deps: Deps, product_id: str) -> dict[str, Any]:
    """`shopagent reviews ID --json`: the summary plus the reviews themselves (text kept as data)."""
    product = _resolve(deps, product_id)
    reviews = product.get("reviews") or []
    return {
        "product_id": _pid(product),
        "title": str(product.get("title") or ""),
        "rating": _rating(product),
        "review_count": int(product.get("review_count") or 0),
        "summary": review_summary(reviews),
        "reviews": [
            {
                "rating": _review_rating(r),
                "title": _truncate(_text(r.get("title")), QUOTE_CHARS),
                "text": _truncate(_text(r.get("text")), REVIEW_TEXT_CHARS),
            }
            for r in reviews
        ],
    }


# --------------------------------------------------------------------------------------------
# Review summary: extractive and model-free
# --------------------------------------------------------------------------------------------
# Aspect -> words (single tokens) and phrases that name it.
ASPECTS: dict[str, tuple[str, ...]] = {
    "comfort": ("comfort", "comfortable", "comfy", "uncomfortable", "cushion", "cushioned", "cushioning"),
    "fit": ("fit", "fits", "fitting", "fitted", "snug", "tight", "loose"),
    "size": ("size", "sizes", "sizing", "sized", "small", "large", "big", "narrow", "wide", "runs small"),
    "durability": (
        "durable",
        "durability",
        "sturdy",
        "broke",
        "broken",
        "breaks",
        "flimsy",
        "lasted",
        "lasting",
        "torn",
        "ripped",
        "fell apart",
        "falls apart",
        "wore out",
        "worn out",
        "stopped working",
    ),
    "battery": ("battery", "batteries", "charge", "charging", "charger", "recharge"),
    "sound": ("sound", "audio", "bass", "treble", "speaker", "speakers", "mic", "microphone", "volume"),
    "noise cancelling": ("noise cancelling", "noise canceling", "anc", "noise cancellation"),
    "quality": ("quality", "build", "construction", "craftsmanship", "well made", "made well", "cheaply"),
    "value": (
        "price",
        "value",
        "worth",
        "money",
        "expensive",
        "overpriced",
        "bargain",
        "deal",
        "pricey",
        "affordable",
        "cost",
    ),
    "shipping": ("shipping", "delivery", "delivered", "arrived", "shipped", "package", "packaging"),
    "waterproofing": ("waterproof", "water", "leak", "leaks", "leaked", "leaking", "rain", "wet", "dry"),
    "weight": ("weight", "lightweight", "heavy", "weighs", "light"),
    "grip": ("grip", "traction", "slippery", "slip", "slips"),
    "warmth": ("warm", "warmth", "insulated", "insulation", "cold"),
    "ease of use": ("easy", "setup", "intuitive", "instructions", "install", "installation"),
    "design": ("look", "looks", "color", "colour", "style", "design", "stylish", "beautiful", "ugly"),
    "screen": ("screen", "display", "brightness"),
    "performance": ("performance", "speed", "lag", "laggy", "powerful", "slow"),
    "breathability": ("breathable", "breathability", "sweaty", "sweat"),
    "support": ("support", "supportive", "arch", "ankle"),
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_POSITIVE = _words(
    """great good love loved loves lovely excellent perfect perfectly amazing awesome comfortable comfy sturdy
    durable solid nice best fantastic happy recommend recommended works worked easy well lightweight warm dry
    waterproof reliable beautiful fine worth affordable bargain supportive breathable quiet soft impressed
    superb pleased pleasant wonderful outstanding sharp crisp clear responsive stylish fast quick quickly"""
)
_NEGATIVE = _words(
    """bad poor poorly terrible awful horrible hate hated broke broken breaks flimsy uncomfortable
    disappointed disappointing disappointment cheaply leak leaks leaked leaking hurt hurts painful blisters
    returned returning refund useless worst defective faulty junk garbage overpriced expensive pricey late
    damaged wet noisy heavy stiff tight loose slippery ripped torn waste problem problems issue issues died
    dies dead stopped fails failed failure mediocre meh sweaty scratchy itchy laggy lag tinny muffled weak
    unreliable annoying smells cold ugly slow drains"""
)
_NEGATORS = _words("not no never hardly barely nor without cannot isnt wasnt doesnt dont didnt arent werent")
# Contractions arrive without the apostrophe ("couldnt"): a negator when the stem is an auxiliary.
_NT_STEMS = _words("is was does do did are were wo ca could would should has have had ai need")
_NEGATIVE_PHRASES = (
    "fell apart",
    "falls apart",
    "stopped working",
    "waste of money",
    "runs small",
    "runs large",
)
_POSITIVE_PHRASES = ("true to size", "well made", "worth every", "worth it", "no complaints")
# "too" before a word is a complaint ("too small", "too pricey"); these followers are not.
_TOO_NEUTRAL = _words("and but i the a so me as well")
_NEGATION_WINDOW = 3

_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|[\r\n]+")
_CLAUSE_SPLIT = re.compile(r"\b(?:but|however|although|though|except|yet|whereas)\b|[;:]")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")

_ASPECT_WORDS: dict[str, list[str]] = {}
_ASPECT_PHRASES: dict[str, list[str]] = {}
for _aspect, _terms in ASPECTS.items():
    for _term in _terms:
        (_ASPECT_PHRASES if " " in _term else _ASPECT_WORDS).setdefault(_term, []).append(_aspect)


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _truncate(text: str, limit: int) -> str:
    text = " ".join(text.split()) if limit <= QUOTE_CHARS else text
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _review_rating(review: dict[str, Any]) -> float | None:
    value = review.get("rating")
    try:
        rating = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return rating if 0 <= rating <= 5 else None


def _normalise(text: str) -> str:
    return text.lower().replace("\u2019", "'").replace("\u2018", "'")


def _tokens(text: str) -> list[str]:
    # Fold "isn't" into "isnt" so negators are single tokens.
    return [t.replace("'", "") for t in _TOKEN.findall(text)]


def _is_negator(token: str) -> bool:
    return token in _NEGATORS or (token.endswith("nt") and token[:-2] in _NT_STEMS)


def clause_polarity(text: str) -> int:
    """Positive, negative or zero lexicon score of one clause, with negation flipping the next words."""
    lowered = " ".join(_normalise(text).split())
    score = sum(lowered.count(p) for p in _POSITIVE_PHRASES) - sum(
        lowered.count(p) for p in _NEGATIVE_PHRASES
    )
    tokens = _tokens(lowered)
    for i, token in enumerate(tokens):
        if token == "too" and i + 1 < len(tokens) and tokens[i + 1] not in _TOO_NEUTRAL:
            score -= 1
            continue
        value = 1 if token in _POSITIVE else -1 if token in _NEGATIVE else 0
        if not value:
            continue
        window = tokens[max(0, i - _NEGATION_WINDOW) : i]
        if any(_is_negator(w) for w in window):
            value = -value
        score += value
    return score


def _aspects_in(text: str) -> set[str]:
    lowered = " ".join(_normalise(text).split())
    found: set[str] = set()
    for phrase, aspects in _ASPECT_PHRASES.items():
        if phrase in lowered:
            found.update(aspects)
    for token in _tokens(lowered):
        found.update(_ASPECT_WORDS.get(token, ()))
    return found


def _sentiment(score: int, rating: float | None) -> int:
    """+1, -1 or 0: the words decide; the star rating breaks a tie (>=4 positive, <=2 negative)."""
    if score:
        return 1 if score > 0 else -1
    if rating is None:
        return 0
    return 1 if rating >= 4 else -1 if rating <= 2 else 0


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_SPLIT.split(text) if s and s.strip()]


def review_summary(reviews: list[dict[str, Any]], *, top: int = 4) -> dict[str, Any]:
    """Count, average, histogram, top pros and cons by aspect, and one short quote each way.

    Each review counts at most once per aspect and direction, so one long rant cannot dominate.
    """
    ratings = [r for r in (_review_rating(rv) for rv in reviews) if r is not None]
    histogram = {str(star): 0 for star in range(1, 6)}
    for rating in ratings:
        histogram[str(min(5, max(1, int(rating + 0.5))))] += 1
    pros: Counter[str] = Counter()
    cons: Counter[str] = Counter()
    quotes: dict[int, tuple[int, str, float | None]] = {}
    for review in reviews:
        rating = _review_rating(review)
        review_pros: set[str] = set()
        review_cons: set[str] = set()
        for sentence in _sentences(f"{_text(review.get('title'))}.\n{_text(review.get('text'))}"):
            sentence_score = 0
            for clause in _CLAUSE_SPLIT.split(sentence):
                score = clause_polarity(clause)
                sentence_score += score
                direction = _sentiment(score, rating)
                if direction > 0:
                    review_pros |= _aspects_in(clause)
                elif direction < 0:
                    review_cons |= _aspects_in(clause)
            direction = _sentiment(sentence_score, rating)
            words = len(sentence.split())
            if direction and words >= 4:
                best = quotes.get(direction)
                if best is None or len(sentence) < best[0]:
                    quotes[direction] = (len(sentence), sentence, rating)
        pros.update(review_pros)
        cons.update(review_cons)

    def ranked(counter: Counter[str]) -> list[dict[str, Any]]:
        items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
        return [{"aspect": aspect, "mentions": n} for aspect, n in items]

    average = round(sum(ratings) / len(ratings), 2) if ratings else None
    summary = {
        "count": len(reviews),
        "average_rating": average,
        "histogram": histogram,
        "pros": ranked(pros),
        "cons": ranked(cons),
        "quotes": [
            {
                "sentiment": "positive" if direction > 0 else "negative",
                "text": _truncate(text, QUOTE_CHARS),
                "rating": rating,
            }
            for direction in (1, -1)
            if direction in quotes
            for _, text, rating in [quotes[direction]]
        ],
    }
    summary["headline"] = _headline(summary)
    return summary


def _headline(summary: dict[str, Any]) -> str:
    """One line built from counts and lexicon aspect names only (never from review words)."""
    if not summary["count"]:
        return "No reviews yet."
    parts = [f"{summary['count']} review{'s' if summary['count'] != 1 else ''}"]
    if summary["average_rating"] is not None:
        parts[0] += f", average {summary['average_rating']:.1f}/5"
    if summary["pros"]:
        parts.append("praised for " + ", ".join(p["aspect"] for p in summary["pros"][:3]))
    if summary["cons"]:
        parts.append("complaints about " + ", ".join(c["aspect"] for c in summary["cons"][:3]))
    return "; ".join(parts) + "."
