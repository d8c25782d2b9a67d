"""Indexes that keep search fast as the catalog grows.

Below `VECTOR_INDEX_MIN_ROWS` a flat (exact) vector scan is as fast as an ANN index and needs no
training, so small catalogs have none. Above it the table gets an IVF_HNSW_SQ index (chosen over
IVF_PQ by bench/latency.py: see docs/search.md). The catalog store creates the FTS index and calls
`ensure_indexes` after every import; it only adds what is missing.
"""

from __future__ import annotations

import math
from typing import Any

VECTOR_COLUMN = "vector"
VECTOR_INDEX_MIN_ROWS = 50_000
VECTOR_INDEX_TYPE = "IVF_HNSW_SQ"
ROWS_PER_PARTITION = 8_192  # IVF partitions of about this many rows keep HNSW graphs small
# Partitions probed first: this share of them, at least MIN_NPROBES. A filtered query probes more
# only while it has found fewer rows than it asked for (LanceDB's maximum_nprobes = 0).
NPROBES_SHARE = 0.1
MIN_NPROBES = 4
# Re-ranking the best `refine x limit` candidates with exact distances. 8-bit SQ distances rank
# well enough without it; PQ codes alone do not (recall@20 0.35 at 1M, 0.975 with 5: docs/search.md).
REFINE_FACTOR = {"IvfPq": 5, "IvfHnswPq": 5}
SCALAR_COLUMNS = {
    "category": "BITMAP",
    "price_min_minor": "BTREE",
    "price_max_minor": "BTREE",
    "rating": "BTREE",
    "category_l1": "BITMAP",
    "brand": "BITMAP",
    "in_stock": "BITMAP",
    # Semantic-ID prefixes (catalog/semantic_ids.py): `similar` filters a vector query by one.
    "semantic_l1": "BITMAP",
    "semantic_l2": "BITMAP",
}

_ann_cache: dict[tuple[str, int], dict[str, int] | None] = {}


def _indexed_columns(table: Any) -> dict[str, str]:
    out = {}
    for index in table.list_indices():
        for col in index.columns:
            out[col] = str(index.index_type)
    return out


def vector_index_type(table: Any) -> str | None:
    """The type of the index on the vector column, or None for a flat scan."""
    return _indexed_columns(table).get(VECTOR_COLUMN)


def ensure_indexes(
    table: Any, *, min_rows: int = VECTOR_INDEX_MIN_ROWS, index_type: str = VECTOR_INDEX_TYPE
) -> list[str]:
    """Create whatever index the table lacks for its size; returns what was built (may be nothing).

    Safe to call after every import: an existing index is kept, and rows appended since it was built
    are folded in by `optimize()`.
    """
    built = []
    indexed = _indexed_columns(table)
    names = set(table.schema.names)
    from lancedb.index import Bitmap, BTree, IvfHnswSq, IvfPq

    for col, kind in SCALAR_COLUMNS.items():
        if col in names and col not in indexed:
            table.create_index(col, config=Bitmap() if kind == "BITMAP" else BTree(), replace=False)
            built.append(f"{kind} on {col}")
    rows = table.count_rows()
    if VECTOR_COLUMN in names and VECTOR_COLUMN not in indexed and rows >= min_rows:
        dim = table.schema.field(VECTOR_COLUMN).type.list_size
        partitions = max(1, round(rows / ROWS_PER_PARTITION))
        if index_type == "IVF_PQ":
            config: Any = IvfPq(
                distance_type="cosine", num_partitions=partitions, num_sub_vectors=_sub_vectors(dim)
            )
        elif index_type == "IVF_HNSW_SQ":
            config = IvfHnswSq(distance_type="cosine", num_partitions=partitions)
        else:
            raise ValueError(f"unsupported vector index type {index_type!r}; valid: IVF_PQ, IVF_HNSW_SQ")
        table.create_index(VECTOR_COLUMN, config=config)
        built.append(f"{index_type} on {VECTOR_COLUMN} ({partitions} partitions)")
    elif VECTOR_COLUMN in indexed:
        stats = table.index_stats(f"{VECTOR_COLUMN}_idx")
        if stats is not None and getattr(stats, "num_unindexed_rows", 0) > 0:
            table.optimize()
            built.append("optimize")
    _ann_cache.clear()
    return built


def _sub_vectors(dim: int) -> int:
    # 8 dimensions per PQ code is the usual recall/size trade-off; the count must divide dim.
    for width in (8, 16, 4, 2, 1):
        if dim % width == 0:
            return dim // width
    return 1


def ann_parameters(table: Any) -> dict[str, int] | None:
    """partitions/nprobes/refine_factor for an indexed table, or None when the vector column is
    scanned flat."""
    try:
        key = (str(table.name), int(table.version), id(table))
    except Exception:  # a table that cannot report its version is simply not cached
        return _params(table)
    if key not in _ann_cache:
        _ann_cache[key] = _params(table)
    return _ann_cache[key]


def _params(table: Any) -> dict[str, int] | None:
    kind = vector_index_type(table)
    if kind is None:
        return None
    partitions = max(1, round(table.count_rows() / ROWS_PER_PARTITION))
    return {
        "partitions": partitions,
        "nprobes": min(partitions, max(MIN_NPROBES, math.ceil(partitions * NPROBES_SHARE))),
        "refine_factor": REFINE_FACTOR.get(kind, 0),
    }
