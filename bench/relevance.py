"""Relevance benchmark: nDCG@10 and recall@50 for BM25 alone, vector alone and hybrid search.

Judgments are graded 0-3 and derived only from the sample catalog's generator ground truth
(sample_catalog/ground_truth.jsonl.gz: type, features, gender, colours, brand, price, stock),
never from anything the ranking code computes. Each query carries an *intent* (the product types
it asks for, related types, wanted features, gender, colour, brand, price bounds, stock); a product's
grade is:

    3  its type is asked for and it meets every wanted feature/gender/colour/brand
    2  ... and misses one of them
    1  ... and misses more; or its type is only related (same subcategory) and it misses nothing
    0  anything else, and always when it breaks a stated price bound or stock requirement

Queries (bench/relevance_queries.jsonl, committed) are generated from the ground-truth vocabulary
plus hand-written lists: head, long tail, typos, synonyms, brand, constraint-heavy and no-answer.

    python bench/relevance.py                      # run, print the table, update docs/search.md
    python bench/relevance.py --regenerate-queries # rewrite bench/relevance_queries.jsonl first
    python bench/relevance.py --home DIR           # where the sample catalog is imported (cached)
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GROUND_TRUTH = ROOT / "sample_catalog" / "ground_truth.jsonl.gz"
SAMPLE = ROOT / "sample_catalog" / "products.jsonl.gz"
QUERIES = ROOT / "bench" / "relevance_queries.jsonl"
DOC = ROOT / "docs" / "search.md"
DEFAULT_HOME = ROOT / "bench" / "out" / "relevance-home"
MODES = ("bm25", "vector", "hybrid")
K_NDCG, K_RECALL = 10, 50
SEARCH_LIMIT = 20  # `shopagent search` shows this many by default
NO_ANSWER_SCORE = 0.8  # a hybrid score this high claims a confident match

# -- hand-written parts of the query set ----------------------------------------------------------

SYNONYMS: dict[str, list[str]] = {
    "trainers": ["sneaker", "running shoe"],
    "trekking boots": ["hiking boot"],
    "earphones": ["wireless earbuds", "headphones"],
    "tee shirts": ["t-shirt"],
    "sweatshirt": ["hoodie"],
    "rucksack": ["hiking backpack", "travel backpack"],
    "skillet": ["frying pan", "cast iron skillet"],
    "duvet": ["comforter"],
    "parka": ["insulated jacket"],
    "thermal underwear": ["base layer"],
    "sunblock": ["sunscreen"],
    "carry on luggage": ["carry-on suitcase"],
    "flip flops": ["sandal"],
    "wellington boots": ["rain boot"],
    "mobile phone cover": ["phone case"],
    "kibble": ["dry dog food"],
    "portable charger": ["power bank"],
    "coffee machine": ["coffee maker", "espresso machine"],
    "free weights": ["dumbbells"],
    "building blocks": ["building set"],
    "winter hat": ["beanie"],
    "water flask": ["water bottle"],
    "blow dryer": ["hair dryer"],
    "exercise mat": ["yoga mat"],
    "pushchair": ["stroller"],
    "bicycle helmet": ["bike helmet"],
    "sleeping mat": ["sleeping pad"],
    "head torch": ["headlamp"],
    "hoover": ["stick vacuum", "robot vacuum"],
    "drill driver": ["cordless drill"],
    "plant pot": ["planter"],
    "teddy bear": ["stuffed animal"],
    "sneakers for running": ["running shoe", "sneaker"],
    "noise cancelling headphones": ["headphones"],
}
TYPOS = [
    ("hikng boots", "hiking boot"),
    ("wireles earbuds", "wireless earbuds"),
    ("runing shoes", "running shoe"),
    ("bluetooth speker", "bluetooth speaker"),
    ("yoga matt", "yoga mat"),
    ("sleping bag", "sleeping bag"),
    ("blendr", "blender"),
    ("headphnes", "headphones"),
    ("backpak for hiking", "hiking backpack"),
    ("electirc kettle", "electric kettle"),
    ("moisturiser", "moisturizer"),
    ("sunscren", "sunscreen"),
]
NO_ANSWER = [
    "snowboard bindings",
    "violin strings",
    "wedding dress",
    "espresso beans",
    "gaming console",
    "kayak paddle",
    "electric guitar",
    "diamond engagement ring",
    "tractor tires",
    "aquarium filter",
    "printer ink cartridges",
    "motorcycle helmet",
]
CONSTRAINT_HAND = [
    (
        "black merino socks under 20 in stock",
        {"types": ["socks"], "features": ["wool"], "color": "Black", "max_price": 20, "in_stock": True},
    ),
    (
        "waterproof hiking boots under 200",
        {"types": ["hiking boot"], "features": ["waterproof"], "max_price": 200},
    ),
    (
        "women's waterproof leather hiking boots",
        {"types": ["hiking boot"], "features": ["waterproof", "leather"], "gender": "women"},
    ),
    (
        "cordless stick vacuum under 300 in stock",
        {"types": ["stick vacuum"], "features": ["cordless"], "max_price": 300, "in_stock": True},
    ),
    (
        "noise cancelling wireless earbuds under 150",
        {"types": ["wireless earbuds"], "features": ["noise cancelling"], "max_price": 150},
    ),
    (
        "dishwasher safe nonstick frying pan under 60",
        {"types": ["frying pan"], "features": ["dishwasher safe", "nonstick"], "max_price": 60},
    ),
]
GENDER_WORDS = {"women": "women's", "men": "men's", "kids": "kids'", "unisex": "unisex"}
UNCOUNTABLE = {
    "dry dog food",
    "cat litter",
    "sunscreen",
    "shampoo",
    "perfume",
    "moisturizer",
    "face cleanser",
}


def plural(phrase: str) -> str:
    if phrase in UNCOUNTABLE or phrase.endswith("s"):
        return phrase
    if phrase.endswith("knife"):
        return phrase[:-5] + "knives"
    if phrase.endswith(("sh", "ch", "x")):
        return phrase + "es"
    return phrase + "s"


def typo(phrase: str) -> str | None:
    """Drop the middle letter of the longest word (deterministic)."""
    words = phrase.split()
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    if len(word) < 5 or not word.isalpha():
        return None
    words[longest] = word[: len(word) // 2] + word[len(word) // 2 + 1 :]
    return " ".join(words)


def load_truth() -> list[dict[str, Any]]:
    with gzip.open(GROUND_TRUTH, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def related_types(truth: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Types that share a ground-truth subcategory count as related."""
    by_sub: dict[str, set[str]] = defaultdict(set)
    sub_of: dict[str, Counter] = defaultdict(Counter)
    for p in truth:
        by_sub[f"{p['category']}/{p['subcategory']}"].add(p["type"])
        sub_of[p["type"]][f"{p['category']}/{p['subcategory']}"] += 1
    return {t: sorted(by_sub[c.most_common(1)[0][0]] - {t}) for t, c in sub_of.items()}


