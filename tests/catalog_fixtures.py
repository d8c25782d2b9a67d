"""Test helpers for the catalog: a fast deterministic fake embedder and tiny catalogs on disk."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import numpy as np

from shopagent.deps import Deps
from shopagent.paths import Paths


class FakeEmbedder:
    """Hashed bag of words: texts sharing words get similar vectors. Counts what it embeds."""

    identity = "fake-bow-64"
    dim = 64

    def __init__(self) -> None:
        self.passages_embedded = 0
        self.calls = 0

    def _vector(self, text: str) -> np.ndarray:
        vec = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            digest = hashlib.blake2b(word.encode(), digest_size=4).digest()
            vec[int.from_bytes(digest, "little") % self.dim] += 1.0
        norm = float(np.linalg.norm(vec))
        return vec / norm if norm else vec

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        self.passages_embedded += len(texts)
        return np.stack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


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
