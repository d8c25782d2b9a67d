"""Query understanding: phrasings of price, rating, stock, category, brand and attributes; robustness."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from shopagent.search.models import Constraints
from shopagent.search.parse import MAX_QUERY_CHARS, parse_query
from shopagent.search.vocab import Vocabulary

FACETS = {
    "brands": ["Trailcrest", "Sonara", "Apple", "The North Face", "Levi's", "Coach", "Everyday Basics"],
    "categories": [
        "Footwear > Boots > Hiking",
        "Footwear > Boots > Winter",
        "Footwear > Shoes > Running",
        "Footwear > Shoes > Casual",
        "Electronics > Audio > Headphones",
        "Electronics > Audio > Earbuds",
        "Electronics > Computers > Laptops",
        "Apparel > Tops > T-Shirts",
        "Apparel > Outerwear > Rain Jackets",
        "Kitchen > Cookware > Frying Pans",
        "Kitchen > Cookware > Cast Iron",
        "Outdoor > Hiking > Backpacks",
        "Luggage & Travel > Travel Accessories > Travel Backpacks",
        "Outdoor > Camping > Sleeping Bags",
        "Home > Bedding > Pillows",
    ],
    "attributes": {
        "waterproof": ["yes", "no"],
        "noise_cancelling": ["no", "yes"],
        "material": ["leather", "cotton", "stainless steel"],
        "upper_material": ["suede", "engineered mesh"],
        "strap": ["leather", "webbing"],
        "fit": ["slim", "regular", "relaxed"],
        "activity": ["travel", "hiking"],
        "spf": ["SPF 30", "SPF 50"],
    },
    "options": {"colour": ["Black", "Forest Green", "Red", "Cream"], "size": ["10", "10.5", "M", "L", "XL"]},
}


VOCAB = Vocabulary.from_facets(FACETS)


@pytest.fixture
def vocab() -> Vocabulary:
    return VOCAB


def parsed(text: str, vocab: Vocabulary) -> dict:
    result = parse_query(text, vocab)
    return result.constraints.model_dump(exclude_defaults=True) | {"_text": result.text}


# (request, the constraints expected — every field not named must stay unset)
CASES: list[tuple[str, dict]] = [
    # upper bounds
    ("boots under $200", {"max_price": 200.0, "category": "Footwear > Boots"}),
    ("tees under 200", {"max_price": 200.0, "category": "Apparel > Tops > T-Shirts"}),
    ("less than 40 dollars", {"max_price": 40.0}),
    ("below 1k", {"max_price": 1000.0}),
    ("cheaper than $50", {"max_price": 50.0}),
    ("max 80", {"max_price": 80.0}),
    ("up to 120", {"max_price": 120.0}),
    ("<= 99", {"max_price": 99.0}),
    ("no more than $75.50", {"max_price": 75.5}),
    ("at most 60 bucks", {"max_price": 60.0}),
    ("price lower than 40.00 dollars", {"max_price": 40.0}),
    ("and price lower than 19.99 dollars", {"max_price": 19.99}),
    ("under $1,299.99", {"max_price": 1299.99}),
    ("under 1.5k", {"max_price": 1500.0}),
    ("$50 or less", {"max_price": 50.0}),
    ("budget of $300", {"max_price": 300.0}),
    ("don't want to spend more than $60", {"max_price": 60.0}),
    ("a $80 jacket", {"max_price": 80.0, "category": "Apparel > Outerwear"}),
    ("50 usd", {"max_price": 50.0, "currency": "USD"}),  # an ISO code is a stated currency
    # lower bounds
    ("above 375", {"min_price": 375.0}),
    ("over $100", {"min_price": 100.0}),
    ("more than 20", {"min_price": 20.0}),
    ("at least $30", {"min_price": 30.0}),
    ("$50+", {"min_price": 50.0}),
    ("$200 and up", {"min_price": 200.0}),
    # ranges and bands
    ("between 50 and 80", {"min_price": 50.0, "max_price": 80.0}),
    ("from 55 to 66", {"min_price": 55.0, "max_price": 66.0}),
    ("$50-$80", {"min_price": 50.0, "max_price": 80.0}),
    ("$50-80", {"min_price": 50.0, "max_price": 80.0}),
    ("50 to 80 dollars", {"min_price": 50.0, "max_price": 80.0}),
    ("price range 100-150", {"min_price": 100.0, "max_price": 150.0}),
    ("between $80 and $50", {"min_price": 50.0, "max_price": 80.0}),
    ("$1-2k", {"min_price": 1000.0, "max_price": 2000.0}),
    ("1-2k", {}),  # no currency, no cue
    ("around 100", {"min_price": 80.0, "max_price": 120.0}),
    ("about $50", {"min_price": 40.0, "max_price": 60.0}),
    # numbers that are not prices
    ("size 10", {"attributes": {"size": "10"}}),
    ("pack of 2", {}),
    ("iphone 15", {}),
    ("4k tv", {"category": "Electronics"}),
    ("32 oz", {}),
    ("2 pack", {}),
    ("100% cotton", {"attributes": {"material": "cotton"}}),
    ("2024", {}),
    ("under 10 pounds", {}),
    ("up to 12 months", {}),
    ("more than 20 pieces", {}),
    ("toys for kids under 10", {}),
    ("at least 50 by 60 inches", {}),
    ("about 36 appetizers", {}),
    ("a size between 10.5 and 11", {}),
    ("models from 2006 - 2012", {}),
    ("under 4k tv", {"category": "Electronics"}),
    ("over 100 reviews", {}),
    # rating
    ("at least 4 stars", {"min_rating": 4.0}),
    ("4+ stars", {"min_rating": 4.0}),
    ("4 stars and up", {"min_rating": 4.0}),
    ("rated 4.5 or higher", {"min_rating": 4.5}),
    ("4.5 stars", {"min_rating": 4.5}),
    ("four star", {"min_rating": 4.0}),
    ("4 out of 5 stars", {"min_rating": 4.0}),
    ("highly rated", {"min_rating": 4.0}),
    ("top-rated", {"min_rating": 4.0}),
    ("7 stars", {}),
    # stock
    ("in stock", {"in_stock": True}),
    ("in-stock", {"in_stock": True}),
    ("available now", {"in_stock": True}),
    ("available", {"in_stock": True}),
    ("ships now", {"in_stock": True}),
    ("out of stock", {}),
    ("unavailable", {}),
    # categories and synonyms
    ("sneakers", {"category": "Footwear > Shoes"}),
    ("trainers", {"category": "Footwear > Shoes"}),
    ("boots", {"category": "Footwear > Boots"}),
    ("hiking boots", {"category": "Footwear > Boots > Hiking"}),
    ("boots for hiking", {"category": "Footwear > Boots > Hiking"}),
    ("running shoes", {"category": "Footwear > Shoes > Running"}),
    ("laptop", {"category": "Electronics > Computers > Laptops"}),
    ("earbuds", {"category": "Electronics > Audio > Earbuds"}),
    ("headphones", {"category": "Electronics > Audio > Headphones"}),
    ("tee", {"category": "Apparel > Tops > T-Shirts"}),
    ("t-shirt", {"category": "Apparel > Tops > T-Shirts"}),
    ("skillet", {"category": "Kitchen > Cookware"}),
    ("cast iron skillet", {"category": "Kitchen > Cookware > Cast Iron"}),
    ("hiking backpack", {"category": "Outdoor > Hiking > Backpacks"}),
    ("travel backpack", {"category": "Luggage & Travel > Travel Accessories > Travel Backpacks"}),
    ("backpack", {}),  # hiking or travel: the catalog's two meanings, not the synonym "luggage"
    ("hiking", {}),  # a modifier alone: hiking boots? hiking backpacks? no filter
    ("tote bag", {}),  # "bag" only names sleeping bags here: no filter
    ("home theater", {}),
    ("rain jacket", {"category": "Apparel > Outerwear > Rain Jackets"}),
    ("tv", {"category": "Electronics"}),  # no television category: the department
    # brands
    ("trailcrest boots", {"brand": "Trailcrest", "category": "Footwear > Boots"}),
    ("SONARA headphones", {"brand": "Sonara", "category": "Electronics > Audio > Headphones"}),
    (
        "the north face rain jacket",
        {"brand": "The North Face", "category": "Apparel > Outerwear > Rain Jackets"},
    ),
    ("levis tee", {"brand": "Levi's", "category": "Apparel > Tops > T-Shirts"}),
    ("apple juice", {}),
    ("a laptop from Apple", {"brand": "Apple", "category": "Electronics > Computers > Laptops"}),
    ("coach bag", {}),
    ("I need Apple AirPods", {"brand": "Apple"}),
    ("Apple Juice With Pulp", {}),  # title case: capitals say nothing
    ("Trailcrest or Sonara", {}),
    ("nike sneakers", {"category": "Footwear > Shoes"}),  # unknown brand: never a filter
    # attributes and options
    ("waterproof boots", {"category": "Footwear > Boots", "attributes": {"waterproof": "yes"}}),
    ("not waterproof", {"soft": {"avoid": ["waterproof"]}}),  # demoted, never a flag
    (
        "noise-cancelling headphones",
        {"category": "Electronics > Audio > Headphones", "attributes": {"noise_cancelling": "yes"}},
    ),
    ("black boots", {"category": "Footwear > Boots", "attributes": {"colour": "Black"}}),
    ("color forest green", {"attributes": {"colour": "Forest Green"}}),
    ("black or red", {}),
    ("styling cream", {}),  # a colour word ending the phrase after another word is the product
    ("boots in cream", {"category": "Footwear > Boots", "attributes": {"colour": "Cream"}}),
    ("size M", {"attributes": {"size": "M"}}),
    ("us size 10.5", {"attributes": {"size": "10.5"}}),
    ("XL tee", {"category": "Apparel > Tops > T-Shirts", "attributes": {"size": "XL"}}),
    ("m", {}),
    ("leather", {}),  # material or strap? unknown, so no filter
    ("stainless steel", {"attributes": {"material": "stainless steel"}}),
    ("slim fit", {"attributes": {"fit": "slim"}}),
    ("slim", {}),
    ("travel mug", {}),
    ("spf 50", {"attributes": {"spf": "SPF 50"}}),
    # combinations
    (
        "I want waterproof hiking boots under $200 in black, size 10, 4+ stars, in stock",
        {
            "max_price": 200.0,
            "min_rating": 4.0,
            "in_stock": True,
            "category": "Footwear > Boots > Hiking",
            "attributes": {"waterproof": "yes", "colour": "Black", "size": "10"},
        },
    ),
    ("over 500 and under 300", {"min_price": 300.0, "max_price": 500.0}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrasings(text: str, expected: dict, vocab: Vocabulary) -> None:
    got = parsed(text, vocab)
    got.pop("_text")
    assert got == expected


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("I want waterproof hiking boots under $200", "waterproof hiking boots"),
        (
            "show me noise cancelling headphones with at least 4 stars, in stock please",
            "noise cancelling headphones",
        ),
        ("i am looking for a slim fit tee, and price lower than 40.00 dollars", "slim fit tee"),
        ("can you find me a cast iron skillet between $20 and $40?", "cast iron skillet"),
        ("under $50", ""),
        ("vitamin a serum", "vitamin a serum"),
        ("hi-fi earbuds", "hi-fi earbuds"),
        ("Sonara earbuds in black, size M", "Sonara earbuds in black, size M"),
    ],
)
def test_text_keeps_product_words_and_drops_constraints_and_filler(
    text: str, left: str, vocab: Vocabulary
) -> None:
    assert parse_query(text, vocab).text == left


def test_empty_vocabulary_still_reads_price_rating_and_stock() -> None:
    result = parse_query("trailcrest boots under $90, 4 stars and up, in stock", Vocabulary.empty())
    assert result.constraints == Constraints(max_price=90.0, min_rating=4.0, in_stock=True)
    assert result.text == "trailcrest boots"


@pytest.mark.parametrize(
    "text", ["", "   ", "\n\t", "\x00\x01\x7f", "😀👢", "\ud800", "$", "$$$", "--", "> > >"]
)
def test_degenerate_input_parses_to_nothing(text: str, vocab: Vocabulary) -> None:
    result = parse_query(text, vocab)
    assert result.constraints.is_empty()
    json.dumps(result.model_dump())  # lone surrogates are gone: the result always serialises


def test_long_input_is_truncated(vocab: Vocabulary) -> None:
    result = parse_query("boots " * 1000 + "under $50", vocab)
    assert len(result.query) == MAX_QUERY_CHARS
    assert result.constraints.max_price is None  # the price phrase was past the cut
    assert result.constraints.category == "Footwear > Boots"


def test_absurd_amounts_are_not_prices(vocab: Vocabulary) -> None:
    result = parse_query("under $" + "9" * 400, vocab)
    assert result.constraints.max_price is None
    json.dumps(result.model_dump(), allow_nan=False)


def test_unicode_dashes_quotes_and_fullwidth_digits(vocab: Vocabulary) -> None:
    assert parse_query("$50–$80", vocab).constraints.max_price == 80.0
    assert parse_query("under ＄２００", vocab).constraints.max_price == 200.0
    assert parse_query("about 50” x 40” throw", vocab).constraints.min_price is None


def test_vocabulary_tolerates_odd_facets() -> None:
    vocab = Vocabulary.from_facets(
        {"brands": ["", None, "  ", "Ok"], "categories": [" > ", "A >  > B"], "attributes": {"k": [True, 3]}}
    )
    assert vocab.categories == ["A > B"]
    assert parse_query("ok b", vocab).constraints.category == "A > B"
    assert Vocabulary.from_facets({}).brands == {}


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                [
                    "under",
                    "$",
                    "between",
                    "and",
                    "to",
                    "-",
                    "k",
                    "stars",
                    "4+",
                    "in stock",
                    "boots",
                    "Apple",
                    "size",
                    "10",
                    "1.5k",
                    "around",
                    "rated",
                    "or less",
                    ">=",
                    "9" * 30,
                    "black",
                    "waterproof",
                ]
            ),
        ),
        max_size=25,
    )
)
def test_parse_never_raises_and_bounds_are_ordered(pieces: list[str]) -> None:
    result = parse_query(" ".join(pieces), VOCAB)
    c = result.constraints
    assert isinstance(result.text, str)
    if c.min_price is not None and c.max_price is not None:
        assert c.min_price <= c.max_price
    for value in (c.min_price, c.max_price):
        assert value is None or 0 <= value < 1e10
    assert c.min_rating is None or 0 < c.min_rating <= 5
    json.dumps(result.model_dump(), allow_nan=False)


# -- the command --------------------------------------------------------------------------------------


def test_parse_command_json_shape(monkeypatch: pytest.MonkeyPatch) -> None:
    from shopagent.cli.main import app
    from shopagent.search import vocab as vocab_module

    monkeypatch.setattr(vocab_module, "load_vocabulary", lambda deps: Vocabulary.from_facets(FACETS))
    result = CliRunner().invoke(app, ["parse", "waterproof hiking boots under $200", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == {
        "query": "waterproof hiking boots under $200",
        "text": "waterproof hiking boots",
        "constraints": {
            "min_price": None,
            "max_price": 200.0,
            "category": "Footwear > Boots > Hiking",
            "brand": None,
            "min_rating": None,
            "in_stock": None,
            "attributes": {"waterproof": "yes"},
            "currency": None,
        },
    }


def test_parse_command_human_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    from shopagent.cli.main import app
    from shopagent.search import vocab as vocab_module

    monkeypatch.setattr(vocab_module, "load_vocabulary", lambda deps: Vocabulary.from_facets(FACETS))
    result = CliRunner().invoke(app, ["parse", "sonara earbuds between 50 and 80 dollars, 4+ stars"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split(None, 1) == ["text", "sonara earbuds"]
    assert "price      50.00 to 80.00" in lines
    assert "rating     at least 4 stars" in lines
    assert "brand      Sonara" in lines
    assert "category   Electronics > Audio > Earbuds" in lines


def test_parse_command_without_text_is_a_usage_error() -> None:
    from shopagent.cli.main import app

    result = CliRunner().invoke(app, ["parse"])
    assert result.exit_code == 2


def test_parse_command_reads_the_vocabulary_of_the_current_catalog(isolated_home) -> None:
    """End to end over a real (small) catalog store: brand, category and colour come from its facets."""
    from catalog_fixtures import catalog_deps

    from shopagent.cli.main import app

    catalog_deps(isolated_home).close()
    result = CliRunner().invoke(app, ["parse", "alpina hiking boots in black under $200", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["text"] == "alpina hiking boots in black"
    assert data["constraints"]["brand"] == "Alpina"
    assert data["constraints"]["category"] == "Footwear > Boots > Hiking"
    assert data["constraints"]["attributes"] == {"color": "black"}
    assert data["constraints"]["max_price"] == 200.0


@pytest.mark.parametrize(
    ("text", "max_price"),
    [("stuffed animal for a toddler, under 25", 25.0), ("a gift for the kids; below 40", 40.0),
     ("toy for a toddler under 5", None), ("kids under 10", None)],
)  # fmt: skip
def test_a_comma_ends_the_phrase_that_says_a_number_measures(text, max_price):
    """ "kids under 10" is an age; "for a toddler, under 25" is a price: the comma ends the phrase."""
    assert parse_query(text).constraints.max_price == max_price


@pytest.mark.parametrize(
    ("text", "rating", "max_price"),
    [("Wanderrucksack, maximal 150 Dollar (mindestens 4 Sterne)", 4.0, 150.0),
     ("mochila con al menos 4,5 estrellas y menos de 80 dólares", 4.5, 80.0),
     ("tenda con valutazione di almeno 4 sotto i 100 dollari", 4.0, 100.0),
     ("rugzak met minstens 4 sterren onder 60 dollar", 4.0, 60.0),
     ("sac à dos noté au moins 4 étoiles", 4.0, None), ("4星以上的背包", 4.0, None),
     ("評価4以上のリュック", 4.0, None), ("星4つ以上のテント", 4.0, None),
     ("कम से कम 4 स्टार वाला बैग 2000 रुपये से कम", 4.0, 2000.0), ("mochila bem avaliada", 4.0, None),
     ("4 stereo speakers under 50", None, 50.0), ("zaino da trekking", None, None),
     ("tênis até 120 dólares, nota 4 pra cima", 4.0, 120.0), ("наушники с рейтингом от 4 звезд", 4.0, None),
     ("평점 4점 이상 이어폰", 4.0, None), ("sepatu bintang 4 ke atas", 4.0, None),
     ("buty 4 gwiazdki i więcej", 4.0, None)],
)  # fmt: skip
def test_a_rating_bound_in_other_languages_is_a_rating_not_a_price(text, rating, max_price):
    """Star words, rating nouns and "at least" / "or more" in ten languages: the number is a rating."""
    c = parse_query(text).constraints
    assert (c.min_rating, c.max_price, c.min_price) == (rating, max_price, None)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("under 30 ones", (None, 30.0, None)),
        ("tire inflator under a 100", (None, 100.0, None)),
        ("only ones people rate 4 or higher", (None, None, 4.0)),
        ("higher rated ones, 4 and up", (None, None, 4.0)),
        ("rated ones", (None, None, None)),
        ("what about 400 instead", (None, None, None)),
        ("ok but cap it at 200", (None, 200.0, None)),
        ("about 400", (320.0, 480.0, None)),
    ],
)
def test_bounds_of_chatty_follow_ups(text, bounds):
    c = parse_query(text).constraints
    assert (c.min_price, c.max_price, c.min_rating) == bounds


@pytest.mark.parametrize(
    ("text", "upper"),
    [("gaming laptop 1.5k", 1500.0), ("laptop for 1.5k", 1500.0), ("1-2k", None), ("4k tv", None)],
)
def test_a_bare_thousands_amount_ending_the_request_is_a_budget(text, upper, vocab):
    assert parse_query(text, vocab).constraints.max_price == upper


@pytest.mark.parametrize(("text", "upper"), [("yoga mat under 50", 50.0), ("yoga mat below 50", 50.0)])
def test_a_product_named_mat_is_no_hindi_negation(text, upper):
    c = parse_query(text).constraints
    assert (c.min_price, c.max_price) == (None, upper)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("swim cap at 10 dollars or more", (10.0, None, None)),
        ("baseball cap of 30 dollars", (None, 30.0, None)),
        ("tent reviews 3 or more people", (None, None, None)),
        ("running shoes for a 5k", (None, None, None)),
        ("shoes for my first 10k", (None, None, None)),
    ],
)
def test_nouns_and_counts_are_not_read_as_bounds(text, bounds):
    c = parse_query(text).constraints
    assert (c.min_price, c.max_price, c.min_rating) == bounds
