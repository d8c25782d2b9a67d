"""Test helpers for mandates and watches: inventory rows written straight into the state file."""

from __future__ import annotations

import time
from pathlib import Path

from shopagent.deps import Deps
from shopagent.paths import Paths

BOOTS = "BOOT-42"
JACKET = "JACKET-M"
MUG = "MUG-1"

# sku, product_id, title, category, price (minor), stock
ITEMS = [
    (BOOTS, "P-BOOT", "Trail Hiking Boots", "Footwear > Boots > Hiking", 18000, 5),
    (JACKET, "P-JACKET", "Rain Jacket", "Clothing > Jackets", 12000, 3),
    (MUG, "P-MUG", "Camp Mug", "Kitchen > Drinkware", 1500, 10),
]


def make_deps(home: Path) -> Deps:
    return Deps(paths=Paths(home))


def stock_inventory(deps: Deps, items: list[tuple] = ITEMS) -> None:
    with deps.state.tx() as conn:
        for sku, pid, title, category, price, stock in items:
            conn.execute(
                "INSERT INTO inventory (sku, product_id, title, category, currency, price_minor, stock, "
                "updated_at) VALUES (?, ?, ?, ?, 'USD', ?, ?, ?)",
                (sku, pid, title, category, price, stock, time.time()),
            )


def set_price(deps: Deps, sku: str, price_minor: int, stock: int | None = None) -> None:
    """A price feed: what `catalog update-prices` does to the live inventory."""
    with deps.state.tx() as conn:
        conn.execute("UPDATE inventory SET price_minor = ? WHERE sku = ?", (price_minor, sku))
        if stock is not None:
            conn.execute("UPDATE inventory SET stock = ? WHERE sku = ?", (stock, sku))


def order_count(deps: Deps) -> int:
    return deps.state.query_one("SELECT count(*) FROM orders")[0]


def decisions(deps: Deps, watch_id: str | None = None) -> list[str]:
    from shopagent.commerce.audit import list_audit

    return [e.decision for e in list_audit(deps, watch_id=watch_id)]
