"""Live price and stock per SKU, read from (and decremented in) the `inventory` table of the state file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from shopagent.errors import NotFound

MAX_QUANTITY = 999


@dataclass(frozen=True)
class Item:
    sku: str
    product_id: str
    title: str
    currency: str
    price_minor: int
    stock: int


def _item(row: sqlite3.Row) -> Item:
    return Item(
        sku=row["sku"],
        product_id=row["product_id"],
        title=row["title"],
        currency=row["currency"],
        price_minor=int(row["price_minor"]),
        stock=int(row["stock"]),
    )


def find(conn: sqlite3.Connection, sku: str) -> Item | None:
    row = conn.execute(
        "SELECT sku, product_id, title, currency, price_minor, stock FROM inventory WHERE sku = ?", (sku,)
    ).fetchone()
    return _item(row) if row else None


def find_many(conn: sqlite3.Connection, skus: list[str]) -> dict[str, Item]:
    if not skus:
        return {}
    marks = ",".join("?" * len(skus))
    rows = conn.execute(
        f"SELECT sku, product_id, title, currency, price_minor, stock FROM inventory WHERE sku IN ({marks})",
        skus,
    ).fetchall()
    return {row["sku"]: _item(row) for row in rows}


def require(conn: sqlite3.Connection, sku: str) -> Item:
    """The live item for a SKU, or NotFound that says how to find a valid SKU."""
    item = find(conn, sku)
    if item is not None:
        return item
    variants = [
        r[0]
        for r in conn.execute(
            "SELECT sku FROM inventory WHERE product_id = ? ORDER BY sku LIMIT 8", (sku,)
        ).fetchall()
    ]
    if variants:
        raise NotFound(f"{sku!r} is a product with several variants; pick a SKU: {', '.join(variants)}")
    raise NotFound(f"unknown SKU {sku!r}; find SKUs with `shopagent search TEXT` or `shopagent product ID`")
