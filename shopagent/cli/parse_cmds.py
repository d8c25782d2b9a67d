"""Commands for this area are registered here (see cli/main.py)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    return None
