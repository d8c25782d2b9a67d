"""serve mcp | serve http: let other agents shop the local catalog. FastAPI, uvicorn and the MCP SDK load
only when a server starts, so `shopagent --help` stays fast."""

from __future__ import annotations

from typing import Annotated

import typer

PortOpt = Annotated[int, typer.Option("--port", help="TCP port to listen on.", min=1, max=65535)]


def register(app: typer.Typer) -> None:
    serve_app = typer.Typer(
        help="Serve other agents: MCP tools (UCP names) or ACP checkout sessions over HTTP.",
        no_args_is_help=True,
    )
    app.add_typer(serve_app, name="serve")

    @serve_app.command("mcp")
    def serve_mcp(
        http: Annotated[
            int | None,
            typer.Option(
                "--http", metavar="PORT", min=1, max=65535,
                help="Serve MCP over streamable HTTP on 127.0.0.1:PORT/mcp instead of stdio.",
            ),
        ] = None,
    ) -> None:  # fmt: skip
        """MCP server on stdio (register it with an MCP client); tools follow UCP's names."""
        from shopagent.cli.context import command_deps
        from shopagent.serve.launch import run_mcp

        run_mcp(command_deps(), http_port=http)

    @serve_app.command("http")
    def serve_http(
        host: Annotated[
            str, typer.Option("--host", help="Address to bind; loopback unless --allow-remote.")
        ] = ("127.0.0.1"),
        port: PortOpt = 8765,
        allow_remote: Annotated[
            bool, typer.Option("--allow-remote", help="Allow a non-loopback --host (prints a warning).")
        ] = False,
    ) -> None:
        """ACP checkout sessions and catalog reads over REST, behind a bearer token."""
        from shopagent.cli.context import command_deps
        from shopagent.serve.launch import run_http

        run_http(command_deps(), host=host, port=port, allow_remote=allow_remote)
