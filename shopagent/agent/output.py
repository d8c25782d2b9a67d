"""What a tool hands back: a compact payload for the model and full items for the caller."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ToolOutput:
    """`data` goes into the prompt (few fields, short strings: every token costs time on a CPU);
    `items` are the full result rows (SPEC ITEM shape) the CLI prints and grounding checks against."""

    data: Any
    items: list[dict[str, Any]] = field(default_factory=list)
