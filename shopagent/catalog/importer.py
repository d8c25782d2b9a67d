"""Reading catalog files (JSONL, JSON, CSV, Parquet, Shopify, Merchant Center; optionally
gzip-compressed) into validated products.

Row numbers, as reported in errors:
- JSONL: the 1-based line number (blank lines count but are skipped).
- JSON array or `{"products": [...]}`: the 1-based index of the element.
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

FORMATS = ("jsonl", "json", "csv", "parquet", "shopify", "merchant")
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
    "compare_at_price",
)
# Fields that hold nested values; in CSV (and string Parquet columns) they carry JSON text.
NESTED = ("attributes", "tags", "reviews", "variants")
# Fields inside each element of a list field, reachable with `--map reviews.text=comment`.
SUBFIELDS = {
    "reviews": ("rating", "title", "text"),
    "variants": ("sku", "options", "price", "compare_at_price", "stock"),
}
# CSV fields may legitimately be large (descriptions are rejected above 100 KB with a clear reason,
# which needs the field to be read first); the csv module's 128 KB default would abort the file.
CSV_FIELD_LIMIT = 64 * 1024 * 1024
MAX_LINE_BYTES = 16 * 1024 * 1024


class RowError(NamedTuple):
    row: int
    reason: str


class Excluded(NamedTuple):
    """A valid row the source itself marks as not for sale (a draft Shopify product): left out, counted."""

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
    """The reader for a file: `fmt` when given, else from the extension. JSON files (.json, .jsonl)
    are told apart by content when read: an array, an object with a products list, or JSONL."""
    if fmt:
        fmt = fmt.lower().lstrip(".")
        if fmt == "ndjson":
            fmt = "jsonl"
        if fmt not in FORMATS:
            raise UsageError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
        return fmt
    suffixes = [s.lower() for s in Path(path).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    ext = suffixes[-1] if suffixes else ""
    by_ext = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "csv"}
    by_ext |= {".parquet": "parquet", ".pq": "parquet", ".xml": "merchant"}
    if ext not in by_ext:
        raise UsageError(
            f"cannot tell the format of {Path(path).name} from its extension; "
            f"pass --format {'|'.join(FORMATS)}"
        )
    return by_ext[ext]


def parse_mapping(items: list[str] | dict[str, str] | None) -> dict[str, str]:
    """`["price=cost", "reviews.text=comment"]` -> {"cost": "price", ...}: source path -> field path.

    A field is a top-level field, `attributes.KEY`, or `reviews.SUB` / `variants.SUB` (a field of each
    element, read from a path inside that element). A source is a column, or a dotted path into
    nested objects (`pricing.amount`).
    """
    if not items:
        return {}
    pairs = items.items() if isinstance(items, dict) else [_split_map(item) for item in items]
    mapping: dict[str, str] = {}
    for field, column in pairs:
        head, _, sub = field.partition(".")
        if head not in FIELDS:
            raise UsageError(
                f"--map {field}={column}: unknown field {head!r}; fields are {', '.join(FIELDS)}"
            )
        if sub and head in SUBFIELDS and sub.split(".")[0] not in SUBFIELDS[head]:
            raise UsageError(
                f"--map {field}={column}: {head} have no field {sub.split('.')[0]!r}; "
                f"they have {', '.join(SUBFIELDS[head])}"
            )
        if sub and head not in SUBFIELDS and head != "attributes":
            raise UsageError(
                f"--map {field}={column}: {head} has no sub-fields; "
                "dotted fields are attributes.KEY, reviews.FIELD and variants.FIELD"
            )
        if not column or any(not part for part in (*column.split("."), *field.split("."))):
            raise UsageError(f"--map {field}={column}: empty name; expected FIELD=COLUMN or FIELD=a.b")
        mapping[column] = field
    return mapping


def _split_map(item: str) -> tuple[str, str]:
    if "=" not in item:
        raise UsageError(f"--map {item!r}: expected FIELD=COLUMN, e.g. --map price=cost")
    field, column = item.split("=", 1)
    return field.strip(), column.strip()


def _is_element_field(field: str) -> bool:
    return "." in field and field.split(".", 1)[0] in SUBFIELDS


def top_level_sources(mapping: dict[str, str]) -> list[str]:
    """The mapped sources that must be columns of the file (element paths are not)."""
    return [column for column, field in mapping.items() if not _is_element_field(field)]


def missing_columns(mapping: dict[str, str], columns: list[str]) -> list[str]:
    names = set(columns)
    return [c for c in top_level_sources(mapping) if c not in names and c.split(".")[0] not in names]


MISSING = object()  # what get_path returns for a path that is not there (None is a value)


def get_path(record: Any, path: str) -> Any:
    """`record[path]` if that key exists (a CSV column may be named "a.b"), else a walk down the dots."""
    if isinstance(record, dict) and path in record:
        return record[path]
    value = record
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return MISSING
        value = value[part]
    return value


def _set_path(record: dict[str, Any], path: str, value: Any) -> None:
    *parents, last = path.split(".")
    for part in parents:
        child = record.get(part)
        if not isinstance(child, dict):
            child = record[part] = {}
        record = child
    record[last] = value


def open_binary(path: Path) -> IO[bytes]:
    with path.open("rb") as fh:
        magic = fh.read(2)
    if magic == b"\x1f\x8b":
        return gzip.open(path, "rb")
    return path.open("rb")


def _rename(record: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """Apply `--map`: top-level fields first (so `reviews=comments` happens before `reviews.text=...`),
    then the fields inside each review or variant."""
    if not mapping:
        return record
    out = {k: v for k, v in record.items() if k not in mapping}
    for column, field in mapping.items():
        if _is_element_field(field):
            continue
        value = get_path(record, column)
        if value is not MISSING:
            out[field] = value
    for column, field in mapping.items():
        if not _is_element_field(field):
            continue
        head, sub = field.split(".", 1)
        elements = out.get(head)
        if isinstance(elements, str):
            try:
                elements = out[head] = json.loads(elements)
            except ValueError:
                continue  # reported as bad JSON when the row is validated
        if not isinstance(elements, list):
            continue
        for i, element in enumerate(elements):
            if isinstance(element, dict):
                value = get_path(element, column)
                if value is not MISSING:
                    element = elements[i] = dict(element)
                    _set_path(element, sub, value)
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
    with open_binary(path) as fh:
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


def _read_json(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError]]:
    """A JSON array, `{"products": [...]}`, or JSONL: told apart by the content, not the name."""
    from shopagent.catalog.jsonstream import iter_products, looks_like_jsonl

    lines: list[bytes] = []  # the first few complete lines (a JSONL line may be megabytes long)
    start = b""
    with open_binary(path) as fh:
        try:
            while len(lines) < 5:
                line = fh.readline(MAX_LINE_BYTES)
                start = start or line.lstrip(b"\xef\xbb\xbf \t\r\n")
                if not line or (not line.endswith(b"\n") and fh.read(1)):
                    break  # the end, or a line cut at the length cap
                lines.append(line)
        except (OSError, EOFError, zlib.error) as exc:
            raise InvalidInput(f"{path} is not a readable file ({exc})") from None
    first = start[:1]
    if first != b"[" and (first != b"{" or looks_like_jsonl(lines)):
        yield from _read_jsonl(path, mapping)
        return
    with open_binary(path) as fh:
        for index, element in iter_products(fh, path):
            if not isinstance(element, dict):
                yield index, RowError(index, f"expected a JSON object, got {_json_type(element)}")
                continue
            bad = first_invalid_utf8(element)
            if bad is not None:
                yield index, RowError(index, f"invalid UTF-8 in {bad!r}")
                continue
            yield index, _rename(element, mapping)


def _json_type(value: Any) -> str:
    names = {list: "array", str: "string", bool: "boolean", type(None): "null", int: "number"}
    return names.get(type(value), "number" if isinstance(value, float) else type(value).__name__)


def first_invalid_utf8(value: Any, where: str = "") -> str | None:
    """The path of the first text that held invalid UTF-8 bytes (decoded as surrogates), if any."""
    if isinstance(value, str):
        return (where or "value") if has_invalid_utf8(value) else None
    if isinstance(value, dict):
        for key, item in value.items():
            found = first_invalid_utf8(item, f"{where}.{key}" if where else str(key))
            if found is not None:
                return found
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found = first_invalid_utf8(item, f"{where}[{i}]")
            if found is not None:
                return found
    return None


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
    with open_binary(path) as raw:
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
        if any(has_invalid_utf8(h) for h in header):
            raise InvalidInput(f"{path}: the CSV header is not valid UTF-8")
        missing = missing_columns(mapping, header)
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
            bad = next((h for h, v in zip(header, values, strict=True) if has_invalid_utf8(v)), None)
            if bad is not None:
                yield row, RowError(row, f"invalid UTF-8 in column {bad!r}")
                continue
            record = {h: v for h, v in zip(header, values, strict=True) if h and v.strip() != ""}
            yield row, _rename(record, mapping)


def has_invalid_utf8(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _read_parquet(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError]]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InvalidInput(f"{path} is not a readable Parquet file ({exc})") from None
    columns = pf.schema_arrow.names
    missing = missing_columns(mapping, columns)
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
) -> Iterator[tuple[int, dict | RowError | Excluded]]:
    """Raw rows of a catalog file, renamed by `mapping` (source column -> field)."""
    path = check_readable(path)
    fmt = detect_format(path, fmt)
    if fmt in ("shopify", "merchant"):
        from shopagent.catalog import feeds

        reader = feeds.read_shopify if fmt == "shopify" else feeds.read_merchant
    else:
        reader = {"jsonl": _read_json, "json": _read_json, "csv": _read_csv, "parquet": _read_parquet}[fmt]
    return reader(path, mapping or {})


def read_products(
    path: Path, *, fmt: str | None = None, mapping: dict[str, str] | None = None
) -> Iterator[tuple[int, ProductIn | RowError | Excluded]]:
    """Validated products with their row numbers; bad rows come back as RowError, rows the source
    marks as not for sale as Excluded.

    Within one file an id or SKU may appear once: the second occurrence is the bad row.
    """
    seen_ids: dict[str, int] = {}
    seen_skus: dict[str, int] = {}
    for row, record in read_records(path, fmt=fmt, mapping=mapping):
        if isinstance(record, RowError | Excluded):
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
