"""A declined change is offered back, and the reply takes it up; clauses that refuse or add a
change; a turn that only says it is browsing searches for nothing."""

from __future__ import annotations

import shutil

import pytest
from search_fixtures import import_catalog

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


def test_a_reply_naming_another_product_does_not_take_up_the_offer(deps):
    s = Session(deps, model_factory=no_model)
    shown = s.ask("wireless earbuds in stock").results
    s.ask("should I add the first one?")
    s.ask("yeah, add the second one")
    assert state(deps) == ([(shown[1]["product_id"], 1)], 0)