def generate_queries(truth: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rng = random.Random(20261122)
    related = related_types(truth)
    types = sorted({p["type"] for p in truth})
    queries: list[dict[str, Any]] = []

    def add(kind: str, query: str, intent: dict[str, Any]) -> None:
        if intent.get("types") and "related" not in intent:
            intent["related"] = sorted(
                {r for t in intent["types"] for r in related.get(t, [])} - set(intent["types"])
            )
        queries.append({"id": f"q{len(queries) + 1:03d}", "kind": kind, "query": query, "intent": intent})

    for t in types:
        add("head", plural(t), {"types": [t]})
    products = [p for p in truth if not p.get("duplicate_of")]
    rng.shuffle(products)
    # Long tail: gender + features (+ colour) + type, read off a real product so an answer exists.
    tail = [p for p in products if p["features"] and (p["gender"] or len(p["features"]) > 1)][:45]
    for i, p in enumerate(tail):
        feats = p["features"][:2]
        parts = [GENDER_WORDS[p["gender"]]] if p["gender"] else []
        color = p["colors"][0] if i % 3 == 0 and p["colors"] else None
        parts += ([color.lower()] if color else []) + feats + [plural(p["type"])]
        intent = {"types": [p["type"]], "features": feats, "gender": p["gender"], "color": color}
        add("long_tail", " ".join(parts), {k: v for k, v in intent.items() if v})
    # Brand + type.
    for p in products[45:60]:
        add("brand", f"{p['brand']} {p['type']}", {"types": [p["type"]], "brand": p["brand"]})
    # Constraint-heavy: colour/feature + type + a price bound (+ in stock), from in-stock products.
    heavy = [p for p in products[60:] if p["in_stock"] and p["colors"] and p["features"]][:30]
    for i, p in enumerate(heavy):
        cap = int(math.ceil(p["price"] * 1.25 / 5) * 5)
        feat = p["features"][0]
        color = p["colors"][0]
        if i % 3 == 2:
            low = int(p["price"] * 0.7)
            text = f"{color.lower()} {feat} {plural(p['type'])} between {low} and {cap}"
            intent = {"min_price": low, "max_price": cap}
        else:
            text = f"{color.lower()} {feat} {plural(p['type'])} under ${cap}"
            intent = {"max_price": cap}
        if i % 2 == 0:
            text += " in stock"
            intent["in_stock"] = True
        add("constraints", text, {"types": [p["type"]], "features": [feat], "color": color, **intent})
    for text, intent in CONSTRAINT_HAND:
        add("constraints", text, dict(intent))
    # Typos: generated from type names plus hand-written ones.
    for t in rng.sample(types, 20):
        bad = typo(plural(t))
        if bad and bad != plural(t):
            add("typo", bad, {"types": [t]})
    for text, t in TYPOS:
        add("typo", text, {"types": [t]})
    for text, wanted in SYNONYMS.items():
        add("synonym", text, {"types": wanted})
    for text in NO_ANSWER:
        add("no_answer", text, {"types": []})
    return queries


# -- judgments and metrics ------------------------------------------------------------------------


def grade(intent: dict[str, Any], p: dict[str, Any]) -> int:
    if intent.get("max_price") is not None and p["price"] > intent["max_price"]:
        return 0
    if intent.get("min_price") is not None and p["price"] < intent["min_price"]:
        return 0
    if intent.get("in_stock") and not p["in_stock"]:
        return 0
    unmet = sum(f not in p["features"] for f in intent.get("features", []))
    if intent.get("gender"):
        ok = p["gender"] == intent["gender"] or (
            intent["gender"] in ("men", "women") and p["gender"] == "unisex"
        )
        unmet += not ok
    if intent.get("color"):
        unmet += intent["color"].lower() not in {c.lower() for c in p["colors"]}
    if intent.get("brand"):
        unmet += p["brand"] != intent["brand"]
    if p["type"] in intent.get("types", []):
        return max(1, 3 - unmet)
    if p["type"] in intent.get("related", []):
        return 1 if unmet == 0 else 0
    return 0


def ndcg(ranked: list[str], grades: dict[str, int], k: int = K_NDCG) -> float:
    dcg = sum((2 ** grades.get(pid, 0) - 1) / math.log2(i + 2) for i, pid in enumerate(ranked[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    idcg = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked: list[str], grades: dict[str, int], k: int = K_RECALL) -> float:
    wanted = {pid for pid, g in grades.items() if g >= 2} or {pid for pid, g in grades.items() if g >= 1}
    return len(wanted & set(ranked[:k])) / len(wanted) if wanted else 0.0


# -- running --------------------------------------------------------------------------------------


class MemoEmbedder:
    """The real embedder with query vectors remembered, so three modes embed each query once."""

    def __init__(self, inner: Any):
        self.inner = inner
        self.identity, self.dim = inner.identity, inner.dim
        self._memo: dict[str, Any] = {}

    def embed_passages(self, texts: list[str]) -> Any:
        return self.inner.embed_passages(texts)

    def embed_query(self, text: str) -> Any:
        if text not in self._memo:
            self._memo[text] = self.inner.embed_query(text)
        return self._memo[text]


def open_catalog(home: Path) -> Any:
    from shopagent.catalog.embed import default_embedder
    from shopagent.catalog.store import CatalogStore
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    deps = Deps(paths=Paths(home), embedder_override=MemoEmbedder(default_embedder()))
    store = CatalogStore(deps)
    if not store.is_ready():
        home.mkdir(parents=True, exist_ok=True)
        seeded = store.seed_precomputed_vectors(SAMPLE)
        print(f"importing the sample catalog into {home} ({seeded} precomputed vectors)", file=sys.stderr)
        store.import_file(SAMPLE, replace=True, progress=True)
    return deps


def evaluate(
    deps: Any,
    queries: list[dict[str, Any]],
    truth: list[dict[str, Any]],
    *,
    weights: Any = None,
    modes: tuple[str, ...] = MODES,
) -> dict[str, Any]:
    from shopagent.search.hybrid import search
    from shopagent.search.parse import parse_query
    from shopagent.search.rerank import DEFAULT_WEIGHTS
    from shopagent.search.vocab import load_vocabulary

    vocab = load_vocabulary(deps)
    per_query: list[dict[str, Any]] = []
    for q in queries:
        grades = {p["id"]: g for p in truth if (g := grade(q["intent"], p))}
        parsed = parse_query(q["query"], vocab)
        row: dict[str, Any] = {"id": q["id"], "kind": q["kind"], "query": q["query"], "relevant": len(grades)}
        for mode in modes:
            # nDCG@10 from a search at the default limit (how deep recall goes depends on the limit),
            # recall@50 from one at limit 50.
            ranked: dict[int, list[Any]] = {}
            for limit in (SEARCH_LIMIT, K_RECALL):
                ranked[limit] = search(
                    deps,
                    parsed.text,
                    parsed.constraints,
                    limit=limit,
                    mode=mode,
                    with_facets=False,
                    query=q["query"],
                    weights=weights or DEFAULT_WEIGHTS,
                ).results
            top = ranked[SEARCH_LIMIT]
            row[mode] = {
                "ndcg": ndcg([item.product_id for item in top], grades),
                "recall": recall([item.product_id for item in ranked[K_RECALL]], grades),
                "confident": sum(item.score >= NO_ANSWER_SCORE for item in top[:K_NDCG]),
            }
        per_query.append(row)
    return summarise(per_query)


def summarise(per_query: list[dict[str, Any]]) -> dict[str, Any]:
    judged = [r for r in per_query if r["relevant"]]
    no_answer = [r for r in per_query if not r["relevant"]]
    out: dict[str, Any] = {
        "queries": len(per_query),
        "judged": len(judged),
        "no_answer": len(no_answer),
        "modes": {},
    }
    kinds = sorted({r["kind"] for r in judged})
    for mode in [m for m in MODES if m in judged[0]]:
        stats = {
            "ndcg@10": _mean(r[mode]["ndcg"] for r in judged),
            "recall@50": _mean(r[mode]["recall"] for r in judged),
            "by_kind": {k: _mean(r[mode]["ndcg"] for r in judged if r["kind"] == k) for k in kinds},
            "confident_top10_no_answer": _mean(r[mode]["confident"] for r in no_answer),
            "confident_top10_answerable": _mean(r[mode]["confident"] for r in judged),
        }
        out["modes"][mode] = stats
    out["kinds"] = {k: sum(r["kind"] == k for r in per_query) for k in sorted({r["kind"] for r in per_query})}
    out["per_query"] = per_query
    return out


def _mean(values: Any) -> float:
    values = list(values)
    return sum(values) / len(values) if values else 0.0


def table(summary: dict[str, Any]) -> str:
    kinds = list(next(iter(summary["modes"].values()))["by_kind"])
    head = ["mode", "nDCG@10", "recall@50", *[f"nDCG {k}" for k in kinds], "no-answer: top-10 ≥ 0.8"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for mode, s in summary["modes"].items():
        cells = [
            mode,
            f"{s['ndcg@10']:.3f}",
            f"{s['recall@50']:.3f}",
            *[f"{s['by_kind'][k]:.3f}" for k in kinds],
        ]
        cells.append(
            f"{s['confident_top10_no_answer']:.1f} (answerable: {s['confident_top10_answerable']:.1f})"
        )
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_doc(summary: dict[str, Any], seconds: float) -> None:
    from docblock import replace_block

    counts = ", ".join(f"{n} {k}" for k, n in summary["kinds"].items())
    body = (
        f"{summary['queries']} queries ({counts}); {summary['judged']} with at least one relevant "
        f"product, {summary['no_answer']} with none (excluded from the averages). "
        f"Measured with `python bench/relevance.py` ({seconds:.0f} s).\n\n{table(summary)}"
    )
    replace_block(DOC, "relevance", body)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regenerate-queries", action="store_true")
    parser.add_argument("--home", type=Path, default=DEFAULT_HOME)
    parser.add_argument("--no-doc", action="store_true", help="do not update docs/search.md")
    parser.add_argument("--per-query", type=Path, help="write per-query figures (JSON) here")
    args = parser.parse_args()
    truth = load_truth()
    if args.regenerate_queries or not QUERIES.exists():
        queries = generate_queries(truth)
        QUERIES.write_text(
            "".join(json.dumps(q, ensure_ascii=False) + "\n" for q in queries), encoding="utf-8"
        )
        print(f"wrote {len(queries)} queries to {QUERIES.relative_to(ROOT)}", file=sys.stderr)
    queries = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    deps = open_catalog(args.home)
    started = time.perf_counter()
    summary = evaluate(deps, queries, truth)
    seconds = time.perf_counter() - started
    print(table(summary))
    print(f"\n{summary['queries']} queries, {summary['judged']} judged, {seconds:.1f} s", file=sys.stderr)
    if args.per_query:
        args.per_query.write_text(json.dumps(summary["per_query"], indent=1), encoding="utf-8")
    if not args.no_doc:
        write_doc(summary, seconds)


if __name__ == "__main__":
    main()
