"""Code-side checks on what the model asks a tool to do. The model's word is never consent.

- Effects: a tool that changes the cart, watches or orders only runs when the user's own message in
  this turn contains an action verb for that effect ("add", "remove", "check out", "watch"...). Nouns
  such as "cart" or "order" are not a request: "show my cart" lets no cart tool run. Text injected
  into catalog data therefore cannot make the agent change state on its own.
- Targets (`EffectScope`): per turn, an effect runs at most once per product, and only on products
  the user's words pick out: an id or SKU they typed, a reference resolved by the session to results
  shown before this turn ("the first one", "it"), or, when they only described it ("add a rain
  jacket"), one product a read tool returned in this turn.
- Quantities: a cart quantity above 1 must appear in the user's message ("add 3", "two of them").
- Ids: product ids, SKUs and order/watch ids must have been seen in this conversation (a tool result
  or the user's text). A small model invents plausible ids; those become errors naming real ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from shopagent.agent.toolkit import Tool, ToolError

# Action verbs only: a noun ("cart", "order", "watches") names a thing to look at, not a change to make.
EFFECT_WORDS: dict[str, re.Pattern[str]] = {
    "cart": re.compile(
        r"\b(add|put|buy|purchase|remove|delete|take (?:(?:it|them|that|this) )?out|increase|decrease|update|"
        r"(?:drop|change|set) (?:it|that|this|them|those|these|the|my)|"
        r"make (?:it|that|them) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten))\b",
        re.I,
    ),
    "watch": re.compile(
        r"\b(watch(?!es\b|\s*list)|notify|alert|track|tell me when|let me know when|stop watching|"
        r"(?:remove|delete|cancel|stop) (?:\w+ ){0,3}watch(?:es)?)\b",
        re.I,
    ),
    "checkout_prepare": re.compile(
        r"\b(checkout|check (?:it |them |this |that )?out|buy|purchase|pay)\b", re.I
    ),
    "order": re.compile(r"\b(cancel|return|refund)\b", re.I),
}
_NUMBER_WORDS = {
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "a couple": 2,
    "pair": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "dozen": 12,
}
ID_ARGUMENTS = frozenset({"product_id", "product_ids", "sku", "skus", "order_id", "watch_id", "id", "ids"})


def effect_allowed(tool: Tool, user_text: str) -> bool:
    if tool.effect == "read":
        return True
    pattern = EFFECT_WORDS.get(tool.effect)
    return bool(pattern and pattern.search(user_text or ""))


def numbers_in(text: str) -> set[int]:
    found = {int(n) for n in re.findall(r"\b\d{1,4}\b", text or "")}
    lowered = (text or "").casefold()
    for word, value in _NUMBER_WORDS.items():
        if re.search(rf"\b{word}\b", lowered):
            found.add(value)
    return found


@dataclass(frozen=True)
class Permit:
    """What the turn's reading (agent/reading.py) lets effects do: the effects the user's words, read
    affirmatively, ask for, and the quantity they stated. `refusal` says why nothing may change."""

    effects: frozenset[str] = frozenset()
    quantity: int | None = None
    refusal: str = "the user did not ask for that in this message"


def check_effect(tool: Tool, arguments: dict[str, Any], user_text: str, permit: Permit | None = None) -> None:
    """Raise ToolError (read back by the model) when the user did not ask for this change. With a
    `permit`, the turn's reading decides; without one, the action verbs above do."""
    allowed = (
        effect_allowed(tool, user_text)
        if permit is None
        else (tool.effect == "read" or tool.effect in permit.effects)
    )
    if not allowed:
        why = permit.refusal if permit is not None else "the user did not ask for that in this message"
        raise ToolError(
            f"refused: {tool.name} changes your {tool.effect.replace('_prepare', '')} and {why}; "
            "only do what the user asked"
        )
    quantity = arguments.get("quantity")
    if (
        tool.effect == "cart"
        and isinstance(quantity, int)
        and quantity > 1
        and quantity not in numbers_in(user_text)
        and (permit is None or permit.quantity != quantity)
    ):
        raise ToolError(
            f"refused: the user did not ask for quantity {quantity}; use the quantity the user gave"
        )


