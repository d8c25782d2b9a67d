"""Query-understanding benchmark over 12,087 real shopper instructions (WebShop, MIT).

    python bench/parse_bench.py [--data DIR] [--catalog]

Prints: instructions parsed, errors, p50/p95/max ms per parse; how many carry a price phrase and how many
got a price; exact recovery of "price lower than N dollars" appended WebShop-style; how close `text`
comes to the search query a person typed for the same instruction (token Jaccard); a few examples.
The vocabulary is the bundled sample catalog's (read from its JSONL); --catalog uses the current catalog.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

from shopagent.search.parse import parse_query
from shopagent.search.vocab import Vocabulary
from shopagent.text.words import tokens

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "webshop"

# An independent, deliberately plain detector of "this sentence talks about money".
PRICE_PHRASE = re.compile(
    r"[$€£]\s?\d|\d\s?(?:dollars?|bucks|usd)\b|\b(?:under|below|less than|lower than|cheaper than|up to|max|"
    r"at most|between|above|over|more than|at least)\s+[$€£]?\d|\bprice\b[^.]{0,20}\d",
)


def sample_facets() -> dict:
    """Facets of the bundled sample catalog, computed the way the catalog store computes them."""
    import gzip

    from shopagent.catalog.sample import sample_catalog_path

    brands: set[str] = set()
    categories: set[str] = set()
    attributes: dict[str, set[str]] = {}
    options: dict[str, set[str]] = {}
    with gzip.open(sample_catalog_path(), "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            brands.add(row.get("brand") or "")
            categories.add(row.get("category") or "")
            for key, value in (row.get("attributes") or {}).items():
                attributes.setdefault(key, set()).add(str(value))
            for variant in row.get("variants") or []:
                for key, value in (variant.get("options") or {}).items():
                    options.setdefault(key, set()).add(str(value))
    return {
        "brands": sorted(brands - {""}),
        "categories": sorted(categories - {""}),
        "attributes": {k: sorted(v) for k, v in attributes.items()},
        "options": {k: sorted(v) for k, v in options.items()},
    }


def _load(data: Path, name: str):  # type: ignore[no-untyped-def]
    path = data / name
    if not path.exists():
        sys.exit(f"parse_bench: {path} not found; pass --data DIR")
    return json.loads(path.read_text(encoding="utf-8"))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--catalog", action="store_true", help="use the current catalog's vocabulary")
    args = parser.parse_args()

    goals: list[str] = _load(args.data, "human_goals.json")
    query_map: dict[str, list[str]] = _load(args.data, "goal_query_map.json")
    if args.catalog:
        from shopagent.deps import Deps
        from shopagent.search.vocab import load_vocabulary

        vocab = load_vocabulary(Deps.from_env())
    else:
        vocab = Vocabulary.from_facets(sample_facets())

    # 1. every instruction, timed
    times: list[float] = []
    cpu_times: list[float] = []  # CPU time: what a parse costs when the machine is shared
    errors = 0
    with_phrase = with_price = phrase_and_price = 0
    found_examples: list[tuple[str, object]] = []
    filters = {"category": 0, "brand": 0, "attributes": 0, "min_rating": 0, "in_stock": 0}
    for goal in goals:
        start = time.perf_counter()
        cpu_start = time.thread_time()
        try:
            parsed = parse_query(goal, vocab)
        except Exception as exc:  # the point of the run is to count these
            errors += 1
            print(f"ERROR {exc!r} on {goal!r}", file=sys.stderr)
            continue
        times.append((time.perf_counter() - start) * 1000)
        cpu_times.append((time.thread_time() - cpu_start) * 1000)
        c = parsed.constraints
        phrase = bool(PRICE_PHRASE.search(goal.lower()))
        priced = c.min_price is not None or c.max_price is not None
        with_phrase += phrase
        with_price += priced
        phrase_and_price += phrase and priced
        if priced and len(found_examples) < 6:
            found_examples.append((goal, c.model_dump(exclude_defaults=True)))
        for key in filters:
            filters[key] += bool(getattr(c, key))

    n = len(goals)
    print(f"instructions parsed     {n}")
    print(f"errors                  {errors}")
    for label, series in (("wall", times), ("cpu", cpu_times)):
        series.sort()
        print(
            f"ms per parse ({label:<4})     p50 {statistics.median(series):.3f}  "
            f"p95 {series[int(len(series) * 0.95)]:.3f}  max {series[-1]:.3f}"
        )
    print(f"contain a price phrase  {with_phrase} ({with_phrase / n:.1%})")
    print(
        f"price extracted         {with_price} ({with_price / n:.1%}); "
        f"of those with a phrase: {phrase_and_price}"
    )
    print("filters set             " + ", ".join(f"{k} {v} ({v / n:.1%})" for k, v in filters.items()))

    # 2. the WebShop price suffix, appended to a sample (the released human goals carry no prices)
    rng = random.Random(7)
    sample = rng.sample(goals, 2000)
    exact = 0
    misses: list[str] = []
    for goal in sample:
        amount = rng.choice([rng.randint(5, 300), round(rng.uniform(5, 300), 2)])
        sentence = f"{goal.rstrip('. ')}, and price lower than {amount:.2f} dollars"
        got = parse_query(sentence, vocab).constraints
        if got.max_price == round(float(amount), 2) and got.min_price is None:
            exact += 1
        elif len(misses) < 3:
            misses.append(f"{sentence!r} -> min {got.min_price} max {got.max_price}")
    print(f"'price lower than N dollars' recovered exactly: {exact}/{len(sample)}")
    for miss in misses:
        print(f"  miss: {miss}")

    # 3. how close `text` gets to what a person typed into the search box
    # People sometimes typed the price into the box ("... up to 70 dollars"); the second figure compares
    # with the human query's own parsed text, so both sides lose their price phrases.
    raw_scores: list[float] = []
    text_scores: list[float] = []
    text_vs_text: list[float] = []
    for instruction, queries in query_map.items():
        text = set(tokens(parse_query(instruction, vocab).text))
        human = [q for q in queries if q.strip()]
        if not human:
            continue
        raw_scores.append(max(_jaccard(set(tokens(instruction)), set(tokens(q))) for q in human))
        text_scores.append(max(_jaccard(text, set(tokens(q))) for q in human))
        text_vs_text.append(max(_jaccard(text, set(tokens(parse_query(q, vocab).text))) for q in human))
    human_queries = [q for qs in query_map.values() for q in qs]
    phrased = [q for q in human_queries if PRICE_PHRASE.search(q.lower())]
    read = [q for q in phrased if parse_query(q, vocab).constraints.max_price is not None]
    stray = [
        q
        for q in human_queries
        if not PRICE_PHRASE.search(q.lower()) and parse_query(q, vocab).constraints.max_price is not None
    ]
    print(
        f"human search queries {len(human_queries)}: {len(phrased)} state a budget, {len(read)} read; "
        f"{len(stray)} priced without a budget phrase"
    )
    print(f"token Jaccard vs the human search query, {len(text_scores)} instructions:")
    print(f"  raw instruction        {statistics.mean(raw_scores):.3f}")
    print(f"  parsed text            {statistics.mean(text_scores):.3f}")
    print(f"  parsed text vs parsed human query  {statistics.mean(text_vs_text):.3f}")

    print("examples:")
    for goal in (
        "waterproof hiking boots under $200",
        "Nike trainers in black size 10, 4+ stars, in stock",
        "noise cancelling headphones between 50 and 80 dollars",
        "a 4k tv for my 2 kids, pack of 2",
    ):
        parsed = parse_query(goal, vocab)
        print(f"  {goal!r} -> text {parsed.text!r} {parsed.constraints.model_dump(exclude_defaults=True)}")
    for goal, found in found_examples[:4]:
        print(f"  corpus: {goal!r} -> {found}")


if __name__ == "__main__":
    main()
