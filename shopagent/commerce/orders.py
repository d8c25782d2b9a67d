"""Orders and their lifecycle: confirmed -> shipped -> returned, or confirmed -> canceled.

Shipment is simulated by time so it stays deterministic: an order ships SHIP_AFTER (24 h) after it was
placed. Cancel is allowed until then and puts the stock back; a shipped order may be returned within
RETURN_WINDOW (30 days) after shipment, which also restocks and refunds. Every change is an event with
a reason and a timestamp; `now` can be injected so tests need no clock.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from shopagent import inventory
from shopagent.errors import NotFound, ShopError
from shopagent.money import format_money, json_amount

from .payment import PaymentMethod
from .pricing import line_json

SHIP_AFTER = 24 * 3600
RETURN_WINDOW = 30 * 24 * 3600
ORDER_STATUSES = ("confirmed", "shipped", "canceled", "returned")


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class OrderLine:
    sku: str
    product_id: str
    title: str
    quantity: int
    unit_price_minor: int
    line_total_minor: int
    currency: str

    def to_json(self) -> dict[str, Any]:
        return line_json(self)


@dataclass(frozen=True)
class OrderEvent:
    status: str
    reason: str
    at: float

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "reason": self.reason, "at": iso(self.at)}


@dataclass(frozen=True)
class Order:
    id: str
    session_id: str
    status: str  # effective status at `as_of`: confirmed, shipped, canceled, returned
    approval_kind: str
    approval_ref: str
    currency: str
    subtotal_minor: int
    discount_minor: int
    shipping_method: str
    shipping_minor: int
    tax_minor: int
    total_minor: int
    voucher_code: str | None
    payment: PaymentMethod
    created_at: float
    updated_at: float
    lines: tuple[OrderLine, ...] = ()
    events: tuple[OrderEvent, ...] = field(default=())

    @property
    def ships_at(self) -> float:
        return self.created_at + SHIP_AFTER

    @property
    def return_until(self) -> float:
        return self.ships_at + RETURN_WINDOW

    def summary_json(self) -> dict[str, Any]:
        """The `orders list --json` item."""
        return {
            "order_id": self.id,
            "status": self.status,
            "total": json_amount(self.total_minor, self.currency),
            "currency": self.currency,
            "created_at": iso(self.created_at),
            "item_count": sum(line.quantity for line in self.lines),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "order_id": self.id,
            "status": self.status,
            "created_at": iso(self.created_at),
            "updated_at": iso(self.updated_at),
            "lines": [line.to_json() for line in self.lines],
            "subtotal": json_amount(self.subtotal_minor, self.currency),
            "discount": json_amount(self.discount_minor, self.currency),
            "shipping": json_amount(self.shipping_minor, self.currency),
            "tax": json_amount(self.tax_minor, self.currency),
            "total": json_amount(self.total_minor, self.currency),
            "currency": self.currency,
            "shipping_method": self.shipping_method,
            "voucher": self.voucher_code,
            "payment_method": {"brand": self.payment.brand, "last4": self.payment.last4},
            "approval": {"kind": self.approval_kind, "ref": self.approval_ref},
            "checkout_session_id": self.session_id,
            "ships_at": iso(self.ships_at),
            "return_until": iso(self.return_until),
            "events": [event.to_json() for event in self.events],
        }

    def describe_total(self) -> str:
        return format_money(self.total_minor, self.currency)


def effective_status(stored: str, created_at: float, now: float) -> str:
    if stored == "confirmed" and now >= created_at + SHIP_AFTER:
        return "shipped"
    return stored


def normalize_id(order_id: str) -> str:
    return (order_id or "").strip().lower()


def _events(conn: sqlite3.Connection, row: sqlite3.Row, now: float) -> tuple[OrderEvent, ...]:
    stored = [
        OrderEvent(r["status"], r["reason"], r["at"])
        for r in conn.execute(
            "SELECT status, reason, at FROM order_events WHERE order_id = ? ORDER BY id", (row["id"],)
        )
    ]
    ships_at = row["created_at"] + SHIP_AFTER
    canceled = any(e.status == "canceled" for e in stored)
    if not canceled and now >= ships_at:
        stored.append(
            OrderEvent("shipped", "shipped (simulated: orders ship 24 hours after they are placed)", ships_at)
        )
    return tuple(sorted(stored, key=lambda e: e.at))


def _order(conn: sqlite3.Connection, row: sqlite3.Row, now: float, *, detail: bool = True) -> Order:
    pm = conn.execute(
        "SELECT id, brand, last4 FROM payment_methods WHERE id = ?", (row["payment_method_id"],)
    ).fetchone()
    lines = tuple(
        OrderLine(
            r["sku"],
            r["product_id"],
            r["title"],
            r["quantity"],
            r["unit_price_minor"],
            r["line_total_minor"],
            row["currency"],
        )
        for r in conn.execute("SELECT * FROM order_lines WHERE order_id = ? ORDER BY line_no", (row["id"],))
    )
    return Order(
        id=row["id"],
        session_id=row["session_id"],
        status=effective_status(row["status"], row["created_at"], now),
        approval_kind=row["approval_kind"],
        approval_ref=row["approval_ref"],
        currency=row["currency"],
        subtotal_minor=row["subtotal_minor"],
        discount_minor=row["discount_minor"],
        shipping_method=row["shipping_method"],
        shipping_minor=row["shipping_minor"],
        tax_minor=row["tax_minor"],
        total_minor=row["total_minor"],
        voucher_code=row["voucher_code"],
        payment=PaymentMethod(pm["id"], pm["brand"], pm["last4"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        lines=lines,
        events=_events(conn, row, now) if detail else (),
    )


def read_order(conn: sqlite3.Connection, order_id: str, *, now: float | None = None) -> Order:
    now = time.time() if now is None else now
    row = conn.execute("SELECT * FROM orders WHERE id = ?", (normalize_id(order_id),)).fetchone()
    if row is None:
        raise NotFound(f"unknown order {order_id!r}; list your orders with `shopagent orders list`")
    return _order(conn, row, now)


def get_order(deps: Any, order_id: str, *, now: float | None = None) -> Order:
    return read_order(deps.state.conn, order_id, now=now)


def list_orders(deps: Any, *, now: float | None = None, limit: int | None = None) -> list[Order]:
    """Newest first."""
    now = time.time() if now is None else now
    conn = deps.state.conn
    sql = "SELECT * FROM orders ORDER BY created_at DESC, id"
    rows = conn.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
    return [_order(conn, row, now, detail=False) for row in rows]


def _restock(conn: sqlite3.Connection, order: Order, now: float) -> None:
    for line in order.lines:
        # A SKU dropped from the catalog since has nowhere to go back to; the event still records it.
        inventory.put_back_stock(conn, line.sku, line.quantity, now)


def _change(conn: sqlite3.Connection, order: Order, status: str, reason: str, now: float) -> None:
    conn.execute("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?", (status, now, order.id))
    conn.execute(
        "INSERT INTO order_events (order_id, status, reason, at) VALUES (?, ?, ?, ?)",
        (order.id, status, reason, now),
    )


def cancel_order(deps: Any, order_id: str, *, reason: str | None = None, now: float | None = None) -> Order:
    """Cancel before shipment: the stock goes back and the charge is refunded."""
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        order = read_order(conn, order_id, now=now)
        if order.status in ("canceled", "returned"):
            raise ShopError(f"order {order.id} is already {order.status}")
        if order.status == "shipped":
            until = iso(order.return_until)
            raise ShopError(
                f"order {order.id} shipped at {iso(order.ships_at)} and can no longer be canceled; "
                f"return it with `shopagent orders return {order.id}` (until {until})"
            )
        text = (reason or "").strip() or "canceled by the customer"
        _change(
            conn,
            order,
            "canceled",
            f"{text}; refunded {order.describe_total()} to {order.payment.describe()}",
            now,
        )
        _restock(conn, order, now)
    return get_order(deps, order.id, now=now)


def return_order(deps: Any, order_id: str, *, reason: str | None = None, now: float | None = None) -> Order:
    """Return a shipped order within the window: restocked and refunded."""
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        order = read_order(conn, order_id, now=now)
        if order.status in ("canceled", "returned"):
            raise ShopError(f"order {order.id} is already {order.status}")
        if order.status == "confirmed":
            raise ShopError(
                f"order {order.id} has not shipped yet (ships {iso(order.ships_at)}); "
                f"cancel it instead with `shopagent orders cancel {order.id}`"
            )
        if now > order.return_until:
            raise ShopError(
                f"order {order.id} can no longer be returned: "
                f"the 30-day return window ended {iso(order.return_until)}"
            )
        text = (reason or "").strip() or "returned by the customer"
        _change(
            conn,
            order,
            "returned",
            f"{text}; refunded {order.describe_total()} to {order.payment.describe()}",
            now,
        )
        _restock(conn, order, now)
    return get_order(deps, order.id, now=now)
