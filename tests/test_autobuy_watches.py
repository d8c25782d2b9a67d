"""Watches: notify, expire, buy exactly once under a mandate, refuse (and audit) every tampering case."""

import re
import threading
from datetime import UTC, datetime, timedelta

import pytest
from autobuy_fixtures import BOOTS, JACKET, MUG, decisions, make_deps, order_count, set_price, stock_inventory

from shopagent.commerce import audit, checkout, mandates, watches
from shopagent.commerce.mandates import create_mandate, revoke_mandate
from shopagent.commerce.watches import add_watch, get_watch, run_watches
from shopagent.errors import InvalidInput, NotFound


@pytest.fixture
def deps(isolated_home):
    d = make_deps(isolated_home)
    stock_inventory(d)
    yield d
    d.close()


def _refusal(deps, watch_id):
    rows = [e for e in audit.list_audit(deps, watch_id=watch_id) if e.decision == "refused"]
    assert len(rows) == 1, rows
    return rows[0]


def test_add_watch_validates_sku_price_and_deadline(deps):
    with pytest.raises(NotFound, match="unknown SKU 'NOPE'"):
        add_watch(deps, "NOPE", 1000)
    with pytest.raises(InvalidInput, match="in the past"):
        add_watch(deps, BOOTS, 1000, until=datetime.now(UTC) - timedelta(minutes=1))
    with pytest.raises(InvalidInput, match="positive"):
        add_watch(deps, BOOTS, 0)
    assert watches.list_watches(deps) == []


def test_parse_deadline_forms():
    now = datetime(2026, 11, 22, tzinfo=UTC)
    day = watches.parse_deadline("2026-12-20", now=now)
    assert day.astimezone().date().isoformat() == "2026-12-20"
    assert day.astimezone().hour == 23
    assert watches.parse_deadline("2026-12-20T18:00:00Z", now=now) == datetime(2026, 12, 20, 18, tzinfo=UTC)
    with pytest.raises(InvalidInput, match="not a date"):
        watches.parse_deadline("next week", now=now)
    with pytest.raises(InvalidInput, match="in the past"):
        watches.parse_deadline("2026-11-01", now=now)


def test_watch_without_auto_buy_only_notifies_once_per_price(deps):
    create_mandate(deps, max_total_minor=50000)  # a mandate exists, but this watch must not use it
    w = add_watch(deps, BOOTS, 15000)
    assert run_watches(deps)[0].decision == "no_match"
    assert get_watch(deps, w.watch_id).last_seen_minor == 18000
    assert decisions(deps) == []
    set_price(deps, BOOTS, 14000)
    first = run_watches(deps)[0]
    assert (first.decision, first.new, first.status) == ("matched", True, "active")
    assert not run_watches(deps)[0].new  # same price: no second alert
    set_price(deps, BOOTS, 14000, stock=2)
    assert not run_watches(deps)[0].new  # nor when only the stock moved
    set_price(deps, BOOTS, 13000)
    assert run_watches(deps)[0].new
    assert decisions(deps) == ["matched", "matched"]
    assert order_count(deps) == 0


def test_watch_past_its_deadline_expires_and_is_audited(deps):
    now = datetime.now(UTC)
    w = add_watch(deps, BOOTS, 15000, until=now + timedelta(hours=1), auto_buy=True)
    set_price(deps, BOOTS, 10000)
    out = run_watches(deps, now=now + timedelta(hours=2))
    assert [(o.decision, o.status) for o in out] == [("expired", "expired")]
    assert get_watch(deps, w.watch_id).status == "expired"
    assert decisions(deps) == ["expired"]
    assert run_watches(deps, now=now + timedelta(hours=3)) == []
    assert order_count(deps) == 0


