"""Carts that remote agents build (UCP create_cart / get_cart / update_cart / cancel_cart).

They live in their own table, apart from the user's cart: a remote agent never changes what the user put
in their own cart. A cart is a list of (sku, quantity); prices are read live each time it is shown, and
`create_checkout(cart_id=...)` turns it into a checkout session.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

from shopagent import inventory
from shopagent.commerce.cart import check_quantity, check_sku
from shopagent.errors import InvalidInput, NotFound, ShopError
from shopagent.money import DEFAULT_CURRENCY

MAX_LINES = 50


@dataclass(frozen=True)
class AgentCartLine:
    sku: str
    product_id: str
    title: str
    quantity: int
    unit_price_minor: int | None  # None: the SKU is no longer sold
    currency: str
    stock: int

    @property
    def available(self) -> bool:
        return self.unit_price_minor is not None and self.stock >= self.quantity


@dataclass(frozen=True)
class AgentCart:
    id: str
    status: str
    lines: tuple[AgentCartLine, ...]
    currency: str
    created_at: float
    updated_at: float

    @property
    def subtotal_minor(self) -> int:
        return sum((line.unit_price_minor or 0) * line.quantity for line in self.lines)

    def requested(self) -> list[tuple[str, int]]:
        return [(line.sku, line.quantity) for line in self.lines]


def merge_lines(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Validate and merge (sku, quantity) pairs; the same SKU twice adds up."""
    if len(lines) > MAX_LINES:
        raise InvalidInput(f"{len(lines)} line items is too many; at most {MAX_LINES}")
    merged: dict[str, int] = {}
    for sku, qty in lines:
        sku = check_sku(sku)
        merged[sku] = merged.get(sku, 0) + check_quantity(qty)
        check_quantity(merged[sku])
    return list(merged.items())


def _read(conn: sqlite3.Connection, cart_id: str) -> AgentCart:
    row = conn.execute("SELECT * FROM agent_carts WHERE id = ?", ((cart_id or "").strip(),)).fetchone()
    if row is None:
        raise NotFound(f"unknown cart {cart_id!r}; create one with create_cart")
    stored = json.loads(row["lines_json"])
    items = inventory.find_many(conn, [s["sku"] for s in stored])
    lines = []
    for s in stored:
        item = items.get(s["sku"])
        if item is None:
            lines.append(AgentCartLine(s["sku"], "", "(no longer sold)", s["quantity"], None, "", 0))
        else:
            lines.append(
                AgentCartLine(
                    item.sku, item.product_id, item.title, s["quantity"], item.price_minor, item.currency,
                    item.stock,
                )
            )  # fmt: skip
    currencies = {line.currency for line in lines if line.currency}
    currency = currencies.pop() if len(currencies) == 1 else DEFAULT_CURRENCY
    return AgentCart(row["id"], row["status"], tuple(lines), currency, row["created_at"], row["updated_at"])


def _check_items(conn: sqlite3.Connection, lines: list[tuple[str, int]]) -> None:
    currencies = set()
    for sku, _ in lines:
        currencies.add(inventory.require(conn, sku).currency)
    if len(currencies) > 1:
        raise InvalidInput(f"one cart holds one currency, these items are in {', '.join(sorted(currencies))}")


def _write(conn: sqlite3.Connection, cart_id: str, lines: list[tuple[str, int]], now: float) -> None:
    data = json.dumps([{"sku": sku, "quantity": qty} for sku, qty in lines])
    conn.execute(
        "INSERT INTO agent_carts (id, status, lines_json, created_at, updated_at) "
        "VALUES (?, 'active', ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET lines_json = excluded.lines_json, updated_at = excluded.updated_at",
        (cart_id, data, now, now),
    )


def create_cart(deps: Any, lines: list[tuple[str, int]], *, now: float | None = None) -> AgentCart:
    now = time.time() if now is None else now
    requested = merge_lines(lines)
    if not requested:
        raise InvalidInput("a cart needs at least one line item")
    with deps.state.tx() as conn:
        _check_items(conn, requested)
        cart_id = f"cart_{secrets.token_hex(8)}"
        _write(conn, cart_id, requested, now)
        return _read(conn, cart_id)


def get_cart(deps: Any, cart_id: str) -> AgentCart:
    return _read(deps.state.conn, cart_id)


def update_cart(
    deps: Any, cart_id: str, lines: list[tuple[str, int]], *, now: float | None = None
) -> AgentCart:
    """Replace the cart's lines (an empty list empties it)."""
    now = time.time() if now is None else now
    requested = merge_lines(lines)
    with deps.state.tx() as conn:
        cart = _read(conn, cart_id)
        if cart.status != "active":
            raise ShopError(f"cart {cart.id} was canceled; create a new one with create_cart")
        _check_items(conn, requested)
        _write(conn, cart.id, requested, now)
        return _read(conn, cart.id)


def cancel_cart(deps: Any, cart_id: str, *, now: float | None = None) -> AgentCart:
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        cart = _read(conn, cart_id)
        conn.execute(
            "UPDATE agent_carts SET status = 'canceled', updated_at = ? WHERE id = ?", (now, cart.id)
        )
        return _read(conn, cart.id)
