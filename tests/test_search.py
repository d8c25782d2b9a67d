"""Hybrid search over a ~50-product fixture catalog with the fake embedder."""

from __future__ import annotations

import json
import shutil

import pytest
from catalog_fixtures import make_deps, write_jsonl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from search_fixtures import BY_ID, CATALOG, import_catalog, skus_of
from typer.testing import CliRunner

from shopagent.cli.main import app
from shopagent.deps import Deps
from shopagent.errors import InvalidInput
from shopagent.inventory import Sku
from shopagent.search import filters, hybrid, retrieval
from shopagent.search.hybrid import search
from shopagent.search.models import Boosts, Constraints
from shopagent.testing import FakeEmbedder

runner = CliRunner()


@pytest.fixture(scope="module")
def catalog_home(tmp_path_factory):
    """One imported catalog shared by the read-only tests (an import takes a few seconds)."""
    home = tmp_path_factory.mktemp("search") / "home"
    deps = import_catalog(home)
    deps.close()
    return home


@pytest.fixture(scope="module")
def deps(catalog_home):
    d = make_deps(catalog_home)
    yield d
    d.close()


@pytest.fixture
def own_deps(catalog_home, tmp_path):
    """A private copy of the catalog for tests that change prices or stock."""
    home = tmp_path / "own"
    shutil.copytree(catalog_home, home)
    d = make_deps(home)
    yield d
    d.close()


@pytest.fixture
def cli_home(catalog_home, monkeypatch):
    monkeypatch.setenv("SHOPAGENT_HOME", str(catalog_home))
    monkeypatch.setattr(Deps, "embedder", property(lambda self: FakeEmbedder()))
    return catalog_home


def _expected(c: Constraints) -> dict[str, set[str]]:
    """Brute force over the fixture rows: product id -> SKUs that satisfy every hard constraint."""
    out: dict[str, set[str]] = {}
    for row in CATALOG:
        if c.category and not filters.matches_category(row.get("category"), None, c.category):
            continue
        if c.brand and (row.get("brand") or "").casefold() != c.brand.casefold():
            continue
        if c.min_rating is not None and (row.get("rating") is None or row["rating"] < c.min_rating):
            continue
        attrs = row.get("attributes") or {}
        ok = set()
        for sku in skus_of(row):
            if c.in_stock and sku["stock"] <= 0:
                continue
            if c.min_price is not None and float(sku["price"]) < c.min_price:
                continue
            if c.max_price is not None and float(sku["price"]) > c.max_price:
                continue
            good = True
            for key, value in c.attributes.items():
                if key in sku["options"]:
                    good &= sku["options"][key] == value
                else:
                    good &= attrs.get(key) == value
            if good:
                ok.add(sku["sku"])
        if ok:
            out[row["id"]] = ok
    return out


