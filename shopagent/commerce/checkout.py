"""Checkout sessions (Agentic Commerce Protocol shapes) and the one transaction that turns one into an order.

prepare_checkout prices a cart (or explicit lines) against live inventory and stores a session.
complete_checkout runs a single BEGIN IMMEDIATE transaction: re-price against live stock, refuse a total
higher than the one approved, enforce spending limits, run the caller's guard, insert the order, its lines
and first event, decrement stock, take the bought lines out of the cart and mark the session completed.
Either all of that commits or none of it does, so `kill -9` at any point leaves a consistent file, and
the UNIQUE idempotency key makes a retried completion return the existing order instead of charging again.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from shopagent import inventory
from shopagent.errors import InvalidInput, NotFound, SafetyRefusal, ShopError
from shopagent.inventory import MAX_QUANTITY
from shopagent.money import DEFAULT_CURRENCY, format_money, json_amount

from . import config, payment
from .approval import Approval
from .cart import check_quantity, check_sku
from .orders import Order, iso, read_order
from .pricing import SHIPPING_LABELS, Totals, check_shipping, compute_totals, line_json
from .vouchers import Voucher, find_voucher

STATUSES = ("not_ready_for_payment", "ready_for_payment", "in_progress", "completed", "canceled")
Guard = Callable[[sqlite3.Connection, "CheckoutSession"], None]


@dataclass(frozen=True)
class LineItem:
    sku: str
    product_id: str
    title: str
    quantity: int
    unit_price_minor: int
    currency: str

    @property
    def line_total_minor(self) -> int:
        return self.unit_price_minor * self.quantity

    def to_json(self) -> dict[str, Any]:
        return line_json(self)

    def stored(self) -> dict[str, Any]:
        return {
            "sku": self.sku,
            "product_id": self.product_id,
            "title": self.title,
            "quantity": self.quantity,
            "unit_price_minor": self.unit_price_minor,
            "currency": self.currency,
        }


@dataclass(frozen=True)
class CheckoutSession:
    id: str
    status: str
    source: str  # "cart" or "lines"
    currency: str
    voucher_code: str | None
    shipping_method: str
    lines: tuple[LineItem, ...]
    messages: tuple[str, ...]
    totals: Totals
    order_id: str | None
    created_at: float
    updated_at: float

    @property
    def total_minor(self) -> int:
        return self.totals.total

    @property
    def ready(self) -> bool:
        return self.status == "ready_for_payment"

    def to_json(self) -> dict[str, Any]:
        c, t = self.currency, self.totals
        return {
            "id": self.id,
            "status": self.status,
            "order_id": self.order_id,
            "lines": [line.to_json() for line in self.lines],
            "subtotal": json_amount(t.subtotal, c),
            "discount": json_amount(t.discount, c),
            "shipping": json_amount(t.shipping, c),
            "tax": json_amount(t.tax, c),
            "total": json_amount(t.total, c),
            "currency": c,
            "voucher": self.voucher_code,
            "shipping_method": self.shipping_method,
            "messages": list(self.messages),
            # The same figures in ACP form: typed totals and the chosen fulfillment option.
            "totals": [
                {"type": kind, "display_text": label, "amount": json_amount(amount, c)}
                for kind, label, amount in (
                    ("items_base_amount", "Items", t.subtotal),
                    ("discount", "Discount", t.discount),
                    ("fulfillment", "Shipping", t.shipping),
                    ("tax", "Tax", t.tax),
                    ("total", "Total", t.total),
                )
            ],
            "fulfillment_option": {
                "id": self.shipping_method,
                "type": "shipping",
                "title": SHIPPING_LABELS[self.shipping_method],
                "total": json_amount(t.shipping, c),
            },
            "created_at": iso(self.created_at),
        }


# -- pricing against live inventory ------------------------------------------------------------


@dataclass(frozen=True)
class _Priced:
    lines: tuple[LineItem, ...]
    totals: Totals
    currency: str
    messages: tuple[str, ...]
    problems: tuple[str, ...]  # lines that cannot be bought as asked: missing SKU, too little stock


def _merge(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    merged: dict[str, int] = {}
    for sku, qty in lines:
        sku, qty = check_sku(sku), check_quantity(qty)
        merged[sku] = merged.get(sku, 0) + qty
        if merged[sku] > MAX_QUANTITY:
            raise InvalidInput(f"{merged[sku]} of {sku} is too many; at most {MAX_QUANTITY} per line")
    return list(merged.items())


def _price(
    conn: sqlite3.Connection,
    requested: list[tuple[str, int]],
    voucher: Voucher | None,
    shipping: str,
    seen: dict[str, int],
    *,
    strict_voucher: bool,
) -> _Priced:
    items = inventory.find_many(conn, [sku for sku, _ in requested])
    lines: list[LineItem] = []
    messages: list[str] = []
    problems: list[str] = []
    for sku, qty in requested:
        item = items.get(sku)
        if item is None:
            problems.append(f"{sku} is no longer sold; remove it with `shopagent cart remove {sku}`")
            continue
        if item.stock <= 0:
            problems.append(f"{sku} ({item.title}) is out of stock (0 left, {qty} requested)")
        elif item.stock < qty:
            problems.append(f"only {item.stock} of {sku} ({item.title}) left; {qty} requested")
        before = seen.get(sku)
        if before is not None and before != item.price_minor:
            messages.append(
                f"price of {item.title} ({sku}) changed from {format_money(before, item.currency)} "
                f"to {format_money(item.price_minor, item.currency)}"
            )
        lines.append(LineItem(sku, item.product_id, item.title, qty, item.price_minor, item.currency))
    currencies = sorted({line.currency for line in lines})
    if len(currencies) > 1:
        raise InvalidInput(
            f"these items are priced in several currencies ({', '.join(currencies)}); buy them separately"
        )
    currency = currencies[0] if currencies else DEFAULT_CURRENCY
    subtotal = sum(line.line_total_minor for line in lines)
    discount = 0
    if voucher is not None:
        discount, reason = voucher.discount_for(subtotal, currency)
        if reason:
            if strict_voucher:
                raise InvalidInput(reason)
            messages.append(f"{reason}; the voucher was not applied")
    totals = compute_totals(subtotal, discount, shipping, currency)
    return _Priced(tuple(lines), totals, currency, tuple(messages), tuple(problems))


# -- sessions ----------------------------------------------------------------------------------


def _session(row: sqlite3.Row) -> CheckoutSession:
    stored = json.loads(row["lines_json"])
    return CheckoutSession(
        id=row["id"],
        status=row["status"],
        source=row["source"],
        currency=row["currency"],
        voucher_code=row["voucher_code"],
        shipping_method=row["shipping"],
        lines=tuple(
            LineItem(
                s["sku"], s["product_id"], s["title"], s["quantity"], s["unit_price_minor"], s["currency"]
            )
            for s in stored
        ),
        messages=tuple(json.loads(row["messages_json"])),
        totals=Totals(
            row["subtotal_minor"],
            row["discount_minor"],
            row["shipping_minor"],
            row["tax_minor"],
            row["total_minor"],
        ),
        order_id=row["order_id"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def read_session(conn: sqlite3.Connection, session_id: str) -> CheckoutSession:
    row = conn.execute("SELECT * FROM checkout_sessions WHERE id = ?", (session_id,)).fetchone()
    if row is None:
        raise NotFound(f"unknown checkout session {session_id!r}; start one with `shopagent checkout`")
    return _session(row)


def get_session(deps: Any, session_id: str) -> CheckoutSession:
    return read_session(deps.state.conn, session_id)


def _write_session(conn: sqlite3.Connection, s: CheckoutSession) -> None:
    t = s.totals
    conn.execute(
        "INSERT INTO checkout_sessions (id, status, source, currency, voucher_code, shipping, lines_json, "
        "messages_json, subtotal_minor, discount_minor, shipping_minor, tax_minor, total_minor, order_id, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET status = excluded.status, currency = excluded.currency, "
        "voucher_code = excluded.voucher_code, shipping = excluded.shipping, "
        "lines_json = excluded.lines_json, "
        "messages_json = excluded.messages_json, subtotal_minor = excluded.subtotal_minor, "
        "discount_minor = excluded.discount_minor, shipping_minor = excluded.shipping_minor, "
        "tax_minor = excluded.tax_minor, total_minor = excluded.total_minor, order_id = excluded.order_id, "
        "updated_at = excluded.updated_at",
        (
            s.id, s.status, s.source, s.currency, s.voucher_code, s.shipping_method,
            json.dumps([line.stored() for line in s.lines]), json.dumps(list(s.messages)),
            t.subtotal, t.discount, t.shipping, t.tax, t.total, s.order_id, s.created_at, s.updated_at,
        ),
    )  # fmt: skip


def prepare_checkout(
    deps: Any,
    *,
    lines: list[tuple[str, int]] | None = None,
    voucher: str | None = None,
    shipping: str = "standard",
    now: float | None = None,
) -> CheckoutSession:
    """Price the cart (lines=None) or explicit (sku, qty) lines against live inventory; store a session.

    Explicit lines never touch the cart. A session that cannot be paid as asked (a SKU gone, too little
    stock) is stored as `not_ready_for_payment` with messages saying why.
    """
    shipping = check_shipping(shipping)
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        if lines is None:
            source = "cart"
            rows = conn.execute(
                "SELECT sku, quantity, seen_price_minor FROM cart_lines ORDER BY added_at, sku"
            ).fetchall()
            requested = [(r["sku"], r["quantity"]) for r in rows]
            seen = {r["sku"]: r["seen_price_minor"] for r in rows}
            if not requested:
                raise ShopError("your cart is empty; add something with `shopagent cart add SKU`")
        else:
            source = "lines"
            requested = _merge(list(lines))
            seen = {}
            if not requested:
                raise InvalidInput("a checkout needs at least one (sku, quantity) line")
            for sku, _ in requested:
                inventory.require(conn, sku)
        found = find_voucher(conn, voucher) if voucher else None
        priced = _price(conn, requested, found, shipping, seen, strict_voucher=True)
        session = CheckoutSession(
            id=f"cs_{secrets.token_hex(8)}",
            status="not_ready_for_payment" if priced.problems else "ready_for_payment",
            source=source,
            currency=priced.currency,
            voucher_code=found.code if found else None,
            shipping_method=shipping,
            lines=priced.lines,
            messages=priced.problems + priced.messages,
            totals=priced.totals,
            order_id=None,
            created_at=now,
            updated_at=now,
        )
        _write_session(conn, session)
        if source == "cart":
            # The user has now seen these prices: later changes are reported against them.
            for line in priced.lines:
                conn.execute(
                    "UPDATE cart_lines SET seen_price_minor = ? WHERE sku = ?",
                    (line.unit_price_minor, line.sku),
                )
    return session


def update_session(
    deps: Any,
    session_id: str,
    *,
    lines: list[tuple[str, int]] | None = None,
    voucher: str | None = None,
    shipping: str | None = None,
    now: float | None = None,
) -> CheckoutSession:
    """Change an open session built from explicit lines (new lines, voucher or shipping) and price it
    again against live inventory. Omitted arguments keep what the session had."""
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        session = read_session(conn, session_id)
        if session.status in ("completed", "canceled", "in_progress"):
            raise ShopError(f"checkout session {session.id} is {session.status}; it can no longer change")
        if session.source != "lines":
            raise ShopError(f"checkout session {session.id} prices the cart; change the cart instead")
        if lines is None:
            requested = [(line.sku, line.quantity) for line in session.lines]
        else:
            requested = _merge(list(lines))
            if not requested:
                raise InvalidInput("a checkout needs at least one (sku, quantity) line")
            for sku, _ in requested:
                inventory.require(conn, sku)
        method = check_shipping(shipping) if shipping is not None else session.shipping_method
        code = voucher if voucher is not None else session.voucher_code
        found = find_voucher(conn, code) if code else None
        seen = {line.sku: line.unit_price_minor for line in session.lines}
        priced = _price(conn, requested, found, method, seen, strict_voucher=True)
        session = replace(
            session,
            status="not_ready_for_payment" if priced.problems else "ready_for_payment",
            currency=priced.currency,
            voucher_code=found.code if found else None,
            shipping_method=method,
            lines=priced.lines,
            messages=priced.problems + priced.messages,
            totals=priced.totals,
            updated_at=now,
        )
        _write_session(conn, session)
    return session


def cancel_session(deps: Any, session_id: str, *, now: float | None = None) -> CheckoutSession:
    """Cancel an open session (the user declined); completed sessions stay completed."""
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        session = read_session(conn, session_id)
        if session.status in ("completed", "canceled"):
            return session
        session = replace(session, status="canceled", updated_at=now)
        _write_session(conn, session)
    return session


def complete_checkout(
    deps: Any,
    session_id: str,
    approval: Approval,
    *,
    idempotency_key: str,
    guard: Guard | None = None,
    now: float | None = None,
) -> Order:
    """Place the order for a prepared session in one transaction (see the module docstring).

    Raises SafetyRefusal (exit 4) for a spending limit, a total higher than the one approved, or a guard
    refusal; ShopError (exit 1) for stock problems, naming the SKU and what is left.
    """
    if not isinstance(approval, Approval):
        raise TypeError("complete_checkout needs an Approval built by code")
    key = (idempotency_key or "").strip()
    if not key:
        raise ValueError("complete_checkout needs a non-empty idempotency_key")
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        existing = conn.execute(
            "SELECT id, session_id FROM orders WHERE idempotency_key = ?", (key,)
        ).fetchone()
        if existing is not None:
            if existing["session_id"] != session_id:
                raise ShopError(
                    f"idempotency key {key!r} was already used for checkout session {existing['session_id']} "
                    f"(order {existing['id']}); use a new key for a new purchase"
                )
            order_id = existing["id"]
        else:
            order_id = _complete(conn, session_id, approval, key, guard, now)
    return read_order(deps.state.conn, order_id, now=now)


def _complete(
    conn: sqlite3.Connection, session_id: str, approval: Approval, key: str, guard: Guard | None, now: float
) -> str:
    session = read_session(conn, session_id)
    if session.status == "completed":
        raise ShopError(f"checkout session {session.id} is already completed as order {session.order_id}")
    if session.status == "canceled":
        raise ShopError(f"checkout session {session.id} was canceled; start a new checkout")
    if session.status == "not_ready_for_payment":
        # What was reviewed could not be bought as a whole; buying part of it was never approved.
        why = session.messages[0] if session.messages else "it could not be priced"
        raise ShopError(f"checkout session {session.id} is not ready for payment: {why}")
    voucher = find_voucher(conn, session.voucher_code) if session.voucher_code else None
    requested = [(line.sku, line.quantity) for line in session.lines]
    seen = {line.sku: line.unit_price_minor for line in session.lines}
    priced = _price(conn, requested, voucher, session.shipping_method, seen, strict_voucher=False)
    if priced.problems:
        raise ShopError(priced.problems[0])
    if priced.totals.total > session.total_minor:
        changes = "; ".join(priced.messages) or "prices changed"
        raise SafetyRefusal(
            f"the total rose from {format_money(session.total_minor, session.currency)} to "
            f"{format_money(priced.totals.total, priced.currency)} since it was approved ({changes}); "
            "nothing was bought, review it again with `shopagent checkout`"
        )
    live = replace(
        session,
        status="in_progress",
        lines=priced.lines,
        totals=priced.totals,
        messages=priced.messages,
        updated_at=now,
    )
    config.check_spending(conn, live.total_minor, live.currency, now=now)
    if guard is not None:
        guard(conn, live)

    method = payment.default_method(conn, create=True, now=now)
    assert method is not None
    charge_id = payment.charge(conn, method, live.total_minor, live.currency)
    order_id = f"ord_{secrets.token_hex(5)}"
    t = live.totals
    conn.execute(
        "INSERT INTO orders (id, session_id, idempotency_key, status, approval_kind, approval_ref, currency, "
        "subtotal_minor, discount_minor, shipping_method, shipping_minor, tax_minor, total_minor, "
        "voucher_code, "
        "payment_method_id, charge_id, created_at, updated_at) "
        "VALUES (?, ?, ?, 'confirmed', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            order_id, live.id, key, approval.kind, approval.ref, live.currency, t.subtotal, t.discount,
            live.shipping_method, t.shipping, t.tax, t.total, live.voucher_code, method.id, charge_id,
            now, now,
        ),
    )  # fmt: skip
    for n, line in enumerate(live.lines, start=1):
        conn.execute(
            "INSERT INTO order_lines (order_id, line_no, sku, product_id, title, quantity, unit_price_minor, "
            "line_total_minor) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (order_id, n, line.sku, line.product_id, line.title, line.quantity, line.unit_price_minor,
             line.line_total_minor),
        )  # fmt: skip
        # Re-checked above in this same transaction; kept as a last line of defence.
        if not inventory.take_stock(conn, line.sku, line.quantity, now):
            raise ShopError(f"{line.sku} ({line.title}) does not have {line.quantity} in stock any more")
    who = "you" if approval.kind == "human" else f"mandate {approval.ref}"
    conn.execute(
        "INSERT INTO order_events (order_id, status, reason, at) VALUES (?, 'confirmed', ?, ?)",
        (order_id, f"placed and paid with {method.describe()}; approved by {who} ({approval.ref})", now),
    )
    if live.source == "cart":
        # Take out what was bought; anything added meanwhile in another terminal stays in the cart.
        for line in live.lines:
            conn.execute("UPDATE cart_lines SET quantity = quantity - ? WHERE sku = ? AND quantity > ?",
                         (line.quantity, line.sku, line.quantity))  # fmt: skip
            conn.execute("DELETE FROM cart_lines WHERE sku = ? AND quantity <= ?", (line.sku, line.quantity))
    _write_session(conn, replace(live, status="completed", order_id=order_id))
    return order_id
