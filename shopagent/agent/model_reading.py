"""The third reading layer: the default model, under a JSON-schema grammar, reads what the turn asks
for when the classifier is unsure (reading.UNSURE) and the model is at hand anyway (a deep turn).

The model may change the intent. It can only make the mode more cautious, never less: the turn's mode
is the more cautious of the classifier's and the model's (negated > hypothetical > doubtful >
affirm), so a model that misreads "don't add it" as a request cannot make an effect run, while one
that hears the doubt in "should I maybe add it?" stops it; a change that only the model reads
(the classifier named another intent) is asked about, not made.

Off by default (`Session(model_reads=True)` turns it on): on the least sure held-out readings the
default model labels intents less accurately than the classifier it would overrule
(`python bench/train_intents.py --eval-only --with-model 60`; docs/understanding.md).

The prompt's fixed head is the same every turn, so llama.cpp's prefix cache leaves only the user's
words and ~8 output tokens to compute.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from shopagent.agent.intent_model import INTENTS, MODES
from shopagent.agent.reading import EFFECT_OF, UNSURE, Reading, effect_mode, llm_schema

if TYPE_CHECKING:
    from shopagent.agent.chat import ChatModel

CAUTION = {"affirm": 0, "doubtful": 1, "hypothetical": 2, "negated": 3}
MAX_TOKENS = 24  # {"intent": "cart_set_quantity", "mode": "hypothetical"} is ~16 tokens

_GLOSS = {
    "search": "find products",
    "refine": "change the last search (cheaper, another colour, sort, more)",
    "ask_results": "a question about the products already shown",
    "compare": "compare products",
    "reviews": "what reviewers say",
    "detail": "details of one product",
    "cart_add": "put something in the cart",
    "cart_remove": "take something out of the cart",
    "cart_set_quantity": "change how many of a cart line",
    "cart_clear": "empty the cart",
    "view_cart": "show the cart",
    "checkout": "buy / check out the cart",
    "list_orders": "show orders",
    "watch_create": "watch a price",
    "watch_remove": "stop watching a price",
    "list_watches": "show price watches",
    "plan": "a shopping list for a situation or budget",
    "social": "greeting or thanks",
    "other": "anything else",
}
_SYSTEM = (
    "You label one message a shopper wrote to a shopping assistant, in any language. "
    "Answer with JSON only: the intent and the mode.\n"
    "intents: " + "; ".join(f"{name} = {_GLOSS[name]}" for name in INTENTS) + "\n"
    "modes: affirm = the shopper asks for it now; negated = asks NOT to do it; "
    "hypothetical = only wonders what would happen (if, would); doubtful = unsure, a question whether to."
)


def model_reading(model: ChatModel, reading: Reading) -> Reading:
    """The reading with the model's intent and the more cautious mode; the classifier's own reading
    when the model's answer is not a valid label. `reading.layers` records that the model was asked."""
    messages = [{"role": "system", "content": _SYSTEM}, {"role": "user", "content": reading.text}]
    try:
        done = model.complete(messages, json_schema=llm_schema(), max_tokens=MAX_TOKENS)
        answer: Any = json.loads(done.text)
    except (ValueError, TypeError):
        return reading.model_copy(update={"layers": f"{reading.layers}+model(invalid)"})
    if not isinstance(answer, dict):
        return reading.model_copy(update={"layers": f"{reading.layers}+model(invalid)"})
    intent, mode = answer.get("intent"), answer.get("mode")
    if intent not in INTENTS or mode not in MODES:
        return reading.model_copy(update={"layers": f"{reading.layers}+model(invalid)"})
    cautious = max(reading.mode, mode, key=lambda m: CAUTION.get(m, 0))
    if cautious == "affirm" and intent in EFFECT_OF:
        if intent != reading.intent:
            cautious = "doubtful"  # a change only the model heard: ask, never act on its word alone
        else:  # the classifier's certainty that the words affirm still rules
            cautious, _cue = effect_mode("affirm", reading.mode_confidence, reading.text, intent)
    update: dict[str, Any] = {
        "intent": intent,
        "confidence": max(reading.confidence, UNSURE),  # decided: the word rules need not guess
        "mode": cautious,
        "negated": cautious == "negated",
        "hypothetical": cautious == "hypothetical",
        "doubtful": cautious == "doubtful",
        "layers": f"{reading.layers}+model",
    }
    if cautious != reading.mode:
        update["mode_confidence"] = 1.0 if cautious == mode else reading.mode_confidence
    return reading.model_copy(update=update)
