"""Agent tools: compact results, readable errors, no payment token, no way to complete a purchase."""

import json

import pytest
from commerce_fixtures import make_deps, stock_inventory, stock_of

from shopagent.agent.registry import commerce_tools
from shopagent.agent.toolkit import ToolError, ToolSet
from shopagent.commerce.approval import Approval
from shopagent.commerce.checkout import complete_checkout, get_session, prepare_checkout


@pytest.fixture
def shop(isolated_home):
    deps = stock_inventory(make_deps(isolated_home))
    yield deps
    deps.close()


@pytest.fixture
def tools():
    return ToolSet(commerce_tools())


def test_tool_names_and_effects(tools):
    assert {t.name: t.effect for t in tools} == {
        "view_cart": "read",
        "add_to_cart": "cart",
        "update_cart_quantity": "cart",
        "remove_from_cart": "cart",
        "prepare_checkout": "checkout_prepare",
        "list_orders": "read",
        "get_order": "read",
    }
    assert not any(t.effect == "order" for t in tools)


def test_cart_tools_round_trip(shop, tools):
    result = tools.get("add_to_cart").call(shop, {"sku": "SOCK", "quantity": 2})
    assert result == {
        "lines": [{"sku": "SOCK", "title": "Wool Hiking Socks", "quantity": 2, "unit_price": 12.99}],
        "subtotal": 25.98,
        "currency": "USD",
    }
    assert tools.get("update_cart_quantity").call(shop, {"sku": "SOCK", "quantity": 1})["subtotal"] == 12.99
    assert tools.get("remove_from_cart").call(shop, {"sku": "SOCK"})["lines"] == []


def test_tool_errors_name_valid_choices(shop, tools):
    with pytest.raises(ToolError, match="BOOT-42, BOOT-43"):
        tools.get("add_to_cart").call(shop, {"sku": "boot"})
    with pytest.raises(ToolError, match="quantity"):
        tools.get("add_to_cart").call(shop, {"sku": "SOCK", "quantity": 0})
    with pytest.raises(ToolError, match="standard|express"):
        tools.get("prepare_checkout").call(shop, {"shipping": "drone"})
    with pytest.raises(ToolError, match="orders list"):
        tools.get("get_order").call(shop, {"order_id": "ord_nope"})
    with pytest.raises(ToolError, match="cart is empty"):
        tools.get("prepare_checkout").call(shop, {})


def test_prepare_checkout_tool_cannot_complete(shop, tools):
    tools.get("add_to_cart").call(shop, {"sku": "BOOT-42", "quantity": 1})
    result = tools.get("prepare_checkout").call(shop, {"shipping": "express"})
    assert result["status"] == "ready_for_payment" and result["total"] == 155.38  # 129.99 + 14.99 + 10.40
    assert "shopagent checkout" in result["next_step"]
    session = get_session(shop, result["checkout_session_id"])
    assert session.status == "ready_for_payment" and session.order_id is None
    assert stock_of(shop, "BOOT-42") == 5
    assert tools.get("list_orders").call(shop, {}) == {"orders": []}
    # No argument smuggles a completion through: unknown arguments are refused.
    with pytest.raises(ToolError, match="allowed arguments"):
        tools.get("prepare_checkout").call(shop, {"confirm": True})


def test_no_tool_result_contains_the_payment_token(shop, tools):
    session = prepare_checkout(shop, lines=[("SOCK", 1)])
    order = complete_checkout(shop, session.id, Approval("human", "--yes"), idempotency_key="k")
    token = shop.state.query_one("SELECT token FROM payment_methods")[0]
    assert token.startswith("tok_")
    tools.get("add_to_cart").call(shop, {"sku": "CAP", "quantity": 1})
    outputs = [
        tools.get("view_cart").call(shop, {}),
        tools.get("prepare_checkout").call(shop, {}),
        tools.get("list_orders").call(shop, {}),
        tools.get("get_order").call(shop, {"order_id": order.id}),
    ]
    text = json.dumps(outputs) + json.dumps(order.to_json()) + json.dumps(session.to_json())
    assert token not in text and "tok_" not in text
    assert outputs[3]["status"] == "confirmed" and outputs[3]["lines"] == [
        {"sku": "SOCK", "title": "Wool Hiking Socks", "quantity": 1}
    ]
