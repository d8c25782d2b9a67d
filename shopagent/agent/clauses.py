"""What a turn's clauses, read one by one, say together (agent/reading.py reads the whole turn).

- `two_changes`: two clauses that each surely ask for a different change ("clear the cart, i'll buy
  them in the store"): which one is meant is a guess, so the turn asks.
- `removal_after_refusal`: a sentence that refuses and a last one that removes ("never mind, I don't
  want alerts. remove it"): the turn is the removal, of the kind of thing the turn is about (a
  watch, a cart line). The whole turn reads as negated, as its first sentence is; the removal says
  plainly what the refusal meant.
- `refused_results`: the results a clause refuses ("不要第一个", "not the first one", "don't add
  #2"): an add or watch of one of them is not affirmed, however sure the whole turn reads.
- `without_refusals`: the clauses left when those refusing a change are taken out ("I'm just
  browsing tents, don't add anything to my cart" -> "I'm just browsing tents").
- `one_sure_change`: the one clause that surely asks for a change among fillers ("yeah go for it,
  add it"): the turn is as sure of it as the clause is.
- `asked_of_others`: clauses that refuse a change for some results and ask it for others ("don't
  add #1, add #2 instead", "add #1, not #2"): the change is asked, for the others only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from shopagent.agent.frames import SENTENCE_PUNCTUATION as _PUNCTUATION
from shopagent.agent.frames import sentences
from shopagent.agent.intent_model import load_intent_model

# Clause boundaries: punctuation and dashes, a contrast before a position ("but not #2"), and an "and" that
# opens another request ("add #1 to cart and also keep an eye on #2", "remove #2 and bump #1").
_CLAUSE_CUT = re.compile(
    r"[,，、;；]\s*|\s*[—–]\s*|\s+-\s+|\s+(?=(?:but|instead|not|pero|mais|aber|ma|mas)\s+#)"
    r"|\s+(?:and\s+)?also\s+|\s+and\s+then\s+"
    r"|\s+and\s+(?=(?:add|put|remove|watch|track|keep|set|alert|notify|delete|take|drop|bump|make|change)\b)",
    re.IGNORECASE,
)
# A clause that opens with a negation and names results ("not #2", "not the first", "nicht den
# ersten", "不是第一个"): the classifier reads such fragments, with no verb, as it would the verb alone.
# Not "no. 2", which is a position.
_NOT_LEAD = re.compile(
    r"^\W*(?:(?:but|pero|mais|aber|ma|mas)\s+)?(?:not|no(?!\.?\s*\d)|nicht|nein|pas|non|não|nao|nie|niet|ne|"
    r"skip|except|sauf|außer|excepto|menos|tranne)(?![^\W\d_])"
    r"|^\W*(?:不是|不要|别|別|じゃなく)",
    re.IGNORECASE,
)
# Particles that carry a refusal over to the next clause ("don't add #1, nor #2", "#2 either",
# "ni el segundo", "auch nicht", "второй тоже", "drugiego też", "inte heller", "yang kedua juga").
_CARRIED = re.compile(
    r"(?<![^\W\d_])(?:nor|neither|either|too|also|as well|ni|tampoco|nem|nemmeno|neanche|nicht|auch|non plus|"
    r"тоже|также|też|heller|juga|ook niet|niet)(?![^\W\d_])",
    re.IGNORECASE,
)
_REMOVALS = frozenset({"watch_remove", "cart_remove"})
_REMOVAL_OF = {"watch": "watch_remove", "cart": "cart_remove"}  # the kind refused -> its removal
_LISTING_KIND = {"list_watches": "watch", "view_cart": "cart"}


@lru_cache(maxsize=256)
def _read_with(model: Any, part: str) -> Any:
    return model.predict(part, None)


def _alone(part: str) -> Any:
    """A clause's own reading (n-gram layer): a turn's clauses are read by several of the checks
    below, each clause once per model."""
    return _read_with(load_intent_model(), part)


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
    found: list[str] = []
    for part in parts:
        alone = _alone(part)
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
    last = _alone(text[spans[-1][0] : spans[-1][1]].strip(_PUNCTUATION))
    if last.intent not in _REMOVALS or last.mode != "affirm" or last.intent_p < AFFIRM_MIN:
        return None
    refusals = [r for r in (_alone(p) for p in _parts(text[: spans[-1][0]])) if r.mode == "negated"]
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


def _doubt_marker(part: str) -> bool:
    from shopagent.agent.reading import _DOUBT_CUES

    return bool(_DOUBT_CUES.search(part))


def asked_of_others(text: str, intent: str | None) -> tuple[str, str] | None:
    """(intent, clauses) of the change the turn asks for, when its other clauses refuse it for other
    results only, or refuse another kind of change: every clause that names results either refuses
    (read as negated, or opening with a negation or a "skip") or asks affirmatively, no result is
    both refused and asked for, and a clause naming none refuses a change of another kind ("don't
    add #1, add #2 instead" -> "add #2 instead"; "don't set a watch, just add #2" -> "just add #2").
    The intent is the turn's (`intent`) when the asking clauses bear it, else theirs, when sure (and
    theirs when they surely ask another change, twice as likely as the turn's).
    None when a clause doubts or supposes, or the two overlap."""
    from shopagent.agent.reading import EFFECT_OF, UNSURE
    from shopagent.text.positions import references

    parts = _parts(text)
    if len(parts) < 2:
        return None
    refused: set[int] = set()
    other_kinds: set[str] = set()
    asking: list[tuple[str, set[int]]] = []
    verbs: list[str] = []  # "ok #4, add that": an affirmative change naming no result
    asked_refs: set[int] = set()
    changes: set[str] = set()
    unsaid = 0  # clauses that say no to nothing named ("no wait"): only before a refusal of a result
    for part in parts:
        alone = _alone(part)
        refs = set(references(part))
        if alone.mode in ("hypothetical", "doubtful"):
            return None
        sure_change = alone.intent in EFFECT_OF and alone.intent_p >= UNSURE
        if alone.mode == "negated" or (refs and _NOT_LEAD.search(part)):
            if not refs:  # "don't set a watch", "no alerts": sure of which kind of change, or no say
                kind = EFFECT_OF.get(alone.intent) or _LISTING_KIND.get(alone.intent)
                if kind is None or alone.intent_p < UNSURE:
                    unsaid += 1
                    continue
                other_kinds.add(kind)
            elif unsaid:
                unsaid = 0  # "no wait, not the first": the "no" was this refusal's
            asked_refs -= refs  # asked, then refused: "add the first one — no wait, not the first"
            refused |= refs
        elif refs or sure_change:
            if unsaid or _CARRIED.search(part) or _doubt_marker(part):
                return None  # "…, ni el segundo", "den ersten nicht hinzu": a refusal the words carry on
            if refs:
                asking.append((part, refs))
            else:
                verbs.append(part)
            asked_refs |= refs
            changes |= {alone.intent} if sure_change else set()
    if unsaid or not (refused or other_kinds) or not asked_refs or refused & asked_refs:
        return None
    if any(refs & asked_refs and not refs <= asked_refs for _part, refs in asking):
        return None  # "add #1 and #3 — not #1": which words still ask is not a clause
    asked = [part for part, refs in asking if refs <= asked_refs]  # a retracted ask says no result
    if len(asked) < len(asking):
        verbs = [part for part, refs in asking if not refs <= asked_refs] + verbs  # its verb still says what
    if not asked:
        return None
    if len(changes - {"cart_set_quantity"}) > 1:
        return None  # two different changes asked: which is meant is a guess
    read = _alone(", ".join(asked + verbs))
    theirs = read.intent in EFFECT_OF and read.intent_p >= UNSURE and read.intent != intent
    if theirs and read.intents.get(intent or "", 0.0) < read.intent_p / 2:
        chosen = read.intent  # "drop the alert on #2, keep the first": the asking clause's own change
    elif (
        intent in EFFECT_OF and EFFECT_OF[intent] not in other_kinds and read.intents.get(intent, 0.0) >= 0.2
    ):
        chosen = intent
    elif read.intent in EFFECT_OF and read.intent_p >= UNSURE:
        chosen = read.intent
    else:
        return None
    if EFFECT_OF.get(chosen) in other_kinds:
        return None  # "don't watch it, watch #2": the refusal without results is of this kind
    return chosen, ", ".join(asked)


def refused_results(text: str) -> set[int]:
    """Positions of results named in a clause that refuses (read as negated, or opening with a
    negation): "不要第一个，看看其他的" refuses #1, "add #1, not #2" refuses #2."""
    from shopagent.text.positions import references

    parts = _parts(text)
    if len(parts) == 1 and not _NOT_LEAD.search(parts[0]):
        return set()  # one clause: the turn's own mode is its reading
    out: set[int] = set()
    for part in parts:
        refs = references(part)
        if refs and (_NOT_LEAD.search(part) or _alone(part).mode == "negated"):
            out |= set(refs)
    return out


def without_refusals(text: str) -> str:
    """The turn without its clauses that, read alone, refuse a change ("don't add anything to my
    cart"); the text itself when there are none or nothing else is left."""
    from shopagent.agent.reading import EFFECT_OF

    parts = _parts(text)
    if len(parts) < 2:
        return text
    kept = []
    for part in parts:
        alone = _alone(part)
        if not (alone.intent in EFFECT_OF and alone.mode == "negated"):
            kept.append(part)
    return ", ".join(kept) if kept and len(kept) < len(parts) else text


def one_sure_change(text: str) -> tuple[str, float] | None:
    """(intent, probability) when exactly one clause, read alone, surely and affirmatively asks for a
    change and no other clause asks for, refuses, doubts or supposes one ("yeah go for it, add it":
    the filler blurs the whole turn, not the clause that asks)."""
    from shopagent.agent.reading import AFFIRM_MIN, EFFECT_OF, UNSURE

    parts = _parts(text)
    if len(parts) < 2:
        return None
    found: list[tuple[str, float]] = []
    for part in parts:
        alone = _alone(part)
        if alone.mode != "affirm":
            return None
        if alone.intent in EFFECT_OF and alone.intent_p >= AFFIRM_MIN:
            found.append((alone.intent, alone.intent_p))
        elif alone.intent in EFFECT_OF and alone.intent_p >= UNSURE:
            return None  # another clause leaning to a change
    return found[0] if len(found) == 1 else None
