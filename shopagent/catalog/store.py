"""The catalog store: versioned snapshots (LanceDB + Parquet) plus the live inventory in state.db.

Layout (see docs/catalog.md):
    catalog/<version>/lance/          LanceDB database, table `products` (text, vector, filters, indexes)
    catalog/<version>/products.parquet, variants.parquet, reviews.parquet   (DuckDB reads these)
    catalog/<version>/facets.json     brands, categories, attribute and option values
    catalog/<version>/terms.txt       every word of the search texts (the search's typo check)
    catalog/<version>/manifest.json   counts, embedder identity, source file
    state.db: inventory (one row per SKU, live price and stock), meta.catalog_version

An import builds a new version directory completely, then one SQLite transaction writes the inventory
rows and flips meta.catalog_version. Until that commit the previous version stays current; a crash
leaves at most an orphan directory, removed by the next import.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from shopagent import inventory
from shopagent.catalog.embed import EmbeddingCache, embed_with_cache, safe_identity, text_hash
from shopagent.catalog.importer import (
    Excluded,
    RowError,
    check_readable,
    detect_format,
    read_products,
    read_records,
)
from shopagent.catalog.indexing import VECTOR_INDEX_MIN_ROWS, ensure_indexes
from shopagent.catalog.lance import import_lancedb
from shopagent.catalog.location import CatalogLocation, catalog_location
from shopagent.catalog.models import ProductIn, _to_count
from shopagent.errors import CorruptState, InvalidInput, ShopError
from shopagent.inventory import Sku
from shopagent.money import json_amount, to_minor

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

    from shopagent.deps import Deps

TABLE = "products"
TERMS_FILE = "terms.txt"
DESCRIPTION_HEAD = 500  # characters of description that go into search_text
SEARCH_TEXT_LIMIT = 2_000  # ~500 tokens: what e5-small reads in one window
MAX_ERRORS_KEPT = 1_000


class RowProblem(BaseModel):
    row: int
    reason: str


class BadRows(InvalidInput):
    """A `--strict` run that found bad rows: the message names the first, `rows` holds them all."""

    def __init__(self, message: str, rows: list[RowError]):
        super().__init__(message)
        self.rows = rows


class ImportReport(BaseModel):
    path: str
    format: str
    version: str | None = None
    imported: int = 0
    skipped: int = 0
    errors: list[RowProblem] = Field(default_factory=list)
    errors_truncated: bool = False
    # Valid rows the source marks as not for sale (Shopify drafts, ACP enable_search=false), by reason.
    excluded: int = 0
    excluded_reasons: dict[str, int] = Field(default_factory=dict)
    embedded: int = 0
    reused_embeddings: int = 0
    products: int = 0  # products in the catalog after the import
    variants: int = 0  # SKUs in the catalog after the import
    replaced: bool = False
    seconds: float = 0.0


class PriceUpdateReport(BaseModel):
    path: str
    updated: int = 0
    skipped: int = 0
    errors: list[RowProblem] = Field(default_factory=list)
    errors_truncated: bool = False
    products_refreshed: int = 0
    seconds: float = 0.0


# --------------------------------------------------------------------------------------------
# Derived columns
# --------------------------------------------------------------------------------------------
def option_values(product: ProductIn) -> dict[str, list[str]]:
    """{option: [values in first-seen order]} over a product's variants."""
    options: dict[str, list[str]] = {}
    for variant in product.variants:
        for key, value in variant.options.items():
            values = options.setdefault(key, [])
            if value not in values:
                values.append(value)
    return options


def build_search_text(product: ProductIn) -> str:
    """What is embedded and full-text indexed: the facts a shopper types, then the description head."""
    parts = [product.title]
    if product.brand:
        parts.append(product.brand)
    if product.category:
        parts.append(product.category)
    if product.attributes:
        parts.append(", ".join(f"{k}: {v}" for k, v in product.attributes.items()))
    if product.tags:
        parts.append(", ".join(product.tags))
    for key, values in option_values(product).items():
        parts.append(f"{key}: {' '.join(values)}")
    if product.description:
        head = product.description[:DESCRIPTION_HEAD]
        if len(product.description) > DESCRIPTION_HEAD and " " in head:
            head = head.rsplit(" ", 1)[0]
        parts.append(head)
    return ". ".join(p.strip() for p in parts if p.strip())[:SEARCH_TEXT_LIMIT]


