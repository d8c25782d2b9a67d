"""The catalog on S3-compatible object storage, through real S3 API calls to a local moto server."""

from __future__ import annotations

import json
import shutil
import uuid

import pytest
from catalog_fixtures import SMALL_CATALOG, make_deps, product, write_jsonl
from s3_fixtures import ACCESS_KEY, REGION, SECRET_KEY, keys_under, moto_server, s3_client
from typer.testing import CliRunner

import shopagent.catalog.embed as embed_module
from shopagent.catalog.store import CatalogStore
from shopagent.cli.main import app
from shopagent.errors import CorruptState, InvalidInput
from shopagent.testing import FakeEmbedder

PREFIX = "shop/catalog"


@pytest.fixture(scope="module")
def endpoint():
    with moto_server() as url:
        yield url


@pytest.fixture
def bucket(endpoint, monkeypatch):
    name = f"catalog-{uuid.uuid4().hex[:10]}"
    client = s3_client(endpoint)
    client.create_bucket(Bucket=name)
    for var in ("AWS_PROFILE", "AWS_ENDPOINT_URL_S3", "AWS_SESSION_TOKEN", "AWS_DEFAULT_REGION"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", ACCESS_KEY)
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
    monkeypatch.setenv("AWS_REGION", REGION)
    monkeypatch.setenv("SHOPAGENT_CATALOG_URI", f"s3://{name}/{PREFIX}")
    return client, name


def _versions(client, bucket):
    # (deleting a version leaves an empty "directory" marker object for the prefix itself)
    return sorted({k.split("/")[2] for k in keys_under(client, bucket, PREFIX + "/")} - {""})


def test_import_writes_versions_to_s3_and_the_state_stays_local(bucket, isolated_home, tmp_path):
    client, name = bucket
    store = CatalogStore(make_deps(isolated_home))
    report = store.import_file(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG), progress=False)
    version = report.version
    keys = keys_under(client, name, f"{PREFIX}/{version}/")
    names = {k.removeprefix(f"{PREFIX}/{version}/") for k in keys}
    assert {
        "manifest.json",
        "products.parquet",
        "variants.parquet",
        "reviews.parquet",
        "facets.json",
    } <= names
    assert any(n.startswith("lance/products.lance/") for n in names)
    # Only the lock and the state file are local; no version directory on disk.
    assert [p.name for p in (isolated_home / "catalog").iterdir()] == [".lock"]
    assert (isolated_home / "state.db").is_file()
    assert store.state.get_meta("catalog_version") == version

    fresh = CatalogStore(make_deps(isolated_home))  # another process: nothing cached
    shutil.rmtree(isolated_home / "cache" / "catalog")
    assert fresh.stats()["path"] == f"s3://{name}/{PREFIX}/{version}"
    assert fresh.get_product("boot-1")["variants"][0]["sku"] == "boot-1-9-brown"
    hits = fresh.table().search("kettle", query_type="fts").limit(3).to_list()
    assert [h["product_id"] for h in hits] == ["kettle-1"]
    assert fresh.facet_values()["brands"] == ["Alpina", "HomeCo"]


def test_versions_flip_and_old_ones_are_deleted_from_the_bucket(bucket, isolated_home, tmp_path):
    client, name = bucket
    store = CatalogStore(make_deps(isolated_home))
    first = store.import_file(write_jsonl(tmp_path / "a.jsonl", SMALL_CATALOG), progress=False).version
    second = store.import_file(
        write_jsonl(tmp_path / "b.jsonl", [product("new-1", "Camp Stove", 45, stock=3)]), progress=False
    ).version
    assert _versions(client, name) == sorted([first, second])
    assert store.stats()["products"] == 4  # upsert: the base version's products were carried over
    third = store.import_file(
        write_jsonl(tmp_path / "c.jsonl", [product("new-2", "Lantern", 20)]), replace=True, progress=False
    ).version
    assert _versions(client, name) == sorted([second, third])
    assert store.stats()["products"] == 1 and store.get_product("boot-1") is None
    mirrors = sorted(p.name for p in (isolated_home / "cache" / "catalog").iterdir())
    assert first not in mirrors


