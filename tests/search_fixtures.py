"""A ~50-product catalog for search tests, built deterministically, plus helpers to import it."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from catalog_fixtures import make_deps, write_jsonl

from shopagent.deps import Deps
from shopagent.testing import FakeEmbedder

BRANDS = ["Alpina", "TrailCo", "O'Neil", "Ünique", "SoundMax"]
COLORS = ["black", "brown", "grey"]
SIZES = ["8", "9", "10", "11"]


def _boot(i: int, rng: random.Random) -> dict[str, Any]:
    waterproof = i % 2 == 0
    material = ["leather", "suede", "synthetic"][i % 3]
    base = rng.choice([79, 99, 129, 149, 189, 229, 259])
    variants = []
    for color in COLORS[: 1 + i % 3]:
        for size in SIZES:
            price = base + (10 if size == "11" else 0)
            stock = 0 if (i + int(size)) % 4 == 0 else rng.randint(1, 9)
            variants.append(
                {
                    "sku": f"boot-{i}-{color}-{size}",
                    "options": {"size": size, "color": color},
                    "price": price,
                    "stock": stock,
                }
            )
    return {
        "id": f"boot-{i}",
        "title": f"{'Waterproof ' if waterproof else ''}{material.title()} Hiking Boot {i}",
        "brand": BRANDS[i % 4],
        "category": "Footwear > Boots > Hiking",
        "description": f"A {material} hiking boot for rough trails.",
        "attributes": {"material": material, "waterproof": "yes" if waterproof else "no"},
        "tags": ["hiking", "boots"],
        "rating": round(rng.uniform(2.5, 5.0), 1),
        "review_count": rng.randint(0, 300),
        "variants": variants,
    }


def _runner(i: int, rng: random.Random) -> dict[str, Any]:
    return {
        "id": f"run-{i}",
        "title": f"Road Running Shoe {i}",
        "brand": BRANDS[(i + 1) % 4],
        "category": "Footwear > Shoes > Running",
        "description": "Light cushioned running shoe for road miles.",
        "attributes": {"material": "mesh"},
        "rating": None if i % 5 == 0 else round(rng.uniform(3.0, 5.0), 1),
        "review_count": rng.randint(0, 80),
        "variants": [
            {
                "sku": f"run-{i}-{size}",
                "options": {"size": size, "color": "white"},
                "price": 60 + 10 * i + int(size),
                "stock": (i + int(size)) % 3,
            }
            for size in SIZES
        ],
    }


def _simple(
    pid: str,
    title: str,
    category: str,
    brand: str,
    price: float,
    stock: int,
    rating: float | None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "id": pid,
        "title": title,
        "category": category,
        "brand": brand,
        "price": price,
        "stock": stock,
        "rating": rating,
        "review_count": 10,
        **extra,
    }


def build_catalog() -> list[dict[str, Any]]:
    rng = random.Random(7)
    rows = [_boot(i, rng) for i in range(16)]
    rows += [_runner(i, rng) for i in range(10)]
    for i in range(10):
        rows.append(
            _simple(
                f"buds-{i}",
                f"Wireless Earbuds {['Pro', 'Lite', 'Max', 'Sport', 'Mini'][i % 5]} {i}",
                "Electronics > Audio > Earbuds",
                "SoundMax" if i % 2 else "Ünique",
                round(19.99 + 15 * i, 2),
                i % 3,
                round(3.0 + (i % 5) * 0.45, 1),
                attributes={"connectivity": "bluetooth", "noise_cancelling": "yes" if i % 2 else "no"},
            )
        )
    for i in range(8):
        rows.append(
            _simple(
                f"sock-{i}",
                f"Merino Wool Hiking Socks {i}",
                "Apparel > Socks",
                BRANDS[i % 3],
                round(12.5 + 3 * i, 2),
                0 if i == 3 else 20,
                4.2,
                attributes={"material": "merino wool"},
            )
        )
    for i in range(6):
        rows.append(
            _simple(
                f"kettle-{i}",
                f"Electric Kettle {1 + i * 0.1:.1f} L",
                "Kitchen > Appliances > Kettles",
                "HomeCo",
                30 + 7 * i,
                5,
                4.0,
                attributes={"capacity": f"{1 + i * 0.1:.1f} L"},
            )
        )
    # A near duplicate and an injection-looking title (catalog text is data).
    rows.append(
        _simple("dup-1", "Wireless Earbuds Pro 0", "Electronics > Audio > Earbuds", "Ünique", 21.0, 4, 3.9)
    )
    rows.append(
        _simple(
            "evil-1", "Tent'); DROP TABLE products; --", "Outdoor > Camping > Tents", "O'Neil", 99.0, 2, 4.4
        )
    )
    return rows


CATALOG = build_catalog()
BY_ID = {row["id"]: row for row in CATALOG}


def import_catalog(home: Path, rows: list[dict[str, Any]] | None = None) -> Deps:
    """A Deps with the fixture catalog imported under `home` (fake embedder)."""
    from shopagent.catalog.store import CatalogStore

    deps = make_deps(home, FakeEmbedder())
    source = write_jsonl(home.parent / f"{home.name}-catalog.jsonl", rows or CATALOG)
    report = CatalogStore(deps).import_file(source, progress=False, replace=True)
    assert report.imported == len(rows or CATALOG), report
    return deps


def skus_of(row: dict[str, Any]) -> list[dict[str, Any]]:
    """(sku, options, price, stock) of a fixture product, as imported."""
    if row.get("variants"):
        return row["variants"]
    return [{"sku": row["id"], "options": {}, "price": row["price"], "stock": row.get("stock", 0)}]
