"""The third reading layer: the model may relabel an unsure turn's intent, never make its mode bolder."""

from __future__ import annotations

import json

import pytest

from shopagent.agent.chat import Completion
from shopagent.agent.model_reading import model_reading
from shopagent.agent.reading import Reading, llm_schema


class GrammarModel:
    """Answers every grammar-constrained call with one fixed label; records what it was asked."""

    grammar = True

    def __init__(self, answer: str):
        self.answer = answer
        self.calls: list[dict] = []

    def complete(self, messages, *, json_schema=None, max_tokens=256, **_):
        self.calls.append({"messages": messages, "schema": json_schema, "max_tokens": max_tokens})
        return Completion(self.answer, 10, 8, 0.01, "stop")


def unsure(text: str, intent: str = "other", mode: str = "affirm", mode_confidence: float = 0.99) -> Reading:
    return Reading(text=text, intent=intent, confidence=0.3, mode=mode, mode_confidence=mode_confidence)


def label(intent: str, mode: str) -> str:
    return json.dumps({"intent": intent, "mode": mode})


def test_the_model_relabels_the_intent_under_the_grammar():
    model = GrammarModel(label("view_cart", "affirm"))
    read = model_reading(model, unsure("que tengo en la cesta"))
    assert read.intent == "view_cart" and read.mode == "affirm" and not read.unsure()
    assert read.layers.endswith("+model")
    assert model.calls[0]["schema"] == llm_schema() and model.calls[0]["messages"][-1]["content"] == (
        "que tengo en la cesta"
    )


@pytest.mark.parametrize("classifier_mode", ["negated", "hypothetical", "doubtful"])
def test_the_model_cannot_make_a_cautious_reading_affirmative(classifier_mode):
    model = GrammarModel(label("cart_add", "affirm"))
    read = model_reading(model, unsure("pas encore dans le panier", "cart_add", classifier_mode))
    assert read.intent == "cart_add" and read.mode == classifier_mode and not read.affirmative
    assert read.allowed_effects() == frozenset()


def test_the_model_can_make_an_affirmative_reading_cautious():
    model = GrammarModel(label("cart_add", "negated"))
    read = model_reading(model, unsure("lieber nicht in den Korb", "cart_add", "affirm"))
    assert read.mode == "negated" and read.negated and read.allowed_effects() == frozenset()


def test_a_change_the_classifier_was_not_sure_was_affirmed_becomes_doubtful():
    model = GrammarModel(label("checkout", "affirm"))
    read = model_reading(model, unsure("hmm, pay?", "other", "affirm", mode_confidence=0.6))
    assert read.intent == "checkout" and read.mode == "doubtful" and read.allowed_effects() == frozenset()


@pytest.mark.parametrize("answer", ["not json", json.dumps({"intent": "buy_now", "mode": "affirm"}), "[]"])
def test_an_invalid_answer_leaves_the_classifier_reading(answer):
    before = unsure("whatever", "search")
    read = model_reading(GrammarModel(answer), before)
    assert (read.intent, read.mode, read.confidence) == ("search", "affirm", 0.3)
    assert read.layers.endswith("+model(invalid)")


def test_an_effect_only_the_model_reads_is_asked_about_not_made():
    model = GrammarModel(label("cart_add", "affirm"))
    read = model_reading(model, unsure("the first one looks nice", "ask_results", "affirm"))
    assert read.intent == "cart_add" and read.mode == "doubtful" and read.allowed_effects() == frozenset()
