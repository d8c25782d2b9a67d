"""`shopagent similar ID`: products like one product, from its semantic-ID branch and its vector.

Candidates come from the product's level-2 branch first (same "4-11-" prefix), nearest vector
first; when that branch holds too few products for sale, the level-1 branch, then the whole
catalog fill the rest. Price and stock are the live ones; a product with no live SKU is left out.
A catalog imported before semantic IDs existed has no codes: then the nearest vectors alone are
used, and the answer says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shopagent.catalog.semantic_ids import COLUMNS as CODE_COLUMNS
from shopagent.catalog.semantic_ids import prefix, shared_levels
from shopagent.errors import CorruptState
from shopagent.search.models import SearchItem
from shopagent.search.response import search_item

if TYPE_CHECKING:
    from shopagent.deps import Deps

READ = ["product_id", "title", "brand", "category", "rating", "review_count"]
NO_CODES = "this catalog has no semantic IDs (imported before they existed; re-import it to add them)"


def has_semantic_ids(table: Any) -> bool:
    return set(CODE_COLUMNS) <= set(table.schema.names)


def similar_view(deps: Deps, ident: str, *, limit: int = 10, in_stock: bool = False) -> dict[str, Any]:
    """The `similar --json` document: {"product_id", "semantic_id", "basis", "results": [ITEM...]}."""
    from shopagent.catalog.indexing import ann_parameters
    from shopagent.catalog.views import product_view
    from shopagent.search import filters
    from shopagent.search.hybrid import live_skus
    from shopagent.search.retrieval import vector_query

    product = product_view(deps, ident)
    pid = product["product_id"]
    table = deps.catalog.table()
    coded = has_semantic_ids(table)
    columns = READ + (["semantic_id"] if coded else [])
    found = (
        table.search()
        .where(f"product_id = {filters.quote(pid)}")
        .select(["vector", *(["semantic_id"] if coded else [])])
        .limit(1)
        .to_arrow()
        .to_pylist()
    )
    if not found:
        raise CorruptState(f"product {pid} is missing from the catalog table; re-import the catalog")
    vector, code = found[0]["vector"], found[0].get("semantic_id")
    tiers: list[tuple[str, str | None]] = []
    if code:
        tiers = [(f"branch {prefix(code, 2)}", f"semantic_l2 = {filters.quote(prefix(code, 2))}")]
        tiers.append((f"branch {prefix(code, 1)}", f"semantic_l1 = {filters.quote(prefix(code, 1))}"))
    tiers.append(("whole catalog", None))

    ann = ann_parameters(table)
    results: list[SearchItem] = []
    seen = {pid}
    used: list[str] = []
    for label, where in tiers:
        want = limit - len(results)
        depth = max(3 * want, 30) + 1
        hits = vector_query(table, vector, where, depth, ann)
        rowids = [r for r, _ in hits]
        if not rowids:
            continue
        rows = table.take_row_ids(rowids).select(columns).with_row_id().to_arrow().to_pylist()
        by_rowid = {row.pop("_rowid"): row for row in rows}
        fresh = [
            (by_rowid[r], sim) for r, sim in hits if r in by_rowid and by_rowid[r]["product_id"] not in seen
        ]
        live = live_skus(deps, [row["product_id"] for row, _ in fresh])
        added = 0
        for row, similarity in fresh:
            skus = live.get(row["product_id"])
            if not skus:
                continue
            best = min(skus, key=lambda s: (s.stock <= 0, s.price_minor, s.sku))
            if in_stock and best.stock <= 0:
                continue
            seen.add(row["product_id"])
            results.append(_item(row, best, similarity, code))
            added += 1
            if len(results) >= limit:
                break
        if added:
            used.append(label)
        if len(results) >= limit:
            break
    basis = ("nearest vectors in " + ", then ".join(used)) if used else "no other product is for sale"
    if not coded:
        basis = f"nearest vectors; {NO_CODES}"
    return {
        "product_id": pid,
        "semantic_id": code,
        "source": {"title": product.get("title"), "category": product.get("category")},
        "basis": basis,
        "results": [
            {**item.model_dump(mode="json"), "semantic_id": sid, "shared_levels": shared_levels(code, sid)}
            for item, sid in results
        ],
    }


def _item(
    row: dict[str, Any], sku: Any, similarity: float, code: str | None
) -> tuple[SearchItem, str | None]:
    return search_item(row, sku, similarity, ["semantic match"]), row.get("semantic_id")
