"""Inventory fixtures for commerce tests: rows written straight into `inventory` (no catalog import)."""

from __future__ import annotations

import time
from pathlib import Path

from shopagent.deps import Deps
from shopagent.paths import Paths

# sku, product_id, title, price_minor, stock
ITEMS = [
    ("BOOT-42", "boot", "Trail Boot size 42", 12999, 5),
    ("BOOT-43", "boot", "Trail Boot size 43", 12999, 1),
    ("SOCK", "sock", "Wool Hiking Socks", 1299, 100),
    ("CAP", "cap", "Sun Cap", 10, 50),
    ("TENT", "tent", "Two-person Tent", 24900, 0),
]


def make_deps(home: Path) -> Deps:
    return Deps(paths=Paths(Path(home)))


def stock_inventory(deps: Deps, items: list[tuple[str, str, str, int, int]] | None = None) -> Deps:
    with deps.state.tx() as conn:
        for sku, product_id, title, price, stock in items or ITEMS:
            conn.execute(
                "INSERT OR REPLACE INTO inventory (sku, product_id, title, currency, price_minor, stock, "
                "updated_at) VALUES (?, ?, ?, 'USD', ?, ?, ?)",
                (sku, product_id, title, price, stock, time.time()),
            )
    return deps


def set_price(deps: Deps, sku: str, price_minor: int) -> None:
    with deps.state.tx() as conn:
        conn.execute("UPDATE inventory SET price_minor = ? WHERE sku = ?", (price_minor, sku))


def stock_of(deps: Deps, sku: str) -> int:
    return deps.state.query_one("SELECT stock FROM inventory WHERE sku = ?", (sku,))[0]
