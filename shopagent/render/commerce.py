"""Rich output for cart, checkout review, orders, vouchers and settings. Catalog text goes through safe()."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from shopagent.commerce.pricing import Totals
from shopagent.money import format_money
from shopagent.render import safe, stderr_console, stdout_console

if TYPE_CHECKING:
    from decimal import Decimal

    from rich.console import Console
    from rich.table import Table

    from shopagent.commerce.cart import Cart
    from shopagent.commerce.checkout import CheckoutSession
    from shopagent.commerce.orders import Order
    from shopagent.commerce.vouchers import Voucher


def _when(ts: float) -> str:
    return datetime.fromtimestamp(ts).astimezone().strftime("%Y-%m-%d %H:%M")


def _lines_table(rows: list[tuple[str, str, int, int, int]], currency: str) -> Table:
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    table.add_column("SKU", style="dim", no_wrap=True)
    table.add_column("Item")
    table.add_column("Qty", justify="right")
    table.add_column("Unit", justify="right")
    table.add_column("Line", justify="right")
    for sku, title, qty, unit, line in rows:
        table.add_row(
            safe(sku), safe(title), str(qty), format_money(unit, currency), format_money(line, currency)
        )
    return table


def render_cart(cart: Cart) -> None:
    out = stdout_console()
    if not cart.lines:
        stderr_console().print("Your cart is empty. Add something with `shopagent cart add SKU`.")
        return
    rows = [
        (line.sku, line.title + ("" if line.available else "  (not available)"), line.quantity,
         line.unit_price_minor, line.line_total_minor)
        for line in cart.lines
    ]  # fmt: skip
    out.print(_lines_table(rows, cart.currency))
    out.print(
        f"[bold]Subtotal {format_money(cart.subtotal_minor, cart.currency)}[/bold]  "
        "(estimated; checkout re-prices)"
    )


def _totals(console: Console, t: Totals, currency: str, voucher: str | None, shipping_method: str) -> None:
    pairs = [("Subtotal", t.subtotal)]
    if t.discount:
        pairs.append((f"Discount ({safe(voucher or '')})", -t.discount))
    pairs += [(f"Shipping ({shipping_method})", t.shipping), ("Tax (8%)", t.tax)]
    width = max(len(label) for label, _ in pairs + [("Total", 0)])
    for label, amount in pairs:
        text = ("-" if amount < 0 else "") + format_money(abs(amount), currency)
        console.print(f"{label:<{width}}  {text:>12}")
    console.print(f"[bold]{'Total':<{width}}  {format_money(t.total, currency):>12}[/bold]")


def render_review(session: CheckoutSession) -> None:
    """What the human is about to approve: the exact lines and total (stderr, beside the prompt)."""
    console = stderr_console()
    rows = [(li.sku, li.title, li.quantity, li.unit_price_minor, li.line_total_minor) for li in session.lines]
    console.print(_lines_table(rows, session.currency))
    _totals(console, session.totals, session.currency, session.voucher_code, session.shipping_method)
    for message in session.messages:
        console.print(f"[yellow]! {safe(message)}[/yellow]")


def render_order(order: Order, *, messages: tuple[str, ...] = ()) -> None:
    out = stdout_console()
    out.print(f"[bold]Order {safe(order.id)}[/bold]  {order.status}  placed {_when(order.created_at)}")
    rows = [(li.sku, li.title, li.quantity, li.unit_price_minor, li.line_total_minor) for li in order.lines]
    out.print(_lines_table(rows, order.currency))
    _totals(
        out,
        Totals(
            order.subtotal_minor,
            order.discount_minor,
            order.shipping_minor,
            order.tax_minor,
            order.total_minor,
        ),
        order.currency,
        order.voucher_code,
        order.shipping_method,
    )
    out.print(f"Paid with {order.payment.describe()}")
    if order.status == "confirmed":
        out.print(
            f"Ships {_when(order.ships_at)}; cancel before then with `shopagent orders cancel {order.id}`"
        )
    elif order.status == "shipped":
        out.print(f"Returnable until {_when(order.return_until)} with `shopagent orders return {order.id}`")
    for event in order.events:
        out.print(f"[dim]{_when(event.at)}  {event.status:<9} {safe(event.reason)}[/dim]")
    for message in messages:
        out.print(f"[yellow]! {safe(message)}[/yellow]")


def render_orders(orders: list[Order]) -> None:
    if not orders:
        stderr_console().print("No orders yet.")
        return
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False)
    for name, justify in (("Order", "left"), ("Placed", "left"), ("Status", "left"), ("Items", "right"),
                          ("Total", "right")):  # fmt: skip
        table.add_column(name, justify=justify)  # type: ignore[arg-type]
    for o in orders:
        items = sum(li.quantity for li in o.lines)
        table.add_row(
            o.id, _when(o.created_at), o.status, str(items), format_money(o.total_minor, o.currency)
        )
    stdout_console().print(table)


def render_vouchers(vouchers: list[Voucher]) -> None:
    if not vouchers:
        stderr_console().print(
            "No vouchers. Add one with `shopagent voucher add CODE --fixed X|--percent P`."
        )
        return
    for v in vouchers:
        stdout_console().print(f"{v.code:<16} {safe(v.describe())}")


def render_config(settings: dict[str, Decimal | str | None], descriptions: dict[str, str]) -> None:
    import sys

    for key, value in settings.items():
        shown = "off" if value is None else value if isinstance(value, str) else f"{value:f}"
        sys.stdout.write(f"{key:<16} {shown:<12} {descriptions[key]}\n")
