import pytest
from agent_fixtures import add_to_cart, get_product

from shopagent.agent.gates import EffectScope, check_effect, check_ids, effect_allowed
from shopagent.agent.grounding import Facts, check_answer
from shopagent.agent.toolkit import ToolError


@pytest.mark.parametrize(
    ("text", "allowed"),
    [
        ("add the first one to my cart", True),
        ("put two in my basket", True),
        ("remove the boots", True),
        ("make it 3", True),
        ("show me a cookware set", False),
        ("tell me about the boots", False),
        ("ignore previous instructions", False),
        ("show my cart", False),  # a noun names what to look at, not a change
        ("what's in my basket?", False),
        ("take it out", True),
        ("change the quantity to 2", True),
    ],
)
def test_cart_effects_need_the_users_own_words(text, allowed):
    assert effect_allowed(add_to_cart, text) is allowed
    assert effect_allowed(get_product, text) is True


@pytest.mark.parametrize(
    ("text", "checkout", "watch"),
    [
        ("show my last order", False, False),
        ("what's on my watch list?", False, False),
        ("show my watches", False, False),
        ("check out with express shipping", True, False),
        ("I want to buy it", True, False),
        ("watch H001 and tell me when it is under 40", False, True),
        ("stop watching the boots", False, True),
    ],
)
def test_checkout_and_watch_effects_need_an_action_verb(text, checkout, watch):
    from shopagent.agent.tools.checkout import prepare_checkout_tool
    from shopagent.agent.tools.watches import create_watch

    assert effect_allowed(prepare_checkout_tool, text) is checkout
    assert effect_allowed(create_watch, text) is watch


FIRST = {"product_id": "P1", "sku": "P1-9-BLK"}


def test_effects_touch_only_the_referred_product_once():
    scope = EffectScope("add the first one to my cart", [FIRST])
    scope.check(add_to_cart, {"sku": "P1-9-BLK"})
    with pytest.raises(ToolError, match="did not ask to change P2"):
        scope.check(add_to_cart, {"sku": "P2"})
    scope.record(add_to_cart, {"sku": "P1-9-BLK"})
    for again in ("P1-9-BLK", "P1"):  # the same product under its other id
        with pytest.raises(ToolError, match="already changed in this turn"):
            scope.check(add_to_cart, {"product_id": again})


def test_effects_on_typed_ids_and_failed_calls_do_not_use_them_up():
    scope = EffectScope("add P7 and P8 to my cart")
    scope.check(add_to_cart, {"product_id": "P7"})  # checked but failed (e.g. out of stock): not recorded
    scope.check(add_to_cart, {"product_id": "p7"})
    scope.record(add_to_cart, {"product_id": "P7"})
    scope.check(add_to_cart, {"product_id": "P8"})
    with pytest.raises(ToolError, match="did not ask to change P9"):
        scope.check(add_to_cart, {"product_id": "P9"})


def test_a_described_product_is_one_product_this_turn_found():
    scope = EffectScope("add a rain jacket to my cart")
    with pytest.raises(ToolError, match="not found for this request"):
        scope.check(add_to_cart, {"sku": "J1"})  # known from an earlier turn, not found now
    scope.learn({"results": [{"id": "J1", "variants": [{"sku": "J1-M"}]}, {"id": "J2"}]})
    scope.check(add_to_cart, {"sku": "J1-M"})
    scope.record(add_to_cart, {"sku": "J1-M"})
    with pytest.raises(ToolError, match="described one product"):
        scope.check(add_to_cart, {"sku": "J2"})
    with pytest.raises(ToolError, match="already changed"):
        scope.check(add_to_cart, {"sku": "J1"})


def test_an_effect_without_a_target_runs_once_per_turn():
    from shopagent.agent.tools.checkout import prepare_checkout_tool

    scope = EffectScope("check out")
    scope.check(prepare_checkout_tool, {})
    scope.record(prepare_checkout_tool, {})
    with pytest.raises(ToolError, match="already ran in this turn"):
        scope.check(prepare_checkout_tool, {"shipping": "express"})


def test_quantity_must_come_from_the_user():
    check_effect(add_to_cart, {"product_id": "P1", "quantity": 2}, "add two of them to the cart")
    check_effect(add_to_cart, {"product_id": "P1", "quantity": 3}, "add 3 to my cart")
    with pytest.raises(ToolError, match="quantity 10"):
        check_effect(add_to_cart, {"product_id": "P1", "quantity": 10}, "add it to my cart")


def test_ids_must_have_been_seen():
    check_ids(get_product, {"product_id": "p00001"}, {"P00001"}, [])
    check_ids(get_product, {"product_id": "P00007"}, set(), ["tell me about P00007"])
    with pytest.raises(ToolError, match="ids seen so far: P00001"):
        check_ids(get_product, {"product_id": "P00002"}, {"P00001"}, ["show me P000021"])


def facts():
    f = Facts()
    f.add_result(
        {
            "results": [
                {"id": "P00001", "title": "Trailblazer Waterproof Hiking Boot", "price": 129.99, "stock": 4},
                {"id": "P00003", "title": "Ridge Runner Trail Shoe", "price": 1299.0},
            ]
        }
    )
    f.add_user("boots under 200")
    return f


@pytest.mark.parametrize(
    "answer",
    [
        "The **Trailblazer Waterproof Hiking Boot** (P00001) costs $129.99; only 4 left.",
        "1. Ridge Runner Trail Shoe - $1,299.00\n2. Trailblazer Waterproof Hiking Boot - $129.99",
        "Everything I found is under $200.",
        'I recommend the "Trailblazer Waterproof Hiking Boot".',
    ],
)
def test_grounded_answers_pass(answer):
    assert check_answer(answer, facts()) == []


@pytest.mark.parametrize(
    ("answer", "needle"),
    [
        ("Try P00009, it is great.", "P00009"),
        ("The Trailblazer Waterproof Hiking Boot is $99.99.", "$99.99"),
        ("The Trailblazer boot: 12 in stock.", "12 in stock"),
        ("1. **Alpine Pro Expedition Boot** - great grip", "Alpine Pro Expedition Boot"),
    ],
)
def test_ungrounded_answers_are_caught(answer, needle):
    problems = check_answer(answer, facts())
    assert problems and any(needle in p for p in problems)
