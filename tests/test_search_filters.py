"""The filter-string builder: the only way user values reach a LanceDB `where` string."""

from __future__ import annotations

import pytest

from shopagent.errors import InvalidInput
from shopagent.search import filters
from shopagent.search.models import Constraints


def test_quote_doubles_single_quotes_and_keeps_the_rest_literal():
    assert filters.quote("O'Neil") == "'O''Neil'"
    assert filters.quote("' OR 1=1 --") == "''' OR 1=1 --'"
    assert filters.quote("a; DROP TABLE products") == "'a; DROP TABLE products'"
    assert filters.quote("back\\slash") == "'back\\slash'"


@pytest.mark.parametrize("bad", ["nul\x00byte", "bell\x07", "line\nbreak", "x" * 501])
def test_quote_refuses_control_characters_and_overlong_values(bad):
    with pytest.raises(InvalidInput):
        filters.quote(bad)


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), "1; DROP", True, None, "1e999"])
def test_number_accepts_only_finite_numbers(bad):
    with pytest.raises(InvalidInput):
        filters.number(bad)


def test_number_renders_plain_literals():
    assert filters.number(4) == "4"
    assert filters.number(4.5) == "4.5"
    assert filters.number("20000") == "20000"


def test_column_names_come_from_a_whitelist():
    assert filters.column("brand") == "brand"
    with pytest.raises(ValueError):
        filters.column("brand; DROP TABLE products")


def test_prefilter_for_every_field():
    c = Constraints(category="Footwear > Boots", brand="O'Neil", min_rating=4, in_stock=True)
    where = filters.plan_prefilter(c, min_minor=5000, max_minor=20000).full
    assert where == (
        "((contains(category_lc, 'boot') AND contains(category_lc, 'footwear')) AND "
        "(lower(brand) = 'o''neil')) AND ((rating >= 4) AND (in_stock = true) AND "
        "(price_max_minor >= 5000 AND price_min_minor <= 20000))"
    )
    assert filters.plan_prefilter(Constraints()).full is None


def test_prefilter_splits_selective_from_loose_bounds():
    c = Constraints(category="boots", brand="Acme", min_rating=4, in_stock=True, max_price=100)
    plan = filters.plan_prefilter(c, max_minor=10000, brand_spellings=["ACME"])
    assert plan.narrow == "(contains(category_lc, 'boot')) AND (brand IN ('ACME'))"
    assert plan.loose == "(rating >= 4) AND (in_stock = true) AND (price_min_minor <= 10000)"
    assert plan.full == f"({plan.narrow}) AND ({plan.loose})"
    only_loose = filters.plan_prefilter(Constraints(in_stock=True))
    assert (only_loose.narrow, only_loose.full) == (None, "(in_stock = true)")


def test_category_prefilter_lists_the_catalog_paths_it_matches():
    paths = ["Footwear > Boots > Hiking", "Footwear > Sandals", "Outdoor > Hiking > Backpacks", "Café > Tés"]
    where = filters.plan_prefilter(Constraints(category="Footwear > Boots"), category_paths=paths).full
    assert where == "(category IN ('Footwear > Boots > Hiking'))"
    # The same rule as the exact check: a name matches words inside one segment, plural or not.
    where = filters.plan_prefilter(Constraints(category="hiking"), category_paths=paths).full
    assert where == "(category IN ('Footwear > Boots > Hiking', 'Outdoor > Hiking > Backpacks'))"
    # A category this catalog does not have can match nothing.
    assert filters.plan_prefilter(Constraints(category="spaceships"), category_paths=paths).full == "(false)"
    # Non-ASCII paths are listed exactly instead of being left to the exact check.
    where = filters.plan_prefilter(Constraints(category="CAFÉ"), category_paths=paths).full
    assert where == "(category IN ('Café > Tés'))"
    # Too many matching paths: the loose `contains` form.
    many = [f"Tools > Drill {i}" for i in range(filters.MAX_CATEGORY_PATHS + 1)]
    assert filters.plan_prefilter(Constraints(category="tools"), category_paths=many).full == (
        "(contains(category_lc, 'tool'))"
    )


def test_price_prefilter_leaves_multi_sku_products_to_the_live_check_without_in_stock():
    where = filters.plan_prefilter(Constraints(max_price=10), max_minor=1000).full
    assert where == "(price_min_minor <= 1000 OR variant_count > 1)"


def test_unicode_lookalike_quote_is_normalised_then_escaped():
    # A fullwidth apostrophe folds to "'" under NFKC; it must come out doubled, not raw.
    where = filters.plan_prefilter(Constraints(brand="Ｏ＇Ｎｅｉｌ")).full
    assert where == "(lower(brand) = 'o''neil')"


def test_non_ascii_values_are_left_to_the_exact_check():
    assert filters.plan_prefilter(Constraints(brand="Ünique")).full is None
    assert (
        filters.plan_prefilter(Constraints(brand="ünique"), brand_spellings=["Ünique"]).full
        == "(brand IN ('Ünique'))"
    )
    assert filters.matches_brand("ünique", "ÜNIQUE")


def test_check_constraints_refuses_impossible_values():
    for c in (
        Constraints(min_price=-1),
        Constraints(min_price=50, max_price=10),
        Constraints(min_rating=6),
        Constraints(brand="a\x00b"),
        Constraints(attributes={"size": "1\x1b[2J"}),
    ):
        with pytest.raises(InvalidInput):
            filters.check_constraints(c)


def test_category_matching_by_segment_and_plural():
    path = "Footwear > Boots > Hiking"
    assert filters.matches_category(path, "footwear", "footwear")
    assert filters.matches_category(path, "footwear", "boot")
    assert filters.matches_category(path, "footwear", "Footwear > Boots")
    assert filters.matches_category("Footwear > Shoes > Running Shoes", "footwear", "running shoe")
    assert not filters.matches_category(path, "footwear", "Boots > Footwear")
    assert not filters.matches_category(path, "footwear", "foot")
    assert not filters.matches_category("Apparel > Jeans > Bootcut", "apparel", "boots")


def test_attribute_matching():
    attrs = {"material": "Leather", "waterproof": "yes", "features": "breathable, vegan"}
    assert filters.matches_attribute(attrs, [], "Material", "leather")
    assert filters.matches_attribute(attrs, [], "waterproof", "true")
    assert filters.matches_attribute(attrs, [], "feature", "vegan")
    assert filters.matches_attribute(attrs, [], "breathable", "yes")
    assert not filters.matches_attribute(attrs, [], "material", "suede")
    assert not filters.matches_attribute({"waterproof": "no"}, [], "waterproof", "yes")
    assert filters.matches_attribute({}, ["Waterproof"], "waterproof", "yes")


def test_option_matching_is_exact_per_option():
    assert filters.matches_options({"Size": "10", "Colour": "Black"}, {"size": "10.0", "color": "black"})
    assert not filters.matches_options({"size": "10.5", "color": "black"}, {"size": "10"})
    assert not filters.matches_options({"color": "black"}, {"size": "10"})
