"""The tool set the model sees, in a fixed order (the prompt prefix, and its cache, depend on it)."""

from __future__ import annotations

from shopagent.agent.toolkit import Tool, ToolSet


def default_tools() -> list[Tool]:
    from shopagent.agent.tools_catalog import TOOLS as catalog_tools
    from shopagent.commerce.tools import TOOLS as commerce_tools
    from shopagent.commerce.watch_tools import TOOLS as watch_tools

    return [*catalog_tools, *commerce_tools, *watch_tools]


def default_toolset() -> ToolSet:
    """Catalog reads, then cart/checkout-prepare/orders, then price watches. Nothing can buy."""
    return ToolSet(default_tools())
