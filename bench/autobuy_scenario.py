"""End-to-end autonomous purchase, through the CLI only, in fresh SHOPAGENT_HOMEs.

The scripted run: import a tiny catalog, sign a mandate, add an auto-buy watch, feed a price drop with
`catalog update-prices`, then `watch run` from several processes at once and twice more in sequence.
It prints the orders created (must be 1) and the audit trail, then replays each tampering case in its
own copy of the home and prints its outcome (each must refuse, with 0 orders, and be audited):

  amount raised by hand in the state file, revoked, expired, price above the cap, category outside,
  budget exhausted, key file readable by others.

    python bench/autobuy_scenario.py [--concurrent 4] [--keep]

Exit status 0 when every expectation holds, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

CATALOG = [
    {"id": "BOOT-42", "title": "Trail Hiking Boots", "brand": "Ridge",
     "category": "Footwear > Boots > Hiking", "price": 180.00, "stock": 5},
    {"id": "JACKET-M", "title": "Rain Jacket", "brand": "Ridge",
     "category": "Clothing > Jackets", "price": 120.00, "stock": 3},
    {"id": "MUG-1", "title": "Camp Mug", "brand": "Ridge",
     "category": "Kitchen > Drinkware", "price": 15.00, "stock": 10},
]  # fmt: skip

FAILURES: list[str] = []


def sh(home: Path, *args: str, code: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SHOPAGENT_HOME": str(home)}
    env.pop("SHOPAGENT_DEBUG", None)
    out = subprocess.run(
        ["shopagent", *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL
    )
    if out.returncode != code:
        FAILURES.append(
            f"`shopagent {' '.join(args)}` exited {out.returncode}, expected {code}: {out.stderr}"
        )
    return out


def expect(ok: bool, what: str) -> None:
    print(f"  [{'ok' if ok else 'FAIL'}] {what}")
    if not ok:
        FAILURES.append(what)


def orders(home: Path) -> list[dict]:
    return json.loads(sh(home, "orders", "list", "--json").stdout)


def audit(home: Path) -> list[dict]:
    return json.loads(sh(home, "audit", "--json").stdout)


def price_feed(home: Path, tmp: Path, sku: str, price: str) -> None:
    feed = tmp / f"feed-{sku}-{price}.csv"
    feed.write_text(f"sku,price\n{sku},{price}\n")
    sh(home, "catalog", "update-prices", str(feed))


def print_audit(trail: list[dict]) -> None:
    for e in trail:
        print(
            f"    #{e['seq']:<3} {e['at']}  {e['decision']:<8} watch={e['watch_id']} sku={e['sku']} "
            f"price={e['price_seen']} mandate={e['mandate_id']} order={e['order_id']}\n"
            f"         {e['reason']}"
        )


def scripted_run(home: Path, tmp: Path, concurrent: int) -> None:
    print("== scripted run ==")
    expires = (datetime.now(UTC) + timedelta(days=28)).date().isoformat()
    mandate_id = sh(home, "mandate", "create", "--max-total", "200", "--budget", "400", "--category", "Boots",
                    "--expires", expires, "--yes").stdout.strip()  # fmt: skip
    watch_id = sh(home, "watch", "add", "BOOT-42", "--max-price", "150", "--until", expires, "--auto-buy")
    watch_id = watch_id.stdout.strip()
    print(f"  mandate {mandate_id}, watch {watch_id}")
    first = json.loads(sh(home, "watch", "run", "--json").stdout)
    expect([o["decision"] for o in first] == ["no_match"], "before the price drop: no match, nothing bought")
    price_feed(home, tmp, "BOOT-42", "145.00")
    env = {**os.environ, "SHOPAGENT_HOME": str(home)}
    started = time.perf_counter()
    procs = [
        subprocess.Popen(["shopagent", "watch", "run", "--json"], env=env, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
        for _ in range(concurrent)
    ]  # fmt: skip
    results = [p.communicate() for p in procs]
    elapsed = time.perf_counter() - started
    decisions = [o["decision"] for out, _ in results for o in json.loads(out or "[]")]
    codes = [p.returncode for p in procs]
    print(
        f"  {concurrent} concurrent `watch run`: exit codes {codes}, decisions {decisions} ({elapsed:.1f} s)"
    )
    for _ in range(2):
        again = json.loads(sh(home, "watch", "run", "--json").stdout)
        print(f"  sequential `watch run`: {[o['decision'] for o in again] or 'no active watches'}")
    placed = orders(home)
    print(f"  orders created: {len(placed)}")
    expect(len(placed) == 1, "exactly one order")
    expect(decisions.count("bought") == 1, "exactly one run reports bought")
    trail = audit(home)
    print("  audit trail:")
    print_audit(trail)
    expect([e["decision"] for e in trail] == ["matched", "bought"], "audit: matched, bought")
    expect(bool(placed) and trail[-1]["order_id"] == placed[0]["order_id"], "audit names the order")
    (watch,) = json.loads(sh(home, "watch", "list", "--json").stdout)
    expect(watch["status"] == "bought", "the watch is done (bought)")


def case_home(base: Path, tmp: Path, name: str) -> Path:
    home = tmp / f"case-{name.replace(' ', '-')}"
    shutil.copytree(base, home)
    return home


def run_case(base: Path, tmp: Path, name: str) -> None:
    home = case_home(base, tmp, name)
    cap, extra = "200", []
    if name == "price above cap":
        cap = "100"
    if name == "category outside":
        extra = ["--category", "kitchen"]
    if name == "budget exhausted":
        extra = ["--budget", "200"]
    if name == "expired":
        extra = ["--expires", (datetime.now(UTC) + timedelta(seconds=3)).isoformat(timespec="seconds")]
    if name == "amount raised by hand":
        cap = "100"
    mandate_id = sh(home, "mandate", "create", "--max-total", cap, *extra, "--yes").stdout.strip()
    expected_orders = 0
    if name == "budget exhausted":
        # Spend most of the budget first: a 129.60 jacket leaves 70.40, the boots then cost 156.60.
        sh(home, "watch", "add", "JACKET-M", "--max-price", "130", "--auto-buy")
        sh(home, "watch", "run")
        expected_orders = 1
    if name == "amount raised by hand":
        with sqlite3.connect(home / "state.db") as conn:
            conn.execute("UPDATE mandates SET max_total_minor = 50000")
        conn.close()
    if name == "revoked":
        sh(home, "mandate", "revoke", mandate_id)
    if name == "expired":
        time.sleep(4)
    if name == "key readable by others":
        (home / "keys" / "mandate.key").chmod(0o644)
        refused = sh(home, "mandate", "create", "--max-total", "10", "--yes", code=1)
        print(f"  {name}: `mandate create` -> exit 1: {refused.stderr.strip()}")
    watch_id = sh(home, "watch", "add", "BOOT-42", "--max-price", "150", "--auto-buy").stdout.strip()
    price_feed(home, tmp, "BOOT-42", "145.00")
    outcome = [o for o in json.loads(sh(home, "watch", "run", "--json").stdout) if o["watch_id"] == watch_id]
    sh(home, "watch", "run")  # the same refusal again is not audited twice
    refused_rows = [e for e in audit(home) if e["watch_id"] == watch_id and e["decision"] == "refused"]
    placed = orders(home)
    decision = outcome[0]["decision"] if outcome else "-"
    reason = outcome[0]["reason"] if outcome else "-"
    print(f"  {name}: {decision}; orders {len(placed)}; audited {len(refused_rows)}x: {reason}")
    expect(decision == "refused" and len(placed) == expected_orders and len(refused_rows) == 1,
           f"{name}: refused, {expected_orders} orders, audited once")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--concurrent", type=int, default=4, help="processes running `watch run` at once")
    parser.add_argument("--keep", action="store_true", help="keep the temporary homes")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="shopagent-autobuy-"))
    try:
        base = tmp / "base"
        catalog = tmp / "catalog.jsonl"
        catalog.write_text("".join(json.dumps(p) + "\n" for p in CATALOG))
        started = time.perf_counter()
        sh(base, "catalog", "import", str(catalog))
        print(f"catalog imported into {base} ({time.perf_counter() - started:.1f} s)")
        scripted_home = case_home(base, tmp, "scripted")
        scripted_run(scripted_home, tmp, args.concurrent)
        print("== tampering cases (each in its own copy of the freshly imported home) ==")
        for name in ("amount raised by hand", "revoked", "expired", "price above cap", "category outside",
                     "budget exhausted", "key readable by others"):  # fmt: skip
            run_case(base, tmp, name)
    finally:
        if args.keep:
            print(f"homes kept under {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    if FAILURES:
        print(f"\n{len(FAILURES)} expectation(s) failed:")
        for failure in FAILURES:
            print(f"  - {failure}")
        return 1
    print("\nall expectations held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
