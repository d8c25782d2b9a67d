"""A declined change is offered back, and the reply takes it up; clauses that refuse or add a
change; a turn that only says it is browsing searches for nothing."""

from __future__ import annotations

import shutil

import pytest
from search_fixtures import CATALOG, import_catalog, skus_of

from shopagent.agent.reading import read, two_changes
from shopagent.agent.session import Session
from shopagent.commerce import cart, watches
from shopagent.text.options import match_options


@pytest.fixture(scope="module")
def catalog_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("offers") / "home"
    import_catalog(home).close()
    return home


@pytest.fixture
def deps(catalog_home, tmp_path):
    from catalog_fixtures import make_deps

    from shopagent.testing import FakeEmbedder

    home = tmp_path / "own"
    shutil.copytree(catalog_home, home)
    d = make_deps(home, FakeEmbedder())
    yield d
    d.close()


def by_id(row):
    return next(r for r in CATALOG if r["id"] == row["product_id"])


def no_model():
    raise AssertionError("this turn must not load the model")


def state(deps):
    lines = sorted((ln.product_id, ln.quantity) for ln in cart.show(deps).lines)
    return lines, len(watches.list_watches(deps))


def test_yes_to_the_offer_adds_what_the_question_was_about(deps):
    s = Session(deps, model_factory=no_model)
    first = s.ask("wireless earbuds in stock").results[0]  # one SKU each: nothing to ask about
    asked = s.ask("should I add the first one?")
    assert state(deps) == ([], 0) and "Do you want me to?" in asked.answer
    s.ask("yeah go for it, add it")
    assert state(deps) == ([(first["product_id"], 1)], 0)


