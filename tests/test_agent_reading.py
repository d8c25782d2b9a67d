"""The turn's reading drives effects: negated or doubtful changes ask, variants resolve by option,
quantities and references in other languages, cart edits and watches resolved by code."""

from __future__ import annotations

import shutil

import pytest
from search_fixtures import BY_ID, import_catalog

from shopagent.agent.reading import quantity, read
from shopagent.agent.session import Session
from shopagent.commerce import cart, watches
from shopagent.text.options import match_options
from shopagent.text.positions import references, without_positions


@pytest.fixture(scope="module")
def catalog_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("reading") / "home"
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
    lines = sorted((ln.sku, ln.quantity) for ln in cart.show(deps).lines)
    return lines, len(watches.list_watches(deps))


def boots(s: Session) -> list[dict]:
    results = s.ask("hiking boots").results
    assert results and all(r["product_id"].startswith("boot-") for r in results[:3])
    return results


@pytest.mark.parametrize(
    "text",
    [
        "don't add anything to my cart",
        "do not add the first one",
        "if I added the first one, what would the total be?",
        "maybe add the first one? not sure",
        "no añadas nada al carrito",
        "不要把第一个加入购物车",
    ],
)
def test_a_change_the_user_did_not_affirm_changes_nothing_and_asks(deps, text):
    s = Session(deps, model_factory=no_model)
    boots(s)
    before = state(deps)
    turn = s.ask(text)
    assert state(deps) == before
    assert turn.reading.mode != "affirm" or turn.reading.effect is None
    assert not any(c["ok"] and c["name"] == "add_to_cart" for c in turn.tool_calls)


def test_browsing_with_a_negated_add_searches_and_changes_nothing(deps):
    s = Session(deps, model_factory=no_model)
    before = state(deps)
    turn = s.ask("I'm just browsing tents, don't add anything to my cart")
    assert state(deps) == before
    assert turn.route == "fast" and turn.results


def test_the_named_size_picks_the_variant(deps):
    s = Session(deps, model_factory=no_model)
    results = boots(s)
    first = BY_ID[results[0]["product_id"]]
    in_stock = [v for v in first["variants"] if v["stock"] > 0]
    colours = {v["options"]["color"] for v in in_stock}
    size = in_stock[0]["options"]["size"]
    text = f"add the first one in size {size}" + (
        f" in {in_stock[0]['options']['color']}" if len(colours) > 1 else ""
    )
    turn = s.ask(text + " to my cart")
    lines = cart.show(deps).lines
    assert len(lines) == 1, turn.answer
    chosen = next(v for v in first["variants"] if v["sku"] == lines[0].sku)
    assert chosen["options"]["size"] == size and chosen["stock"] > 0


def test_an_option_left_open_is_asked_for_not_guessed(deps):
    s = Session(deps, model_factory=no_model)
    results = boots(s)
    first = BY_ID[results[0]["product_id"]]
    sizes = {v["options"]["size"] for v in first["variants"] if v["stock"] > 0}
    assert len(sizes) > 1
    turn = s.ask("add the first one to my cart")
    assert cart.show(deps).lines == []
    assert "?" in turn.answer and "size" in turn.answer.lower()


def _asked(first: dict) -> tuple[str, str, bool]:
    """An in-stock size and colour of a product, and whether its in-stock colours differ."""
    live = [v for v in first["variants"] if v["stock"] > 0]
    colours = {v["options"]["color"] for v in live}
    return live[0]["options"]["size"], live[0]["options"]["color"], len(colours) > 1


def test_an_answer_to_the_question_asked_back_completes_the_add(deps):
    s = Session(deps, model_factory=no_model)
    results = boots(s)
    first = BY_ID[results[0]["product_id"]]
    size, colour, colours_differ = _asked(first)
    turn = s.ask("add the first one to my cart")
    assert cart.show(deps).lines == [] and "?" in turn.answer
    reply = f"{size} in {colour} please" if colours_differ else f"{size} please"  # a bare size: "10"
    turn = s.ask(reply)
    lines = cart.show(deps).lines
    assert len(lines) == 1, turn.answer
    chosen = next(v for v in first["variants"] if v["sku"] == lines[0].sku)
    assert chosen["options"]["size"] == size and chosen["stock"] > 0
    assert not colours_differ or chosen["options"]["color"] == colour


def test_words_that_do_not_answer_the_question_drop_it(deps):
    s = Session(deps, model_factory=no_model)
    results = boots(s)
    size, _colour, _ = _asked(BY_ID[results[0]["product_id"]])
    s.ask("add the first one to my cart")
    s.ask("running shoes")
    s.ask(f"{size} please")  # no longer an answer: the question was dropped
    assert cart.show(deps).lines == []


@pytest.mark.parametrize("reply", ["not {size}", "maybe {size}? not sure yet"])
def test_a_negated_or_doubtful_answer_changes_nothing(deps, reply):
    s = Session(deps, model_factory=no_model)
    results = boots(s)
    size, _colour, _ = _asked(BY_ID[results[0]["product_id"]])
    s.ask("add the first one to my cart")
    s.ask(reply.format(size=size))
    assert cart.show(deps).lines == []


def test_an_add_that_names_no_product_asks_which_then_takes_the_answer(deps):
    s = Session(deps, model_factory=no_model)
    results = boots(s)
    turn = s.ask("add one in my size")
    assert cart.show(deps).lines == []
    assert "Which one" in turn.answer and results[0]["product_id"] in turn.answer
    second = BY_ID[results[1]["product_id"]]
    turn = s.ask("the second one")  # now the product is known; its sizes differ, so it asks again
    assert cart.show(deps).lines == [] and "size" in turn.answer.lower()
    size, colour, colours_differ = _asked(second)
    s.ask(f"size {size} in {colour}" if colours_differ else f"size {size}")
    assert [ln.product_id for ln in cart.show(deps).lines] == [second["id"]]


