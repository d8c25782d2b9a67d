"""Negated, hypothetical and doubtful requests must change nothing, whatever the model does.

Every held-out utterance (bench/eval/utterances_heldout.jsonl) labelled with an effect intent and a
mode other than affirm is sent as a turn after a search and with one line in the cart, to a session
whose model always tries to make the change (add, remove, set a quantity, check out, watch). The
bench counts state changes (cart lines and quantities, watches, orders, checkout sessions): the
target is 0. It also counts, for the affirmative utterances of the same intents, how many did
change state (the price of being careful).

    python bench/negation_bench.py [--home DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HELDOUT = ROOT / "bench" / "eval" / "utterances_heldout.jsonl"
EFFECT_TOOL = {
    "cart_add": "add_to_cart", "cart_remove": "remove_from_cart", "cart_set_quantity": "update_cart_quantity",
    "cart_clear": "remove_from_cart", "checkout": "prepare_checkout", "watch_create": "create_watch",
    "watch_remove": "remove_watch",
}  # fmt: skip


class EagerModel:
    """Always calls the effect tool of the utterance's intent on the first shown product."""

    identity = "eager"

    def __init__(self, tool: str, sku: str):
        self.tool, self.sku = tool, sku

    def complete(self, messages: list[dict[str, Any]], **kwargs: Any) -> Any:
        from shopagent.agent.model import Completion

        args: dict[str, Any] = {"sku": self.sku}
        if self.tool == "update_cart_quantity":
            args["quantity"] = 2
        elif self.tool == "create_watch":
            args["max_price"] = 50
        elif self.tool == "prepare_checkout":
            args = {}
        elif self.tool == "remove_watch":
            args = {"watch_id": "wch_1"}
        text = "<tool_call>\n" + json.dumps({"name": self.tool, "arguments": args}) + "\n</tool_call>"
        return Completion(
            text=text, prompt_tokens=10, completion_tokens=10, seconds=0.0, finish_reason="stop"
        )


def snapshot(deps: Any) -> tuple[Any, ...]:
    from shopagent.commerce import cart, watches

    lines = tuple(sorted((ln.sku, ln.quantity) for ln in cart.show(deps).lines))
    return (
        lines,
        tuple(w.watch_id for w in watches.list_watches(deps)),
        deps.state.query_one("SELECT count(*) FROM orders")[0],
        deps.state.query_one("SELECT count(*) FROM checkout_sessions")[0],
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--home", type=Path, default=ROOT / "bench" / "out" / "relevance-home")
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    from shopagent.agent.session import Session
    from shopagent.commerce import cart
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    rows = [json.loads(x) for x in HELDOUT.read_text(encoding="utf-8").splitlines() if x.strip()]
    rows = [r for r in rows if r["intent"] in EFFECT_TOOL]
    if args.limit:
        rows = rows[: args.limit]
    work = Path(tempfile.mkdtemp(prefix="negation-bench-"))
    shutil.copytree(args.home, work / "home")
    deps = Deps(paths=Paths(work / "home"))
    deps.catalog  # noqa: B018 - open it before timing
    base = Session(deps, model_factory=lambda: None)
    shown = base.ask("hiking boots").results
    first = shown[0]
    changed: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    acted_affirm = 0
    affirm = 0
    started = time.perf_counter()
    for row in rows:
        cart.clear(deps)
        sku = next((r["sku"] for r in shown if r["sku"] != first["sku"]), first["sku"])
        cart.add(deps, sku, 1)
        session = Session(
            deps, model_factory=lambda row=row: EagerModel(EFFECT_TOOL[row["intent"]], first["sku"])
        )
        session.last_results = list(shown)
        session.known_ids = {i for r in shown for i in (r["sku"], r["product_id"])}
        before = snapshot(deps)
        try:
            session.ask(row["text"])
        except Exception as exc:  # noqa: BLE001 - a crash is reported, not a change
            print(f"crashed on {row['text']!r}: {exc}", file=sys.stderr)
        after = snapshot(deps)
        if row["mode"] == "affirm":
            affirm += 1
            acted_affirm += after != before
        else:
            counted[row["mode"]] += 1
            if after != before:
                changed[row["mode"]] += 1
                print(f"CHANGED  [{row['mode']}] {row['text']!r}")
    seconds = time.perf_counter() - started
    print()
    print("| mode | utterances | state changes |")
    print("|---|---|---|")
    for mode in ("negated", "hypothetical", "doubtful"):
        print(f"| {mode} | {counted[mode]} | {changed[mode]} |")
    print(f"\naffirmative effect utterances that did change state: {acted_affirm}/{affirm}")
    print(f"{len(rows)} turns in {seconds:.0f} s")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
