"""Price bounds in any language and currency: the canonical rewrite and what parse_query reads."""

from __future__ import annotations

import pytest

from shopagent.money import convert
from shopagent.search.parse import parse_query
from shopagent.search.vocab import Vocabulary
from shopagent.text.money import canonical_money
from shopagent.text.numbers import parse_number_words, read_cjk_number, word_value

CASES = [
    # text, min, max, stated currency (catalog currency unknown)
    ("priced above 739 PHP", 739, None, "PHP"),
    ("over 35 pesos", 35, None, "PHP"),
    ("¥300", None, 300, "JPY"),
    ("电水壶 ¥300以内", None, 300, "CNY"),
    ("under twenty dollars", None, 20, None),
    ("trail running shoes $80-120", 80, 120, None),
    ("zapatillas para correr menos de 50 euros", None, 50, "EUR"),
    ("三百元以下的电水壶", None, 300, "CNY"),
    ("两千块以内的手机", None, 2000, "CNY"),
    ("unter zwanzig Euro", None, 20, "EUR"),
    ("Wasserkocher bis 49,99 €", None, 49.99, "EUR"),
    ("jacket below 1.299,00 €", None, 1299, "EUR"),
    ("moins de 30 €", None, 30, "EUR"),
    ("between ₹500 and ₹1,500", 500, 1500, "INR"),
    ("entre 20 y 40 euros", 20, 40, "EUR"),
    ("30到50元的杯子", 30, 50, "CNY"),
    ("3000円以下のケトル", None, 3000, "JPY"),
    ("under $1.2k", None, 1200, None),
    ("no más de cincuenta dólares", None, 50, "USD"),
    ("hasta 500 pesos mexicanos", None, 500, "MXN"),
    ("at least 2,500 INR", 2500, None, "INR"),
    ("tent under ₱5,000", None, 5000, "PHP"),
    ("a kettle for less than £40", None, 40, "GBP"),
    ("mehr als hundert Franken", 100, None, "CHF"),
    ("fino a cento euro", None, 100, "EUR"),
    ("até duzentos reais", None, 200, "BRL"),
    ("under 50 dollars", None, 50, None),
    ("1.2k rupees max", None, 1200, "INR"),
    ("quatre-vingts euros maximum", None, 80, "EUR"),
]


@pytest.mark.parametrize(("text", "low", "high", "currency"), CASES)
def test_price_bounds_in_any_currency(text: str, low: float | None, high: float | None, currency: str | None):
    c = parse_query(text, Vocabulary.empty()).constraints
    assert (c.min_price, c.max_price, c.currency) == (low, high, currency), text


@pytest.mark.parametrize(
    "text",
    [
        "the first one in size M",
        "two person tent",
        "I'll take 3 of the first one",
        "a 4 person tent",
        "size 11 winter boots",
        "at least 4 stars",
        "iphone 15 case",
        "2 pack of socks",
        "500ml bottle",
    ],
)
def test_numbers_that_are_not_prices_stay_as_written(text: str):
    assert canonical_money(text).text == text
    c = parse_query(text, Vocabulary.empty()).constraints
    assert c.min_price is None and c.max_price is None and c.currency is None


def test_the_catalog_currency_decides_ambiguous_markers():
    vocab = Vocabulary.empty()
    vocab.currency = "MXN"
    c = parse_query("menos de 500 pesos", vocab).constraints
    assert (c.max_price, c.currency) == (500, None)  # the catalog's own pesos: nothing to convert
    c = parse_query("under $30", vocab).constraints
    assert (c.max_price, c.currency) == (30, None)
    vocab.currency = "USD"
    c = parse_query("under 500 pesos", vocab).constraints
    assert (c.max_price, c.currency) == (500, "PHP")


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two hundred and fifty", 250),
        ("dos mil quinientos", 2500),
        ("vingt-cinq", 25),
        ("fünfundzwanzig", 25),
        ("zweihundertfünfzig", 250),
        ("a dozen", 12),
        ("cinquenta e cinco", 55),
        ("ninety nine", 99),
        ("trescientos", 300),
    ],
)
def test_number_words(words: str, value: int):
    assert parse_number_words(words.split()) == value


def test_number_words_reject_other_words():
    assert parse_number_words(["boots"]) is None and word_value("tent") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("三百五十", 350), ("两千", 2000), ("1万", 10000), ("十五", 15), ("一百零五", 105), ("3千5", 3500)],
)
def test_cjk_numbers(text: str, value: float):
    assert read_cjk_number(text) == value


def test_conversion_at_reference_rates():
    assert convert(58.0, "PHP", "USD") == 1.0
    assert convert(1.0, "USD", "JPY") == 152
    assert convert(10.0, "USD", "XXX") is None
