"""Price watches: "tell me (or buy) when SKU X is at or under this price, until this date".

`run_watches` is meant for cron. It checks every active watch against the live inventory and, for an
auto-buy watch whose price matches, buys exactly once under a signed mandate, through the same
checkout code a human purchase uses.

Lifecycle: active -> bought (done) | expired (deadline passed) | removed (by the user).
A refused or failed purchase leaves the watch active: out of stock is usually temporary, and a
mandate refusal is fixed by the user (a new mandate, a wider budget) while the watch keeps its
deadline. Each distinct refusal/failure (decision + reason + price) is audited once, not every run.

Exactly once: the checkout guard runs inside the order's own write transaction; it re-reads the
watch, proceeds only if it is still active, and marks it bought in that same transaction. The
idempotency key `watch:<id>` makes a retried completion return the existing order.
"""

from __future__ import annotations

import secrets
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from shopagent import inventory
from shopagent.commerce import audit
from shopagent.commerce.audit import now_iso
from shopagent.commerce.mandates import Mandate, list_mandates, record_spend, verify_mandate
from shopagent.errors import InvalidInput, NotFound, SafetyRefusal, ShopError
from shopagent.money import format_money, json_amount

STATUSES = ("active", "bought", "expired", "removed")


# -- dates ----------------------------------------------------------------------------------------
def parse_deadline(text: str, *, what: str = "date", now: datetime | None = None) -> datetime:
    """YYYY-MM-DD (through the end of that day, local time) or an ISO datetime (local if no zone).

    Returns an aware UTC datetime; a deadline that has already passed is an InvalidInput.
    """
    raw = (text or "").strip()
    try:
        if len(raw) == 10:
            day = date.fromisoformat(raw)
            # "until December 20" includes December 20.
            when = datetime.combine(day, time(23, 59, 59)).astimezone()
        else:
            when = datetime.fromisoformat(raw.replace("Z", "+00:00").replace("z", "+00:00"))
            if when.tzinfo is None:
                when = when.astimezone()
    except ValueError:
        raise InvalidInput(
            f"{what} {text!r} is not a date; use YYYY-MM-DD or an ISO datetime like 2026-12-20T18:00"
        ) from None
    when = when.astimezone(UTC)
    if when <= (now or datetime.now(UTC)):
        raise InvalidInput(f"{what} {text!r} is in the past; give a future date")
    return when


def _parse_ts(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


# -- records --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Watch:
    watch_id: str
    sku: str
    title: str | None
    currency: str
    max_price_minor: int
    until: str | None
    auto_buy: bool
    status: str
    created_at: str
    created_by: str
    last_checked_at: str | None
    last_seen_minor: int | None
    last_seen_stock: int | None
    last_reason: str | None
    mandate_id: str | None
    order_id: str | None

    @property
    def id(self) -> str:
        return self.watch_id

    def to_json(self) -> dict[str, Any]:
        return {
            "watch_id": self.watch_id,
            "sku": self.sku,
            "title": self.title,
            "max_price": json_amount(self.max_price_minor, self.currency),
            "currency": self.currency,
            "until": self.until,
            "auto_buy": self.auto_buy,
            "status": self.status,
            "created_at": self.created_at,
            "created_by": self.created_by,
            "last_checked_at": self.last_checked_at,
            "last_seen_price": json_amount(self.last_seen_minor, self.currency),
            "last_seen_stock": self.last_seen_stock,
            "last_reason": self.last_reason,
            "mandate_id": self.mandate_id,
            "order_id": self.order_id,
        }


@dataclass(frozen=True)
class WatchOutcome:
    """What one `watch run` did with one watch.

    decision: matched | bought | refused | failed | expired | skipped (all audited when `new`),
    or no_match / done (not audited: nothing was decided).
    """

    watch_id: str
    sku: str
    decision: str
    status: str
    currency: str
    price_minor: int | None = None
    stock: int | None = None
    mandate_id: str | None = None
    order_id: str | None = None
    reason: str = ""
    new: bool = False  # first time this decision was recorded (what a notification is sent for)
    auto_buy: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "watch_id": self.watch_id,
            "sku": self.sku,
            "decision": self.decision,
            "status": self.status,
            "price": json_amount(self.price_minor, self.currency),
            "currency": self.currency,
            "stock": self.stock,
            "auto_buy": self.auto_buy,
            "mandate_id": self.mandate_id,
            "order_id": self.order_id,
            "reason": self.reason,
            "new": self.new,
        }