def test_the_offer_lasts_one_turn_and_a_doubt_marker_still_asks(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("hiking boots")
    s.ask("should I add the first one?")
    s.ask("maybe add it then? not sure")  # its own doubt: asks again
    assert state(deps) == ([], 0)
    s.ask("merino socks")
    assert s.offer is None and s.offered == []


def test_a_turn_that_only_says_it_is_browsing_searches_for_nothing(deps):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    turn = s.ask("dont add anything yet, im just browsing")
    assert not turn.tool_calls and state(deps) == ([], 0)
    assert "nothing is added" in turn.answer
    assert s.last_results == shown  # "the first one" still means the first boot
    s.ask("ok actually, put the first one in my cart")
    assert state(deps) == ([(shown[0]["product_id"], 1)], 0)


def test_a_refused_change_in_a_contrast_clause_leaves_the_one_asked_for(deps):
    s = Session(deps, model_factory=no_model)
    first = s.ask("wireless earbuds in stock").results[0]
    reading = read("add the first one but don't check out")
    assert reading.intent == "cart_add" and reading.affirmative and not reading.unsure()
    s.ask("add the first one but don't check out")
    assert state(deps) == ([(first["product_id"], 1)], 0)
    assert not read("add the first one but not yet").affirmative  # the same change refused: asks


def test_two_changes_in_one_turn_ask_which(deps):
    assert two_changes("and clear the cart, i'll buy them in the store") == ["cart_clear", "cart_add"]
    assert two_changes("add the first one to my cart") == []
    s = Session(deps, model_factory=no_model)
    s.ask("wireless earbuds in stock")
    s.ask("add the first one to my cart")
    before = state(deps)
    assert before[0]
    turn = s.ask("and clear the cart, i'll buy them in the store")
    assert state(deps) == before and "two changes" in turn.answer


def test_the_option_name_before_a_size_is_not_a_size_word():
    values = {"size": ["S", "M", "L"], "color": ["Navy", "Grey"]}
    assert match_options("die erste in Navy, Größe M", values) == {"size": "M", "color": "Navy"}
    assert match_options("die große in navy", values) == {"size": "L", "color": "Navy"}


def test_a_question_beside_a_refused_change_is_read_as_the_question():
    reading = read("how are #1 and #2 different? dont add anything")
    assert reading.intent == "compare" and not reading.unsure() and reading.effect is None


def test_which_has_the_best_reviews_is_answered_from_the_shown_ratings():
    from shopagent.agent.over_results import answer_over_results

    views = [{"rating": 4.1, "review_count": 10}, {"rating": 4.8, "review_count": 3}, {"rating": 3.9}]
    labels = ["#1 A", "#2 B", "#3 C"]
    for text in ("ok and which one has the best reviews", "¿cuál está mejor valorado?", "哪个评价最好"):
        assert answer_over_results(text, views, labels).startswith("#2 B (rating 4.8")
    assert answer_over_results("which has the worst reviews", views, labels).startswith("#3 C")
    assert answer_over_results("what do reviews say about the second", views, labels) is None  # no ranking


def test_a_refusal_then_a_removal_is_the_removal_of_what_the_turn_is_about(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("wireless earbuds in stock")
    s.ask("alert me if the first one drops under 5")
    assert state(deps) == ([], 1)
    turn = s.ask("never mind, I don't want alerts. remove it")
    assert state(deps) == ([], 0), turn.answer
    assert read("don't remove it").negated and read("i'm not sure. remove it").doubtful


def test_a_deep_question_the_shown_attributes_answer_is_answered_by_code(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("wireless earbuds in stock")
    turn = s.ask("which of these has the best reviews?", force="deep")
    assert turn.reason == "over results" and turn.answer.startswith("#")


def test_an_unsure_question_about_results_with_none_shown_is_guided_to_a_search():
    from shopagent.agent.intents import intent_for
    from shopagent.agent.reading import Reading

    unsure = Reading(text="100美元以下的机械键盘有哪些？", intent="ask_results", confidence=0.29)
    found = intent_for(unsure, referred=0, cart_lines=0, text=unsure.text, shown=0)
    assert found is not None and found.goal == ("search_products",) and found.terminal
    assert intent_for(unsure, referred=0, cart_lines=0, text=unsure.text, shown=5) is None


def test_which_results_come_in_an_option_is_answered_from_their_variants():
    from shopagent.agent.over_results import answer_options

    def sku(size, stock=True):
        return {"options": {"size": size, "color": "Black"}, "in_stock": stock}

    views = [
        {"variants": [sku("9"), sku("10")]},
        {"variants": [sku("9")]},
        {"variants": [sku("10", False)]},
        {},
    ]
    answer, have = answer_options({"size": "10"}, views, ["A", "B", "C", "D"])
    assert have == [0]
    assert answer.splitlines() == [
        "In size 10, in stock: #1 A.",
        "Sold out in size 10: C.",
        "Not made in size 10: B.",
    ]
    assert answer_options({"width": "wide"}, views, ["A", "B", "C", "D"]) is None  # no result has that option
    assert answer_options({}, views, ["A", "B", "C", "D"]) is None


def test_a_question_about_sizes_over_the_results_changes_nothing_and_lists_those_that_come_in_it(deps):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("hiking boots").results
    turn = s.ask("do the first two come in size 10?")
    assert turn.reason == "over results" and state(deps) == ([], 0)
    assert turn.answer.startswith("In size 10, in stock: #1 ") and "#3" not in turn.answer
    assert [r["product_id"] for r in turn.results] == [r["product_id"] for r in shown[:2]]
    s.ask("hiking boots")
    brown = s.ask("which ones come in brown?")
    has_brown = [r for r in shown[:5] if any(v["options"].get("color") == "brown" for v in skus_of(by_id(r)))]
    assert [r["product_id"] for r in brown.results] == [r["product_id"] for r in has_brown]
    size = next(
        v["options"]["size"]
        for v in skus_of(by_id(has_brown[0]))
        if v["options"]["color"] == "brown" and v["stock"]
    )
    s.ask(f"add the first one in size {size}")  # the colour asked about holds
    assert state(deps) == ([(has_brown[0]["product_id"], 1)], 0)


def test_a_follow_up_naming_only_a_brand_or_a_colour_refines_the_last_search(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("hiking boots under 150")
    turn = s.ask("any from O'Neil?")  # two words of a brand: read, so nothing new is named
    assert turn.reason == "refinement" and turn.results
    assert all(r["brand"] == "O'Neil" and r["price"] <= 150 for r in turn.results)
    assert all("Boots" in r["category"] for r in turn.results)
    brown = s.ask("only brown")
    assert brown.reason == "refinement" and brown.results
    assert all(r["brand"] == "O'Neil" and r["options"].get("color") == "brown" for r in brown.results)


def test_an_add_the_stock_cannot_cover_says_so_and_adds_nothing_else(deps):
    """Code resolved the add in full; the shop refuses the quantity. No model step may shrink it."""
    s = Session(deps, model_factory=no_model)
    first = s.ask("wireless earbuds in stock").results[0]
    stock = sum(v.get("stock", 0) for v in skus_of(by_id(first)))
    turn = s.ask(f"add {stock + 5} of the first one")
    assert state(deps) == ([], 0)
    assert f"only {stock} of" in turn.answer.lower() and f"you asked for {stock + 5}" in turn.answer


def test_a_comparison_shows_each_differing_attribute_under_the_results_positions():
    from shopagent.agent.code_turns import _attribute_lines

    view = {
        "attributes": {"shell": {"a": "soft", "b": "hard"}, "weight": {"a": "6 lb", "b": "6 lb"}},
        "differences": ["shell"],
    }
    lines = _attribute_lines(view, ["a", "b"], ["#2", "#4"])
    assert lines == ["Shell: #2 soft; #4 hard.", "Both: weight 6 lb."]


def test_a_reply_naming_another_product_does_not_take_up_the_offer(deps):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask("should I add the first one?")
    s.ask("yeah, add the second one")
    assert state(deps) == ([(shown[1]["product_id"], 1)], 0)


def _stock(row):
    return sum(v.get("stock", 0) for v in skus_of(by_id(row)))


def test_a_quantity_for_each_result_adds_each_its_own(deps):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    two = next(i for i, r in enumerate(shown, 1) if _stock(r) >= 2)
    other = next(i for i, r in enumerate(shown, 1) if i != two and _stock(r) >= 1)
    s.ask(f"gimme 2 of #{two} and 1 of #{other}")
    want = sorted([(shown[two - 1]["product_id"], 2), (shown[other - 1]["product_id"], 1)])
    assert state(deps) == (want, 0)


def test_a_quantity_one_of_several_cannot_get_adds_none_of_them(deps):
    """Half a compound add is not what was asked: the short one is said, and nothing is added."""
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    have = _stock(shown[0])
    turn = s.ask(f"{have + 1} of the first and one of the second")
    assert state(deps) == ([], 0)
    assert f"only {have} of" in turn.answer.lower() and "not added anything" in turn.answer


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("gimme 5 of #1 and 2 of #2", {1: 5, 2: 2}),
        ("two of the first and one of the third", {1: 2, 3: 1}),
        ("dos del primero y uno del tercero", {1: 2, 3: 1}),
        ("第一个要两个，第三个要一个", {1: 2, 3: 1}),
        ("add #1 and #3, 2 each", {}),  # one quantity for both
        ("add the first and the third", {}),
    ],
)
def test_each_result_quantity_is_read_from_its_own_part(text, want):
    from shopagent.agent.reading import each_quantity

    assert each_quantity(text) == want


def test_the_pick_of_a_ranking_answer_is_what_add_the_winner_adds(deps):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    i, j = next(
        (i, j) for i in (1, 2, 3) for j in (2, 3, 4, 5) if shown[i - 1]["rating"] < shown[j - 1]["rating"]
    )
    answer = s.ask(f"#{i} vs #{j}, which one's better rated?").answer
    best = shown[j - 1]
    assert answer.startswith(f"#{j} ")
    s.ask("ok add the winner")
    assert state(deps) == ([(best["product_id"], 1)], 0)


def test_a_refinement_keeps_to_the_one_kind_of_product_shown(deps):
    s = Session(deps, model_factory=no_model)
    first = s.ask("wireless earbuds").results
    assert {r["category"] for r in first} == {"Electronics > Audio > Earbuds"}
    turn = s.ask("only the ones rated 4 or up")
    assert turn.reason == "refinement" and turn.results
    assert all(r["category"] == "Electronics > Audio > Earbuds" and r["rating"] >= 4 for r in turn.results)


def test_a_price_wish_with_chatter_around_it_still_refines(deps):
    s = Session(deps, model_factory=no_model)
    first = s.ask("wireless earbuds").results
    turn = s.ask("those are a bit much honestly, show me cheaper")
    assert turn.reason == "cheaper" and turn.results
    median = sorted(r["price"] for r in first)[len(first) // 2]
    assert all(r["price"] < median for r in turn.results)


def test_changes_asked_apart_in_one_turn_are_each_made(deps):
    """'remove #2 and bump #1 to two': each clause a sure change of a result it names; taken one by one."""
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    two = next(i for i, r in enumerate(shown, 1) if _stock(r) >= 2)
    other = next(i for i, r in enumerate(shown, 1) if i != two)
    s.ask(f"add #{two} and #{other}")
    turn = s.ask(f"remove #{other} and bump #{two} to two")
    assert state(deps) == ([(shown[two - 1]["product_id"], 2)], 0)
    assert turn.reason == "changes apart"


def test_changes_apart_need_each_clause_to_name_its_result(deps):
    from shopagent.agent.compound import changes_apart

    s = Session(deps, model_factory=no_model)
    s.ask("wireless earbuds in stock")
    text = "add #1 to cart and also keep an eye on #2's price"
    assert changes_apart(s, text, s.read(text)) == ["add #1 to cart", "keep an eye on #2's price"]
    for text in (
        "and clear the cart, i'll buy them in the store",
        "add #1, maybe watch #2?",
        "add #1 and #3",
    ):
        assert changes_apart(s, text, s.read(text)) is None, text


def test_a_verb_that_is_a_product_word_permits_no_change():
    """'gps running watch' is a product request: 'watch' in it permits no price watch, while a verb
    the catalog's names never use ('add') still widens an affirmative reading."""
    from shopagent.agent.effects import permit_for
    from shopagent.search.vocab import Vocabulary

    vocab = Vocabulary(words=frozenset({"gps", "running", "watch", "smart"}))
    product = read("gps running watch")
    assert "watch" not in permit_for("gps running watch", product, vocab).effects
    assert "watch" in permit_for("gps running watch", product, Vocabulary()).effects  # no names known
    both = read("smart watch under 200, add the cheapest")
    assert permit_for("smart watch under 200, add the cheapest", both, vocab).effects == {"cart"}
    verb = read("watch the cheapest of those three")
    assert "watch" in permit_for("watch the cheapest of those three", verb, vocab).effects


def test_a_relative_lead_picks_by_price_and_a_comparative_picks_between_those_compared(deps):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask("add whichever one is cheapest")
    cheapest = min(shown, key=lambda r: r["price"])
    assert state(deps) == ([(cheapest["product_id"], 1)], 0)
    cart.remove(deps, cheapest["sku"])
    i, j = next(
        (i, j) for i in (1, 2, 3) for j in (2, 3, 4, 5) if shown[i - 1]["rating"] < shown[j - 1]["rating"]
    )
    s.ask(f"compare #{i} and #{j}")
    s.ask("ok add the better one")  # better of the two compared, not the best rated of all shown
    assert state(deps) == ([(shown[j - 1]["product_id"], 1)], 0)


def test_the_top_one_names_a_position_not_a_top(deps):
    from shopagent.text.positions import without_position_words

    assert "top" not in without_position_words("the top one, add it")
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask("the top one, add it")
    assert state(deps) == ([(shown[0]["product_id"], 1)], 0)


@pytest.mark.parametrize(
    "text",
    [
        "add the first one — no wait, not the first, the second",
        "Nicht die erste — die zweite bitte in den Warenkorb.",
        "add #1, no wait, not #1, #2 please",
    ],
)
def test_a_retracted_add_adds_the_result_said_instead(deps, text):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask(text)
    assert state(deps) == ([(shown[1]["product_id"], 1)], 0)


def test_a_no_that_refuses_nothing_named_still_asks(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("wireless earbuds in stock")
    s.ask("add the first one — no wait")
    assert state(deps) == ([], 0)


def test_a_removal_beside_a_keep_is_the_removal_its_own_clause_asks():
    """'keep the first' refuses a change of #1; the other clause surely removes a watch, though the
    whole turn, read at once with the embedder, leaned to making one (watch_create)."""
    from shopagent.agent.clauses import asked_of_others

    text = "drop the alert on the second one, keep the first"
    assert asked_of_others(text, "watch_create") == ("watch_remove", "drop the alert on the second one")
    assert asked_of_others("don't add #1, add #2 instead", "cart_add") == ("cart_add", "add #2 instead")


@pytest.mark.parametrize("text", ["swap it for #2", "cámbialo por el segundo", "tausch es gegen das zweite"])
def test_a_swap_takes_the_line_out_and_adds_the_result_named(deps, text):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask("add #1")
    assert state(deps) == ([(shown[0]["product_id"], 1)], 0)
    turn = s.ask(text)
    assert state(deps) == ([(shown[1]["product_id"], 1)], 0), turn.answer


@pytest.mark.parametrize("text", ["don't swap it for #2", "maybe swap it for #2?"])
def test_a_swap_refused_or_doubted_changes_nothing(deps, text):
    """Not taken apart; the model, trying the swap anyway, is refused by the gate."""
    from agent_fixtures import call

    from shopagent.testing import ScriptedModel

    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask("add #1")
    model = ScriptedModel(
        call("remove_from_cart", sku=shown[0]["sku"]),
        call("add_to_cart", sku=shown[1]["sku"], quantity=1),
        "I changed nothing.",
    )
    s._model_factory = lambda: model
    s.ask(text)
    assert state(deps) == ([(shown[0]["product_id"], 1)], 0)


def test_the_cheapest_of_those_three_picks_among_the_three_compared(deps):
    from shopagent.agent.reading import quantity

    assert quantity("add the cheapest of those three") is None  # a count of results, not of items
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask("compare #2, #3 and #4")
    s.ask("add the cheapest of those three")
    cheapest = min(shown[1:4], key=lambda r: r["price"])
    assert state(deps) == ([(cheapest["product_id"], 1)], 0)


def test_a_swap_of_a_watch_is_not_taken_for_a_cart_swap():
    from shopagent.agent.compound import swap_parts

    assert swap_parts("swap it for #2", read("swap it for #2")) == ["remove it", "add #2"]
    assert swap_parts("swap #1 for #3", read("swap #1 for #3")) == ["remove #1", "add #3"]
    for text in ("swap the watch on #1 for #2", "swap it for a blue one", "don't swap it for #2"):
        assert swap_parts(text, read(text)) is None, text
