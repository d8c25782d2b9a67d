"""What the agent needs of a chat model: the ChatModel protocol and the Completion it returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from shopagent.errors import ShopError


@dataclass
class Completion:
    text: str
    prompt_tokens: int
    completion_tokens: int
    seconds: float
    finish_reason: str


class ChatModel(Protocol):
    identity: str

    def complete(
        self,
        messages: list[dict[str, Any]],
        *,
        tools: list[dict[str, Any]] | None = None,
        max_tokens: int = 256,
        json_schema: dict[str, Any] | None = None,
        on_token: Callable[[str], None] | None = None,
        temperature: float = 0.0,
    ) -> Completion: ...


class ModelContextError(ShopError):
    """The conversation no longer fits the model's context window."""