def test_auto_buy_buys_exactly_once_then_the_watch_is_done(deps):
    m = create_mandate(deps, max_total_minor=20000, categories=["boots"])
    w = add_watch(deps, BOOTS, 15000, auto_buy=True)
    run_watches(deps)
    assert order_count(deps) == 0
    set_price(deps, BOOTS, 14500)
    out = run_watches(deps)
    assert [(o.decision, o.status, o.mandate_id) for o in out] == [("bought", "bought", m.mandate_id)]
    assert run_watches(deps) == []
    assert order_count(deps) == 1
    order = deps.state.query_one("SELECT * FROM orders")
    assert (order["approval_kind"], order["approval_ref"]) == ("mandate", m.mandate_id)
    assert order["idempotency_key"] == f"watch:{w.watch_id}"
    assert order["total_minor"] == 15660  # 145.00, free standard shipping from 50.00, 8 % tax
    assert deps.state.query_one("SELECT stock FROM inventory WHERE sku = ?", (BOOTS,))[0] == 4
    trail = audit.list_audit(deps)
    assert [e.decision for e in trail] == ["matched", "bought"]
    assert trail[1].order_id == order["id"] and trail[1].mandate_id == m.mandate_id
    assert trail[1].price_minor == 14500
    assert get_watch(deps, w.watch_id).order_id == order["id"]
    assert mandates.get_mandate(deps, m.mandate_id).spent_minor == 15660


