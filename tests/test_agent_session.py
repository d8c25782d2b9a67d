"""Routing, multi-turn carry-over and the real catalog/cart tools, over a small imported catalog."""

from __future__ import annotations

import json
import shutil

import pytest
from agent_fixtures import agent_catalog_home, call
from catalog_fixtures import make_deps

from shopagent.agent.registry import default_toolset
from shopagent.agent.router import decide
from shopagent.agent.session import Session
from shopagent.commerce import cart, watches
from shopagent.search.models import Constraints
from shopagent.testing import ScriptedModel


@pytest.fixture(scope="module")
def catalog_home(tmp_path_factory):
    return agent_catalog_home(tmp_path_factory)


@pytest.fixture
def deps(catalog_home, tmp_path):
    home = tmp_path / "own"
    shutil.copytree(catalog_home, home)
    d = make_deps(home)
    yield d
    d.close()


def no_model():
    raise AssertionError("the fast path must never load the model")


def session(deps, model=None, **kwargs):
    return Session(deps, model_factory=(lambda: model) if model else no_model, **kwargs)


# -- routing ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("waterproof hiking boots under 200", "fast"),
        ("merino wool socks", "fast"),
        ("electric kettle in stock 4+ stars", "fast"),
        ("compare the first two", "deep"),
        ("Alpina vs TrailCo boots", "deep"),
        ("which is better for rain?", "deep"),
        ("what do reviews say about the kettle", "deep"),
        ("add the first one to my cart", "deep"),
        ("remove the socks from my cart", "deep"),
        ("notify me when it drops below 100", "deep"),
        ("show me the second one", "deep"),
        ("something cheaper", "deep"),
        ("a gift for my dad", "deep"),
        ("hi there", "deep"),
        ("are they waterproof?", "deep"),
    ],
)
def test_routing_decisions(text, route):
    assert decide(text).route == route
    assert decide(text, force="fast").route == "fast"


# -- the fast path and code-handled follow-ups -------------------------------------------------------
def test_fast_path_uses_no_model_and_respects_constraints(deps):
    s = session(deps)
    turn = s.ask("waterproof hiking boots under 200")
    assert turn.route == "fast" and not s.model_loaded
    assert turn.results and all(r["price"] <= 200 for r in turn.results)
    assert turn.answer.startswith("Found ") and turn.results[0]["title"] in turn.answer
    assert turn.tool_calls[0]["name"] == "search_products"


def test_cheaper_in_black_only_brand_carry_over(deps):
    s = session(deps)
    first = s.ask("hiking boots")
    prices = sorted(r["price"] for r in first.results)
    cheaper = s.ask("cheaper")
    assert cheaper.route == "fast" and cheaper.reason == "cheaper"
    assert cheaper.results and max(r["price"] for r in cheaper.results) < prices[len(prices) // 2] + 0.01
    bound = s.constraints.max_price
    black = s.ask("in black")
    assert s.constraints.attributes == {"color": "black"} and s.constraints.max_price == bound
    assert black.results and all(r["price"] <= bound for r in black.results)
    assert all("black" in r["sku"] for r in black.results)
    alpina = s.ask("only Alpina")
    assert s.constraints.brand == "Alpina" and s.constraints.attributes == {"color": "black"}
    assert all(r["brand"] == "Alpina" for r in alpina.results)
    assert not s.model_loaded


@pytest.mark.parametrize(
    "text",
    ["hmm, show me ones over 60 instead", "hmm, show me ones over sixty instead", "nah, over 60 instead"],
)
def test_a_bound_said_instead_replaces_the_opposite_one(deps, text):
    s = session(deps)
    s.ask("wireless earbuds under 60")
    over = s.ask(text)
    assert s.constraints.min_price == 60 and s.constraints.max_price is None
    assert over.results and all(r["price"] >= 60 for r in over.results)
    assert all("Earbuds" in r["title"] for r in over.results)
    assert not s.model_loaded


@pytest.mark.parametrize("text", ["forget the brand", "any brand is fine", "Marke egal, bitte"])
def test_a_follow_up_that_lets_go_of_the_brand_keeps_the_rest(deps, text):
    s = session(deps)
    s.ask("hiking boots under 200")
    s.ask("only Alpina")
    assert s.constraints.brand == "Alpina"
    turn = s.ask(text)
    assert s.constraints.brand is None and s.constraints.max_price == 200
    assert turn.results and all(r["price"] <= 200 for r in turn.results)
    assert {r["brand"] for r in turn.results} != {"Alpina"}
    assert not s.model_loaded


@pytest.mark.parametrize("text", ["what about 150 instead", "ok but cap it at 150"])
def test_a_new_amount_replaces_the_price_bound_of_the_last_search(deps, text):
    s = session(deps)
    s.ask("hiking boots under 200")
    turn = s.ask(text)
    assert s.constraints.max_price == 150 and s.constraints.min_price is None
    assert turn.results and all(r["price"] <= 150 for r in turn.results)
    assert all("Boot" in r["title"] for r in turn.results)


def test_a_refinement_with_words_the_catalog_does_not_use_keeps_the_last_search(deps):
    s = session(deps)
    s.ask("hiking boots")
    turn = s.ask("under 150 if possible")
    assert s.constraints.max_price == 150
    assert turn.results and all("Boot" in r["title"] for r in turn.results)


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("don't add #1, add #2 instead", 2),
        ("add #1, not #2", 1),
        ("add the second one, not the first", 2),
        ("no añadas el primero, añade el segundo", 2),
        ("skip the first one, put #3 in the cart", 3),
        ("don't set a watch, just add #2", 2),
        ("not #1, not #2 either... ok #3, add that", 3),
    ],
)
def test_a_change_refused_for_one_result_and_asked_for_another_acts_on_that_one(deps, text, position):
    s = session(deps)
    shown = s.ask("wireless earbuds").results
    s.ask(text)
    lines = cart.show(deps).lines
    assert [line.product_id for line in lines] == [shown[position - 1]["product_id"]]


