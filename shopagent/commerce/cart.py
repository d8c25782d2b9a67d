"""The cart: SKU and quantity per line, validated against live stock; prices shown are estimates.

Checkout re-prices every line against the live inventory and says what changed since the user last saw it.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from shopagent import inventory
from shopagent.errors import InvalidInput, NotFound
from shopagent.inventory import MAX_QUANTITY
from shopagent.money import DEFAULT_CURRENCY, format_money, json_amount

from .pricing import line_json


def check_quantity(quantity: object) -> int:
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        try:
            quantity = int(str(quantity).strip())
        except ValueError:
            raise InvalidInput(
                f"quantity {quantity!r} is not a whole number; use 1..{MAX_QUANTITY}"
            ) from None
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(f"quantity {quantity} is out of range; use 1..{MAX_QUANTITY}")
    return quantity


def check_sku(sku: str) -> str:
    cleaned = (sku or "").strip()
    if not cleaned or len(cleaned) > 200:
        raise InvalidInput(f"SKU {sku!r} is not valid; find SKUs with `shopagent search TEXT`")
    return cleaned


@dataclass(frozen=True)
class CartLine:
    sku: str
    product_id: str
    title: str
    quantity: int
    unit_price_minor: int  # live price (an estimate until checkout)
    seen_price_minor: int
    currency: str
    stock: int
    available: bool  # still sold, and enough stock for the quantity

    @property
    def line_total_minor(self) -> int:
        return self.unit_price_minor * self.quantity

    def to_json(self) -> dict[str, Any]:
        return {**line_json(self), "in_stock": self.available}


@dataclass(frozen=True)
class Cart:
    lines: list[CartLine]
    currency: str

    @property
    def subtotal_minor(self) -> int:
        return sum(line.line_total_minor for line in self.lines)

    @property
    def item_count(self) -> int:
        return sum(line.quantity for line in self.lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "lines": [line.to_json() for line in self.lines],
            "subtotal": json_amount(self.subtotal_minor, self.currency),
            "currency": self.currency,
            "item_count": self.item_count,
        }


def read_cart(conn: sqlite3.Connection) -> Cart:
    rows = conn.execute(
        "SELECT sku, quantity, seen_price_minor FROM cart_lines ORDER BY added_at, sku"
    ).fetchall()
    items = inventory.find_many(conn, [r["sku"] for r in rows])
    lines = []
    for row in rows:
        item = items.get(row["sku"])
        if item is None:  # dropped from the catalog since it was added
            lines.append(
                CartLine(
                    row["sku"],
                    "",
                    "(no longer sold)",
                    row["quantity"],
                    row["seen_price_minor"],
                    row["seen_price_minor"],
                    DEFAULT_CURRENCY,
                    0,
                    False,
                )
            )
            continue
        lines.append(
            CartLine(
                item.sku,
                item.product_id,
                item.title,
                row["quantity"],
                item.price_minor,
                row["seen_price_minor"],
                item.currency,
                item.stock,
                item.stock >= row["quantity"],
            )
        )
    currencies = {line.currency for line in lines if line.product_id}
    currency = currencies.pop() if len(currencies) == 1 else DEFAULT_CURRENCY
    return Cart(lines, currency)


def show(deps: Any) -> Cart:
    return read_cart(deps.state.conn)


def _check_stock(item: inventory.Sku, quantity: int) -> None:
    if item.stock <= 0:
        raise InvalidInput(f"{item.sku} ({item.title}) is out of stock")
    if quantity > item.stock:
        raise InvalidInput(
            f"only {item.stock} of {item.sku} ({item.title}) in stock; you asked for {quantity}"
        )


def _check_currency(conn: sqlite3.Connection, item: inventory.Sku) -> None:
    skus = [r[0] for r in conn.execute("SELECT sku FROM cart_lines WHERE sku != ?", (item.sku,))]
    others = {i.currency for i in inventory.find_many(conn, skus).values()}
    if others and item.currency not in others:
        raise InvalidInput(
            f"{item.sku} is priced in {item.currency} but the cart is in {', '.join(sorted(others))}; "
            "check out or clear the cart first"
        )


def _upsert(conn: sqlite3.Connection, item: inventory.Sku, quantity: int, now: float) -> None:
    conn.execute(
        "INSERT INTO cart_lines (sku, quantity, seen_price_minor, added_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(sku) DO UPDATE SET quantity = excluded.quantity, "
        "seen_price_minor = excluded.seen_price_minor, updated_at = excluded.updated_at",
        (item.sku, quantity, item.price_minor, now, now),
    )


def add(deps: Any, sku: str, quantity: int = 1, *, now: float | None = None) -> CartLine:
    """Add `quantity` of a SKU (on top of what the cart already holds)."""
    sku, quantity = check_sku(sku), check_quantity(quantity)
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        item = inventory.require(conn, sku)
        row = conn.execute("SELECT quantity FROM cart_lines WHERE sku = ?", (sku,)).fetchone()
        total = quantity + (row["quantity"] if row else 0)
        if total > MAX_QUANTITY:
            raise InvalidInput(f"the cart would hold {total} of {sku}; at most {MAX_QUANTITY} per line")
        _check_stock(item, total)
        _check_currency(conn, item)
        _upsert(conn, item, total, now)
        return _line(conn, sku)


def set_quantity(deps: Any, sku: str, quantity: int, *, now: float | None = None) -> CartLine:
    """Set the quantity of a SKU, adding the line if it is not in the cart."""
    sku, quantity = check_sku(sku), check_quantity(quantity)
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        item = inventory.require(conn, sku)
        _check_stock(item, quantity)
        _check_currency(conn, item)
        _upsert(conn, item, quantity, now)
        return _line(conn, sku)


def remove(deps: Any, sku: str) -> None:
    sku = check_sku(sku)
    with deps.state.tx() as conn:
        if conn.execute("DELETE FROM cart_lines WHERE sku = ?", (sku,)).rowcount == 0:
            in_cart = [r[0] for r in conn.execute("SELECT sku FROM cart_lines ORDER BY added_at")]
            hint = f"the cart holds: {', '.join(in_cart)}" if in_cart else "the cart is empty"
            raise NotFound(f"{sku} is not in the cart; {hint}")


def clear(deps: Any) -> int:
    with deps.state.tx() as conn:
        return conn.execute("DELETE FROM cart_lines").rowcount


def _line(conn: sqlite3.Connection, sku: str) -> CartLine:
    return next(line for line in read_cart(conn).lines if line.sku == sku)


def describe_total(cart: Cart) -> str:
    return format_money(cart.subtotal_minor, cart.currency)
