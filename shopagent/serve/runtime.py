"""What a server process holds: one Deps and one lock, so concurrent requests never share the state
file's single connection at the same time (SQLite serialises the writers of several processes)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Literal, TypeVar

from shopagent.agent.toolkit import ToolSet

from .tools import serve_toolset

T = TypeVar("T")


class Runtime:
    def __init__(self, deps: Any, *, via: Literal["mcp", "http"]):
        self.deps = deps
        self.via = via
        deps.options["serve_via"] = via
        self.tools: ToolSet = serve_toolset()
        self.lock = threading.Lock()

    def run(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self.lock:
            return func(*args, **kwargs)

    def call_tool(self, name: str, arguments: dict[str, Any] | None) -> dict[str, Any]:
        """Validate and run a tool (ToolError on bad arguments or a library refusal)."""
        from shopagent.agent.output import ToolOutput

        tool = self.tools.get(name)
        with self.lock:
            result = tool.call(self.deps, dict(arguments or {}))
        return result.data if isinstance(result, ToolOutput) else result

    def close(self) -> None:
        with self.lock:
            self.deps.close()
