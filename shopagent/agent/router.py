"""Routing: answer plain product requests without the model; send everything else to it.

The fast path (rule-based parser + hybrid search, answer rendered by code) costs no model tokens and
answers in well under a second. The deep path runs the tool-calling loop. A request goes deep when
it is dialogue, a comparison, a question about reviews, a cart/order/watch action, a follow-up that
points at earlier results, or too vague to search for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Route = Literal["fast", "deep"]

_DEEP_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "comparison",
        re.compile(
            r"\b(compare|comparison|vs\.?|versus|which (one )?is (better|best)|better than|"
            r"difference|differ)\b",
            re.I,
        ),
    ),
    (
        "reviews",
        re.compile(
            r"\b(reviews?|reviewers?|people say|complain\w*|opinions?|feedback|worth it|reliable|"
            r"durable|last long)\b",
            re.I,
        ),
    ),
    (
        "action",
        re.compile(
            r"\b(add|put|cart|basket|buy|purchase|remove|delete|quantity|qty|checkout|check out|orders?|"
            r"cancel|refund|watch|notify|alert|track|let me know|tell me when)\b",
            re.I,
        ),
    ),
    (
        "follow-up",
        re.compile(
            r"\b(the (first|second|third|fourth|fifth|last|other|cheaper|cheapest|former|latter)"
            r" (one|two|three)?|that one|this one|those|these|them|it|its|cheaper|pricier|more expensive|"
            r"instead|another|same)\b|#\d",
            re.I,
        ),
    ),
    (
        "dialogue",
        re.compile(
            r"^\s*(hi|hello|hey|thanks|thank you|why|how (do|does|can|should|long|much)|should i|can you|"
            r"could you|would|is it|is this|are they|do they|does it|what do you|help)\b",
            re.I,
        ),
    ),
    (
        "vague",
        re.compile(
            r"\b(gift|present|ideas?|something|anything|recommend|suggest\w*|surprise|for my \w+)\b", re.I
        ),
    ),
]


@dataclass(frozen=True)
class Decision:
    route: Route
    reason: str


def decide(text: str, *, force: Route | None = None) -> Decision:
    """Which path answers `text`. `force` is `--fast` / `--deep`."""
    if force is not None:
        return Decision(force, f"--{force}")
    stripped = text.strip()
    if not stripped:
        return Decision("deep", "empty")
    for reason, pattern in _DEEP_PATTERNS:
        if pattern.search(stripped):
            return Decision("deep", reason)
    if stripped.endswith("?") and not re.match(
        r"^\s*(any|got|do you have|have you got|show me|find)\b", stripped, re.I
    ):
        return Decision("deep", "question")
    if not re.search(r"[^\W\d_]{2,}", stripped):
        # No word of any script ("??", "123"). Chinese or Japanese product names are words too:
        # "泳镜" is a search, not a vague request for the model.
        return Decision("deep", "vague")
    return Decision("fast", "product request")


def fast_lead(results: list[dict], query: str) -> str | None:
    """The fast answer without the products it names, for a view that lists them in a table."""
    if not results:
        return None
    n = len(results)
    return f"Found {n} match{'es' if n != 1 else ''} for {query!r}:"


def fast_answer(results: list[dict], query: str) -> str:
    """The fast path's answer, written by code from search results."""
    from shopagent.agent.grounding import describe_item

    if not results:
        return f"No products match {query!r}. Try fewer constraints or other words."
    top = "; ".join(describe_item(r) for r in results[:3])
    n = len(results)
    return f"Found {n} match{'es' if n != 1 else ''} for {query!r}; top: {top}."
