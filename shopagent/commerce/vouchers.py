"""Vouchers: a fixed amount or a percentage (with an optional cap), each with a minimum subtotal.

Codes are 3-32 characters of A-Z, 0-9, '-' and '_', stored upper-cased and matched case-insensitively.
A percentage may have two decimals (12.5, 33.33); it is kept in basis points so the maths stays exact.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from shopagent.errors import InvalidInput, NotFound
from shopagent.money import format_money, json_amount, normalize_currency, to_decimal_amount, to_minor

from .pricing import basis_points_of

_CODE = re.compile(r"^[A-Z0-9_-]{3,32}$")


def normalize_code(code: str) -> str:
    cleaned = (code or "").strip().upper()
    if not _CODE.match(cleaned):
        raise InvalidInput(
            f"voucher code {code!r} is not valid; use 3-32 letters, digits, '-' or '_' (e.g. SAVE10)"
        )
    return cleaned


@dataclass(frozen=True)
class Voucher:
    code: str
    kind: str  # "fixed" | "percent"
    amount_minor: int | None
    percent_bp: int | None
    cap_minor: int | None
    min_subtotal_minor: int
    currency: str

    def describe(self) -> str:
        if self.kind == "fixed":
            text = f"{format_money(self.amount_minor, self.currency)} off"
        else:
            pct = Decimal(self.percent_bp or 0) / 100
            text = f"{pct.normalize():f}% off"
            if self.cap_minor:
                text += f" (up to {format_money(self.cap_minor, self.currency)})"
        if self.min_subtotal_minor:
            text += f", orders from {format_money(self.min_subtotal_minor, self.currency)}"
        return text

    def discount_for(self, subtotal_minor: int, currency: str) -> tuple[int, str | None]:
        """(discount, reason it does not apply). Never more than the subtotal."""
        if currency != self.currency:
            return 0, f"voucher {self.code} is in {self.currency}; this order is in {currency}"
        if subtotal_minor < self.min_subtotal_minor:
            return 0, (
                f"voucher {self.code} needs a subtotal of at least "
                f"{format_money(self.min_subtotal_minor, currency)} "
                f"(this order is {format_money(subtotal_minor, currency)})"
            )
        if self.kind == "fixed":
            discount = self.amount_minor or 0
        else:
            discount = basis_points_of(subtotal_minor, self.percent_bp or 0)
            if self.cap_minor is not None:
                discount = min(discount, self.cap_minor)
        return min(discount, subtotal_minor), None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "kind": self.kind,
            "amount": json_amount(self.amount_minor, self.currency),
            "percent": float(Decimal(self.percent_bp) / 100) if self.percent_bp is not None else None,
            "cap": json_amount(self.cap_minor, self.currency),
            "min_subtotal": json_amount(self.min_subtotal_minor, self.currency),
            "currency": self.currency,
            "description": self.describe(),
        }


def _voucher(row: sqlite3.Row) -> Voucher:
    return Voucher(
        code=row["code"],
        kind=row["kind"],
        amount_minor=row["amount_minor"],
        percent_bp=row["percent_bp"],
        cap_minor=row["cap_minor"],
        min_subtotal_minor=row["min_subtotal_minor"],
        currency=row["currency"],
    )


def parse_percent(value: object) -> int:
    amount = to_decimal_amount(value, what="percent")
    if amount <= 0 or amount > 100:
        raise InvalidInput(f"percent {value!r} must be more than 0 and at most 100")
    bp = amount * 100
    if bp != bp.to_integral_value():
        raise InvalidInput(f"percent {value!r} has more than two decimals")
    return int(bp)


def make_voucher(
    code: str,
    *,
    fixed: object = None,
    percent: object = None,
    cap: object = None,
    min_subtotal: object = None,
    currency: str | None = None,
) -> Voucher:
    """Validate user input into a Voucher (nothing is stored)."""
    code = normalize_code(code)
    currency = normalize_currency(currency)
    if (fixed is None) == (percent is None):
        raise InvalidInput("give exactly one of --fixed AMOUNT or --percent P")
    if fixed is not None and cap is not None:
        raise InvalidInput("--cap only applies to --percent vouchers")
    amount = to_minor(fixed, currency, what="fixed amount") if fixed is not None else None
    if amount is not None and amount <= 0:
        raise InvalidInput(f"fixed amount {fixed!r} must be more than 0")
    bp = parse_percent(percent) if percent is not None else None
    cap_minor = to_minor(cap, currency, what="cap") if cap is not None else None
    if cap_minor is not None and cap_minor <= 0:
        raise InvalidInput(f"cap {cap!r} must be more than 0")
    minimum = to_minor(min_subtotal, currency, what="minimum subtotal") if min_subtotal is not None else 0
    return Voucher(
        code, "fixed" if amount is not None else "percent", amount, bp, cap_minor, minimum, currency
    )


def add_voucher(deps: Any, voucher: Voucher, *, now: float | None = None) -> Voucher:
    with deps.state.tx() as conn:
        if conn.execute("SELECT 1 FROM vouchers WHERE code = ?", (voucher.code,)).fetchone():
            raise InvalidInput(f"voucher {voucher.code} already exists; remove it first to change it")
        conn.execute(
            "INSERT INTO vouchers (code, kind, amount_minor, percent_bp, cap_minor, min_subtotal_minor, "
            "currency, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                voucher.code,
                voucher.kind,
                voucher.amount_minor,
                voucher.percent_bp,
                voucher.cap_minor,
                voucher.min_subtotal_minor,
                voucher.currency,
                time.time() if now is None else now,
            ),
        )
    return voucher


def list_vouchers(deps: Any) -> list[Voucher]:
    return [_voucher(r) for r in deps.state.query("SELECT * FROM vouchers ORDER BY code")]


def find_voucher(conn: sqlite3.Connection, code: str) -> Voucher:
    normalized = normalize_code(code)
    row = conn.execute("SELECT * FROM vouchers WHERE code = ?", (normalized,)).fetchone()
    if row is None:
        known = [r[0] for r in conn.execute("SELECT code FROM vouchers ORDER BY code LIMIT 10")]
        hint = (
            f"known codes: {', '.join(known)}"
            if known
            else "no vouchers exist; add one with `shopagent voucher add`"
        )
        raise NotFound(f"unknown voucher {normalized}; {hint}")
    return _voucher(row)


def remove_voucher(deps: Any, code: str) -> None:
    with deps.state.tx() as conn:
        voucher = find_voucher(conn, code)
        conn.execute("DELETE FROM vouchers WHERE code = ?", (voucher.code,))
