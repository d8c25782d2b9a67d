"""`shopagent parse`: what the fast path understands of a request, without the model."""

from __future__ import annotations

from typing import Annotated

import typer

from shopagent.cli.output import JsonOpt, emit_json


def register(app: typer.Typer) -> None:
    app.command("parse")(parse_command)


def parse_command(
    text: Annotated[str, typer.Argument(help='The request, e.g. "waterproof hiking boots under $200".')],
    json_out: JsonOpt = False,
) -> None:
    """Split a request into hard constraints (price, rating, stock, category, brand, attributes) and text."""
    from shopagent.cli.context import command_deps
    from shopagent.search import vocab
    from shopagent.search.parse import parse_query

    deps = command_deps()
    try:
        vocabulary = vocab.load_vocabulary(deps)
    finally:
        deps.close()
    parsed = parse_query(text, vocabulary)
    if json_out:
        # what the words say, as read: `search` decides which of it filters and which only boosts
        emit_json(parsed.model_dump(mode="json", exclude={"constraints": {"soft"}}))
        return
    for line in summary_lines(parsed):
        typer.echo(line)


def summary_lines(parsed) -> list[str]:  # type: ignore[no-untyped-def]
    """A short human summary: one `label  value` line per thing understood."""
    c = parsed.constraints
    rows: list[tuple[str, str]] = [("text", parsed.text or "(nothing left)")]
    if c.min_price is not None and c.max_price is not None:
        rows.append(("price", f"{c.min_price:.2f} to {c.max_price:.2f}"))
    elif c.max_price is not None:
        rows.append(("price", f"at most {c.max_price:.2f}"))
    elif c.min_price is not None:
        rows.append(("price", f"at least {c.min_price:.2f}"))
    if c.min_rating is not None:
        rows.append(("rating", f"at least {c.min_rating:g} stars"))
    if c.in_stock:
        rows.append(("stock", "in stock only"))
    if c.category:
        rows.append(("category", c.category))
    if c.brand:
        rows.append(("brand", c.brand))
    for key, value in c.attributes.items():
        rows.append(("attribute", f"{key} = {value}"))
    return [f"{label:<10} {_plain(value)}" for label, value in rows]


def _plain(text: str) -> str:
    """Catalog names are untrusted: no control characters reach the terminal."""
    return "".join(ch for ch in text if ch.isprintable())
