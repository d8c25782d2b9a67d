"""Catalogs as shops export them: Shopify `products.json` and Google Merchant Center feeds.

Each reader turns the foreign rows into records of the import format (docs/catalog.md) and yields
them with their row numbers, like the readers in `importer.py`; validation happens there.

- Shopify: the 1-based index of the product in the `products` list.
- Merchant Center TSV: the record number with the header as row 1; XML: the 1-based index of the
  `<item>` (or Atom `<entry>`). Items sharing an `item_group_id` become one product with variants,
  reported at the row of the group's first item.
"""

from __future__ import annotations

import csv
import io
import re
import zlib
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from shopagent.catalog.importer import (
    CSV_FIELD_LIMIT,
    MISSING,
    Excluded,
    RowError,
    first_invalid_utf8,
    get_path,
    has_invalid_utf8,
    missing_columns,
    open_binary,
)
from shopagent.catalog.models import parse_product
from shopagent.errors import InvalidInput

# A feed that says "in stock" without a quantity: one unit is the most we know can be sold.
UNKNOWN_QUANTITY_IN_STOCK = 1
OPTION_KEYS = ("color", "size", "material", "pattern")
ATTRIBUTE_KEYS = ("gtin", "mpn", "condition", "gender", "age_group", "size_system")
QUANTITY_KEYS = ("quantity", "inventory_quantity", "sell_on_google_quantity")
AVAILABILITY = {
    "in_stock": True,
    "instock": True,
    "preorder": True,
    "pre_order": True,
    "backorder": True,
    "limited_availability": True,
    "out_of_stock": False,
    "outofstock": False,
    "discontinued": False,
    "sold_out": False,
}
# ACP product-feed names for the same fields (its older and newer spellings).
ALIASES = {
    "item_id": "id",
    "is_eligible_search": "enable_search",
    "url": "link",
    "group_id": "item_group_id",
}
ATOM_ENTRY = "{http://www.w3.org/2005/Atom}entry"
DEFAULT_TITLE = "default title"


# --------------------------------------------------------------------------------------------
# HTML descriptions
# --------------------------------------------------------------------------------------------
class _TextOf(HTMLParser):
    BLOCKS = {"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table"}
    SKIP = {"script", "style", "template"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(html: Any) -> str | None:
    """Plain text of an HTML fragment: tags dropped, entities decoded, one line per block."""
    if html is None:
        return None
    if not isinstance(html, str):
        return html  # let validation report the type
    if "<" not in html and "&" not in html:
        return html
    parser = _TextOf()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _overrides(record: dict[str, Any], source: dict[str, Any], mapping: dict[str, str]) -> dict[str, Any]:
    """`--map FIELD=PATH` on a feed: FIELD is read from PATH of the source row, over the converted one."""
    for column, field in mapping.items():
        value = get_path(source, column)
        if value is not MISSING:
            record[field] = value
    return record


# --------------------------------------------------------------------------------------------
# Shopify products.json
# --------------------------------------------------------------------------------------------
def read_shopify(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError | Excluded]]:
    """Shopify's `{"products": [...]}` (Admin API or the storefront's /products.json), or a bare list."""
    from shopagent.catalog.jsonstream import iter_products

    with open_binary(path) as fh:
        for index, raw in iter_products(fh, path):
            if not isinstance(raw, dict):
                yield index, RowError(index, f"expected a JSON object, got {type(raw).__name__}")
                continue
            bad = first_invalid_utf8(raw)
            if bad is not None:
                yield index, RowError(index, f"invalid UTF-8 in {bad!r}")
                continue
            status = raw.get("status")
            if status is not None and str(status).strip().lower() != "active":
                yield index, Excluded(index, f"status {str(status).strip().lower() or 'empty'}")
                continue
            try:
                record = shopify_record(raw)
            except ValueError as exc:
                yield index, RowError(index, str(exc))
                continue
            yield index, _overrides(record, raw, mapping)


