"""User settings and the spending rules they switch on.

- max_order_total: no single order may cost more (total incl. shipping and tax).
- daily_budget: orders placed since local midnight (not canceled or returned) plus this one may not
  cost more.
Both are off until set; `config set KEY off` turns one off again. Amounts are in the order's currency.
- catalog_uri: where catalog versions are stored (s3://bucket/prefix); SHOPAGENT_CATALOG_URI wins.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime
from decimal import Decimal
from typing import Any

from shopagent.errors import InvalidInput, SafetyRefusal, ShopError
from shopagent.money import format_money, to_decimal_amount, to_minor

KEYS: dict[str, str] = {
    "max_order_total": "largest total a single order may have (amount, or 'off')",
    "daily_budget": "most that all orders placed today may cost together (amount, or 'off')",
    "catalog_uri": "where catalog versions are stored: s3://bucket/prefix, or 'off' for the local disk",
}
TEXT_KEYS = frozenset({"catalog_uri"})
OFF_WORDS = {"off", "none", "unset", ""}


def check_key(key: str) -> str:
    cleaned = (key or "").strip().lower().replace("-", "_")
    if cleaned not in KEYS:
        raise InvalidInput(f"unknown config key {key!r}; valid keys: {', '.join(KEYS)}")
    return cleaned


def parse_value(key: str, value: str) -> str | None:
    """The stored text for a value, or None for off."""
    if str(value).strip().lower() in OFF_WORDS:
        return None
    if key in TEXT_KEYS:
        from shopagent.catalog.location import parse_catalog_uri

        try:
            parse_catalog_uri(value)
        except ShopError as exc:
            raise InvalidInput(str(exc)) from None
        return str(value).strip()
    amount = to_decimal_amount(value, what=key)
    if amount <= 0:
        raise InvalidInput(f"{key} must be more than 0 (or 'off' to turn it off), not {value!r}")
    return f"{amount.quantize(Decimal('0.01')):f}" if amount.as_tuple().exponent >= -2 else f"{amount:f}"


def set_value(deps: Any, key: str, value: str, *, now: float | None = None) -> str | None:
    key = check_key(key)
    stored = parse_value(key, value)
    with deps.state.tx() as conn:
        if stored is None:
            conn.execute("DELETE FROM config WHERE key = ?", (key,))
        else:
            conn.execute(
                "INSERT INTO config (key, value, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                (key, stored, time.time() if now is None else now),
            )
    return stored


def read_settings(conn: sqlite3.Connection) -> dict[str, Any]:
    """Amounts as Decimal, text settings as str; None for a setting that is off."""
    stored = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM config")}
    return {
        key: (None if key not in stored else stored[key] if key in TEXT_KEYS else Decimal(stored[key]))
        for key in KEYS
    }


def show(deps: Any) -> dict[str, Any]:
    return read_settings(deps.state.conn)


def day_start(now: float) -> float:
    """Local midnight before `now`: the daily budget resets then."""
    local = datetime.fromtimestamp(now).astimezone()
    return local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp()


def spent_today(conn: sqlite3.Connection, currency: str, now: float) -> int:
    row = conn.execute(
        "SELECT COALESCE(SUM(total_minor), 0) FROM orders "
        "WHERE created_at >= ? AND currency = ? AND status NOT IN ('canceled', 'returned')",
        (day_start(now), currency),
    ).fetchone()
    return int(row[0])


def check_spending(
    conn: sqlite3.Connection, total_minor: int, currency: str, *, now: float | None = None
) -> None:
    """Raise SafetyRefusal (exit 4) when an order of `total_minor` breaks a configured limit."""
    now = time.time() if now is None else now
    settings = read_settings(conn)
    limit = settings["max_order_total"]
    if limit is not None and total_minor > to_minor(limit, currency):
        raise SafetyRefusal(
            f"order total {format_money(total_minor, currency)} is over your max_order_total of "
            f"{format_money(to_minor(limit, currency), currency)}; raise it with "
            "`shopagent config set max_order_total AMOUNT` or buy less"
        )
    budget = settings["daily_budget"]
    if budget is not None:
        spent = spent_today(conn, currency, now)
        budget_minor = to_minor(budget, currency)
        if spent + total_minor > budget_minor:
            raise SafetyRefusal(
                f"order total {format_money(total_minor, currency)} would exceed your daily_budget of "
                f"{format_money(budget_minor, currency)} "
                f"({format_money(spent, currency)} already spent today)"
            )