CONSTRAINTS = st.builds(
    Constraints,
    min_price=st.one_of(st.none(), st.sampled_from([0, 20, 50.5, 100, 150])),
    max_price=st.one_of(st.none(), st.sampled_from([30, 99, 129, 200, 1000])),
    category=st.one_of(
        st.none(), st.sampled_from(["footwear", "Footwear > Boots", "boots", "earbuds", "Apparel"])
    ),
    brand=st.one_of(st.none(), st.sampled_from(["alpina", "O'Neil", "ÜNIQUE", "soundmax", "Nobody"])),
    min_rating=st.one_of(st.none(), st.sampled_from([3.0, 4.0, 4.5])),
    in_stock=st.one_of(st.none(), st.just(True)),
    attributes=st.dictionaries(
        st.sampled_from(["size", "color", "waterproof", "material"]),
        st.sampled_from(["10", "black", "yes", "leather", "merino wool"]),
        max_size=2,
    ),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(c=CONSTRAINTS, text=st.sampled_from(["hiking boots", "wireless earbuds", "socks", "gift"]))
def test_every_result_respects_every_hard_constraint(deps, c, text):
    if c.min_price is not None and c.max_price is not None and c.min_price > c.max_price:
        c = c.model_copy(update={"max_price": None})
    response = search(deps, text, c, limit=100)
    expected = _expected(c)
    got = {item.product_id: item for item in response.results}
    # Exactly the products that fit (the catalog is small enough for recall to see all of them)...
    assert set(got) == set(expected), (c, sorted(got), sorted(expected))
    live = deps.catalog.live(item.sku for item in response.results)
    for pid, item in got.items():
        # ...each shown with a SKU that fits, at its live price and stock.
        assert item.sku in expected[pid]
        assert item.price == live[item.sku].price_minor / 100
        assert item.in_stock == (live[item.sku].stock > 0)
    assert response.total_candidates == len(expected)


@pytest.mark.parametrize(
    "c",
    [
        Constraints(max_price=30),
        Constraints(max_price=30, in_stock=True),
        Constraints(category="footwear", min_rating=4.5),
        Constraints(min_price=150, in_stock=True),
    ],
)
def test_bounds_left_to_the_live_check_still_find_what_fits(deps, monkeypatch, c):
    """Recall first runs under the category/brand part of the filter only; when the live checks
    then leave too few results, it runs again under the whole filter. With recall cut to two rows
    a list, the first round finds little that fits these bounds; the answer must not shrink."""
    monkeypatch.setattr(hybrid, "RECALL", 2)
    expected = _expected(c)
    assert expected
    for limit in (1, 3):
        got = search(deps, "hiking boots", c, limit=limit).results
        assert len(got) == min(limit, len(expected))
        assert all(item.sku in expected[item.product_id] for item in got)


def test_variant_filter_returns_the_matching_sku(deps):
    c = Constraints(attributes={"size": "10", "color": "black"}, in_stock=True)
    response = search(deps, "waterproof hiking boots", c, limit=50)
    assert response.results
    for item in response.results:
        assert item.options == {"size": "10", "color": "black"}
        assert item.sku == f"{item.product_id}-black-10"
        assert item.in_stock
        assert any(reason.startswith(f"variant {item.sku}") for reason in item.why)


def test_a_colour_the_words_only_suggest_picks_that_sku_without_filtering(deps):
    c = Constraints(soft=Boosts(attributes={"color": "grey"}))
    response = search(deps, "hiking boots", c, limit=50)
    offers_grey = {
        row["id"] for row in CATALOG if any(v["options"].get("color") == "grey" for v in skus_of(row))
    }
    shown = {item.product_id: item for item in response.results}
    assert offers_grey & shown.keys() and shown.keys() - offers_grey  # a boost, not a filter
    for pid, item in shown.items():
        if pid in offers_grey:
            assert item.options.get("color") == "grey", item.sku
    assert response.results[0].product_id in offers_grey


def test_a_size_said_in_words_picks_that_sku_of_each_product(deps):
    """ "a brown one in size eleven": each product is shown with its brown 11 where it has one,
    read against its own option values (no filter: the products without one still come back)."""
    response = search(deps, "hiking boots in brown, size eleven", Constraints(), limit=50)
    has = {
        row["id"]
        for row in CATALOG
        if any(v["options"] == {"size": "11", "color": "brown"} for v in skus_of(row))
    }
    shown = {item.product_id: item for item in response.results}
    assert has & shown.keys() and shown.keys() - has
    for pid in has & shown.keys():
        assert shown[pid].options == {"size": "11", "color": "brown"}, shown[pid].sku


def test_best_match_first_and_why(deps):
    response = search(deps, "waterproof leather hiking boots", Constraints(max_price=200), limit=5)
    top = response.results[0]
    assert "Waterproof Leather" in top.title
    assert any(r.startswith("keyword match:") and "waterproof" in r for r in top.why)
    assert any("≤ $200.00" in r for r in top.why)


def test_typo_still_finds_keyword_matches(deps):
    response = search(deps, "wireles earbud", Constraints(), limit=5, mode="bm25")
    assert response.results and all(
        item.product_id.startswith(("buds-", "dup-")) for item in response.results
    )


def test_the_typo_tolerant_query_runs_only_for_words_the_catalog_lacks(deps, tmp_path):
    store = deps.catalog
    assert not retrieval.may_hold_typos(store, "wireless earbuds socks")
    assert retrieval.may_hold_typos(store, "wireles earbuds")
    assert not retrieval.may_hold_typos(store, "xyz abc")  # short words stay exact anyway
    # A catalog imported without a word list: any long word may be a typo.
    terms_file = store._check_version_dir(store._require_version()) / "terms.txt"
    terms_file.rename(tmp_path / "terms.txt")
    store._forget_handles()
    try:
        assert retrieval.may_hold_typos(store, "wireless earbuds")
    finally:
        (tmp_path / "terms.txt").rename(terms_file)
        store._forget_handles()


def test_keyword_search_still_stems_long_words(deps):
    # A typo-tolerant term is matched unstemmed: "kettles" is two edits from the indexed "kettl".
    # The exact, stemmed match must still find the plural.
    response = search(deps, "kettles", Constraints(), limit=5, mode="bm25")
    assert len(response.results) == 5
    assert all(item.product_id.startswith("kettle-") for item in response.results)


@pytest.mark.parametrize(
    ("sort", "key"),
    [("price", lambda i: i.price), ("-price", lambda i: -i.price), ("rating", lambda i: -(i.rating or 0))],
)
def test_sort_orders(deps, sort, key):
    response = search(deps, "hiking boots", Constraints(category="boots"), sort=sort, limit=20)
    values = [key(item) for item in response.results]
    assert len(values) > 5 and values == sorted(values)


def test_price_sort_does_not_pull_in_unrelated_products(deps):
    response = search(deps, "wireless earbuds", Constraints(), sort="price", limit=20)
    assert response.results
    assert all(item.category == "Electronics > Audio > Earbuds" for item in response.results)


def test_a_sort_keeps_to_the_kind_the_words_name(deps):
    """The cheapest of a kind the words name: running shoes that score nearly as well as the boots on
    "footwear" are not cheaper boots. The soft category (a boost for relevance) bounds a sort."""
    from shopagent.search.models import Boosts

    soft = Constraints(soft=Boosts(category="Footwear > Boots > Hiking"))
    response = search(deps, "footwear", soft, sort="price", limit=10)
    assert response.results and all(item.category == "Footwear > Boots > Hiking" for item in response.results)


def test_facets_count_the_filtered_candidates(deps):
    response = search(deps, "hiking", Constraints(max_price=100), limit=3)
    facets = response.facets
    assert set(facets) == {"category", "brand", "price"}
    assert sum(facets["category"].values()) == response.total_candidates
    assert sum(facets["price"].values()) == response.total_candidates
    assert set(facets["price"]) <= {"0-25", "25-50", "50-100"}
    expected_footwear = sum(
        1 for pid in _expected(Constraints(max_price=100)) if pid.startswith(("boot-", "run-"))
    )
    assert facets["category"]["Footwear"] == expected_footwear


def test_live_price_feed_is_visible_without_reindex(own_deps, tmp_path):
    c = Constraints(max_price=50)
    before = {item.product_id for item in search(own_deps, "hiking boots", c, limit=50).results}
    assert "boot-5" not in before
    feed = write_jsonl(
        tmp_path / "feed.jsonl",
        [{"sku": s["sku"], "price": 45.0, "stock": 3} for s in skus_of(BY_ID["boot-5"])],
    )
    own_deps.catalog.update_prices(feed)
    after = search(own_deps, "hiking boots", c, limit=50)
    item = next(i for i in after.results if i.product_id == "boot-5")
    assert (item.price, item.in_stock) == (45.0, True)


def test_stock_sold_out_by_an_order_disappears_from_in_stock_search(own_deps):
    c = Constraints(in_stock=True)
    assert "kettle-2" in {i.product_id for i in search(own_deps, "electric kettle", c, limit=20).results}
    # An order decrements stock in the state file only; the snapshot still says "in stock".
    with own_deps.state.tx() as conn:
        conn.execute("UPDATE inventory SET stock = 0 WHERE sku = 'kettle-2'")
    assert "kettle-2" not in {i.product_id for i in search(own_deps, "electric kettle", c, limit=20).results}
    item = next(
        i
        for i in search(own_deps, "electric kettle", Constraints(), limit=20).results
        if i.product_id == "kettle-2"
    )
    assert item.in_stock is False and item.stock == 0


@pytest.mark.parametrize(
    "value",
    ["' OR 1=1 --", "x'; DROP TABLE products; --", "back\\slash", "%", "_", "Ｏ＇ＮＥＩＬ ＯＲ 1=1"],
)
def test_injection_strings_match_nothing_and_never_error(deps, value):
    for c in (
        Constraints(brand=value),
        Constraints(category=value),
        Constraints(attributes={"color": value}),
    ):
        assert search(deps, value, c, limit=5).results == []
    assert deps.catalog.table().count_rows() == len(CATALOG)


def test_quote_in_a_real_brand_matches(deps):
    response = search(deps, "boots", Constraints(brand="o'neil"), limit=50)
    assert response.results and {i.brand for i in response.results} == {"O'Neil"}
    lookalike = search(deps, "boots", Constraints(brand="Ｏ＇Ｎｅｉｌ"), limit=50)
    assert [i.product_id for i in lookalike.results] == [i.product_id for i in response.results]


def test_nul_byte_is_refused(deps):
    with pytest.raises(InvalidInput):
        search(deps, "boots", Constraints(brand="O\x00Neil"))


def test_empty_text_ranks_filtered_products_by_rating(deps):
    response = search(deps, "", Constraints(category="earbuds"), limit=20)
    assert {i.product_id for i in response.results} == set(_expected(Constraints(category="earbuds")))


def test_rows_read_a_slice_at_a_time_are_read_best_first(deps, monkeypatch):
    # Filter-only hits all fuse to the same score; the best-rated must still be read first.
    for text in ("", "boots"):
        whole = [i.product_id for i in search(deps, text, Constraints(), limit=3).results]
        monkeypatch.setattr(hybrid, "READ_MIN", 1)  # 9 rows a slice instead of all of them at once
        sliced = [i.product_id for i in search(deps, text, Constraints(), limit=3).results]
        monkeypatch.undo()
        assert sliced == whole


@pytest.mark.parametrize("mode", ["bm25", "vector"])
def test_single_retriever_modes(deps, mode):
    response = search(deps, "merino socks", Constraints(), limit=3, mode=mode)
    assert response.results[0].product_id.startswith("sock-")


# -- CLI ---------------------------------------------------------------------------------------


def test_cli_json_shape(cli_home):
    result = runner.invoke(
        app, ["search", "waterproof hiking boots under 200", "--attr", "size=10", "--json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"query", "constraints", "results", "facets"}
    assert data["query"] == "waterproof hiking boots under 200"
    assert data["constraints"]["max_price"] == 200
    assert data["constraints"]["attributes"]["size"] == "10"
    item = data["results"][0]
    for key in (
        "product_id",
        "sku",
        "title",
        "brand",
        "category",
        "price",
        "currency",
        "in_stock",
        "rating",
        "score",
    ):
        assert key in item
    assert all(r["price"] <= 200 and r["sku"].endswith("-10") for r in data["results"])


def test_words_only_boost_but_explicit_attributes_filter(cli_home):
    # "waterproof" is a yes/no attribute of boots only; earbuds do not carry it at all. Read from the
    # words it is a boost, so the earbuds still come back, and the response says so.
    result = runner.invoke(app, ["search", "waterproof earbuds", "--json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["relaxed"] == [] and "waterproof" not in doc["constraints"]["attributes"]
    assert doc["constraints"]["soft"]["attributes"] == {"waterproof": "yes"}
    assert doc["constraints"]["soft"]["category"].endswith("Earbuds")
    top = doc["results"][:5]
    assert len(top) == 5 and all(r["category"].endswith("Earbuds") for r in top), top
    # Asked for explicitly, the same filter stays hard and is never relaxed: no earbud passes it, and
    # whatever comes back is waterproof (the word "earbuds" itself only boosts).
    result = runner.invoke(app, ["search", "earbuds", "--attr", "waterproof=yes", "--json"])
    doc = json.loads(result.stdout)
    assert doc["relaxed"] == [] and doc["constraints"]["attributes"] == {"waterproof": "yes"}
    assert not any(r["category"].endswith("Earbuds") for r in doc["results"])
    assert all(BY_ID[r["product_id"]]["attributes"]["waterproof"] == "yes" for r in doc["results"])


def test_cli_flags_override_the_text(cli_home):
    result = runner.invoke(app, ["search", "boots under 200", "--max-price", "100", "--json"])
    data = json.loads(result.stdout)
    assert data["constraints"]["max_price"] == 100
    assert data["results"] and all(r["price"] <= 100 for r in data["results"])


def test_cli_jsonl_is_one_item_per_line(cli_home):
    result = runner.invoke(app, ["search", "earbuds", "--jsonl", "--limit", "3", "--sort", "price"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    prices = [json.loads(line)["price"] for line in lines]
    assert prices == sorted(prices)


def test_cli_table(cli_home):
    result = runner.invoke(app, ["search", "Tent", "--limit", "2"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "DROP TABLE" in result.stdout  # catalog text shown as data


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--attr", "size10"], "KEY=VALUE"),
        (["--min-price", "-5"], "--min-price"),
        (["--sort", "cheapest"], "relevance, price, -price, rating"),
        (["--limit", "0"], "--limit"),
        (["--min-rating", "7"], "--min-rating"),
        (["--json", "--jsonl"], "--json"),
    ],
)
def test_cli_bad_flags_exit_2_with_one_line(cli_home, args, needle):
    result = runner.invoke(app, ["search", "boots", *args])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert needle in result.stderr and result.stderr.count("\n") == 1


def test_vector_index_is_built_above_the_threshold_and_filters_stay_exact(own_deps, monkeypatch):
    from shopagent.catalog import indexing

    # Several partitions of a few rows each, one probed first: a filter whose rows sit elsewhere
    # must make the query probe further rather than return a short list.
    monkeypatch.setattr(indexing, "ROWS_PER_PARTITION", 8)
    monkeypatch.setattr(indexing, "MIN_NPROBES", 1)
    table = own_deps.catalog.table()
    assert indexing.ensure_indexes(table) == []  # small catalog: flat scan, store's indexes kept
    built = indexing.ensure_indexes(table, min_rows=10)
    assert built and "IVF_HNSW_SQ" in built[0]
    assert indexing.vector_index_type(table) is not None
    assert indexing.ensure_indexes(table, min_rows=10) == []  # idempotent
    assert indexing.ann_parameters(table)["nprobes"] == 1
    for c in (Constraints(brand="soundmax", max_price=90), Constraints(category="socks")):
        response = search(own_deps, "wireless earbuds", c, limit=50, mode="vector")
        assert {i.product_id for i in response.results} == set(_expected(c))


def test_fusion_scales_each_list_and_keeps_a_short_list_together():
    w = hybrid.Weights()
    recalled = retrieval.Recalled(
        {"vector": [(1, 0.90), (2, 0.80), (3, 0.70)], "bm25": [(2, 12.0), (4, 3.0)]}, truncated=True
    )
    fused = recalled.fused(w)
    # First in one list and middle of the other; a BM25 hit at a quarter of the best sits at the
    # bottom of that scale; the vector list is scaled from its own best to its own last.
    assert fused[2] == pytest.approx((0.5 + 1.0) / 2)
    assert fused[1] == pytest.approx(0.5) and fused[3] == 0.0 and fused[4] == 0.0
    # Eleven near-equal hits of a narrow filter stay near the top instead of spreading to 0.
    close = retrieval.Recalled({"vector": [(i, 0.85 - i * 0.001) for i in range(11)]}, truncated=False)
    assert min(close.fused(w).values()) > 0.75


def test_exact_and_fuzzy_keyword_scores_add_up():
    merged = retrieval.add_scores([(1, 4.0), (2, 3.0)], [(2, 4.0), (3, 5.0)], 0.5, n=2)
    assert merged == [(2, 5.0), (1, 4.0)]


def test_a_sold_out_match_needs_to_be_clearly_better_to_come_first():
    def cand(pid: str, fused: float, stock: int) -> hybrid.Candidate:
        row = {"product_id": pid, "title": "Merino Wool Socks", "rating": 4.5, "review_count": 40}
        sku = Sku(sku=pid, product_id=pid, title=row["title"], currency="USD", price_minor=999, stock=stock)
        return hybrid.Candidate(row=row, sku=sku, fused=fused)

    for runner_up, sold_out_first in ((0.95, False), (0.7, True)):
        cands = [cand("sold-out", 1.0, 0), cand("in-stock", runner_up, 5)]
        hybrid._score(cands, "merino wool socks", hybrid.DEFAULT_WEIGHTS)
        first = max(cands, key=lambda c: c.score).product_id
        assert (first == "sold-out") is sold_out_first, (runner_up, [(c.product_id, c.score) for c in cands])


def test_keywords_count_only_as_far_as_the_catalog_uses_the_words(cli_home):
    from shopagent.deps import Deps
    from shopagent.search.retrieval import keyword_share

    deps = Deps.from_env()
    store = deps.catalog
    assert keyword_share(store, "hiking boots") == 1.0
    assert keyword_share(store, "zapatillas para correr") == 0.0  # "para" is a function word
    assert keyword_share(store, "botas hiking") == 0.5
    deps.close()
