"""Price/stock feeds, stats, DuckDB views over live inventory, and the first-run bootstrap."""

from __future__ import annotations

import gzip
import json

import numpy as np
import pytest
from catalog_fixtures import SMALL_CATALOG, catalog_deps, make_deps, write_jsonl

from shopagent.catalog.embed import EmbeddingCache, safe_identity, text_hash
from shopagent.catalog.models import parse_product
from shopagent.catalog.store import CatalogStore, build_search_text
from shopagent.errors import InvalidInput, ShopError
from shopagent.testing import FakeEmbedder


@pytest.fixture
def store(isolated_home):
    return catalog_deps(isolated_home).catalog


def _vectors(store):
    rows = store.table().search().select(["product_id", "vector"]).to_list()
    return {r["product_id"]: np.asarray(r["vector"]) for r in rows}


def test_update_prices_changes_live_values_and_filters_without_reembedding(store, tmp_path):
    vectors_before = _vectors(store)
    feed = tmp_path / "feed.csv"
    feed.write_text(
        "sku,price,stock\nkettle-1,35.00,\nboot-1-9-brown,,0\nboot-1-11-black,120,\nghost,1,1\ntent-1,abc,\n"
        "tent-1,,5\n"
    )
    report = store.update_prices(feed)
    assert (report.updated, report.skipped, report.products_refreshed) == (4, 2, 3)
    assert [(e.row, e.reason) for e in report.errors] == [
        (5, "unknown sku 'ghost'"),
        (6, "price 'abc' is not a number"),
    ]
    live = store.live(["kettle-1", "boot-1-9-brown", "tent-1"])
    assert (live["kettle-1"].price_minor, live["kettle-1"].stock) == (3500, 12)
    assert live["boot-1-9-brown"].stock == 0 and live["tent-1"].stock == 5
    boot = store.get_product("boot-1")
    assert (boot["price_min_minor"], boot["price_max_minor"]) == (
        12000,
        12000,
    )  # only the black one is in stock
    rows = {r["product_id"]: r for r in store.table().search().to_list()}
    assert rows["tent-1"]["in_stock"] is True and rows["kettle-1"]["price_min_minor"] == 3500
    assert rows["boot-1"]["price_min_minor"] == 12000
    assert store.duckdb().execute("SELECT in_stock FROM products WHERE product_id = 'tent-1'").fetchone() == (
        True,
    )
    after = _vectors(store)
    assert all(np.array_equal(vectors_before[k], after[k]) for k in vectors_before)


def test_update_prices_strict_changes_nothing(store, tmp_path):
    feed = write_jsonl(
        tmp_path / "feed.jsonl", [{"sku": "kettle-1", "price": 1}, {"sku": "kettle-1", "stock": -1}]
    )
    with pytest.raises(InvalidInput, match="row 2: .*nothing was changed"):
        store.update_prices(feed, strict=True)
    assert store.live(["kettle-1"])["kettle-1"].price_minor == 3950


def test_duckdb_inventory_view_follows_live_changes(store):
    con = store.duckdb()
    assert con.execute("SELECT stock FROM inventory WHERE sku = 'kettle-1'").fetchone() == (12,)
    with store.state.tx() as conn:
        conn.execute("UPDATE inventory SET stock = 0 WHERE sku = 'kettle-1'")
    con = store.duckdb()
    assert con.execute("SELECT stock FROM variants WHERE sku = 'kettle-1'").fetchone() == (0,)
    assert con.execute("SELECT in_stock FROM products WHERE product_id = 'kettle-1'").fetchone() == (False,)
    assert con.execute("SELECT stock FROM variants_snapshot WHERE sku = 'kettle-1'").fetchone() == (12,)


def test_stats_shape(store):
    stats = store.stats()
    assert {
        k: stats[k] for k in ("products", "variants", "categories", "brands", "in_stock_products", "reviews")
    } == {
        "products": 3,
        "variants": 5,
        "categories": 3,
        "brands": 2,
        "in_stock_products": 2,
        "reviews": 1,
    }
    assert stats["embedder"] == FakeEmbedder.identity and stats["fts_index"] is True
    assert stats["version"] == store.version and stats["vector_index"] is False