def price_summary(skus: Iterable[tuple[int, int]]) -> tuple[int, int, bool]:
    """(min, max, in_stock) from (price_minor, stock) pairs.

    The range covers the in-stock SKUs when any is in stock (what a shopper can buy now), else all
    SKUs (so a sold-out product still shows its price).
    """
    pairs = list(skus)
    live = [p for p, s in pairs if s > 0]
    prices = live or [p for p, _ in pairs]
    return min(prices), max(prices), bool(live)


def _schema(dim: int) -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [
            ("product_id", pa.string()),
            ("title", pa.string()),
            ("brand", pa.string()),
            ("category", pa.string()),
            ("category_l1", pa.string()),
            ("category_lc", pa.string()),
            ("description", pa.string()),
            ("search_text", pa.string()),
            ("attributes_json", pa.string()),
            ("options_json", pa.string()),
            ("tags", pa.list_(pa.string())),
            ("rating", pa.float64()),
            ("review_count", pa.int64()),
            ("currency", pa.string()),
            ("price_min_minor", pa.int64()),
            ("price_max_minor", pa.int64()),
            ("in_stock", pa.bool_()),
            ("variant_count", pa.int64()),
            ("image_url", pa.string()),
            ("content_hash", pa.string()),
            ("vector", pa.list_(pa.float32(), dim)),
        ]
    )


def _product_row(product: ProductIn, search_text: str) -> dict[str, Any]:
    skus = product.skus()
    low, high, in_stock = price_summary((v.price_minor or 0, v.stock) for v in skus)
    category = product.category or ""
    return {
        "product_id": product.id,
        "title": product.title,
        "brand": product.brand or "",
        "category": category,
        "category_l1": category.split(" > ")[0].lower() if category else "",
        "category_lc": category.lower(),
        "description": product.description,
        "search_text": search_text,
        "attributes_json": json.dumps(product.attributes, ensure_ascii=False),
        "options_json": json.dumps(option_values(product), ensure_ascii=False),
        "tags": product.tags,
        "rating": product.rating,
        "review_count": product.effective_review_count(),
        "currency": product.currency,
        "price_min_minor": low,
        "price_max_minor": high,
        "in_stock": in_stock,
        "variant_count": len(skus),
        "image_url": product.image_url or "",
        "content_hash": text_hash(search_text),
    }