def shopify_record(raw: dict[str, Any]) -> dict[str, Any]:
    """One Shopify product -> one import record (variants named by the product's options)."""
    pid = raw.get("id")
    if pid is None or pid == "":
        pid = raw.get("handle")
    option_names: dict[int, str] = {}
    options = raw.get("options")
    if isinstance(options, list):
        for i, option in enumerate(options, start=1):
            if isinstance(option, dict) and option.get("name"):
                option_names[int(option.get("position") or i)] = str(option["name"]).strip()
    variants = []
    raw_variants = raw.get("variants")
    if raw_variants is not None and not isinstance(raw_variants, list):
        raise ValueError("variants must be a list")
    for i, variant in enumerate(raw_variants or []):
        if not isinstance(variant, dict):
            raise ValueError(f"variants[{i}] must be an object")
        sku = variant.get("sku")
        if sku is None or str(sku).strip() == "":
            sku = variant.get("id")  # Shopify allows variants without a SKU; its id is unique
        chosen: dict[str, Any] = {}
        for position in (1, 2, 3):
            value = variant.get(f"option{position}")
            if value is None or str(value).strip() == "" or str(value).strip().lower() == DEFAULT_TITLE:
                continue
            # Lower-case names, as in the import format and Merchant feeds, so `--attr size=M` finds them.
            chosen[option_names.get(position, f"option{position}").lower()] = value
        out: dict[str, Any] = {"sku": sku, "options": chosen, "price": variant.get("price")}
        if variant.get("compare_at_price") not in (None, ""):
            out["compare_at_price"] = variant["compare_at_price"]
        quantity = variant.get("inventory_quantity")
        if quantity is not None:
            # Shopify lets a shop sell past zero ("continue selling"): a negative count is sold out.
            out["stock"] = max(0, quantity) if isinstance(quantity, int) else quantity
        elif "available" in variant:
            out["stock"] = UNKNOWN_QUANTITY_IN_STOCK if variant["available"] else 0
        variants.append(out)
    tags = raw.get("tags")
    image = raw.get("image")
    images = raw.get("images")
    image_url = image.get("src") if isinstance(image, dict) else None
    if image_url is None and isinstance(images, list) and images and isinstance(images[0], dict):
        image_url = images[0].get("src")
    record: dict[str, Any] = {
        "id": pid,
        "title": raw.get("title"),
        "description": html_to_text(raw.get("body_html")),
        "brand": raw.get("vendor") or None,
        "category": raw.get("product_type") or None,
        "tags": tags if tags not in ("", None) else None,
        "image_url": image_url,
        "variants": variants or None,
    }
    if raw.get("currency"):
        record["currency"] = raw["currency"]
    if not variants:
        record["price"] = raw.get("price")
    return record


# --------------------------------------------------------------------------------------------
# Google Merchant Center (and ACP product feeds, which use the same field names)
# --------------------------------------------------------------------------------------------
def read_merchant(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError | Excluded]]:
    """A Merchant Center feed, TSV or RSS/Atom XML (told apart by content); items grouped by
    `item_group_id` into products with variants."""
    with open_binary(path) as fh:
        try:
            head = fh.read(4096)
        except (OSError, EOFError, zlib.error) as exc:
            raise InvalidInput(f"{path} is not a readable file ({exc})") from None
    items = (
        _merchant_xml(path)
        if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"
        else _merchant_tsv(path, mapping)
    )
    groups: dict[str, list[tuple[int, dict[str, Any], dict[str, Any]]]] = {}
    order: list[tuple[int, str | None, dict[str, Any] | RowError | Excluded]] = []
    for row, item in items:
        if isinstance(item, RowError):
            order.append((row, None, item))
            continue
        for alias, name in ALIASES.items():
            if alias in item and name not in item:
                item[name] = item.pop(alias)
        flag = str(item.get("enable_search", "")).strip().lower()
        if flag in ("false", "no", "0"):
            order.append((row, None, Excluded(row, "not eligible for search")))
            continue
        try:
            single = merchant_record(item)
            parse_product(single)  # each item's own problems are reported at its own row
        except (ValueError, InvalidInput) as exc:
            order.append((row, None, RowError(row, str(exc))))
            continue
        group = str(item.get("item_group_id") or "").strip()
        if not group:
            order.append((row, None, _overrides(single, item, mapping)))
            continue
        if group not in groups:
            order.append((row, group, {}))
            groups[group] = []
        groups[group].append((row, item, single))
    for row, group, value in order:
        if group is None:
            yield row, value
            continue
        try:
            yield row, _merchant_group(group, groups[group], mapping)
        except ValueError as exc:
            yield row, RowError(row, str(exc))


