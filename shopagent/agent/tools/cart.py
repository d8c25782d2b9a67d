"""Agent tools for the user's cart.

Results are compact dicts: every token spent on a tool result is a token the model reads.
"""

from __future__ import annotations

from typing import Annotated, Any

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


TOOLS: list[Tool] = [view_cart, add_to_cart, update_cart_quantity, remove_from_cart]