def test_an_add_that_names_a_product_is_not_asked_which():
    from shopagent.agent.questions import names_product
    from shopagent.search.vocab import Vocabulary

    vocab = Vocabulary(
        words=frozenset({"boot", "boots", "one", "size", "hiking"}),
        key_phrases={("size",): "size", ("color",): "color"},
        brands={("merrell",): "Merrell"},
        category_terms={("boot",): None},  # type: ignore[dict-item]
    )
    assert not names_product("add one in my size", vocab)
    assert not names_product("put two of them in the cart please", vocab)
    assert names_product("add the hiking boots in my size", vocab)
    assert names_product("add a Merrell", vocab)
    assert names_product("加一个登山靴", vocab)  # another script: not checkable, so a description


def test_a_size_that_does_not_exist_gets_a_plain_answer(deps):
    s = Session(deps, model_factory=no_model)
    boots(s)
    turn = s.ask("add the first one in size 15 to my cart")
    assert cart.show(deps).lines == []
    assert "15" in turn.answer and "size" in turn.answer.lower()


def test_quantity_and_reference_in_words_and_other_languages(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("merino wool socks")
    assert s.last_results
    first = s.last_results[0]
    s.ask("I'll take 3 of the first one")
    assert [(ln.product_id, ln.quantity) for ln in cart.show(deps).lines] == [(first["product_id"], 3)]


def test_empty_my_cart_removes_every_line(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("electric kettle")
    s.ask("add the first one to my cart")
    assert cart.show(deps).lines
    turn = s.ask("empty my cart")
    assert cart.show(deps).lines == [], turn.answer


def test_watch_at_the_stated_price(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("electric kettle")
    turn = s.ask("let me know if the first one goes under 60")
    assert len(watches.list_watches(deps)) == 1, turn.answer


def active_watches(deps):
    return [w for w in watches.list_watches(deps) if w.status == "active"]


def test_stop_watching_it_removes_the_watch_on_the_product_just_watched(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("electric kettle")
    s.ask("let me know if the first one goes under 60")
    s.ask("let me know if the second one goes under 50")
    assert len(active_watches(deps)) == 2
    turn = s.ask("stop watching it")
    left = active_watches(deps)
    assert len(left) == 1, turn.answer
    assert any(c["name"] == "remove_watch" and c["ok"] for c in turn.tool_calls)


def test_stop_watching_with_several_watches_and_no_pointer_asks(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("electric kettle")
    s.ask("let me know if the first one goes under 60")
    s.ask("let me know if the second one goes under 50")
    fresh = Session(deps, model_factory=no_model)
    turn = fresh.ask("stop my price watch")
    assert len(active_watches(deps)) == 2 and "Which watch" in turn.answer


@pytest.mark.parametrize(
    ("text", "refs"),
    [("add the first one", [1]), ("el segundo", [2]), ("第三个", [3]), ("den ersten bitte", [1]),
     ("compare #1 and #3", [1, 3]), ("the last one", [-1]), ("le deuxième", [2]),
     ("pehla wala cart mein daal do", [1]), ("dusra wala dikhao", [2]), ("add number one, beige in M", [1]),
     ("añade el número dos", [2]), ("the number of reviews", []), ("一番目のをカートに入れてください", [1]),
     ("2つ目を3つください", [2]), ("3個目は？", [3])],
)  # fmt: skip
def test_references(text, refs):
    assert references(text) == refs


@pytest.mark.parametrize(
    ("text", "qty"),
    [("I'll take 3 of the first one", 3), ("two of them", 2), ("add a dozen", 12), ("三个", 3),
     ("add the first one in size 11", None), ("under $50", None), ("dame tres", 3), ("#2 please", None)],
)  # fmt: skip
def test_quantities(text, qty):
    assert quantity(text) == qty


@pytest.mark.parametrize(
    ("text", "qty"),
    [("第三个给我加两个到购物车", 2), ("2番目を3つください", 3), ("第二个", None), ("第一个来两个", 2),
     ("一つ目の靴", None), ("3個目", None)],
)  # fmt: skip
def test_a_cjk_ordinal_is_no_quantity(text, qty):
    assert quantity(text) == qty


@pytest.mark.parametrize(
    ("text", "qty"),
    [("hmm 5 is overkill, make it 3", 3), ("make it 3 instead of 5", 3), ("change it from 2 to 4", 4),
     ("mejor 2 en vez de 4", 2), ("set it to 6", 6)],
)  # fmt: skip
def test_a_new_quantity_is_the_one_that_replaces_the_old(text, qty):
    assert quantity(text, one=True) == qty


def test_options_match_the_catalog_spelling():
    values = {"size": ["S", "M", "L", "11"], "color": ["Navy", "Black"]}
    assert match_options("in navy, size M", values) == {"size": "M", "color": "Navy"}
    assert match_options("add 11 of them", values) == {}  # a bare number is no size
    assert match_options("I'm a big fan", values) == {}  # "a" is no size


def test_reading_carries_its_price_with_currency():
    r = read("tents under 500 pesos")
    assert (r.price.max, r.price.currency) == (500, "PHP")


def test_a_situation_with_a_budget_becomes_a_shopping_list(deps):
    s = Session(deps, model_factory=no_model)
    turn = s.ask("I'm going hiking in the mountains next weekend, budget 400")
    assert turn.reason == "plan" and turn.view is not None, turn.answer
    assert turn.view["budget"] == 400 and turn.view["total"] <= 400
    assert turn.results == s.last_results  # "add the first one" works on the list
    assert cart.show(deps).lines == []  # a list is no purchase


def test_budget_words_in_other_languages():
    assert read("voy a la playa con mis hijos, presupuesto 300").price.max == 300


def test_a_refinement_keeps_the_bounds_of_the_last_search(deps):
    s = Session(deps, model_factory=no_model)
    first = s.ask("hiking boots under 200")
    assert first.results and all(r["price"] <= 200 for r in first.results)
    turn = s.ask("sort by rating")
    assert turn.reason in ("refinement",) and turn.results
    assert all(r["price"] <= 200 for r in turn.results)
    ratings = [r["rating"] or 0 for r in turn.results]
    assert ratings == sorted(ratings, reverse=True)


def test_a_watch_condition_is_not_doubt():
    r = read("alert me if the first one drops below 200")
    assert r.intent == "watch_create" and r.mode == "affirm"


@pytest.mark.parametrize(
    "intent, text",
    [
        ("watch_create", "avvisami se il primo scende sotto i 50"),
        ("watch_remove", "stop watching it"),
        ("cart_remove", "togli il primo"),
    ],
)
def test_the_mode_of_a_watch_or_a_stop_is_the_n_gram_layers(monkeypatch, intent, text):
    """The embedding layer's mode head, knowing no intent, reads a watch's own condition ("avvisami
    se scende sotto i 50") as doubt; for these intents the n-gram layer's mode is the one acted on."""
    from shopagent.agent import reading as reading_module
    from shopagent.agent.intent_model import Prediction

    class Layers:
        def has_embedding_layer(self):
            return True

        def predict(self, text, vector=None):
            if vector is None:
                return Prediction(intent, 0.9, "affirm", 0.95, {intent: 0.9}, "ngram")
            return Prediction(intent, 0.9, "affirm", 0.6, {intent: 0.9}, "ngram+embedding")

    monkeypatch.setattr(reading_module, "load_intent_model", lambda: Layers())
    r = read(text, vector=[0.0])
    assert r.intent == intent and r.mode == "affirm" and r.mode_confidence == 0.95


def test_a_search_keeps_the_mode_both_layers_read(monkeypatch):
    from shopagent.agent import reading as reading_module
    from shopagent.agent.intent_model import Prediction

    class Layers:
        def has_embedding_layer(self):
            return True

        def predict(self, text, vector=None):
            p = 0.95 if vector is None else 0.6
            layers = "ngram" if vector is None else "ngram+embedding"
            return Prediction("cart_add", 0.9, "affirm", p, {"cart_add": 0.9}, layers)

    monkeypatch.setattr(reading_module, "load_intent_model", lambda: Layers())
    r = read("the first one please", vector=[0.0])
    assert r.mode == "doubtful"  # an add read affirmative with 0.6 asks first


def test_the_model_cannot_guess_a_size_the_user_left_open(deps):
    from agent_fixtures import call

    from shopagent.testing import ScriptedModel

    sku = next(v["sku"] for v in BY_ID["boot-15"]["variants"] if v["stock"] > 0)
    model = ScriptedModel(
        call("search_products", query="leather hiking boot 15"),
        call("add_to_cart", sku=sku),
        call("add_to_cart", sku=sku),
    )
    s = Session(deps, model_factory=lambda: model)
    turn = s.ask("add a leather hiking boot 15 to my cart")
    assert cart.show(deps).lines == []
    refused = [c for c in turn.tool_calls if c["name"] == "add_to_cart"]
    assert refused and not any(c["ok"] for c in refused)
    assert "which size" in refused[0]["error"].lower()


def test_a_sku_the_model_picked_in_another_size_becomes_the_one_the_user_named(deps):
    live = [v for v in BY_ID["boot-15"]["variants"] if v["stock"] > 0]
    wanted, other = live[0], next(v for v in live if v["options"]["size"] != live[0]["options"]["size"])
    _model_adds_after_a_boot_search(deps, other["sku"], wanted["options"]["size"])
    assert [ln.sku for ln in cart.show(deps).lines] == [wanted["sku"]]


def _model_adds_after_a_boot_search(deps, sku: str, size: str) -> None:
    """A turn asking for a boot in `size`, where the model searches, then adds `sku` (twice if refused)."""
    from agent_fixtures import call

    from shopagent.testing import ScriptedModel

    model = ScriptedModel(
        call("search_products", query="leather hiking boot 15"),
        call("add_to_cart", sku=sku),
        call("add_to_cart", sku=sku),
    )
    Session(deps, model_factory=lambda: model).ask(f"add a leather hiking boot 15 in size {size} to my cart")


@pytest.mark.parametrize(
    "text", ["cheaper please", "günstiger bitte", "más barato por favor", "便宜一点", "moins cher svp"]
)
def test_a_cheaper_follow_up_in_any_language_lowers_the_price_bound(deps, text):
    import statistics

    s = Session(deps, model_factory=no_model)
    shown = boots(s)
    bound = statistics.median(r["price"] for r in shown)
    turn = s.ask(text)
    assert turn.results and all(r["price"] < bound for r in turn.results), turn.answer
    assert all(r["product_id"].startswith("boot-") for r in turn.results[:5])  # the same search, cheaper


def test_a_pricier_follow_up_raises_the_bound(deps):
    import statistics

    s = Session(deps, model_factory=no_model)
    bound = statistics.median(r["price"] for r in boots(s))
    turn = s.ask("etwas teurer")
    assert turn.results and all(r["price"] > bound for r in turn.results), turn.answer


@pytest.mark.parametrize(
    ("text", "values", "want"),
    [
        ("the first one in beige, large please", {"size": ["S", "M", "L"], "color": ["Beige"]},
         {"size": "L", "color": "Beige"}),
        ("add them in a medium", {"size": ["S", "M", "L"]}, {"size": "M"}),
        ("extra large in black", {"size": ["L", "XL"], "color": ["Black"]}, {"size": "XL", "color": "Black"}),
        ("en talla mediana", {"size": ["S", "M"]}, {"size": "M"}),
        ("add the first one, green, 100 ft", {"color": ["Green"], "length": ["50 ft", "100 ft"]},
         {"color": "Green", "length": "100 ft"}),
        ("add #1 in grey, 5x7", {"color": ["Grey"], "size": ["2x3 ft", "5x7 ft"]},
         {"color": "Grey", "size": "5x7 ft"}),
        ("the 16GB RAM / 512GB SSD one", {"memory": ["8 GB RAM / 256 GB SSD", "16 GB RAM / 512 GB SSD"]},
         {"memory": "16 GB RAM / 512 GB SSD"}),
        ("add 3 of them", {"size": ["3", "4"]}, {}),  # a bare number is a quantity, not a size
        ("#1 with the 16 gig / 512 config", {"memory": ["8 GB RAM / 256 GB SSD", "16 GB RAM / 512 GB SSD"]},
         {"memory": "16 GB RAM / 512 GB SSD"}),  # a value of several numbers, named by its numbers
        ("the 16/512 one", {"memory": ["16 GB RAM / 256 GB SSD", "16 GB RAM / 512 GB SSD"]},
         {"memory": "16 GB RAM / 512 GB SSD"}),
        ("16 of them", {"memory": ["16 GB RAM / 256 GB SSD", "16 GB RAM / 512 GB SSD"]}, {}),
        ("which of #2 and #3 is lighter?", {"size": ["2x3 ft", "5x7 ft"]}, {}),  # positions, not 2x3
        ("2 or 3 of them", {"size": ["2x3 ft", "5x7 ft"]}, {}),
        ("the 2 x 3 one", {"size": ["2x3 ft", "5x7 ft"]}, {"size": "2x3 ft"}),
        ("grab #1, the green 50 foot one", {"color": ["Green"], "length": ["25 ft", "50 ft"]},
         {"color": "Green", "length": "50 ft"}),  # a unit said in another spelling
        ("a large dog bed", {"size": ["5x7 ft"]}, {}),  # "large" is a size only where L exists
    ],
)  # fmt: skip
def test_options_said_as_words_units_and_spacing(text, values, want):
    assert match_options(text, values) == want


def test_a_number_inside_a_named_option_is_no_quantity():
    from shopagent.text.options import option_free_quantity

    assert option_free_quantity(100, {"length": "100 ft"}) is None
    assert option_free_quantity(5, {"size": "5x7 ft"}) is None
    assert option_free_quantity(2, {"size": "5x7 ft"}) == 2


def test_several_results_added_at_once(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("merino wool socks")
    first, third = s.last_results[0], s.last_results[2]
    s.ask("add #1 and #3 to my cart")
    assert {ln.product_id for ln in cart.show(deps).lines} == {first["product_id"], third["product_id"]}


@pytest.mark.parametrize("text", ["add it to my cart", "let me know when it gets cheaper"])
def test_an_effect_on_nothing_shown_asks_which_product(deps, text):
    s = Session(deps, model_factory=no_model)
    before = state(deps)
    turn = s.ask(text)
    assert state(deps) == before and "Which product" in turn.answer


def test_a_follow_up_that_only_adds_a_bound_refines_the_last_search(deps):
    s = Session(deps, model_factory=no_model)
    boots(s)
    turn = s.ask("are there any with 4 stars or more?")
    assert turn.reason == "refinement" and turn.results[0]["product_id"].startswith("boot-")
    assert all((r.get("rating") or 0) >= 4 for r in turn.results)


def test_an_add_naming_another_kind_of_product_takes_the_position_in_a_search_for_it(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("merino wool socks")
    s.ask("add the first wireless earbuds to my cart too")
    lines = cart.show(deps).lines
    assert [ln.product_id[:5] for ln in lines] == ["buds-"]
    assert s.last_results and s.last_results[0]["product_id"] == lines[0].product_id


def test_it_after_a_search_for_one_product_by_name_is_that_product(deps):
    s = Session(deps, model_factory=no_model)
    results = s.ask("waterproof leather hiking boot 6").results
    assert results[0]["product_id"] == "boot-6"
    s.ask("let me know if it drops below 50")
    assert [w.sku.split("-")[:2] for w in watches.list_watches(deps)] == [["boot", "6"]]


def test_it_after_a_search_for_one_product_is_not_another_kind_named_now(deps):
    from shopagent.errors import ShopError

    def unavailable():
        raise ShopError("no model here")

    s = Session(deps, model_factory=unavailable)  # the add goes to the model: none, so a search
    s.ask("waterproof leather hiking boot 6")
    s.ask("add some wireless earbuds to my cart too")
    assert not any(ln.product_id == "boot-6" for ln in cart.show(deps).lines)


def test_a_watch_takes_the_one_price_said_and_watch_is_a_verb_there(deps):
    s = Session(deps, model_factory=no_model)
    first = boots(s)[0]
    turn = s.ask("watch #1 at 50")
    ws = watches.list_watches(deps)
    assert len(ws) == 1 and ws[0].sku.startswith(first["product_id"]), turn.answer
    assert "50" in turn.answer


def test_a_bound_in_another_currency_is_converted_before_the_search(deps):
    s = Session(deps, model_factory=no_model)
    turn = s.ask("hiking boots under 15000 yen")
    assert turn.constraints.currency is None and turn.constraints.max_price < 200
    assert turn.results and all(r["price"] <= turn.constraints.max_price for r in turn.results)
    assert any("JPY" in note for note in turn.notes)


def test_a_product_in_another_language_with_a_bound_is_a_new_search_not_a_refinement(deps):
    s = Session(deps, model_factory=no_model)
    boots(s)
    turn = s.ask("auriculares inalámbricos hasta 150 dólares")
    assert turn.reason != "refinement"


def test_the_variant_fix_cannot_open_a_product_the_turn_did_not_find(deps):
    # The model searched for a boot and then tried a SKU of a running shoe it never found.
    shoe = next(p for pid, p in BY_ID.items() if pid.startswith("run-") and len(p.get("variants") or []) > 1)
    live = [v for v in shoe["variants"] if v["stock"] > 0]
    other, named = live[0], live[1]  # the SKU it tried, and the size the words name
    _model_adds_after_a_boot_search(deps, other["sku"], named["options"]["size"])
    assert not any(ln.product_id == shoe["id"] for ln in cart.show(deps).lines)


def test_an_add_naming_nothing_after_one_product_was_shown_means_that_product(deps):
    s = Session(deps, model_factory=no_model)
    results = boots(s)
    s.ask("show me the second one")
    second = BY_ID[results[1]["product_id"]]
    size, colour, colours_differ = _asked(second)
    s.ask(f"add one in size {size} in {colour}" if colours_differ else f"add one in size {size}")
    assert [ln.product_id for ln in cart.show(deps).lines] == [second["id"]]


PRODUCT_WORDS = frozenset(["yoga", "mat", "mats", "no", "show", "socks"])


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("add the yoga mat to my cart", "affirm"),  # "mat" (Hindi "don't") names the product here
        ("add the no-show socks", "affirm"),
        ("coloca dois no carrinho", "affirm"),  # Portuguese "no" = "in the", before the cart
        ("põe a primeira na cesta", "affirm"),
        ("not now, add the yoga mat", "doubtful"),  # "not" beside "now" is no product word
        ("add it, not the yoga mat", "doubtful"),
        ("add mat karo", "doubtful"),  # no product word beside it
        ("wait, add the yoga mat", "doubtful"),
    ],
)
def test_a_marker_that_is_part_of_a_product_name_is_no_doubt(text, mode):
    from shopagent.agent.reading import effect_mode

    assert effect_mode("affirm", 0.9, text, "cart_add", PRODUCT_WORDS)[0] == mode
    assert effect_mode("affirm", 0.9, "add the yoga mat", "cart_add")[0] == "doubtful"  # no vocabulary


@pytest.mark.parametrize(
    ("text", "intent", "mode"),
    [
        # an opening "no,"/"nah," answers the previous turn; the request follows it
        ("nah, just one is enough", "cart_set_quantity", "affirm"),
        ("nope. add two", "cart_add", "affirm"),
        ("no, don't add it", "cart_add", "doubtful"),
        ("nah", "cart_add", "doubtful"),  # nothing follows it
        # a sentence refusing another change does not doubt this one
        ("let me know if the first one gets cheaper than 130. don't buy it", "watch_create", "affirm"),
        # ... one refusing this same change, or one the classifier cannot place, does
        ("add it. don't add it", "cart_add", "doubtful"),
        ("add it. actually, wait", "cart_add", "doubtful"),
        ("let me know if it drops below 130, don't buy it", "watch_create", "doubtful"),  # one sentence
    ],
)
def test_a_marker_outside_the_request_is_no_doubt(text, intent, mode):
    from shopagent.agent.reading import effect_mode

    assert effect_mode("affirm", 0.9, text, intent)[0] == mode


def test_a_refused_purchase_beside_a_watch_permits_no_purchase():
    from shopagent.agent.reading import read, refuses_other_change

    text = "let me know if the first one gets cheaper than 130. don't buy it"
    assert refuses_other_change(text, "watch_create")
    assert not refuses_other_change("let me know if the first one gets cheaper than 130", "watch_create")
    reading = read(text)
    assert reading.affirmative and reading.allowed_effects() == {"watch"}


def test_a_watch_beside_a_refused_purchase_is_made_and_nothing_bought(deps):
    s = Session(deps, model_factory=no_model)
    boots(s)
    turn = s.ask("let me know if the first one gets cheaper than 50. don't buy it")
    lines, n_watches = state(deps)
    assert n_watches == 1 and lines == [], turn.answer
    assert not any(c["name"].startswith("checkout") for c in turn.tool_calls)


def test_a_request_to_stop_takes_its_mode_from_the_words_not_the_embedding():
    """The embedding's mode head knows no intent and reads "stop" as a negation; for a request that
    is itself a stop, the n-gram layer's mode decides (markers still count)."""
    import numpy as np

    from shopagent.agent.intent_model import MODES, load_intent_model

    model = load_intent_model()
    assert model.emb_mode_w is not None
    toward_negated = model.emb_mode_w[:, MODES.index("negated")]
    vector = (toward_negated / np.linalg.norm(toward_negated)).astype(np.float32)
    assert read("stop watching it", vector=vector).mode == "affirm"
    assert read("take the skillet out", vector=vector).mode == "affirm"
    assert read("don't stop watching it", vector=vector).mode != "affirm"
    # any other intent still hears the embedding layer
    assert read("add the first one to my cart", vector=vector).mode != "affirm"


SHOWN = [
    {"product_id": f"P{i}", "price": price, "rating": rating}
    for i, (price, rating) in enumerate([(64.95, 3.7), (56.0, 3.6), (21.49, 4.0), (56.95, 4.5)], 1)
]


@pytest.mark.parametrize(
    ("text", "picked"),
    [
        ("add the cheapest one", ["P3"]),
        ("add the cheapest to my cart", ["P3"]),
        ("añade el más barato al carrito", ["P3"]),
        ("leg den günstigsten in den Warenkorb", ["P3"]),
        ("ajoute le moins cher", ["P3"]),
        ("把最便宜的加入购物车", ["P3"]),
        ("the most expensive", ["P1"]),
        ("add the best rated one", ["P4"]),
        # new searches and refinements, not pointers
        ("show me cheaper ones", []),
        ("the cheapest air fryers", []),
    ],
)
def test_a_result_picked_by_price_or_rating_in_any_language(text, picked):
    from shopagent.agent.references import References

    refs = References()
    refs.last_results, refs.last_pointed = list(SHOWN), []
    assert [r["product_id"] for r in refs.references(text)] == picked


def test_the_cheaper_of_the_two_picks_between_the_pair_last_pointed_at():
    from shopagent.agent.references import References

    refs = References()
    refs.last_results, refs.last_pointed = list(SHOWN), []
    assert [r["product_id"] for r in refs.references("add the cheaper of the two")] == ["P2"]  # first two
    refs.references("compare the first and the fourth")
    assert [r["product_id"] for r in refs.references("add the cheaper of the two")] == ["P4"]
    assert [r["product_id"] for r in refs.references("añade la más barata de las dos")] == ["P4"]
    assert quantity("add the cheaper of the two") is None  # a pair, not a quantity
    assert quantity("加两个到购物车") == 2


@pytest.mark.parametrize(
    ("text", "positions", "qty"),
    [
        ("add the first two", [1, 2], None),
        ("añade los dos primeros al carrito", [1, 2], None),
        ("füge die ersten drei hinzu", [1, 2, 3], None),
        ("aggiungi i primi due", [1, 2], None),
        ("把前两个加入购物车", [1, 2], None),
        ("add 2 of the first two", [1, 2], 2),
        ("add 3 of the second one", [2], 3),
    ],
)
def test_the_first_few_are_positions_not_a_quantity(text, positions, qty):
    assert references(text) == positions
    assert quantity(text) == qty


def test_adding_the_first_two_adds_one_of_each(deps):
    s = Session(deps, model_factory=no_model)
    results = s.ask("kettles").results
    assert len(results) >= 2
    s.ask("add the first two")
    lines = sorted((ln.product_id, ln.quantity) for ln in cart.show(deps).lines)
    assert lines == sorted((r["product_id"], 1) for r in results[:2])


def test_the_mode_of_a_watch_beside_a_refused_purchase_is_read_without_that_sentence():
    """The embedding of the whole turn carries the refusal's negation into the watch's mode; the
    watch's mode is read on the sentences that ask for it."""
    import numpy as np

    from shopagent.agent.intent_model import MODES, load_intent_model

    toward_negated = load_intent_model().emb_mode_w[:, MODES.index("negated")]
    vector = (toward_negated / np.linalg.norm(toward_negated)).astype(np.float32)
    text = "let me know if the first one gets cheaper than 130. don't buy it"
    reading = read(text, vector=vector)
    assert reading.intent == "watch_create" and reading.affirmative
    assert not read("watch the first one. don't watch it", vector=vector).affirmative


@pytest.mark.parametrize(
    "text",
    [
        "watch the second one and let me know about any price drop",
        "avísame si el segundo baja de precio",
        "watch the second one",
        "keep an eye on the price of the second one",
        "track the price of #2",
    ],
)
def test_a_watch_with_no_price_is_set_just_under_todays_price(deps, text):
    """No price said: the watch reports any fall (one cent under today's price)."""
    from shopagent.money import to_minor

    s = Session(deps, model_factory=no_model)
    second = boots(s)[1]
    turn = s.ask(text)
    made = watches.list_watches(deps)
    assert len(made) == 1, turn.answer
    assert made[0].max_price_minor == to_minor(second["price"], made[0].currency) - 1


@pytest.mark.parametrize(
    "text", ["alert me if #2 goes 10% off", "watch the second one, tell me at 10 percent off"]
)
def test_a_watch_at_a_percentage_off_is_that_far_under_todays_price(deps, text):
    from shopagent.money import to_minor

    s = Session(deps, model_factory=no_model)
    second = boots(s)[1]
    turn = s.ask(text)
    made = watches.list_watches(deps)
    assert len(made) == 1, turn.answer
    assert made[0].max_price_minor == round(to_minor(second["price"], made[0].currency) * 0.9)


def test_a_watch_with_two_numbers_and_no_price_asks(deps):
    s = Session(deps, model_factory=no_model)
    boots(s)
    turn = s.ask("watch the second one at 90 or 95")
    assert watches.list_watches(deps) == [] and "?" in turn.answer


def test_right_after_an_add_a_quantity_the_classifier_is_unsure_of_changes_that_line(deps):
    """'on second thought, two of those' reads, unsure, as a quantity change; right after an add
    the dialogue makes it one, to the line just added."""
    s = Session(deps, model_factory=no_model)
    first = s.ask("merino wool socks").results[0]
    s.ask("I'll take 3 of the first one")
    assert [ln.quantity for ln in cart.show(deps).lines] == [3]
    assert read("on second thought, two of those").unsure()
    turn = s.ask("on second thought, two of those")
    assert turn.reading.layers.endswith("+dialogue")
    assert [(ln.product_id, ln.quantity) for ln in cart.show(deps).lines] == [(first["product_id"], 2)]


def test_the_same_words_change_nothing_when_the_last_turn_changed_no_cart_line(deps):
    """A search in between: the quantity is no longer what the words answer, so the reading stays
    unsure, and an unsure reading permits no change even when the model tries one."""
    from agent_fixtures import call

    from shopagent.testing import ScriptedModel

    first = None

    def model():
        return ScriptedModel(call("update_cart_quantity", sku=first, quantity=2), "Two of which one?")

    s = Session(deps, model_factory=model)
    s.ask("merino wool socks")
    s.ask("I'll take 3 of the first one")
    first = cart.show(deps).lines[0].sku
    s.ask("merino wool socks")
    assert read("on second thought, two of those").unsure()
    turn = s.ask("on second thought, two of those")
    assert [ln.quantity for ln in cart.show(deps).lines] == [3]
    tried = [c for c in turn.tool_calls if c["name"] == "update_cart_quantity"]
    assert tried and not any(c["ok"] for c in tried)


def test_a_colour_the_search_named_holds_for_the_add(deps):
    """ "grey hiking boots" shows grey ones only; "add the first one in size 9" is the grey 9, not
    a question about colour the search already answered."""
    s = Session(deps, model_factory=no_model)
    results = s.ask("grey hiking boots").results
    assert results and all(r["options"].get("color") == "grey" for r in results), results
    first = BY_ID[results[0]["product_id"]]
    size = next(
        v["options"]["size"] for v in first["variants"] if v["stock"] > 0 and v["options"]["color"] == "grey"
    )
    turn = s.ask(f"add the first one in size {size}")
    lines = cart.show(deps).lines
    assert len(lines) == 1, turn.answer
    chosen = next(v for v in first["variants"] if v["sku"] == lines[0].sku)
    assert chosen["options"] == {"size": size, "color": "grey"}


def test_a_colour_said_at_the_add_overrides_the_searched_one(deps):
    s = Session(deps, model_factory=no_model)
    results = s.ask("grey hiking boots").results
    first = BY_ID[results[0]["product_id"]]
    size = next(
        v["options"]["size"] for v in first["variants"] if v["stock"] > 0 and v["options"]["color"] == "black"
    )
    s.ask(f"add the first one in black, size {size}")
    chosen = next(v for v in first["variants"] if v["sku"] == cart.show(deps).lines[0].sku)
    assert chosen["options"] == {"size": size, "color": "black"}


@pytest.mark.parametrize(
    ("text", "values", "want"),
    [
        ("the first pair in grey, nine and a half", {"size": ["9", "9.5", "10"], "color": ["Grey"]},
         {"size": "9.5", "color": "Grey"}),
        ("put #1 in the cart, navy, 9 by 12", {"size": ["5x7 ft", "9x12 ft"], "color": ["Navy"]},
         {"size": "9x12 ft", "color": "Navy"}),
        ("size ten please", {"size": ["9", "10"]}, {"size": "10"}),
        ("en talla nueve y media", {"size": ["9", "9.5"]}, {"size": "9.5"}),
        ("add one in navy", {"size": ["1", "2"], "color": ["Navy"]}, {"color": "Navy"}),  # "one" is no size
    ],
)  # fmt: skip
def test_sizes_said_in_words(text, values, want):
    assert match_options(text, values) == want


def test_a_half_size_is_no_quantity():
    from shopagent.text.options import option_free_quantity

    assert option_free_quantity(9, {"size": "9.5"}) is None


@pytest.mark.parametrize(
    ("text", "qty"),
    [("three of #2", 3), ("#2 x2", 2), ("2 of the second one", 2), ("dos del segundo", 2),
     ("zwei vom zweiten bitte", 2), ("#2 into the cart", 1), ("yeah #2, 4 of them", 4)],
)  # fmt: skip
def test_a_turn_that_only_picks_a_result_adds_it(deps, text, qty):
    """A selection (positions, a quantity, options, the cart, nothing else) is an add, read from
    its structure: the classifier, trained on sentences, is unsure of these short turns."""
    s = Session(deps, model_factory=no_model)
    second = s.ask("electric kettle").results[1]  # kettles come in one variant: nothing to ask
    assert second["product_id"].startswith("kettle-")
    s.ask(text)
    lines = cart.show(deps).lines
    assert [(ln.product_id, ln.quantity) for ln in lines] == [(second["product_id"], qty)], text


@pytest.mark.parametrize(
    "text",
    ["#2 pls", "the 2nd", "#2 in black?", "not #2, it's too big", "#2 under 100", "maybe 2 of #2?",
     "don't add 2 of #2", "is #2 waterproof"],
)  # fmt: skip
def test_a_position_with_anything_else_is_no_selection(text):
    from shopagent.agent.selection import is_selection

    options = match_options(text, {"color": ["Black"]})
    assert not is_selection(
        text, without_positions(text), references(text), quantity(text), options, frozenset({"2nd"})
    )


def test_a_selection_names_options_of_the_catalog():
    from shopagent.agent.selection import is_selection

    values = {"color": ["Grey", "Black"], "size": ["9", "9.5"]}
    text = "#1 in grey, size nine pls"
    assert is_selection(text, without_positions(text), [1], None, match_options(text, values), frozenset())
    text = "#1 in gris, size nine"
    named = match_options(text, {"color": ["Grey"]})
    assert not is_selection(text, without_positions(text), [1], None, named, frozenset())


@pytest.mark.parametrize(
    ("text", "qty"),
    [("hmm actually just one of the second, not two", 1), ("make it 3 not 5", 3),
     ("mach 2 draus, nicht drei", 2)],
)  # fmt: skip
def test_the_quantity_a_change_replaces_is_no_doubt(text, qty):
    """ "one, not two": the negation is of the old quantity, not of the change."""
    r = read(text)
    assert (r.intent, r.mode, r.quantity) == ("cart_set_quantity", "affirm", qty)


@pytest.mark.parametrize("text", ["don't make it two", "maybe 3 instead of 5?"])
def test_a_quantity_change_itself_negated_or_doubted_still_asks(text):
    assert read(text).mode in ("negated", "doubtful")


def test_a_brand_the_words_name_filters_the_conversations_search(deps):
    """ "TrailCo hiking boots" in a conversation shows TrailCo's only (`shopagent search` boosts it)."""
    s = Session(deps, model_factory=no_model)
    results = s.ask("TrailCo hiking boots").results
    assert results and {r["brand"] for r in results} == {"TrailCo"}


@pytest.mark.parametrize(
    ("text", "qty"),
    [("Leg den ersten zweimal in den Warenkorb", 2), ("add it twice", 2), ("añade el primero dos veces", 2),
     ("ajoute-le deux fois", 2), ("aggiungilo due volte", 2), ("voeg hem twee keer toe", 2),
     ("the first one, 3 times", 3), ("sometimes the first one", None), ("noch einmal den ersten", None)],
)  # fmt: skip
def test_a_quantity_said_as_a_number_of_times(text, qty):
    assert quantity(text) == qty


def test_a_follow_up_naming_another_kind_of_product_is_a_new_search():
    from shopagent.agent.questions import other_kind
    from shopagent.search.vocab import Vocabulary

    vocab = Vocabulary.from_facets(
        {"categories": ["Beauty > Hair > Shampoo", "Beauty > Skin > Sunscreen", "Footwear > Boots > Hiking"]}
    )
    shampoo = [{"category": "Beauty > Hair > Shampoo"}]
    boots = [{"category": "Footwear > Boots > Hiking"}, {"category": "Footwear > Boots > Rain"}]
    assert other_kind("now sunscreen", vocab, shampoo)
    assert not other_kind("now shampoos", vocab, shampoo)
    assert not other_kind("just the hiking ones", vocab, boots)
    assert not other_kind("only the waterproof ones", vocab, boots)


@pytest.mark.parametrize(
    ("text", "imperative"),
    [("could you add the first one to my cart?", "add the first one to my cart"),
     ("¿podrías añadir el segundo al carrito?", "añadir el segundo al carrito"),
     ("könntest du den ersten in den Warenkorb legen?", "den ersten in den Warenkorb legen"),
     ("能帮我把第一个加到购物车吗？", "把第一个加到购物车"),
     ("一番目をカートに入れてもらえますか？", "一番目をカートに入れて"),
     ("क्या आप पहला वाला कार्ट में डाल सकते हैं?", "पहला वाला कार्ट में डाल"),
     ("could you not add anything yet?", "not add anything yet"),  # its own negation stays
     ("can you add it? not sure", "add it? not sure"),  # and so does its doubt
     ("would you get the second one?", "would you get the second one?"),  # advice, not a request
     ("should I add it?", "should I add it?")],
)  # fmt: skip
def test_a_polite_request_is_read_as_the_imperative_it_wraps(text, imperative):
    from shopagent.agent.reading import without_request_frame

    assert without_request_frame(text) == imperative


def test_a_negation_beside_a_catalog_word_is_still_a_negation_unless_they_form_a_name():
    """ "vale, no elimines el altavoz": "vale" and "no" are words of this catalog, but no name has
    them side by side; "yoga mat" is one, and "no-show" is one word."""
    from shopagent.agent.reading import effect_mode

    pairs = frozenset({("yoga", "mat")})
    assert (
        effect_mode(
            "affirm", 0.9, "vale, no elimines el altavoz", "cart_remove", PRODUCT_WORDS | {"vale"}, pairs
        )[0]
        == "doubtful"
    )
    assert effect_mode("affirm", 0.9, "add the yoga mat", "cart_add", PRODUCT_WORDS, pairs)[0] == "affirm"
    assert (
        effect_mode("affirm", 0.9, "add the no-show socks", "cart_add", PRODUCT_WORDS, pairs)[0] == "affirm"
    )


@pytest.mark.parametrize(
    ("text", "positions"),
    [("पहला वाला कार्ट में डाल दो", [1]), ("दूसरा वाला हटा दो", [2]), ("तीसरी वाली दिखाओ", [3]),
     ("आखिरी वाला", [-1]), ("पहले ये बताओ", [])],
)  # fmt: skip
def test_positions_in_devanagari_hindi(text, positions):
    assert references(text) == positions


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("tambahkan yang kedua ke keranjang", [2]),
        ("ikincisini sepete ekle", [2]),
        ("obserwuj cenę drugiego", [2]),
        ("добавь второй в корзину", [2]),
        ("thêm cái thứ hai vào giỏ", [2]),
        ("lägg den andra i varukorgen", [2]),
        ("přidej ten druhý do košíku", [2]),
        ("첫 번째 거 장바구니에 넣어 주세요", [1]),
        ("마지막 거", [-1]),
        ("visa andra", []),
    ],
)
def test_positions_are_read_in_more_languages(text, positions):
    from shopagent.text.positions import references

    assert references(text) == positions


@pytest.mark.parametrize(
    "text",
    [
        "첫 번째 거 장바구니에 넣지 마세요, 그냥 구경하는 중이에요",
        "jangan tambahkan yang pertama ke keranjang",
        "не добавляй первый в корзину",
        "đừng thêm cái thứ nhất vào giỏ",
        "lägg inte den första i varukorgen",
        "不要第一个，看看其他的",
        # a refusal the next clause carries on
        "no añadas el primero, ni el segundo",
        "n'ajoute pas le premier, ni le deuxième",
        "füge den ersten nicht hinzu, den zweiten auch nicht",
        "don't add #1, and #2 too",
        "не добавляй первый, второй тоже",
        "nie dodawaj pierwszego, drugiego też",
        "lägg inte till den första, inte heller den andra",
        "jangan tambahkan yang pertama, yang kedua juga",
        "não adicione o primeiro, nem o segundo",
    ],
)
def test_a_refused_add_in_more_languages_is_not_affirmed(text):
    reading = read(text)
    assert not (reading.effect is not None and reading.affirmative), reading


@pytest.mark.parametrize(
    ("text", "positions"),
    [
        ("the top one", [1]),
        ("add the top result", [1]),
        ("tank tops", []),
        ("on second thought, the third", [3]),
    ],
)
def test_the_top_one_is_the_first_and_idioms_point_at_nothing(text, positions):
    assert references(text) == positions


@pytest.mark.parametrize(
    ("text", "more"),
    [
        ("one more of those", True),
        ("noch eins", True),
        ("ändra antalet till 3", False),
        ("set the quantity to 2, nothing more", False),
        ("nothing more, thanks", False),
        ("more or less", False),
        ("no more than 3", False),
    ],
)
def test_more_is_a_quantity_on_top_only_when_it_adds(text, more):
    from shopagent.text.followups import MORE

    assert bool(MORE.search(text)) is more


def test_nothing_more_right_after_an_add_changes_nothing(deps):
    s = Session(deps, model_factory=no_model)
    s.ask("merino wool socks")
    s.ask("add the first one")
    before = [(ln.sku, ln.quantity) for ln in cart.show(deps).lines]
    s.ask("nothing more, thanks")
    assert [(ln.sku, ln.quantity) for ln in cart.show(deps).lines] == before


def test_a_percentage_already_off_is_no_watch_price(deps):
    from shopagent.money import to_minor

    s = Session(deps, model_factory=no_model)
    second = boots(s)[1]
    s.ask("watch #2 for me, it's already 20% off")
    made = watches.list_watches(deps)
    assert len(made) == 1 and made[0].max_price_minor == to_minor(second["price"], made[0].currency) - 1