def _merchant_tsv(path: Path, mapping: dict[str, str]) -> Iterator[tuple[int, dict | RowError]]:
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with open_binary(path) as raw:
        text = io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")
        first = text.readline()
        delimiter = "\t" if "\t" in first else ","
        reader = csv.reader(io.StringIO(first), delimiter=delimiter)
        header = [_field_name(h) for h in next(reader, [])]
        if not header or ("id" not in header and "item_id" not in header):
            raise InvalidInput(
                f"{path.name}: a Merchant Center feed needs a header row with at least id, title and price "
                f"(found {', '.join(header[:8]) or 'nothing'})"
            )
        missing = missing_columns(mapping, header)
        if missing:
            raise InvalidInput(
                f"--map names column(s) {', '.join(missing)} not in {path.name}; columns: {', '.join(header)}"
            )
        rows = csv.reader(text, delimiter=delimiter)
        row = 1
        while True:
            try:
                values = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:
                row += 1
                yield row, RowError(row, f"malformed TSV ({exc})")
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
            yield row, {h: v.strip() for h, v in zip(header, values, strict=True) if h and v.strip()}


def _field_name(name: str) -> str:
    """`g:price`, `Price`, `item group id` -> `price`, `item_group_id`."""
    name = name.lstrip("\ufeff").strip().lower()
    name = name.removeprefix("g:")
    return re.sub(r"[\s-]+", "_", name)


def _merchant_xml(path: Path) -> Iterator[tuple[int, dict | RowError]]:
    """`<item>`s of an RSS 2.0 feed (or `<entry>`s of Atom), read one at a time; DTDs and entities
    are refused (defusedxml), so a feed cannot expand entities or reach other files."""
    from xml.etree.ElementTree import ParseError

    import defusedxml
    from defusedxml.ElementTree import iterparse

    index = 0
    parents: list[Any] = []
    try:
        with open_binary(path) as fh:
            for event, elem in iterparse(fh, events=("start", "end"), forbid_dtd=True):
                if event == "start":
                    parents.append(elem)
                    continue
                parents.pop()
                if elem.tag not in ("item", ATOM_ENTRY):
                    continue
                index += 1
                fields: dict[str, Any] = {}
                for child in elem:
                    tag = child.tag.split("}", 1)[-1] if child.tag.startswith("{") else child.tag
                    name = _field_name(tag)
                    text = (child.text or "").strip()
                    if name == "link" and not text:
                        text = child.get("href", "")  # Atom links carry the address as an attribute
                    if text and len(child) == 0 and name not in fields:
                        fields[name] = text
                if parents:
                    parents[-1].remove(elem)  # keep memory flat on a large feed
                yield index, fields
    except defusedxml.DefusedXmlException as exc:
        raise InvalidInput(
            f"{path.name}: the feed declares a DTD or entities ({type(exc).__name__}), which a product "
            "feed never needs; nothing was imported"
        ) from None
    except ParseError as exc:
        raise InvalidInput(
            f"{path.name}: not well-formed XML after item {index} ({exc}); nothing was imported"
        ) from None
    except (OSError, EOFError, zlib.error) as exc:
        raise InvalidInput(f"{path} is not a readable file ({exc})") from None