@pytest.mark.parametrize(
    "text",
    [
        "don't add #1, add #1",
        "don't add #1. add it later maybe",
        "add #1. actually no, don't",
        "don't add it, add #2",
    ],
)
def test_a_change_refused_and_asked_for_the_same_result_changes_nothing(deps, text):
    s = session(deps)
    s.ask("wireless earbuds")
    s.ask(text)
    assert cart.show(deps).lines == []


def test_show_the_second_one_and_compare_the_first_two(deps):
    s = session(deps)
    first = s.ask("wireless earbuds")
    second_id = first.results[1]["product_id"]
    shown = s.ask("show me the second one")
    assert shown.route == "fast" and shown.results[0]["product_id"] == second_id
    assert shown.view["product_id"] == second_id
    compared = s.ask("compare the first two")
    ids = [first.results[0]["product_id"], second_id]
    assert compared.tool_calls[0]["arguments"] == {"product_ids": ids}
    assert [p["product_id"] for p in compared.view["products"]] == ids
    assert not s.model_loaded


def test_a_review_question_about_an_earlier_result_is_answered_from_the_summary(deps):
    s = session(deps)
    first = s.ask("wireless earbuds")
    target = first.results[0]["product_id"]
    turn = s.ask("what do reviewers say about the first one?")
    assert turn.route == "fast" and not s.model_loaded
    assert turn.tool_calls == [{"name": "summarize_reviews", "arguments": {"product_id": target}, "ok": True}]
    assert f"({target})" in turn.answer
    assert "Reviews:" in turn.answer or "No reviews yet." in turn.answer


def test_a_new_kind_of_product_starts_a_new_search(deps):
    s = session(deps)
    s.ask("hiking boots under 150")
    s.ask("electric kettle")
    assert s.constraints == Constraints() or s.constraints.max_price is None
    assert all("kettle" in r["product_id"] for r in s.last_results[:3])


# -- the deep path with the real tools -----------------------------------------------------------------
def test_add_the_first_one_to_the_cart_resolves_the_reference_for_the_model(deps):
    s = session(deps, resolve_effects=False)
    first = s.ask("merino wool socks")
    target = first.results[0]
    model = ScriptedModel(call("add_to_cart", sku=target["sku"], quantity=1))
    s._model_factory = lambda: model
    turn = s.ask("add the first one to my cart")
    model.assert_complete()  # one step: once the cart changed, code words the answer
    assert turn.route == "deep" and turn.tool_calls[0]["ok"], turn.tool_calls
    sent = model.calls[0]["messages"][-1]["content"]
    assert f"#1 = product {target['product_id']}" in sent
    assert model.calls[0]["json_schema"]["properties"]["name"] == {"const": "add_to_cart"}
    assert turn.answer.startswith(f"Added 1 × {target['title']} ({target['sku']}) to your cart.")
    from shopagent.commerce import cart

    assert [(line.sku, line.quantity) for line in cart.show(deps).lines] == [(target["sku"], 1)]


