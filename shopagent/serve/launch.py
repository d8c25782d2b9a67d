"""Start a server: the functions `shopagent serve mcp|http` call once flags are parsed."""

from __future__ import annotations

import ipaddress
import sys
from typing import Any

from shopagent.errors import UsageError

from .token import ensure_token


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, *, allow_remote: bool) -> None:
    if is_loopback(host):
        return
    if not allow_remote:
        raise UsageError(
            f"--host {host} is not a loopback address; other machines could reach the server. "
            "Use 127.0.0.1, or add --allow-remote if you mean it"
        )
    sys.stderr.write(
        f"shopagent: WARNING: serving on {host}, reachable from other machines; anyone holding the API "
        "token can build checkouts (purchases still need your approval or a mandate)\n"
    )


def _uvicorn(app: Any, host: str, port: int) -> None:
    import uvicorn

    # uvicorn's own logs go to stderr; stdout stays clean.
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False, server_header=False)


def run_mcp(deps: Any, *, http_port: int | None = None, host: str = "127.0.0.1") -> None:
    """MCP over stdio (the default), or streamable HTTP on loopback at /mcp."""
    import anyio

    from .mcp_server import http_app, serve_stdio
    from .runtime import Runtime

    runtime = Runtime(deps, via="mcp")
    if http_port is None:
        anyio.run(serve_stdio, runtime)
        return
    check_host(host, allow_remote=False)
    token = ensure_token(deps.paths)
    sys.stderr.write(
        f"shopagent: MCP (streamable HTTP) on http://{host}:{http_port}/mcp; "
        f"bearer token in {deps.paths.api_token}\n"
    )
    _uvicorn(http_app(runtime, token, host=host), host, http_port)


def run_http(deps: Any, *, host: str = "127.0.0.1", port: int = 8765, allow_remote: bool = False) -> None:
    """ACP checkout sessions and catalog reads over REST."""
    from .http_app import create_app
    from .runtime import Runtime

    check_host(host, allow_remote=allow_remote)
    token = ensure_token(deps.paths)
    runtime = Runtime(deps, via="http")
    sys.stderr.write(
        f"shopagent: ACP checkout on http://{host}:{port} (OpenAPI at /openapi.json); "
        f"bearer token in {deps.paths.api_token}\n"
    )
    _uvicorn(create_app(runtime, token), host, port)
