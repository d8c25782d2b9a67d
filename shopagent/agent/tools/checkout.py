"""The agent's checkout tool: prepare only.

No tool can complete a purchase, and none returns payment details: completion needs
`shopagent checkout` (a human).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from shopagent.agent.toolkit import Tool, as_tool_error, tool
from shopagent.money import json_amount


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


TOOLS: list[Tool] = [prepare_checkout_tool]
