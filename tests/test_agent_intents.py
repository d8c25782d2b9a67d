"""Intent-guided deep turns: constrained calls, code-written answers, references to cart lines and
superlatives, argument fixes from the rule parser, and reads with no arguments answered by code."""

from __future__ import annotations

import shutil

import pytest
from agent_fixtures import agent_catalog_home, call
from catalog_fixtures import make_deps

from shopagent.agent.intents import classify
from shopagent.agent.session import Session
from shopagent.commerce import cart
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
    raise AssertionError("this turn must not load the model")


def forced_names(model_call):
    schema = model_call["json_schema"]
    variants = schema.get("anyOf") or [schema]
    return [v["properties"]["name"]["const"] for v in variants]


@pytest.mark.parametrize(
    ("text", "referred", "cart_lines", "intent", "terminal"),
    [
        ("add the first one to my cart", 1, 0, "cart_add", True),
        ("add a rain jacket to my cart", 0, 0, "cart_add", True),
        ("remove it from my cart", 1, 1, "cart_remove", True),
        ("remove the pillow from my cart", 0, 1, "cart_remove", True),
        ("change the quantity to 3", 0, 1, "cart_quantity", True),
        ("make it 2", 1, 1, "cart_quantity", True),
        ("how much would checkout cost with express shipping?", 0, 1, "checkout", True),
        ("notify me when the first one drops below 100", 1, 0, "watch_create", True),
        ("stop watching the kettle", 0, 0, "watch_remove", True),
        ("compare the first two", 2, 0, "compare", True),
        ("which is better, the first or the second?", 2, 0, "compare", True),
        ("compare the two cheapest air fryers", 0, 0, "compare", True),
        ("what do reviews say about the best rated tent", 0, 0, "reviews", True),
        ("is the first one waterproof?", 1, 0, "detail", False),
        ("a gift for my dad who likes camping under 100", 0, 0, "search", True),
        ("show my cart", 0, 1, "listing", True),
        ("thanks!", 0, 0, None, None),
        ("hi there", 0, 0, None, None),
    ],
)
def test_intents(text, referred, cart_lines, intent, terminal):
    found = classify(text, referred=referred, cart_lines=cart_lines)
    assert (found.name if found else None) == intent
    if found is not None:
        assert found.terminal is terminal
        assert set(found.goal) <= set(found.tools)


def test_remove_needs_a_cart_line_to_be_a_removal():
    # Nothing in the cart: "remove" is not a cart action the model can serve; no forced cart call.
    assert classify("remove the socks from my cart", referred=0, cart_lines=0).name != "cart_remove"


def test_add_is_one_constrained_step_and_the_answer_is_written_by_code(deps):
    s = Session(deps, model_factory=no_model, resolve_effects=False)
    target = s.ask("merino wool socks").results[0]
    model = ScriptedModel(call("add_to_cart", sku=target["sku"], quantity=1))
    s._model_factory = lambda: model
    turn = s.ask("add the first one to my cart")
    model.assert_complete()
    assert forced_names(model.calls[0]) == ["add_to_cart"]
    assert turn.answer.startswith(f"Added 1 × {target['title']}")
    assert f"subtotal ${target['price']:.2f}" in turn.answer


def test_remove_it_after_an_add_means_the_added_product(deps):
    s = Session(deps, model_factory=no_model, resolve_effects=False)
    target = s.ask("merino wool socks").results[0]
    model = ScriptedModel(
        call("add_to_cart", sku=target["sku"], quantity=1), call("remove_from_cart", sku=target["sku"])
    )
    s._model_factory = lambda: model
    s.ask("add the first one to my cart")
    turn = s.ask("remove it from my cart")
    model.assert_complete()
    assert f"= product {target['product_id']}" in model.calls[1]["messages"][-1]["content"]  # "it" resolved
    assert forced_names(model.calls[1]) == ["remove_from_cart"]
    assert cart.show(deps).lines == [] and turn.answer.startswith(f"Removed {target['sku']}")


