"""Concurrency bench: N processes x M checkouts sharing one state file, against limited stock.

Every process buys through prepare_checkout(lines=...) + complete_checkout with an explicit Approval and
unique idempotency keys (the cart is per state file, so processes sharing one file use explicit lines).
Half of the processes also retry each completion with the same key, as a client would after a lost reply.
Afterwards the bench checks what must hold and prints:
  orders created, units of the limited SKU sold vs its stock, oversells (must be 0),
  lost writes (must be 0: every acknowledged order is in the file and stock + sold == initial for every SKU),
  duplicate charges for retried keys (must be 0), throughput.

The inventory rows are written directly into a fresh SHOPAGENT_HOME: the catalog import is a separate
component, and this bench measures only the checkout transaction against the `inventory` table it uses.

    python bench/concurrency.py [--processes 8] [--checkouts 50] [--stock 100] [--keep]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

LIMITED = "LIMITED-1"
PLENTY = [("WIDGET-A", 1999), ("WIDGET-B", 499), ("WIDGET-C", 8999)]


def _deps(home: str):  # type: ignore[no-untyped-def]
    from shopagent.deps import Deps
    from shopagent.paths import Paths

    return Deps(paths=Paths(Path(home)))


def seed(home: str, limited_stock: int, plenty_stock: int) -> dict[str, int]:
    deps = _deps(home)
    initial = {LIMITED: limited_stock}
    with deps.state.tx() as conn:
        conn.execute(
            "INSERT INTO inventory (sku, product_id, title, currency, price_minor, stock, updated_at) "
            "VALUES (?, 'limited', 'Limited Edition Lantern', 'USD', 2499, ?, ?)",
            (LIMITED, limited_stock, time.time()),
        )
        for sku, price in PLENTY:
            conn.execute(
                "INSERT INTO inventory (sku, product_id, title, currency, price_minor, stock, updated_at) "
                "VALUES (?, ?, ?, 'USD', ?, ?, ?)",
                (sku, sku.lower(), f"Widget {sku[-1]}", price, plenty_stock, time.time()),
            )
            initial[sku] = plenty_stock
    deps.close()
    return initial


def worker(args: tuple[str, int, int, bool, int]) -> dict:
    home, index, checkouts, retry, seed_value = args
    from shopagent.commerce.approval import Approval
    from shopagent.commerce.checkout import complete_checkout, prepare_checkout
    from shopagent.errors import ShopError

    rng = random.Random(seed_value)
    deps = _deps(home)
    acked: list[tuple[str, str]] = []  # (idempotency key, order id)
    retry_mismatch = 0
    out_of_stock = 0
    other_errors: list[str] = []
    for n in range(checkouts):
        lines = [(rng.choice(PLENTY)[0], rng.randint(1, 3))]
        if rng.random() < 0.6:
            lines.append((LIMITED, 1))
        key = f"bench-{index}-{n}"
        try:
            session = prepare_checkout(deps, lines=lines)
            order = complete_checkout(deps, session.id, Approval("human", "bench"), idempotency_key=key)
        except ShopError as exc:
            if "out of stock" in str(exc) or "left" in str(exc):
                out_of_stock += 1
            else:
                other_errors.append(str(exc))
            continue
        acked.append((key, order.id))
        if retry:
            again = complete_checkout(deps, session.id, Approval("human", "bench"), idempotency_key=key)
            if again.id != order.id:
                retry_mismatch += 1
    deps.close()
    return {
        "acked": acked,
        "retry_mismatch": retry_mismatch,
        "out_of_stock": out_of_stock,
        "errors": other_errors,
        "retried": retry,
    }


def check(home: str, initial: dict[str, int], results: list[dict]) -> dict[str, int]:
    deps = _deps(home)
    conn = deps.state.conn
    acked = {order_id: key for r in results for key, order_id in r["acked"]}
    stored = {
        row["id"]: row["idempotency_key"] for row in conn.execute("SELECT id, idempotency_key FROM orders")
    }
    sold = {
        row["sku"]: row["qty"]
        for row in conn.execute("SELECT sku, SUM(quantity) AS qty FROM order_lines GROUP BY sku")
    }
    stock = {row["sku"]: row["stock"] for row in conn.execute("SELECT sku, stock FROM inventory")}
    lost = sum(1 for order_id, key in acked.items() if stored.get(order_id) != key)
    lost += sum(1 for sku in initial if stock[sku] + sold.get(sku, 0) != initial[sku])
    oversells = sum(max(0, sold.get(sku, 0) - initial[sku]) for sku in initial)
    oversells += sum(1 for sku in initial if stock[sku] < 0)
    retried_keys = {key for r in results if r["retried"] for key, _ in r["acked"]}
    per_key = {}
    for key in stored.values():
        per_key[key] = per_key.get(key, 0) + 1
    duplicates = sum(r["retry_mismatch"] for r in results)
    duplicates += sum(per_key.get(k, 0) - 1 for k in retried_keys if per_key.get(k, 0) > 1)
    duplicates += len(stored) - len(acked)  # an order nobody was told about would be a second charge
    deps.close()
    return {
        "orders": len(stored),
        "limited_sold": sold.get(LIMITED, 0),
        "lost": lost,
        "oversells": oversells,
        "duplicates": duplicates,
        "retried_keys": len(retried_keys),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--checkouts", type=int, default=50, help="checkouts per process")
    parser.add_argument("--stock", type=int, default=100, help="units of the limited SKU")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", action="store_true", help="keep the bench's SHOPAGENT_HOME")
    args = parser.parse_args(argv)

    home = tempfile.mkdtemp(prefix="shopagent-bench-conc-")
    try:
        initial = seed(home, args.stock, plenty_stock=args.processes * args.checkouts * 3)
        jobs = [(home, i, args.checkouts, i % 2 == 1, args.seed * 1000 + i) for i in range(args.processes)]
        started = time.perf_counter()
        with mp.get_context("fork").Pool(args.processes) as pool:
            results = pool.map(worker, jobs)
        elapsed = time.perf_counter() - started
        found = check(home, initial, results)
        attempts = args.processes * args.checkouts
        out_of_stock = sum(r["out_of_stock"] for r in results)
        errors = [e for r in results for e in r["errors"]]
        print(f"processes x checkouts   {args.processes} x {args.checkouts} = {attempts} attempts")
        print(f"orders created          {found['orders']}")
        print(f"refused: out of stock   {out_of_stock}")
        print(f"other errors            {len(errors)}" + (f"  (first: {errors[0]})" if errors else ""))
        print(f"limited SKU sold        {found['limited_sold']} of {args.stock} in stock")
        print(f"oversells               {found['oversells']}")
        print(f"lost writes             {found['lost']}")
        print(f"duplicate charges       {found['duplicates']}  ({found['retried_keys']} keys retried)")
        print(f"wall time               {elapsed:.1f} s")
        print(
            f"throughput              {attempts / elapsed:.1f} checkouts/s (prepare+complete, incl. refusals)"
        )
        ok = found["oversells"] == 0 and found["lost"] == 0 and found["duplicates"] == 0 and not errors
        print("result                  " + ("OK" if ok else "FAILED"))
        return 0 if ok else 1
    finally:
        if args.keep:
            print(f"state file kept in {home}", file=sys.stderr)
        else:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
