"""The import pipeline: read and check the rows, embed, write a complete version, flip to it.

An import builds a new version directory completely, then one SQLite transaction writes the inventory
rows and flips meta.catalog_version. Until that commit the previous version stays current; a crash
leaves at most an orphan directory, removed by the next import. Without `replace` the new version is
the current one with the imported products upserted by id (their SKUs may not belong to a product
kept from the catalog).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import BaseModel, Field

from shopagent import inventory
from shopagent.catalog.derived import (
    TABLE,
    build_search_text,
    collect_facets,
    product_row,
    product_schema,
    reviews_table,
    variants_table,
    write_lance,
    write_terms,
)
from shopagent.catalog.embed import EmbeddingCache, embed_with_cache, safe_identity
from shopagent.catalog.importer import Excluded, RowError, check_readable, detect_format, read_products
from shopagent.catalog.indexing import VECTOR_INDEX_MIN_ROWS
from shopagent.catalog.models import ProductIn
from shopagent.catalog.snapshots import Advance, Snapshots
from shopagent.errors import InvalidInput, ShopError
from shopagent.inventory import Sku

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


class Importing(Snapshots):
    """Imports into the catalog: files, already-validated products, and the first-run sample."""

    # -- first run -----------------------------------------------------------------------
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
        new_rows = [product_row(p, t) for p, t in zip(products, texts, strict=True)]

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
            with self._progress(
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
                schema = product_schema(embedder.dim)
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
                write_lance(lance_uri, full, self.location.storage_options())
                pq.write_table(full.drop_columns(["vector"]), root / "products.parquet")
                variants = variants_table(products)
                reviews = reviews_table(products)
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
                facets = collect_facets(full, variants)
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

    def _cache(self) -> EmbeddingCache:
        return EmbeddingCache(self.paths.embedding_cache, self.deps.embedder.identity)

    @contextlib.contextmanager
    def _progress(self, enabled: bool, description: str, total: int) -> Iterator[Advance]:
        """`advance(n)` of the store's progress display, or one that shows nothing."""
        if not enabled or self.progress is None:
            yield lambda n=1: None
            return
        with self.progress(description, total) as advance:
            yield advance


def _reasons(counts: dict[str, int]) -> str:
    return ", ".join(f"{reason}: {n:,}" for reason, n in sorted(counts.items()))


def sys_note(message: str) -> None:
    import sys

    sys.stderr.write(message + "\n")