def test_a_failed_import_leaves_nothing_in_the_bucket(bucket, isolated_home, tmp_path, monkeypatch):
    client, name = bucket
    store = CatalogStore(make_deps(isolated_home))
    before = store.import_file(write_jsonl(tmp_path / "a.jsonl", SMALL_CATALOG), progress=False).version

    def crash(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(CatalogStore, "_set_current", crash)
    with pytest.raises(RuntimeError):
        store.import_file(write_jsonl(tmp_path / "b.jsonl", [product("x", "X", 1)]), progress=False)
    monkeypatch.undo()
    assert store.version == before and _versions(client, name) == [before]
    assert store.get_product("x") is None and store.get_product("kettle-1") is not None


def test_price_feed_rewrites_filter_columns_in_the_s3_table(bucket, isolated_home, tmp_path):
    store = CatalogStore(make_deps(isolated_home))
    store.import_file(write_jsonl(tmp_path / "a.jsonl", SMALL_CATALOG), progress=False)
    feed = tmp_path / "feed.csv"
    feed.write_text("sku,price,stock\nkettle-1,31.00,0\n")
    assert store.update_prices(feed).updated == 1
    reopened = CatalogStore(make_deps(isolated_home))
    row = reopened.table().search().where("product_id = 'kettle-1'").limit(1).to_list()[0]
    assert (row["price_min_minor"], row["in_stock"]) == (3100, False)


def test_missing_bucket_and_moved_location_are_one_line_errors(bucket, isolated_home, tmp_path, monkeypatch):
    _, name = bucket
    store = CatalogStore(make_deps(isolated_home))
    store.import_file(write_jsonl(tmp_path / "a.jsonl", SMALL_CATALOG), progress=False)
    monkeypatch.setenv("SHOPAGENT_CATALOG_URI", "s3://no-such-bucket-here/x")
    other = CatalogStore(make_deps(isolated_home))
    with pytest.raises(
        CorruptState, match=f"stored at s3://{name}/{PREFIX}, but the catalog location is now"
    ):
        other.stats()
    with pytest.raises(InvalidInput, match="bucket 'no-such-bucket-here' does not exist"):
        other.import_file(write_jsonl(tmp_path / "b.jsonl", [product("x", "X", 1)]), replace=True)
    monkeypatch.delenv("SHOPAGENT_CATALOG_URI")
    with pytest.raises(CorruptState, match="but the catalog location is now local"):
        CatalogStore(make_deps(isolated_home)).stats()


def test_config_key_and_cli_search_on_an_s3_catalog(bucket, isolated_home, tmp_path, monkeypatch):
    _, name = bucket
    monkeypatch.setattr(embed_module, "default_embedder", lambda paths=None: FakeEmbedder())
    monkeypatch.delenv("SHOPAGENT_CATALOG_URI")
    runner = CliRunner()
    assert runner.invoke(app, ["config", "set", "catalog_uri", "ftp://x"]).exit_code == 1
    result = runner.invoke(app, ["config", "set", "catalog_uri", f"s3://{name}/via-config"])
    assert result.exit_code == 0, result.stderr
    imported = runner.invoke(
        app, ["catalog", "import", str(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG)), "--json"]
    )
    assert imported.exit_code == 0, imported.stderr
    version = json.loads(imported.stdout)["version"]
    client, _ = bucket
    assert keys_under(client, name, f"via-config/{version}/manifest.json") == [
        f"via-config/{version}/manifest.json"
    ]
    assert (
        json.loads(runner.invoke(app, ["paths", "--json"]).stdout)["catalog_uri"] == f"s3://{name}/via-config"
    )
    found = runner.invoke(app, ["search", "electric kettle", "--json"])
    assert found.exit_code == 0, found.stderr
    assert json.loads(found.stdout)["results"][0]["product_id"] == "kettle-1"
