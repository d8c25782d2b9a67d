"""Which earlier results the user's words point at: "the second one", "the first two", "#3", "the
cheapest", "it", and cart lines named by their words ("remove the pillow").

`References` is a part of Session (agent/session.py); it reads `last_results` and the cart.
"""

from __future__ import annotations

import re
from typing import Any

from shopagent.text.positions import IDIOMS, OF_THE_FEW, OF_THE_TWO

_ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}

_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}

_ORDINAL_RE = re.compile(
    r"\b(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|seventh|eighth|ninth|tenth|last)"
    r"(?:\s+(?:one|item|result|product|option))?\b"
    r"|(?:#|\bnumber\s+|\bno\.?\s*)(\d{1,2})\b|\b(?:option|result|item)\s+(\d{1,2})\b",
    re.I,
)

# "it", "that one", or a closing "that"/"this" ("add that"); not "boots that are waterproof".
POINTS_AT_IT = re.compile(r"\b(?:it|that one|this one)\b|\b(?:that|this)\s*[.!?]?\s*$", re.I)

_FIRST_N = re.compile(r"\b(?:the\s+)?(?:first|top)\s+(two|three|four|2|3|4)\b", re.I)

# "add the cheapest one", "the best rated of them", "the cheaper of the two", "el más barato", "der
# günstigste", "最便宜的": an earlier result picked by price or rating. Not "the cheapest air fryers",
# which asks for a new search: the word must end the phrase, or be followed by "one"/"of them"/a
# preposition, as in "add the cheapest to my cart".
_LOW = (
    r"cheapest|cheaper|least expensive|less expensive|lowest[- ]priced|lower[- ]priced|"
    r"más barat[oa]|mas barat[oa]|mais barat[oa]|moins ch[eè]re?|più economic[oa]|meno car[oa]|"
    r"günstigste[nrs]?|billigste[nrs]?|günstigere[nrs]?|billigere[nrs]?|goedkoopste|goedkopere"
)
_HIGH = (
    r"most expensive|more expensive|priciest|pricier|más car[oa]|mas car[oa]|mais car[oa]|plus ch[eè]re?|"
    r"più car[oa]|teuerste[nrs]?|teurere[nrs]?|duurste"
)
_RATED = (
    r"best[- ]rated|better[- ]rated|highest[- ]rated|higher[- ]rated|top[- ]rated|better|best|"
    r"mejor valorad[oa]|mieux not[ée]e?|am besten bewertete[nrs]?|best beoordeelde"
)
_ARTICLE = r"(?:the|el|la|lo|o|a|le|il|der|die|das|den|de|het)\s+"
# ... or a relative lead: "whichever one is cheapest", "whatever's cheapest", "the one that's cheapest"
_LEAD = (
    rf"(?:{_ARTICLE}|(?:whichever|whatever)(?:\s+one)?(?:\s+is|'s)?\s+(?:the\s+)?"
    r"|the\s+one\s+(?:that'?s|that\s+is|which\s+is|which'?s)\s+(?:the\s+)?)"
)
_PHRASE_END = (
    r"(?=\s+(?:one\b|of\b|to\b|in\b|for\b|from\b|uno|una|de\b|del\b|al\b|um|dos\b|da\b|do\b|des\b|du\b|"
    r"von\b|in\b|van\b|ins?\b|zum\b|dei\b|nel\b)|\s*[.?!,。！？，]|\s*$)"
)
_SUPERLATIVE = re.compile(
    rf"(?<![^\W\d_]){_LEAD}(?:(?P<low>{_LOW})|(?P<high>{_HIGH})|(?P<rated>{_RATED})){_PHRASE_END}"
    r"|(?P<cjk>(?P<low_cjk>最便宜|更便宜|便宜的那|一番安い|安い方)|(?P<high_cjk>最贵|最貴|更贵|一番高い)|(?P<rated_cjk>评分最高|評価が一番高い))",
    re.I,
)

# A comparative picks between the results compared: "the better one", "the cheaper", "less expensive".
_COMPARATIVE = re.compile(r"[^\W\d_]{3,}er\b|\b(?:less|more)\b|ere[nrs]?\b", re.I)

