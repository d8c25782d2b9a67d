"""What a snapshot holds, derived from the imported products.

The LanceDB row of a product (search text, filter columns, vector), the Parquet tables of variants
and reviews, the facets and the terms list; `write_lance` writes the table with its indexes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shopagent.catalog.embed import text_hash
from shopagent.catalog.indexing import ensure_indexes
from shopagent.catalog.lance import import_lancedb
from shopagent.catalog.models import ProductIn

if TYPE_CHECKING:
    import pyarrow as pa

TABLE = "products"
TERMS_FILE = "terms.txt"
DESCRIPTION_HEAD = 500  # characters of description that go into search_text
SEARCH_TEXT_LIMIT = 2_000  # ~500 tokens: what e5-small reads in one window


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


def product_schema(dim: int) -> pa.Schema:
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


def product_row(product: ProductIn, search_text: str) -> dict[str, Any]:
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


def write_lance(uri: str, table: pa.Table, storage_options: dict[str, str] | None) -> None:
    lancedb = import_lancedb()
    from lancedb.index import FTS, BTree

    db = lancedb.connect(uri, storage_options=storage_options)
    tbl = db.create_table(TABLE, data=table)
    tbl.create_index("search_text", config=FTS(), replace=True)
    tbl.create_index("product_id", config=BTree(), replace=True)
    # Filter-column indexes, and the vector index once the table is large enough to need one.
    ensure_indexes(tbl)


def variants_table(products: list[ProductIn]) -> pa.Table:
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


def reviews_table(products: list[ProductIn]) -> pa.Table:
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


def collect_facets(products: pa.Table, variants: pa.Table) -> dict[str, Any]:
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
    from shopagent.text.words import plain_words

    seen: set[str] = set()
    for text in texts:
        if text:
            seen.update(plain_words(text))
    (root / TERMS_FILE).write_text("\n".join(sorted(seen)), encoding="utf-8")
    return len(seen)
