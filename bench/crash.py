"""Crash bench: `kill -9` a checkout loop at random moments, then check the state file is consistent.

A worker subprocess loops over cart checkouts, explicit-line checkouts and cancellations on one state
file; the bench kills it with SIGKILL at a random moment, N times (a fresh worker each time), then checks:
  - for every SKU: initial stock - units in live (not canceled/returned) orders == current stock,
  - no completed checkout session without its order, no order whose session is not completed,
  - no order without lines or without its first status event,
  - SQLite's own integrity_check.
It prints the number of inconsistent states found (must be 0).

The inventory rows are written directly into a fresh SHOPAGENT_HOME: the catalog import is a separate
component, and this bench exercises only the checkout, cancel and cart transactions.

    python bench/crash.py [--kills 60] [--keep]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SKUS = [("CR-A", 1999, 100_000), ("CR-B", 550, 100_000), ("CR-C", 12_500, 100_000), ("CR-SCARCE", 3000, 40)]


def _deps(home: str):  # type: ignore[no-untyped-def]
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    return Deps(paths=Paths(Path(home)))


def seed(home: str) -> dict[str, int]:
    deps = _deps(home)
    with deps.state.tx() as conn:
        for sku, price, stock in SKUS:
            conn.execute(
                "INSERT INTO inventory (sku, product_id, title, currency, price_minor, stock, updated_at) "
                "VALUES (?, ?, ?, 'USD', ?, ?, ?)",
                (sku, sku.lower(), f"Crash item {sku}", price, stock, time.time()),
            )
    deps.close()
    return {sku: stock for sku, _, stock in SKUS}


def worker_loop(home: str, seed_value: int) -> None:
    """Buy, cancel and fill the cart forever; the parent kills this process at a random moment."""
    from shopagent.commerce import cart, orders
    from shopagent.commerce.approval import Approval
    from shopagent.commerce.checkout import complete_checkout, prepare_checkout
    from shopagent.errors import ShopError

    rng = random.Random(seed_value)
    deps = _deps(home)
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    n = 0
    last_order = None
    while True:
        n += 1
        try:
            if n % 3 == 0:
                cart.add(deps, rng.choice(SKUS)[0], rng.randint(1, 2))
                session = prepare_checkout(deps)
            else:
                lines = [(rng.choice(SKUS)[0], rng.randint(1, 3)) for _ in range(rng.randint(1, 3))]
                session = prepare_checkout(deps, lines=lines)
            order = complete_checkout(
                deps, session.id, Approval("human", "crash-bench"), idempotency_key=f"{seed_value}-{n}"
            )
            if last_order and n % 4 == 0:
                orders.cancel_order(deps, last_order)
            last_order = order.id
        except ShopError:
            cart.clear(deps)  # out of stock: start over with a fresh cart


def check(home: str, initial: dict[str, int]) -> list[str]:
    deps = _deps(home)
    conn = deps.state.conn
    problems: list[str] = []
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    if integrity != "ok":
        problems.append(f"integrity_check: {integrity}")
    live = {
        row["sku"]: row["qty"]
        for row in conn.execute(
            "SELECT l.sku, SUM(l.quantity) AS qty FROM order_lines l JOIN orders o ON o.id = l.order_id "
            "WHERE o.status NOT IN ('canceled', 'returned') GROUP BY l.sku"
        )
    }
    for row in conn.execute("SELECT sku, stock FROM inventory"):
        expected = initial[row["sku"]] - live.get(row["sku"], 0)
        if row["stock"] != expected:
            problems.append(f"{row['sku']}: stock {row['stock']}, expected {expected} from orders")
    for row in conn.execute(
        "SELECT s.id FROM checkout_sessions s LEFT JOIN orders o ON o.id = s.order_id "
        "WHERE s.status = 'completed' AND o.id IS NULL"
    ):
        problems.append(f"completed session {row['id']} has no order")
    for row in conn.execute(
        "SELECT o.id FROM orders o LEFT JOIN checkout_sessions s ON s.id = o.session_id "
        "WHERE s.status IS NOT 'completed' OR s.order_id IS NOT o.id"
    ):
        problems.append(f"order {row['id']} has no completed session")
    for row in conn.execute(
        "SELECT o.id FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = o.id) "
        "OR NOT EXISTS (SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.status = 'confirmed')"
    ):
        problems.append(f"order {row['id']} has no lines or no confirmation event")
    for row in conn.execute(
        "SELECT o.id FROM orders o WHERE o.status = 'canceled' AND NOT EXISTS "
        "(SELECT 1 FROM order_events e WHERE e.order_id = o.id AND e.status = 'canceled')"
    ):
        problems.append(f"order {row['id']} is canceled without a cancel event")
    deps.close()
    return problems


def counts(home: str) -> tuple[int, int, int]:
    deps = _deps(home)
    conn = deps.state.conn
    orders = conn.execute("SELECT count(*) FROM orders").fetchone()[0]
    canceled = conn.execute("SELECT count(*) FROM orders WHERE status = 'canceled'").fetchone()[0]
    sessions = conn.execute("SELECT count(*) FROM checkout_sessions").fetchone()[0]
    deps.close()
    return orders, canceled, sessions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--max-delay", type=float, default=0.6, help="longest wait before a kill (s)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--worker", metavar="HOME", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        worker_loop(args.worker, args.seed)
        return 0

    rng = random.Random(args.seed)
    home = tempfile.mkdtemp(prefix="shopagent-bench-crash-")
    started = time.perf_counter()
    try:
        initial = seed(home)
        inconsistent_runs = 0
        for k in range(args.kills):
            proc = subprocess.Popen(
                [sys.executable, __file__, "--worker", home, "--seed", str(args.seed * 10_000 + k)],
                stdout=subprocess.PIPE,
                text=True,
            )
            assert proc.stdout is not None
            proc.stdout.readline()  # imports done, state file open: the loop starts now
            time.sleep(rng.uniform(0.0, args.max_delay))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            problems = check(home, initial)
            if problems:
                inconsistent_runs += 1
                print(f"kill {k + 1}: {len(problems)} inconsistencies, first: {problems[0]}", file=sys.stderr)
        elapsed = time.perf_counter() - started
        orders, canceled, sessions = counts(home)
        final = check(home, initial)
        print(f"kill -9 during checkout loop  {args.kills} times")
        print(f"orders committed              {orders} ({canceled} canceled and restocked)")
        print(f"checkout sessions             {sessions}")
        print(f"checks after each kill        {args.kills}")
        print(f"inconsistent states found     {inconsistent_runs + len(final)}")
        print(f"wall time                     {elapsed:.1f} s")
        ok = inconsistent_runs == 0 and not final
        print("result                        " + ("OK" if ok else "FAILED"))
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"state file kept in {home}", file=sys.stderr)
        else:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
