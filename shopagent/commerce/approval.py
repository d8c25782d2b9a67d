"""Who said yes to a purchase. Only code builds these: nothing the model can call reaches checkout."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Approval:
    kind: Literal["human", "mandate"]
    ref: str  # "tty-confirmation" / "--yes" for humans, the mandate id for mandates

    def __post_init__(self) -> None:
        if self.kind not in ("human", "mandate"):
            raise ValueError(f"approval kind must be 'human' or 'mandate', not {self.kind!r}")
        if not self.ref or not self.ref.strip():
            raise ValueError("an approval needs a reference (how the human confirmed, or the mandate id)")
