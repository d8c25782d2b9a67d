"""Agent tools for the cart, checkout (prepare only) and orders.

Results are compact dicts: every token spent on a tool result is a token the model reads. No tool can
complete a purchase, and none returns payment details: completion needs `shopagent checkout` (a human).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from shopagent.agent.toolkit import Tool, as_tool_error, tool
from shopagent.money import json_amount

SkuArg = Annotated[str, Field(description="A SKU exactly as a search or product result gave it.")]
QtyArg = Annotated[int, Field(description="How many units (1-999).", ge=1, le=999)]


def _cart(deps: Any) -> dict[str, Any]:
    from shopagent.commerce import cart

    current = cart.show(deps)
    c = current.currency
    lines = []
    for line in current.lines:
        entry = {
            "sku": line.sku,
            "title": line.title,
            "quantity": line.quantity,
            "unit_price": json_amount(line.unit_price_minor, c),
        }
        if not line.available:
            entry["available"] = False
        lines.append(entry)
    return {"lines": lines, "subtotal": json_amount(current.subtotal_minor, c), "currency": c}


@tool(effect="read")
def view_cart(deps: Any) -> dict[str, Any]:
    """Show the user's cart: SKUs, quantities, estimated unit prices and the subtotal."""
    return _cart(deps)


@tool(effect="cart")
def add_to_cart(deps: Any, sku: SkuArg, quantity: QtyArg = 1) -> dict[str, Any]:
    """Add units of a SKU to the user's cart (on top of any already there). Returns the cart."""
    from shopagent.commerce import cart

    as_tool_error(lambda: cart.add(deps, sku, quantity))
    return _cart(deps)


@tool(effect="cart")
def update_cart_quantity(deps: Any, sku: SkuArg, quantity: QtyArg) -> dict[str, Any]:
    """Set how many units of a SKU the cart holds. Returns the cart."""
    from shopagent.commerce import cart

    as_tool_error(lambda: cart.set_quantity(deps, sku, quantity))
    return _cart(deps)


@tool(effect="cart")
def remove_from_cart(deps: Any, sku: SkuArg) -> dict[str, Any]:
    """Remove a SKU from the user's cart. Returns the cart."""
    from shopagent.commerce import cart

    as_tool_error(lambda: cart.remove(deps, sku))
    return _cart(deps)


@tool(effect="checkout_prepare", name="prepare_checkout")
def prepare_checkout_tool(
    deps: Any,
    voucher: Annotated[str | None, Field(description="A voucher code the user gave, if any.")] = None,
    shipping: Annotated[
        Literal["standard", "express"],
        Field(description="standard (free from 50.00, else 5.99) or express (14.99)."),
    ] = "standard",
) -> dict[str, Any]:
    """Price the cart for checkout (live prices, voucher, shipping, tax). It cannot place the order."""
    from shopagent.commerce.checkout import prepare_checkout

    session = as_tool_error(lambda: prepare_checkout(deps, voucher=voucher, shipping=shipping))
    c, t = session.currency, session.totals
    return {
        "checkout_session_id": session.id,
        "status": session.status,
        "lines": [
            {"sku": li.sku, "quantity": li.quantity, "line_total": json_amount(li.line_total_minor, c)}
            for li in session.lines
        ],
        "subtotal": json_amount(t.subtotal, c),
        "discount": json_amount(t.discount, c),
        "shipping": json_amount(t.shipping, c),
        "tax": json_amount(t.tax, c),
        "total": json_amount(t.total, c),
        "currency": c,
        "messages": list(session.messages),
        "next_step": "Only the user can buy: they run `shopagent checkout` or confirm in chat. "
        "Tell them the total; do not say the order is placed.",
    }


@tool(effect="read")
def list_orders(deps: Any) -> dict[str, Any]:
    """List the user's 10 most recent orders (id, status, total, date)."""
    from shopagent.commerce import orders

    found = orders.list_orders(deps, limit=10)
    return {
        "orders": [
            {
                "order_id": o.id,
                "status": o.status,
                "total": json_amount(o.total_minor, o.currency),
                "currency": o.currency,
                "created_at": (o.summary_json()["created_at"] or "")[:10],
            }
            for o in found
        ]
    }


@tool(effect="read")
def get_order(
    deps: Any,
    order_id: Annotated[str, Field(description="An order id from list_orders, e.g. ord_3f9a1c2b7d.")],
) -> dict[str, Any]:
    """Show one order: its lines, total, status, and whether it can still be canceled or returned."""
    from shopagent.commerce import orders

    order = as_tool_error(lambda: orders.get_order(deps, order_id))
    c = order.currency
    data = order.to_json()
    return {
        "order_id": order.id,
        "status": order.status,
        "lines": [{"sku": li.sku, "title": li.title, "quantity": li.quantity} for li in order.lines],
        "total": json_amount(order.total_minor, c),
        "currency": c,
        "created_at": data["created_at"],
        "can_cancel_until": data["ships_at"] if order.status == "confirmed" else None,
        "can_return_until": data["return_until"] if order.status in ("confirmed", "shipped") else None,
    }


TOOLS: list[Tool] = [
    view_cart,
    add_to_cart,
    update_cart_quantity,
    remove_from_cart,
    prepare_checkout_tool,
    list_orders,
    get_order,
]
