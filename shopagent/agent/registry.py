"""The tool set the model sees, in a fixed order (the prompt prefix, and its cache, depend on it)."""

from __future__ import annotations

from shopagent.agent.toolkit import Tool, ToolSet


def commerce_tools() -> list[Tool]:
    """Cart, then checkout (prepare only), then orders."""
    from shopagent.agent.tools import cart, checkout, orders

    return [*cart.TOOLS, *checkout.TOOLS, *orders.TOOLS]


def default_tools() -> list[Tool]:
    from shopagent.agent.tools.catalog import TOOLS as catalog_tools
    from shopagent.agent.tools.watches import TOOLS as watch_tools

    return [*catalog_tools, *commerce_tools(), *watch_tools]


def default_toolset() -> ToolSet:
    """Catalog reads, then cart/checkout-prepare/orders, then price watches. Nothing can buy."""
    return ToolSet(default_tools())
