"""Reading catalog files (JSONL, CSV, Parquet; optionally gzip-compressed) into validated products.

Row numbers, as reported in errors:
- JSONL: the 1-based line number (blank lines count but are skipped).
- CSV: the 1-based record number with the header as row 1, so the first product is row 2 -- the
  number a spreadsheet shows. A quoted field spanning lines is still one row.
- Parquet: the 1-based row number (there is no header row).
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, NamedTuple

from shopagent.catalog.models import ProductIn, parse_product
from shopagent.errors import InvalidInput, NotFound, UsageError

FORMATS = ("jsonl", "csv", "parquet")
FIELDS = (
    "id",
    "title",
    "description",
    "brand",
    "category",
    "currency",
    "price",
    "stock",
    "rating",
    "review_count",
    "attributes",
    "tags",
    "image_url",
    "reviews",
    "variants",
)
# Fields that hold nested values; in CSV (and string Parquet columns) they carry JSON text.
NESTED = ("attributes", "tags", "reviews", "variants")
# CSV fields may legitimately be large (descriptions are rejected above 100 KB with a clear reason,
# which needs the field to be read first); the csv module's 128 KB default would abort the file.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
MAX_LINE_BYTES = 16 * 1024 * 1024


class RowError(NamedTuple):
    row: int
    reason: str


def check_readable(path: Path) -> Path:
    """One-line errors for a path that is missing, a directory, or unreadable."""
    path = Path(path).expanduser()
    if not path.exists():
        raise NotFound(f"no such file: {path}")
    if path.is_dir():
        raise InvalidInput(f"{path} is a directory; give a .jsonl, .csv or .parquet file")
    if not path.is_file():
        # A fifo would block open() forever and a device never ends: only regular files are catalogs.
        raise InvalidInput(
            f"{path} is not a regular file (a device, fifo or socket); give a .jsonl, .csv or .parquet file"
        )
    try:
        with path.open("rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise InvalidInput(f"cannot read {path}: {exc.strerror or exc}") from None
    return path


def detect_format(path: Path, fmt: str | None = None) -> str:
    if fmt:
        fmt = fmt.lower().lstrip(".")
        if fmt == "json":
            fmt = "jsonl"
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
        return fmt
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    by_ext = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv", ".tsv": "csv"}
    by_ext |= {".parquet": "parquet", ".pq": "parquet"}
    if ext not in by_ext:
        raise UsageError(
            f"cannot tell the format of {Path(path).name} from its extension; "
            f"pass --format {'|'.join(FORMATS)}"
        )
    return by_ext[ext]


def parse_mapping(items: list[str] | dict[str, str] | None) -> dict[str, str]:
    """`["price=cost", "id=sku_code"]` -> {"cost": "price", ...}: source column -> field."""
    if not items:
        return {}
    pairs = items.items() if isinstance(items, dict) else [_split_map(item) for item in items]
    mapping: dict[str, str] = {}
    for field, column in pairs:
        if field not in FIELDS:
            raise UsageError(
                f"--map {field}={column}: unknown field {field!r}; fields are {', '.join(FIELDS)}"
            )
        if not column:
            raise UsageError(f"--map {field}=: the column name is empty")
        mapping[column] = field
    return mapping


def _split_map(item: str) -> tuple[str, str]:
    if "=" not in item:
        raise UsageError(f"--map {item!r}: expected FIELD=COLUMN, e.g. --map price=cost")
    field, column = item.split("=", 1)
    return field.strip(), column.strip()


def _open_binary(path: Path) -> IO[bytes]:
    with path.open("rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return path.open("rb")


def _rename(record: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    if not mapping:
        return record
    out = {k: v for k, v in record.items() if k not in mapping}
    for column, field in mapping.items():
        if column in record:
            out[field] = record[column]
    return out


def _decode_nested(record: dict[str, Any]) -> dict[str, Any]:
    """JSON text in nested columns -> values; `attributes.KEY` columns -> attributes[KEY]."""
    for key in [k for k in record if k.startswith(("attributes.", "attr."))]:
        value = record.pop(key)
        if value is not None:
            attributes = record.setdefault("attributes", {})
            if isinstance(attributes, dict):
                attributes[key.split(".", 1)[1]] = value
    for key in NESTED:
        value = record.get(key)
        if isinstance(value, str):
            text = value.strip()
            if key == "tags" and not text.startswith("["):
                continue  # "a|b" or "a, b" is split by the model
            try:
                record[key] = json.loads(text) if text else None
            except json.JSONDecodeError as exc:
                raise InvalidInput(f"{key} is not valid JSON ({exc.msg} at char {exc.pos})") from None
    return record


# -- raw readers: yield (row, dict | RowError) ----------------------------------------------
def _read_jsonl(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError]]:
    with _open_binary(path) as fh:
        for row, line in enumerate(_lines(fh, path), start=1):
            if not line.strip():
                continue
            if row == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]  # a UTF-8 byte-order mark written by some editors
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield row, RowError(row, f"invalid UTF-8 (byte {exc.start + 1} of the line)")
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield row, RowError(row, f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            except RecursionError:
                yield row, RowError(row, "not valid JSON (nested too deeply)")
                continue
            if not isinstance(record, dict):
                yield row, RowError(row, f"expected a JSON object, got {type(record).__name__}")
                continue
            yield row, _rename(record, mapping)


def _lines(fh: IO[bytes], path: Path) -> Iterator[bytes]:
    """Lines with a length cap, so a file without newlines cannot be read into memory whole."""
    row = 0
    try:
        while line := fh.readline(MAX_LINE_BYTES + 1):
            row += 1
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                raise InvalidInput(
                    f"{path}: line {row} is longer than {MAX_LINE_BYTES >> 20} MB; "
                    "a JSONL catalog holds one product per line"
                )
            yield line
    except (OSError, EOFError, zlib.error) as exc:
        raise InvalidInput(f"{path} is not a readable file ({exc})") from None


def _read_csv(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError]]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    delimiter = "\t" if ".tsv" in [s.lower() for s in path.suffixes] else ","
    with _open_binary(path) as raw:
        # surrogateescape keeps invalid bytes visible so the one bad row can be reported.
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")
        reader = csv.reader(text, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InvalidInput(f"{path}: cannot read the CSV header ({exc})") from None
        header = [h.lstrip("\ufeff").strip() for h in header]
        if any(_has_surrogates(h) for h in header):
            raise InvalidInput(f"{path}: the CSV header is not valid UTF-8")
        missing = [c for c in mapping if c not in header]
        if missing:
            raise InvalidInput(
                f"--map names column(s) {', '.join(missing)} not in {path.name}; columns: {', '.join(header)}"
            )
        row = 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                row += 1
                yield row, RowError(row, f"malformed CSV ({exc})")
                continue
            except (OSError, EOFError, zlib.error) as exc:
                raise InvalidInput(f"{path} is not a readable file ({exc})") from None
            row += 1
            if not values or all(not v.strip() for v in values):
                continue
            if len(values) != len(header):
                yield row, RowError(row, f"has {len(values)} fields, the header has {len(header)}")
                continue
            bad = next((h for h, v in zip(header, values, strict=True) if _has_surrogates(v)), None)
            if bad is not None:
                yield row, RowError(row, f"invalid UTF-8 in column {bad!r}")
                continue
            record = {h: v for h, v in zip(header, values, strict=True) if h and v.strip() != ""}
            yield row, _rename(record, mapping)


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _read_parquet(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InvalidInput(f"{path} is not a readable Parquet file ({exc})") from None
    columns = pf.schema_arrow.names
    missing = [c for c in mapping if c not in columns]
    if missing:
        raise InvalidInput(
            f"--map names column(s) {', '.join(missing)} not in {path.name}; columns: {', '.join(columns)}"
        )
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=2048):
            for record in batch.to_pylist():
                row += 1
                record = {k: _plain(v) for k, v in record.items() if v is not None}
                yield row, _rename(record, mapping)
    except (pa.ArrowException, OSError) as exc:
        raise InvalidInput(f"{path}: cannot read Parquet data after row {row} ({exc})") from None


def _plain(value: Any) -> Any:
    """Arrow map columns arrive as lists of (key, value) pairs; make them dicts."""
    if isinstance(value, list) and value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        return {k: _plain(v) for k, v in value}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items() if v is not None}
    return value


def read_records(
    path: Path, *, fmt: str | None = None, mapping: dict[str, str] | None = None
) -> Iterator[tuple[int, dict | RowError]]:
    """Raw rows of a catalog file, renamed by `mapping` (source column -> field)."""
    path = check_readable(path)
    fmt = detect_format(path, fmt)
    reader = {"jsonl": _read_jsonl, "csv": _read_csv, "parquet": _read_parquet}[fmt]
    return reader(path, mapping or {})


def read_products(
    path: Path, *, fmt: str | None = None, mapping: dict[str, str] | None = None
) -> Iterator[tuple[int, ProductIn | RowError]]:
    """Validated products with their row numbers; bad rows come back as RowError.

    Within one file an id or SKU may appear once: the second occurrence is the bad row.
    """
    seen_ids: dict[str, int] = {}
    seen_skus: dict[str, int] = {}
    for row, record in read_records(path, fmt=fmt, mapping=mapping):
        if isinstance(record, RowError):
            yield row, record
            continue
        try:
            product = parse_product(_decode_nested(record))
        except InvalidInput as exc:
            yield row, RowError(row, str(exc))
            continue
        if product.id in seen_ids:
            yield row, RowError(row, f"duplicate id {product.id!r} (first in row {seen_ids[product.id]})")
            continue
        clash = next((v.sku for v in product.skus() if v.sku in seen_skus), None)
        if clash is not None:
            yield row, RowError(row, f"duplicate sku {clash!r} (first in row {seen_skus[clash]})")
            continue
        seen_ids[product.id] = row
        for variant in product.skus():
            seen_skus[variant.sku] = row
        yield row, product