def _tiny_sample(tmp_path):
    path = tmp_path / "sample" / "products.jsonl.gz"
    path.parent.mkdir()
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for row in SMALL_CATALOG:
            fh.write(json.dumps(row) + "\n")
    return path


def test_first_run_imports_the_sample_using_precomputed_vectors(isolated_home, tmp_path, monkeypatch):
    sample = _tiny_sample(tmp_path)
    embedder = FakeEmbedder()
    texts = [build_search_text(parse_product(row)) for row in SMALL_CATALOG]
    np.savez(
        sample.parent / f"vectors-{safe_identity(embedder.identity)}.npz",
        identity=np.array(embedder.identity),
        hashes=np.array([text_hash(t) for t in texts]),
        vectors=np.stack([FakeEmbedder().embed_passages([t])[0] for t in texts]).astype(np.float16),
    )
    monkeypatch.setattr(CatalogStore, "_sample_path", lambda self: sample)
    deps = make_deps(isolated_home, embedder)
    assert deps.catalog.stats()["products"] == 3  # Deps.catalog runs ensure_ready()
    assert embedder.passages_embedded == 0
    cache = EmbeddingCache(deps.paths.embedding_cache, embedder.identity)
    assert cache.count() == 3
    cache.close()
    # a second store on the same home does not import again
    version = deps.catalog.version
    CatalogStore(make_deps(isolated_home, embedder)).ensure_ready()
    assert CatalogStore(make_deps(isolated_home)).version == version


def test_first_run_without_a_sample_is_a_one_line_error(isolated_home, monkeypatch, tmp_path):
    import shopagent.catalog.store as store_module

    missing = tmp_path / "nowhere" / "products.jsonl.gz"
    monkeypatch.setattr(store_module.CatalogStore, "_sample_path", CatalogStore._sample_path)

    def fake_path():
        return missing

    import types

    fake = types.ModuleType("shopagent.catalog.sample")
    fake.sample_catalog_path = fake_path
    monkeypatch.setitem(__import__("sys").modules, "shopagent.catalog.sample", fake)
    with pytest.raises(ShopError, match="sample catalog is missing") as info:
        CatalogStore(make_deps(isolated_home)).ensure_ready()
    assert "catalog import PATH" in str(info.value)


def test_lancedb_import_defers_the_rest_client_but_keeps_it_usable():
    import subprocess
    import sys

    api = "lance_namespace_urllib3_client.api.table_api"
    code = (
        "import sys; from shopagent.catalog.lance import import_lancedb; import_lancedb();"
        f"print({api!r} in sys.modules);"
        "import lance_namespace_urllib3_client as c; c.ApiClient;"
        f"print({api!r} in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]


def test_lance_namespace_loads_without_every_rest_model_and_resolves_them_on_use():
    import subprocess
    import sys

    code = (
        "import sys; from shopagent.catalog.lance import import_lancedb; import_lancedb();"
        "pre = 'lance_namespace_urllib3_client.models.'; n = sum(m.startswith(pre) for m in sys.modules);"
        "import lance_namespace as ns;"
        "from lance_namespace_urllib3_client.models.create_table_request import CreateTableRequest;"
        "print(n < 60, ns.CreateEmptyTableRequest is CreateTableRequest,"
        " ns.ListTablesResponse.__name__, issubclass(ns.LanceNamespace, object))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "ListTablesResponse", "True"], out.stderr


def test_a_module_that_reads_a_model_name_at_run_time_is_imported_normally():
    import ast

    from shopagent.catalog.lance import _uses_outside_annotations

    annotated = ast.parse("def f(r: Req) -> Resp:\n    return 1\nx: Req = None\n").body
    assert not _uses_outside_annotations(annotated, {"Req", "Resp"})
    used = ast.parse("def f(r: Req) -> Resp:\n    return Resp()\n").body
    assert _uses_outside_annotations(used, {"Req", "Resp"})