def collect_ids(obj: Any, into: set[str]) -> set[str]:
    """Every id-like value (keys named *id, *ids, sku, skus) anywhere in a tool result."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            k = str(key).casefold()
            if k.endswith("id") or k.endswith("ids") or k in ("sku", "skus", "cheapest", "best_rated"):
                for v in value if isinstance(value, list) else [value]:
                    if isinstance(v, str | int) and not isinstance(v, bool):
                        into.add(str(v))
            if isinstance(value, dict | list):
                collect_ids(value, into)
    elif isinstance(obj, list):
        for value in obj:
            collect_ids(value, into)
    return into


def check_ids(tool: Tool, arguments: dict[str, Any], known: set[str], user_texts: Iterable[str]) -> None:
    """Ids the model passes must be ones this conversation has seen."""
    said = " ".join(user_texts).casefold()
    folded = {k.casefold() for k in known}
    for key, value in arguments.items():
        if key not in ID_ARGUMENTS:
            continue
        for v in value if isinstance(value, list) else [value]:
            if not isinstance(v, str | int) or isinstance(v, bool):
                continue
            ident = str(v).strip().casefold()
            if ident in folded or (ident and re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", said)):
                continue
            sample = ", ".join(sorted(known)[:8]) or "none yet"
            raise ToolError(
                f"unknown {key} {v!r}: it was not in any tool result or the user's words; "
                f"ids seen so far: {sample}; call search_products to find products"
            )


# Keys whose values name one product (or a watch on one): the ids in one dict are aliases of each other.
_ALIAS_KEYS = ("product_id", "id", "sku", "watch_id")
_TARGET_KEYS = ("sku", "skus", "product_id", "product_ids", "watch_id")
_ID_SHAPE = re.compile(r"(?<![\w-])[a-z]+[-_]?\d[\w-]*", re.I)  # P00012, H001, SKU-12-BLK, wch_5


def _folded(value: Any) -> str | None:
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value).strip().casefold() or None
    return None


class EffectScope:
    """Which products this turn's effect calls may touch: those the user's words pick out, once each.

    Picked out means: an id/SKU the user typed in this message, a product in `referred` (earlier
    results the session resolved "the first one"/"it" to), or, when the user named and pointed at
    nothing ("add a rain jacket to my cart"), one product a read tool returned in this turn. Ids in one
    product record (id, sku, variant skus, a watch's id) are aliases, so the same product cannot be
    acted on twice under another name. An effect with no target (`prepare_checkout`) runs once.
    """

    def __init__(self, user_text: str, referred: Iterable[dict[str, Any]] = (), known: Iterable[str] = ()):
        self.said = (user_text or "").casefold()
        self.aliases: dict[str, set[str]] = {}
        self.referred: set[str] = set()
        for item in referred:
            self.referred |= self._link(item)
        self.found: set[str] = set()  # ids the read tools returned in this turn
        self.used: set[str] = set()  # ids (with aliases) already changed in this turn
        self.untargeted: set[str] = set()  # tools without a target already run in this turn
        self.described: set[str] | None = None  # the one product picked by description
        typed = {
            k.casefold() for k in known if re.search(r"[a-z]", k.casefold()) and self._said(k.casefold())
        }
        typed |= {
            m.casefold() for m in _ID_SHAPE.findall(self.said) if not re.fullmatch(r"\d+(st|nd|rd|th)", m)
        }
        self.named = bool(self.referred or typed)

    def _said(self, ident: str) -> bool:
        return bool(ident) and re.search(rf"(?<![\w-]){re.escape(ident)}(?![\w-])", self.said) is not None

    def _link(self, record: dict[str, Any], parent: set[str] | None = None) -> set[str]:
        group = {f for k in _ALIAS_KEYS if (f := _folded(record.get(k)))}
        if parent and not ({"product_id", "id"} & record.keys()):
            group |= parent  # a variant row belongs to the product around it
        for ident in list(group):
            group |= self.aliases.get(ident, set())
        for ident in group:
            self.aliases[ident] = group
        return group

    def learn(self, data: Any, parent: set[str] | None = None) -> None:
        """Record the products a read tool returned (search results, product views, cart, watches)."""
        if isinstance(data, dict):
            group = self._link(data, parent)
            self.found |= group
            anchor = group if {"product_id", "id"} & data.keys() else parent
            for value in data.values():
                if isinstance(value, dict | list):
                    self.learn(value, anchor)
        elif isinstance(data, list):
            for value in data:
                self.learn(value, parent)

    def _targets(self, arguments: dict[str, Any]) -> list[tuple[str, set[str]]]:
        """(the id as the model gave it, that id with its aliases) for every target argument."""
        out = []
        for key in _TARGET_KEYS:
            value = arguments.get(key)
            for v in value if isinstance(value, list) else [value]:
                if (f := _folded(v)) is not None:
                    out.append((str(v), self.aliases.get(f, {f})))
        return out

    def reaches(self, ident: Any) -> bool:
        """Whether this turn may already act on `ident`: found, referred or typed by the user."""
        f = _folded(ident)
        group = self.aliases.get(f, {f}) if f else set()
        return bool(group & (self.found | self.referred) or any(self._said(i) for i in group))

    def check(self, tool: Tool, arguments: dict[str, Any]) -> None:
        """Raise ToolError when this effect call reaches beyond what the user picked out."""
        if tool.effect == "read":
            return
        targets = self._targets(arguments)
        if not targets and tool.name in self.untargeted:
            raise ToolError(f"refused: {tool.name} already ran in this turn; the user asked for it once")
        described = self.described
        for ident, group in targets:
            if group & self.used:
                raise ToolError(
                    f"refused: {ident} was already changed in this turn; the user asked for "
                    "one change per product"
                )
            if group & self.referred or any(self._said(i) for i in group):
                continue
            if self.named:
                picked = ", ".join(sorted(self.referred)) or "the ids in their message"
                raise ToolError(f"refused: the user did not ask to change {ident}; they meant {picked}")
            if not group & self.found:
                raise ToolError(
                    f"refused: {ident} was not found for this request; search for what the "
                    "user described first"
                )
            if described is not None and not group & described:
                raise ToolError(
                    "refused: the user described one product and another one was already changed in this turn"
                )
            described = group

    def record(self, tool: Tool, arguments: dict[str, Any]) -> None:
        """After an effect call succeeded: its products are used up for this turn."""
        targets = self._targets(arguments)
        if not targets:
            self.untargeted.add(tool.name)
        for _ident, group in targets:
            self.used |= group
            if not (group & self.referred or any(self._said(i) for i in group)):
                self.described = group
