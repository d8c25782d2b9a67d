"""Grounding: every product, price and stock figure an answer states must come from a tool result.

Checked in code on the final text. What is extracted from the answer:
- id-like tokens (P00012, SKU-123-BLK) — each must appear in a tool result or the user's words;
- money amounts ($129.99, 129.99 USD, 40 dollars) — each must equal a number in a tool result or one
  the user said (within a cent);
- stock figures ("3 left", "12 in stock") — the number must be in a tool result;
- product names the answer emphasises (**bold**, "quoted", or the head of a numbered/bulleted line) —
  each must match a title, brand or category from a tool result.
A failed check replaces the answer with one rendered by code from the tool results.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from shopagent.money import format_money, to_minor

_ID = re.compile(r"(?<![\w$.-])([A-Z]{1,5}[-_]?\d{2,}(?:[-_][A-Z0-9]+)*)(?![\w.-]*\d*%)", re.I)
_MONEY = re.compile(
    r"(?:[$€£]\s?(\d[\d,]*(?:\.\d{1,2})?))|(?:(\d[\d,]*(?:\.\d{1,2})?)\s?(?:USD|EUR|GBP|dollars?|bucks)\b)",
    re.I,
)
_STOCK = re.compile(r"\b(\d{1,6})\s+(?:left|in stock|units?|available|remaining|pieces)\b", re.I)
_BOLD = re.compile(r"\*\*([^*\n]{3,120})\*\*")
_QUOTED = re.compile(r"[\"“]([^\"”\n]{3,120})[\"”]")
_LIST_HEAD = re.compile(
    r"^\s*(?:\d+[.)]|[-*•])\s+(?:\*\*)?([^\n:–—(]{3,120}?)(?:\*\*)?\s*(?:[-–—:(]|$)", re.M
)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class Facts:
    """What this conversation's tool results and user messages establish."""

    text: str = ""  # all tool result text, casefolded
    numbers: set[float] = field(default_factory=set)
    names: list[str] = field(default_factory=list)  # titles, brands, categories (casefolded)
    user_text: str = ""

    def add_result(self, payload: Any) -> None:
        dumped = (
            json.dumps(payload, ensure_ascii=False, default=str) if not isinstance(payload, str) else payload
        )
        self.text += "\n" + dumped.casefold()
        self._walk(payload)

    def add_user(self, text: str) -> None:
        self.user_text += "\n" + text.casefold()
        for n in re.findall(r"\d[\d,]*(?:\.\d+)?", text):
            self.numbers.add(float(n.replace(",", "")))

    def _walk(self, obj: Any, key: str = "") -> None:
        if isinstance(obj, dict):
            for k, v in obj.items():
                self._walk(v, str(k))
        elif isinstance(obj, list):
            for v in obj:
                self._walk(v, key)
        elif isinstance(obj, bool):
            return
        elif isinstance(obj, int | float):
            self.numbers.add(float(obj))
        elif isinstance(obj, str) and key in ("title", "brand", "category", "name") and obj.strip():
            self.names.append(obj.casefold())
            if key == "category":
                self.names.extend(part.strip().casefold() for part in obj.split(">"))


def check_answer(answer: str, facts: Facts) -> list[str]:
    """Problems with `answer`: each a short reason; empty when everything stated is grounded."""
    problems: list[str] = []
    haystack = facts.text + facts.user_text
    for m in _ID.finditer(answer):
        token = m.group(1)
        if not any(ch.isalpha() for ch in token) or token.casefold() not in haystack:
            problems.append(f"id {token} is not in any tool result")
    for m in _MONEY.finditer(answer):
        raw = (m.group(1) or m.group(2)).replace(",", "")
        value = float(raw)
        if not any(abs(value - n) < 0.011 for n in facts.numbers):
            problems.append(f"price {m.group(0).strip()} is not in any tool result")
    for m in _STOCK.finditer(answer):
        if float(m.group(1)) not in facts.numbers:
            problems.append(f"stock figure {m.group(0)} is not in any tool result")
    for name in _named_products(answer):
        if not _matches_known(name, facts):
            problems.append(f"product {name!r} is not in any tool result")
    return problems


def _named_products(answer: str) -> list[str]:
    names = [m.group(1).strip() for m in _BOLD.finditer(answer)]
    names += [m.group(1).strip() for m in _QUOTED.finditer(answer)]
    names += [m.group(1).strip(" *") for m in _LIST_HEAD.finditer(answer)]
    # A name is something with letters and at least two words; "Price" or "Rating" are labels.
    return [n for n in dict.fromkeys(names) if len(_WORD.findall(n.casefold())) >= 2]


def _matches_known(name: str, facts: Facts) -> bool:
    folded = name.casefold()
    if folded in facts.text or folded in facts.user_text:
        return True
    words = set(_WORD.findall(folded))
    for known in facts.names:
        if folded in known or known in folded:
            return True
        known_words = set(_WORD.findall(known))
        if words and len(words & known_words) / len(words) >= 0.6:
            return True
    return False


def render_items(items: list[dict[str, Any]], *, limit: int = 5, lead: str | None = None) -> str:
    """A plain answer written by code from result rows: nothing in it can be invented."""
    if not items:
        return lead or "I found no matching products in the catalog."
    shown = items[:limit]
    head = lead or f"Found {len(items)} match{'es' if len(items) != 1 else ''}; top:"
    lines = [head]
    for i, item in enumerate(shown, 1):
        lines.append(f"{i}. {describe_item(item)}")
    return "\n".join(lines)


def describe_item(item: dict[str, Any]) -> str:
    """`Title (P00012) — $129.99, 4.6★, in stock`."""
    parts = []
    price = item.get("price")
    currency = str(item.get("currency") or "USD")
    if price is not None:
        try:
            parts.append(format_money(to_minor(price, currency), currency))
        except Exception:  # a malformed price in a row is shown as-is rather than failing the answer
            parts.append(str(price))
    if item.get("rating") is not None:
        parts.append(f"{float(item['rating']):.1f}★")
    if item.get("in_stock") is not None:
        parts.append("in stock" if item["in_stock"] else "out of stock")
    detail = ", ".join(parts)
    return f"{item.get('title', '')} ({item.get('product_id', '')})" + (f" — {detail}" if detail else "")
