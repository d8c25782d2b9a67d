"""The serve library: UCP tools on a fixture inventory, escalation, approval and mandates."""

from __future__ import annotations

import pytest
from commerce_fixtures import make_deps, stock_inventory, stock_of

from shopagent.agent.toolkit import ToolError
from shopagent.commerce.approval import Approval
from shopagent.commerce.mandates import create_mandate
from shopagent.errors import ShopError
from shopagent.serve import checkouts
from shopagent.serve.tools import call, serve_toolset


@pytest.fixture
def deps(isolated_home):
    d = stock_inventory(make_deps(isolated_home))
    yield d
    d.close()


def _orders(deps) -> int:
    return deps.state.query_one("SELECT count(*) FROM orders")[0]


def line(sku: str, qty: int = 1) -> dict:
    return {"item": {"id": sku}, "quantity": qty}


def test_the_toolset_carries_every_ucp_name_and_our_extras():
    names = serve_toolset().names()
    ucp = ["search_catalog", "lookup_catalog", "get_product", "create_cart", "get_cart", "update_cart",
           "cancel_cart", "create_checkout", "get_checkout", "update_checkout", "complete_checkout",
           "cancel_checkout", "get_order"]  # fmt: skip
    assert names[: len(ucp)] == ucp
    assert {"compare_products", "summarize_reviews", "create_watch", "list_watches", "remove_watch"} <= set(
        names
    )


def test_complete_asks_the_human_and_buys_nothing_until_approved(deps):
    created = call(deps, "create_checkout", {"line_items": [line("SOCK", 2)]})
    assert created["status"] == "ready_for_complete"
    assert created["line_items"][0]["item"] == {"id": "SOCK", "quantity": 2}
    totals = {t["type"]: t["amount"] for t in created["totals"]}
    assert totals["items_base_amount"] == 2598 and totals["total"] == 2598 + 599 + 208

    asked = call(deps, "complete_checkout", {"id": created["id"]})
    assert asked["status"] == "requires_escalation" and asked["order"] is None
    assert any(f"shopagent checkout approve {created['id']}" in m["content"] for m in asked["messages"])
    assert _orders(deps) == 0 and stock_of(deps, "SOCK") == 100
    # Asking again changes nothing and still buys nothing.
    assert call(deps, "complete_checkout", {"id": created["id"]})["status"] == "requires_escalation"
    assert _orders(deps) == 0
    assert [v.session.id for v in checkouts.pending(deps)] == [created["id"]]

    checkouts.approve(deps, created["id"], Approval("human", "--yes"))
    done = call(deps, "get_checkout", {"id": created["id"]})
    assert done["status"] == "completed" and done["order"]["id"].startswith("ord_")
    assert _orders(deps) == 1 and stock_of(deps, "SOCK") == 98
    order = call(deps, "get_order", {"id": done["order"]["id"]})["order"]
    assert order["approved_by"] == "human" and order["totals"][-1]["amount"] == totals["total"]
    # Approving twice, or the agent completing again, never buys twice.
    checkouts.approve(deps, created["id"], Approval("human", "--yes"))
    assert call(deps, "complete_checkout", {"id": created["id"]})["status"] == "completed"
    assert _orders(deps) == 1 and checkouts.pending(deps) == []


def test_a_covering_mandate_completes_without_the_human(deps):
    create_mandate(deps, max_total_minor=5000, skus=["SOCK"])
    created = call(deps, "create_checkout", {"line_items": [line("SOCK")]})
    done = call(deps, "complete_checkout", {"id": created["id"]})
    assert done["status"] == "completed" and done["order"]["approved_by"] == "mandate"
    spent = deps.state.query_one("SELECT amount_minor, order_id FROM mandate_spend")
    assert spent["amount_minor"] == done["totals"][-1]["amount"] and spent["order_id"] == done["order"]["id"]
    audit = deps.state.query_one("SELECT decision, order_id FROM audit")
    assert audit["decision"] == "bought" and audit["order_id"] == done["order"]["id"]


def test_a_mandate_must_cover_every_line_and_the_total(deps):
    create_mandate(deps, max_total_minor=5000, skus=["SOCK"])
    mixed = call(deps, "create_checkout", {"line_items": [line("SOCK"), line("CAP")]})
    assert call(deps, "complete_checkout", {"id": mixed["id"]})["status"] == "requires_escalation"
    dear = call(deps, "create_checkout", {"line_items": [line("SOCK", 5)]})  # 64.95 + tax > 50.00
    asked = call(deps, "complete_checkout", {"id": dear["id"]})
    assert asked["status"] == "requires_escalation"
    assert any("per-purchase cap" in m["content"] for m in asked["messages"])
    assert _orders(deps) == 0


