"""Catalog tools the model can call: search, product detail, comparison, review summary.

What goes back into the prompt is deliberately small (ids, short titles, price, rating, stock): on a
2-core CPU every prompt token costs several milliseconds. The full rows travel beside it as
`ToolOutput.items` for the CLI and for grounding.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from shopagent.agent.output import ToolOutput
from shopagent.agent.toolkit import Tool, as_tool_error, tool

TITLE_CHARS = 60
Sort = Literal["relevance", "price", "-price", "rating"]


def _short(text: Any, n: int = TITLE_CHARS) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def compact_item(item: dict[str, Any]) -> dict[str, Any]:
    """One search row as the model sees it."""
    row: dict[str, Any] = {"id": item["product_id"]}
    if item.get("sku") and item["sku"] != item["product_id"]:
        row["sku"] = item["sku"]
    row["title"] = _short(item.get("title"))
    row["price"] = item.get("price")
    if item.get("rating") is not None:
        row["rating"] = round(float(item["rating"]), 1)
    if not item.get("in_stock", True):
        row["in_stock"] = False
    return row


def item_from_product(product: dict[str, Any]) -> dict[str, Any]:
    """A product view turned into a SPEC result ITEM (so `ask --json` lists what the answer used)."""
    variants = product.get("variants") or []
    live = [v for v in variants if v.get("in_stock")]
    sku = (live or variants or [{"sku": product["product_id"]}])[0].get("sku") or product["product_id"]
    return {
        "product_id": product["product_id"],
        "sku": sku,
        "title": product.get("title", ""),
        "brand": product.get("brand"),
        "category": product.get("category"),
        "price": product.get("price"),
        "currency": product.get("currency") or "USD",
        "in_stock": bool(product.get("in_stock")),
        "rating": product.get("rating"),
        "score": None,
    }


def _suggested(deps: Any, query: str) -> tuple[Any, str, list[str]]:
    """What the query's words suggest (boosts, and what they avoid: "no leather"), the words left to
    match once its bounds and negations are read, and the brands it excludes ("not Nike"). The model
    often writes the user's sentence, prices and all ("Saugroboter unter 400 Dollar"): "unter 400
    Dollar" would both match nothing and hide that the request is German."""
    from shopagent.search.models import Boosts
    from shopagent.search.parse import parse_query
    from shopagent.search.vocab import cached_vocabulary

    parsed = parse_query(query, cached_vocabulary(deps))
    read = parsed.constraints
    boosts = Boosts(
        category=read.category,
        brand=read.brand,
        attributes=dict(read.attributes),
        avoid=list(read.soft.avoid),
    )
    return boosts, parsed.text or query, list(read.exclude_brands)


@tool()
def search_products(
    deps: Any,
    query: Annotated[str, Field(description="What the user wants, in words, e.g. 'waterproof hiking boots'")],
    max_price: Annotated[float | None, Field(description="Highest price")] = None,
    min_price: Annotated[float | None, Field(description="Lowest price")] = None,
    category: Annotated[str | None, Field(description="Category, e.g. 'Footwear'")] = None,
    brand: Annotated[str | None, Field(description="Brand name")] = None,
    min_rating: Annotated[float | None, Field(description="Minimum star rating, 1-5")] = None,
    in_stock: Annotated[bool | None, Field(description="Only items in stock")] = None,
    attributes: Annotated[
        dict[str, str] | None, Field(description="e.g. {'color': 'blue', 'size': '10'}")
    ] = None,
    sort: Annotated[Sort, Field(description="relevance, price, -price or rating")] = "relevance",
    limit: Annotated[int, Field(description="How many results, 1-10", ge=1, le=10)] = 5,
) -> ToolOutput:
    """Search the product catalog; returns ids, titles, prices and ratings."""
    from shopagent.search.models import Constraints
    from shopagent.search.relaxing import search_relaxing

    if min_price is not None and max_price is not None and min_price > max_price:
        min_price, max_price = max_price, min_price  # the model swapped them; the intent is clear
    # What the query's words suggest (a category, brand or attribute) ranks higher; only the
    # arguments filter.
    soft, words, excluded = _suggested(deps, query)
    constraints = Constraints(
        soft=soft,
        exclude_brands=excluded,
        min_price=min_price,
        max_price=max_price,
        category=category,
        brand=brand,
        min_rating=min_rating,
        in_stock=in_stock,
        attributes=dict(attributes or {}),
    )
    # A category, brand or attribute the model guessed ("Spaceships", "无", {"waterproof": "true"}) must
    # not empty the answer: search_relaxing drops them and says so. A category or brand the catalog
    # has, and price, rating and stock bounds, stay hard.
    response = as_tool_error(
        lambda: search_relaxing(
            deps,
            words,
            constraints,
            relaxable=constraints.attributes,
            unknown_category=True,
            unknown_brand=True,
            sort=sort,
            limit=limit,
            with_facets=False,
            relevant_only=True,
            query=query,
        )
    )
    items = [r.model_dump(mode="json") for r in response.results]
    data: dict[str, Any] = {"results": [compact_item(i) for i in items]}
    if response.relaxed:
        data["relaxed"] = list(response.relaxed)
    if items:
        data["currency"] = items[0]["currency"]
        if response.relaxed:
            what = [
                name
                for name, was, now in (
                    ("attributes", constraints.attributes, response.constraints.attributes),
                    ("category", constraints.category, response.constraints.category),
                    ("brand", constraints.brand, response.constraints.brand),
                )
                if was and not now
            ]
            data["note"] = f"nothing matched the {' and '.join(what)} given; searched without"
    else:
        data["note"] = "no matches; try fewer filters or other words"
    return ToolOutput(data=data, items=items)