def _sql_quote(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


# --------------------------------------------------------------------------------------------
# The store
# --------------------------------------------------------------------------------------------
class CatalogStore:
    """Read and write the catalog. Construct with the shared `Deps`; everything opens lazily."""

    def __init__(self, deps: Deps):
        self.deps = deps
        self.paths = deps.paths
        self._table: Any = None
        self._table_key: tuple[str, ...] | None = None
        self._duck: duckdb.DuckDBPyConnection | None = None
        self._duck_version: str | None = None
        self._inventory_sig: tuple | None = None
        self._facets: tuple[str, dict] | None = None
        self._terms: tuple[str, frozenset[str] | None] | None = None
        self._manifest: tuple[str, dict] | None = None
        self._location: CatalogLocation | None = None
        self._verified: str | None = None  # the version whose files were last found complete

    # -- where things are ----------------------------------------------------------------
    @property
    def state(self) -> Any:
        return self.deps.state

    @property
    def version(self) -> str | None:
        """The current catalog version (a directory name under catalog/), or None before the first import."""
        return self.state.get_meta("catalog_version")

    @property
    def location(self) -> CatalogLocation:
        """Where versions are stored: the local catalog dir, or SHOPAGENT_CATALOG_URI (s3://...)."""
        if self._location is None:
            self._location = catalog_location(self.paths, self.state)
        return self._location

    def version_dir(self, version: str | None = None) -> Path:
        """The version's local directory (for a catalog on object storage: its local copy)."""
        version = version or self._require_version()
        if self.location.remote:
            return self.location.mirror_root / version
        return self.paths.catalog_dir / version

    def _open_lance(self, version: str) -> Any:
        return import_lancedb().connect(
            self.location.lance_uri(version), storage_options=self.location.storage_options()
        )

    def _require_version(self) -> str:
        version = self.version
        if version is None:
            raise ShopError("no catalog has been imported yet; run `shopagent catalog import PATH`")
        return version

    def _check_version_dir(self, version: str) -> Path:
        """The version's local directory, after checking its files are all there."""
        location = self.location
        recorded = self.state.get_meta("catalog_location") or "local"
        if recorded != location.name:
            raise CorruptState(
                f"the current catalog (version {version}) is stored at {recorded}, but the catalog location "
                f"is now {location.name}; import a catalog there with "
                "`shopagent catalog import PATH --replace`, or set the location back"
            )
        if not location.remote:
            root = self.paths.catalog_dir / version
            missing = [n for n in ("manifest.json", "products.parquet", "lance") if not (root / n).exists()]
        elif self._verified == version:
            return self.version_dir(version)
        else:
            root_name = location.version_uri(version)
            missing = location.missing(version)
        if missing:
            where = root if not location.remote else root_name
            raise CorruptState(
                f"catalog version {version} at {where} is missing {', '.join(missing)}; "
                "re-import a catalog with `shopagent catalog import PATH --replace`"
            )
        if location.remote:
            root = location.mirror(version)
            self._verified = version
        return root

    def manifest(self) -> dict[str, Any]:
        version = self._require_version()
        if self._manifest and self._manifest[0] == version:
            return self._manifest[1]
        root = self._check_version_dir(version)
        try:
            data = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CorruptState(f"catalog manifest {root / 'manifest.json'} is unreadable ({exc})") from None
        self._manifest = (version, data)
        return data

    # -- first run -----------------------------------------------------------------------
    def is_ready(self) -> bool:
        version = self.version
        if version is None:
            return False
        try:
            self._check_version_dir(version)
        except CorruptState:
            return False
        return True

    def ensure_ready(self) -> None:
        """Import the bundled sample catalog on first use (with a progress bar on stderr)."""
        version = self.version
        if version is not None:
            self._check_version_dir(version)
            return
        with self._lock():
            if self.version is not None:  # another process finished the first run while we waited
                return
            sample = self._sample_path()
            self.seed_precomputed_vectors(sample)
            where = self.location.uri or self.paths.catalog_dir
            sys_note(f"First run: indexing the sample catalog into {where}")
            self._import(sample, fmt=None, mapping=None, replace=True, strict=False, progress=True)

    def _sample_path(self) -> Path:
        try:
            from shopagent.catalog.sample import sample_catalog_path

            path = Path(sample_catalog_path())
        except (ImportError, OSError, ShopError) as exc:
            raise ShopError(
                f"the sample catalog is not available ({exc}); "
                "import one with `shopagent catalog import PATH`"
            ) from None
        if not path.is_file():
            raise ShopError(
                f"the sample catalog is missing ({path}); import one with `shopagent catalog import PATH`"
            )
        return path

    def seed_precomputed_vectors(self, sample: Path) -> int:
        """Load the shipped vectors for the sample catalog into the cache when the embedder matches."""
        import numpy as np

        identity = self.deps.embedder.identity
        candidates = [
            sample.parent / f"vectors-{safe_identity(identity)}.npz",
            Path(__file__).resolve().parent.parent / "data" / f"vectors-{safe_identity(identity)}.npz",
        ]
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            return 0
        try:
            with np.load(path, allow_pickle=False) as data:
                hashes = [str(h) for h in data["hashes"]]
                vectors = np.asarray(data["vectors"], dtype=np.float32)
                stored_identity = str(data["identity"]) if "identity" in data else identity
        except (OSError, ValueError, KeyError):
            return 0  # precomputed vectors only save time; a bad file means we embed instead
        if stored_identity != identity or vectors.ndim != 2 or vectors.shape[1] != self.deps.embedder.dim:
            return 0
        cache = self._cache()
        try:
            have = cache.get_many(hashes)
            fresh = {h: vectors[i] for i, h in enumerate(hashes) if h not in have}
            cache.put_many(fresh)
        finally:
            cache.close()
        return len(fresh)

    # -- import ----------------------------------------------------------------------------
    def import_file(
        self,
        path: str | Path,
        *,
        format: str | None = None,  # noqa: A002  (mirrors the --format flag)
        mapping: dict[str, str] | None = None,
        replace: bool = False,
        strict: bool = False,
        progress: bool = True,
        workers: int | None = None,
        ray_address: str | None = None,
    ) -> ImportReport:
        """Import a catalog file. Without `replace` it upserts by product id into the current catalog.

        `workers` runs the embedding on that many Ray workers (a local Ray instance, or the cluster at
        `ray_address`); the snapshot is the same as without."""
        from shopagent.catalog.distributed import check_workers

        check_workers(workers, ray_address)
        path = check_readable(Path(path))
        fmt = detect_format(path, format)
        with self._lock():
            return self._import(
                path,
                fmt=fmt,
                mapping=mapping,
                replace=replace,
                strict=strict,
                progress=progress,
                workers=workers,
                ray_address=ray_address,
            )

    def import_products(
        self, products: Iterable[ProductIn], *, replace: bool = False, source: str = "<products>"
    ) -> ImportReport:
        """Import already-validated products (used by tools and tests)."""
        rows = [(i, p) for i, p in enumerate(products, start=1)]
        with self._lock():
            return self._import_rows(
                rows, source=source, fmt="python", replace=replace, strict=True, progress=False
            )

    def _import(
        self,
        path: Path,
        *,
        fmt: str | None,
        mapping: dict[str, str] | None,
        replace: bool,
        strict: bool,
        progress: bool,
        workers: int | None = None,
        ray_address: str | None = None,
    ) -> ImportReport:
        fmt = detect_format(path, fmt)
        rows = list(read_products(path, fmt=fmt, mapping=mapping))
        return self._import_rows(
            rows,
            source=str(path),
            fmt=fmt,
            replace=replace,
            strict=strict,
            progress=progress,
            workers=workers,
            ray_address=ray_address,
        )

    def _import_rows(
        self,
        rows: list[tuple[int, ProductIn | RowError | Excluded]],
        *,
        source: str,
        fmt: str,
        replace: bool,
        strict: bool,
        progress: bool,
        workers: int | None = None,
        ray_address: str | None = None,
    ) -> ImportReport:
        started = time.perf_counter()
        report = ImportReport(path=source, format=fmt, replaced=replace)
        base = self.version
        if base is not None and not replace:
            self._check_version_dir(base)
        products: list[ProductIn] = []
        product_rows: dict[str, int] = {}
        errors: list[RowError] = []
        for row, item in rows:
            if isinstance(item, RowError):
                errors.append(item)
            elif isinstance(item, Excluded):
                report.excluded += 1
                report.excluded_reasons[item.reason] = report.excluded_reasons.get(item.reason, 0) + 1
            else:
                products.append(item)
                product_rows[item.id] = row
        if base is not None and not replace and products:
            # A SKU may not move silently from a product kept in the catalog to one in this file.
            clashes = self._sku_clashes(products)
            if clashes:
                errors.extend(RowError(product_rows[pid], reason) for pid, reason in clashes.items())
                products = [p for p in products if p.id not in clashes]
        errors.sort(key=lambda e: e.row)
        report.skipped = len(errors)
        report.errors = [RowProblem(row=e.row, reason=e.reason) for e in errors[:MAX_ERRORS_KEPT]]
        report.errors_truncated = len(errors) > MAX_ERRORS_KEPT
        if errors and strict:
            first = errors[0]
            more = (
                f" ({len(errors) - 1} more bad row{'s' if len(errors) > 2 else ''})"
                if len(errors) > 1
                else ""
            )
            raise BadRows(
                f"{Path(source).name}: row {first.row}: {first.reason}{more}; "
                "nothing was imported (--strict); fix the rows or drop --strict to skip them",
                errors,
            )
        if not products:
            what = (
                f"all {len(errors)} rows are invalid"
                if errors
                else f"all {report.excluded} products are not for sale ({_reasons(report.excluded_reasons)})"
                if report.excluded
                else "it holds no products"
            )
            first = f" (row {errors[0].row}: {errors[0].reason})" if errors else ""
            raise InvalidInput(
                f"nothing to import from {Path(source).name}: {what}{first}; the catalog is unchanged"
            )

        version = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + "-" + secrets.token_hex(3)
        # Built locally; on object storage the LanceDB table is written in place and the other files
        # are uploaded after it, manifest last. Either way nothing points at the version until the flip.
        location = self.location
        build_dir = self.paths.catalog_dir / f".build-{version}"
        lance_uri = location.lance_uri(version) if location.remote else str(build_dir / "lance")
        try:
            if location.remote:
                location.check_bucket()
            summary = self._build(
                build_dir,
                products,
                base=None if replace else base,
                progress=progress,
                source=source,
                lance_uri=lance_uri,
                workers=workers,
                ray_address=ray_address,
            )
            if location.remote:
                location.publish(build_dir, version)
            else:
                os.replace(build_dir, self.paths.catalog_dir / version)
        except BaseException:
            shutil.rmtree(build_dir, ignore_errors=True)
            if location.remote:
                location.remove(version)
            raise
        try:
            self._commit(version, base, products, replace=replace)
        except BaseException:
            location.remove(version)
            raise
        self._forget_handles()
        self._collect_garbage()
        report.version = version
        report.imported = len(products)
        report.embedded = summary["embedded"]
        report.reused_embeddings = summary["reused"]
        report.products = summary["products"]
        report.variants = summary["variants"]
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _sku_clashes(self, products: list[ProductIn]) -> dict[str, str]:
        ids = {p.id for p in products}
        owner_by_sku = {v.sku: p.id for p in products for v in p.skus()}
        clashes: dict[str, str] = {}
        for sku, owner in inventory.owners(self.state.conn, owner_by_sku).items():
            if owner not in ids:
                clashes.setdefault(
                    owner_by_sku[sku], f"sku {sku!r} already belongs to product {owner!r} in the catalog"
                )
        return clashes

    def _build(
        self,
        root: Path,
        products: list[ProductIn],
        *,
        base: str | None,
        progress: bool,
        source: str,
        lance_uri: str,
        workers: int | None = None,
        ray_address: str | None = None,
    ) -> dict[str, int]:
        """Write a complete version directory: LanceDB table with indexes, Parquet files, facets, manifest."""
        import numpy as np
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        embedder = self.deps.embedder
        root.mkdir(parents=True)
        texts = [build_search_text(p) for p in products]
        new_rows = [_product_row(p, t) for p, t in zip(products, texts, strict=True)]

        kept_products = kept_variants = kept_reviews = None
        kept_texts: list[str] = []
        if base is not None:
            old_root = self._check_version_dir(base)
            new_ids = pa.array([p.id for p in products], pa.string())
            old_table = self._open_lance(base).open_table(TABLE).to_arrow()
            kept_products = old_table.filter(pc.invert(pc.is_in(old_table["product_id"], value_set=new_ids)))
            old_identity = self.manifest().get("embedder")
            if (
                old_identity != embedder.identity
                or kept_products.schema.field("vector").type.list_size != embedder.dim
            ):
                kept_texts = kept_products["search_text"].to_pylist()
                kept_products = kept_products.drop_columns(["vector"])
            old_variants = pq.read_table(old_root / "variants.parquet")
            kept_variants = old_variants.filter(
                pc.invert(pc.is_in(old_variants["product_id"], value_set=new_ids))
            )
            old_reviews = pq.read_table(old_root / "reviews.parquet")
            kept_reviews = old_reviews.filter(
                pc.invert(pc.is_in(old_reviews["product_id"], value_set=new_ids))
            )

        all_texts = texts + kept_texts
        cache = self._cache()
        try:
            with _maybe_progress(
                progress, f"Indexing {len(all_texts):,} products", len(all_texts) + 1
            ) as advance:
                runner = None
                if workers is not None:
                    from shopagent.catalog.distributed import RayEmbedding

                    runner = RayEmbedding(embedder, workers, ray_address)
                try:
                    vectors, embedded, reused = embed_with_cache(
                        embedder, cache, all_texts, on_progress=advance, runner=runner
                    )
                finally:
                    if runner is not None:
                        runner.close()
                schema = _schema(embedder.dim)
                flat = pa.array(
                    np.ascontiguousarray(vectors[: len(texts)], dtype=np.float32).ravel(), pa.float32()
                )
                new_table = pa.Table.from_pylist(
                    new_rows, schema=schema.remove(schema.get_field_index("vector"))
                )
                new_table = new_table.append_column(
                    schema.field("vector"), pa.FixedSizeListArray.from_arrays(flat, embedder.dim)
                )
                tables = [new_table]
                if kept_products is not None and kept_products.num_rows:
                    if kept_texts:
                        flat = pa.array(np.ascontiguousarray(vectors[len(texts) :]).ravel(), pa.float32())
                        kept_products = kept_products.append_column(
                            schema.field("vector"), pa.FixedSizeListArray.from_arrays(flat, embedder.dim)
                        )
                    tables.insert(0, kept_products.select(schema.names).cast(schema))
                full = pa.concat_tables(tables)
                # Codes from clustering every vector of the new catalog (docs/semantic-ids.md).
                from shopagent.catalog.semantic_ids import with_semantic_ids

                full, codes = with_semantic_ids(full)
                self._write_lance(lance_uri, full, self.location.storage_options())
                pq.write_table(full.drop_columns(["vector"]), root / "products.parquet")
                variants = self._variants_table(products)
                reviews = self._reviews_table(products)
                if kept_variants is not None:
                    if "compare_at_price_minor" not in kept_variants.column_names:  # an older snapshot
                        kept_variants = kept_variants.append_column(
                            "compare_at_price_minor", pa.nulls(kept_variants.num_rows, pa.int64())
                        )
                    kept_variants = kept_variants.select(variants.schema.names)
                    variants = pa.concat_tables([kept_variants.cast(variants.schema), variants])
                    reviews = pa.concat_tables([kept_reviews.cast(reviews.schema), reviews])
                pq.write_table(variants, root / "variants.parquet")
                pq.write_table(reviews, root / "reviews.parquet")
                facets = _facets(full, variants)
                (root / "facets.json").write_text(json.dumps(facets, ensure_ascii=False), encoding="utf-8")
                write_terms(root, full["search_text"].to_pylist())
                manifest = {
                    "format": 1,
                    "created_at": time.time(),
                    "source": source,
                    "embedder": embedder.identity,
                    "dim": embedder.dim,
                    "products": full.num_rows,
                    "variants": variants.num_rows,
                    "reviews": reviews.num_rows,
                    "vector_index": full.num_rows >= VECTOR_INDEX_MIN_ROWS,  # see catalog/indexing.py
                    "semantic_ids": codes.as_dict(),
                }
                (root / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
                advance(1)
        finally:
            cache.close()
        return {
            "embedded": embedded,
            "reused": reused,
            "products": full.num_rows,
            "variants": variants.num_rows,
        }

    @staticmethod
    def _write_lance(uri: str, table: pa.Table, storage_options: dict[str, str] | None) -> None:
        lancedb = import_lancedb()
        from lancedb.index import FTS, BTree

        db = lancedb.connect(uri, storage_options=storage_options)
        tbl = db.create_table(TABLE, data=table)
        tbl.create_index("search_text", config=FTS(), replace=True)
        tbl.create_index("product_id", config=BTree(), replace=True)
        # Filter-column indexes, and the vector index once the table is large enough to need one.
        ensure_indexes(tbl)

    @staticmethod
    def _variants_table(products: list[ProductIn]) -> pa.Table:
        import pyarrow as pa

        rows = [
            {
                "sku": v.sku,
                "product_id": p.id,
                "options_json": json.dumps(v.options, ensure_ascii=False),
                "price_minor": v.price_minor,
                "stock": v.stock,
                "currency": p.currency,
                "compare_at_price_minor": v.compare_at_price_minor,
            }
            for p in products
            for v in p.skus()
        ]
        schema = pa.schema(
            [
                ("sku", pa.string()),
                ("product_id", pa.string()),
                ("options_json", pa.string()),
                ("price_minor", pa.int64()),
                ("stock", pa.int64()),
                ("currency", pa.string()),
                ("compare_at_price_minor", pa.int64()),
            ]
        )
        return pa.Table.from_pylist(rows, schema=schema)

    @staticmethod
    def _reviews_table(products: list[ProductIn]) -> pa.Table:
        import pyarrow as pa

        rows = [
            {"product_id": p.id, "idx": i, "rating": r.rating, "title": r.title, "text": r.text}
            for p in products
            for i, r in enumerate(p.reviews)
        ]
        schema = pa.schema(
            [
                ("product_id", pa.string()),
                ("idx", pa.int64()),
                ("rating", pa.float64()),
                ("title", pa.string()),
                ("text", pa.string()),
            ]
        )
        return pa.Table.from_pylist(rows, schema=schema)

    def _commit(self, version: str, base: str | None, products: list[ProductIn], *, replace: bool) -> None:
        """One transaction: inventory rows for the imported products, then the version flip."""
        now = time.time()
        skus = [
            Sku(
                sku=v.sku,
                product_id=p.id,
                title=p.title,
                currency=p.currency,
                price_minor=v.price_minor,
                stock=v.stock,
                options_json=json.dumps(v.options, ensure_ascii=False),
                brand=p.brand,
                category=p.category,
            )
            for p in products
            for v in p.skus()
        ]
        try:
            with self.state.tx() as conn:
                current = self.state.get_meta("catalog_version")
                if current != base and not replace:
                    raise ShopError("the catalog changed while importing; run the import again")
                ids = [p.id for p in products]
                inventory.write_import(conn, skus, product_ids=ids, replace=replace, now=now)
                self._set_current(conn, version, base)
        except sqlite3.IntegrityError as exc:
            raise ShopError(f"the inventory rejected the import ({exc}); the catalog is unchanged") from None

    def _set_current(self, conn: sqlite3.Connection, version: str, previous: str | None) -> None:
        current = self.state.get_meta("catalog_version")
        if current:
            self.state.set_meta(conn, "catalog_previous_version", current)
        self.state.set_meta(conn, "catalog_version", version)
        self.state.set_meta(conn, "catalog_location", self.location.name)

    def _collect_garbage(self) -> None:
        """Remove versions other than the current and the previous one, and orphan build directories."""
        keep = {self.state.get_meta("catalog_version"), self.state.get_meta("catalog_previous_version")}
        if self.location.remote:
            self.location.collect(keep)
        root = self.paths.catalog_dir
        if not root.is_dir():
            return
        for child in root.iterdir():
            if not child.is_dir() or child.name in keep:
                continue
            if child.name.startswith(".build-") and time.time() - child.stat().st_mtime < 6 * 3600:
                continue  # possibly an import running right now in another process
            if child.name.startswith(".build-") or (child.name[:8].isdigit() and "T" in child.name):
                shutil.rmtree(child, ignore_errors=True)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """One writer of the catalog at a time (imports and price updates), across processes."""
        self.paths.catalog_dir.mkdir(parents=True, exist_ok=True)
        with open(self.paths.catalog_dir / ".lock", "a+b") as fh:
            try:
                import fcntl
            except ImportError:  # pragma: no cover - non-POSIX: the state transaction still guards the flip
                yield
                return
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def _cache(self) -> EmbeddingCache:
        return EmbeddingCache(self.paths.embedding_cache, self.deps.embedder.identity)

    def _forget_handles(self) -> None:
        self._table = None
        self._table_key = None
        self._manifest = None
        self._facets = None
        self._terms = None
        self._verified = None
        if self._duck is not None:
            self._duck.close()
        self._duck = None
        self._duck_version = None
        self._inventory_sig = None

    # -- readers -----------------------------------------------------------------------------
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

    # -- price and stock feed ------------------------------------------------------------------
    def update_prices(
        self,
        feed_path: str | Path,
        *,
        format: str | None = None,
        strict: bool = False,  # noqa: A002
    ) -> PriceUpdateReport:
        """Apply a feed of `sku` + `price` and/or `stock` rows to the live inventory, in one transaction.

        Never re-embeds: afterwards only the LanceDB filter columns (price range, in_stock) of the
        affected products are rewritten.
        """
        started = time.perf_counter()
        path = check_readable(Path(feed_path))
        fmt = detect_format(path, format)
        report = PriceUpdateReport(path=str(path))
        self._require_version()
        with self._lock():
            changes, errors = self._read_feed(path, fmt)
            report.skipped = len(errors)
            report.errors = [RowProblem(row=e.row, reason=e.reason) for e in errors[:MAX_ERRORS_KEPT]]
            report.errors_truncated = len(errors) > MAX_ERRORS_KEPT
            if errors and strict:
                first = errors[0]
                raise BadRows(
                    f"{path.name}: row {first.row}: {first.reason}"
                    + (f" ({len(errors) - 1} more bad rows)" if len(errors) > 1 else "")
                    + "; nothing was changed (--strict)",
                    errors,
                )
            if not changes:
                what = f"all {len(errors)} rows are invalid" if errors else "it holds no rows"
                first = f" (row {errors[0].row}: {errors[0].reason})" if errors else ""
                raise InvalidInput(f"nothing to update from {path.name}: {what}{first}")
            now = time.time()
            with self.state.tx() as conn:
                inventory.update_prices(conn, changes, now)
            report.updated = len(changes)
            report.products_refreshed = self._refresh_filter_columns(changes)
        report.seconds = round(time.perf_counter() - started, 3)
        return report

    def _read_feed(
        self, path: Path, fmt: str
    ) -> tuple[dict[str, tuple[int | None, int | None]], list[RowError]]:
        raw_rows = list(read_records(path, fmt=fmt))
        skus = [str(r.get("sku", "")).strip() for _, r in raw_rows if isinstance(r, dict)]
        known = self.live(skus)
        changes: dict[str, tuple[int | None, int | None]] = {}
        first_row: dict[str, int] = {}
        errors: list[RowError] = []
        for row, record in raw_rows:
            if isinstance(record, RowError):
                errors.append(record)
                continue
            sku = str(record.get("sku") or "").strip()
            if not sku:
                errors.append(RowError(row, "sku is required"))
                continue
            if sku not in known:
                errors.append(RowError(row, f"unknown sku {sku!r}"))
                continue
            if sku in first_row:
                errors.append(RowError(row, f"duplicate sku {sku!r} (first in row {first_row[sku]})"))
                continue
            price_raw, stock_raw = record.get("price"), record.get("stock")
            if price_raw in (None, "") and stock_raw in (None, ""):
                errors.append(RowError(row, "needs a price and/or a stock value"))
                continue
            try:
                price = (
                    None
                    if price_raw in (None, "")
                    else to_minor(price_raw, known[sku].currency, what="price")
                )
                stock = None if stock_raw in (None, "") else _to_count(stock_raw, what="stock")
            except (InvalidInput, ValueError) as exc:
                errors.append(RowError(row, str(exc)))
                continue
            first_row[sku] = row
            changes[sku] = (price, stock)
        return changes, errors

    def _refresh_filter_columns(self, changes: dict[str, Any]) -> int:
        """Rewrite price_min_minor/price_max_minor/in_stock in LanceDB for the products touched."""
        import pyarrow as pa

        live = self.live(changes)
        product_ids = sorted({s.product_id for s in live.values()})
        by_product = self.live_for_products(product_ids)
        rows = []
        for pid in product_ids:
            low, high, in_stock = price_summary((s.price_minor, s.stock) for s in by_product.get(pid, []))
            rows.append(
                {"product_id": pid, "price_min_minor": low, "price_max_minor": high, "in_stock": in_stock}
            )
        if not rows:
            return 0
        update = pa.Table.from_pylist(
            rows,
            schema=pa.schema(
                [
                    ("product_id", pa.string()),
                    ("price_min_minor", pa.int64()),
                    ("price_max_minor", pa.int64()),
                    ("in_stock", pa.bool_()),
                ]
            ),
        )
        table = self.table()
        table.merge_insert("product_id").when_matched_update_all().execute(update)
        # Rewritten rows fall out of the indexes until they are folded back in; do it now.
        table.optimize()
        return len(rows)


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
def _reasons(counts: dict[str, int]) -> str:
    return ", ".join(f"{reason}: {n:,}" for reason, n in sorted(counts.items()))


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


def _facets(products: pa.Table, variants: pa.Table) -> dict[str, Any]:
    brands = sorted({b for b in products["brand"].to_pylist() if b}, key=str.lower)
    categories = sorted({c for c in products["category"].to_pylist() if c}, key=str.lower)
    attributes: dict[str, set[str]] = {}
    for text in products["attributes_json"].to_pylist():
        for key, value in json.loads(text or "{}").items():
            attributes.setdefault(key, set()).add(value)
    options: dict[str, set[str]] = {}
    for text in products["options_json"].to_pylist():
        for key, values in json.loads(text or "{}").items():
            options.setdefault(key, set()).update(values)
    return {
        "brands": brands,
        "categories": categories,
        "attributes": {k: sorted(v, key=str.lower) for k, v in sorted(attributes.items())},
        "options": {k: sorted(v, key=str.lower) for k, v in sorted(options.items())},
    }


def write_terms(root: Path, texts: Iterable[str | None]) -> int:
    """Write the distinct words of the catalog's search texts to `root/terms.txt` (how many).

    The search runs its typo-tolerant keyword query only for a word that is not among them."""
    from shopagent.search.rerank import plain_words

    seen: set[str] = set()
    for text in texts:
        if text:
            seen.update(plain_words(text))
    (root / TERMS_FILE).write_text("\n".join(sorted(seen)), encoding="utf-8")
    return len(seen)


@contextlib.contextmanager
def _maybe_progress(enabled: bool, description: str, total: int) -> Iterator[Callable[[int], None]]:
    if not enabled:
        yield lambda n=1: None
        return
    from shopagent.render.progress import progress_bar

    with progress_bar(description, total) as advance:
        yield advance


def sys_note(message: str) -> None:
    import sys

    sys.stderr.write(message + "\n")
