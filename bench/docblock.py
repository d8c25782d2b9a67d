"""Benchmarks write their figures into docs between marker comments; this replaces one such block."""

from __future__ import annotations

from pathlib import Path


def replace_block(doc: Path, marker: str, body: str) -> None:
    """Put `body` between `<!-- marker:begin -->` and `<!-- marker:end -->` in `doc` (appended with
    its markers when the doc has none yet)."""
    begin, end = f"<!-- {marker}:begin -->", f"<!-- {marker}:end -->"
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    block = f"{begin}\n{body}\n{end}"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end) :]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    doc.write_text(text, encoding="utf-8")
