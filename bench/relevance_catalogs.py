"""Search quality on catalogs the search was not tuned on, beside plain baselines, in one run.

For every catalog in bench/catalogs/NAME/ (products.jsonl + queries.jsonl with graded judgments) and
the sample catalog (judgments from its generator's ground truth, bench/relevance.py), with the SAME
vectors for every mode:

- vector:          a plain LanceDB vector query (no parser, no filters)
- fts:             a plain LanceDB full-text query
- lancedb_hybrid:  LanceDB's own hybrid query with its RRF reranker
- shopagent:       `shopagent search` as a user runs it (parser, constraints, recall, fusion, rerank)

Figures: precision@5 (grade >= 2 counts as relevant), nDCG@10, per split (dev / heldout) and kind,
and the queries where shopagent loses to plain vector search while applying a hard filter the
query's judgments do not ask for.

    python bench/relevance_catalogs.py                 # every catalog, print tables
    python bench/relevance_catalogs.py --catalog moda_es --per-query out.json
    python bench/relevance_catalogs.py --translated    # overlap@10 of translated query groups
    python bench/relevance_catalogs.py --translate     # add shopagent_tr: requests in another
                                                       # language rewritten by the local model

`shopagent` runs with the rewrite off (`translate=False`); `shopagent_tr` is the same search with
`deps.translator` on (search/translate.py), as the CLI runs it once the chat model is prepared.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

CATALOGS = ROOT / "bench" / "catalogs"
OUT = ROOT / "bench" / "out" / "relevance-catalogs"
MODES = ["vector", "fts", "lancedb_hybrid", "shopagent"]
TRANSLATOR_MODEL: list[Any] = []  # the chat model, loaded once, when --translate is given
LIMIT = 20


def ndcg(ranked: list[str], grades: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** grades.get(pid, 0) - 1) / math.log2(i + 2) for i, pid in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def precision(ranked: list[str], grades: dict[str, int], k: int = 5) -> float:
    top = ranked[:k]
    return sum(grades.get(pid, 0) >= 2 for pid in top) / k


def open_home(name: str, products: Path) -> Any:
    from relevance import MemoEmbedder

    from shopagent.catalog.embed import default_embedder
    from shopagent.catalog.store import CatalogStore
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    home = OUT / name
    deps = Deps(paths=Paths(home), embedder_override=MemoEmbedder(default_embedder()))
    store = CatalogStore(deps)
    stamp = home / "source.mtime"
    fresh = stamp.exists() and stamp.read_text() == str(products.stat().st_mtime_ns)
    if not (store.is_ready() and fresh):
        home.mkdir(parents=True, exist_ok=True)
        if products.name.endswith(".gz") and "sample" in name:
            store.seed_precomputed_vectors(products)
        print(f"importing {name} into {home}", file=sys.stderr)
        store.import_file(products, replace=True, progress=False)
        stamp.write_text(str(products.stat().st_mtime_ns))
    if TRANSLATOR_MODEL:
        from shopagent.search.translate import Translator

        deps.translator = Translator(lambda: TRANSLATOR_MODEL[0], home / "cache" / "translations.json")
    return deps


def run_modes(deps: Any, query: str) -> dict[str, list[str]]:
    from lancedb.rerankers import RRFReranker

    from shopagent.search.parse import parse_query, soften
    from shopagent.search.relaxing import search_relaxing
    from shopagent.search.vocab import load_vocabulary

    table = deps.catalog.table()
    vector = deps.embedder.embed_query(query)
    out: dict[str, list[str]] = {}
    out["vector"] = [
        r["product_id"] for r in table.search(vector).select(["product_id"]).limit(LIMIT).to_list()
    ]
    try:
        fts = table.search(query, query_type="fts").select(["product_id"]).limit(LIMIT).to_list()
        out["fts"] = [r["product_id"] for r in fts]
    except Exception:  # noqa: BLE001 - a query the FTS parser rejects finds nothing
        out["fts"] = []
    try:
        hybrid = (
            table.search(query_type="hybrid")
            .vector(vector)
            .text(query)
            .rerank(RRFReranker())
            .select(["product_id"])
            .limit(LIMIT)
            .to_list()
        )
        out["lancedb_hybrid"] = [r["product_id"] for r in hybrid]
    except Exception:  # noqa: BLE001
        out["lancedb_hybrid"] = out["vector"]
    vocab = deps.__dict__.setdefault("_bench_vocab", load_vocabulary(deps))
    parsed = parse_query(query, vocab)
    constraints = soften(parsed)  # exactly as `shopagent search` applies them
    response = search_relaxing(
        deps, parsed.text, constraints, relaxable=set(constraints.attributes),
        limit=LIMIT, with_facets=False, query=query, translate=False,
    )  # fmt: skip
    out["shopagent"] = [r.product_id for r in response.results]
    if deps.translator is not None:
        translated = search_relaxing(
            deps, parsed.text, constraints, relaxable=set(constraints.attributes),
            limit=LIMIT, with_facets=False, query=query,
        )  # fmt: skip
        out["shopagent_tr"] = [r.product_id for r in translated.results]
        out["_as"] = [translated.translated.text] if translated.translated else []
    out["_hard"] = [k for k in ("category", "brand") if getattr(response.constraints, k)] + [
        f"attr:{k}" for k in response.constraints.attributes
    ]
    return out


def sample_catalog_queries() -> tuple[Path, list[dict[str, Any]]]:
    import relevance

    truth = relevance.load_truth()
    queries = [json.loads(x) for x in relevance.QUERIES.read_text(encoding="utf-8").splitlines() if x.strip()]
    out = []
    for i, q in enumerate(queries):
        grades = {p["id"]: g for p in truth if (g := relevance.grade(q["intent"], p))}
        out.append({"id": q["id"], "query": q["query"], "kind": q["kind"], "judgments": grades,
                    "split": "heldout" if i % 5 == 0 else "dev"})  # fmt: skip
    return relevance.SAMPLE, out


def evaluate(name: str, products: Path, queries: list[dict[str, Any]]) -> dict[str, Any]:
    deps = open_home(name, products)
    rows = []
    started = time.perf_counter()
    for q in queries:
        grades = {str(k): int(v) for k, v in (q.get("judgments") or {}).items() if int(v) > 0}
        if not grades:
            continue
        ranked = run_modes(deps, q["query"])
        row = {"id": q["id"], "query": q["query"], "kind": q.get("kind", "?"), "split": q.get("split", "dev"),
               "hard": ranked["_hard"], "as": ranked.get("_as")}  # fmt: skip
        for mode in MODES:
            row[mode] = {"p5": precision(ranked[mode], grades), "ndcg": ndcg(ranked[mode], grades)}
        rows.append(row)
    seconds = time.perf_counter() - started
    deps.close()
    return {"name": name, "rows": rows, "seconds": seconds}


def _mean(xs: list[float]) -> float:
    return sum(xs) / len(xs) if xs else 0.0


def report(result: dict[str, Any]) -> str:
    rows = result["rows"]
    lines = [f"\n### {result['name']} ({len(rows)} judged queries, {result['seconds']:.0f} s)\n"]
    lines.append("| mode | P@5 all | P@5 dev | P@5 heldout | nDCG@10 all | nDCG@10 heldout |")
    lines.append("|---|---|---|---|---|---|")
    for mode in MODES:

        def m(split: str | None, key: str, mode: str = mode) -> float:
            return _mean([r[mode][key] for r in rows if split is None or r["split"] == split])

        lines.append(
            f"| {mode} | {m(None, 'p5'):.3f} | {m('dev', 'p5'):.3f} | {m('heldout', 'p5'):.3f} | "
            f"{m(None, 'ndcg'):.3f} | {m('heldout', 'ndcg'):.3f} |"
        )
    kinds = sorted({r["kind"] for r in rows})

    def by_kind(kind: str, mode: str) -> float:
        return _mean([r[mode]["p5"] for r in rows if r["kind"] == kind])

    shown = [m for m in ("vector", "shopagent", "shopagent_tr") if m in MODES]
    lines.append(f"\nP@5 by kind ({' / '.join(shown)}): " + "; ".join(
        f"{k} ({sum(r['kind'] == k for r in rows)}) " + "/".join(f"{by_kind(k, m):.2f}" for m in shown)
        for k in kinds
    ))  # fmt: skip
    losses = [r for r in rows if r["shopagent"]["p5"] < r["vector"]["p5"]]
    filtered = [r for r in losses if r["hard"]]
    lines.append(
        f"\nqueries where shopagent P@5 < vector: {len(losses)}; of them with a hard filter applied: "
        f"{len(filtered)}" + ("" if not filtered else " — " + "; ".join(
            f"{r['query']!r} [{', '.join(r['hard'])}]" for r in filtered[:8]))
    )  # fmt: skip
    return "\n".join(lines)


def translated_overlap() -> str:
    path = CATALOGS / "translated.jsonl"
    if not path.exists():
        return "no bench/catalogs/translated.jsonl"
    groups = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    by_catalog: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for g in groups:
        by_catalog[g["catalog"]].append(g)
    lines = ["| catalog | groups | mode | overlap es | de | zh | P@5 en | es | de | zh |",
             "|---|---|---|---|---|---|---|---|---|---|"]  # fmt: skip
    for name, gs in sorted(by_catalog.items()):
        products = CATALOGS / name / "products.jsonl"
        if not products.exists():
            continue
        deps = open_home(name, products)
        ranked = {(g["id"], lang): run_modes(deps, g[lang]) for g in gs for lang in ("en", "es", "de", "zh")
                  if g.get(lang)}  # fmt: skip
        for mode in [m for m in ("vector", "shopagent", "shopagent_tr") if m in MODES]:
            cells = []
            for lang in ("es", "de", "zh"):
                scores = []
                for g in gs:
                    base = set(ranked[(g["id"], "en")][mode][:10])
                    other = set(ranked[(g["id"], lang)][mode][:10]) if g.get(lang) else set()
                    if base:
                        scores.append(len(base & other) / len(base))
                cells.append(f"{_mean(scores):.2f}")
            for lang in ("en", "es", "de", "zh"):
                grades = [(g, ranked.get((g["id"], lang))) for g in gs]
                cells.append(f"{_mean([precision(r[mode], g['judgments']) for g, r in grades if r]):.2f}")
            lines.append(f"| {name} | {len(gs)} | {mode} | " + " | ".join(cells) + " |")
        deps.close()
    return "overlap@10 of each translation's results with the English request's\n" + "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--catalog", action="append", default=[], help="only these catalogs (repeatable)")
    ap.add_argument("--no-sample", action="store_true")
    ap.add_argument("--translated", action="store_true")
    ap.add_argument("--translate", action="store_true", help="add shopagent_tr (loads the chat model)")
    ap.add_argument("--per-query", type=Path)
    args = ap.parse_args()
    if args.translate:
        from shopagent.cli.context import load_default_model
        from shopagent.deps import Deps

        TRANSLATOR_MODEL.append(load_default_model(Deps.from_env()))
        MODES.append("shopagent_tr")
    if args.translated:
        print(translated_overlap())
        return
    results = []
    names = args.catalog or sorted(p.name for p in CATALOGS.iterdir() if (p / "queries.jsonl").exists())
    for name in names:
        folder = CATALOGS / name
        queries = [
            json.loads(x)
            for x in (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        results.append(evaluate(name, folder / "products.jsonl", queries))
        print(report(results[-1]), flush=True)
    if not args.no_sample and not args.catalog:
        products, queries = sample_catalog_queries()
        results.append(evaluate("sample", products, queries))
        print(report(results[-1]), flush=True)
    if args.per_query:
        args.per_query.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