_SELECT = (
    "SELECT w.*, COALESCE(w.order_id, o.id) AS resolved_order_id FROM watches w "
    "LEFT JOIN orders o ON o.idempotency_key = 'watch:' || w.watch_id"
)


def _watches(conn: sqlite3.Connection, rows: list[sqlite3.Row]) -> list[Watch]:
    """Watches from `_SELECT` rows, each titled by its SKU's live inventory row (None once it is gone)."""
    items = inventory.find_many(conn, [row["sku"] for row in rows])
    return [_from_row(row, items[row["sku"]].title if row["sku"] in items else None) for row in rows]


def _from_row(row: sqlite3.Row, title: str | None) -> Watch:
    return Watch(
        watch_id=row["watch_id"],
        sku=row["sku"],
        title=title,
        currency=row["currency"],
        max_price_minor=row["max_price_minor"],
        until=row["until"],
        auto_buy=bool(row["auto_buy"]),
        status=row["status"],
        created_at=row["created_at"],
        created_by=row["created_by"],
        last_checked_at=row["last_checked_at"],
        last_seen_minor=row["last_seen_minor"],
        last_seen_stock=row["last_seen_stock"],
        last_reason=row["last_reason"],
        mandate_id=row["mandate_id"],
        order_id=row["resolved_order_id"],
    )


def _get(conn: sqlite3.Connection, watch_id: str) -> Watch:
    row = conn.execute(_SELECT + " WHERE w.watch_id = ?", (watch_id,)).fetchone()
    if row is None or row["status"] == "removed":
        raise NotFound(f"no watch {watch_id!r}; see `shopagent watch list` for watch ids")
    return _watches(conn, [row])[0]


