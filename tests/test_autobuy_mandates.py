"""Mandates: signing, verification, every refusal reason, and the key's permissions."""

import os
from datetime import UTC, datetime, timedelta

import pytest
from autobuy_fixtures import BOOTS, JACKET, MUG, make_deps, stock_inventory

from shopagent.commerce import mandates
from shopagent.commerce.mandates import InsecureKey, create_mandate, revoke_mandate, verify_mandate
from shopagent.errors import InvalidInput, NotFound, SafetyRefusal


@pytest.fixture
def deps(isolated_home):
    d = make_deps(isolated_home)
    stock_inventory(d)
    yield d
    d.close()


def _verify(deps, m, sku=BOOTS, category="Footwear > Boots > Hiking", amount=15000, **kw):
    return verify_mandate(deps, m.mandate_id, sku=sku, category=category, amount_minor=amount, **kw)


def test_key_is_created_owner_only_and_mandate_verifies(deps, isolated_home):
    m = create_mandate(deps, max_total_minor=20000)
    key_file = isolated_home / "keys" / "mandate.key"
    assert oct(os.stat(key_file).st_mode & 0o777) == "0o600"
    assert oct(os.stat(key_file.parent).st_mode & 0o777) == "0o700"
    assert len(key_file.read_bytes()) == 32
    assert _verify(deps, m).mandate_id == m.mandate_id
    assert mandates.signature_valid(deps, m)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE mandates SET max_total_minor = 999999",
        "UPDATE mandates SET budget_minor = NULL",
        'UPDATE mandates SET categories = \'["footwear", "kitchen"]\'',
        "UPDATE mandates SET expires_at = '2099-01-01T00:00:00+00:00'",
    ],
)
def test_any_hand_edit_breaks_the_signature(deps, sql):
    m = create_mandate(
        deps, max_total_minor=20000, budget_minor=40000, categories=["footwear"],
        expires_at=datetime.now(UTC) + timedelta(days=3),
    )  # fmt: skip
    _verify(deps, m)
    with deps.state.tx() as conn:
        conn.execute(sql)
    with pytest.raises(SafetyRefusal, match="edited outside shopagent"):
        _verify(deps, m)
    assert not mandates.signature_valid(deps, mandates.get_mandate(deps, m.mandate_id))


def test_clearing_revoked_at_by_hand_does_not_revive_a_mandate(deps):
    m = create_mandate(deps, max_total_minor=20000)
    revoke_mandate(deps, m.mandate_id)
    with pytest.raises(SafetyRefusal, match="revoked"):
        _verify(deps, m)
    with deps.state.tx() as conn:
        conn.execute("UPDATE mandates SET revoked_at = NULL")
    with pytest.raises(SafetyRefusal, match="edited outside shopagent"):
        _verify(deps, m)


def test_expired_mandate_refuses(deps):
    now = datetime.now(UTC)
    m = create_mandate(deps, max_total_minor=20000, expires_at=now + timedelta(hours=1))
    _verify(deps, m, now=now)
    with pytest.raises(SafetyRefusal, match="expired"):
        _verify(deps, m, now=now + timedelta(hours=2))


def test_amount_above_the_cap_refuses(deps):
    m = create_mandate(deps, max_total_minor=10000)
    _verify(deps, m, amount=10000)
    with pytest.raises(SafetyRefusal, match=r"above .*per-purchase cap \$100.00"):
        _verify(deps, m, amount=10001)


@pytest.mark.parametrize("allowed", ["footwear", "BOOTS", "Hiking", "footwear > boots"])
def test_category_matches_any_level_case_insensitively(deps, allowed):
    m = create_mandate(deps, max_total_minor=20000, categories=[allowed])
    _verify(deps, m)


def test_category_or_sku_outside_the_mandate_refuses(deps):
    m = create_mandate(deps, max_total_minor=20000, categories=["kitchen"], skus=[JACKET])
    _verify(deps, m, sku=MUG, category="Kitchen > Drinkware")
    _verify(deps, m, sku=JACKET, category="Clothing > Jackets")
    with pytest.raises(SafetyRefusal, match="does not cover BOOT-42"):
        _verify(deps, m)
    with pytest.raises(SafetyRefusal, match="does not cover"):
        _verify(deps, m, category="Footwear > Kitchenette")  # a substring is not a level


def test_budget_counts_recorded_spend(deps):
    m = create_mandate(deps, max_total_minor=15000, budget_minor=20000)
    with deps.state.tx() as conn:
        mandates.record_spend(conn, _verify(deps, m, amount=15000, conn=conn), idempotency_key="k1",
                              amount_minor=15000, currency="USD")  # fmt: skip
    assert mandates.get_mandate(deps, m.mandate_id).spent_minor == 15000
    _verify(deps, m, amount=5000)
    with pytest.raises(SafetyRefusal, match=r"budget exceeded: \$50.01 needed, \$50.00 of \$200.00 left"):
        _verify(deps, m, amount=5001)


