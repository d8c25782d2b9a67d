"""Cart operations, checkout sessions, re-pricing, limits, idempotency, races, guard, orders lifecycle."""

import threading

import pytest
from commerce_fixtures import make_deps, set_price, stock_inventory, stock_of

from shopagent.commerce import cart, config, orders
from shopagent.commerce.approval import Approval
from shopagent.commerce.checkout import complete_checkout, get_session, prepare_checkout
from shopagent.commerce.vouchers import add_voucher, make_voucher
from shopagent.errors import InvalidInput, NotFound, SafetyRefusal, ShopError

HUMAN = Approval("human", "--yes")
T0 = 1_800_000_000.0
HOUR = 3600.0


@pytest.fixture
def shop(isolated_home):
    deps = stock_inventory(make_deps(isolated_home))
    yield deps
    deps.close()


# -- cart --------------------------------------------------------------------------------------


def test_cart_add_accumulates_and_set_replaces(shop):
    cart.add(shop, "SOCK", 2)
    cart.add(shop, "SOCK", 3)
    assert [(li.sku, li.quantity) for li in cart.show(shop).lines] == [("SOCK", 5)]
    cart.set_quantity(shop, "SOCK", 1)
    cart.add(shop, "CAP")
    current = cart.show(shop)
    assert [(li.sku, li.quantity) for li in current.lines] == [("SOCK", 1), ("CAP", 1)]
    assert current.subtotal_minor == 1299 + 10
    cart.remove(shop, "SOCK")
    assert [li.sku for li in cart.show(shop).lines] == ["CAP"]
    assert cart.clear(shop) == 1
    assert cart.show(shop).lines == []


@pytest.mark.parametrize("qty", [0, -1, 1000])
def test_cart_quantity_must_be_1_to_999(shop, qty):
    with pytest.raises(InvalidInput, match="1..999"):
        cart.add(shop, "SOCK", qty)


def test_cart_checks_live_stock(shop):
    with pytest.raises(InvalidInput, match="out of stock"):
        cart.add(shop, "TENT")
    with pytest.raises(InvalidInput, match="only 5 of BOOT-42"):
        cart.add(shop, "BOOT-42", 6)
    cart.add(shop, "BOOT-42", 4)
    with pytest.raises(InvalidInput, match="only 5"):
        cart.add(shop, "BOOT-42", 2)  # 4 + 2 > 5
    assert cart.show(shop).lines[0].quantity == 4


def test_unknown_sku_names_how_to_find_one(shop):
    with pytest.raises(NotFound, match="shopagent search"):
        cart.add(shop, "NOPE")
    with pytest.raises(NotFound, match="BOOT-42, BOOT-43"):
        cart.add(shop, "boot")  # a product id with variants
    with pytest.raises(NotFound, match="not in the cart"):
        cart.remove(shop, "SOCK")


# -- checkout ----------------------------------------------------------------------------------


def test_checkout_reprices_and_says_what_changed(shop):
    cart.add(shop, "SOCK", 2)
    set_price(shop, "SOCK", 999)
    session = prepare_checkout(shop)
    assert session.status == "ready_for_payment"
    assert session.lines[0].unit_price_minor == 999
    assert "price of Wool Hiking Socks (SOCK) changed from $12.99 to $9.99" in session.messages
    # Between review and completion the price falls again: the order uses it and says so.
    set_price(shop, "SOCK", 899)
    order = complete_checkout(shop, session.id, HUMAN, idempotency_key="k")
    assert order.subtotal_minor == 1798
    done = get_session(shop, session.id)
    assert done.status == "completed" and done.order_id == order.id
    assert any("from $9.99 to $8.99" in m for m in done.messages)


def test_a_total_that_rose_after_approval_is_refused(shop):
    cart.add(shop, "SOCK", 1)
    session = prepare_checkout(shop)
    set_price(shop, "SOCK", 1500)
    with pytest.raises(SafetyRefusal, match="rose from"):
        complete_checkout(shop, session.id, HUMAN, idempotency_key="k")
    assert stock_of(shop, "SOCK") == 100
    assert orders.list_orders(shop) == []


def test_voucher_applied_at_checkout(shop):
    add_voucher(shop, make_voucher("save10", percent="10", min_subtotal="20"))
    cart.add(shop, "SOCK", 2)  # 25.98
    session = prepare_checkout(shop, voucher="SAVE10", shipping="express")
    t = session.totals
    assert (t.subtotal, t.discount, t.shipping) == (2598, 260, 1499)
    assert t.tax == 187  # 8% of 23.38 = 1.8704
    assert t.total == 2598 - 260 + 1499 + 187
    cart.set_quantity(shop, "SOCK", 1)
    with pytest.raises(InvalidInput, match="at least \\$20.00"):
        prepare_checkout(shop, voucher="save10")
    with pytest.raises(NotFound, match="SAVE10"):
        prepare_checkout(shop, voucher="NOSUCH")


def test_empty_cart_cannot_check_out(shop):
    with pytest.raises(ShopError, match="cart is empty"):
        prepare_checkout(shop)


