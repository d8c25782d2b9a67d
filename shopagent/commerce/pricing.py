"""Totals: subtotal, discount, shipping, tax, total. Integer minor units; every division rounds half-up.

Rules (docs/commerce.md):
- discount: from a voucher, never more than the subtotal.
- shipping: standard is free when subtotal - discount >= 50.00, else 5.99; express is 14.99.
  The amounts are nominal in the order's currency.
- tax: 8% of (subtotal - discount); shipping is not taxed.
- total = subtotal - discount + shipping + tax.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from shopagent.errors import InvalidInput
from shopagent.money import json_amount, to_minor

SHIPPING_METHODS = ("standard", "express")
FREE_STANDARD_FROM = Decimal("50.00")
STANDARD_FEE = Decimal("5.99")
EXPRESS_FEE = Decimal("14.99")
TAX_RATE_BP = 800  # 8.00 %, in basis points
SHIPPING_LABELS = {
    "standard": "Standard shipping (5-7 days; free from 50.00)",
    "express": "Express shipping (1-2 days)",
}


def div_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded half-up, in exact integer arithmetic (both non-negative)."""
    if numerator < 0 or denominator <= 0:
        raise ValueError("div_half_up takes a non-negative numerator and a positive denominator")
    return (2 * numerator + denominator) // (2 * denominator)


def basis_points_of(amount_minor: int, bp: int) -> int:
    """bp/10000 of an amount, rounded half-up to the minor unit (33.33 % of 0.10 -> 0.03)."""
    return div_half_up(amount_minor * bp, 10_000)


def check_shipping(method: str) -> str:
    method = (method or "").strip().lower()
    if method not in SHIPPING_METHODS:
        raise InvalidInput(
            f"unknown shipping method {method!r}; choose one of: {', '.join(SHIPPING_METHODS)}"
        )
    return method


def shipping_minor(method: str, merchandise_minor: int, currency: str) -> int:
    """The fee for a shipping method, given the discounted merchandise amount."""
    method = check_shipping(method)
    if method == "express":
        return to_minor(EXPRESS_FEE, currency)
    if merchandise_minor >= to_minor(FREE_STANDARD_FROM, currency):
        return 0
    return to_minor(STANDARD_FEE, currency)


def tax_minor(taxable_minor: int) -> int:
    return basis_points_of(max(taxable_minor, 0), TAX_RATE_BP)


@dataclass(frozen=True)
class Totals:
    subtotal: int
    discount: int
    shipping: int
    tax: int
    total: int


def compute_totals(subtotal: int, discount: int, shipping_method: str, currency: str) -> Totals:
    discount = min(max(discount, 0), subtotal)
    merchandise = subtotal - discount
    ship = shipping_minor(shipping_method, merchandise, currency) if subtotal > 0 else 0
    tax = tax_minor(merchandise)
    return Totals(subtotal, discount, ship, tax, merchandise + ship + tax)


class PricedLine(Protocol):
    sku: str
    product_id: str
    title: str
    quantity: int
    unit_price_minor: int
    currency: str

    @property
    def line_total_minor(self) -> int: ...


def line_json(line: PricedLine) -> dict[str, Any]:
    """The SPEC line shape shared by the cart, checkout sessions and orders."""
    return {
        "sku": line.sku,
        "product_id": line.product_id,
        "title": line.title,
        "quantity": line.quantity,
        "unit_price": json_amount(line.unit_price_minor, line.currency),
        "line_total": json_amount(line.line_total_minor, line.currency),
    }
