"""Checkout sessions built by remote agents, and the rule that guards them: an agent's word is not consent.

Completing a session over MCP or HTTP places an order only when an active signed mandate covers every
line and the total (verified by `verify_mandate` and charged by `record_spend` inside the order's own
transaction, as `watch run` does). Otherwise the session is marked `requires_escalation` and nothing is
bought until the human runs `shopagent checkout approve SESSION_ID` in a terminal.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from shopagent import inventory
from shopagent.commerce import audit, config
from shopagent.commerce.approval import Approval
from shopagent.commerce.checkout import (
    CheckoutSession,
    cancel_session,
    complete_checkout,
    prepare_checkout,
    read_session,
    update_session,
)
from shopagent.commerce.mandates import Mandate, list_mandates, record_spend, verify_mandate
from shopagent.commerce.orders import Order, read_order
from shopagent.errors import SafetyRefusal, ShopError
from shopagent.money import format_money

from .carts import get_cart, merge_lines

Via = Literal["mcp", "http"]

# UCP's checkout statuses for ours; `requires_escalation` is a ready session awaiting the human.
UCP_STATUS = {
    "not_ready_for_payment": "incomplete",
    "ready_for_payment": "ready_for_complete",
    "in_progress": "complete_in_progress",
    "completed": "completed",
    "canceled": "canceled",
}


@dataclass(frozen=True)
class Escalation:
    session_id: str
    requested_via: str
    reason: str
    requested_at: float
    approved_at: float | None
    approved_by: str | None


@dataclass(frozen=True)
class CheckoutView:
    """A session as a remote agent sees it: the session, whether it waits for a human, and its order."""

    session: CheckoutSession
    escalation: Escalation | None
    order: Order | None

    @property
    def awaiting_human(self) -> bool:
        return self.session.status == "ready_for_payment" and self.escalation is not None

    def status(self, protocol: Literal["ucp", "acp"]) -> str:
        if self.awaiting_human:
            return "requires_escalation"
        return UCP_STATUS[self.session.status] if protocol == "ucp" else self.session.status


def approve_hint(session_id: str) -> str:
    return f"shopagent checkout approve {session_id}"


def _escalation(conn: sqlite3.Connection, session_id: str) -> Escalation | None:
    row = conn.execute("SELECT * FROM checkout_escalations WHERE session_id = ?", (session_id,)).fetchone()
    if row is None:
        return None
    return Escalation(
        row["session_id"], row["requested_via"], row["reason"], row["requested_at"], row["approved_at"],
        row["approved_by"],
    )  # fmt: skip


def view(deps: Any, session_id: str) -> CheckoutView:
    conn = deps.state.conn
    session = read_session(conn, (session_id or "").strip())
    order = read_order(conn, session.order_id) if session.order_id else None
    return CheckoutView(session, _escalation(conn, session.id), order)


def create(
    deps: Any,
    *,
    lines: list[tuple[str, int]] | None = None,
    cart_id: str | None = None,
    shipping: str = "standard",
    voucher: str | None = None,
) -> CheckoutView:
    """A session from explicit lines or from an agent cart; never from the user's own cart."""
    if cart_id is not None:
        if lines:
            raise ShopError("give line_items or cart_id, not both")
        cart = get_cart(deps, cart_id)
        if cart.status != "active":
            raise ShopError(f"cart {cart.id} was canceled; create a new one with create_cart")
        lines = cart.requested()
    if not lines:
        raise ShopError("a checkout needs line items: [{item: {id: SKU}, quantity: N}] or a cart_id")
    session = prepare_checkout(deps, lines=merge_lines(lines), voucher=voucher, shipping=shipping)
    return view(deps, session.id)


def update(
    deps: Any,
    session_id: str,
    *,
    lines: list[tuple[str, int]] | None = None,
    shipping: str | None = None,
    voucher: str | None = None,
) -> CheckoutView:
    # Checked and written under one write lock, so no escalation can slip in between.
    with deps.state.tx():
        current = view(deps, session_id)
        if current.awaiting_human:
            # What the human is asked to approve must not change under them.
            raise ShopError(
                f"checkout session {session_id} is waiting for the user's approval and can no longer "
                "change; cancel it and create a new one"
            )
        session = update_session(
            deps, current.session.id, lines=merge_lines(lines) if lines is not None else None,
            shipping=shipping, voucher=voucher,
        )  # fmt: skip
    return view(deps, session.id)


def cancel(deps: Any, session_id: str) -> CheckoutView:
    current = view(deps, session_id)
    if current.session.status == "completed":
        raise ShopError(
            f"checkout session {current.session.id} is completed as order {current.session.order_id}; "
            "the user can cancel the order with `shopagent orders cancel`"
        )
    cancel_session(deps, current.session.id)
    return view(deps, current.session.id)


def _categories(conn: sqlite3.Connection, session: CheckoutSession) -> dict[str, str | None]:
    """Each line's inventory category: mandates may be scoped to categories."""
    found: dict[str, str | None] = {}
    for line in session.lines:
        found[line.sku] = inventory.category_of(conn, line.sku)
    return found


def _verify(
    deps: Any, mandate_id: str, session: CheckoutSession, categories: dict[str, str | None], **kw: Any
) -> Mandate:
    mandate = None
    for line in session.lines:
        mandate = verify_mandate(
            deps, mandate_id, sku=line.sku, category=categories.get(line.sku),
            amount_minor=int(session.total_minor), currency=session.currency, **kw,
        )  # fmt: skip
    assert mandate is not None
    return mandate