@tool()
def get_product(
    deps: Any,
    product_id: Annotated[str, Field(description="A product id or SKU from a search result, e.g. P00012")],
) -> ToolOutput:
    """Details of one product: price, stock, variants (SKUs), key attributes, review headline."""
    from shopagent.catalog.views import product_view

    p = as_tool_error(lambda: product_view(deps, product_id))
    data: dict[str, Any] = {
        "id": p["product_id"],
        "title": _short(p["title"], 80),
        "brand": p.get("brand"),
        "price": p.get("price"),
        "currency": p.get("currency"),
        "in_stock": p.get("in_stock"),
        "stock": p.get("stock"),
        "rating": p.get("rating"),
        "reviews": p.get("review_count"),
        "attributes": {k: _short(v, 30) for k, v in list(p.get("attributes", {}).items())[:6]},
    }
    variants = p.get("variants") or []
    if len(variants) > 1 or (variants and variants[0]["sku"] != p["product_id"]):
        data["variants"] = [_variant_row(v, p.get("price")) for v in variants[:8]]
    headline = (p.get("review_summary") or {}).get("headline")
    if headline:
        data["review_headline"] = _short(headline, 160)
    return ToolOutput(data=data, items=[item_from_product(p)])


def _variant_row(variant: dict[str, Any], price: Any) -> dict[str, Any]:
    """One variant in few tokens: its options, its price only when it differs, stock only when out."""
    row: dict[str, Any] = {"sku": variant["sku"], **{k: _short(o, 16) for k, o in variant["options"].items()}}
    if variant.get("price") != price:
        row["price"] = variant.get("price")
    if not variant.get("stock"):
        row["in_stock"] = False
    return row


@tool()
def compare_products(
    deps: Any,
    product_ids: Annotated[list[str], Field(description="2 to 4 product ids from search results")],
) -> ToolOutput:
    """Compare products side by side: prices, ratings, stock and the attributes that differ."""
    from shopagent.catalog.views import compare_view, product_view

    view = as_tool_error(lambda: compare_view(deps, list(product_ids)[:4]))
    rows = [
        {
            "id": p["product_id"],
            "title": _short(p["title"]),
            "price": p["price"],
            "rating": p["rating"],
            "reviews": p["review_count"],
            "in_stock": p["in_stock"],
        }
        for p in view["products"]
    ]
    differences = {
        key: {pid: _short(v, 24) if v is not None else None for pid, v in view["attributes"][key].items()}
        for key in view["differences"][:6]
    }
    data = {
        "products": rows,
        "differences": differences,
        "cheapest": view["cheapest"],
        "best_rated": view["best_rated"],
        "currency": view["currency"],
    }
    items = [
        item_from_product(as_tool_error(lambda pid=p["product_id"]: product_view(deps, pid)))
        for p in view["products"]
    ]
    return ToolOutput(data=data, items=items)


@tool()
def summarize_reviews(
    deps: Any,
    product_id: Annotated[str, Field(description="A product id from a search result")],
) -> ToolOutput:
    """What reviewers say about a product: rating, pros, cons and a short quote or two."""
    from shopagent.catalog.views import reviews_view

    view = as_tool_error(lambda: reviews_view(deps, product_id))
    summary = view.get("summary") or {}
    data: dict[str, Any] = {
        "id": view["product_id"],
        "title": _short(view["title"]),
        "rating": view.get("rating"),
        "reviews": view.get("review_count"),
    }
    if summary.get("headline"):
        data["headline"] = _short(summary["headline"], 200)
    for key in ("pros", "cons"):
        aspects = [a.get("aspect") if isinstance(a, dict) else a for a in summary.get(key) or []]
        if aspects:
            data[key] = [_short(a, 30) for a in aspects[:4]]
    quotes = summary.get("quotes") or []
    if quotes:
        data["quotes"] = [_short(q.get("text") if isinstance(q, dict) else q, 120) for q in quotes[:2]]
    return ToolOutput(data=data)


TOOLS: list[Tool] = [search_products, get_product, compare_products, summarize_reviews]
