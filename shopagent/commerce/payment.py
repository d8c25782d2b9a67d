"""A simulated stored payment method. The token stays in the state file; everything else sees brand/last4.

The first purchase creates the method (a random token and a random last-4), the way a real wallet
would hand back a vaulted card reference. Charging is simulated: it records a charge id on the order.
"""

from __future__ import annotations

import secrets
import sqlite3
import time
from dataclasses import dataclass
from typing import Any

BRAND = "SimCard"


@dataclass(frozen=True)
class PaymentMethod:
    """What may be shown: never the token."""

    id: str
    brand: str
    last4: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "brand": self.brand, "last4": self.last4}

    def describe(self) -> str:
        return f"{self.brand} ending {self.last4}"


def default_method(
    conn: sqlite3.Connection, *, create: bool = True, now: float | None = None
) -> PaymentMethod | None:
    """The stored method; created on first use when `create` (must then run inside a write transaction)."""
    row = conn.execute("SELECT id, brand, last4 FROM payment_methods ORDER BY created_at LIMIT 1").fetchone()
    if row is not None:
        return PaymentMethod(row["id"], row["brand"], row["last4"])
    if not create:
        return None
    method = PaymentMethod(f"pm_{secrets.token_hex(6)}", BRAND, f"{secrets.randbelow(10_000):04d}")
    conn.execute(
        "INSERT INTO payment_methods (id, token, brand, last4, created_at) VALUES (?, ?, ?, ?, ?)",
        (
            method.id,
            f"tok_{secrets.token_hex(16)}",
            method.brand,
            method.last4,
            time.time() if now is None else now,
        ),
    )
    return method


def charge(conn: sqlite3.Connection, method: PaymentMethod, amount_minor: int, currency: str) -> str:
    """Simulate charging the stored token; returns a charge id (the token itself is never returned)."""
    row = conn.execute("SELECT token FROM payment_methods WHERE id = ?", (method.id,)).fetchone()
    if row is None or not row["token"]:
        raise RuntimeError(f"payment method {method.id} has no token")
    return f"ch_{secrets.token_hex(8)}"
