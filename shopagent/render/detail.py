"""Rich views of one product, a side-by-side comparison and a product's reviews.

Inputs are the dicts from shopagent.catalog.views. Every catalog or review string goes through
`safe()` before it meets Rich markup, so a title like "[bold red]" or an ANSI escape prints as text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shopagent.money import format_money, to_minor
from shopagent.render import safe, stdout_console

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

DESCRIPTION_CHARS = 400
REVIEW_CHARS = 300
SHOWN_REVIEWS = 20
CELL_CHARS = 60


def _clip(text: object, limit: int) -> str:
    value = " ".join(str(text).split())
    return value if len(value) <= limit else value[: limit - 1].rstrip() + "…"


def money(amount: float | None, currency: str | None) -> str:
    """A decimal amount from a view, formatted for people ("$129.99")."""
    if amount is None or currency is None:
        return "-"
    return format_money(to_minor(str(amount), currency), currency)


def stars(rating: float | None, review_count: int | None = None) -> str:
    """Whole stars out of five, the figure and the review count (markup)."""
    if rating is None:
        return "[dim]no rating[/dim]"
    full = max(0, min(5, int(float(rating) + 0.5)))
    text = f"[yellow]{'★' * full}[/yellow][dim]{'☆' * (5 - full)}[/dim] {float(rating):.1f}"
    if review_count is not None:
        text += f" [dim]({review_count} review{'s' if review_count != 1 else ''})[/dim]"
    return text


def _stock(in_stock: bool, stock: int | None = None) -> str:
    if not in_stock:
        return "[red]out of stock[/red]"
    return f"[green]in stock[/green] [dim]({stock})[/dim]" if stock is not None else "[green]in stock[/green]"


def _price(view: dict[str, Any]) -> str:
    currency = view.get("currency")
    text = f"[bold]{money(view.get('price'), currency)}[/bold]"
    span = view.get("price_range") or {}
    if span.get("min") is not None and span.get("min") != span.get("max"):
        text += f" [dim]({money(span['min'], currency)} – {money(span['max'], currency)})[/dim]"
    return text


def review_summary_renderable(summary: dict[str, Any]) -> RenderableType:
    """Headline, histogram, pros, cons and quotes. Quotes are review text: escaped, never markup."""
    from rich.console import Group
    from rich.text import Text

    if not summary.get("count"):
        return Text("No reviews yet.", style="dim")
    lines: list[RenderableType] = [Text(summary["headline"])]
    histogram = summary.get("histogram") or {}
    top = max(histogram.values(), default=0) or 1
    for star in ("5", "4", "3", "2", "1"):
        n = int(histogram.get(star, 0))
        bar = "█" * round(12 * n / top)
        lines.append(Text.from_markup(f"  {star}★ [yellow]{bar:<12}[/yellow] {n}"))
    if summary.get("pros"):
        pros = ", ".join(f"{safe(p['aspect'])} ({p['mentions']})" for p in summary["pros"])
        lines.append(Text.from_markup(f"[green]+ pros:[/green] {pros}"))
    if summary.get("cons"):
        cons = ", ".join(f"{safe(c['aspect'])} ({c['mentions']})" for c in summary["cons"])
        lines.append(Text.from_markup(f"[red]- cons:[/red] {cons}"))
    for quote in summary.get("quotes") or []:
        colour = "green" if quote["sentiment"] == "positive" else "red"
        lines.append(Text.from_markup(f"  [{colour}]“[/{colour}][italic]{safe(quote['text'])}[/italic]”"))
    return Group(*lines)


def product_renderable(view: dict[str, Any]) -> RenderableType:
    """A product panel: headline facts, description, attributes, variants and the review summary."""
    from rich import box
    from rich.console import Group
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    currency = view.get("currency")
    facts = [
        " · ".join(safe(x) for x in (view.get("brand"), view.get("category"), view.get("product_id")) if x),
        f"{_price(view)}   {_stock(bool(view.get('in_stock')), view.get('stock'))}",
        stars(view.get("rating"), view.get("review_count")),
    ]
    parts: list[RenderableType] = [Text.from_markup("\n".join(facts))]
    if view.get("description"):
        parts += [Text(""), Text.from_markup(safe(_clip(view["description"], DESCRIPTION_CHARS)))]
    if view.get("attributes"):
        table = Table(box=box.SIMPLE, show_header=False, pad_edge=False)
        table.add_column(style="bold")
        table.add_column()
        for key, value in view["attributes"].items():
            table.add_row(safe(_clip(key, CELL_CHARS)), safe(_clip(value, CELL_CHARS)))
        parts.append(table)
    variants = view.get("variants") or []
    if len(variants) > 1 or any(v.get("options") for v in variants):
        table = Table(box=box.SIMPLE_HEAD, title="Variants", title_justify="left", pad_edge=False)
        table.add_column("SKU")
        table.add_column("Options")
        table.add_column("Price", justify="right")
        table.add_column("Stock", justify="right")
        for v in variants:
            options = ", ".join(f"{k}: {val}" for k, val in (v.get("options") or {}).items())
            stock = f"{v['stock']}" if v.get("in_stock") else "[red]0[/red]"
            table.add_row(
                safe(v["sku"]), safe(_clip(options, CELL_CHARS)), money(v.get("price"), currency), stock
            )
        parts.append(table)
    if view.get("tags"):
        parts.append(Text.from_markup("[dim]tags:[/dim] " + safe(_clip(", ".join(view["tags"]), 200))))
    parts += [Text(""), Text("Reviews", style="bold"), review_summary_renderable(view["review_summary"])]
    return Panel(Group(*parts), title=f"[bold]{safe(_clip(view.get('title', ''), 80))}[/bold]", expand=False)


def compare_renderable(view: dict[str, Any]) -> RenderableType:
    """One column per product, one row per fact or attribute; rows whose values differ are marked."""
    from rich import box
    from rich.table import Table

    products = view["products"]
    table = Table(box=box.SIMPLE_HEAVY, show_lines=False, title="Comparison", title_justify="left")
    table.add_column("", style="bold", no_wrap=True)
    for p in products:
        header = f"[bold]{safe(_clip(p['title'], 40))}[/bold]\n[dim]{safe(p['product_id'])}[/dim]"
        table.add_column(header, overflow="fold")

    def facts(label: str, cells: list[str], differ: bool) -> None:
        marker = "[yellow]≠ " if differ else "  "
        table.add_row(f"{marker}{label}{'[/yellow]' if differ else ''}", *cells)

    def marked(values: list[object]) -> bool:
        return len({str(v) for v in values}) > 1

    facts(
        "brand", [safe(p.get("brand") or "-") for p in products], marked([p.get("brand") for p in products])
    )
    price_cells = []
    for p in products:
        cell = money(p.get("price"), p.get("currency"))
        if p["product_id"] == view.get("cheapest"):
            cell = f"[green]{cell} ✓ cheapest[/green]"
        price_cells.append(cell)
    facts("price", price_cells, marked([p.get("price") for p in products]))
    facts(
        "stock",
        [_stock(bool(p.get("in_stock")), p.get("stock")) for p in products],
        marked([p.get("in_stock") for p in products]),
    )
    rating_cells = []
    for p in products:
        cell = stars(p.get("rating"), p.get("review_count"))
        if p["product_id"] == view.get("best_rated"):
            cell += " [green]✓ best rated[/green]"
        rating_cells.append(cell)
    facts("rating", rating_cells, marked([p.get("rating") for p in products]))
    differences = set(view.get("differences") or [])
    for key, row in (view.get("attributes") or {}).items():
        cells = []
        for p in products:
            value = row.get(p["product_id"])
            cells.append("[dim]-[/dim]" if value is None else safe(_clip(value, CELL_CHARS)))
        facts(safe(_clip(key, 30)), cells, key in differences)
    facts(
        "reviews",
        [safe(_clip(p.get("review_headline") or "", 120)) for p in products],
        False,
    )
    return table


def reviews_renderable(view: dict[str, Any]) -> RenderableType:
    """The review summary, then the reviews themselves (clipped), newest-first as stored."""
    from rich.console import Group
    from rich.text import Text

    title = (
        f"[bold]{safe(_clip(view.get('title', ''), 80))}[/bold] [dim]{safe(view.get('product_id', ''))}[/dim]"
    )
    parts: list[RenderableType] = [Text.from_markup(title), review_summary_renderable(view["summary"])]
    reviews = view.get("reviews") or []
    for review in reviews[:SHOWN_REVIEWS]:
        heading = stars(review.get("rating"))
        if review.get("title"):
            heading += f"  [bold]{safe(_clip(review['title'], 100))}[/bold]"
        parts += [Text(""), Text.from_markup(heading)]
        if review.get("text"):
            parts.append(Text.from_markup(safe(_clip(review["text"], REVIEW_CHARS))))
    if len(reviews) > SHOWN_REVIEWS:
        parts.append(Text(f"\n… {len(reviews) - SHOWN_REVIEWS} more (see --json)", style="dim"))
    return Group(*parts)


def print_product(view: dict[str, Any], console: Console | None = None) -> None:
    (console or stdout_console()).print(product_renderable(view))


def print_compare(view: dict[str, Any], console: Console | None = None) -> None:
    (console or stdout_console()).print(compare_renderable(view))


def print_reviews(view: dict[str, Any], console: Console | None = None) -> None:
    (console or stdout_console()).print(reviews_renderable(view))