def test_a_cart_line_named_by_a_word_is_the_reference(deps):
    s = Session(deps, model_factory=no_model, resolve_effects=False)
    socks = s.ask("merino wool socks").results[0]
    cart.add(deps, socks["sku"], 1)
    buds = s.ask("wireless earbuds").results[0]
    cart.add(deps, buds["sku"], 1)
    model = ScriptedModel(call("update_cart_quantity", sku=socks["sku"], quantity=3))
    s._model_factory = lambda: model
    turn = s.ask("change the socks quantity to 3")
    model.assert_complete()
    assert f"= product {socks['product_id']}" in model.calls[0]["messages"][-1]["content"]
    assert turn.tool_calls[0]["ok"], turn.tool_calls
    assert {line.sku: line.quantity for line in cart.show(deps).lines}[socks["sku"]] == 3


def test_the_cheapest_one_is_resolved_from_the_last_results(deps):
    s = Session(deps, model_factory=no_model, resolve_effects=False)
    results = s.ask("merino wool socks").results
    cheapest = min(results, key=lambda r: r["price"])
    model = ScriptedModel(call("add_to_cart", sku=cheapest["sku"]))
    s._model_factory = lambda: model
    s.ask("add the cheapest one to my cart")
    assert f"= product {cheapest['product_id']}" in model.calls[0]["messages"][-1]["content"]
    assert [line.sku for line in cart.show(deps).lines] == [cheapest["sku"]]


def test_a_failed_forced_call_is_retried_then_code_reports_the_error(deps):
    s = Session(deps, model_factory=no_model, resolve_effects=False)
    s.ask("merino wool socks")
    model = ScriptedModel(call("add_to_cart", sku="NOPE-1"), call("add_to_cart", sku="NOPE-2"))
    s._model_factory = lambda: model
    turn = s.ask("add the first one to my cart")
    model.assert_complete()  # two refused attempts, then no third model step
    assert [c["ok"] for c in turn.tool_calls] == [False, False]
    assert turn.answer.startswith("I could not complete that") and cart.show(deps).lines == []


def test_a_question_about_a_result_prefetches_the_product_and_the_model_only_answers(deps):
    s = Session(deps, model_factory=no_model)
    first = s.ask("merino wool socks").results[0]
    model = ScriptedModel(f"Yes: {first['title']} ({first['product_id']}) is wool.")
    s._model_factory = lambda: model
    turn = s.ask("is the first one warm enough for winter?")
    model.assert_complete()
    assert model.calls[0]["json_schema"] is None  # the answer step is free text
    assert turn.tool_calls[0]["name"] == "get_product" and turn.tool_calls[0]["ok"]
    assert turn.answer.startswith("Yes:") and not turn.replaced


def test_json_questions_about_a_result_need_no_model_at_all(deps):
    s = Session(deps, model_factory=no_model)
    first = s.ask("merino wool socks").results[0]
    model = ScriptedModel()
    s._model_factory = lambda: model
    turn = s.ask("is the first one warm enough for winter?", narrate=False)
    assert model.calls == [] and turn.results[0]["product_id"] == first["product_id"]


def test_the_rule_parser_fixes_a_misread_price_bound(deps):
    model = ScriptedModel(call("search_products", query="earbuds", min_price=150))
    s = Session(deps, model_factory=lambda: model)
    turn = s.ask("a gift idea: earbuds under 150")
    args = turn.tool_calls[0]["arguments"]
    assert args.get("max_price") == 150 and "min_price" not in args
    assert all(r["price"] <= 150 for r in turn.results)


def test_an_invented_price_bound_is_dropped(deps):
    model = ScriptedModel(call("search_products", query="earbuds", max_price=20))
    s = Session(deps, model_factory=lambda: model)
    turn = s.ask("something nice for music on the go")
    assert "max_price" not in turn.tool_calls[0]["arguments"]


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("what's in my cart?", "view_cart"),
        ("show my cart", "view_cart"),
        ("show my orders", "list_orders"),
        ("list my price watches", "list_watches"),
    ],
)
def test_reads_with_no_arguments_are_answered_by_code(deps, text, tool):
    s = Session(deps, model_factory=no_model)
    turn = s.ask(text)
    assert turn.tool_calls == [{"name": tool, "arguments": {}, "ok": True}]
    assert turn.route == "fast" and turn.reason == "listing" and turn.answer


