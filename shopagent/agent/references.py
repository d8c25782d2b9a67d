"""Which earlier results the user's words point at: "the second one", "the first two", "#3", "the
cheapest", "it", and cart lines named by their words ("remove the pillow").

`References` is a part of Session (agent/session.py); it reads `last_results` and the cart.
"""

from __future__ import annotations

import re
from typing import Any

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

# "add the cheapest one", "the best rated of them": an earlier result picked by price or rating. Not
# "the cheapest air fryers", which asks for a new search.
_SUPERLATIVE = re.compile(
    r"\bthe (cheapest|least expensive|lowest priced|most expensive|priciest|best[- ]rated|highest[- ]rated|"
    r"top[- ]rated)(?:\s+(?:one|of (?:them|those|these))\b|\s*[.?!,]|\s*$|\s+(?=to\b|in\b|for\b|from\b))",
    re.I,
)


class References:
    """Resolving pointers to earlier results, for Session."""

    deps: Any
    last_results: list[dict[str, Any]]

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
        m = _FIRST_N.search(text)
        if m:
            count = _COUNT_WORDS[m.group(1).lower()]
            out.extend(self.last_results[: min(count, n)])
        m = _SUPERLATIVE.search(text)
        if m and n:
            word = m.group(1).lower().replace("-", " ")
            priced = [r for r in self.last_results if r.get("price") is not None]
            rated = [r for r in self.last_results if r.get("rating") is not None]
            pick = None
            if word in ("cheapest", "least expensive", "lowest priced") and priced:
                pick = min(priced, key=lambda r: float(r["price"]))
            elif word in ("most expensive", "priciest") and priced:
                pick = max(priced, key=lambda r: float(r["price"]))
            elif rated:
                pick = max(rated, key=lambda r: (float(r["rating"]), r.get("review_count") or 0))
            if pick is not None and pick not in out:
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
        return out

    def _positions(self, positions: list[int]) -> list[dict[str, Any]]:
        n = len(self.last_results)
        out = []
        for p in positions:
            index = n if p == -1 else p
            if 1 <= index <= n and self.last_results[index - 1] not in out:
                out.append(self.last_results[index - 1])
        return out

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