def test_injected_catalog_text_obeyed_by_the_model_changes_nothing(deps):
    model = ScriptedModel(
        call("search_products", query="trail hiking boot deluxe"),
        call("add_to_cart", sku="evil-2", quantity=10),
        "I added 10 of Trail Hiking Boot Deluxe to your cart.",
    )
    s = session(deps, model)
    s.guided = False  # every step free: the gates alone must stop the obeyed injection
    turn = s.ask("tell me about the trail hiking boot deluxe, is it any good?")
    model.assert_complete()
    from shopagent.commerce import cart

    assert cart.show(deps).lines == []
    assert turn.tool_calls[1]["name"] == "add_to_cart" and not turn.tool_calls[1]["ok"]
    refusal = model.calls[2]["messages"][-1]["content"]
    assert "refused" in refusal


def test_tool_schemas_are_stable_and_cannot_buy():
    names = default_toolset().names()
    assert names[:4] == ["search_products", "get_product", "compare_products", "summarize_reviews"]
    assert not {"checkout", "complete_checkout", "create_mandate", "place_order"} & set(names)
    assert json.dumps(default_toolset().schemas()) == json.dumps(default_toolset().schemas())


def test_it_means_the_product_just_shown_and_only_that_one_changes(deps):
    s = session(deps, resolve_effects=False)
    first = s.ask("merino wool socks")
    target, other = first.results[0], first.results[1]
    s.ask("show me the first one")
    model = ScriptedModel(
        call("add_to_cart", sku=other["sku"], quantity=1),
        call("add_to_cart", sku=target["sku"], quantity=1),
    )
    s._model_factory = lambda: model
    turn = s.ask("add it to my cart")
    model.assert_complete()
    assert turn.answer.startswith("Added 1 ×")
    sent = model.calls[0]["messages"][-1]["content"]
    assert target["product_id"] in sent and target["title"][:20] not in sent  # ids and prices, no titles
    assert [c["ok"] for c in turn.tool_calls] == [False, True]
    from shopagent.commerce import cart

    assert [(line.sku, line.quantity) for line in cart.show(deps).lines] == [(target["sku"], 1)]


def test_a_brand_or_category_the_model_invents_is_not_applied_as_a_filter(deps):
    """The model guessed filters the user never stated and this catalog does not have ("无" = "none");
    applied, they would empty the search. A real brand of the catalog it chose stays."""
    model = ScriptedModel(
        call("search_products", query="waterproof boots", brand="无", category="服装"),
        "Here are some boots.",
    )
    turn = session(deps, model).ask("I need something for wet trails, what do you have?", force="deep")
    searched = next(c for c in turn.tool_calls if c["name"] == "search_products")
    assert sorted(searched["result"]["relaxed"]) == ["brand", "category"]  # dropped, and said so
    assert "brand" in searched["result"]["note"] and "category" in searched["result"]["note"]
    assert turn.results
    real = next(r["brand"] for r in turn.results if r.get("brand"))
    model = ScriptedModel(call("search_products", query="boots", brand=real), "Here.")
    turn = session(deps, model).ask("I need something for wet trails, what do you have?", force="deep")
    searched = next(c for c in turn.tool_calls if c["name"] == "search_products")
    assert searched["arguments"]["brand"] == real and "relaxed" not in searched["result"]
    assert turn.results and all(r["brand"] == real for r in turn.results)


def test_the_filler_of_a_refinement_names_no_product():
    """ "hmm, show me ones over a hundred instead" on a catalog with an "All-in-One" product: "ones"
    folds to the catalog word "one", which made the follow-up a new search for "hmm ones instead"
    (nothing found) instead of the last search with its bound moved."""
    from types import SimpleNamespace

    from shopagent.agent.code_turns import _unfilled
    from shopagent.agent.questions import names_product

    empty: frozenset[str] = frozenset()
    vocab = SimpleNamespace(
        words=frozenset({"one", "earbuds"}), variant_words=empty, brand_words=empty, category_words=empty
    )
    assert names_product("hmm ones instead", vocab, unknown_from=5)
    assert not names_product(_unfilled("hmm, ones instead"), vocab, unknown_from=5)
    assert names_product(_unfilled("hmm, earbuds instead"), vocab, unknown_from=5)