def parse_price(text: Any, what: str = "price") -> tuple[str, str | None]:
    """`"15.00 USD"`, `"USD 15.00"`, `"15.00"` -> ("15.00", "USD" | None)."""
    if text is None:
        raise ValueError(f"{what} is required")
    parts = str(text).split()
    if len(parts) == 2:
        amount, code = (
            (parts[0], parts[1]) if re.fullmatch(r"[A-Za-z]{3}", parts[1]) else (parts[1], parts[0])
        )
        if not re.fullmatch(r"[A-Za-z]{3}", code):
            raise ValueError(f"{what} {text!r} is not an amount with a currency, e.g. '15.00 USD'")
        return amount, code.upper()
    if len(parts) == 1:
        return parts[0], None
    raise ValueError(f"{what} {text!r} is not an amount with a currency, e.g. '15.00 USD'")


def merchant_record(item: dict[str, Any]) -> dict[str, Any]:
    """One feed item as a product of its own (color/size/... become attributes)."""
    price, currency = parse_price(item.get("price"))
    record: dict[str, Any] = {
        "id": item.get("id"),
        "title": item.get("title"),
        "description": html_to_text(item.get("description")),
        "brand": item.get("brand"),
        "category": _merchant_category(item),
        "image_url": item.get("image_link") or item.get("image_url"),
        "price": price,
        "currency": currency,
        "stock": _merchant_stock(item),
        "rating": item.get("product_review_rating"),
        "review_count": item.get("product_review_count"),
    }
    sale = item.get("sale_price")
    if sale:
        sale_amount, sale_currency = parse_price(sale, "sale_price")
        if sale_currency and currency and sale_currency != currency:
            raise ValueError(f"sale_price {sale!r} is in another currency than price {item['price']!r}")
        record["compare_at_price"], record["price"] = price, sale_amount
    attributes = {k: item[k] for k in (*OPTION_KEYS, *ATTRIBUTE_KEYS) if item.get(k)}
    if not item.get("product_type") and str(item.get("google_product_category", "")).isdigit():
        attributes["google_product_category"] = item["google_product_category"]
    record["attributes"] = attributes
    return record


def _merchant_category(item: dict[str, Any]) -> str | None:
    for key in ("product_type", "product_category", "google_product_category"):
        value = str(item.get(key) or "").strip()
        if value and not value.isdigit():  # a bare number is a Google taxonomy id, not a path
            return value.split(",")[0].strip()  # product_type may list several paths
    return None


def _merchant_stock(item: dict[str, Any]) -> Any:
    for key in QUANTITY_KEYS:
        if item.get(key) not in (None, ""):
            return item[key]
    availability = item.get("availability")
    if availability is None:
        return 0
    key = re.sub(r"[\s-]+", "_", str(availability).strip().lower())
    if key not in AVAILABILITY:
        raise ValueError(
            f"availability {availability!r} is not one of in_stock, out_of_stock, preorder, backorder"
        )
    return UNKNOWN_QUANTITY_IN_STOCK if AVAILABILITY[key] else 0


def _merchant_group(
    group: str, members: list[tuple[int, dict[str, Any], dict[str, Any]]], mapping: dict[str, str]
) -> dict[str, Any]:
    """Items of one `item_group_id` -> one product; color/size/material/pattern name the variants."""
    _, first_item, first = members[0]
    currency = first["currency"]
    variants = []
    for row, item, single in members:
        if single["currency"] != currency:
            raise ValueError(
                f"item {single['id']!r} (row {row}) is priced in {single['currency']}, "
                f"the group {group!r} in {currency}"
            )
        variant = {
            "sku": single["id"],
            "options": {k: item[k] for k in OPTION_KEYS if item.get(k)},
            "price": single["price"],
            "stock": single["stock"],
        }
        if single.get("compare_at_price") is not None:
            variant["compare_at_price"] = single["compare_at_price"]
        variants.append(variant)
    attributes = {
        k: v for k, v in first["attributes"].items() if k not in OPTION_KEYS and k not in ("gtin", "mpn")
    }
    record = {
        **first,
        "id": group,
        "title": first_item.get("item_group_title") or first["title"],
        "attributes": attributes,
        "variants": variants,
    }
    for key in ("price", "stock", "compare_at_price"):
        record.pop(key, None)
    return _overrides(record, first_item, mapping)
