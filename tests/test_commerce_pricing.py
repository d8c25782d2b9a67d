"""Voucher maths, shipping and tax rules, half-up rounding."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shopagent.commerce.pricing import (
    basis_points_of,
    compute_totals,
    div_half_up,
    shipping_minor,
    tax_minor,
)
from shopagent.commerce.vouchers import make_voucher, normalize_code
from shopagent.errors import InvalidInput


def test_percent_of_ten_cents_rounds_half_up():
    v = make_voucher("third", percent="33.33")
    assert v.discount_for(10, "USD") == (3, None)  # 3.333 cents -> 3
    assert basis_points_of(15, 5000) == 8  # 7.5 cents -> 8 (half-up, not half-even)
    assert basis_points_of(25, 5000) == 13  # 12.5 -> 13
    assert div_half_up(5, 2) == 3 and div_half_up(4, 3) == 1


def test_fixed_voucher_never_exceeds_subtotal():
    v = make_voucher("TENOFF", fixed="10")
    assert v.discount_for(2500, "USD") == (1000, None)
    assert v.discount_for(700, "USD") == (700, None)


def test_percent_voucher_cap_and_minimum():
    v = make_voucher("SAVE15", percent="15", cap="20", min_subtotal="50")
    assert v.discount_for(10000, "USD") == (1500, None)
    assert v.discount_for(20000, "USD") == (2000, None)  # 30.00 capped at 20.00
    discount, reason = v.discount_for(4999, "USD")
    assert discount == 0 and "at least $50.00" in reason
    assert v.discount_for(5000, "USD") == (750, None)  # the minimum itself qualifies


def test_voucher_in_another_currency_does_not_apply():
    v = make_voucher("EURO5", fixed="5", currency="EUR")
    discount, reason = v.discount_for(5000, "USD")
    assert discount == 0 and "EUR" in reason


@pytest.mark.parametrize(
    "kwargs",
    [
        {"code": "ab", "fixed": "1"},
        {"code": "bad code", "fixed": "1"},
        {"code": "GOOD1"},
        {"code": "GOOD1", "fixed": "1", "percent": "5"},
        {"code": "GOOD1", "percent": "0"},
        {"code": "GOOD1", "percent": "100.5"},
        {"code": "GOOD1", "percent": "12.345"},
        {"code": "GOOD1", "fixed": "-3"},
        {"code": "GOOD1", "fixed": "0"},
        {"code": "GOOD1", "fixed": "5", "cap": "3"},
        {"code": "GOOD1", "percent": "5", "cap": "abc"},
    ],
)
def test_invalid_vouchers_are_refused(kwargs):
    code = kwargs.pop("code")
    with pytest.raises(InvalidInput):
        make_voucher(code, **kwargs)


def test_codes_are_case_insensitive():
    assert normalize_code(" save-10 ") == "SAVE-10"


def test_standard_shipping_is_free_from_fifty_after_discount():
    assert shipping_minor("standard", 5000, "USD") == 0
    assert shipping_minor("standard", 4999, "USD") == 599
    assert shipping_minor("express", 100000, "USD") == 1499
    with pytest.raises(InvalidInput, match="standard, express"):
        shipping_minor("drone", 100, "USD")
    # A voucher that brings the merchandise under 50.00 brings the fee back.
    t = compute_totals(5500, 1000, "standard", "USD")
    assert (t.shipping, t.tax, t.total) == (599, 360, 4500 + 599 + 360)


def test_tax_is_eight_percent_of_discounted_subtotal_half_up():
    assert tax_minor(1000) == 80
    assert tax_minor(1) == 0  # 0.08 cent
    assert tax_minor(7) == 1  # 0.56 cent -> 1
    assert tax_minor(2 * 625 - 1) == 100  # 99.92 -> 100
    t = compute_totals(1999, 0, "express", "USD")
    assert t == type(t)(1999, 0, 1499, 160, 1999 + 1499 + 160)


@given(
    subtotal=st.integers(min_value=0, max_value=10**9),
    percent_bp=st.integers(min_value=1, max_value=10_000),
    cap=st.one_of(st.none(), st.integers(min_value=1, max_value=10**7)),
)
def test_totals_are_consistent(subtotal, percent_bp, cap):
    v = make_voucher(
        "PROP", percent=f"{percent_bp / 100:.2f}", cap=None if cap is None else f"{cap / 100:.2f}"
    )
    discount, _ = v.discount_for(subtotal, "USD")
    assert 0 <= discount <= subtotal
    if cap is not None:
        assert discount <= cap
    t = compute_totals(subtotal, discount, "standard", "USD")
    assert t.total == t.subtotal - t.discount + t.shipping + t.tax
    assert t.tax == (2 * (subtotal - discount) * 800 + 10_000) // 20_000