# -- public API -----------------------------------------------------------------------------------
def add_watch(
    deps: Any,
    sku: str,
    max_price_minor: int,
    until: datetime | None = None,
    auto_buy: bool = False,
    *,
    created_by: str = "user",
    now: datetime | None = None,
) -> Watch:
    """Watch a SKU's live price. Only the human CLI passes auto_buy=True (agent tools never do)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    sku = (sku or "").strip()
    if isinstance(max_price_minor, bool) or not isinstance(max_price_minor, int) or max_price_minor <= 0:
        raise InvalidInput(f"max price {max_price_minor!r} must be a positive amount")
    if until is not None:
        if until.tzinfo is None:
            raise InvalidInput("the watch deadline needs a time zone")
        if until <= now:
            raise InvalidInput(f"deadline {until.isoformat()} is in the past; give a future date")
    with deps.state.tx() as conn:
        item = inventory.require(conn, sku)  # NotFound naming the variants when given a product id
        watch_id = "wch_" + secrets.token_hex(6)
        conn.execute(
            "INSERT INTO watches (watch_id, sku, currency, max_price_minor, until, auto_buy, created_at, "
            "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                watch_id,
                sku,
                item.currency,
                max_price_minor,
                until.astimezone(UTC).isoformat(timespec="seconds") if until else None,
                int(bool(auto_buy)),
                now_iso(now),
                created_by,
            ),
        )
        return _get(conn, watch_id)


def get_watch(deps: Any, watch_id: str) -> Watch:
    return _get(deps.state.conn, watch_id)


def list_watches(deps: Any, *, include_removed: bool = False) -> list[Watch]:
    where = "" if include_removed else " WHERE w.status != 'removed'"
    rows = deps.state.query(_SELECT + where + " ORDER BY w.rowid")
    return _watches(deps.state.conn, rows)


def remove_watch(deps: Any, watch_id: str, *, now: datetime | None = None) -> Watch:
    """Stop a watch. An auto-buy in progress in another process will see it gone and not buy."""
    with deps.state.tx() as conn:
        watch = _get(conn, watch_id)
        conn.execute(
            "UPDATE watches SET status = 'removed', closed_at = COALESCE(closed_at, ?) WHERE watch_id = ?",
            (now_iso(now), watch_id),
        )
        return watch


# -- evaluation -----------------------------------------------------------------------------------
class _AlreadyDone(Exception):
    """Raised by the checkout guard when another run already finished this watch."""


@dataclass
class _Ctx:
    watch: Watch
    now: datetime
    price: int | None = None
    stock: int | None = None
    category: str | None = None

    def outcome(self, decision: str, status: str | None = None, **kw: Any) -> WatchOutcome:
        return WatchOutcome(
            watch_id=self.watch.watch_id,
            sku=self.watch.sku,
            decision=decision,
            status=status or self.watch.status,
            currency=self.watch.currency,
            price_minor=self.price,
            stock=self.stock,
            auto_buy=self.watch.auto_buy,
            **kw,
        )


def _event_key(decision: str, reason: str, price: int | None) -> str:
    return f"{decision}|{price}|{reason}"


def _note(
    deps: Any,
    ctx: _Ctx,
    decision: audit.Decision,
    reason: str,
    *,
    mandate_id: str | None = None,
    with_match: bool = False,
) -> WatchOutcome:
    """Record a decision in the audit once per distinct (decision, reason, price) for this watch."""
    key = _event_key(decision, reason, ctx.price)
    new = False
    with deps.state.tx() as conn:
        row = conn.execute(
            "SELECT status, last_event FROM watches WHERE watch_id = ?", (ctx.watch.watch_id,)
        ).fetchone()
        if row is None or row["status"] != "active":
            return ctx.outcome("done", row["status"] if row else "removed")
        if row["last_event"] != key:
            new = True
            common = dict(
                watch_id=ctx.watch.watch_id,
                sku=ctx.watch.sku,
                price_minor=ctx.price,
                currency=ctx.watch.currency,
                now=ctx.now,
            )
            if with_match:
                audit.record(conn, "matched", reason=_match_reason(ctx), **common)
            audit.record(conn, decision, reason=reason, mandate_id=mandate_id, **common)
            conn.execute(
                "UPDATE watches SET last_event = ?, last_reason = ? WHERE watch_id = ?",
                (key, reason, ctx.watch.watch_id),
            )
    return ctx.outcome(decision, "active", reason=reason, mandate_id=mandate_id, new=new)


def _match_reason(ctx: _Ctx) -> str:
    w = ctx.watch
    # No stock count here: the reason is part of the dedup key, and a stock change is not news.
    return (
        f"price {format_money(ctx.price, w.currency)} is at or below "
        f"{format_money(w.max_price_minor, w.currency)} (in stock)"
    )


def run_watches(deps: Any, now: datetime | None = None) -> list[WatchOutcome]:
    """Evaluate every active watch once against live price and stock; buy where allowed."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    ids = [
        r[0] for r in deps.state.query("SELECT watch_id FROM watches WHERE status = 'active' ORDER BY rowid")
    ]
    outcomes = []
    for watch_id in ids:
        row = deps.state.query_one(_SELECT + " WHERE w.watch_id = ?", (watch_id,))
        if row is None or row["status"] != "active":
            continue  # finished by a concurrent run since we listed it
        outcomes.append(_run_one(deps, _Ctx(watch=_watches(deps.state.conn, [row])[0], now=now)))
    return outcomes


def _run_one(deps: Any, ctx: _Ctx) -> WatchOutcome:
    w = ctx.watch
    if w.until and _parse_ts(w.until) <= ctx.now:
        return _expire(deps, ctx)
    item = inventory.find(deps.state.conn, w.sku)
    if item is None:
        return _note(deps, ctx, "skipped", f"SKU {w.sku} is no longer in the catalog")
    ctx.price, ctx.stock, ctx.category = item.price_minor, item.stock, item.category
    matches = ctx.price <= w.max_price_minor
    with deps.state.tx() as conn:
        conn.execute(
            "UPDATE watches SET last_checked_at = ?, last_seen_minor = ?, last_seen_stock = ?"
            + ("" if matches else ", last_event = NULL")  # a later match is news again
            + " WHERE watch_id = ? AND status = 'active'",
            (now_iso(ctx.now), ctx.price, ctx.stock, w.watch_id),
        )
    if item.currency != w.currency:
        return _note(deps, ctx, "skipped", f"the SKU is now priced in {item.currency}, not {w.currency}")
    if not matches:
        return ctx.outcome(
            "no_match",
            reason=f"price {format_money(ctx.price, w.currency)} is above "
            f"{format_money(w.max_price_minor, w.currency)}",
        )
    if ctx.stock <= 0:
        return _note(
            deps, ctx, "skipped", f"price {format_money(ctx.price, w.currency)} matches but out of stock"
        )
    if not w.auto_buy:
        return _note(deps, ctx, "matched", _match_reason(ctx))
    return _buy(deps, ctx)