def test_currency_mismatch_refuses(deps):
    m = create_mandate(deps, max_total_minor=20000)
    with pytest.raises(SafetyRefusal, match="in USD, the purchase is in EUR"):
        _verify(deps, m, currency="EUR")


@pytest.mark.parametrize(
    ("kwargs", "needle"),
    [
        ({"max_total_minor": 0}, "positive"),
        ({"max_total_minor": 100, "budget_minor": 50}, "below the per-purchase maximum"),
        ({"max_total_minor": 100, "expires_at": datetime(2020, 1, 1, tzinfo=UTC)}, "in the past"),
    ],
)
def test_bad_mandate_input_is_rejected_and_nothing_is_stored(deps, kwargs, needle):
    with pytest.raises(InvalidInput, match=needle):
        create_mandate(deps, **kwargs)
    assert mandates.list_mandates(deps) == []


def test_unknown_mandate_is_not_found(deps):
    with pytest.raises(NotFound, match="no mandate"):
        revoke_mandate(deps, "mnd_nope")


@pytest.mark.parametrize("mode", [0o640, 0o604, 0o644])
def test_key_readable_by_others_is_refused_with_a_fix(deps, isolated_home, mode):
    m = create_mandate(deps, max_total_minor=20000)
    key_file = isolated_home / "keys" / "mandate.key"
    os.chmod(key_file, mode)
    with pytest.raises(InsecureKey, match=f"chmod 600 {key_file}"):
        create_mandate(deps, max_total_minor=20000)
    with pytest.raises(SafetyRefusal, match="cannot be verified.*chmod 600"):
        _verify(deps, m)
    os.chmod(key_file, 0o600)
    _verify(deps, m)


def test_revoke_works_even_when_the_key_is_unusable(deps, isolated_home):
    m = create_mandate(deps, max_total_minor=20000)
    os.chmod(isolated_home / "keys" / "mandate.key", 0o644)
    assert revoke_mandate(deps, m.mandate_id).revoked_at
    os.chmod(isolated_home / "keys" / "mandate.key", 0o600)
    with pytest.raises(SafetyRefusal, match="was revoked"):
        _verify(deps, m)


def test_keys_dir_open_to_others_is_refused(deps, isolated_home):
    create_mandate(deps, max_total_minor=20000)
    os.chmod(isolated_home / "keys", 0o755)
    with pytest.raises(InsecureKey, match="chmod 700"):
        create_mandate(deps, max_total_minor=20000)


def test_a_different_key_invalidates_every_mandate(deps, isolated_home):
    m = create_mandate(deps, max_total_minor=20000)
    key_file = isolated_home / "keys" / "mandate.key"
    key_file.unlink()
    with pytest.raises(SafetyRefusal, match="missing"):
        _verify(deps, m)
    create_mandate(deps, max_total_minor=100)  # makes a fresh key
    with pytest.raises(SafetyRefusal, match="edited outside shopagent"):
        _verify(deps, m)


def test_damaged_key_is_refused(deps, isolated_home):
    m = create_mandate(deps, max_total_minor=20000)
    key_file = isolated_home / "keys" / "mandate.key"
    key_file.write_bytes(b"short")
    with pytest.raises(SafetyRefusal, match="damaged"):
        _verify(deps, m)


def test_a_restored_older_row_does_not_bring_a_revoked_mandate_back(deps):
    m = create_mandate(deps, max_total_minor=20000)
    before = dict(deps.state.query_one("SELECT * FROM mandates"))
    revoke_mandate(deps, m.mandate_id)
    with deps.state.tx() as conn:  # as if a backup taken before the revocation were restored
        conn.execute(
            "UPDATE mandates SET revoked_at = NULL, signature = ? WHERE mandate_id = ?",
            (before["signature"], m.mandate_id),
        )
    assert mandates.signature_valid(deps, mandates.get_mandate(deps, m.mandate_id))
    with pytest.raises(SafetyRefusal, match="restored from before the revocation"):
        _verify(deps, m)


def test_deleting_spend_rows_by_hand_does_not_free_budget(deps):
    from autobuy_fixtures import set_price

    from shopagent.commerce.watches import add_watch, run_watches

    m = create_mandate(deps, max_total_minor=20000, budget_minor=20000)
    add_watch(deps, BOOTS, 15000, auto_buy=True)
    set_price(deps, BOOTS, 14000)
    assert run_watches(deps)[0].decision == "bought"
    with deps.state.tx() as conn:
        conn.execute("DELETE FROM mandate_spend")
    assert mandates.get_mandate(deps, m.mandate_id).spent_minor == 15120  # counted from the order
    with pytest.raises(SafetyRefusal, match="budget exceeded"):
        _verify(deps, m, amount=6000)