def test_update_reprices_and_an_escalated_checkout_is_frozen(deps):
    created = call(deps, "create_checkout", {"line_items": [line("SOCK")]})
    updated = call(
        deps, "update_checkout",
        {"id": created["id"], "line_items": [line("BOOT-42", 1)], "fulfillment_option_id": "express"},
    )  # fmt: skip
    assert [li["item"]["id"] for li in updated["line_items"]] == ["BOOT-42"]
    assert updated["fulfillment_option_id"] == "express"
    assert {t["type"]: t["amount"] for t in updated["totals"]}["fulfillment"] == 1499
    call(deps, "complete_checkout", {"id": created["id"]})
    with pytest.raises(ToolError, match="waiting for the user's approval"):
        call(deps, "update_checkout", {"id": created["id"], "fulfillment_option_id": "standard"})
    canceled = call(deps, "cancel_checkout", {"id": created["id"]})
    assert canceled["status"] == "canceled"
    with pytest.raises(ShopError, match="canceled"):
        checkouts.approve(deps, created["id"], Approval("human", "--yes"))
    assert _orders(deps) == 0


def test_bad_arguments_are_tool_errors_naming_what_is_valid(deps):
    with pytest.raises(ToolError, match="allowed arguments: id"):
        call(deps, "complete_checkout", {"checkout_id": "cs_x"})
    with pytest.raises(ToolError, match="quantity"):
        call(deps, "create_checkout", {"line_items": [line("SOCK", 0)]})
    with pytest.raises(ToolError, match="unknown checkout session"):
        call(deps, "get_checkout", {"id": "cs_nope"})
    with pytest.raises(ToolError, match="unknown tool 'buy_now'; available tools: search_catalog"):
        call(deps, "buy_now", {})
    out_of_stock = call(deps, "create_checkout", {"line_items": [line("TENT")]})
    assert out_of_stock["status"] == "incomplete"
    with pytest.raises(ToolError, match="cannot be completed"):
        call(deps, "complete_checkout", {"id": out_of_stock["id"]})


def test_agent_carts_are_apart_from_the_users_cart_and_feed_a_checkout(deps):
    cart = call(deps, "create_cart", {"line_items": [line("SOCK", 2), line("SOCK", 1)]})
    assert cart["line_items"][0]["quantity"] == 3 and cart["totals"][0]["amount"] == 3897
    assert deps.state.query_one("SELECT count(*) FROM cart_lines")[0] == 0
    cart = call(deps, "update_cart", {"id": cart["id"], "line_items": [line("CAP", 4)]})
    assert [li["item"]["id"] for li in cart["line_items"]] == ["CAP"]
    checkout = call(deps, "create_checkout", {"cart_id": cart["id"]})
    assert checkout["line_items"][0]["item"] == {"id": "CAP", "quantity": 4}
    assert call(deps, "cancel_cart", {"id": cart["id"]})["status"] == "canceled"
    with pytest.raises(ToolError, match="canceled"):
        call(deps, "create_checkout", {"cart_id": cart["id"]})
    with pytest.raises(ToolError, match="unknown cart"):
        call(deps, "get_cart", {"id": "cart_nope"})


def test_spending_limits_refuse_before_asking_the_human(deps):
    from shopagent.commerce import config

    config.set_value(deps, "max_order_total", "10")
    created = call(deps, "create_checkout", {"line_items": [line("SOCK", 2)]})
    with pytest.raises(ToolError, match="max_order_total|limit"):
        call(deps, "complete_checkout", {"id": created["id"]})
    assert checkouts.pending(deps) == []


def test_a_session_changed_after_the_human_reviewed_it_is_not_bought(deps):
    from shopagent.commerce.checkout import read_session, update_session

    created = call(deps, "create_checkout", {"line_items": [line("SOCK")]})
    reviewed = read_session(deps.state.conn, created["id"])
    update_session(deps, created["id"], lines=[("BOOT-42", 1)])  # e.g. another process, meanwhile
    with pytest.raises(ShopError, match="changed after you reviewed it"):
        checkouts.approve(deps, created["id"], Approval("human", "--yes"), reviewed=reviewed)
    assert _orders(deps) == 0
    again = read_session(deps.state.conn, created["id"])
    assert (
        checkouts.approve(deps, created["id"], Approval("human", "--yes"), reviewed=again).order is not None
    )


def test_the_published_schemas_take_ucp_shapes_and_refuse_others():
    import jsonschema

    tools = {t.name: t for t in serve_toolset()}

    def ok(name: str, arguments: dict) -> bool:
        try:
            jsonschema.validate(arguments, tools[name].args_model.model_json_schema())
            return True
        except jsonschema.ValidationError:
            return False

    ucp_line = {"item": {"id": "SKU-1"}, "quantity": 2}
    assert ok("create_checkout", {"line_items": [ucp_line]})
    assert ok("create_cart", {"line_items": [ucp_line]})
    assert ok("complete_checkout", {"id": "cs_1"})
    assert ok("search_catalog", {"query": "boots", "max_price": 150, "in_stock": True})
    assert not ok("create_checkout", {"line_items": [{"sku": "SKU-1", "quantity": 2}]})
    assert not ok("create_checkout", {"line_items": [{"item": {"id": "SKU-1"}, "quantity": 0}]})
    assert not ok("complete_checkout", {})
    assert not ok("complete_checkout", {"id": "cs_1", "approved": True})
