"""The audit trail: every autonomous decision (a watch matching, buying, being refused...) in order.

Rows are only ever appended, by the same transaction that makes the decision, so the trail and the
state it describes cannot disagree after a crash.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from shopagent.money import json_amount

Decision = Literal["matched", "bought", "refused", "failed", "expired", "skipped"]
DECISIONS: tuple[str, ...] = ("matched", "bought", "refused", "failed", "expired", "skipped")


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    decision: str
    reason: str
    watch_id: str | None = None
    sku: str | None = None
    price_minor: int | None = None
    currency: str | None = None
    mandate_id: str | None = None
    order_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        currency = self.currency or "USD"
        return {
            "seq": self.seq,
            "at": self.at,
            "watch_id": self.watch_id,
            "sku": self.sku,
            "price_seen": json_amount(self.price_minor, currency),
            "currency": currency,
            "mandate_id": self.mandate_id,
            "decision": self.decision,
            "reason": self.reason,
            "order_id": self.order_id,
        }


def now_iso(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")


def record(
    conn: sqlite3.Connection,
    decision: Decision,
    *,
    reason: str = "",
    watch_id: str | None = None,
    sku: str | None = None,
    price_minor: int | None = None,
    currency: str | None = None,
    mandate_id: str | None = None,
    order_id: str | None = None,
    idempotency_key: str | None = None,
    now: datetime | None = None,
) -> int:
    """Append one decision; call inside the transaction that makes it. Returns its sequence number."""
    if decision not in DECISIONS:
        raise ValueError(f"unknown audit decision {decision!r}")
    cur = conn.execute(
        "INSERT INTO audit (at, watch_id, sku, price_minor, currency, mandate_id, decision, reason, "
        "order_id, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            now_iso(now),
            watch_id,
            sku,
            price_minor,
            currency,
            mandate_id,
            decision,
            " ".join(reason.split()),
            order_id,
            idempotency_key,
        ),
    )
    return int(cur.lastrowid or 0)


def list_audit(deps: Any, *, watch_id: str | None = None) -> list[AuditEntry]:
    """The whole trail (or one watch's), oldest first."""
    # The order id is filled in just after the order commits; the join covers a crash in between.
    sql = (
        "SELECT a.seq, a.at, a.decision, a.reason, a.watch_id, a.sku, a.price_minor, a.currency, "
        "a.mandate_id, COALESCE(a.order_id, o.id) AS order_id FROM audit a "
        "LEFT JOIN orders o ON a.decision = 'bought' AND o.idempotency_key = a.idempotency_key"
    )
    params: tuple = ()
    if watch_id is not None:
        sql += " WHERE a.watch_id = ?"
        params = (watch_id,)
    rows = deps.state.query(sql + " ORDER BY a.seq", params)
    return [AuditEntry(**dict(row)) for row in rows]
