"""A shopping list (`shopagent plan`) and a similar-items list (`shopagent similar`) as Rich tables."""

from __future__ import annotations

from typing import Any

from shopagent.money import format_money, to_minor
from shopagent.render import safe, stderr_console, stdout_console


def _money(amount: float | None, currency: str) -> str:
    return format_money(to_minor(amount or 0, currency), currency)


def print_plan(plan: dict[str, Any]) -> None:
    """The list on stdout (role, quantity, product, prices, total); how it was built on stderr."""
    from rich import box
    from rich.table import Table

    currency = plan["currency"]
    err = stderr_console()
    match = plan.get("matched_scenario") or {}
    source = {"table": "scenario table", "model": "the model", "request": "the request itself"}
    where = source.get(plan.get("roles_from", ""), plan.get("roles_from", ""))
    label = f" ({safe(match['title'])})" if match.get("title") and plan.get("roles_from") == "table" else ""
    party = plan.get("party") or {}
    who = f"{party.get('adults', 1)} adult(s)" + (f", {party['kids']} kid(s)" if party.get("kids") else "")
    err.print(f"[dim]Roles from {where}{label}; for {who}.[/dim]")
    for note in plan.get("notes", []):
        err.print(f"[dim]{safe(note)}[/dim]")
    out = stdout_console()
    if plan["items"]:
        table = Table(box=box.SIMPLE_HEAVY, pad_edge=False)
        table.add_column("Role", overflow="fold")
        table.add_column("Qty", justify="right")
        table.add_column("Product", overflow="fold", ratio=3)
        table.add_column("Each", justify="right")
        table.add_column("Line", justify="right")
        table.add_column("Rating", justify="right")
        for item in plan["items"]:
            rating = "-" if item.get("rating") is None else f"{item['rating']:.1f}"
            table.add_row(
                safe(item["role"]),
                str(item["quantity"]),
                f"[bold]{safe(item['title'])}[/bold]\n[dim]{safe(item['sku'])}[/dim]",
                _money(item["unit_price"], currency),
                _money(item["line_total"], currency),
                rating,
            )
        out.print(table)
    else:
        out.print("Nothing fits this budget.")
    out.print(
        f"Total {_money(plan['total'], currency)} of {_money(plan['budget'], currency)} "
        f"({_money(plan['remaining'], currency)} left)"
    )
    if plan["unfilled_roles"]:
        out.print("Not filled: " + ", ".join(safe(r) for r in plan["unfilled_roles"]))


def print_similar(view: dict[str, Any]) -> None:
    from rich import box
    from rich.table import Table

    err = stderr_console()
    source = view.get("source") or {}
    err.print(
        f"[dim]Like {safe(source.get('title') or view['product_id'])} "
        f"(semantic id {safe(view.get('semantic_id') or '-')}; {safe(view.get('basis') or '')})[/dim]"
    )
    if not view["results"]:
        err.print("No similar products are for sale right now.")
        return
    table = Table(box=box.SIMPLE_HEAVY, pad_edge=False)
    table.add_column("#", justify="right", style="dim")
    table.add_column("Product", overflow="fold", ratio=3)
    table.add_column("Category", overflow="fold", ratio=2)
    table.add_column("Price", justify="right")
    table.add_column("Stock", justify="right")
    table.add_column("Code", style="dim")
    table.add_column("Similarity", justify="right")
    for n, item in enumerate(view["results"], 1):
        table.add_row(
            str(n),
            f"[bold]{safe(item['title'])}[/bold]\n[dim]{safe(item['product_id'])}[/dim]",
            safe(item.get("category") or ""),
            _money(item["price"], item["currency"]),
            str(item.get("stock")) if item["in_stock"] else "[red]out[/red]",
            safe(item.get("semantic_id") or ""),
            f"{item['score']:.3f}",
        )
    stdout_console().print(table)
