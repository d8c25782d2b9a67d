"""The agent-facing adapters of plan and similar: schemas the model sees, outputs, errors."""

from __future__ import annotations

import pytest
from catalog_fixtures import make_deps
from plan_fixtures import import_plan_catalog

from shopagent.agent.toolkit import ToolError
from shopagent.agent.tools.plan import PLAN_TOOLS, cart_lines, plan_shopping_list, similar_products


@pytest.fixture(scope="module")
def deps(tmp_path_factory):
    home = tmp_path_factory.mktemp("plantools") / "home"
    import_plan_catalog(home).close()
    d = make_deps(home)
    yield d
    d.close()


def test_schemas_describe_every_argument():
    for t in PLAN_TOOLS:
        schema = t.schema()["function"]
        assert schema["description"]
        assert all(p.get("description") for p in schema["parameters"]["properties"].values())


def test_plan_tool_returns_the_list_and_its_cart_lines(deps):
    out = plan_shopping_list.call(deps, {"situation": "camping with two kids", "budget": 900})
    assert out.data["total"] <= 900 and out.data["items"]
    assert {"role", "id", "sku", "quantity", "line_total"} <= set(out.data["items"][0])
    lines = cart_lines({"items": out.items})
    assert lines[0] == (out.items[0]["sku"], out.items[0]["quantity"])
    assert sum(q for _, q in lines) > len(lines)  # two kids: some lines are for three people


def test_plan_tool_refuses_a_bad_budget_in_words_the_model_can_read(deps):
    with pytest.raises(ToolError, match="budget"):
        plan_shopping_list.call(deps, {"situation": "camping", "budget": 0})


def test_similar_tool(deps):
    out = similar_products.call(deps, {"product_id": "tent-1", "limit": 2})
    assert out.data["like"] == "tent-1" and len(out.data["results"]) == 2
    with pytest.raises(ToolError, match="no product"):
        similar_products.call(deps, {"product_id": "nope"})
