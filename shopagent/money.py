"""Money: integer minor units inside, a decimal number plus a currency code at the edges."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from shopagent.errors import InvalidInput

# ISO 4217 exponents for the currencies whose minor unit is not the cent.
_EXPONENTS = {"JPY": 0, "KRW": 0, "VND": 0, "CLP": 0, "ISK": 0, "HUF": 2, "BHD": 3, "KWD": 3, "JOD": 3}
DEFAULT_CURRENCY = "USD"
MAX_AMOUNT = Decimal("1000000000")  # nothing in a shop costs a billion; larger is a data error


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def normalize_currency(currency: object) -> str:
    if currency is not None and not isinstance(currency, str):
        raise InvalidInput(f"currency {currency!r} is not a 3-letter ISO 4217 code (e.g. USD, EUR)")
    code = (currency or DEFAULT_CURRENCY).strip().upper()
    if len(code) != 3 or not code.isalpha() or not code.isascii():
        raise InvalidInput(f"currency {currency!r} is not a 3-letter ISO 4217 code (e.g. USD, EUR)")
    return code


def to_decimal_amount(value: object, *, what: str = "amount") -> Decimal:
    """Parse a user or file amount ("19.99", 19.99, "$1,299") into a finite, non-negative Decimal."""
    if isinstance(value, bool) or value is None:
        raise InvalidInput(f"{what} {value!r} is not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidInput(f"{what} {value!r} is not a finite number")
    text = str(value).strip().replace(",", "")
    if text.startswith("$"):
        text = text[1:]
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise InvalidInput(f"{what} {value!r} is not a number") from None
    if not amount.is_finite():
        raise InvalidInput(f"{what} {value!r} is not a finite number")
    if amount < 0:
        raise InvalidInput(f"{what} {value!r} is negative")
    if amount > MAX_AMOUNT:
        raise InvalidInput(f"{what} {value!r} is implausibly large")
    return amount


def to_minor(value: object, currency: str = DEFAULT_CURRENCY, *, what: str = "amount") -> int:
    """Amount -> integer minor units, rounding half-up to the currency's precision."""
    amount = to_decimal_amount(value, what=what)
    quantum = Decimal(1).scaleb(-exponent(currency))
    return int((amount.quantize(quantum, rounding=ROUND_HALF_UP) / quantum).to_integral_value())


def from_minor(minor: int, currency: str = DEFAULT_CURRENCY) -> Decimal:
    return Decimal(int(minor)).scaleb(-exponent(currency))


def json_amount(minor: int | None, currency: str = DEFAULT_CURRENCY) -> float | None:
    """The JSON form of money: a decimal number (the currency goes in its own field)."""
    if minor is None:
        return None
    return float(from_minor(minor, currency))


def format_money(minor: int | None, currency: str = DEFAULT_CURRENCY) -> str:
    if minor is None:
        return "-"
    amount = from_minor(minor, currency)
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}.get(currency.upper())
    digits = exponent(currency)
    text = f"{amount:,.{digits}f}"
    return f"{symbol}{text}" if symbol else f"{text} {currency.upper()}"