def _expire(deps: Any, ctx: _Ctx) -> WatchOutcome:
    w = ctx.watch
    reason = f"deadline {w.until} passed without a purchase"
    with deps.state.tx() as conn:
        cur = conn.execute(
            "UPDATE watches SET status = 'expired', closed_at = ?, last_reason = ? "
            "WHERE watch_id = ? AND status = 'active'",
            (now_iso(ctx.now), reason, w.watch_id),
        )
        if cur.rowcount == 0:
            return ctx.outcome("done", _status(conn, w.watch_id))
        audit.record(
            conn,
            "expired",
            reason=reason,
            watch_id=w.watch_id,
            sku=w.sku,
            price_minor=w.last_seen_minor,
            currency=w.currency,
            now=ctx.now,
        )
    return WatchOutcome(
        watch_id=w.watch_id,
        sku=w.sku,
        decision="expired",
        status="expired",
        currency=w.currency,
        price_minor=w.last_seen_minor,
        reason=reason,
        new=True,
        auto_buy=w.auto_buy,
    )


def _status(conn: sqlite3.Connection, watch_id: str) -> str:
    row = conn.execute("SELECT status FROM watches WHERE watch_id = ?", (watch_id,)).fetchone()
    return row[0] if row else "removed"


def _estimate_total(unit_minor: int, currency: str) -> int:
    from shopagent.commerce.pricing import compute_totals

    return compute_totals(unit_minor, 0, "standard", currency).total


def choose_mandate(
    deps: Any,
    *,
    sku: str,
    category: str | None,
    amount_minor: int,
    currency: str,
    now: datetime,
) -> tuple[Mandate | None, list[tuple[str | None, str]]]:
    """The mandate to buy under: of those that verify, the smallest sufficient cap, then the earliest
    expiry, then the oldest. Returns (None, [(mandate_id, reason), ...]) when none does."""
    # list_mandates is oldest first and sorted() is stable, so the oldest wins a remaining tie.
    mandates = sorted(list_mandates(deps), key=lambda m: (m.max_total_minor, m.expiry_key()))
    refusals: list[tuple[str | None, str]] = []
    for m in mandates:
        try:
            verify_mandate(
                deps,
                m.mandate_id,
                sku=sku,
                category=category,
                amount_minor=amount_minor,
                currency=currency,
                now=now,
            )
        except SafetyRefusal as exc:
            refusals.append((m.mandate_id, str(exc)))
            continue
        return m, refusals
    if not mandates:
        refusals.append(
            (None, "no mandate allows autonomous purchases; create one with `shopagent mandate create`")
        )
    return None, refusals


def _refusal(deps: Any, ctx: _Ctx, refusals: list[tuple[str | None, str]]) -> WatchOutcome:
    ids = {mandate_id for mandate_id, _ in refusals if mandate_id}
    only = next(iter(ids)) if len(ids) == 1 else None
    reason = "; ".join(reason for _, reason in refusals)
    return _note(deps, ctx, "refused", reason, mandate_id=only, with_match=True)


def _buy(deps: Any, ctx: _Ctx) -> WatchOutcome:
    from shopagent.commerce.checkout import prepare_checkout

    w = ctx.watch
    # Pre-check on an estimate so a watch refused every run does not leave a checkout session each time.
    estimate = _estimate_total(ctx.price or 0, w.currency)
    chosen, refusals = choose_mandate(
        deps, sku=w.sku, category=ctx.category, amount_minor=estimate, currency=w.currency, now=ctx.now
    )
    if chosen is None:
        return _refusal(deps, ctx, refusals)
    try:
        session = prepare_checkout(deps, lines=[(w.sku, 1)])
    except SafetyRefusal as exc:
        return _note(deps, ctx, "refused", str(exc), with_match=True)
    except ShopError as exc:
        return _note(deps, ctx, "failed", str(exc), with_match=True)
    outcome = _complete(deps, ctx, session)
    if outcome.decision != "bought":
        # Leave no open session behind for a purchase that did not happen.
        from shopagent.commerce.checkout import cancel_session

        cancel_session(deps, session.id)
    return outcome


