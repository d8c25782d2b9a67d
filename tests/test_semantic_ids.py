"""Semantic IDs: hierarchical k-means codes at import, `similar`, `search --diverse`, old catalogs."""

from __future__ import annotations

import json
import shutil
from collections import Counter

import numpy as np
import pytest
from catalog_fixtures import make_deps
from search_fixtures import BY_ID, CATALOG, import_catalog
from typer.testing import CliRunner

from shopagent.catalog.semantic_ids import assign_codes, branching_for, format_codes, shared_levels
from shopagent.cli.main import app
from shopagent.deps import Deps
from shopagent.errors import NotFound
from shopagent.search.hybrid import search
from shopagent.search.models import Constraints
from shopagent.search.similar import similar_view
from shopagent.testing import FakeEmbedder

runner = CliRunner()


def _blobs(rng, centres, per, noise=0.05):
    dim = centres.shape[1]
    rows = [c + noise * rng.standard_normal((per, dim)) for c in centres]
    return np.vstack(rows).astype(np.float32)


# -- the codes ---------------------------------------------------------------------------------------


def test_separated_groups_get_separate_top_level_codes():
    rng = np.random.default_rng(3)
    centres = np.eye(16, dtype=np.float32)[:4] * 3
    x = _blobs(rng, centres, 40)
    codes, info = assign_codes(x, branching=4)
    top = codes[:, 0].reshape(4, 40)
    assert all(len(set(group)) == 1 for group in top)  # each blob is one branch
    assert len({group[0] for group in top}) == 4  # and the branches differ
    assert info.levels == 3 and info.branching == 4


def test_codes_are_deterministic_and_hierarchical():
    rng = np.random.default_rng(5)
    x = rng.standard_normal((500, 32)).astype(np.float32)
    a, _ = assign_codes(x)
    b, _ = assign_codes(x)
    assert np.array_equal(a, b)
    strings = format_codes(a)
    assert all(len(s.split("-")) == 3 for s in strings)
    assert format_codes(a, 2)[0] == "-".join(strings[0].split("-")[:2])
    # Clusters are numbered by size: within the root, code 0 is the largest branch.
    sizes = Counter(a[:, 0])
    assert sizes[0] == max(sizes.values())


def test_a_single_product_and_duplicates_still_get_codes():
    codes, _ = assign_codes(np.ones((1, 8), np.float32))
    assert format_codes(codes) == ["0-0-0"]
    codes, _ = assign_codes(np.ones((5, 8), np.float32))
    assert len(format_codes(codes)) == 5


def test_branching_grows_with_the_catalog():
    assert branching_for(50) == 2
    assert branching_for(2_431) == 7
    assert branching_for(100_000) == 23
    assert branching_for(10**9) == 64


def test_shared_levels():
    assert shared_levels("4-11-2", "4-11-7") == 2
    assert shared_levels("4-11-2", "5-11-2") == 0
    assert shared_levels(None, "1-2-3") == 0


# -- the catalog ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def coded_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("sid") / "home"
    import_catalog(home).close()
    return home


@pytest.fixture
def deps(coded_home, tmp_path):
    home = tmp_path / "own"
    shutil.copytree(coded_home, home)
    d = make_deps(home)
    yield d
    d.close()


@pytest.fixture
def old_deps(deps):
    """The same catalog as an older import wrote it: no semantic-ID columns anywhere."""
    import pyarrow.parquet as pq

    table = deps.catalog.table()
    table.drop_columns(["semantic_id", "semantic_l1", "semantic_l2"])
    parquet = deps.catalog.version_dir() / "products.parquet"
    products = pq.read_table(parquet)
    pq.write_table(products.drop_columns(["semantic_id", "semantic_l1", "semantic_l2"]), parquet)
    deps.catalog._forget_handles()
    return deps


def test_import_stores_a_code_per_product(deps):
    table = deps.catalog.table().to_arrow()
    codes = table["semantic_id"].to_pylist()
    assert all(c and len(c.split("-")) == 3 for c in codes)
    assert table["semantic_l2"].to_pylist() == ["-".join(c.split("-")[:2]) for c in codes]
    assert deps.catalog.manifest()["semantic_ids"]["levels"] == 3
    product = deps.catalog.get_product("boot-3")
    assert product["semantic_id"] == codes[table["product_id"].to_pylist().index("boot-3")]


def _codes(deps):
    table = deps.catalog.table().to_arrow()
    return dict(zip(table["product_id"].to_pylist(), table["semantic_id"].to_pylist(), strict=True))


def test_reimporting_the_same_catalog_gives_the_same_codes(deps, tmp_path):
    again = import_catalog(tmp_path / "again")
    assert _codes(deps) == _codes(again)
    again.close()