@pytest.mark.parametrize("text", ["add the socks to my cart", "how much would my cart cost with shipping?"])
def test_cart_words_with_an_action_are_not_listings(deps, text):
    from shopagent.agent.intents import listing_tool

    assert listing_tool(text) is None


def test_history_keeps_a_one_line_note_not_the_listing(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("merino wool socks")
    model = ScriptedModel(call("search_products", query="wool socks for hiking"))
    s._model_factory = lambda: model
    s.ask("a present for a hiker")
    sent = model.calls[0]["messages"]
    note = sent[-2]["content"]
    assert note.startswith("Found ") and "(top: " in note and "\n" not in note
    assert all("$" not in m["content"] for m in sent[1:-1])  # no catalog rows carried over


def test_a_guessed_category_that_matches_nothing_is_dropped(deps):
    from shopagent.agent.tools.catalog import search_products

    out = search_products.call(deps, {"query": "merino wool socks", "category": "Spaceships"})
    assert out.items and "category" in out.data["note"]
    hard = search_products.call(deps, {"query": "merino wool socks", "max_price": 0.5})
    assert hard.items == [] and "no matches" in hard.data["note"]
    # A category the catalog has is the user's, not a guess: nothing in it under 0.50 means nothing.
    category = out.items[0]["category"]
    real = search_products.call(deps, {"query": "merino wool socks", "category": category, "max_price": 0.5})
    assert real.items == [] and "relaxed" not in real.data


def test_a_quantity_the_user_did_not_state_is_not_offered_to_the_model():
    from shopagent.agent.loop import forced_call_schema
    from shopagent.agent.registry import default_toolset

    tools = default_toolset()
    plain = forced_call_schema(tools, ["add_to_cart"], "add the first one to my cart")
    assert "quantity" not in plain["properties"]["arguments"]["properties"]
    two = forced_call_schema(tools, ["add_to_cart"], "add two of the first one to my cart")
    assert "quantity" in two["properties"]["arguments"]["properties"]
    search = forced_call_schema(tools, ["search_products", "add_to_cart"], "add a rain jacket")
    assert [set(v["properties"]["arguments"]["properties"]) for v in search["anyOf"]][0] == {"query"}


def test_a_search_comes_first_when_the_user_named_no_product(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("merino wool socks")
    model = ScriptedModel(
        call("search_products", query="wireless earbuds"),
        call("add_to_cart", sku="X"),
        call("add_to_cart", sku="Y"),
    )
    s._model_factory = lambda: model
    s.ask("add some wireless earbuds to my cart")
    assert forced_names(model.calls[0]) == ["search_products"]
    assert forced_names(model.calls[1]) == ["add_to_cart"]


def test_questions_naming_an_attribute_or_option_are_answered_from_the_row(deps):
    from shopagent.catalog.views import product_view

    s = Session(deps, model_factory=no_model)
    first = s.ask("merino wool socks").results[0]
    view = product_view(deps, first["product_id"])
    key, value = next(iter(view["attributes"].items()))
    turn = s.ask(f"what {key.replace('_', ' ')} is the first one?")
    assert turn.route == "fast" and f"{key.replace('_', ' ').capitalize()}: {value}." in turn.answer
    options = {k for v in view["variants"] for k in v["options"]}
    if options:
        name = sorted(options)[0]
        turn = s.ask(f"which {name}s does the first one come in?")
        assert f"{name.capitalize()}s: " in turn.answer


def test_a_question_naming_nothing_in_the_row_goes_to_the_model(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("merino wool socks")
    model = ScriptedModel("They are fine for hiking.")
    s._model_factory = lambda: model
    turn = s.ask("is the first one good for a long hike in the alps?")
    assert turn.route == "deep" and model.calls


def test_an_id_with_trailing_words_becomes_the_known_id():
    from shopagent.agent.loop import _known_id_prefixes

    known = {"P01417", "P01417-STANDARD"}
    assert _known_id_prefixes({"sku": "P01417-STANDARD $34.95", "quantity": 1}, known) == {
        "sku": "P01417-STANDARD",
        "quantity": 1,
    }
    assert _known_id_prefixes({"sku": "P99999 $1"}, known) == {"sku": "P99999 $1"}  # still refused later


def test_the_order_the_words_ask_for_is_set_by_code(deps):
    model = ScriptedModel(call("search_products", query="socks"))
    s = Session(deps, model_factory=lambda: model)
    turn = s.ask("a small gift: the cheapest socks you have")
    assert turn.tool_calls[0]["arguments"]["sort"] == "price"


def test_a_cut_off_constrained_call_is_never_shown_as_the_answer(deps):
    s = Session(deps, model_factory=no_model, resolve_effects=False)
    s.ask("merino wool socks")
    model = ScriptedModel('{"name": "add_to_cart", "arguments": {"sku": "sock-', "I added it.")
    s._model_factory = lambda: model
    turn = s.ask("add the first one to my cart")
    model.assert_complete()  # the repaired call is refused, then prose where a call is due ends it
    assert turn.answer.startswith("I could not complete that") and cart.show(deps).lines == []


@pytest.mark.parametrize("text", ["just the 4 star and up ones", "anything pricier?"])
def test_a_deep_follow_up_refines_the_last_search_and_keeps_its_bounds(deps, text):
    """ "!just the 4 star ones" after "hiking boots under 200": code runs the refined search first,
    and a search the model writes after it keeps the 200 it did not repeat."""
    s = Session(deps, model_factory=no_model)
    shown = s.ask("hiking boots under 200").results
    model = ScriptedModel(call("search_products", query="hiking boots"), "Here they are.")
    s._model_factory = lambda: model
    turn = s.ask(text, force="deep")
    searches = [c for c in turn.tool_calls if c["name"] == "search_products"]
    assert searches and all(c["arguments"].get("max_price") == 200 for c in searches), searches
    assert searches[0]["arguments"]["query"] == "hiking boots"
    if "pricier" in text:
        median = sorted(r["price"] for r in shown)[len(shown) // 2]
        assert searches[0]["arguments"]["min_price"] >= median - 0.01
    else:
        assert all(c["arguments"].get("min_rating") == 4 for c in searches)


def test_the_tool_matches_the_query_without_the_bounds_it_states(deps):
    """The model writes the user's sentence as its query, prices and all: "unter 50 Dollar" is read
    as a bound and left out of what is matched, so the German request is seen as German."""
    from shopagent.agent.tools.catalog import search_products

    asked = []
    deps.translator = lambda text, language, hints=(): asked.append(text) or "electric kettle"
    out = search_products.call(deps, {"query": "Wasserkocher unter 50 Dollar", "max_price": 50})
    assert asked == ["Wasserkocher"]
    assert out.items and all(i["product_id"].startswith("kettle-") for i in out.items[:3])


def test_the_fixer_adds_no_category_a_bare_word_suggests(deps):
    """ "robot vacuum that handles pet hair" once became a hard Beauty > Hair filter: the fixer adds
    only what the words make explicit."""
    model = ScriptedModel(call("search_products", query="earbuds"), "Here they are.")
    s = Session(deps, model_factory=lambda: model)
    turn = s.ask("wireless earbuds for the gym under 100", force="deep")
    args = turn.tool_calls[0]["arguments"]
    assert "category" not in args and args.get("max_price") == 100


def test_the_fixer_keeps_a_colour_the_words_name(deps):
    model = ScriptedModel(call("search_products", query="hiking boots"), "Here they are.")
    s = Session(deps, model_factory=lambda: model)
    turn = s.ask("grey hiking boots please", force="deep")
    assert turn.tool_calls[0]["arguments"].get("attributes") == {"color": "grey"}


def test_the_tool_keeps_what_its_query_negates(deps):
    """The words matched leave the negations out; what they negate still counts: "not Alpina"
    excludes the brand, as `shopagent search` does."""
    from shopagent.agent.tools.catalog import search_products

    out = search_products.call(deps, {"query": "hiking boots, not Alpina", "limit": 10})
    assert out.items and all(i["brand"] != "Alpina" for i in out.items)
