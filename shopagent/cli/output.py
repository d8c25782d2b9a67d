"""stdout is data, stderr is chatter: the JSON/JSONL emitters and reusable output options."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from decimal import Decimal
from typing import Annotated, Any

import typer

JsonOpt = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout.")]
JsonlOpt = Annotated[bool, typer.Option("--jsonl", help="Print one JSON object per line on stdout.")]


def _default(obj: Any) -> Any:
    if isinstance(obj, Decimal):
        return float(obj)
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json")
    if isinstance(obj, set | frozenset):
        return sorted(obj)
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_default, allow_nan=False)


def emit_json(obj: Any) -> None:
    sys.stdout.write(dumps(obj) + "\n")
    sys.stdout.flush()


def emit_jsonl(items: Iterable[Any]) -> None:
    for item in items:
        sys.stdout.write(dumps(item) + "\n")
    sys.stdout.flush()


def check_exclusive(json_out: bool, jsonl_out: bool) -> None:
    if json_out and jsonl_out:
        from shopagent.errors import UsageError

        raise UsageError("--json and --jsonl cannot be used together; pick one")


def info(message: str) -> None:
    """A human-facing note on stderr."""
    sys.stderr.write(message.rstrip("\n") + "\n")
