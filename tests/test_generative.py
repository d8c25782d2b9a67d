"""Generative retrieval over semantic IDs: the menu, the grammar's codes, and a scripted model."""

from __future__ import annotations

import json

import pytest
from catalog_fixtures import make_deps
from search_fixtures import import_catalog

from shopagent.search.generative import branch_menu, branch_recall, code_schema, decode_branch
from shopagent.testing import ScriptedModel


@pytest.fixture(scope="module")
def deps(tmp_path_factory):
    home = tmp_path_factory.mktemp("gen") / "home"
    import_catalog(home).close()
    d = make_deps(home)
    yield d
    d.close()


def test_menu_lists_every_branch_once_with_its_categories(deps):
    table = deps.catalog.table().to_arrow()
    codes = set(table["semantic_l2"].to_pylist())
    menu = branch_menu(deps)
    assert {b.code for b in menu} == codes and len(menu) == len(codes)
    assert sum(b.size for b in menu) == table.num_rows
    assert all(b.label for b in menu)


def test_the_grammar_admits_only_existing_codes(deps):
    menu = branch_menu(deps)
    schema = code_schema(menu)
    assert schema["properties"]["branch"]["enum"] == [b.code for b in menu]


def test_decode_and_recall_through_a_scripted_model(deps):
    menu = branch_menu(deps)
    boots = deps.catalog.get_product("boot-3")["semantic_id"].rsplit("-", 1)[0]
    model = ScriptedModel(json.dumps({"branch": boots}), '{"branch": "99-99"}', "not json")
    assert decode_branch(model, menu, "hiking boots") == boots
    assert model.calls[0]["json_schema"] == code_schema(menu)
    assert boots in model.calls[0]["messages"][0]["content"]
    assert decode_branch(model, menu, "x") is None  # a code the catalog lacks
    assert decode_branch(model, menu, "x") is None  # not JSON
    found = branch_recall(deps, boots, "hiking boots", limit=5)
    table = deps.catalog.table().to_arrow()
    branch = dict(zip(table["product_id"].to_pylist(), table["semantic_l2"].to_pylist(), strict=True))
    assert found and all(branch[pid] == boots for pid in found)
