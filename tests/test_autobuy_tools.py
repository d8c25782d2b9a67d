"""Watch tools the model sees: notify-only watches; no way to grant or use spending power."""

import pytest
from autobuy_fixtures import BOOTS, make_deps, order_count, set_price, stock_inventory

from shopagent.agent.toolkit import ToolError, ToolSet
from shopagent.agent.tools.watches import TOOLS
from shopagent.commerce.mandates import create_mandate
from shopagent.commerce.watches import run_watches


@pytest.fixture
def deps(isolated_home):
    d = make_deps(isolated_home)
    stock_inventory(d)
    yield d
    d.close()


def test_tool_names_effects_and_no_spending_power():
    tools = ToolSet(TOOLS)
    assert tools.names() == ["create_watch", "list_watches", "remove_watch"]
    assert {t.name: t.effect for t in tools} == {
        "create_watch": "watch",
        "list_watches": "read",
        "remove_watch": "watch",
    }
    props = tools.get("create_watch").schema()["function"]["parameters"]["properties"]
    assert set(props) == {"sku", "max_price", "until"}
    assert not any("mandate" in t.name for t in tools)


def test_agent_watch_never_buys_even_with_a_mandate(deps):
    create_mandate(deps, max_total_minor=50000)
    tools = ToolSet(TOOLS)
    made = tools.get("create_watch").call(deps, {"sku": BOOTS, "max_price": 150})
    assert made["auto_buy"] is False and made["created_by"] == "agent"
    with pytest.raises(ToolError, match="auto_buy"):
        tools.get("create_watch").call(deps, {"sku": BOOTS, "max_price": 150, "auto_buy": True})
    set_price(deps, BOOTS, 10000)
    assert [o.decision for o in run_watches(deps)] == ["matched"]
    assert order_count(deps) == 0
    listed = tools.get("list_watches").call(deps, {})["watches"]
    assert [w["watch_id"] for w in listed] == [made["watch_id"]]
    assert tools.get("remove_watch").call(deps, {"watch_id": made["watch_id"]})["removed"] == made["watch_id"]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        ({"sku": "NOPE", "max_price": 10}, "unknown SKU"),
        ({"sku": BOOTS, "max_price": 10, "until": "2001-01-01"}, "in the past"),
        ({"sku": BOOTS, "max_price": -1}, "max_price"),
    ],
)
def test_tool_errors_are_readable(deps, args, needle):
    with pytest.raises(ToolError, match=needle):
        ToolSet(TOOLS).get("create_watch").call(deps, args)


def test_remove_unknown_watch_is_a_tool_error(deps):
    with pytest.raises(ToolError, match="watch list"):
        ToolSet(TOOLS).get("remove_watch").call(deps, {"watch_id": "wch_nope"})