def test_completion_decrements_stock_and_takes_lines_out_of_the_cart(shop):
    cart.add(shop, "BOOT-42", 2)
    cart.add(shop, "SOCK", 1)
    session = prepare_checkout(shop)
    cart.add(shop, "SOCK", 2)  # added in another terminal after the review
    order = complete_checkout(shop, session.id, HUMAN, idempotency_key="k", now=T0)
    assert stock_of(shop, "BOOT-42") == 3 and stock_of(shop, "SOCK") == 99
    assert [(li.sku, li.quantity) for li in cart.show(shop).lines] == [("SOCK", 2)]
    assert order.status == "confirmed" and order.approval_kind == "human"
    assert [e.status for e in order.events] == ["confirmed"]


def test_explicit_lines_do_not_touch_the_cart(shop):
    cart.add(shop, "CAP", 3)
    session = prepare_checkout(shop, lines=[("SOCK", 1), ("SOCK", 1)])
    assert [(li.sku, li.quantity) for li in session.lines] == [("SOCK", 2)]
    complete_checkout(shop, session.id, Approval("mandate", "mdt_1"), idempotency_key="w1")
    assert [(li.sku, li.quantity) for li in cart.show(shop).lines] == [("CAP", 3)]
    with pytest.raises(NotFound):
        prepare_checkout(shop, lines=[("NOPE", 1)])


def test_idempotent_completion_never_charges_twice(shop):
    session = prepare_checkout(shop, lines=[("BOOT-42", 1)])
    first = complete_checkout(shop, session.id, HUMAN, idempotency_key="same")
    again = complete_checkout(shop, session.id, HUMAN, idempotency_key="same")
    assert again.id == first.id
    assert stock_of(shop, "BOOT-42") == 4
    assert len(orders.list_orders(shop)) == 1
    with pytest.raises(ShopError, match="already completed"):
        complete_checkout(shop, session.id, HUMAN, idempotency_key="other")
    other = prepare_checkout(shop, lines=[("SOCK", 1)])
    with pytest.raises(ShopError, match="already used"):
        complete_checkout(shop, other.id, HUMAN, idempotency_key="same")


def test_out_of_stock_at_completion_names_the_sku_and_what_is_left(shop):
    session = prepare_checkout(shop, lines=[("BOOT-42", 3)])
    with shop.state.tx() as conn:
        conn.execute("UPDATE inventory SET stock = 2 WHERE sku = 'BOOT-42'")
    with pytest.raises(ShopError, match="only 2 of BOOT-42"):
        complete_checkout(shop, session.id, HUMAN, idempotency_key="k")
    assert stock_of(shop, "BOOT-42") == 2


def test_out_of_stock_session_is_not_ready(shop):
    session = prepare_checkout(shop, lines=[("TENT", 1)])
    assert session.status == "not_ready_for_payment"
    assert "out of stock" in session.messages[0]


def test_max_order_total_and_daily_budget(shop):
    config.set_value(shop, "max_order_total", "100")
    big = prepare_checkout(shop, lines=[("BOOT-42", 1)])
    with pytest.raises(SafetyRefusal, match="max_order_total"):
        complete_checkout(shop, big.id, HUMAN, idempotency_key="a", now=T0)
    config.set_value(shop, "max_order_total", "off")
    config.set_value(shop, "daily_budget", "200")
    complete_checkout(shop, big.id, HUMAN, idempotency_key="a", now=T0)  # 140.39
    second = prepare_checkout(shop, lines=[("BOOT-42", 1)])
    with pytest.raises(SafetyRefusal, match="daily_budget"):
        complete_checkout(shop, second.id, HUMAN, idempotency_key="b", now=T0 + 60)
    # A day later the budget is fresh.
    complete_checkout(shop, second.id, HUMAN, idempotency_key="b", now=T0 + 25 * HOUR)
    assert stock_of(shop, "BOOT-42") == 3


def test_config_validates_keys_and_values(shop):
    with pytest.raises(InvalidInput, match="max_order_total, daily_budget"):
        config.set_value(shop, "max_total", "5")
    for bad in ("-5", "0", "abc", "nan"):
        with pytest.raises(InvalidInput):
            config.set_value(shop, "daily_budget", bad)
    assert config.show(shop) == {"max_order_total": None, "daily_budget": None, "catalog_uri": None}


def test_guard_can_refuse_and_can_write_in_the_same_transaction(shop):
    def refuse(conn, session):
        raise SafetyRefusal(f"guard says no to {session.total_minor}")

    session = prepare_checkout(shop, lines=[("SOCK", 1)])
    with pytest.raises(SafetyRefusal, match="guard says no"):
        complete_checkout(shop, session.id, Approval("mandate", "m1"), idempotency_key="g", guard=refuse)
    assert stock_of(shop, "SOCK") == 100 and orders.list_orders(shop) == []

    seen = []

    def note(conn, session):
        seen.append(session.status)
        conn.execute("INSERT INTO meta (key, value) VALUES ('guard_ran', ?)", (session.id,))

    order = complete_checkout(shop, session.id, Approval("mandate", "m1"), idempotency_key="g", guard=note)
    assert seen == ["in_progress"]
    assert shop.state.get_meta("guard_ran") == session.id
    assert order.approval_ref == "m1"


