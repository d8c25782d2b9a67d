"""Sanity relevance check for the embedder: 22 shopper queries over the sample catalog.

Relevance comes from sample_catalog/ground_truth.jsonl.gz (each product's type and features), so it
is independent of the text the retrievers see. Half the queries reuse catalog words, half are
paraphrases that share few words with the products. Compares, at 10 results:
BM25 only (LanceDB native FTS), vectors only (the default embedder), and both fused by reciprocal
rank. Prints precision@10 and recall@10 (capped at 10 relevant) per retriever.

    python bench/embedding_relevance.py [--precomputed-only]

`--precomputed-only` indexes only the sample products whose vectors ship precomputed (useful while
they are incomplete: nothing is embedded but the queries).
"""

from __future__ import annotations

import gzip
import json
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (query, relevant types, required features, literal?)
QUERIES = [
    ("waterproof hiking boots", {"hiking boot"}, {"waterproof"}, True),
    ("noise cancelling headphones", {"headphones", "wireless earbuds"}, {"noise cancelling"}, True),
    ("stainless steel electric kettle", {"electric kettle"}, set(), True),
    ("cordless drill", {"cordless drill"}, set(), True),
    ("sleeping bag for camping", {"sleeping bag"}, set(), True),
    ("ergonomic office chair", {"office chair"}, set(), True),
    ("packable rain jacket", {"rain jacket"}, {"packable"}, True),
    ("grain free dry dog food", {"dry dog food"}, {"grain free"}, True),
    ("robot vacuum", {"robot vacuum"}, set(), True),
    ("trail running shoes", {"trail running shoe"}, set(), True),
    ("yoga mat", {"yoga mat"}, set(), True),
    ("boots for trekking through wet mud", {"hiking boot", "rain boot", "winter boot"}, set(), False),
    ("something to keep my coffee hot on the commute", {"travel mug"}, set(), False),
    ("device that boils water for tea", {"electric kettle"}, set(), False),
    (
        "pan that works on an induction hob",
        {"frying pan", "cast iron skillet", "cookware set", "dutch oven"},
        {"induction compatible"},
        False,
    ),
    ("warm coat for freezing winter days", {"insulated jacket", "fleece jacket"}, set(), False),
    ("shoes for jogging on mountain paths", {"trail running shoe"}, set(), False),
    ("lotion for dry skin without perfume", {"moisturizer"}, {"fragrance free"}, False),
    ("toy bricks for kids to build with", {"building set"}, set(), False),
    ("suitcase small enough for the overhead bin", {"carry-on suitcase"}, set(), False),
    ("gadget that counts my steps and heart rate", {"fitness tracker", "smartwatch"}, set(), False),
    ("light to wear on my head when camping", {"headlamp"}, set(), False),
]


def _covered_subset(sample: Path, identity: str, workdir: Path) -> Path:
    """The sample products whose vectors ship precomputed (so nothing needs embedding)."""
    import numpy as np

    from shopagent.catalog.embed import safe_identity, text_hash
    from shopagent.catalog.models import parse_product
    from shopagent.catalog.store import build_search_text

    with np.load(sample.parent / f"vectors-{safe_identity(identity)}.npz", allow_pickle=False) as data:
        shipped = {str(h) for h in data["hashes"]}
    out = workdir / "subset.jsonl"
    with gzip.open(sample, "rt", encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for raw in src:
            if text_hash(build_search_text(parse_product(json.loads(raw)))) in shipped:
                dst.write(raw)
    return out


def main() -> None:
    import sys

    subset = "--precomputed-only" in sys.argv[1:]
    from shopagent.catalog.sample import sample_catalog_path
    from shopagent.catalog.store import CatalogStore
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    truth_path = sample_catalog_path().resolve().parent / "ground_truth.jsonl.gz"
    with gzip.open(truth_path, "rt", encoding="utf-8") as fh:
        truth = {row["id"]: row for row in map(json.loads, fh)}

    with tempfile.TemporaryDirectory() as home:
        deps = Deps(paths=Paths(Path(home)))
        store = CatalogStore(deps)
        started = time.perf_counter()
        sample = sample_catalog_path()
        catalog = _covered_subset(sample, deps.embedder.identity, Path(home)) if subset else sample
        store.seed_precomputed_vectors(sample)
        store.import_file(catalog, replace=True, progress=True)
        indexed = store.get_products(list(truth))
        truth = {pid: t for pid, t in truth.items() if pid in indexed}
        print(
            f"# {len(truth)} products indexed in {time.perf_counter() - started:.1f} s "
            f"({deps.embedder.identity})"
        )
        table = store.table()
        scores: dict[str, dict[str, list[float]]] = {}
        for query, types, features, literal in QUERIES:
            relevant = {
                pid for pid, t in truth.items() if t["type"] in types and features <= set(t["features"])
            }
            bm25 = [
                r["product_id"]
                for r in table.search(query, query_type="fts").limit(10).select(["product_id"]).to_list()
            ]
            vector = deps.embedder.embed_query(query)
            dense = [
                r["product_id"]
                for r in table.search(vector)
                .distance_type("cosine")
                .limit(10)
                .select(["product_id"])
                .to_list()
            ]
            deep_bm25 = [
                r["product_id"]
                for r in table.search(query, query_type="fts").limit(50).select(["product_id"]).to_list()
            ]
            deep_dense = [
                r["product_id"]
                for r in table.search(vector)
                .distance_type("cosine")
                .limit(50)
                .select(["product_id"])
                .to_list()
            ]
            fused: dict[str, float] = {}
            for ranking in (deep_bm25, deep_dense):
                for rank, pid in enumerate(ranking):
                    fused[pid] = fused.get(pid, 0.0) + 1.0 / (60 + rank)
            hybrid = sorted(fused, key=fused.get, reverse=True)[:10]
            kind = "literal" if literal else "paraphrase"
            for name, ranking in (("bm25", bm25), ("vector", dense), ("hybrid", hybrid)):
                hits = sum(1 for pid in ranking if pid in relevant)
                bucket = scores.setdefault(name, {"p_literal": [], "p_paraphrase": [], "recall": []})
                bucket[f"p_{kind}"].append(hits / 10)
                bucket["recall"].append(hits / min(10, len(relevant)) if relevant else 0.0)
            found = [sum(p in relevant for p in r) for r in (bm25, dense, hybrid)]
            print(
                f"{query:<48} rel={len(relevant):>3}  bm25 {found[0]:>2}/10  "
                f"vector {found[1]:>2}/10  hybrid {found[2]:>2}/10"
            )
        print()
        for name, bucket in scores.items():
            p_all = bucket["p_literal"] + bucket["p_paraphrase"]
            mean = {k: statistics.mean(v) for k, v in bucket.items()}
            print(
                f"{name:<7} P@10 all {statistics.mean(p_all):.2f}  literal {mean['p_literal']:.2f}  "
                f"paraphrase {mean['p_paraphrase']:.2f}  R@10 {mean['recall']:.2f}"
            )
        deps.close()


if __name__ == "__main__":
    main()
