"""Catalogs as users have them: JSON arrays and objects, nested fields, Shopify and Merchant feeds."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from catalog_fixtures import make_deps, product, write_jsonl
from typer.testing import CliRunner

import shopagent.catalog.embed as embed_module
import shopagent.catalog.jsonstream as jsonstream
from shopagent.catalog.importer import parse_mapping, read_products
from shopagent.catalog.store import BadRows, CatalogStore
from shopagent.cli.main import app
from shopagent.errors import InvalidInput, UsageError
from shopagent.testing import FakeEmbedder

FIXTURES = Path(__file__).parent / "fixtures"
SHOP_API_MAP = [
    "price=pricing.amount",
    "currency=pricing.currency",
    "stock=inventory.available",
    "reviews.rating=stars",
    "reviews.title=headline",
    "reviews.text=comment",
]


@pytest.fixture
def store(isolated_home):
    return CatalogStore(make_deps(isolated_home))


def _rows(path, **kwargs):
    return [(row, item) for row, item in read_products(path, **kwargs)]


# -- JSON shapes ------------------------------------------------------------------------------
def test_json_array_with_nested_fields_imports_with_dotted_map(store):
    report = store.import_file(
        FIXTURES / "shop_api_products.json", mapping=parse_mapping(SHOP_API_MAP), progress=False
    )
    assert (report.format, report.imported, report.skipped) == ("json", 3, 2)
    # Rows are the 1-based index in the array: the third product and the stray string.
    assert [(e.row, e.reason) for e in report.errors] == [
        (3, "price 'not yet' is not a number"),
        (4, "expected a JSON object, got string"),
    ]
    lamp = store.get_product("lamp-100")
    assert (lamp["price_min_minor"], lamp["currency"], lamp["stock"]) == (6490, "EUR", 7)
    assert lamp["reviews"] == [
        {"rating": 5.0, "title": "Warm light", "text": "Perfect beside the armchair."},
        {"rating": 3.0, "title": "Wobbly", "text": "The base could be heavier."},
    ]
    assert store.get_product("vase-415")["title"] == "Glass Vase été"


def test_products_object_and_jsonl_are_told_apart_by_content(store, tmp_path):
    rows = [product("a", "Alpha", 1), product("b", "Beta", 2)]
    wrapped = tmp_path / "export.json"
    wrapped.write_text(json.dumps({"shop": "x", "count": 2, "products": rows}, indent=2))
    one_line = tmp_path / "one-line.json"
    one_line.write_text(json.dumps({"products": rows}))
    jsonl_named_json = write_jsonl(tmp_path / "lines.json", rows)
    array_named_jsonl = tmp_path / "array.jsonl"
    array_named_jsonl.write_text(json.dumps(rows))
    for path in (wrapped, one_line, jsonl_named_json, array_named_jsonl):
        got = [(row, item.id) for row, item in read_products(path)]
        assert got == [(1, "a"), (2, "b")], path.name
    gz = tmp_path / "export.json.gz"
    gz.write_bytes(gzip.compress(wrapped.read_bytes()))
    assert store.import_file(gz, progress=False).imported == 2


def test_a_product_with_a_products_field_is_still_jsonl(tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", [product("kit", "Kit", 5, products=["a", "b"])])
    assert [item.id for _, item in read_products(path)] == ["kit"]


def test_json_array_is_read_in_chunks_with_values_cut_at_chunk_edges(tmp_path, monkeypatch):
    rows = [
        product(f"p{i}", f"Product {i} ü", 1000 + i / 100, stock=i, tags=["x"] * (i % 3)) for i in range(60)
    ]
    path = tmp_path / "big.json"
    path.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    expected = [(row, item.model_dump()) for row, item in read_products(path)]
    assert len(expected) == 60
    monkeypatch.setattr(jsonstream, "CHUNK_BYTES", 7)  # cuts numbers, strings and UTF-8 sequences
    assert [(row, item.model_dump()) for row, item in read_products(path)] == expected


def test_a_single_product_larger_than_the_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonstream, "MAX_ELEMENT_CHARS", 200)
    monkeypatch.setattr(jsonstream, "CHUNK_BYTES", 64)
    path = tmp_path / "c.json"
    path.write_text(json.dumps([product("a", "A", 1), product("b", "B" * 500, 1)]))
    with pytest.raises(InvalidInput, match="product 2 is not valid JSON"):
        list(read_products(path))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[{"id": "a", "title": "A", "price": 1}, {"id": "b", "title": ', "product 2 is not valid JSON"),
        ('[{"id": "a", "title": "A", "price": 1} {"id": "b"}]', "expected ',' or ']' after product 1"),
        (
            '{\n "items": [],\n "total": 0\n}',
            "must hold a \"products\" list of products (found keys 'items', 'total')",
        ),
        ('"just text"', "row 1: expected a JSON object, got str"),
        ('{\n "count": 0,\n "products": null\n}', '"products" must be a list of products'),
    ],
)
def test_broken_json_documents_are_one_line_errors_and_import_nothing(store, tmp_path, text, message):
    path = tmp_path / "c.json"
    path.write_text(text)
    with pytest.raises(InvalidInput) as info:
        store.import_file(path, progress=False)
    assert message in str(info.value) and "\n" not in str(info.value)
    assert store.version is None


def test_invalid_utf8_inside_an_array_rejects_only_that_product(tmp_path):
    path = tmp_path / "c.json"
    path.write_bytes(b'[{"id": "a", "title": "A", "price": 1}, {"id": "b", "title": "caf\xe9", "price": 1}]')
    rows = _rows(path)
    assert rows[0][1].id == "a"
    assert rows[1] == (2, rows[1][1]) and rows[1][1].reason == "invalid UTF-8 in 'title'"


def test_dotted_map_reaches_variant_fields_and_csv_columns_with_dots(store, tmp_path):
    path = tmp_path / "c.json"
    path.write_text(
        json.dumps(
            [
                {
                    "code": "tee",
                    "name": "Tee",
                    "variants": [
                        {"sku": "tee-s", "cost": {"amount": 9}, "dims": {"size": "S"}},
                        {"sku": "tee-m", "cost": {"amount": 11}, "dims": {"size": "M"}},
                    ],
                }
            ]
        )
    )
    mapping = parse_mapping(
        ["id=code", "title=name", "variants.price=cost.amount", "variants.options.size=dims.size"]
    )
    store.import_file(path, mapping=mapping, progress=False)
    variants = store.get_product("tee")["variants"]
    assert [(v["sku"], v["price_minor"], v["options"]) for v in variants] == [
        ("tee-s", 900, {"size": "S"}),
        ("tee-m", 1100, {"size": "M"}),
    ]
    csv_path = tmp_path / "c.csv"
    csv_path.write_text("id,title,price.amount,specs\nk,Kettle,30,x\n")
    mapping = parse_mapping(["price=price.amount", "attributes.colour=specs"])
    [(row, item)] = _rows(csv_path, mapping=mapping)
    assert (row, item.price_minor, item.attributes) == (2, 3000, {"colour": "x"})


@pytest.mark.parametrize(
    ("item", "message"),
    [
        ("reviews.stars=x", "reviews have no field 'stars'"),
        ("price.amount=x", "price has no sub-fields"),
        ("colour=x", "unknown field 'colour'"),
        ("price=pricing.", "empty name"),
        ("attributes.=colour", "empty name"),
    ],
)
def test_bad_dotted_maps_are_usage_errors(item, message):
    with pytest.raises(UsageError, match=message):
        parse_mapping([item])


# -- --strict lists every bad row --------------------------------------------------------------
def test_strict_lists_every_bad_row_and_imports_nothing(isolated_home, tmp_path, monkeypatch):
    embedder = FakeEmbedder()
    monkeypatch.setattr(embed_module, "default_embedder", lambda paths=None: embedder)
    rows = [
        product("a", "A", 1),
        product("b", "B", "abc"),
        {"title": "no id", "price": 1},
        product("d", "D", -2),
    ]
    path = tmp_path / "c.json"
    path.write_text(json.dumps(rows, indent=2))
    result = CliRunner().invoke(app, ["catalog", "import", str(path), "--strict"])
    assert result.exit_code == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[:3] == [
        "  row 2: price 'abc' is not a number",
        "  row 3: id is required",
        "  row 4: price -2 is negative",
    ]
    assert lines[3].startswith("shopagent: c.json: 3 bad rows (listed above); nothing was changed (--strict)")
    assert len(lines) == 4 and embedder.passages_embedded == 0
    assert CatalogStore(make_deps(isolated_home)).version is None


def test_strict_price_feed_lists_every_bad_row(isolated_home, tmp_path, monkeypatch):
    monkeypatch.setattr(embed_module, "default_embedder", lambda paths=None: FakeEmbedder())
    runner = CliRunner()
    assert runner.invoke(app, ["catalog", "import", str(FIXTURES / "merchant_feed.xml")]).exit_code == 0
    feed = tmp_path / "feed.csv"
    feed.write_text("sku,price,stock\nJK-GRN-S,70,1\nnope,1,1\nUMB-1,abc,1\n")
    result = runner.invoke(app, ["catalog", "update-prices", str(feed), "--strict"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[:2] == [
        "  row 3: unknown sku 'nope'",
        "  row 4: price 'abc' is not a number",
    ]
    assert "2 bad rows (listed above); nothing was changed" in result.stderr
    product_json = runner.invoke(app, ["product", "JK-1", "--json"])
    assert json.loads(product_json.stdout)["variants"][0]["price"] == 69.0  # unchanged


def test_strict_error_carries_all_rows_beyond_the_report_cap(store, tmp_path):
    rows = [product(f"p{i}", f"P{i}", "x") for i in range(1500)]
    with pytest.raises(BadRows) as info:
        store.import_file(write_jsonl(tmp_path / "c.jsonl", rows), strict=True, progress=False)
    assert [r.row for r in info.value.rows] == list(range(1, 1501))
    assert store.version is None


# -- Shopify ---------------------------------------------------------------------------------------
def test_shopify_products_json(store):
    report = store.import_file(FIXTURES / "shopify_products.json", format="shopify", progress=False)
    assert (report.imported, report.excluded, report.excluded_reasons) == (
        2,
        2,
        {"status draft": 1, "status archived": 1},
    )
    assert [(e.row, e.reason) for e in report.errors] == [(5, "variants[0].price 'free' is not a number")]
    sock = store.get_product("7301001")
    assert (sock["brand"], sock["category"]) == ("Northwool", "Apparel > Socks")
    assert sock["description"] == "Soft merino socks & a reinforced heel.\n70% merino\nMachine wash"
    assert sock["tags"] == ["merino", "hiking", "winter"]
    assert sock["image_url"] == "https://cdn.example.com/sock.jpg"
    assert [
        (v["sku"], v["options"], v["price"], v["compare_at_price"], v["stock"]) for v in sock["variants"]
    ] == [
        ("NW-SOCK-S-CH", {"size": "S", "color": "Charcoal"}, 18.0, 22.0, 12),
        ("NW-SOCK-M-MO", {"size": "M", "color": "Moss"}, 18.0, None, 0),  # oversold (-3) is sold out
        ("41003", {"size": "M", "color": "Charcoal"}, 19.0, None, 4),  # no SKU: the variant id
    ]
    mug = store.get_product("7301002")
    assert mug["category"] is None and mug["tags"] == ["camping", "enamel"]
    assert [(v["sku"], v["options"], v["compare_at_price"]) for v in mug["variants"]] == [
        ("CF-MUG", {}, 15.0)
    ]
    assert store.get_product("7301003") is None and store.live(["CF-LANTERN", "CF-TARP"]) == {}


def test_shopify_cli_summary_counts_products_left_out(isolated_home, monkeypatch):
    monkeypatch.setattr(embed_module, "default_embedder", lambda paths=None: FakeEmbedder())
    path = FIXTURES / "shopify_products.json"
    result = CliRunner().invoke(app, ["catalog", "import", str(path), "--format", "shopify", "--json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["excluded"] == 2
    assert "left out 2 products not for sale (status archived: 1, status draft: 1)" in result.stderr


def test_shopify_only_drafts_is_an_error(store, tmp_path):
    path = tmp_path / "products.json"
    path.write_text(json.dumps({"products": [{"id": 1, "title": "T", "status": "draft", "variants": []}]}))
    with pytest.raises(InvalidInput, match=r"all 1 products are not for sale \(status draft: 1\)"):
        store.import_file(path, format="shopify", progress=False)


# -- Merchant Center ---------------------------------------------------------------------------------
def test_merchant_tsv_groups_variants_and_reads_prices_with_currency(store):
    report = store.import_file(FIXTURES / "merchant_feed.tsv", format="merchant", progress=False)
    assert (report.imported, report.variants) == (2, 4)
    assert [(e.row, e.reason.split(" ")[0]) for e in report.errors] == [(5, "price"), (7, "availability")]
    tee = store.get_product("TS-1")
    assert (tee["title"], tee["brand"], tee["category"]) == (
        "Organic Cotton Tee",
        "Fieldday",
        "Apparel > Shirts > T-Shirts",
    )
    assert tee["options"] == {
        "color": ["Red", "Blue"],
        "size": ["M", "L"],
        "material": ["cotton"],
        "pattern": ["solid", "striped"],
    }
    by_sku = {v["sku"]: v for v in tee["variants"]}
    assert (by_sku["TS-RED-M"]["price"], by_sku["TS-RED-M"]["compare_at_price"]) == (19.0, 24.0)  # on sale
    assert (by_sku["TS-RED-L"]["stock"], by_sku["TS-BLU-M"]["stock"]) == (0, 1)  # out of stock, preorder
    bottle = store.get_product("BOT-1")
    assert bottle["attributes"] == {"color": "Blue", "material": "steel", "condition": "new"}
    assert bottle["category"] == "Sporting Goods > Outdoor Recreation" and bottle["in_stock"]


def test_merchant_xml_with_the_g_namespace(store):
    report = store.import_file(FIXTURES / "merchant_feed.xml", progress=False)  # .xml: merchant
    assert (report.format, report.imported) == ("merchant", 2)
    assert [(e.row, e.reason) for e in report.errors] == [(4, "price is required")]
    jacket = store.get_product("JK-1")
    assert jacket["currency"] == "GBP" and jacket["description"] == "Light, packable & waterproof."
    assert jacket["category"] == "Apparel & Accessories > Clothing > Outerwear"
    assert [(v["sku"], v["options"], v["price"], v["stock"]) for v in jacket["variants"]] == [
        ("JK-GRN-S", {"color": "Green", "size": "S"}, 69.0, 1),
        ("JK-GRN-M", {"color": "Green", "size": "M"}, 89.0, 0),
    ]
    umbrella = store.get_product("UMB-1")
    assert umbrella["title"] == "Storm Umbrella" and umbrella["category"] == "Accessories > Umbrellas"


def test_merchant_xml_entities_and_dtds_are_refused(store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET")
    xml = (FIXTURES / "merchant_feed.xml").read_text()
    xxe = xml.replace(
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>',
    ).replace("Storm Umbrella", "&x;")
    path = tmp_path / "feed.xml"
    path.write_text(xxe)
    with pytest.raises(InvalidInput, match="declares a DTD or entities"):
        store.import_file(path, progress=False)
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><rss>&b;</rss>'
    )
    path.write_text(bomb)
    with pytest.raises(InvalidInput, match="declares a DTD or entities"):
        store.import_file(path, progress=False)
    assert store.version is None


def test_merchant_group_with_mixed_currencies_is_a_bad_row(store, tmp_path):
    path = tmp_path / "feed.tsv"
    path.write_text(
        "id\ttitle\tprice\tavailability\titem_group_id\tsize\n"
        "a-s\tCap\t10.00 USD\tin_stock\tcap\tS\n"
        "a-m\tCap\t9.00 EUR\tin_stock\tcap\tM\n"
        "b\tScarf\t20.00 USD\tin_stock\t\t\n"
    )
    report = store.import_file(path, format="merchant", progress=False)
    assert report.imported == 1 and report.errors[0].row == 2
    assert "priced in EUR, the group 'cap' in USD" in report.errors[0].reason


def test_acp_product_feed_csv_maps_like_a_merchant_feed(store):
    report = store.import_file(FIXTURES / "acp_feed.csv", format="merchant", progress=False)
    assert (report.imported, report.excluded_reasons) == (1, {"not eligible for search": 1})
    shoe = store.get_product("SHOE-1")
    assert (shoe["title"], shoe["category"], shoe["rating"], shoe["review_count"]) == (
        "Trail Runner",
        "Apparel & Accessories > Shoes",
        4.6,
        212,
    )
    assert [
        (v["sku"], v["options"], v["price"], v["compare_at_price"], v["stock"]) for v in shoe["variants"]
    ] == [
        ("SHOE-9-BLK", {"color": "Black", "size": "9"}, 99.0, 120.0, 14),
        ("SHOE-10-BLK", {"color": "Black", "size": "10"}, 120.0, None, 3),
    ]
    assert shoe["attributes"] == {"gender": "unisex"}


def test_jsonl_with_a_first_line_longer_than_the_peek_is_still_jsonl(tmp_path):
    path = write_jsonl(
        tmp_path / "c.json", [product("a", "A", 1, description="long " * 300_000), product("b", "B", 2)]
    )
    assert path.stat().st_size > 1 << 20
    assert [
        (row, item.reason if hasattr(item, "reason") else item.id) for row, item in read_products(path)
    ] == [
        (1, "description is 1.5 MB (limit 100 KB)"),
        (2, "b"),
    ]