def test_racing_completions_for_the_last_unit_make_exactly_one_order(isolated_home):
    setup = stock_inventory(make_deps(isolated_home))
    sessions = [prepare_checkout(setup, lines=[("BOOT-43", 1)]).id for _ in range(6)]
    setup.close()
    barrier = threading.Barrier(len(sessions))
    results: list[object] = []

    def buy(session_id):
        deps = make_deps(isolated_home)
        barrier.wait()
        try:
            results.append(complete_checkout(deps, session_id, HUMAN, idempotency_key=session_id).id)
        except ShopError as exc:
            results.append(exc)
        finally:
            deps.close()

    threads = [threading.Thread(target=buy, args=(s,)) for s in sessions]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    orders_made = [r for r in results if isinstance(r, str)]
    errors = [r for r in results if isinstance(r, ShopError)]
    assert len(orders_made) == 1 and len(errors) == 5
    assert all("out of stock" in str(e) for e in errors)
    check = make_deps(isolated_home)
    assert stock_of(check, "BOOT-43") == 0
    check.close()


# -- orders ------------------------------------------------------------------------------------


def _order(shop, sku="BOOT-42", qty=2, now=T0):
    session = prepare_checkout(shop, lines=[(sku, qty)], now=now)
    return complete_checkout(shop, session.id, HUMAN, idempotency_key=session.id, now=now)


def test_cancel_before_shipment_restocks(shop):
    order = _order(shop)
    assert stock_of(shop, "BOOT-42") == 3
    canceled = orders.cancel_order(shop, order.id, reason="changed my mind", now=T0 + HOUR)
    assert canceled.status == "canceled"
    assert stock_of(shop, "BOOT-42") == 5
    assert [e.status for e in canceled.events] == ["confirmed", "canceled"]
    assert "changed my mind" in canceled.events[-1].reason
    with pytest.raises(ShopError, match="already canceled"):
        orders.cancel_order(shop, order.id, now=T0 + 2 * HOUR)
    assert stock_of(shop, "BOOT-42") == 5


def test_shipped_orders_cannot_be_canceled_but_can_be_returned_within_30_days(shop):
    order = _order(shop)
    assert orders.get_order(shop, order.id, now=T0 + 23 * HOUR).status == "confirmed"
    shipped = orders.get_order(shop, order.id, now=T0 + 24 * HOUR)
    assert shipped.status == "shipped" and [e.status for e in shipped.events] == ["confirmed", "shipped"]
    with pytest.raises(ShopError, match="orders return"):
        orders.cancel_order(shop, order.id, now=T0 + 25 * HOUR)
    with pytest.raises(ShopError, match="not shipped yet"):
        orders.return_order(shop, _order(shop, "SOCK", 1).id, now=T0 + HOUR)
    returned = orders.return_order(shop, order.id, now=T0 + 24 * HOUR + 30 * 24 * HOUR)
    assert returned.status == "returned" and stock_of(shop, "BOOT-42") == 5


def test_return_window_closes_after_30_days_from_shipment(shop):
    order = _order(shop)
    with pytest.raises(ShopError, match="return window ended"):
        orders.return_order(shop, order.id, now=T0 + 24 * HOUR + 30 * 24 * HOUR + 1)
    assert stock_of(shop, "BOOT-42") == 3


def test_unknown_order(shop):
    with pytest.raises(NotFound, match="orders list"):
        orders.get_order(shop, "ord_nope")


def test_a_refusing_guard_rolls_back_its_own_writes_too(shop):
    def write_then_refuse(conn, session):
        conn.execute("INSERT INTO meta (key, value) VALUES ('half_done', 'yes')")
        raise SafetyRefusal("mandate revoked")

    session = prepare_checkout(shop, lines=[("SOCK", 2)])
    with pytest.raises(SafetyRefusal):
        complete_checkout(
            shop, session.id, Approval("mandate", "m"), idempotency_key="x", guard=write_then_refuse
        )
    assert shop.state.get_meta("half_done") is None
    assert stock_of(shop, "SOCK") == 100
    assert get_session(shop, session.id).status == "ready_for_payment"


def test_a_sku_dropped_from_the_catalog_blocks_checkout_with_a_hint(shop):
    cart.add(shop, "CAP")
    cart.add(shop, "SOCK")
    with shop.state.tx() as conn:
        conn.execute("DELETE FROM inventory WHERE sku = 'CAP'")
    current = cart.show(shop)
    assert [(li.sku, li.available) for li in current.lines] == [("CAP", False), ("SOCK", True)]
    session = prepare_checkout(shop)
    assert session.status == "not_ready_for_payment"
    assert "cart remove CAP" in session.messages[0]
    with pytest.raises(ShopError, match="no longer sold"):
        complete_checkout(shop, session.id, HUMAN, idempotency_key="k")
