"""Search results as a Rich table. Every catalog string goes through `safe()` before it meets markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shopagent.money import format_money, to_minor
from shopagent.render import safe, stderr_console, stdout_console

if TYPE_CHECKING:
    from shopagent.search.models import SearchItem, SearchResponse

WHY_SHOWN = 3


def _price(item: SearchItem) -> str:
    return format_money(to_minor(item.price, item.currency), item.currency)


def _rating(item: SearchItem) -> str:
    if item.rating is None:
        return "-"
    count = f" ({item.review_count})" if item.review_count else ""
    return f"{item.rating:.1f}{count}"


def _stock(item: SearchItem) -> str:
    if not item.in_stock:
        return "[red]out[/red]"
    return f"{item.stock}" if item.stock is not None else "yes"


def _product(item: SearchItem) -> str:
    options = ", ".join(f"{safe(k)} {safe(v)}" for k, v in item.options.items())
    lines = [
        f"[bold]{safe(item.title)}[/bold]",
        f"[dim]{safe(item.sku)}{'  ' + options if options else ''}[/dim]",
    ]
    return "\n".join(lines)


def render_search(response: SearchResponse) -> None:
    """The results table on stdout; a one-line summary on stderr."""
    from rich import box
    from rich.table import Table

    if not response.results:
        stderr_console().print("No products match. Try fewer filters or other words.")
        return
    table = Table(box=box.SIMPLE_HEAVY, show_lines=False, pad_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("Product", overflow="fold", ratio=3)
    table.add_column("Brand", overflow="fold")
    table.add_column("Price", justify="right")
    table.add_column("Stock", justify="right")
    table.add_column("Rating", justify="right")
    table.add_column("Why", overflow="fold", ratio=2, style="dim")
    for n, item in enumerate(response.results, 1):
        table.add_row(
            str(n),
            _product(item),
            safe(item.brand or "-"),
            _price(item),
            _stock(item),
            _rating(item),
            safe("; ".join(item.why[:WHY_SHOWN])),
        )
    stdout_console().print(table)
    total = response.total_candidates
    if total is not None and total > len(response.results):
        stderr_console().print(
            f"{len(response.results)} of {total} matching products shown (--limit to see more)."
        )
