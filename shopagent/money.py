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


# Units of each currency per US dollar: mid-market reference rates of November 2026, rounded. Used only
# to read a price bound stated in another currency than the catalog's ("under 500 pesos" in a USD
# catalog); every price shown and charged stays in the catalog's own currency. Offline by design: the
# response says that a bound was converted and at which rate.
REFERENCE_RATES_DATE = "2026-11"
REFERENCE_RATES: dict[str, float] = {
    "USD": 1.0,
    "EUR": 0.92,
    "GBP": 0.79,
    "CNY": 7.2,
    "JPY": 152.0,
    "INR": 84.0,
    "PHP": 58.0,
    "MXN": 18.5,
    "CAD": 1.38,
    "AUD": 1.52,
    "NZD": 1.68,
    "CHF": 0.88,
    "SEK": 10.6,
    "NOK": 10.9,
    "DKK": 6.9,
    "PLN": 4.0,
    "CZK": 23.2,
    "HUF": 365.0,
    "KRW": 1380.0,
    "BRL": 5.6,
    "ARS": 1000.0,
    "CLP": 940.0,
    "COP": 4200.0,
    "PEN": 3.75,
    "RUB": 95.0,
    "TRY": 34.0,
    "ZAR": 18.0,
    "SGD": 1.34,
    "HKD": 7.8,
    "TWD": 32.0,
    "THB": 35.0,
    "IDR": 15800.0,
    "MYR": 4.5,
    "VND": 25400.0,
    "AED": 3.67,
    "SAR": 3.75,
    "ILS": 3.7,
    "EGP": 49.0,
    "NGN": 1600.0,
    "KES": 129.0,
}


def convert(amount: float, source: str, target: str) -> float | None:
    """`amount` of `source` in `target` at the reference rates, rounded to the target's minor unit;
    None when either currency has no reference rate."""
    a, b = REFERENCE_RATES.get(source.upper()), REFERENCE_RATES.get(target.upper())
    if a is None or b is None or not math.isfinite(amount):
        return None
    return round(amount / a * b, exponent(target))
