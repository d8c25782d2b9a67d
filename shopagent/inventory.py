"""Live price and stock per SKU: every read and write of the `inventory` table of the state file.

The catalog import writes one row per SKU (`write_import`), price feeds change price and stock
(`update_prices`), an order takes stock out (`take_stock`) and a cancel or return puts it back
(`put_back_stock`). Search, the cart, checkout, watches and product views read it through the
functions below, as `Sku` records. The functions take a connection (`StateDB.conn`, or the one a
`StateDB.tx()` yields): a write joins the caller's transaction, it never opens one of its own.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from shopagent.errors import NotFound

MAX_QUANTITY = 999  # units of one SKU on one cart or checkout line

# Every column, in table order: what `all_rows` returns (the catalog mirrors it into DuckDB).
ROW_COLUMNS = (
    "sku",
    "product_id",
    "title",
    "brand",
    "category",
    "options",
    "currency",
    "price_minor",
    "stock",
    "updated_at",
)

_SELECT = (
    "SELECT sku, product_id, title, currency, price_minor, stock, options, brand, category FROM inventory"
)
_CHUNK = 900  # ids per `IN (...)`: below SQLite's oldest limit of 999 bound parameters


class Sku(NamedTuple):
    """One row of the inventory: a sellable SKU at its live price and stock.

    A named tuple rather than a frozen dataclass: a search builds a few thousand of these per query,
    and a tuple is built four times faster. Options stay JSON text until asked for."""

    sku: str
    product_id: str
    title: str
    currency: str
    price_minor: int
    stock: int
    options_json: str | None = None
    brand: str | None = None
    category: str | None = None

    @property
    def options(self) -> dict[str, str]:
        """{option: value} of a variant SKU (parsed on use: most readers never ask)."""
        text = self.options_json
        return dict(_options_cached(text)) if text and text != "{}" else {}


@lru_cache(maxsize=4096)
def _options_cached(text: str) -> tuple[tuple[str, str], ...]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return ()
    return tuple((str(k), str(v)) for k, v in value.items()) if isinstance(value, dict) else ()


def _sku(row: Sequence) -> Sku:
    sku, product_id, title, currency, price, stock, options, brand, category = row
    return Sku(sku, product_id, title, currency, int(price), int(stock), options, brand, category)


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    wanted = list(dict.fromkeys(str(v) for v in values))
    for start in range(0, len(wanted), _CHUNK):
        yield wanted[start : start + _CHUNK]


def _marks(chunk: list[str]) -> str:
    return ",".join("?" * len(chunk))


# -- reads ---------------------------------------------------------------------------------------
def find(conn: sqlite3.Connection, sku: str) -> Sku | None:
    row = conn.execute(_SELECT + " WHERE sku = ?", (sku,)).fetchone()
    return _sku(row) if row else None


def find_many(conn: sqlite3.Connection, skus: Iterable[str]) -> dict[str, Sku]:
    """{sku: Sku} for the SKUs that exist (unknown SKUs are simply absent)."""
    found: dict[str, Sku] = {}
    for chunk in _chunks(skus):
        for row in conn.execute(_SELECT + f" WHERE sku IN ({_marks(chunk)})", chunk):
            found[row[0]] = _sku(row)
    return found


def require(conn: sqlite3.Connection, sku: str) -> Sku:
    """The live SKU, or NotFound that says how to find a valid SKU."""
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


def for_products(conn: sqlite3.Connection, product_ids: Iterable[str]) -> dict[str, list[Sku]]:
    """Every SKU of these products, in the order they were imported (search reads this per query)."""
    found: dict[str, list[Sku]] = {}
    for chunk in _chunks(product_ids):
        cursor = conn.execute(_SELECT + f" WHERE product_id IN ({_marks(chunk)}) ORDER BY rowid", chunk)
        # Unpacked in the loop, not through _sku: thousands of rows per search.
        for sku, pid, title, currency, price, stock, options, brand, category in cursor:
            found.setdefault(pid, []).append(
                Sku(sku, pid, title, currency, int(price), int(stock), options, brand, category)
            )
    return found


def owners(conn: sqlite3.Connection, skus: Iterable[str]) -> dict[str, str]:
    """{sku: product_id} for the SKUs already in the inventory."""
    found: dict[str, str] = {}
    for chunk in _chunks(skus):
        sql = f"SELECT sku, product_id FROM inventory WHERE sku IN ({_marks(chunk)})"
        for row in conn.execute(sql, chunk):
            found[row[0]] = row[1]
    return found


def currency_of(conn: sqlite3.Connection, sku: str) -> str | None:
    """The currency a SKU is priced in, or None for an unknown SKU."""
    row = conn.execute("SELECT currency FROM inventory WHERE sku = ?", (sku,)).fetchone()
    return row[0] if row else None


def category_of(conn: sqlite3.Connection, sku: str) -> str | None:
    """A SKU's category path (mandates may be scoped to categories); None when unknown or unset."""
    row = conn.execute("SELECT category FROM inventory WHERE sku = ?", (sku,)).fetchone()
    return row[0] if row else None


