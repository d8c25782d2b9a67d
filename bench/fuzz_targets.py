"""Fuzz the parser, search filters, hybrid search, catalog rows and files, and the tool-call parser.

    python bench/fuzz_targets.py [--cases 10000] [--search-cases 2000] [--target NAME]... [--seed N]

Each target runs generated cases (hypothesis strategies from shopagent.testing.fuzz) and counts
crashes: any exception other than the project's own one-line errors (shopagent.errors.ShopError).
Distinct crashes are grouped by exception type and the innermost shopagent frame and printed with one
example input. Hybrid search over the hostile catalog is slower per case, so it has its own count.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

TARGETS = ("parse", "filters", "search", "rows", "jsonl", "csv", "toolcalls")


def signature(exc: BaseException) -> str:
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/shopagent/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno} {frames[-1].name}" if frames else "?"
    return f"{type(exc).__name__} at {where}: {str(exc)[:100]}"


def run_target(name: str, cases: int, seed: int, workdir: Path) -> tuple[int, Counter, dict[str, str]]:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as hseed

    from shopagent.testing import fuzz as sf
    from shopagent.testing.harness import agent_toolset, build_template

    strategies = sf.fuzz_strategies()
    counts: Counter = Counter()
    examples: dict[str, str] = {}
    ran = 0

    def record(fn, *args) -> None:  # type: ignore[no-untyped-def]
        nonlocal ran
        ran += 1
        try:
            fn(*args)
        except Exception as exc:  # noqa: BLE001 - counting crashes is the point
            sig = signature(exc)
            counts[sig] += 1
            examples.setdefault(sig, repr(args[0] if args else None)[:300])

    if name == "parse":
        vocab = sf.hostile_vocabulary()
        strategy, body = strategies["text"], lambda x: record(sf.fuzz_parse, x, vocab)
    elif name == "filters":
        strategy, body = strategies["constraints"], lambda x: record(sf.fuzz_filters, x)
    elif name == "search":
        from hypothesis import strategies as st

        from shopagent.deps import Deps
        from shopagent.paths import Paths
        from shopagent.testing import FakeEmbedder

        home = build_template(workdir / "search")
        deps = Deps(paths=Paths(home), embedder_override=FakeEmbedder())
        strategy = st.tuples(strategies["text"], strategies["constraints"], strategies["sort"])
        body = lambda x: record(lambda t: sf.fuzz_search(deps, *t), x)  # noqa: E731
    elif name == "rows":
        strategy, body = strategies["row"], lambda x: record(sf.fuzz_product_row, x)
    elif name in ("jsonl", "csv"):
        path = workdir / f"fuzz.{name}"
        key = "jsonl_file" if name == "jsonl" else "csv_file"
        strategy, body = strategies[key], lambda x: record(lambda d: sf.fuzz_import_file(path, d, name), x)
    elif name == "toolcalls":
        tools = agent_toolset()
        strategy, body = strategies["toolcall_text"], lambda x: record(sf.fuzz_toolcalls, x, tools)
    else:
        raise SystemExit(f"unknown target {name!r}; targets: {', '.join(TARGETS)}")

    @hseed(seed)
    @settings(
        max_examples=cases,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def fuzz(x) -> None:  # type: ignore[no-untyped-def]
        body(x)

    fuzz()
    return ran, counts, examples


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cases", type=int, default=10_000, help="cases per target (default 10000)")
    parser.add_argument(
        "--search-cases", type=int, default=None, help="cases for hybrid search (default --cases)"
    )
    parser.add_argument("--target", action="append", choices=TARGETS, help="run only these targets")
    parser.add_argument("--seed", type=int, default=20261122)
    args = parser.parse_args()

    import warnings

    warnings.simplefilter("ignore")
    targets = args.target or list(TARGETS)
    print(f"{'target':<10} {'cases':>7} {'crashes':>8} {'distinct':>8} {'seconds':>8}")
    total_crashes = 0
    details: list[str] = []
    with tempfile.TemporaryDirectory(prefix="shopagent-fuzz-") as tmp:
        for name in targets:
            cases = args.search_cases if name == "search" and args.search_cases else args.cases
            started = time.perf_counter()
            ran, counts, examples = run_target(name, cases, args.seed, Path(tmp))
            seconds = time.perf_counter() - started
            crashes = sum(counts.values())
            total_crashes += crashes
            print(f"{name:<10} {ran:>7} {crashes:>8} {len(counts):>8} {seconds:>8.1f}", flush=True)
            for sig, n in counts.most_common():
                details.append(f"[{name}] {n} x {sig}\n    e.g. {examples[sig]}")
    if details:
        print("\ncrashes:")
        print("\n".join(details))
    print(f"\ntotal crashes: {total_crashes}")


if __name__ == "__main__":
    main()
