"""Catalog import: formats, column mapping, bad rows by row number, strict mode, atomicity."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from catalog_fixtures import SMALL_CATALOG, make_deps, product, write_jsonl

from shopagent.catalog.store import CatalogStore
from shopagent.errors import InvalidInput, NotFound, ShopError, UsageError
from shopagent.testing import FakeEmbedder


@pytest.fixture
def store(isolated_home):
    return CatalogStore(make_deps(isolated_home))


def test_jsonl_import_builds_lancedb_parquet_and_inventory(store, tmp_path):
    report = store.import_file(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG), progress=False)
    assert (report.imported, report.skipped, report.products, report.variants) == (3, 0, 3, 5)

    boot = store.get_product("boot-1")
    assert boot["brand"] == "Alpina" and boot["category"] == "Footwear > Boots > Hiking"
    assert boot["attributes"] == {"material": "leather", "waterproof": "yes"}
    assert boot["options"] == {"size": ["9", "10", "11"], "color": ["brown", "black"]}
    assert [v["sku"] for v in boot["variants"]] == ["boot-1-9-brown", "boot-1-10-brown", "boot-1-11-black"]
    assert boot["price_min_minor"] == 14999 and boot["price_max_minor"] == 15999
    assert boot["reviews"][0]["text"] == "Kept my feet dry all day."
    assert store.get_product("missing") is None

    table = store.table()
    assert table.count_rows() == 3
    row = table.search().where("product_id = 'tent-1'").limit(1).to_list()[0]
    assert (row["category_l1"], row["in_stock"], row["price_min_minor"]) == ("outdoor", False, 24900)
    assert len(row["vector"]) == FakeEmbedder.dim
    hits = table.search("kettle", query_type="fts").limit(3).to_list()
    assert [h["product_id"] for h in hits] == ["kettle-1"]
    kinds = {i.columns[0]: i.index_type for i in table.list_indices()}
    assert (
        kinds["search_text"] == "FTS" and kinds["price_min_minor"] == "BTree" and kinds["brand"] == "Bitmap"
    )
    assert kinds["category"] == "Bitmap"

    live = store.live(["kettle-1", "boot-1-10-brown", "nope"])
    assert set(live) == {"kettle-1", "boot-1-10-brown"}
    assert (live["kettle-1"].price_minor, live["kettle-1"].stock) == (3950, 12)
    assert live["boot-1-10-brown"].options == {"size": "10", "color": "brown"}

    facets = store.facet_values()
    assert facets["brands"] == ["Alpina", "HomeCo"]
    assert "Kitchen > Appliances" in facets["categories"]
    assert facets["options"]["color"] == ["black", "brown"]
    assert facets["attributes"]["material"] == ["leather"]
    terms = store.terms()
    assert terms is not None and {"kettle", "alpina", "kitchen", "leather"} <= terms
    assert "kettles" not in terms  # words as written: the search compares the shopper's words

    con = store.duckdb()
    assert con.execute("SELECT count(*) FROM variants").fetchone()[0] == 5
    assert con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1


def test_csv_with_mapping_and_json_columns(store, tmp_path):
    path = tmp_path / "feed.csv"
    variants = json.dumps([{"sku": "s-1", "options": {"size": "M"}, "price": 20, "stock": 1}])
    path.write_text(
        "code,name,cost,attributes,tags,variants,attributes.fabric\n"
        f'p1,Wool Sweater,,,"warm|wool","{variants.replace(chr(34), chr(34) * 2)}",merino\n'
        'p2,Cotton Tee,"12.50","{""fit"": ""slim""}",,,\n',
        encoding="utf-8",
    )
    report = store.import_file(path, mapping={"code": "id", "name": "title", "cost": "price"}, progress=False)
    assert report.imported == 2 and report.skipped == 0
    sweater = store.get_product("p1")
    assert sweater["tags"] == ["warm", "wool"] and sweater["attributes"] == {"fabric": "merino"}
    assert (
        sweater["variants"][0]["options"] == {"size": "M"} and sweater["variants"][0]["price_minor"] == 2000
    )
    assert store.get_product("p2")["attributes"] == {"fit": "slim"}


def test_parquet_import_with_nested_columns(store, tmp_path):
    path = tmp_path / "c.parquet"
    pq.write_table(
        pa.Table.from_pylist(
            [
                {
                    "id": "a",
                    "title": "Lamp",
                    "price": 30.0,
                    "stock": 2,
                    "tags": ["light"],
                    "attributes": {"color": "red"},
                },
                {
                    "id": "b",
                    "title": "Desk",
                    "price": float("nan"),
                    "stock": 1,
                    "tags": [],
                    "attributes": {"color": "oak"},
                },
            ]
        ),
        path,
    )
    report = store.import_file(path, progress=False)
    assert report.imported == 1
    assert [(e.row, "finite" in e.reason) for e in report.errors] == [(2, True)]
    assert store.get_product("a")["attributes"] == {"color": "red"}


BAD_JSONL = [
    (product("ok-1", "Fine product"), None),
    ({"title": "No id", "price": 1}, "id is required"),
    (product("p-abc", "Bad price", "abc"), "price 'abc' is not a number"),
    ('{"id": "p-nan", "title": "NaN price", "price": NaN}', "not a finite number"),
    (product("p-neg", "Negative stock", 5, stock=-3), "stock -3 is negative"),
    (product("p-big", "Huge", 5, description="x" * 5_000_000), "description is 5.0 MB"),
    (b'{"id": "p-utf", "title": "caf\xe9", "price": 1}', "invalid UTF-8"),
    (product("ok-1", "Duplicate id"), "duplicate id 'ok-1' (first in row 1)"),
    (product("p-rate", "Bad rating", 5, rating=9), "rating 9 is outside 0-5"),
    (
        {"id": "p-sku", "title": "Reused sku", "variants": [{"sku": "ok-1", "price": 2}]},
        "duplicate sku 'ok-1'",
    ),
    ("{not json", "not valid JSON"),
    (product("ok-2", "Another fine product", 7), None),
]


def _write_bad(path):
    with path.open("wb") as fh:
        for row, _ in BAD_JSONL:
            if isinstance(row, bytes):
                fh.write(row + b"\n")
            elif isinstance(row, str):
                fh.write(row.encode() + b"\n")
            else:
                fh.write(json.dumps(row).encode() + b"\n")
    return path


def test_each_bad_row_is_reported_with_its_line_number(store, tmp_path):
    report = store.import_file(_write_bad(tmp_path / "bad.jsonl"), progress=False)
    expected = [(i, reason) for i, (_, reason) in enumerate(BAD_JSONL, start=1) if reason]
    assert [e.row for e in report.errors] == [row for row, _ in expected]
    for error, (_, reason) in zip(report.errors, expected, strict=True):
        assert reason in error.reason
    assert (report.imported, report.skipped) == (2, len(expected))
    assert store.get_product("ok-2") is not None and store.get_product("p-abc") is None


def test_csv_rows_count_the_header_as_row_one(store, tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes(
        b"id,title,price,stock\na,Good,1,1\nb,Bad,abc,1\nc,Bad utf \xff,1,1\nd,Neg,1,-2\ne,Short\n"
    )
    report = store.import_file(path, progress=False)
    assert [(e.row, e.reason.split(" ")[0]) for e in report.errors] == [
        (3, "price"),
        (4, "invalid"),
        (5, "stock"),
        (6, "has"),
    ]


def test_strict_fails_and_leaves_the_previous_catalog(store, tmp_path):
    store.import_file(write_jsonl(tmp_path / "good.jsonl", SMALL_CATALOG), progress=False)
    before = store.version
    with pytest.raises(InvalidInput, match="row 2: id is required .9 more bad rows.; nothing was imported"):
        store.import_file(_write_bad(tmp_path / "bad.jsonl"), strict=True, replace=True, progress=False)
    assert store.version == before
    assert store.get_product("ok-1") is None and store.get_product("kettle-1") is not None


def test_file_without_valid_rows_is_an_error_and_changes_nothing(store, tmp_path):
    store.import_file(write_jsonl(tmp_path / "good.jsonl", SMALL_CATALOG), progress=False)
    before = store.version
    with pytest.raises(InvalidInput, match="all 2 rows are invalid"):
        store.import_file(
            write_jsonl(tmp_path / "bad.jsonl", [{"id": "x"}, {"title": "y"}]), replace=True, progress=False
        )
    assert store.version == before and store.stats()["products"] == 3


def test_failure_after_building_keeps_previous_version_and_inventory(store, tmp_path, monkeypatch):
    store.import_file(write_jsonl(tmp_path / "good.jsonl", SMALL_CATALOG), progress=False)
    before = store.version
    stock_before = store.live(["kettle-1"])["kettle-1"].stock

    def crash(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(CatalogStore, "_set_current", crash)
    changed = [dict(SMALL_CATALOG[1], stock=0, price=1)] + [product("new-1", "New thing", 5)]
    with pytest.raises(RuntimeError):
        store.import_file(write_jsonl(tmp_path / "next.jsonl", changed), replace=True, progress=False)
    monkeypatch.undo()
    assert store.version == before
    assert store.live(["kettle-1"])["kettle-1"].stock == stock_before
    assert store.live(["new-1"]) == {} and store.get_product("boot-1") is not None
    versions = [p.name for p in store.paths.catalog_dir.iterdir() if not p.name.startswith(".")]
    assert versions == [before]


def test_reimport_of_unchanged_products_does_not_reembed(isolated_home, tmp_path):
    embedder = FakeEmbedder()
    store = CatalogStore(make_deps(isolated_home, embedder))
    path = write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG)
    first = store.import_file(path, progress=False)
    assert (first.embedded, embedder.passages_embedded) == (3, 3)
    edited = [dict(SMALL_CATALOG[0], price=1)] + [dict(SMALL_CATALOG[1], title="Steel Kettle Deluxe")]
    again = store.import_file(write_jsonl(tmp_path / "d.jsonl", edited), progress=False)
    # a price change keeps the text (reused); a title change is embedded; untouched products are copied
    assert (again.embedded, again.reused_embeddings, embedder.passages_embedded) == (1, 1, 4)
    assert store.get_product("tent-1") is not None


def test_upsert_keeps_other_products_and_their_live_stock_replace_drops_them(store, tmp_path):
    store.import_file(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG), progress=False)
    with store.state.tx() as conn:  # an order sold one kettle
        conn.execute("UPDATE inventory SET stock = stock - 1 WHERE sku = 'kettle-1'")
    store.import_file(
        write_jsonl(tmp_path / "d.jsonl", [product("lamp-1", "Desk Lamp", 20, stock=4)]), progress=False
    )
    assert store.live(["kettle-1"])["kettle-1"].stock == 11
    assert store.stats()["products"] == 4
    report = store.import_file(
        write_jsonl(tmp_path / "e.jsonl", [product("lamp-1", "Desk Lamp", 25)]), replace=True, progress=False
    )
    assert report.products == 1
    assert store.live(["kettle-1", "lamp-1"]).keys() == {"lamp-1"}
    assert store.get_product("boot-1") is None


def test_sku_owned_by_a_kept_product_is_rejected(store, tmp_path):
    store.import_file(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG), progress=False)
    thief = {"id": "other", "title": "Other", "variants": [{"sku": "kettle-1", "price": 1}]}
    report = store.import_file(
        write_jsonl(tmp_path / "d.jsonl", [thief, product("fine", "Fine", 2)]), progress=False
    )
    assert [(e.row, "already belongs to product 'kettle-1'" in e.reason) for e in report.errors] == [
        (1, True)
    ]
    assert store.live(["kettle-1"])["kettle-1"].product_id == "kettle-1"


@pytest.mark.parametrize(
    ("name", "error"),
    [("missing.jsonl", NotFound), ("dir.jsonl", InvalidInput), ("data.txt", UsageError)],
)
def test_unusable_paths_are_one_line_errors(store, tmp_path, name, error):
    path = tmp_path / name
    if name.startswith("dir"):
        path.mkdir()
    elif name.endswith(".txt"):
        path.write_text("some notes")
    with pytest.raises(error) as info:
        store.import_file(path, progress=False)
    assert "\n" not in str(info.value)


def test_corrupt_version_directory_is_reported(store, tmp_path):
    store.import_file(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG), progress=False)
    (store.version_dir() / "products.parquet").unlink()
    fresh = CatalogStore(store.deps)
    with pytest.raises(ShopError, match="is missing products.parquet"):
        fresh.ensure_ready()


def test_concurrent_upserts_both_land(isolated_home, tmp_path):
    import threading

    base = CatalogStore(make_deps(isolated_home))
    base.import_file(write_jsonl(tmp_path / "c.jsonl", SMALL_CATALOG), progress=False)
    files = [write_jsonl(tmp_path / f"{n}.jsonl", [product(f"{n}-1", f"Thing {n}", 3)]) for n in ("x", "y")]
    failures: list[BaseException] = []

    def run(path):
        deps = make_deps(isolated_home)
        try:
            CatalogStore(deps).import_file(path, progress=False)
        except BaseException as exc:  # surfaced below
            failures.append(exc)
        finally:
            deps.close()

    threads = [threading.Thread(target=run, args=(f,)) for f in files]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    fresh = CatalogStore(make_deps(isolated_home))
    assert fresh.stats()["products"] == 5
    assert fresh.get_product("x-1") and fresh.get_product("y-1")