def main_currency(conn: sqlite3.Connection) -> str | None:
    """The currency most SKUs are priced in (ties: the first by name); None for an empty inventory."""
    row = conn.execute(
        "SELECT currency FROM inventory GROUP BY currency ORDER BY count(*) DESC, currency LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else None


def product_ids_for(conn: sqlite3.Connection, ident: str) -> list[str]:
    """Product ids `ident` may name, best first: as a SKU, as a SKU ignoring case, as a product id
    ignoring case (repeats kept, in that order)."""
    rows = conn.execute(
        "SELECT product_id FROM inventory WHERE sku = ? "
        "UNION ALL SELECT product_id FROM inventory WHERE sku = ? COLLATE NOCASE "
        "UNION ALL SELECT product_id FROM inventory WHERE product_id = ? COLLATE NOCASE",
        (ident, ident, ident),
    ).fetchall()
    return [str(row[0]) for row in rows]


def product_ids(conn: sqlite3.Connection) -> list[str]:
    """Every product id that has a SKU."""
    return [str(row[0]) for row in conn.execute("SELECT DISTINCT product_id FROM inventory").fetchall()]


def signature(conn: sqlite3.Connection) -> tuple:
    """Cheap change detector, needing no cooperation from other writers.

    Row count, latest update time and position-weighted sums of price and stock: any insert,
    delete, price change or stock change (orders, update-prices, imports) alters it.
    """
    row = conn.execute(
        "SELECT count(*), max(updated_at), total(price_minor * (rowid % 7919 + 1)), "
        "total(stock * (rowid % 7907 + 1)) FROM inventory"
    ).fetchone()
    return tuple(row) if row else ()


def all_rows(conn: sqlite3.Connection) -> list[sqlite3.Row]:
    """Every row, with the columns of `ROW_COLUMNS` in that order."""
    return conn.execute(f"SELECT {', '.join(ROW_COLUMNS)} FROM inventory").fetchall()


# -- writes (inside the caller's transaction) -------------------------------------------------------
def write_import(
    conn: sqlite3.Connection, skus: Sequence[Sku], *, product_ids: Iterable[str], replace: bool, now: float
) -> None:
    """Store an import's SKUs. `replace`: the inventory becomes exactly these SKUs; otherwise only the
    imported products change, and their SKUs missing from the import are removed."""
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_skus (sku TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM import_skus")
    conn.executemany("INSERT INTO import_skus VALUES (?)", [(s.sku,) for s in skus])
    if replace:
        conn.execute("DELETE FROM inventory WHERE sku NOT IN (SELECT sku FROM import_skus)")
    else:
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS import_products (product_id TEXT PRIMARY KEY)")
        conn.execute("DELETE FROM import_products")
        conn.executemany("INSERT INTO import_products VALUES (?)", [(p,) for p in product_ids])
        conn.execute(
            "DELETE FROM inventory WHERE product_id IN (SELECT product_id FROM import_products) "
            "AND sku NOT IN (SELECT sku FROM import_skus)"
        )
    conn.executemany(
        "INSERT INTO inventory (sku, product_id, title, brand, category, options, currency, "
        "price_minor, stock, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(sku) DO UPDATE SET product_id = excluded.product_id, "
        "title = excluded.title, brand = excluded.brand, category = excluded.category, "
        "options = excluded.options, currency = excluded.currency, "
        "price_minor = excluded.price_minor, stock = excluded.stock, "
        "updated_at = excluded.updated_at",
        [
            (s.sku, s.product_id, s.title, s.brand, s.category, s.options_json, s.currency, s.price_minor,
             s.stock, now)
            for s in skus
        ],
    )  # fmt: skip


def update_prices(
    conn: sqlite3.Connection, changes: Mapping[str, tuple[int | None, int | None]], now: float
) -> None:
    """Apply {sku: (price_minor, stock)}; a None keeps that value as it is."""
    conn.executemany(
        "UPDATE inventory SET price_minor = coalesce(?, price_minor), "
        "stock = coalesce(?, stock), updated_at = ? WHERE sku = ?",
        [(price, stock, now, sku) for sku, (price, stock) in changes.items()],
    )


def take_stock(conn: sqlite3.Connection, sku: str, quantity: int, now: float) -> bool:
    """Take `quantity` units out of stock; False (and nothing changes) when fewer are left."""
    updated = conn.execute(
        "UPDATE inventory SET stock = stock - ?, updated_at = ? WHERE sku = ? AND stock >= ?",
        (quantity, now, sku, quantity),
    ).rowcount
    return updated == 1


def put_back_stock(conn: sqlite3.Connection, sku: str, quantity: int, now: float) -> None:
    """Return `quantity` units to stock (a SKU no longer in the inventory is left alone)."""
    conn.execute(
        "UPDATE inventory SET stock = stock + ?, updated_at = ? WHERE sku = ?",
        (quantity, now, sku),
    )
