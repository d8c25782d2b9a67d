"""Test helpers for the catalog: tiny catalogs on disk, imported with shopagent.testing.FakeEmbedder."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shopagent.deps import Deps
from shopagent.paths import Paths
from shopagent.testing import FakeEmbedder


def make_deps(home: Path, embedder: FakeEmbedder | None = None) -> Deps:
    return Deps(paths=Paths(home), embedder_override=embedder or FakeEmbedder())


def product(pid: str, title: str, price: float | str = 10, **extra: Any) -> dict[str, Any]:
    return {"id": pid, "title": title, "price": price, **extra}


SMALL_CATALOG: list[dict[str, Any]] = [
    {
        "id": "boot-1",
        "title": "TrailMaster Waterproof Hiking Boot",
        "brand": "Alpina",
        "category": "Footwear > Boots > Hiking",
        "description": "A waterproof leather hiking boot with a grippy sole.",
        "attributes": {"material": "leather", "waterproof": "yes"},
        "tags": ["hiking", "waterproof"],
        "rating": 4.5,
        "reviews": [{"rating": 5, "title": "Dry feet", "text": "Kept my feet dry all day."}],
        "variants": [
            {
                "sku": "boot-1-9-brown",
                "options": {"size": "9", "color": "brown"},
                "price": "149.99",
                "stock": 3,
            },
            {
                "sku": "boot-1-10-brown",
                "options": {"size": "10", "color": "brown"},
                "price": "149.99",
                "stock": 0,
            },
            {
                "sku": "boot-1-11-black",
                "options": {"size": "11", "color": "black"},
                "price": "159.99",
                "stock": 2,
            },
        ],
    },
    {
        "id": "kettle-1",
        "title": "Steel Electric Kettle 1.7 L",
        "brand": "HomeCo",
        "category": "Kitchen > Appliances",
        "description": "Boils water fast.",
        "attributes": {"capacity": "1.7 L"},
        "price": 39.5,
        "stock": 12,
        "rating": 4.1,
    },
    {
        "id": "tent-1",
        "title": "Two Person Backpacking Tent",
        "brand": "Alpina",
        "category": "Outdoor > Camping > Tents",
        "description": "Light tent for two.",
        "price": "249.00",
        "stock": 0,
    },
]


def write_jsonl(path: Path, rows: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def catalog_deps(
    home: Path, rows: list[dict[str, Any]] | None = None, embedder: FakeEmbedder | None = None
) -> Deps:
    """Deps whose catalog is `rows` (default SMALL_CATALOG), imported with the fake embedder.

    Use this instead of touching `deps.catalog` on an empty home, which would index the whole
    sample catalog (seconds per test).
    """
    from shopagent.catalog.store import CatalogStore

    deps = make_deps(home, embedder)
    home.mkdir(parents=True, exist_ok=True)
    source = write_jsonl(home / "fixture-catalog.jsonl", rows if rows is not None else SMALL_CATALOG)
    CatalogStore(deps).import_file(source, replace=True, progress=False)
    return deps
