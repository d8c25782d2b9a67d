"""The committed sample catalog: size, shape, variety, and that the generator reproduces it exactly."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from shopagent.catalog import sample
from shopagent.errors import NotFound

REPO = Path(__file__).resolve().parents[1]
CATALOG_DIR = REPO / "sample_catalog"


def read_jsonl_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


@pytest.fixture(scope="module")
def products() -> list[dict]:
    return read_jsonl_gz(CATALOG_DIR / "products.jsonl.gz")


@pytest.fixture(scope="module")
def truth() -> list[dict]:
    return read_jsonl_gz(CATALOG_DIR / "ground_truth.jsonl.gz")


def test_size_and_categories(products):
    assert len(products) >= 2000
    tops = Counter(p["category"].split(" > ")[0] for p in products)
    assert len(tops) >= 15
    # Every top-level category is split into 2 to 4 subcategories.
    subs: dict[str, set[str]] = {}
    for p in products:
        parts = p["category"].split(" > ")
        assert len(parts) == 3, p["category"]
        subs.setdefault(parts[0], set()).add(parts[1])
    assert all(2 <= len(s) <= 4 for s in subs.values()), subs


def test_every_row_is_importable_shape(products):
    ids = [p["id"] for p in products]
    assert len(ids) == len(set(ids))
    skus: set[str] = set()
    for p in products:
        assert p["id"] and p["title"].strip()
        assert p["currency"] == "USD"
        assert isinstance(p["attributes"], dict)
        assert all(isinstance(k, str) and isinstance(v, str) for k, v in p["attributes"].items())
        if "variants" in p:
            assert "price" not in p and p["variants"]
            for v in p["variants"]:
                assert set(v) == {"sku", "options", "price", "stock"}
                assert v["sku"].startswith(p["id"] + "-")
                assert v["price"] > 0 and v["stock"] >= 0
                assert v["options"] and all(isinstance(x, str) for x in v["options"].values())
                assert v["sku"] not in skus
                skus.add(v["sku"])
        else:
            assert p["price"] > 0 and p["stock"] >= 0
        for r in p.get("reviews", []):
            assert 1 <= r["rating"] <= 5 and r["title"] and r["text"]
        if "rating" in p:
            assert 1.0 <= p["rating"] <= 5.0
            assert p["review_count"] >= len(p.get("reviews", []))


def test_catalog_varies_like_a_real_one(products, truth):
    n = len(products)
    out_of_stock = [t for t in truth if not t["in_stock"]]
    no_reviews = [p for p in products if "rating" not in p and not p.get("reviews")]
    assert 0.04 * n < len(out_of_stock) < 0.15 * n
    assert 0.05 * n < len(no_reviews) < 0.15 * n
    assert sum(1 for p in products if "variants" in p) > 0.2 * n
    assert sum(1 for t in truth if t["duplicate_of"]) > 0.03 * n
    short = [p for p in products if len(p["description"].split()) < 25]
    long = [p for p in products if len(p["description"].split()) > 100]
    assert len(short) > 0.15 * n and len(long) > 0.05 * n
    # Some variants are sold out while their siblings are not.
    assert any(
        any(v["stock"] == 0 for v in p["variants"]) and any(v["stock"] > 0 for v in p["variants"])
        for p in products
        if "variants" in p
    )


def test_ground_truth_matches_products(products, truth):
    assert [t["id"] for t in truth] == [p["id"] for p in products]
    by_id = {p["id"]: p for p in products}
    for t in truth:
        p = by_id[t["id"]]
        assert p["category"].split(" > ")[0] == t["category"]
        assert p["brand"] == t["brand"]
        prices = [v["price"] for v in p["variants"]] if "variants" in p else [p["price"]]
        assert t["price"] == min(prices)
        stocks = [v["stock"] for v in p["variants"]] if "variants" in p else [p["stock"]]
        assert t["in_stock"] == any(s > 0 for s in stocks)
        if t["duplicate_of"]:
            assert t["duplicate_of"] in by_id and t["duplicate_of"] != t["id"]


def test_waterproof_hiking_boots_under_200_has_answers_and_near_misses(truth):
    boots = [t for t in truth if t["type"] == "hiking boot"]
    wp = [t for t in boots if "waterproof" in t["features"]]
    assert len([t for t in wp if t["price"] < 200 and t["in_stock"]]) >= 8
    assert len([t for t in wp if t["price"] >= 200]) >= 3
    assert len([t for t in boots if "waterproof" not in t["features"] and t["price"] < 200]) >= 5


def test_generator_is_deterministic(tmp_path):
    subprocess.run(
        [sys.executable, str(CATALOG_DIR / "generate.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("products.jsonl.gz", "ground_truth.jsonl.gz"):
        fresh, committed = (tmp_path / name).read_bytes(), (CATALOG_DIR / name).read_bytes()
        # Compare content: gzip bytes also depend on the zlib build, which is not ours to pin.
        assert gzip.decompress(fresh) == gzip.decompress(committed), f"{name}: content differs"


def test_sample_catalog_path_finds_the_file():
    path = sample.sample_catalog_path()
    assert path.is_file()
    assert path.read_bytes() == (CATALOG_DIR / "products.jsonl.gz").read_bytes()


def test_sample_catalog_path_missing_raises_not_found(monkeypatch, tmp_path):
    monkeypatch.setattr(sample, "PACKAGED_NAME", "no-such-file.jsonl.gz")
    monkeypatch.setattr(sample, "__file__", str(tmp_path / "a" / "b" / "sample.py"))
    with pytest.raises(NotFound, match="sample catalog not found"):
        sample.sample_catalog_path()
