"""Agent tools that read the user's orders (they change nothing)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from shopagent.agent.toolkit import Tool, as_tool_error, tool
from shopagent.money import json_amount


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


TOOLS: list[Tool] = [list_orders, get_order]
