"""Reading the current catalog: the LanceDB table, DuckDB views over the snapshot and the live
inventory, products with their live variants and reviews, facets, terms and statistics.

Prices and stock always come from the inventory (shopagent/inventory.py), never from the snapshot:
the DuckDB `products` and `variants` views recompute them from an in-memory copy of the inventory,
refreshed whenever the inventory's signature changes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from shopagent import inventory
from shopagent.catalog.derived import TABLE, TERMS_FILE, price_summary
from shopagent.catalog.snapshots import Snapshots
from shopagent.errors import CorruptState
from shopagent.inventory import Sku
from shopagent.money import json_amount

if TYPE_CHECKING:
    import duckdb


class Reading(Snapshots):
    """Read handles on the current version, reopened after an import."""

    def table(self) -> Any:
        """The current LanceDB `products` table (opened lazily, reopened after an import)."""
        version = self._require_version()
        if self._table is None or self._table_key != (version,):
            self._check_version_dir(version)
            try:
                self._table = self._open_lance(version).open_table(TABLE)
            except Exception as exc:  # lancedb raises assorted types for a damaged directory
                raise CorruptState(
                    f"catalog table in {self.location.version_uri(version)} cannot be opened ({exc}); "
                    "re-import a catalog with `shopagent catalog import PATH --replace`"
                ) from None
            self._table_key = (version,)
        return self._table

    def duckdb(self) -> duckdb.DuckDBPyConnection:
        """In-memory DuckDB with views over the current version and the LIVE inventory.

        Views: `products` (filter columns price_min_minor, price_max_minor, in_stock recomputed from
        live inventory), `variants` (live price_minor and stock), `reviews`, `inventory` (state.db rows),
        plus `products_snapshot` and `variants_snapshot` (as imported). The inventory is re-read only
        when it changed (see `_inventory_signature`). One connection: use `.cursor()` per thread.
        """
        import duckdb

        version = self._require_version()
        if self._duck is None or self._duck_version != version:
            if self._duck is not None:
                self._duck.close()
            root = self._check_version_dir(version)
            con = duckdb.connect(":memory:")
            for view, name in (("products_snapshot", "products"), ("variants_snapshot", "variants")):
                parquet = _sql_quote(root / f"{name}.parquet")
                con.execute(f"CREATE VIEW {view} AS SELECT * FROM read_parquet({parquet})")
            con.execute(
                f"CREATE VIEW reviews AS SELECT * FROM read_parquet({_sql_quote(root / 'reviews.parquet')})"
            )
            self._duck, self._duck_version, self._inventory_sig = con, version, None
            self._refresh_inventory(con)
            con.execute(
                "CREATE VIEW inventory_by_product AS SELECT product_id, "
                "coalesce(min(price_minor) FILTER (WHERE stock > 0), min(price_minor)) AS price_min_minor, "
                "coalesce(max(price_minor) FILTER (WHERE stock > 0), max(price_minor)) AS price_max_minor, "
                "bool_or(stock > 0) AS in_stock, sum(stock) AS stock FROM inventory GROUP BY product_id"
            )
            con.execute(
                "CREATE VIEW products AS SELECT p.* REPLACE ("
                "coalesce(l.price_min_minor, p.price_min_minor) AS price_min_minor, "
                "coalesce(l.price_max_minor, p.price_max_minor) AS price_max_minor, "
                "coalesce(l.in_stock, p.in_stock) AS in_stock) "
                "FROM products_snapshot p LEFT JOIN inventory_by_product l ON l.product_id = p.product_id"
            )
            con.execute(
                "CREATE VIEW variants AS SELECT v.* REPLACE ("
                "coalesce(i.price_minor, v.price_minor) AS price_minor, coalesce(i.stock, v.stock) AS stock) "
                "FROM variants_snapshot v LEFT JOIN inventory i ON i.sku = v.sku"
            )
        else:
            self._refresh_inventory(self._duck)
        return self._duck

    def _inventory_signature(self) -> tuple:
        """Cheap change detector for the inventory (see `inventory.signature`)."""
        return inventory.signature(self.state.conn)

    def _refresh_inventory(self, con: duckdb.DuckDBPyConnection) -> None:
        import pyarrow as pa

        signature = self._inventory_signature()
        if signature == self._inventory_sig:
            return
        rows = inventory.all_rows(self.state.conn)
        types = {"price_minor": pa.int64(), "stock": pa.int64(), "updated_at": pa.float64()}
        schema = pa.schema([(name, types.get(name, pa.string())) for name in inventory.ROW_COLUMNS])
        columns = list(zip(*rows, strict=True)) if rows else [[] for _ in schema.names]
        arrow = pa.table(
            [pa.array(list(c), t.type) for c, t in zip(columns, schema, strict=True)], schema=schema
        )
        # A real table (not a registered view) so that every cursor of this connection sees it; the
        # work runs on its own cursor because the caller may hold an unfinished result on `con`.
        cur = con.cursor()
        try:
            cur.register("inventory_arrow", arrow)
            cur.execute("BEGIN TRANSACTION")
            try:
                cur.execute("CREATE TABLE IF NOT EXISTS inventory AS SELECT * FROM inventory_arrow LIMIT 0")
                cur.execute("DELETE FROM inventory")
                cur.execute("INSERT INTO inventory SELECT * FROM inventory_arrow")
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
        finally:
            cur.close()
        self._inventory_sig = signature

    def live(self, skus: Iterable[str]) -> dict[str, Sku]:
        """Live price and stock per SKU, straight from state.db (unknown SKUs are simply absent)."""
        return inventory.find_many(self.state.conn, skus)

    def live_for_products(self, product_ids: Iterable[str]) -> dict[str, list[Sku]]:
        """All live SKUs of each product, in import order."""
        return inventory.for_products(self.state.conn, product_ids)

    def get_product(self, product_id: str) -> dict[str, Any] | None:
        """Everything about one product: fields, attributes, live variants, reviews. None if unknown."""
        return self.get_products([product_id]).get(str(product_id))

    def get_products(self, product_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Batch `get_product`: {product_id: product} for the ids that exist."""
        ids = list(dict.fromkeys(str(p) for p in product_ids))
        if not ids:
            return {}
        con = self.duckdb().cursor()
        try:
            products = _dicts(
                con.execute("SELECT * FROM products_snapshot WHERE list_contains(?, product_id)", [ids])
            )
            reviews = _dicts(
                con.execute(
                    "SELECT product_id, rating, title, text FROM reviews WHERE list_contains(?, product_id) "
                    "ORDER BY product_id, idx",
                    [ids],
                )
            )
            snapshot = _dicts(
                con.execute("SELECT * FROM variants_snapshot WHERE list_contains(?, product_id)", [ids])
            )
        finally:
            con.close()
        was = {v["sku"]: v.get("compare_at_price_minor") for v in snapshot}
        by_product: dict[str, list[dict[str, Any]]] = {}
        for review in reviews:
            by_product.setdefault(review.pop("product_id"), []).append(review)
        live = self.live_for_products(ids)
        out: dict[str, dict[str, Any]] = {}
        for row in products:
            out[row["product_id"]] = _product_dict(row, live.get(row["product_id"], []), by_product, was)
        return {pid: out[pid] for pid in ids if pid in out}

    def facet_values(self) -> dict[str, Any]:
        """Brands, category paths, attribute and option values of the current catalog (cached per version)."""
        version = self._require_version()
        if self._facets and self._facets[0] == version:
            return self._facets[1]
        path = self._check_version_dir(version) / "facets.json"
        try:
            facets = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CorruptState(f"catalog facets {path} are unreadable ({exc})") from None
        self._facets = (version, facets)
        return facets

    def terms(self) -> frozenset[str] | None:
        """Every word of the current catalog's search text (`terms.txt`, cached per version), or None
        when the catalog has no such list (imported by an older version): the search then assumes
        any word may be a typo. Only a speed-up rests on it, so an unreadable list counts as none."""
        version = self._require_version()
        if self._terms and self._terms[0] == version:
            return self._terms[1]
        try:
            text = (self._check_version_dir(version) / TERMS_FILE).read_text(encoding="utf-8")
            terms: frozenset[str] | None = frozenset(text.split("\n"))
        except (OSError, ValueError):
            terms = None
        self._terms = (version, terms)
        return terms

    def stats(self) -> dict[str, Any]:
        """Counts for `catalog stats` (products, variants, categories, brands, ...)."""
        manifest = self.manifest()
        con = self.duckdb().cursor()
        try:
            row = con.execute(
                "SELECT count(*), count(DISTINCT category) FILTER (WHERE category <> ''), "
                "count(DISTINCT category_l1) FILTER (WHERE category_l1 <> ''), "
                "count(DISTINCT brand) FILTER (WHERE brand <> ''), count(*) FILTER (WHERE in_stock), "
                "avg(rating), count(*) FILTER (WHERE rating IS NULL) FROM products"
            ).fetchone()
            variants, in_stock_skus, units = con.execute(
                "SELECT count(*), count(*) FILTER (WHERE stock > 0), coalesce(sum(stock), 0) FROM variants"
            ).fetchone()
            reviews = con.execute("SELECT count(*) FROM reviews").fetchone()[0]
            currencies = [
                r[0] for r in con.execute("SELECT DISTINCT currency FROM products ORDER BY 1").fetchall()
            ]
            top = con.execute(
                "SELECT category_l1, count(*) FROM products WHERE category_l1 <> '' "
                "GROUP BY 1 ORDER BY 2 DESC, 1"
            ).fetchall()
        finally:
            con.close()
        table = self.table()
        index_types = {
            (tuple(i.columns)[0] if i.columns else i.name): i.index_type for i in table.list_indices()
        }
        return {
            "products": int(row[0]),
            "variants": int(variants),
            "categories": int(row[1]),
            "top_level_categories": int(row[2]),
            "brands": int(row[3]),
            "in_stock_products": int(row[4]),
            "in_stock_variants": int(in_stock_skus),
            "units_in_stock": int(units),
            "reviews": int(reviews),
            "average_rating": round(float(row[5]), 3) if row[5] is not None else None,
            "unrated_products": int(row[6]),
            "currencies": currencies,
            "by_category": {name: int(n) for name, n in top},
            "version": self._require_version(),
            "created_at": manifest.get("created_at"),
            "source": manifest.get("source"),
            "embedder": manifest.get("embedder"),
            "dim": manifest.get("dim"),
            "vector_index": "vector" in index_types,
            "fts_index": index_types.get("search_text") == "FTS",
            "scalar_indexes": sorted(k for k, v in index_types.items() if k not in ("vector", "search_text")),
            "path": self.location.version_uri(self._require_version()),
        }


