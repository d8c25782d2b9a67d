"""A small camping-and-hiking catalog for shopping-list tests (fake embedder, fixed prices)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from catalog_fixtures import make_deps, write_jsonl

from shopagent.deps import Deps
from shopagent.testing import FakeEmbedder


def _p(pid: str, title: str, category: str, price: float, stock: int = 5, rating: float = 4.2, **extra: Any):
    return {
        "id": pid,
        "title": title,
        "brand": extra.pop("brand", "Alpina"),
        "category": category,
        "price": price,
        "stock": stock,
        "rating": rating,
        "review_count": extra.pop("review_count", 40),
        **extra,
    }


PLAN_CATALOG: list[dict[str, Any]] = [
    _p("tent-1", "Four Person Camping Tent", "Outdoor > Camping > Tents", 189.0, rating=4.6),
    _p("tent-2", "Two Person Backpacking Tent", "Outdoor > Camping > Tents", 129.0, rating=4.1),
    _p("tent-3", "Ultralight Camping Tent Pro", "Outdoor > Camping > Tents", 349.0, stock=0, rating=4.9),
    _p("bag-1", "Down Sleeping Bag", "Outdoor > Camping > Sleeping Bags", 149.0, rating=4.7),
    _p("bag-2", "Synthetic Sleeping Bag", "Outdoor > Camping > Sleeping Bags", 59.0, rating=4.0),
    _p("bag-3", "Kids Sleeping Bag", "Outdoor > Camping > Sleeping Bags", 35.0, rating=3.9),
    _p("pad-1", "Inflatable Sleeping Pad", "Outdoor > Camping > Sleeping Pads", 79.0, rating=4.4),
    _p("pad-2", "Foam Sleeping Pad", "Outdoor > Camping > Sleeping Pads", 25.0, rating=3.8),
    _p("stove-1", "Compact Camping Stove", "Outdoor > Camping > Stoves", 45.0, rating=4.5),
    _p("lamp-1", "Rechargeable Headlamp", "Outdoor > Hiking > Headlamps", 29.0, rating=4.3),
    _p("lamp-2", "Basic Headlamp", "Outdoor > Hiking > Headlamps", 12.0, rating=3.6),
    _p("bottle-1", "Insulated Water Bottle", "Outdoor > Hiking > Water Bottles", 24.0, rating=4.5),
    _p("bottle-2", "Plastic Water Bottle", "Outdoor > Hiking > Water Bottles", 8.5, rating=3.9),
    _p("boot-1", "Waterproof Hiking Boots", "Footwear > Boots > Hiking", 139.0, rating=4.5),
    _p("boot-2", "Budget Hiking Boots", "Footwear > Boots > Hiking", 69.0, rating=3.7),
    _p("kettle-1", "Electric Kettle", "Kitchen > Appliances > Electric Kettles", 35.0, rating=4.1),
    _p("mug-1", "Steel Travel Mug", "Kitchen > Drinkware > Travel Mugs", 19.0, rating=4.2),
]


def import_plan_catalog(home: Path, rows: list[dict[str, Any]] | None = None) -> Deps:
    from shopagent.catalog.store import CatalogStore

    deps = make_deps(home, FakeEmbedder())
    source = write_jsonl(home.parent / f"{home.name}-plan.jsonl", rows or PLAN_CATALOG)
    CatalogStore(deps).import_file(source, progress=False, replace=True)
    return deps