# "the lighter one", "the one with the longer battery", "the warmest of them": a result picked by an
# attribute the comparison words name (agent/over_results.py reads which and in which direction).
_BY_ATTRIBUTE = re.compile(
    r"\bthe\s+[a-z]+(?:er|est)\s+(?:one\b|of\s+(?:the\s+two|them|these|those)\b)"
    r"|\bthe\s+one\s+(?:with|that\s+has|that'?s|that\s+is|which\s+is)\s+(?:the\s+)?[a-z]+(?:er|est)\b"
    r"(?:\s+[a-z]+){0,2}?(?=\s*[.?!,]|\s*$|\s+(?:to|in|for|on|please)\b)",
    re.I,
)


class References:
    """Resolving pointers to earlier results, for Session."""

    deps: Any
    last_results: list[dict[str, Any]]
    # The results last pointed at together ("compare the first and the second"): "the cheaper of the
    # two" picks between them.
    last_pointed: list[dict[str, Any]]
    cart_changed: bool  # the last turn changed a cart line
    vocab: Any  # the catalog's Vocabulary, loaded once

    def _only_reference(self, text: str, compare: bool = False) -> bool:
        """True when the text is a bare pointer ("show me the 2nd one"), not a question about it."""
        rest = _ORDINAL_RE.sub(" ", _FIRST_N.sub(" ", text))
        rest = re.sub(
            r"\b(please|show|me|tell|more|about|details?|of|on|for|the|one|ones|two|them|and|compare|"
            r"vs|versus|with|to|open|what|item|product|result|option|it|those|a|look|at|let|see|can|you|i|"
            r"side|by)\b",
            " ",
            rest,
            flags=re.I,
        )
        return not re.search(r"[A-Za-z0-9]", re.sub(r"[^\w\s]", " ", rest))

    def references(self, text: str) -> list[dict[str, Any]]:
        """Earlier results the text points at, in the order mentioned."""
        out: list[dict[str, Any]] = []
        n = len(self.last_results)
        text = IDIOMS.sub(lambda m: " " * len(m.group()), text)
        m = _FIRST_N.search(text)
        if m:
            count = _COUNT_WORDS[m.group(1).lower()]
            out.extend(self.last_results[: min(count, n)])
        m = _SUPERLATIVE.search(text)
        if m and n:
            pick = self._picked_by(m, self._scope(text, m.group(0)))
            if pick is not None and pick not in out:
                out.append(pick)
        m = _BY_ATTRIBUTE.search(text) if n and not out else None
        if m:
            pick = self._picked_by_attribute(m.group(0))
            if pick is not None:
                out.append(pick)
        for m in _ORDINAL_RE.finditer(text):
            if _FIRST_N.search(text) and m.group(1) and m.group(1).lower() in ("first",):
                continue
            if m.group(1):
                word = m.group(1).lower()
                index = n if word == "last" else _ORDINALS[word]
            else:
                index = int(m.group(2) or m.group(3))
            if 1 <= index <= n and self.last_results[index - 1] not in out:
                out.append(self.last_results[index - 1])
        if len(out) >= 2:
            self.last_pointed = list(out)
        return out

    def _scope(self, text: str, said: str = "") -> list[dict[str, Any]]:
        """The results a superlative picks among: the two last pointed at together (or the first two
        shown) when the words say "of the two"; those pointed at together (a comparison) when the
        word is a comparative ("the better one", "the cheaper one" after "compare #1 and #2"); else
        all shown."""
        pointed = self._pointed_together()
        if OF_THE_TWO.search(text):
            return pointed if len(pointed) == 2 else self.last_results[:2]
        # "the cheapest of those three", "the better one": among those compared
        among = len(pointed) >= 2 and (OF_THE_FEW.search(text) or _COMPARATIVE.search(said))
        return pointed if among else self.last_results

    def _pointed_together(self) -> list[dict[str, Any]]:
        """The shown results last pointed at together (a comparison), still on the list."""
        return [r for r in getattr(self, "last_pointed", []) if r in self.last_results]

    def _picked_by_attribute(self, words: str) -> dict[str, Any] | None:
        """The result an attribute comparison picks ("the lighter one", "the one with the longer
        battery"), among those last pointed at together (a comparison), else the shown ones."""
        from shopagent.agent.over_results import ranked
        from shopagent.catalog.views import product_view
        from shopagent.errors import ShopError

        pointed = self._pointed_together()
        scope = pointed if len(pointed) >= 2 else self.last_results[:10]
        try:
            views = [product_view(self.deps, r["product_id"]) for r in scope]
        except ShopError:
            return None
        found = ranked(words, views)
        return scope[found[0]] if found is not None else None

    @staticmethod
    def _picked_by(m: re.Match[str], scope: list[dict[str, Any]]) -> dict[str, Any] | None:
        priced = [r for r in scope if r.get("price") is not None]
        if (m.group("low") or m.group("low_cjk")) and priced:
            return min(priced, key=lambda r: float(r["price"]))
        if (m.group("high") or m.group("high_cjk")) and priced:
            return max(priced, key=lambda r: float(r["price"]))
        rated = [r for r in scope if r.get("rating") is not None]
        if (m.group("rated") or m.group("rated_cjk")) and rated:
            return max(rated, key=lambda r: (float(r["rating"]), r.get("review_count") or 0))
        return None

    def _positions(self, positions: list[int]) -> list[dict[str, Any]]:
        n = len(self.last_results)
        out = []
        for p in positions:
            index = n if p == -1 else p
            if 1 <= index <= n and self.last_results[index - 1] not in out:
                out.append(self.last_results[index - 1])
        return out

    def _read_in_state(self, text: str, reading: Any) -> Any:
        """The reading as the cart and the watches make it: a quantity change of results the cart does
        not hold is an add (reading.not_in_cart), a removal with an empty cart and watches set is a
        watch's, and right after a cart change an unsure one may be sure (reading.after_cart_change)."""
        from shopagent.agent.questions import names_product
        from shopagent.agent.reading import after_cart_change, not_in_cart

        if reading.intent == "cart_set_quantity" and reading.references and not self._in_cart(text):
            return not_in_cart(reading)  # "#2 x2" with #2 not in the cart: an add of two
        if reading.intent == "cart_remove" and not self._cart_items() and self._watching():
            # "remove the one on #2" with an empty cart and price watches set: a watch is removed
            return reading.model_copy(
                update={"intent": "watch_remove", "layers": f"{reading.layers}+dialogue"}
            )
        if not self.cart_changed or not reading.unsure():
            return reading
        return after_cart_change(reading, names_product(reading.text, self.vocab()), self._in_cart(text))

    def _watching(self) -> bool:
        from shopagent.commerce import watches
        from shopagent.errors import ShopError

        try:
            return any(w.status == "active" for w in watches.list_watches(self.deps))
        except ShopError:
            return False

    def _in_cart(self, text: str) -> bool:
        """Whether the shown results the words point at ("#3", "the third one") are all in the cart."""
        pointed = self.references(text) if self.last_results else []
        held = {line["product_id"] for line in self._cart_items()} if pointed else set()
        return bool(pointed) and all(item.get("product_id") in held for item in pointed)

    def _cart_items(self) -> list[dict[str, Any]]:
        """The cart's lines as result-like rows (ids and prices only reach the model)."""
        from shopagent.commerce import cart
        from shopagent.errors import ShopError
        from shopagent.money import json_amount

        try:
            current = cart.show(self.deps)
        except ShopError:  # an unreadable state file: routing goes on as if the cart were empty
            return []
        return [
            {
                "product_id": line.product_id,
                "sku": line.sku,
                "title": line.title,
                "quantity": line.quantity,
                "price": json_amount(line.unit_price_minor, current.currency),
            }
            for line in current.lines
        ]


def cart_references(text: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cart lines the words name ("the pillow"); the only line when the cart holds one."""
    words = {w for w in re.findall(r"[a-z]{3,}", text.lower()) if w not in _CART_WORDS}
    named = [
        line for line in lines if words & set(re.findall(r"[a-z]{3,}", str(line.get("title", "")).lower()))
    ]
    if len(named) == 1:
        return named
    return lines[:1] if len(lines) == 1 else []


_CART_WORDS = frozenset(
    {"the", "remove", "delete", "take", "out", "get", "rid", "from", "cart", "basket", "quantity", "change"}
    | {"set", "update", "make", "and", "one", "that", "this", "please", "units", "items", "my"}
)