def _sql_quote(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def _dicts(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _product_dict(
    row: dict[str, Any], skus: list[Sku], reviews: dict[str, list[dict]], was: dict[str, int | None]
) -> dict[str, Any]:
    currency = row["currency"]
    variants = [
        {
            "sku": s.sku,
            "options": s.options,
            "price_minor": s.price_minor,
            "price": json_amount(s.price_minor, s.currency),
            "compare_at_price": json_amount(was.get(s.sku), s.currency),
            "stock": s.stock,
            "in_stock": s.stock > 0,
            "currency": s.currency,
        }
        for s in skus
    ]
    if variants:
        low, high, in_stock = price_summary((v["price_minor"], v["stock"]) for v in variants)
    else:  # a product whose SKUs were all removed from the inventory: fall back to the snapshot
        low, high, in_stock = row["price_min_minor"], row["price_max_minor"], False
    return {
        "product_id": row["product_id"],
        "title": row["title"],
        "brand": row["brand"] or None,
        "category": row["category"] or None,
        "description": row["description"],
        "attributes": json.loads(row["attributes_json"] or "{}"),
        "options": json.loads(row["options_json"] or "{}"),
        "tags": list(row["tags"] or []),
        "rating": row["rating"],
        "review_count": row["review_count"],
        "currency": currency,
        "price_min_minor": low,
        "price_max_minor": high,
        "price_min": json_amount(low, currency),
        "price_max": json_amount(high, currency),
        "in_stock": in_stock,
        "stock": sum(v["stock"] for v in variants),
        "variant_count": len(variants) or row["variant_count"],
        "image_url": row.get("image_url") or None,
        # None for a catalog imported before semantic IDs existed (no such column).
        "semantic_id": row.get("semantic_id"),
        "variants": variants,
        "reviews": reviews.get(row["product_id"], []),
    }