def test_similar_stays_in_the_branch_and_ranks_by_distance(deps):
    view = similar_view(deps, "boot-3", limit=6)
    ids = [r["product_id"] for r in view["results"]]
    assert "boot-3" not in ids and len(ids) == 6
    assert all(r["shared_levels"] >= 2 for r in view["results"][:3])
    assert all(BY_ID[i]["category"] == "Footwear > Boots > Hiking" for i in ids)
    same_branch = [r["score"] for r in view["results"] if r["shared_levels"] >= 2]
    assert same_branch == sorted(same_branch, reverse=True)


def test_similar_uses_live_price_and_stock(deps):
    first = similar_view(deps, "boot-3", limit=3)["results"][0]
    deps.state.conn.execute(
        "UPDATE inventory SET price_minor = 4242, updated_at = 9e9 WHERE product_id = ?",
        (first["product_id"],),
    )
    deps.state.conn.commit()
    again = similar_view(deps, "boot-3", limit=3)["results"][0]
    assert again["product_id"] == first["product_id"] and again["price"] == 42.42
    deps.state.conn.execute(
        "UPDATE inventory SET stock = 0, updated_at = 9e9 WHERE product_id = ?", (first["product_id"],)
    )
    deps.state.conn.commit()
    in_stock = similar_view(deps, "boot-3", limit=3, in_stock=True)["results"]
    assert first["product_id"] not in [r["product_id"] for r in in_stock]


def test_similar_of_an_unknown_id_is_not_found(deps):
    with pytest.raises(NotFound):
        similar_view(deps, "no-such-thing")


def test_diverse_caps_results_per_branch(deps):
    plain = search(deps, "hiking", Constraints(), limit=10)
    diverse = search(deps, "hiking", Constraints(), limit=10, diverse=2)
    table = deps.catalog.table().to_arrow()
    branch = dict(zip(table["product_id"].to_pylist(), table["semantic_l2"].to_pylist(), strict=True))
    counts = Counter(branch[r.product_id] for r in diverse.results)
    assert diverse.diverse_by == "semantic_l2" and max(counts.values()) <= 2
    assert max(Counter(branch[r.product_id] for r in plain.results).values()) > 2  # the cap changed something
    assert len({r.category for r in diverse.results}) > len({r.category for r in plain.results})


def test_an_old_catalog_without_codes_still_works_and_says_so(old_deps):
    assert old_deps.catalog.get_product("boot-3")["semantic_id"] is None
    view = similar_view(old_deps, "boot-3", limit=4)
    assert view["semantic_id"] is None and "no semantic IDs" in view["basis"]
    assert len(view["results"]) == 4
    response = search(old_deps, "hiking", Constraints(), limit=10, diverse=2)
    assert response.diverse_by == "category"
    assert max(Counter(r.category for r in response.results).values()) <= 2


def test_an_upsert_gives_an_old_catalog_its_codes(old_deps):
    from shopagent.catalog.models import ProductIn

    old_deps.catalog.import_products([ProductIn(id="lamp-9", title="Desk Lamp", price=20, stock=3)])
    table = old_deps.catalog.table().to_arrow()
    assert table.num_rows == len(CATALOG) + 1 and all(table["semantic_id"].to_pylist())
    assert old_deps.catalog.get_product("boot-3")["semantic_id"]


# -- CLI ---------------------------------------------------------------------------------------------


@pytest.fixture
def cli_home(coded_home, monkeypatch):
    monkeypatch.setenv("SHOPAGENT_HOME", str(coded_home))
    monkeypatch.setattr(Deps, "embedder", property(lambda self: FakeEmbedder()))
    return coded_home


def test_cli_product_json_carries_the_code(cli_home):
    result = runner.invoke(app, ["product", "boot-3", "--json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)["semantic_id"].split("-")) == 3


def test_cli_similar_json(cli_home):
    result = runner.invoke(app, ["similar", "boot-3", "--json", "--limit", "4"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["product_id"] == "boot-3" and len(data["results"]) == 4
    assert {"product_id", "sku", "title", "price", "currency", "in_stock", "score"} <= set(data["results"][0])


def test_cli_similar_table_and_errors(cli_home):
    result = runner.invoke(app, ["similar", "boot-3"], env={"COLUMNS": "200"})
    assert result.exit_code == 0 and "Hiking Boot" in result.stdout
    result = runner.invoke(app, ["similar", "nope"])
    assert result.exit_code == 1 and result.stdout == "" and result.stderr.count("\n") == 1
    result = runner.invoke(app, ["similar", "boot-3", "--limit", "0"])
    assert result.exit_code == 2


def test_cli_search_diverse(cli_home):
    result = runner.invoke(
        app, ["search", "hiking", "--diverse", "--per-branch", "1", "--json", "--limit", "5"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["diverse_by"] == "semantic_l2" and data["results"]
    assert runner.invoke(app, ["search", "hiking", "--diverse", "--per-branch", "0"]).exit_code == 2
