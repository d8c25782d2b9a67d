"""A small catalog for the serve tests, and the launcher that runs a real server process on it.

`python tests/serve_fixtures.py mcp|http HOME [PORT]` starts the same server `shopagent serve` starts,
with the tests' fake embedder (the catalog was imported with it, and queries must be embedded alike).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent

CATALOG: list[dict[str, Any]] = [
    {
        "id": "jacket-1",
        "title": "Waterproof Rain Jacket",
        "brand": "TrailCo",
        "category": "Clothing > Jackets > Rain",
        "description": "A light waterproof rain jacket with taped seams.",
        "rating": 4.6,
        "review_count": 2,
        "reviews": [
            {"rating": 5, "title": "Dry", "text": "Kept me dry in heavy rain. Great hood."},
            {"rating": 4, "title": "Good", "text": "Waterproof and light, the zip is stiff."},
        ],
        "variants": [
            {"sku": "jacket-1-m", "options": {"size": "M"}, "price": 89.0, "stock": 10},
            {"sku": "jacket-1-l", "options": {"size": "L"}, "price": 89.0, "stock": 2},
        ],
    },
    {
        "id": "sock-1",
        "title": "Merino Wool Hiking Socks",
        "brand": "Alpina",
        "category": "Clothing > Socks",
        "description": "Warm merino wool socks for long hikes.",
        "price": 12.99,
        "stock": 100,
        "rating": 4.2,
    },
    {
        "id": "boot-1",
        "title": "Leather Hiking Boot",
        "brand": "Alpina",
        "category": "Footwear > Boots > Hiking",
        "description": "A sturdy leather hiking boot for rough trails.",
        "price": 149.0,
        "stock": 3,
        "rating": 4.8,
    },
    {
        "id": "tent-1",
        "title": "Two-person Tent",
        "brand": "TrailCo",
        "category": "Camping > Tents",
        "description": "A small dome tent for two.",
        "price": 249.0,
        "stock": 0,
        "rating": 3.9,
    },
]


def build_home(home: Path) -> Path:
    """Import the catalog under `home` with the fake embedder."""
    from catalog_fixtures import make_deps, write_jsonl

    from shopagent.catalog.store import CatalogStore
    from shopagent.testing import FakeEmbedder

    home.mkdir(parents=True, exist_ok=True)
    deps = make_deps(home, FakeEmbedder())
    source = write_jsonl(home.parent / "serve-catalog.jsonl", CATALOG)
    CatalogStore(deps).import_file(source, progress=False, replace=True)
    deps.close()
    return home


def shared_home(tmp_path_factory: Any) -> Path:
    """The catalog home, built once per test run; tests take a copy before writing."""
    home = tmp_path_factory.getbasetemp() / "serve-catalog" / "home"
    if not (home / "state.db").exists():
        build_home(home)
    return home


def copy_home(tmp_path_factory: Any, dest: Path) -> Path:
    shutil.copytree(shared_home(tmp_path_factory), dest)
    return dest


def server_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SHOPAGENT_")}
    env.update({"SHOPAGENT_HOME": str(home), "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)])})
    return env


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited early with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server did not listen on {port} within {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=15)
    for pipe in (proc.stdin, proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()


def _main(argv: list[str]) -> None:
    from shopagent.deps import Deps
    from shopagent.paths import Paths
    from shopagent.serve.launch import run_http, run_mcp
    from shopagent.testing import FakeEmbedder

    kind, home = argv[0], Path(argv[1])
    deps = Deps(paths=Paths(home), embedder_override=FakeEmbedder())
    if kind == "mcp":
        run_mcp(deps, http_port=int(argv[2]) if len(argv) > 2 else None)
    else:
        run_http(deps, port=int(argv[2]))


if __name__ == "__main__":
    _main(sys.argv[1:])