@pytest.mark.parametrize(
    "text",
    ["nope, not that first one. show me others", "no el primero, muéstrame otros", "不要第一个，看看其他的"],
)
def test_others_than_the_one_pointed_at_are_the_last_search_without_it(deps, text):
    s = session(deps)
    first = s.ask("wireless earbuds under 60").results
    turn = s.ask(text)
    shown = [r["product_id"] for r in turn.results]
    assert shown and first[0]["product_id"] not in shown
    assert all("Earbuds" in r["title"] and r["price"] <= 60 for r in turn.results)
    assert s.constraints.max_price == 60 and not s.model_loaded


def test_show_me_others_leaves_out_everything_shown(deps):
    s = session(deps)
    first = {r["product_id"] for r in s.ask("wireless earbuds").results}
    others = s.ask("show me other ones").results
    assert not first & {r["product_id"] for r in others}


def test_right_after_an_add_an_unsure_removal_of_a_result_in_the_cart_removes_it(deps):
    """'take #3 out' reads, unsure, as a removal; #3 is in the cart just changed, so it is one."""
    s = session(deps)
    shown = s.ask("wireless earbuds").results
    s.ask("add #1 and #3")
    assert len(cart.show(deps).lines) == 2
    reading = s.read("take #3 out")
    s.ask("take #3 out")
    assert [line.product_id for line in cart.show(deps).lines] == [shown[0]["product_id"]], reading


@pytest.mark.parametrize(("text", "total"), [("one more of those", 3), ("two more please", 4)])
def test_more_of_a_cart_line_adds_to_what_it_holds(deps, text, total):
    s = session(deps)
    shown = s.ask("merino wool socks").results
    s.ask("add 2 of #1")
    assert [line.quantity for line in cart.show(deps).lines] == [2]
    s.ask(text)
    lines = cart.show(deps).lines
    assert [(line.product_id, line.quantity) for line in lines] == [(shown[0]["product_id"], total)]


def test_a_size_the_request_states_filters_the_skus(deps):
    s = session(deps)
    turn = s.ask("hiking boots, size 11")
    assert s.constraints.attributes.get("size") == "11"
    assert turn.results and all(r["sku"].endswith("-11") for r in turn.results)


def test_stating_ones_size_after_a_search_refines_it(deps):
    s = session(deps)
    s.ask("hiking boots")
    turn = s.ask("I wear a 10")
    assert s.constraints.attributes.get("size") == "10"
    assert turn.results and all("Boot" in r["title"] and r["sku"].endswith("-10") for r in turn.results)
    assert not s.model_loaded


def test_a_removal_with_an_empty_cart_and_watches_set_removes_the_watch(deps):
    s = session(deps)
    shown = s.ask("wireless earbuds").results
    s.ask("watch the first two")
    assert len(watches.list_watches(deps)) == 2
    s.ask("remove the one on #2")
    left = watches.list_watches(deps)
    assert [w.sku for w in left] == [shown[0]["sku"]]


def test_a_quantity_with_an_empty_cart_is_a_new_price_bound(deps):
    s = session(deps)
    s.ask("hiking boots under 200")
    turn = s.ask("actually make that 150")
    assert s.constraints.max_price == 150 and cart.show(deps).lines == []
    assert turn.results and all(r["price"] <= 150 for r in turn.results)


@pytest.mark.parametrize(
    ("search", "text"),
    [
        ("wireless earbuds", "and one of #2"),  # one of a shown result is an add of one
        ("merino wool socks", "don't add two of #1, add #2 instead"),  # not the refused clause's two
    ],
)
def test_the_turn_adds_one_of_the_second(deps, search, text):
    s = session(deps)
    shown = s.ask(search).results
    s.ask(text)
    assert [(line.product_id, line.quantity) for line in cart.show(deps).lines] == [
        (shown[1]["product_id"], 1)
    ]


def test_every_watch_a_turn_makes_is_in_its_answer(deps):
    s = session(deps)
    shown = s.ask("wireless earbuds").results
    turn = s.ask("watch the first two")
    assert len(watches.list_watches(deps)) == 2
    assert shown[0]["sku"] in turn.answer and shown[1]["sku"] in turn.answer


def test_options_that_leave_none_of_the_kind_asked_for_are_let_go(deps):
    """No hiking boot here comes in white (the running shoes do): the boots are shown, not white shoes."""
    s = session(deps)
    turn = s.ask("hiking boots in white, size 10")
    assert turn.results and all(r["product_id"].startswith("boot-") for r in turn.results[:3])
    assert "color" not in s.constraints.attributes
