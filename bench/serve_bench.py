"""Serve bench: search and create-checkout requests per second, p50 and p95, over MCP and HTTP.

Starts the real servers as `shopagent serve mcp` (stdio, driven by the MCP SDK's client) and
`shopagent serve http` (uvicorn on 127.0.0.1, a random free port) on a fresh SHOPAGENT_HOME holding the
sample catalog, then runs bounded request loops: warm-up calls first (the catalog and the embedder load
on first use), then N sequential calls of each kind, then the same over HTTP with several client
threads. Only loopback traffic; every loop has a count and a time bound; the servers are stopped.

    python bench/serve_bench.py [--requests 200] [--threads 4] [--max-seconds 120] [--keep]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

QUERIES = [
    "waterproof hiking boots",
    "rain jacket under 150",
    "wireless earbuds",
    "merino wool socks",
    "camping tent for two",
    "running shoes size 10",
    "insulated water bottle",
    "backpack 30 liters",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"server did not listen on {port}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def summary(label: str, latencies: list[float], wall: float) -> dict:
    ms = sorted(x * 1000 for x in latencies)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
    row = {
        "run": label,
        "requests": len(ms),
        "req_per_s": round(len(ms) / wall, 1),
        "p50_ms": round(statistics.median(ms), 1),
        "p95_ms": round(p95, 1),
    }
    print(
        f"{label:<38} {row['requests']:>5} req  {row['req_per_s']:>7.1f} req/s  "
        f"p50 {row['p50_ms']:>7.1f} ms  p95 {row['p95_ms']:>7.1f} ms",
        flush=True,
    )
    return row


def _loop(call, n: int, max_seconds: float) -> tuple[list[float], float]:
    latencies: list[float] = []
    started = time.perf_counter()
    for i in range(n):
        t = time.perf_counter()
        call(i)
        latencies.append(time.perf_counter() - t)
        if time.perf_counter() - started > max_seconds:
            break
    return latencies, time.perf_counter() - started


def bench_mcp(env: dict, n: int, max_seconds: float) -> tuple[list[dict], list[str]]:
    import anyio
    from mcp.client.client import Client
    from mcp.client.stdio import StdioServerParameters

    rows: list[dict] = []
    skus: list[str] = []

    async def main() -> None:
        params = StdioServerParameters(
            command=sys.executable, args=["-m", "shopagent", "serve", "mcp"], env=env
        )
        async with Client(params, read_timeout_seconds=120) as client:

            async def search(i: int) -> dict:
                result = await client.call_tool(
                    "search_catalog", {"query": QUERIES[i % len(QUERIES)], "limit": 5}
                )
                assert not result.is_error, result.content
                return result.structured_content

            for q in range(len(QUERIES)):  # warm-up: catalog, embedder, caches
                for item in (await search(q))["items"]:
                    if item["in_stock"] and item["sku"] not in skus:
                        skus.append(item["sku"])

            async def timed(kind: str, call) -> None:
                latencies: list[float] = []
                started = time.perf_counter()
                for i in range(n):
                    t = time.perf_counter()
                    await call(i)
                    latencies.append(time.perf_counter() - t)
                    if time.perf_counter() - started > max_seconds:
                        break
                rows.append(summary(f"mcp stdio  {kind}", latencies, time.perf_counter() - started))

            async def checkout(i: int) -> None:
                line = {"item": {"id": skus[i % len(skus)]}, "quantity": 1}
                result = await client.call_tool("create_checkout", {"line_items": [line]})
                assert not result.is_error, result.content

            await timed("search_catalog", search)
            await timed("create_checkout", checkout)

    anyio.run(main)
    return rows, skus


def bench_http(
    env: dict, home: Path, skus: list[str], n: int, threads: int, max_seconds: float
) -> list[dict]:
    import httpx

    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "shopagent", "serve", "http", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    rows = []
    try:
        _wait(port, proc)
        token = (home / "keys" / "api_token").read_text().strip()
        client = httpx.Client(
            base_url=f"http://127.0.0.1:{port}", headers={"Authorization": f"Bearer {token}"}, timeout=60
        )
        run_id = f"{os.getpid()}-{time.time_ns()}"

        def search(i: int) -> None:
            r = client.get("/products/search", params={"query": QUERIES[i % len(QUERIES)], "limit": 5})
            assert r.status_code == 200, r.text

        def checkout(i: int) -> None:
            body = {"items": [{"id": skus[i % len(skus)], "quantity": 1}]}
            r = client.post(
                "/checkout_sessions", json=body, headers={"Idempotency-Key": f"bench-{run_id}-{i}"}
            )
            assert r.status_code == 201, r.text

        for q in range(len(QUERIES)):
            search(q)
        for kind, call in (("search", search), ("create checkout", checkout)):
            latencies, wall = _loop(call, n, max_seconds)
            rows.append(summary(f"http 1 client  {kind}", latencies, wall))
        offset = n * 10  # fresh idempotency keys for the threaded run

        for kind, call in (("search", search), ("create checkout", lambda i: checkout(offset + i))):
            latencies = []
            started = time.perf_counter()

            def one(i: int, call=call) -> float:
                t = time.perf_counter()
                call(i)
                return time.perf_counter() - t

            with ThreadPoolExecutor(threads) as pool:
                latencies = list(pool.map(one, range(n)))
            rows.append(summary(f"http {threads} clients  {kind}", latencies, time.perf_counter() - started))
        client.close()
    finally:
        _stop(proc)
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200, help="calls per run (bounded)")
    parser.add_argument("--threads", type=int, default=4, help="HTTP client threads in the concurrent run")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="time bound of each sequential run")
    parser.add_argument("--json", action="store_true", help="print the rows as JSON at the end")
    parser.add_argument("--keep", action="store_true", help="keep the temporary SHOPAGENT_HOME")
    args = parser.parse_args()
    n = max(1, min(args.requests, 10_000))

    home = Path(tempfile.mkdtemp(prefix="serve-bench-")) / "home"
    env = {**os.environ, "SHOPAGENT_HOME": str(home)}
    try:
        t = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "shopagent", "catalog", "stats", "--json"],
            env=env, check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        print(f"sample catalog indexed in {time.perf_counter() - t:.1f} s; {n} requests per run", flush=True)
        rows, skus = bench_mcp(env, n, args.max_seconds)
        if not skus:
            raise SystemExit("no in-stock SKU found to check out")
        rows += bench_http(env, home, skus, n, max(1, args.threads), args.max_seconds)
        if args.json:
            print(json.dumps(rows, indent=2))
    finally:
        if not args.keep:
            shutil.rmtree(home.parent, ignore_errors=True)


if __name__ == "__main__":
    main()
