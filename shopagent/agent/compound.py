"""A turn of several changes, each asked plainly in a clause of its own ("remove #2 and bump #1 to
three", "add #1 to cart and also keep an eye on #2's price"). Read as one turn, two sure changes are
a guess between them (agent/clauses.py, `two_changes`); read clause by clause, each is a turn the
user could have typed alone, and is taken as one, in the order said.

Every clause must read, in the conversation as it stands, as an affirmative change the reader is
sure of, of results it names by position (or the cart as a whole): one clause that doubts, refuses,
supposes, points at nothing or asks for anything else leaves the whole turn to the single reading
(which asks). Each clause then goes through the same resolution and checks as
a turn of its own; the answer says what each one did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from shopagent.agent.clauses import _parts

if TYPE_CHECKING:
    from shopagent.agent.code_turns import TurnResult
    from shopagent.agent.reading import Reading


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

    parts = changes_apart(session, text, reading)
    if parts is None:
        return None
    turns = [session.ask(part, force=force) for part in parts]
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