def test_concurrent_runs_buy_once(deps, isolated_home):
    create_mandate(deps, max_total_minor=20000)
    ids = [
        add_watch(deps, BOOTS, 15000, auto_buy=True).watch_id,
        add_watch(deps, MUG, 2000, auto_buy=True).watch_id,
    ]
    set_price(deps, BOOTS, 14000)
    barrier = threading.Barrier(6)
    results, errors = [], []

    def run():
        own = make_deps(isolated_home)  # a separate connection, as a separate process would have
        try:
            barrier.wait()
            results.append(run_watches(own))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            own.close()

    threads = [threading.Thread(target=run) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    run_watches(deps)
    assert order_count(deps) == 2
    bought = [o for outs in results for o in outs if o.decision == "bought"]
    assert sorted(o.watch_id for o in bought) == sorted(ids)
    assert sorted(decisions(deps)) == ["bought", "bought", "matched", "matched"]
    assert deps.state.query_one("SELECT stock FROM inventory WHERE sku = ?", (BOOTS,))[0] == 4


def _tamper_case(deps, name):
    now = datetime.now(UTC)
    cap, kwargs = 20000, {}
    if name == "price above cap":
        cap = 10000
    if name == "category outside":
        kwargs["categories"] = ["kitchen"]
    if name == "expired":
        kwargs["expires_at"] = now + timedelta(hours=1)
    if name != "amount raised by hand":
        m = create_mandate(deps, max_total_minor=cap, **kwargs)
    if name == "amount raised by hand":
        # A 100.00 cap does not cover 151.20, so someone raises it in the state file.
        m = create_mandate(deps, max_total_minor=10000)
        with deps.state.tx() as conn:
            conn.execute("UPDATE mandates SET max_total_minor = 50000")
    if name == "revoked":
        revoke_mandate(deps, m.mandate_id)
    return m, (now + timedelta(hours=2) if name == "expired" else None)


@pytest.mark.parametrize(
    ("case", "needle"),
    [
        ("amount raised by hand", "signature does not match: it was edited outside shopagent"),
        ("revoked", "was revoked"),
        ("expired", "expired at"),
        ("price above cap", r"amount \$151.20 is above mandate mnd_\w+'s per-purchase cap \$100.00"),
        ("category outside", r"does not cover BOOT-42 \(category Footwear > Boots > Hiking\)"),
    ],
)
def test_each_tampering_case_refuses_and_is_audited_once(deps, case, needle):
    m, when = _tamper_case(deps, case)
    w = add_watch(deps, BOOTS, 15000, auto_buy=True)
    set_price(deps, BOOTS, 14000)
    out = run_watches(deps, now=when)
    assert [(o.decision, o.status) for o in out] == [("refused", "active")]
    assert re.search(needle, out[0].reason), out[0].reason
    run_watches(deps, now=when)  # the same refusal again: not audited twice
    assert order_count(deps) == 0
    row = _refusal(deps, w.watch_id)
    assert row.mandate_id == m.mandate_id and row.price_minor == 14000
    assert decisions(deps) == ["matched", "refused"]
    assert get_watch(deps, w.watch_id).status == "active"


def test_no_mandate_at_all_refuses(deps):
    add_watch(deps, BOOTS, 15000, auto_buy=True)
    set_price(deps, BOOTS, 14000)
    out = run_watches(deps)
    assert out[0].decision == "refused" and "shopagent mandate create" in out[0].reason
    assert order_count(deps) == 0


def test_budget_exhausted_refuses_the_next_purchase(deps):
    m = create_mandate(deps, max_total_minor=20000, budget_minor=20000)
    add_watch(deps, BOOTS, 15000, auto_buy=True)
    second = add_watch(deps, JACKET, 13000, auto_buy=True)
    set_price(deps, BOOTS, 14000)
    out = {o.sku: o for o in run_watches(deps)}
    assert out[BOOTS].decision == "bought"
    assert out[JACKET].decision == "refused"
    assert "budget exceeded: $129.60 needed, $48.80 of $200.00 left" in out[JACKET].reason
    assert _refusal(deps, second.watch_id).mandate_id == m.mandate_id
    assert order_count(deps) == 1


def test_cancelled_order_gives_its_amount_back_to_the_budget(deps):
    from shopagent.commerce.orders import cancel_order

    m = create_mandate(deps, max_total_minor=20000, budget_minor=20000)
    add_watch(deps, BOOTS, 15000, auto_buy=True)
    set_price(deps, BOOTS, 14000)
    (out,) = run_watches(deps)
    assert mandates.get_mandate(deps, m.mandate_id).spent_minor == 15120
    cancel_order(deps, out.order_id, reason="changed my mind")
    assert mandates.get_mandate(deps, m.mandate_id).spent_minor == 0


def test_guard_rechecks_the_mandate_inside_the_order_transaction(deps, monkeypatch):
    """A mandate revoked after the pre-check (another terminal) still stops the purchase."""
    m = create_mandate(deps, max_total_minor=20000)
    w = add_watch(deps, BOOTS, 15000, auto_buy=True)
    set_price(deps, BOOTS, 14000)
    real_prepare = checkout.prepare_checkout

    def prepare_then_revoke(d, **kw):
        session = real_prepare(d, **kw)
        revoke_mandate(deps, m.mandate_id)
        return session

    monkeypatch.setattr("shopagent.commerce.checkout.prepare_checkout", prepare_then_revoke)
    out = run_watches(deps)
    assert out[0].decision == "refused" and "revoked" in out[0].reason
    assert order_count(deps) == 0
    assert mandates.get_mandate(deps, m.mandate_id).spent_minor == 0
    assert get_watch(deps, w.watch_id).status == "active"


def test_smallest_sufficient_mandate_is_chosen(deps):
    create_mandate(deps, max_total_minor=90000)
    small = create_mandate(deps, max_total_minor=16000, expires_at=datetime.now(UTC) + timedelta(days=9))
    sooner = create_mandate(deps, max_total_minor=16000, expires_at=datetime.now(UTC) + timedelta(days=2))
    create_mandate(deps, max_total_minor=10000)  # too small
    add_watch(deps, BOOTS, 15000, auto_buy=True)
    set_price(deps, BOOTS, 14000)
    (out,) = run_watches(deps)
    assert out.decision == "bought" and out.mandate_id == sooner.mandate_id != small.mandate_id


def test_out_of_stock_stays_active_and_buys_when_restocked(deps):
    create_mandate(deps, max_total_minor=20000)
    w = add_watch(deps, BOOTS, 15000, auto_buy=True)
    set_price(deps, BOOTS, 14000, stock=0)
    (out,) = run_watches(deps)
    assert (out.decision, out.status) == ("skipped", "active") and "out of stock" in out.reason
    run_watches(deps)
    set_price(deps, BOOTS, 14000, stock=2)
    assert run_watches(deps)[0].decision == "bought"
    assert decisions(deps, w.watch_id) == ["skipped", "matched", "bought"]


def test_shop_spending_limit_also_applies_to_autonomous_purchases(deps):
    from shopagent.commerce import config

    create_mandate(deps, max_total_minor=20000)
    add_watch(deps, BOOTS, 15000, auto_buy=True)
    config.set_value(deps, "max_order_total", "100")
    set_price(deps, BOOTS, 14000)
    (out,) = run_watches(deps)
    assert (out.decision, out.status) == ("refused", "active")
    assert order_count(deps) == 0


def test_removed_watch_is_not_run(deps):
    create_mandate(deps, max_total_minor=20000)
    w = add_watch(deps, BOOTS, 15000, auto_buy=True)
    watches.remove_watch(deps, w.watch_id)
    set_price(deps, BOOTS, 14000)
    assert run_watches(deps) == []
    with pytest.raises(NotFound):
        watches.remove_watch(deps, w.watch_id)