def covering_mandate(deps: Any, session: CheckoutSession, now: datetime) -> tuple[Mandate | None, list[str]]:
    """The mandate that allows every line at the session's total, chosen as `watch run` chooses: of
    those that verify, the smallest sufficient cap, then the earliest expiry, then the oldest."""
    categories = _categories(deps.state.conn, session)
    refusals: list[str] = []
    for m in sorted(list_mandates(deps), key=lambda m: (m.max_total_minor, m.expiry_key())):
        try:
            _verify(deps, m.mandate_id, session, categories, now=now)
        except SafetyRefusal as exc:
            refusals.append(str(exc))
            continue
        return m, refusals
    if not refusals:
        refusals.append("no mandate allows purchases without the user")
    return None, refusals


def _idempotency_key(session_id: str) -> str:
    return f"agent:{session_id}"


def complete(deps: Any, session_id: str, *, via: Via, now: float | None = None) -> CheckoutView:
    """A remote agent asks to buy: under a covering mandate the order is placed; otherwise the session
    waits for the human (`requires_escalation`) and nothing is bought."""
    now = time.time() if now is None else now
    current = view(deps, session_id)
    session = current.session
    if session.status == "completed":
        return current
    if session.status == "canceled":
        raise ShopError(f"checkout session {session.id} was canceled; create a new checkout")
    if session.status != "ready_for_payment":
        why = session.messages[0] if session.messages else f"it is {session.status}"
        raise ShopError(f"checkout session {session.id} cannot be completed: {why}; update it first")
    # A purchase the spending limits forbid would be refused after approval too: say so now.
    config.check_spending(deps.state.conn, session.total_minor, session.currency, now=now)
    if current.escalation is not None:
        return current
    when = datetime.fromtimestamp(now, UTC)
    mandate, refusals = covering_mandate(deps, session, when)
    if mandate is not None:
        try:
            return _complete_under_mandate(deps, session, mandate, via=via, when=when)
        except SafetyRefusal as exc:  # the mandate stopped covering it inside the transaction
            refusals = [str(exc)]
    reason = "; ".join(refusals)
    with deps.state.tx() as conn:
        conn.execute(
            "INSERT INTO checkout_escalations (session_id, requested_via, reason, requested_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(session_id) DO NOTHING",
            (session.id, via, reason, now),
        )
    return view(deps, session.id)


def _complete_under_mandate(
    deps: Any, session: CheckoutSession, mandate: Mandate, *, via: Via, when: datetime
) -> CheckoutView:
    key = _idempotency_key(session.id)
    mandate_id = mandate.mandate_id

    def guard(conn: sqlite3.Connection, live: CheckoutSession) -> None:
        # Inside the order's BEGIN IMMEDIATE transaction: re-verified on live totals, charged to the
        # mandate's budget and audited, all committed or rolled back with the order.
        verified = _verify(deps, mandate_id, live, _categories(conn, live), conn=conn, now=when)
        total = int(live.total_minor)
        record_spend(
            conn, verified, idempotency_key=key, amount_minor=total, currency=live.currency, now=when
        )
        audit.record(
            conn, "bought", sku=live.lines[0].sku if len(live.lines) == 1 else None, currency=live.currency,
            reason=f"checkout {live.id} asked for by a remote agent over {via}: "
            f"{format_money(total, live.currency)} under mandate {mandate_id}",
            mandate_id=mandate_id, idempotency_key=key, now=when,
        )  # fmt: skip

    order = complete_checkout(
        deps, session.id, Approval("mandate", mandate_id), idempotency_key=key, guard=guard
    )
    with deps.state.tx() as conn:
        conn.execute("UPDATE mandate_spend SET order_id = ? WHERE idempotency_key = ?", (order.id, key))
        conn.execute(
            "UPDATE audit SET order_id = ? WHERE idempotency_key = ? AND decision = 'bought'", (order.id, key)
        )
    return view(deps, session.id)


def approve(
    deps: Any,
    session_id: str,
    approval: Approval,
    *,
    reviewed: CheckoutSession | None = None,
    now: float | None = None,
) -> CheckoutView:
    """The human's approval (built by the CLI after a typed confirmation or --yes) completes the session.

    `reviewed` is the session as it was shown to the human: if it changed since, nothing is bought.
    """
    if not isinstance(approval, Approval) or approval.kind != "human":
        raise TypeError("approve needs the human's Approval, built by code after their confirmation")
    now = time.time() if now is None else now
    current = view(deps, session_id)
    if current.session.status == "completed":
        return current

    def guard(conn: sqlite3.Connection, live: CheckoutSession) -> None:
        # Inside the order's transaction: the stored session is the one the human reviewed.
        if reviewed is not None:
            stored = read_session(conn, live.id)
            if stored.updated_at != reviewed.updated_at or stored.lines != reviewed.lines:
                raise SafetyRefusal(
                    f"checkout session {live.id} changed after you reviewed it; nothing was bought, "
                    f"review it again with `{approve_hint(live.id)}`"
                )
        conn.execute(
            "UPDATE checkout_escalations SET approved_at = ?, approved_by = ? WHERE session_id = ?",
            (now, approval.ref, live.id),
        )

    complete_checkout(
        deps, current.session.id, approval, idempotency_key=_idempotency_key(current.session.id),
        guard=guard, now=now,
    )  # fmt: skip
    return view(deps, current.session.id)


def pending(deps: Any) -> list[CheckoutView]:
    """Sessions remote agents asked to complete that wait for the human, oldest first."""
    rows = deps.state.query(
        "SELECT e.session_id FROM checkout_escalations e JOIN checkout_sessions s ON s.id = e.session_id "
        "WHERE s.status = 'ready_for_payment' ORDER BY e.requested_at"
    )
    return [view(deps, row[0]) for row in rows]
