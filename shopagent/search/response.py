"""The response side of a search: each result as a `SearchItem` with the reasons it matched
(`why`), and the facet counts (top category, brand, price band) over every candidate that passed."""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Any

from shopagent.money import format_money, json_amount
from shopagent.search import filters
from shopagent.search.models import Constraints, SearchItem

if TYPE_CHECKING:
    from shopagent.search.hybrid import Candidate

SEMANTIC_WHY_RANK = 30
PRICE_BANDS = (2500, 5000, 10000, 20000, 50000)  # minor units; the last band is open-ended


def result_item(cand: Candidate, c: Constraints, min_minor: int | None, max_minor: int | None) -> SearchItem:
    return search_item(cand.row, cand.sku, cand.score, reasons(cand, c, min_minor, max_minor))


def search_item(row: dict[str, Any], sku: Any, score: float, why: list[str]) -> SearchItem:
    """A result as the contract shows it: the product row's facts with one live SKU's price and stock."""
    rating = row.get("rating")
    return SearchItem(
        product_id=row["product_id"],
        sku=sku.sku,
        title=row.get("title") or "",
        brand=row.get("brand") or None,
        category=row.get("category") or None,
        price=json_amount(sku.price_minor, sku.currency) or 0.0,
        currency=sku.currency,
        in_stock=sku.stock > 0,
        rating=None
        if rating is None or (isinstance(rating, float) and math.isnan(rating))
        else float(rating),
        score=round(float(score), 4),
        review_count=row.get("review_count"),
        stock=sku.stock,
        options=sku.options,
        why=why,
    )


def reasons(cand: Candidate, c: Constraints, min_minor: int | None, max_minor: int | None) -> list[str]:
    reasons = []
    if "bm25" in cand.ranks:
        reasons.append(
            f"keyword match: {' '.join(cand.title_found)}" if cand.title_found else "keyword match"
        )
    if cand.ranks.get("vector", SEMANTIC_WHY_RANK) < SEMANTIC_WHY_RANK:
        reasons.append("semantic match")
    for value in cand.matched_attrs:
        reasons.append(f"matches '{value}' in attributes")
    for word in cand.attr_found:
        reasons.append(f"matches '{word}' in attributes")
    if cand.variant_attrs:
        chosen = ", ".join(
            f"{k}={cand.sku.options.get(filters.option_key(cand.sku.options, k) or k, v)}"
            for k, v in cand.variant_attrs.items()
        )
        reasons.append(f"variant {cand.sku.sku}: {chosen}")
    if c.category:
        reasons.append(f"in {cand.row.get('category') or c.category}")
    if c.brand:
        reasons.append(f"brand {cand.row.get('brand')}")
    currency = cand.sku.currency
    price = format_money(cand.sku.price_minor, currency)
    if max_minor is not None and min_minor is not None:
        reasons.append(f"{format_money(min_minor, currency)} ≤ {price} ≤ {format_money(max_minor, currency)}")
    elif max_minor is not None:
        reasons.append(f"{price} ≤ {format_money(max_minor, currency)}")
    elif min_minor is not None:
        reasons.append(f"{price} ≥ {format_money(min_minor, currency)}")
    reasons.append("in stock" if cand.sku.stock > 0 else "out of stock")
    rating = cand.row.get("rating")
    if rating is not None and (c.min_rating is not None or rating >= 4.5):
        reasons.append(f"rated {rating:.1f} ({cand.row.get('review_count') or 0} reviews)")
    if cand.duplicate:
        reasons.append("similar to a listing ranked above")
    return reasons


def price_band(minor: int) -> str:
    lower = 0
    for upper in PRICE_BANDS:
        if minor < upper:
            return f"{lower // 100}-{upper // 100}"
        lower = upper
    return f"{lower // 100}+"


def facet_counts(candidates: list[Candidate]) -> dict[str, dict[str, int]]:
    category: Counter[str] = Counter()
    brand: Counter[str] = Counter()
    price: Counter[str] = Counter()
    for cand in candidates:
        top = (cand.row.get("category") or "").split(">")[0].strip()
        if top:
            category[top] += 1
        if cand.row.get("brand"):
            brand[cand.row["brand"]] += 1
        price[price_band(cand.sku.price_minor)] += 1
    band_order = {price_band(b - 1): i for i, b in enumerate((*PRICE_BANDS, 10**12))}
    return {
        "category": dict(category.most_common()),
        "brand": dict(brand.most_common()),
        "price": dict(sorted(price.items(), key=lambda kv: band_order.get(kv[0], 99))),
    }
