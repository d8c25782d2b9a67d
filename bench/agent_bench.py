"""Agent benchmark: scripted multi-turn shopping scenarios against the real model and sample catalog.

    python bench/agent_bench.py [--model PATH] [--limit N] [--cold N] [--only ID] [--verbose]

Scenarios live in bench/agent_scenarios.jsonl: one object a line, {"id", "turns": [{"user", "expect"}]}.
A user text starting with "!" is sent with --deep. Expectations refer to the results the previous
turn showed as "#1", "#2", ...:
  route, tools_any, results_nonempty, results_max_price, results_min_price, results_min_rating,
  results_brand, results_category (substring), results_option ({"color": "black"}), results_in_stock,
  results_include ("#2" or a list), cheaper_than_prev, pricier_than_prev, cart_has ("#1" or a list),
  cart_qty ({"ref", "qty"}), cart_option ({"size": "M"}, with an optional "ref"), cart_lines,
  cart_max_unit_price, watches, answer_grounded.
Every turn is also checked for grounding independently of the agent: each product id in the final
answer must be in this turn's or an earlier turn's tool results.

It reports task success (every expectation of every turn met), per-turn latency (fast and deep,
p50/p95), steps, prompt/completion tokens, how often the model's own answer had to be replaced, and the
cold-process wall time of `shopagent ask --json` for the first turn of the first --cold scenarios.
State: uses $SHOPAGENT_HOME (the sample catalog is indexed on first use); the cart and watches are
cleared before each scenario, so point it at a scratch home.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ID_RE = re.compile(r"\bP\d{5}\b")


def load_scenarios(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def reset_state(deps: Any) -> None:
    from shopagent.commerce import cart, watches

    cart.clear(deps)
    for w in watches.list_watches(deps):
        watches.remove_watch(deps, w.watch_id)


def _ref(ref: str, prev: list[dict[str, Any]]) -> dict[str, Any] | None:
    n = int(ref.lstrip("#"))
    return prev[n - 1] if 1 <= n <= len(prev) else None


def _sku_options(deps: Any, sku: str) -> dict[str, Any]:
    row = deps.state.query_one("SELECT options FROM inventory WHERE sku = ?", (sku,))
    try:
        return {str(k).lower(): v for k, v in json.loads(row[0] or "{}").items()} if row else {}
    except ValueError:
        return {}


def state_snapshot(deps: Any) -> tuple[Any, ...]:
    """Cart lines, watches and orders: what `state_unchanged` compares before and after a turn."""
    from shopagent.commerce import cart, watches

    lines = tuple(sorted((ln.sku, ln.quantity) for ln in cart.show(deps).lines))
    watched = tuple(sorted(w.watch_id for w in watches.list_watches(deps)))
    orders = deps.state.query_one("SELECT count(*) FROM orders")[0]
    return lines, watched, orders


def check_turn(
    expect: dict[str, Any],
    turn: Any,
    prev: list[dict[str, Any]],
    deps: Any,
    seen_ids: set[str],
    before: tuple[Any, ...] | None = None,
) -> list[str]:
    """Failed expectations of one turn (empty when all hold). `before`: state_snapshot before it."""
    from shopagent.commerce import cart, watches

    fails: list[str] = []
    results = turn.results
    ok_tools = {c["name"] for c in turn.tool_calls if c.get("ok")}
    lines = cart.show(deps).lines

    def fail(msg: str) -> None:
        fails.append(msg)

    for key, want in expect.items():
        if key == "route" and turn.route != want:
            fail(f"route {turn.route} != {want}")
        elif key == "tools_any" and not ok_tools & set(want):
            fail(f"none of {want} ran ok (ran: {sorted(ok_tools)})")
        elif key == "results_nonempty" and not results:
            fail("no results")
        elif key == "results_max_price" and (not results or any(r["price"] > want + 0.001 for r in results)):
            fail(f"results above {want} (or none)")
        elif key == "results_min_price" and (not results or any(r["price"] < want - 0.001 for r in results)):
            fail(f"results below {want} (or none)")
        elif key == "results_min_rating" and (
            not results or any((r.get("rating") or 0) < want for r in results)
        ):
            fail(f"results rated below {want}")
        elif key == "results_brand" and (not results or any(r.get("brand") != want for r in results)):
            fail(f"results not all {want}")
        elif key == "results_category" and (
            not results
            or sum(want.lower() in (r.get("category") or "").lower() for r in results) < len(results) / 2
        ):
            fail(f"fewer than half of the results are in {want}")
        elif key == "results_option":
            for k, v in want.items():
                if not results or any(
                    str(r.get("options", {}).get(k, "")).lower() != str(v).lower() for r in results
                ):
                    fail(f"results not all {k}={v}")
        elif key == "results_in_stock" and (not results or not all(r.get("in_stock") for r in results)):
            fail("out-of-stock results")
        elif key == "results_include":
            for ref in [want] if isinstance(want, str) else want:
                item = _ref(ref, prev)
                if item is None or item["product_id"] not in {r["product_id"] for r in results}:
                    fail(f"{ref} not in results")
        elif key in ("cheaper_than_prev", "pricier_than_prev"):
            if not results or not prev:
                fail("no results to compare prices")
                continue
            median = statistics.median(r["price"] for r in prev)
            if key == "cheaper_than_prev" and any(r["price"] > median for r in results):
                fail("not cheaper")
            if key == "pricier_than_prev" and any(r["price"] < median for r in results):
                fail("not pricier")
        elif key == "cart_has":
            for ref in [want] if isinstance(want, str) else want:
                item = _ref(ref, prev)
                if item is None or item["product_id"] not in {line.product_id for line in lines}:
                    fail(f"cart lacks {ref}")
        elif key == "cart_qty":
            item = _ref(want["ref"], prev)
            qty = sum(line.quantity for line in lines if item and line.product_id == item["product_id"])
            if qty != want["qty"]:
                fail(f"cart quantity {qty} != {want['qty']}")
        elif key == "cart_lines" and len(lines) != want:
            fail(f"cart has {len(lines)} lines, expected {want}")
        elif key == "cart_max_unit_price" and any(line.unit_price_minor > want * 100 for line in lines):
            fail(f"cart line above {want}")
        elif key == "watches" and len(watches.list_watches(deps)) != want:
            fail(f"watches != {want}")
        elif key == "answer_grounded" and turn.replaced:
            fail("the model's answer named something not in a tool result (replaced)")
        elif key == "state_unchanged" and want and before is not None and state_snapshot(deps) != before:
            fail("the cart, watches or orders changed")
        elif key == "asks" and want and "?" not in turn.answer:
            fail("the answer asks no question")
        elif key == "cart_option":
            added = [ln for ln in lines if before is None or (ln.sku, ln.quantity) not in set(before[0])]
            if not added:
                fail("no cart line was added or changed")
            if "ref" in want:  # {"ref": "#1", "size": "M"}: the line added is that result's
                item = _ref(want["ref"], prev)
                added = [ln for ln in added if item is not None and ln.product_id == item["product_id"]]
                if not added:
                    fail(f"no added cart line is {want['ref']}")
            for k, v in ((k, v) for k, v in want.items() if k != "ref"):
                options = [_sku_options(deps, ln.sku) for ln in added]
                if not any(str(o.get(k, "")).lower() == str(v).lower() for o in options):
                    fail(f"no added cart line has {k}={v}")
        elif key == "answer_mentions":
            for word in [want] if isinstance(want, str) else want:
                if str(word).lower() not in turn.answer.lower():
                    fail(f"the answer does not mention {word!r}")
    stray = set(ID_RE.findall(turn.answer)) - seen_ids
    if stray:
        fail(f"final answer names ids not in any tool result: {sorted(stray)}")
    return fails


def cold_ask(text: str, model: str | None) -> dict[str, Any]:
    deep = text.startswith("!")
    cmd = [sys.executable, "-m", "shopagent", "ask", text.lstrip("!"), "--json"]
    if deep:
        cmd.append("--deep")
    if model:
        cmd += ["--model", model]
    started = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - started
    doc = json.loads(out.stdout) if out.returncode == 0 and out.stdout.strip() else {}
    return {"text": text, "wall": round(wall, 2), "route": doc.get("route"), "exit": out.returncode}


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", help="GGUF path (default: $SHOPAGENT_MODEL or the bundled model)")
    parser.add_argument("--scenarios", default=str(HERE / "agent_scenarios.jsonl"))
    parser.add_argument("--limit", type=int, default=0, help="run only the first N scenarios")
    parser.add_argument("--only", action="append", default=[], help="run only this scenario id (repeatable)")
    parser.add_argument("--cold", type=int, default=3, help="cold-process first turns to time (0: none)")
    parser.add_argument("--max-steps", type=int, default=6)
    parser.add_argument("--json", dest="json_out", help="also write per-turn records to this file")
    parser.add_argument(
        "--no-translate", action="store_true", help="search a request in another language as written"
    )
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()

    from shopagent.agent.session import Session
    from shopagent.deps import Deps

    scenarios = load_scenarios(Path(args.scenarios))
    if args.only:
        scenarios = [s for s in scenarios if s["id"] in args.only]
    if args.limit:
        scenarios = scenarios[: args.limit]
    deps = Deps.from_env()
    deps.catalog  # index the sample catalog now, not inside the first timed turn  # noqa: B018

    cold = []
    for s in scenarios[: args.cold]:
        rec = cold_ask(s["turns"][0]["user"], args.model)
        cold.append(rec)
        print(
            f"cold  {rec['wall']:6.2f}s  route={rec['route']}  exit={rec['exit']}  {rec['text']!r}",
            flush=True,
        )

    from shopagent.cli.context import attach_translator

    model_holder: dict[str, Any] = {}

    def model_factory() -> Any:
        if "model" not in model_holder:
            from shopagent.agent.model import load_chat_model
            from shopagent.render.progress import progress_bar

            t0 = time.perf_counter()
            model_holder["model"] = load_chat_model(deps, args.model, progress=progress_bar)
            model_holder["load"] = time.perf_counter() - t0
        return model_holder["model"]

    records: list[dict[str, Any]] = []
    by_class: dict[str, list[bool]] = {}
    passed = 0
    for s in scenarios:
        reset_state(deps)
        session = Session(deps, model_factory=model_factory)
        if not args.no_translate:  # as `chat` and `ask` run: the session's model rewrites foreign requests
            attach_translator(deps, model_factory)
        prev: list[dict[str, Any]] = []
        seen: set[str] = set()
        scenario_fails: list[str] = []
        for n, t in enumerate(s["turns"], 1):
            text = t["user"]
            force = "deep" if text.startswith("!") else None
            before = state_snapshot(deps)
            started = time.perf_counter()
            try:
                turn = session.ask(text.lstrip("!"), force=force, narrate=True, max_steps=args.max_steps)
            except Exception as exc:  # a crash is a failed turn, not the end of the benchmark
                scenario_fails.append(f"turn {n}: crashed: {type(exc).__name__}: {exc}")
                records.append({"scenario": s["id"], "turn": n, "error": str(exc)})
                break
            wall = time.perf_counter() - started
            for c in turn.tool_calls:
                if c.get("ok"):
                    from shopagent.agent.gates import collect_ids

                    collect_ids(c.get("result") or {}, seen)
            seen |= {r["product_id"] for r in turn.results}
            seen |= {r["product_id"] for r in prev}
            fails = check_turn(t["expect"], turn, prev, deps, seen, before)
            scenario_fails += [f"turn {n}: {f}" for f in fails]
            rec = {
                "scenario": s["id"],
                "turn": n,
                "user": text,
                "route": turn.route,
                "seconds": round(wall, 2),
                "steps": turn.steps,
                "tokens_in": turn.tokens_in,
                "tokens_out": turn.tokens_out,
                "replaced": turn.replaced,
                "stop_reason": turn.stop_reason,
                "tools": [(c["name"], c["ok"]) for c in turn.tool_calls],
                "fails": fails,
                "answer": turn.answer[:300],
            }
            records.append(rec)
            if args.verbose:
                print(f"   {s['id']}#{n} {turn.route} {wall:.1f}s steps={turn.steps} {rec['tools']} {fails}")
                print(f"      answer: {turn.answer[:160]!r}")
            if turn.results and turn.tool_calls and turn.tool_calls[-1]["name"] == "search_products":
                prev = turn.results
            elif session.last_results:
                prev = session.last_results
        ok = not scenario_fails
        passed += ok
        by_class.setdefault(s.get("class", "unclassed"), []).append(ok)
        print(f"{'PASS' if ok else 'FAIL'}  {s['id']}" + ("" if ok else f"  {scenario_fails}"), flush=True)

    turns = [r for r in records if "error" not in r]
    fast = [r["seconds"] for r in turns if r["route"] == "fast"]
    deep = [r["seconds"] for r in turns if r["route"] == "deep"]
    deep_first = [r["seconds"] for r in turns if r["route"] == "deep" and r["turn"] == 1]
    deep_later = [r["seconds"] for r in turns if r["route"] == "deep" and r["turn"] > 1]
    deep_recs = [r for r in turns if r["route"] == "deep"]
    print()
    print(f"model load (once, warm session): {model_holder.get('load', 0):.2f}s")
    print(f"{'scenarios':<34}{len(scenarios)}")
    print(f"{'task success':<34}{passed}/{len(scenarios)} = {100 * passed / max(1, len(scenarios)):.0f}%")
    print(f"{'turns (fast / deep)':<34}{len(fast)} / {len(deep)}")
    print(f"{'fast turn latency p50 / p95':<34}{pct(fast, 0.5):.2f}s / {pct(fast, 0.95):.2f}s")
    print(f"{'deep turn latency p50 / p95':<34}{pct(deep, 0.5):.2f}s / {pct(deep, 0.95):.2f}s")
    print(f"{'deep first turn / later p50':<34}{pct(deep_first, 0.5):.2f}s / {pct(deep_later, 0.5):.2f}s")
    if deep_recs:
        print(f"{'deep steps mean':<34}{statistics.mean(r['steps'] for r in deep_recs):.2f}")
        print(f"{'deep tokens in / out mean':<34}{statistics.mean(r['tokens_in'] for r in deep_recs):.0f} / "
              f"{statistics.mean(r['tokens_out'] for r in deep_recs):.0f}")  # fmt: skip
        print(f"{'model answers replaced (ungrounded)':<34}{sum(r['replaced'] for r in deep_recs)}")
        print(f"{'stopped at max steps':<34}{sum(r['stop_reason'] == 'max_steps' for r in deep_recs)}")
    if len(by_class) > 1 or "unclassed" not in by_class:
        print("success per class: " + ", ".join(
            f"{name} {sum(oks)}/{len(oks)}" for name, oks in sorted(by_class.items())))  # fmt: skip
    stray = sum(any("ids not in any tool result" in f for f in r["fails"]) for r in turns)
    print(f"{'final answers naming unknown ids':<34}{stray}")
    if cold:
        walls = [c["wall"] for c in cold]
        print(f"{'cold ask --json wall (first turns)':<34}" + ", ".join(f"{w:.2f}s" for w in walls))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps({"cold": cold, "turns": records}, indent=1))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    raise SystemExit(main())
