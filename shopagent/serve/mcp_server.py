"""`shopagent serve mcp`: the serve tools over the Model Context Protocol (official SDK, low-level server).

The tool list is generated from the typed tool definitions (name, docstring, pydantic argument schema);
a call is validated by the same model the local agent uses. A ToolError comes back as a tool result with
`isError` set, naming the valid choices; only programmer errors become protocol errors.
"""

from __future__ import annotations

import json
from typing import Any

import anyio
import mcp_types as types
from mcp.server.lowlevel.server import Server

from shopagent import __version__
from shopagent.agent.toolkit import ToolError

from .runtime import Runtime

INSTRUCTIONS = (
    "shopagent's local catalog and checkout. Find products with search_catalog, build a checkout with "
    "create_checkout(line_items=[{item: {id: SKU}, quantity: N}]), then complete_checkout(id). Unless the "
    "user signed a mandate that covers it, complete_checkout answers requires_escalation: tell the user "
    "to run the `shopagent checkout approve` command it names, then call get_checkout to see the order. "
    "Amounts are integer minor units (cents)."
)


def _input_schema(tool: Any) -> dict[str, Any]:
    schema = tool.args_model.model_json_schema()
    schema.pop("title", None)
    return schema


def build_server(runtime: Runtime) -> Server[Any]:
    tools = [
        types.Tool(
            name=t.name,
            description=t.description,
            input_schema=_input_schema(t),
            # Hints for the client's own confirmation UI; the server never relies on them.
            annotations=types.ToolAnnotations(read_only_hint=t.effect == "read", open_world_hint=False),
        )
        for t in runtime.tools
    ]

    async def list_tools(ctx: Any, params: Any) -> types.ListToolsResult:
        return types.ListToolsResult(tools=tools)

    async def call_tool(ctx: Any, params: types.CallToolRequestParams) -> types.CallToolResult:
        try:
            data = await anyio.to_thread.run_sync(runtime.call_tool, params.name, params.arguments or {})
        except ToolError as exc:
            return types.CallToolResult(content=[types.TextContent(text=str(exc))], is_error=True)
        text = json.dumps(data, ensure_ascii=False)
        return types.CallToolResult(content=[types.TextContent(text=text)], structured_content=data)

    return Server(
        "shopagent",
        version=__version__,
        instructions=INSTRUCTIONS,
        on_list_tools=list_tools,
        on_call_tool=call_tool,
    )


async def serve_stdio(runtime: Runtime) -> None:
    from mcp.server.stdio import stdio_server

    server = build_server(runtime)
    async with stdio_server() as (read_stream, write_stream):
        await server.run(read_stream, write_stream, server.create_initialization_options())


def http_app(runtime: Runtime, token: str, *, host: str = "127.0.0.1") -> Any:
    """The streamable-HTTP app at /mcp, behind the bearer token."""
    from .http_auth import BearerGate

    server = build_server(runtime)
    return BearerGate(server.streamable_http_app(streamable_http_path="/mcp", host=host), token)
