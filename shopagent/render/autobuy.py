"""Mandates, watches, watch runs and the audit trail as Rich tables (stdout) and notices (stderr)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from shopagent.money import format_money
from shopagent.render import safe, stderr_console, stdout_console

if TYPE_CHECKING:
    from shopagent.commerce.audit import AuditEntry
    from shopagent.commerce.mandates import Mandate
    from shopagent.commerce.watches import Watch, WatchOutcome

_DECISION_STYLE = {
    "bought": "green",
    "matched": "cyan",
    "refused": "red",
    "failed": "red",
    "expired": "yellow",
    "skipped": "yellow",
}


def _table():  # type: ignore[no-untyped-def]
    from rich import box
    from rich.table import Table

    return Table(box=box.SIMPLE_HEAVY, pad_edge=False)


def _when(ts: str | None) -> str:
    """ISO UTC -> "2026-12-20 23:59" (UTC): short enough for a table column."""
    return ts[:16].replace("T", " ") if ts else "-"


def _columns(table, names: tuple[str, ...], wide: str) -> None:  # type: ignore[no-untyped-def]
    # Ids and amounts never wrap; the free-text column takes the remaining width.
    for name in names:
        if name == wide:
            table.add_column(name, overflow="fold", ratio=1)
        else:
            table.add_column(name, no_wrap=True)


def _styled(decision: str) -> str:
    style = _DECISION_STYLE.get(decision)
    return f"[{style}]{decision}[/{style}]" if style else decision


def render_mandate_terms(fields: dict[str, str]) -> None:
    """What the user is about to sign, on stderr, before the confirmation prompt."""
    console = stderr_console()
    console.print("[bold]This mandate lets shopagent buy on its own, within these limits:[/bold]")
    for label, value in fields.items():
        console.print(f"  {label:<14} {safe(value)}")


def render_mandates(mandates: list[Mandate], valid: dict[str, bool | None]) -> None:
    if not mandates:
        stderr_console().print("No mandates. Create one with `shopagent mandate create --max-total X`.")
        return
    table = _table()
    _columns(table, ("Mandate", "Status", "Per purchase", "Budget", "Spent", "Allowed", "Expires"), "Allowed")
    for m in mandates:
        status = m.status()
        if valid.get(m.mandate_id) is None:
            status = "[red]unverifiable[/red]"
        elif not valid[m.mandate_id]:
            status = "[red]tampered[/red]"
        allowed = ", ".join([*m.categories, *m.skus]) or "anything"
        table.add_row(
            m.mandate_id,
            status,
            format_money(m.max_total_minor, m.currency),
            format_money(m.budget_minor, m.currency),
            format_money(m.spent_minor, m.currency),
            safe(allowed),
            _when(m.expires_at) if m.expires_at else "never",
        )
    stdout_console().print(table)


def render_watches(watches: list[Watch]) -> None:
    if not watches:
        stderr_console().print("No watches. Add one with `shopagent watch add SKU --max-price X`.")
        return
    table = _table()
    _columns(table, ("Watch", "SKU", "Product", "Max", "Seen", "Auto", "Status", "Until", "Order"), "Product")
    for w in watches:
        table.add_row(
            w.watch_id,
            safe(w.sku),
            safe(w.title or "-"),
            format_money(w.max_price_minor, w.currency),
            format_money(w.last_seen_minor, w.currency),
            "yes" if w.auto_buy else "no",
            w.status,
            _when(w.until),
            w.order_id or "-",
        )
    stdout_console().print(table)


def render_run(outcomes: list[WatchOutcome]) -> None:
    if not outcomes:
        stderr_console().print("No active watches.")
        return
    table = _table()
    _columns(table, ("Watch", "SKU", "Price", "Decision", "Status", "Order", "Reason"), "Reason")
    for o in outcomes:
        table.add_row(
            o.watch_id,
            safe(o.sku),
            format_money(o.price_minor, o.currency),
            _styled(o.decision),
            o.status,
            o.order_id or "-",
            safe(o.reason),
        )
    stdout_console().print(table)


def notify(outcomes: list[WatchOutcome]) -> None:
    """One line on stderr per decision that is new since the last run (what a cron mail shows)."""
    console = stderr_console()
    for o in outcomes:
        if not o.new:
            continue
        price = format_money(o.price_minor, o.currency)
        if o.decision == "bought":
            console.print(
                f"[green]bought[/green] {safe(o.sku)} at {price}: order {o.order_id} ({o.watch_id})"
            )
        elif o.decision == "matched":
            console.print(
                f"[cyan]price alert[/cyan] {safe(o.sku)} is now {price}, within your limit ({o.watch_id})"
            )
        else:
            console.print(f"{_styled(o.decision)} {safe(o.sku)} ({o.watch_id}): {safe(o.reason)}")


def render_audit(entries: list[AuditEntry]) -> None:
    if not entries:
        stderr_console().print("The audit trail is empty: no autonomous decision has been made yet.")
        return
    table = _table()
    _columns(
        table,
        ("#", "When (UTC)", "Watch", "SKU", "Price", "Mandate", "Decision", "Order", "Reason"),
        "Reason",
    )
    for e in entries:
        table.add_row(
            str(e.seq),
            _when(e.at),
            e.watch_id or "-",
            safe(e.sku or "-"),
            format_money(e.price_minor, e.currency or "USD"),
            e.mandate_id or "-",
            _styled(e.decision),
            e.order_id or "-",
            safe(e.reason),
        )
    stdout_console().print(table)
