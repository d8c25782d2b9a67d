"""Price and stock feeds: `sku` + `price` and/or `stock` rows applied to the live inventory.

One transaction changes the inventory; nothing is re-embedded. Afterwards only the LanceDB filter
columns (price range, in_stock) of the products touched are rewritten, so filtered search sees them.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from shopagent import inventory
from shopagent.catalog.derived import price_summary
from shopagent.catalog.importer import RowError, check_readable, detect_format, read_records
from shopagent.catalog.importing import MAX_ERRORS_KEPT, BadRows, RowProblem
from shopagent.catalog.models import _to_count
from shopagent.catalog.reading import Reading
from shopagent.errors import InvalidInput
from shopagent.money import to_minor


class PriceUpdateReport(BaseModel):
    path: str
    updated: int = 0
    skipped: int = 0
    errors: list[RowProblem] = Field(default_factory=list)
    errors_truncated: bool = False
    products_refreshed: int = 0
    seconds: float = 0.0


class PriceFeeds(Reading):
    """Price and stock updates to the current catalog."""

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