def _complete(deps: Any, ctx: _Ctx, session: Any) -> WatchOutcome:
    from shopagent.commerce.approval import Approval
    from shopagent.commerce.checkout import complete_checkout

    w = ctx.watch
    if not session.ready:
        reason = session.messages[0] if session.messages else f"checkout is {session.status}"
        return _note(deps, ctx, "failed", reason, with_match=True)
    amount = int(session.total_minor)
    # Choose on the session's own total (the estimate only avoided a needless session).
    chosen, refusals = choose_mandate(
        deps, sku=w.sku, category=ctx.category, amount_minor=amount, currency=session.currency, now=ctx.now
    )
    if chosen is None:
        return _refusal(deps, ctx, refusals)
    mandate_id = chosen.mandate_id
    key = f"watch:{w.watch_id}"
    done: dict[str, Any] = {}

    def guard(conn: sqlite3.Connection, session: Any) -> None:
        # Inside the order's BEGIN IMMEDIATE transaction: everything read here is current and
        # everything written commits or rolls back with the order.
        status = _status(conn, w.watch_id)
        if status != "active":
            raise _AlreadyDone(status)
        total = int(session.total_minor)
        unit = _unit_price(session, w.sku)
        if unit is not None and unit > w.max_price_minor:
            raise SafetyRefusal(
                f"price rose to {format_money(unit, w.currency)} at checkout, above the watch's "
                f"{format_money(w.max_price_minor, w.currency)}"
            )
        mandate = verify_mandate(
            deps,
            mandate_id,
            sku=w.sku,
            category=ctx.category,
            amount_minor=total,
            currency=session.currency,
            conn=conn,
            now=ctx.now,
        )
        record_spend(
            conn,
            mandate,
            idempotency_key=key,
            amount_minor=total,
            currency=session.currency,
            watch_id=w.watch_id,
            now=ctx.now,
        )
        conn.execute(
            "UPDATE watches SET status = 'bought', mandate_id = ?, closed_at = ?, last_reason = ?, "
            "last_event = ? WHERE watch_id = ? AND status = 'active'",
            (mandate_id, now_iso(ctx.now), "bought", _event_key("bought", "", unit), w.watch_id),
        )
        common = dict(
            watch_id=w.watch_id,
            sku=w.sku,
            price_minor=unit,
            currency=w.currency,
            mandate_id=mandate_id,
            now=ctx.now,
        )
        audit.record(conn, "matched", reason=_match_reason(ctx), **common)
        audit.record(
            conn,
            "bought",
            reason=f"1 x {w.sku} for {format_money(total, session.currency)} under mandate {mandate_id}",
            idempotency_key=key,
            **common,
        )
        done["total"] = total

    try:
        order = complete_checkout(
            deps, session.id, Approval("mandate", mandate_id), idempotency_key=key, guard=guard
        )
    except _AlreadyDone as exc:
        return ctx.outcome("done", str(exc), reason="already handled by another run")
    except SafetyRefusal as exc:
        return _note(deps, ctx, "refused", str(exc), mandate_id=mandate_id, with_match=True)
    except ShopError as exc:
        return _note(deps, ctx, "failed", str(exc), mandate_id=mandate_id, with_match=True)
    order_id = str(order.id)
    if not done:
        # The idempotency key found an order an earlier run placed: nothing new was bought.
        return ctx.outcome("done", "bought", order_id=order_id, reason="already bought")
    with deps.state.tx() as conn:
        conn.execute("UPDATE watches SET order_id = ? WHERE watch_id = ?", (order_id, w.watch_id))
        conn.execute("UPDATE mandate_spend SET order_id = ? WHERE idempotency_key = ?", (order_id, key))
        conn.execute(
            "UPDATE audit SET order_id = ? WHERE idempotency_key = ? AND decision = 'bought'", (order_id, key)
        )
    return ctx.outcome(
        "bought",
        "bought",
        mandate_id=mandate_id,
        order_id=order_id,
        reason=f"bought for {format_money(done['total'], w.currency)}",
        new=True,
    )


def _unit_price(session: Any, sku: str) -> int | None:
    for line in getattr(session, "lines", ()) or ():
        if getattr(line, "sku", None) == sku:
            return int(line.unit_price_minor)
    return None
