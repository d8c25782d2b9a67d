"""Tool adapters for the agent: a shopping list for a situation, and products like a product.

Neither is in the agent's default tool set yet (its intent routing is being reworked); add
`PLAN_TOOLS` to it, or call `shopagent.plan.planner.plan_list(deps, text, budget, model=...)`
directly from an intent handler. Both tools only read: putting a list in the cart goes through
the cart tools and their effect gates, one `cart_lines(plan)` entry at a time.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from shopagent.agent.output import ToolOutput
from shopagent.agent.toolkit import as_tool_error, tool

TITLE_CHARS = 60


def _short(text: Any) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= TITLE_CHARS else text[: TITLE_CHARS - 1] + "…"


def cart_lines(plan: dict[str, Any]) -> list[tuple[str, int]]:
    """(sku, quantity) for every line of a plan, in order: what "add the whole list" adds."""
    return [(item["sku"], int(item["quantity"])) for item in plan["items"]]


@tool()
def plan_shopping_list(
    deps: Any,
    situation: Annotated[
        str, Field(description="The user's situation, e.g. 'camping with two kids next weekend'")
    ],
    budget: Annotated[float, Field(description="Most the whole list may cost", gt=0)],
) -> ToolOutput:
    """Build a shopping list for a situation: one product per needed item, total within the budget."""
    from shopagent.plan.planner import plan_list

    plan = as_tool_error(lambda: plan_list(deps, situation, budget))
    data: dict[str, Any] = {
        "items": [
            {
                "role": i["role"],
                "id": i["product_id"],
                "sku": i["sku"],
                "title": _short(i["title"]),
                "quantity": i["quantity"],
                "line_total": i["line_total"],
            }
            for i in plan["items"]
        ],
        "total": plan["total"],
        "budget": plan["budget"],
        "currency": plan["currency"],
    }
    if plan["unfilled_roles"]:
        data["unfilled"] = plan["unfilled_roles"]
    return ToolOutput(data=data, items=plan["items"])


@tool()
def similar_products(
    deps: Any,
    product_id: Annotated[str, Field(description="A product id or SKU from earlier results, e.g. P00012")],
    limit: Annotated[int, Field(description="How many, 1-10", ge=1, le=10)] = 5,
) -> ToolOutput:
    """Products like a given product (same semantic-ID branch, nearest first), with live prices."""
    from shopagent.search.similar import similar_view

    view = as_tool_error(lambda: similar_view(deps, product_id, limit=limit))
    data = {
        "like": view["product_id"],
        "results": [
            {
                "id": r["product_id"],
                "title": _short(r["title"]),
                "price": r["price"],
                "in_stock": r["in_stock"],
            }
            for r in view["results"]
        ],
    }
    return ToolOutput(data=data, items=view["results"])


PLAN_TOOLS = (plan_shopping_list, similar_products)
