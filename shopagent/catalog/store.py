"""The catalog store: versioned snapshots (LanceDB + Parquet) plus the live inventory in state.db.

Layout (see docs/catalog.md):
    catalog/<version>/lance/          LanceDB database, table `products` (text, vector, filters, indexes)
    catalog/<version>/products.parquet, variants.parquet, reviews.parquet   (DuckDB reads these)
    catalog/<version>/facets.json     brands, categories, attribute and option values
    catalog/<version>/terms.txt       every word of the search texts (the search's typo check)
    catalog/<version>/manifest.json   counts, embedder identity, source file
    state.db: inventory (one row per SKU, live price and stock), meta.catalog_version

`CatalogStore` is the one face of it; each concern lives in its own module:
    snapshots.py   versions, the current-version flip, the writers' lock, garbage collection
    importing.py   the import pipeline (rows -> embeddings -> a complete version -> the flip)
    derived.py     what a version holds, derived from the products (rows, tables, facets, terms)
    reading.py     the LanceDB table, DuckDB views, products, facets, terms, stats
    prices.py      price and stock feeds
Live price and stock are read and written by shopagent/inventory.py.
"""

from __future__ import annotations

from shopagent.catalog.derived import (
    TABLE,
    TERMS_FILE,
    build_search_text,
    option_values,
    price_summary,
    write_terms,
)
from shopagent.catalog.derived import product_schema as _schema
from shopagent.catalog.importing import BadRows, Importing, ImportReport, RowProblem
from shopagent.catalog.prices import PriceFeeds, PriceUpdateReport
from shopagent.catalog.snapshots import ProgressFactory, StoreDeps

__all__ = [
    "TABLE",
    "TERMS_FILE",
    "BadRows",
    "CatalogStore",
    "ImportReport",
    "PriceUpdateReport",
    "ProgressFactory",
    "RowProblem",
    "StoreDeps",
    "build_search_text",
    "option_values",
    "price_summary",
    "write_terms",
    "_schema",
]


class CatalogStore(PriceFeeds, Importing):
    """Read and write the catalog; everything opens lazily.

    Built from paths, state and embedder (`CatalogStore(deps)`, with any `StoreDeps` such as `Deps`) and
    an optional `progress` factory through which imports show their progress."""
