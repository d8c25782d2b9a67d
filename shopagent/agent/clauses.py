"""What a turn's clauses, read one by one, say together (agent/reading.py reads the whole turn).

- `two_changes`: two clauses that each surely ask for a different change ("clear the cart, i'll buy
  them in the store"): which one is meant is a guess, so the turn asks.
- `removal_after_refusal`: a sentence that refuses and a last one that removes ("never mind, I don't
  want alerts. remove it"): the turn is the removal, of the kind of thing the turn is about (a
  watch, a cart line). The whole turn reads as negated, as its first sentence is; the removal says
  plainly what the refusal meant.
"""

from __future__ import annotations

import re

from shopagent.agent.frames import SENTENCE_PUNCTUATION as _PUNCTUATION
from shopagent.agent.frames import sentences
from shopagent.agent.intent_model import load_intent_model

_CLAUSE_CUT = re.compile(r"[,，、]\s*")
_REMOVALS = frozenset({"watch_remove", "cart_remove"})
_REMOVAL_OF = {"watch": "watch_remove", "cart": "cart_remove"}  # the kind refused -> its removal
_LISTING_KIND = {"list_watches": "watch", "view_cart": "cart"}


def _parts(text: str) -> list[str]:
    spans = sentences(text)
    return [p.strip() for a, b in spans for p in _CLAUSE_CUT.split(text[a:b]) if p.strip(_PUNCTUATION)]


def two_changes(text: str) -> list[str]:
    """The changes, when the turn's clauses (sentences, contrasts, comma-separated parts), read
    alone, surely and affirmatively ask for two different ones ("cart_clear", "cart_add")."""
    from shopagent.agent.reading import AFFIRM_MIN, EFFECT_OF

    parts = _parts(text)
    if len(parts) < 2:
        return []
    model = load_intent_model()
    found: list[str] = []
    for part in parts:
        alone = model.predict(part, None)
        sure = alone.intent_p >= AFFIRM_MIN and alone.mode == "affirm"
        if sure and alone.intent in EFFECT_OF and alone.intent not in found:
            found.append(alone.intent)
    if set(found) == {"cart_add", "cart_set_quantity"}:
        return []  # "add the first one, and make it 2": the add's quantity
    return found if len(found) >= 2 else []


def removal_after_refusal(text: str, effect: str | None) -> tuple[str, float, float] | None:
    """(removal intent, confidence, mode confidence) when the turn's last sentence, read alone,
    surely and affirmatively removes something and an earlier clause is a refusal; None otherwise.
    The removal acts on the kind of thing refused ("remove it" alone reads as a cart removal; after
    "I don't want alerts" it is the watch), or, when the refusal names no kind, the turn's (`effect`)."""
    from shopagent.agent.reading import AFFIRM_MIN, EFFECT_OF

    spans = sentences(text)
    if len(spans) < 2:
        return None
    model = load_intent_model()
    last = model.predict(text[spans[-1][0] : spans[-1][1]].strip(_PUNCTUATION), None)
    if last.intent not in _REMOVALS or last.mode != "affirm" or last.intent_p < AFFIRM_MIN:
        return None
    refusals = [
        r for r in (model.predict(p, None) for p in _parts(text[: spans[-1][0]])) if r.mode == "negated"
    ]
    if not refusals:
        return None
    kinds: dict[str, float] = {}
    for refusal in refusals:
        for intent, p in refusal.intents.items():
            kind = EFFECT_OF.get(intent) or _LISTING_KIND.get(intent)
            if kind in _REMOVAL_OF:
                kinds[kind] = kinds.get(kind, 0.0) + p
    kind = max(kinds, key=kinds.__getitem__) if kinds and max(kinds.values()) >= 0.5 else effect
    intent = _REMOVAL_OF.get(kind or "", last.intent)
    return intent, round(min(last.intent_p, AFFIRM_MIN), 3), round(last.mode_p, 3)
