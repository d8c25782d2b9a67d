"""What a request's structure says beyond its words: negations, the head noun before "for", and who
the product is for. Phrasings in several languages, and ones that must not change."""

from __future__ import annotations

import pytest
from search_fixtures import import_catalog

from shopagent.search.hybrid import search
from shopagent.search.models import Constraints
from shopagent.search.parse import parse_query, soften
from shopagent.search.rerank import (
    DEFAULT_WEIGHTS,
    audience_signal,
    audience_tags,
    avoid_phrases,
    carries_avoided,
    head_and_modifier,
    title_signal,
    word_set,
)
from shopagent.search.vocab import Vocabulary

VOCAB = Vocabulary.from_facets(
    {
        "brands": ["Nike", "Adidas", "Tefal", "Einhell", "Levi's", "Meiji", "Lotte", "Apple", "Sony", "Mi"],
        "categories": ["smartphones", "cases-covers", "Pans", "Shoes"],
    }
)


def read(text: str) -> tuple[str, list[str], list[str], Constraints]:
    parsed = parse_query(text, VOCAB)
    c = soften(parsed)
    return parsed.text, c.exclude_brands, c.soft.avoid, c


# -- negation -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "excluded", "avoided"),
    [
        ("running shoes, not Nike", "running shoes", ["Nike"], []),
        ("power bank, not Mi", "power bank", ["Mi"], []),
        ("no Nike or Adidas shoes", "shoes", ["Nike", "Adidas"], []),
        ("Pfanne, aber nicht von Tefal", "Pfanne", ["Tefal"], []),
        ("Akkuschrauber, kein Einhell", "Akkuschrauber", ["Einhell"], []),
        ("jeans que no sean Levi's", "jeans", ["Levi's"], []),
        ("chocolate that isn't Meiji or Lotte", "chocolate", ["Meiji", "Lotte"], []),
        ("phone case that is not transparent", "phone case", [], ["transparent"]),
        ("Bettwäsche, kein Grau", "Bettwäsche", [], ["grau"]),
        ("zapatillas sin tacón alto, no negras", "zapatillas", [], ["tacón alto", "negras"]),
        ("t-shirt sans logo", "t-shirt", [], ["logo"]),
        ("earbuds in any colour except black", "earbuds in any colour", [], ["black"]),
    ],
)
def test_negated_words_are_not_searched_for(text, kept, excluded, avoided):
    got_text, got_excluded, got_avoided, c = read(text)
    assert (got_text, got_excluded, got_avoided) == (kept, excluded, avoided)
    assert c.brand is None and c.soft.brand is None  # a negated brand is never the one wanted


@pytest.mark.parametrize("text", ["sin azúcar", "no sugar", "sans gluten"])
def test_a_request_that_is_only_a_negation_keeps_its_words(text):
    got_text, excluded, avoided, _ = read(text)
    assert got_text == text and not excluded and len(avoided) == 1


@pytest.mark.parametrize(
    "text", ["no-iron shirt", "non-stick pan", "non stick pan", "Chanel no 5", "no, the red shoes"]
)
def test_properties_and_names_are_no_negation(text):
    got_text, excluded, avoided, _ = read(text)
    assert not excluded and not avoided
    assert "shirt" in got_text or "pan" in got_text or "5" in got_text or "shoes" in got_text


def test_non_negates_a_brand():
    got_text, excluded, avoided, _ = read("non apple tablet")
    assert got_text == "tablet" and (excluded == ["Apple"] or avoided == ["apple"])


def test_cjk_negation():
    _text, _excluded, avoided, _ = read("不要苹果的手机")
    assert avoided == ["苹果"]


def test_a_product_saying_it_is_free_of_the_word_is_not_demoted():
    phrases = avoid_phrases(["azúcar"])
    assert carries_avoided(phrases, "Galletas de avena 200 g con azúcar")
    assert not carries_avoided(phrases, "Galletas de avena sin azúcar")
    assert carries_avoided(avoid_phrases(["negras"]), "Zapatillas urbanas negro")  # gender forms meet


def test_json_shape_has_no_new_keys_unless_something_was_negated():
    assert "exclude_brands" not in Constraints().model_dump()
    assert "avoid" not in Constraints().model_dump()["soft"]
    c = read("shoes, not Nike")[3]
    assert c.model_dump()["exclude_brands"] == ["Nike"]
    carried = Constraints(exclude_brands=["Nike"]).merged(Constraints(max_price=50))
    assert carried.exclude_brands == ["Nike"] and carried.max_price == 50


def test_excluded_brand_is_a_hard_filter(tmp_path):
    deps = import_catalog(tmp_path / "home")
    try:
        plain = search(deps, "hiking boot", Constraints(), limit=20)
        brands = {r.brand for r in plain.results}
        excluded = sorted(b for b in brands if b)[0]
        got = search(deps, "hiking boot", Constraints(exclude_brands=[excluded]), limit=20)
        assert got.results and all(r.brand != excluded for r in got.results)
    finally:
        deps.close()


# -- head and modifier ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "head", "modifier"),
    [
        ("case for iphone 15", ("case",), ("iphone", "15")),
        ("charger for my laptop", ("charger",), ("laptop",)),
        ("Hülle für Handy", ("hülle",), ("handy",)),
        ("funda para móvil", ("funda",), ("móvil",)),
        ("housse pour ordinateur", ("housse",), ("ordinateur",)),
        ("mobile ke liye cover", ("cover",), ("mobile",)),
        ("chips to go with beer", ("chip",), ("beer",)),
    ],
)
def test_head_and_modifier(text, head, modifier):
    assert head_and_modifier(text) == (head, modifier)


@pytest.mark.parametrize(
    "text", ["shoes for kids", "camisa para mujer", "Hausschuhe für Damen", "for iphone", "running shoes"]
)
def test_an_audience_or_a_bare_for_is_no_modifier(text):
    assert head_and_modifier(text)[1] == ()


def test_the_accessory_outranks_what_it_is_for():
    head, modifier = head_and_modifier("case for iphone 15")
    case = title_signal(head, modifier, word_set("Spigen Case for iPhone 15"), DEFAULT_WEIGHTS)
    phone = title_signal(head, modifier, word_set("Apple iPhone 15 128GB"), DEFAULT_WEIGHTS)
    plain = title_signal(head, modifier, word_set("Leather wallet"), DEFAULT_WEIGHTS)
    assert case > phone and phone < plain + 0.05  # the phone gains nothing from naming the modifier


# -- audience ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "product", "expected"),
    [
        ("smartwatch for women", "Noise Smartwatch for Women, Rose Gold", 1),
        ("smartwatch for women", "Fire-Boltt Men's Smartwatch", -1),
        ("Hausschuhe Herren", "Damenhausschuhe Filz", -1),
        ("Hausschuhe Herren", "Herren Hausschuhe Leder", 1),
        ("pijama para niña", "Pijama de niña algodón", 1),
        ("pijama para niña", "Pijama de mujer satén", -1),
        ("kids pajamas", "Pijama infantil", 1),
        ("女士连衣裙", "Vestido de mujer", 1),
        ("watch for dad", "Classic analog watch", 0),
        ("running shoes", "Men's running shoe", 0),
    ],
)
def test_audience(query, product, expected):
    assert audience_signal(audience_tags(query), audience_tags(product)) == expected
