"""The tools remote agents call, each defined once as a typed function (shopagent.agent.toolkit).

Names and argument shapes follow the Universal Commerce Protocol's MCP binding: `search_catalog` takes
`query` plus filters and its items carry `sku`; carts and checkouts take
`line_items: [{"item": {"id": SKU}, "quantity": N}]`; `complete_checkout` takes the checkout `id`.
`compare_products`, `summarize_reviews` and the watch tools are the local model's own tools, reused as
they are. Amounts are integer minor units. A bad argument or a library refusal is a ToolError that names
the valid choices.

`complete_checkout` never buys on the caller's word: see `checkouts.complete`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shopagent.agent.output import ToolOutput
from shopagent.agent.toolkit import Tool, ToolError, ToolSet, as_tool_error, tool
from shopagent.agent.tools.catalog import Sort, compare_products, search_products, summarize_reviews
from shopagent.agent.tools.watches import create_watch, list_watches, remove_watch

from . import carts, checkouts, shapes

Shipping = Literal["standard", "express"]


class ItemRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Annotated[str, Field(min_length=1, max_length=200, description="The SKU, from search_catalog")]


class LineItemIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    item: ItemRef
    quantity: Annotated[int, Field(ge=1, le=999, description="Units, 1-999")] = 1


LineItems = Annotated[
    list[LineItemIn],
    Field(description='Items to buy: [{"item": {"id": SKU}, "quantity": N}]', min_length=1, max_length=50),
]
CheckoutId = Annotated[str, Field(description="The checkout id (cs_...) from create_checkout", min_length=1)]
CartId = Annotated[str, Field(description="The cart id (cart_...) from create_cart", min_length=1)]


def pairs(line_items: list[LineItemIn] | list[dict[str, Any]]) -> list[tuple[str, int]]:
    out = []
    for li in line_items:
        li = li if isinstance(li, LineItemIn) else LineItemIn.model_validate(li)
        out.append((li.item.id, li.quantity))
    return out


# -- catalog -----------------------------------------------------------------------------------
@tool(name="search_catalog")
def search_catalog(
    deps: Any,
    query: Annotated[str, Field(description="What to find, in words, e.g. 'waterproof hiking boots'")],
    max_price: Annotated[float | None, Field(description="Highest price (major units, e.g. 150)")] = None,
    min_price: Annotated[float | None, Field(description="Lowest price (major units)")] = None,
    category: Annotated[str | None, Field(description="Category, e.g. 'Footwear'")] = None,
    brand: Annotated[str | None, Field(description="Brand name")] = None,
    min_rating: Annotated[float | None, Field(description="Minimum star rating, 1-5", ge=0, le=5)] = None,
    in_stock: Annotated[bool | None, Field(description="Only items in stock")] = None,
    attributes: Annotated[
        dict[str, str] | None, Field(description="Variant options, e.g. {'color': 'blue', 'size': '10'}")
    ] = None,
    sort: Annotated[Sort, Field(description="relevance, price, -price or rating")] = "relevance",
    limit: Annotated[int, Field(description="How many results, 1-20", ge=1, le=20)] = 10,
) -> dict[str, Any]:
    """Search the catalog; each item carries the product `id` and the `sku` to buy. Prices in minor units."""
    if not query.strip():
        raise ToolError("query is empty; say what to look for, e.g. 'rain jacket'")
    out: ToolOutput = search_products.func(
        deps, query, max_price=max_price, min_price=min_price, category=category, brand=brand,
        min_rating=min_rating, in_stock=in_stock, attributes=attributes, sort=sort, limit=limit,
    )  # fmt: skip
    data: dict[str, Any] = {"query": query, "items": [shapes.search_item(i) for i in out.items]}
    for key in ("relaxed", "note"):
        if key in out.data:
            data[key] = out.data[key]
    return data


def _product(deps: Any, ident: str) -> dict[str, Any]:
    from shopagent.catalog.views import product_view

    return shapes.product_json(as_tool_error(lambda: product_view(deps, ident)))


@tool(name="get_product")
def get_product(
    deps: Any,
    id: Annotated[str, Field(description="A product id or SKU from search_catalog", min_length=1)],
) -> dict[str, Any]:
    """One product in full: description, attributes, variants (each a SKU with price and stock)."""
    return {"product": _product(deps, id)}


@tool(name="lookup_catalog")
def lookup_catalog(
    deps: Any,
    ids: Annotated[
        list[Annotated[str, Field(min_length=1, max_length=200)]],
        Field(description="Product ids or SKUs to look up (1-20)", min_length=1, max_length=20),
    ],
) -> dict[str, Any]:
    """Look up several products by id or SKU; unknown ids are listed under not_found."""
    products, missing = [], []
    for ident in ids:
        try:
            products.append(_product(deps, ident))
        except ToolError:
            missing.append(ident)
    return {"products": products, "not_found": missing}


# -- carts -------------------------------------------------------------------------------------
@tool(effect="cart", name="create_cart")
def create_cart(deps: Any, line_items: LineItems) -> dict[str, Any]:
    """Start a cart with these line items (kept apart from the user's own cart). Returns the cart."""
    return shapes.cart_json(as_tool_error(lambda: carts.create_cart(deps, pairs(line_items))))


@tool(name="get_cart")
def get_cart(deps: Any, id: CartId) -> dict[str, Any]:
    """A cart with live prices and availability."""
    return shapes.cart_json(as_tool_error(lambda: carts.get_cart(deps, id)))


@tool(effect="cart", name="update_cart")
def update_cart(
    deps: Any,
    id: CartId,
    line_items: Annotated[
        list[LineItemIn], Field(description="The cart's new line items (replaces them all)", max_length=50)
    ],
) -> dict[str, Any]:
    """Replace a cart's line items. Returns the cart."""
    return shapes.cart_json(as_tool_error(lambda: carts.update_cart(deps, id, pairs(line_items))))


@tool(effect="cart", name="cancel_cart")
def cancel_cart(deps: Any, id: CartId) -> dict[str, Any]:
    """Cancel a cart."""
    return shapes.cart_json(as_tool_error(lambda: carts.cancel_cart(deps, id)))


# -- checkout ----------------------------------------------------------------------------------
def _checkout(view: checkouts.CheckoutView) -> dict[str, Any]:
    return shapes.checkout_json(view, "ucp")


@tool(effect="checkout_prepare", name="create_checkout")
def create_checkout(
    deps: Any,
    line_items: Annotated[
        list[LineItemIn] | None,
        Field(description='Items to buy: [{"item": {"id": SKU}, "quantity": N}]', max_length=50),
    ] = None,
    cart_id: Annotated[str | None, Field(description="Or: a cart id from create_cart")] = None,
    fulfillment_option_id: Annotated[
        Shipping, Field(description="standard (free from 50.00, else 5.99) or express (14.99)")
    ] = "standard",
    discount_code: Annotated[str | None, Field(description="A voucher code the user gave, if any")] = None,
) -> dict[str, Any]:
    """Price items for checkout against live stock: totals, shipping, tax. Buying needs complete_checkout."""
    return _checkout(
        as_tool_error(
            lambda: checkouts.create(
                deps, lines=pairs(line_items) if line_items else None, cart_id=cart_id,
                shipping=fulfillment_option_id, voucher=discount_code,
            )
        )
    )  # fmt: skip


@tool(name="get_checkout")
def get_checkout(deps: Any, id: CheckoutId) -> dict[str, Any]:
    """A checkout's status, line items, totals, messages, and its order once completed."""
    return _checkout(as_tool_error(lambda: checkouts.view(deps, id)))


@tool(effect="checkout_prepare", name="update_checkout")
def update_checkout(
    deps: Any,
    id: CheckoutId,
    line_items: Annotated[
        list[LineItemIn] | None, Field(description="New line items (replace them all)", max_length=50)
    ] = None,
    fulfillment_option_id: Annotated[Shipping | None, Field(description="standard or express")] = None,
    discount_code: Annotated[str | None, Field(description="A voucher code to apply")] = None,
) -> dict[str, Any]:
    """Change a checkout's items, shipping or voucher; it is priced again against live stock."""
    return _checkout(
        as_tool_error(
            lambda: checkouts.update(
                deps, id, lines=pairs(line_items) if line_items is not None else None,
                shipping=fulfillment_option_id, voucher=discount_code,
            )
        )
    )  # fmt: skip


@tool(effect="order", name="complete_checkout")
def complete_checkout(deps: Any, id: CheckoutId) -> dict[str, Any]:
    """Ask to buy a checkout. Unless a mandate the user signed covers it, the answer is
    requires_escalation: the user approves in their terminal, then get_checkout shows the order."""
    via = (deps.options or {}).get("serve_via", "mcp")
    return _checkout(as_tool_error(lambda: checkouts.complete(deps, id, via=via)))


@tool(effect="order", name="cancel_checkout")
def cancel_checkout(deps: Any, id: CheckoutId) -> dict[str, Any]:
    """Cancel a checkout that is not completed."""
    return _checkout(as_tool_error(lambda: checkouts.cancel(deps, id)))


@tool(name="get_order")
def get_order(
    deps: Any, id: Annotated[str, Field(description="An order id (ord_...) from a completed checkout")]
) -> dict[str, Any]:
    """An order: status, line items and totals."""
    from shopagent.commerce.orders import get_order as read

    return {"order": shapes.order_json(as_tool_error(lambda: read(deps, id)))}


TOOLS: list[Tool] = [
    search_catalog,
    lookup_catalog,
    get_product,
    create_cart,
    get_cart,
    update_cart,
    cancel_cart,
    create_checkout,
    get_checkout,
    update_checkout,
    complete_checkout,
    cancel_checkout,
    get_order,
    compare_products,
    summarize_reviews,
    create_watch,
    list_watches,
    remove_watch,
]


def serve_toolset() -> ToolSet:
    return ToolSet(TOOLS)


def call(deps: Any, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
    """Validate and run one tool; the plain JSON result (a ToolOutput gives its data)."""
    result = serve_toolset().get(name).call(deps, arguments or {})
    return result.data if isinstance(result, ToolOutput) else result
