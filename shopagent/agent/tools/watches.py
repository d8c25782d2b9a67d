"""Agent tools for price watches.

The model may create notify-only watches for the user, list them and remove them. It can never create
an auto-buy watch and there is no mandate tool at all: spending power is granted only by the human
commands `shopagent mandate create` and `shopagent watch add --auto-buy`.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from shopagent.agent.toolkit import Tool, as_tool_error, tool


@tool(effect="watch")
def create_watch(
    deps: Any,
    sku: Annotated[str, Field(description="The exact SKU to watch, from a search or product result")],
    max_price: Annotated[
        float, Field(description="Tell the user when the price is at or below this amount", gt=0)
    ],
    until: Annotated[
        str | None, Field(description="Stop watching after this date, YYYY-MM-DD (optional)")
    ] = None,
) -> dict[str, Any]:
    """Watch a product's price and notify the user when it drops to max_price or below.

    Never buys: automatic purchases are set up by the user with the shopagent CLI."""
    from shopagent import inventory
    from shopagent.commerce.watches import add_watch, parse_deadline
    from shopagent.money import to_minor

    def add() -> Any:
        currency = inventory.currency_of(deps.state.conn, (sku or "").strip()) or "USD"
        deadline = parse_deadline(until, what="until") if until else None
        return add_watch(
            deps, sku, to_minor(max_price, currency, what="max_price"), deadline, False, created_by="agent"
        )

    return as_tool_error(add).to_json()


@tool(effect="read")
def list_watches(deps: Any) -> dict[str, Any]:
    """List the user's price watches with their last seen price and status."""
    from shopagent.commerce.watches import list_watches as _list

    return {"watches": [w.to_json() for w in _list(deps)]}


@tool(effect="watch")
def remove_watch(
    deps: Any,
    watch_id: Annotated[str, Field(description="The watch id (wch_...) from list_watches")],
) -> dict[str, Any]:
    """Stop one of the user's price watches."""
    from shopagent.commerce.watches import remove_watch as _remove

    watch = as_tool_error(lambda: _remove(deps, (watch_id or "").strip()))
    return {"removed": watch.watch_id, "sku": watch.sku}


TOOLS: list[Tool] = [create_watch, list_watches, remove_watch]
