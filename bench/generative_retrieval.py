"""Generative retrieval over semantic IDs against vector recall, on the relevance query set.

For each query of bench/relevance_queries.jsonl (graded as bench/relevance.py grades them), the
default model picks one level-2 branch of the sample catalog under a grammar of the existing codes
(`shopagent/search/generative.py`); the branch's products nearest the query vector are the recall
list. recall@50 of that list against the vector-only search at limit 50, whatever it shows.

    SHOPAGENT_MODEL=/path/model.gguf python bench/generative_retrieval.py [--queries N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HOME = ROOT / "bench" / "out" / "semantic-sample"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--queries", type=int, default=0, help="only the first N queries (0: all)")
    args = parser.parse_args()
    import os

    from relevance import QUERIES, grade, load_truth, recall

    from shopagent.agent.model import load_chat_model
    from shopagent.deps import Deps
    from shopagent.paths import Paths
    from shopagent.render.progress import progress_bar
    from shopagent.search.generative import branch_menu, branch_recall, decode_branch
    from shopagent.search.hybrid import search
    from shopagent.search.parse import parse_query
    from shopagent.search.vocab import load_vocabulary

    print(f"load average at start {os.getloadavg()[0]:.2f}, {os.cpu_count()} cores")
    deps = Deps(paths=Paths(HOME))
    deps.catalog  # noqa: B018 - the sample catalog, imported with semantic IDs on first use
    truth = load_truth()
    queries = [json.loads(line) for line in QUERIES.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.queries:
        queries = queries[: args.queries]
    menu = branch_menu(deps)
    started = time.perf_counter()
    model = load_chat_model(deps, None, progress=progress_bar)
    print(f"{len(menu)} branches in the menu; model loaded in {time.perf_counter() - started:.1f} s")
    vocab = load_vocabulary(deps)
    vector_r, gen_r, hit, seconds, invalid = [], [], [], [], 0
    for q in queries:
        grades = {p["id"]: g for p in truth if (g := grade(q["intent"], p))}
        if not grades:
            continue
        parsed = parse_query(q["query"], vocab)
        ranked = search(deps, parsed.text, parsed.constraints, limit=50, mode="vector", with_facets=False)
        vector_r.append(recall([i.product_id for i in ranked.results], grades))
        t = time.perf_counter()
        code = decode_branch(model, menu, q["query"])
        seconds.append(time.perf_counter() - t)
        if code is None:
            invalid += 1
            gen_r.append(0.0)
            hit.append(False)
            continue
        found = branch_recall(deps, code, parsed.text or q["query"], limit=50)
        gen_r.append(recall(found, grades))
        hit.append(any(grades.get(pid, 0) >= 2 for pid in found))
    n = len(vector_r)
    print(f"{n} queries with at least one relevant product")
    print("| recall path | recall@50 |")
    print("|---|---|")
    print(f"| vector search (limit 50) | {statistics.mean(vector_r):.3f} |")
    print(f"| generative: model picks a branch, nearest 50 in it | {statistics.mean(gen_r):.3f} |")
    print(
        f"branch held a grade>=2 product for {sum(hit) / n:.0%} of queries; {invalid} unusable answers; "
        f"decode p50 {statistics.median(seconds):.2f} s, p95 {sorted(seconds)[int(0.95 * (n - 1))]:.2f} s"
    )


if __name__ == "__main__":
    main()
