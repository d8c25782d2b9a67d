"""A turn of several changes, each asked plainly in a clause of its own ("remove #2 and bump #1 to
three", "add #1 to cart and also keep an eye on #2's price"). Read as one turn, two sure changes are
a guess between them (agent/clauses.py, `two_changes`); read clause by clause, each is a turn the
user could have typed alone, and is taken as one, in the order said. A swap of a cart line for a
shown result ("swap it for #2") is its removal and then the add, the same way.

Every clause must read, in the conversation as it stands, as an affirmative change the reader is
sure of, of results it names by position (or the cart as a whole): one clause that doubts, refuses,
supposes, points at nothing or asks for anything else leaves the whole turn to the single reading
(which asks). Each clause then goes through the same resolution and checks as
a turn of its own; the answer says what each one did.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from shopagent.agent.clauses import _parts
from shopagent.text.positions import references

# A swap: "swap it for #2", "replace #1 with the third one", "cámbialo por el segundo", "tausch es
# gegen das zweite", "remplace-le par le deuxième", "troca pela terceira", "sostituiscilo con il
# secondo": a removal and an add, in that order, of what the two halves point at.
_SWAPS = [
    re.compile(
        rf"^\W*(?:(?:ok|okay|actually|hmm|please|pls|can you|could you)\W+)*(?:{verbs})\s*(?P<old>.*?)\s+"
        rf"(?:{links})\s+(?P<new>.+?)[\s.!?]*$",
        re.IGNORECASE,
    )
    for verbs, links in (
        (r"swap|switch|exchange|replace|trade", r"for|with|to"),
        (r"c[aá]mbia(?:lo|la|r)?", r"por"),
        (r"troca(?:r)?|troque|substitu[ai]", r"por|pelo|pela"),
        (r"tausch(?:e)?|ersetze", r"gegen|durch"),
        (r"remplace(?:-le|-la|z)?|[ée]change", r"par|contre"),
        (r"sostituisci(?:lo|la)?|cambia(?:lo|la)?", r"con"),
    )
]  # fmt: skip
_WATCHED = re.compile(r"\b(?:watch|watches|watching|alert|alerts|alarm|notification)\b", re.I)
_PRONOUNS = frozenset(["it", "that", "this", "one", "lo", "la", "le", "es", "das", "ele", "ela"])

if TYPE_CHECKING:
    from shopagent.agent.code_turns import TurnResult
    from shopagent.agent.reading import Reading


def swap_parts(text: str, reading: Reading) -> list[str] | None:
    """A swap of a cart line for a shown result as its removal and its add ("swap it for #2" ->
    "remove it", "add #2"), when the turn reads affirmative; None otherwise. The half it swaps to must
    point at one shown result ("swap it for a blue one" changes a variant: not this)."""
    if not reading.affirmative:
        return None  # "don't swap it", "maybe swap it for #2?"
    for pattern in _SWAPS:
        m = pattern.match(text)
        if m is None:
            continue
        old, new = m.group("old").strip(" ,-"), references(m.group("new"))
        if len(new) != 1 or new[0] < 1 or _WATCHED.search(text):
            return None  # "swap the watch on #1 for #2" moves a watch, not a cart line: the reading's
        pointed = references(old) if old else []
        if len(pointed) > 1:
            return None
        if pointed and pointed[0] > 0:
            gone = f"#{pointed[0]}"
        else:
            gone = "it" if not old or old.casefold() in _PRONOUNS else old  # "swap the kettle for #2"
        return [f"remove {gone}", f"add #{new[0]}"]
    return None


def changes_apart(session: Any, text: str, reading: Reading) -> list[str] | None:
    """The clauses of a turn that asks for two or more changes, one in each; None otherwise."""
    parts = _parts(text)
    if len(parts) < 2 or reading.effect is None and reading.intent not in ("other", "social"):
        return None
    intents = []
    for part in parts:
        alone = session.read(part)
        if alone.effect is None or not alone.affirmative or alone.unsure():
            return None
        if not alone.references and alone.intent != "cart_clear":
            return None  # "clear the cart, i'll buy them in the store": the reason names no result
        intents.append(alone.intent)
    if len(set(intents)) < 2 or set(intents) == {"cart_add", "cart_set_quantity"}:
        return None  # "add #1 and #3" is one change of two results; "add it, make it 2", one add
    return parts


def compound_turn(session: Any, text: str, reading: Reading, force: Any = None) -> TurnResult | None:
    """Each change of the turn taken as a turn of its own, or None when it is not such a turn."""
    from shopagent.agent.code_turns import TurnResult

    swap = swap_parts(text, reading) if session._cart_items() else None
    parts = swap or changes_apart(session, text, reading)
    if parts is None:
        return None
    turns = [session.ask(parts[0], force=force)]
    if swap and not any(c.get("ok") and c.get("name") == "remove_from_cart" for c in turns[0].tool_calls):
        return turns[0]  # nothing was taken out: nothing is put in for it
    turns += [session.ask(part, force=force) for part in parts[1:]]
    shown = next((t.results for t in reversed(turns) if t.results), [])
    return TurnResult(
        "\n".join(t.answer for t in turns),
        "deep" if any(t.route == "deep" for t in turns) else "fast",
        "changes apart",
        results=shown,
        tool_calls=[c for t in turns for c in t.tool_calls],
        steps=sum(t.steps for t in turns),
        tokens_in=sum(t.tokens_in for t in turns),
        tokens_out=sum(t.tokens_out for t in turns),
    )
