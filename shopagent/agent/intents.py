"""What a deep turn is for, read by code from the user's words, and which tools can serve it.

A small model asked "remove it from my cart" or "is the first one waterproof?" often answers from its
own imagination instead of calling a tool; asked freely it also tends to chain tools it does not need.
So the loop reads the request's intent here and, while the intent's goal is not met, constrains
decoding to a call of one of the intent's tools (the model still chooses the tool among them and
writes the arguments; code still checks every call). Once the goal tool has run:
- terminal intents (cart, watch and checkout actions) end with an answer written by code from the
  tool's result: a paraphrase by the model would only cost seconds and risk a wrong figure;
- so do searches for open requests (the model's part is turning "a gift for my dad who likes camping"
  into a query; code lists the results), review questions (the extractive summary) and comparisons
  (cheapest, best rated, what differs);
- questions about one product ("is it good for big dogs?") get one answer step from the model when
  a narrative is wanted, and an answer by code otherwise (`--json`).
When an intent's tools include search_products and the user named no product, the first step may only
search: the other tool needs an id the search provides.
Requests with no clear intent ("thanks", "how do tents differ?") run the free loop.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from shopagent.agent.gates import EFFECT_WORDS


@dataclass(frozen=True)
class Intent:
    name: str
    tools: tuple[str, ...]  # what a constrained step may call
    goal: tuple[str, ...]  # a successful call of one of these meets the intent
    terminal: bool  # met: code writes the answer, no further model step


_REMOVE = re.compile(r"\b(remove|delete|take (?:\w+ )?out|get rid of|drop)\b", re.I)
_QUANTITY = re.compile(
    r"\b(quantity|qty|how many)\b"
    r"|\b(?:change|set|update|make|increase|decrease) (?:it|that|this|them|the \w+)(?: \w+)? to\b"
    r"|\bmake (?:it|that|them) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)
_ADD = re.compile(r"\b(add|put|buy|purchase|get me|i(?:'ll| will) take)\b", re.I)
_CHECKOUT = re.compile(
    r"\b(checkout|check out|shipping|total|how much (?:would|will|does|is) (?:it|that|this|my cart|the cart|"
    r"everything|checkout|the order|my order)|pay)\b",
    re.I,
)
_WATCH_STOP = re.compile(
    r"\b(?:stop watching|(?:remove|delete|cancel|stop) (?:\w+ ){0,3}watch(?:es)?)\b", re.I
)
_COMPARE = re.compile(
    r"\b(compare|comparison|vs\.?|versus|which (?:one )?(?:is|has|of them|would)|better|difference|differ)\b",
    re.I,
)
_REVIEWS = re.compile(
    r"\b(reviews?|reviewers?|people say|complain\w*|opinions?|feedback|rated|ratings?)\b", re.I
)
_SOCIAL = re.compile(
    r"^\s*(hi|hello|hey|thanks|thank you|cheers|ok|okay|bye|good ?bye|great|cool|nice)\b[\s!.,]*"
    r"(?:(?:there|again|so much|a lot|you)\b[\s!.,]*)*$",
    re.I,
)


_LISTINGS = (
    ("view_cart", re.compile(r"\b(cart|basket)\b", re.I)),
    ("list_orders", re.compile(r"\borders\b|\bmy (?:last |latest |recent )?order\b", re.I)),
    ("list_watches", re.compile(r"\b(?:price )?watch(?:es|list)\b|\bwatching\b", re.I)),
)
_LOOK = re.compile(
    r"^\s*(?:please\s+)?(?:show|list|view|see|display|open|what(?:'s| is| are| do i have)?|check|my)\b", re.I
)
_NOT_A_LISTING = re.compile(
    r"\b(how much|total|shipping|checkout|check out|cost|tax|voucher|order (?:id )?ord_|ord_\w+)\b", re.I
)


def listing_tool(text: str) -> str | None:
    """The read with no arguments that `text` asks for ("what's in my cart?"), or None."""
    if any(p.search(text) for p in EFFECT_WORDS.values()) or _NOT_A_LISTING.search(text):
        return None
    if not _LOOK.search(text):
        return None
    for name, pattern in _LISTINGS:
        if pattern.search(text):
            return name
    return None


def classify(text: str, *, referred: int, cart_lines: int) -> Intent | None:
    """The intent of one deep turn. `referred`: earlier results the words point at (resolved by the
    session); `cart_lines`: lines in the cart now."""
    if _SOCIAL.match(text):
        return None
    listing = listing_tool(text)
    if listing is not None:  # "show my cart" (code answers these unless --deep forces the model)
        return Intent("listing", (listing,), (listing,), True)
    cart_words = EFFECT_WORDS["cart"].search(text)
    if _WATCH_STOP.search(text):
        return Intent("watch_remove", ("list_watches", "remove_watch"), ("remove_watch",), True)
    if EFFECT_WORDS["watch"].search(text):
        tools = ("create_watch",) if referred else ("search_products", "create_watch")
        return Intent("watch_create", tools, ("create_watch",), True)
    if cart_lines and _REMOVE.search(text) and cart_words:
        return Intent("cart_remove", ("remove_from_cart",), ("remove_from_cart",), True)
    if cart_lines and _QUANTITY.search(text) and (cart_words or "quantity" in text.lower()):
        return Intent("cart_quantity", ("update_cart_quantity",), ("update_cart_quantity",), True)
    if _ADD.search(text) and cart_words:
        if referred:
            return Intent("cart_add", ("add_to_cart",), ("add_to_cart",), True)
        return Intent("cart_add", ("search_products", "add_to_cart"), ("add_to_cart",), True)
    if cart_lines and (EFFECT_WORDS["checkout_prepare"].search(text) or _CHECKOUT.search(text)):
        return Intent("checkout", ("prepare_checkout",), ("prepare_checkout",), True)
    if _COMPARE.search(text):
        # The comparison written by code (cheapest, best rated, what differs) is the answer: asked
        # "which has the better rating?", the default model was seen to pick the lower one.
        if referred >= 2:
            return Intent("compare", ("compare_products",), ("compare_products",), True)
        return Intent("compare", ("search_products", "compare_products"), ("compare_products",), True)
    if _REVIEWS.search(text):
        # The extractive summary is the answer: a small model asked about reviews invents pros and cons.
        if referred:
            return Intent("reviews", ("summarize_reviews",), ("summarize_reviews",), True)
        return Intent("reviews", ("search_products", "summarize_reviews"), ("summarize_reviews",), True)
    if referred:
        return Intent("detail", ("get_product",), ("get_product",), False)
    if re.search(r"[A-Za-z]{3,}", text):
        # A vague or conversational request: the model turns it into a search, code lists the results.
        return Intent("search", ("search_products",), ("search_products",), True)
    return None


def intent_for(
    reading: Any, *, referred: int, cart_lines: int, text: str | None = None, shown: int | None = None
) -> Intent | None:
    """The guided intent for a turn's reading (agent/reading.py): which tools a step may call and
    which call meets it. None: no clear intent (the free loop), or one code answers itself.

    With `text`, an unsure reading is guided by the words' patterns (`classify`), else, when it is
    read as a search with nothing pointed at, as a search: left free, the model wandered from the
    search into product pages, reviews and an add the gate refused (5-6 steps, 30-40 s for
    "100美元以下的机械键盘有哪些？")."""
    if reading.unsure():
        found = classify(text, referred=referred, cart_lines=cart_lines) if text is not None else None
        # a question about results when none are shown ("100美元以下的机械键盘有哪些？", ask_results
        # at 0.29 on a first turn) can only be answered by a search
        asks_shown = reading.intent in ("ask_results", "compare", "reviews", "detail") and shown == 0
        searches = reading.intent in ("search", "refine") or asks_shown
        if found is None and text is not None and searches and not referred:
            return Intent("search", ("search_products",), ("search_products",), True)
        return found
    name = reading.intent
    search_first = () if referred else ("search_products",)
    if name == "cart_add":
        return Intent("cart_add", (*search_first, "add_to_cart"), ("add_to_cart",), True)
    if name in ("cart_remove", "cart_clear") and cart_lines:
        return Intent("cart_remove", ("remove_from_cart",), ("remove_from_cart",), True)
    if name == "cart_set_quantity" and cart_lines:
        return Intent("cart_quantity", ("update_cart_quantity",), ("update_cart_quantity",), True)
    if name == "checkout" and cart_lines:
        return Intent("checkout", ("prepare_checkout",), ("prepare_checkout",), True)
    if name == "watch_create":
        return Intent("watch_create", (*search_first, "create_watch"), ("create_watch",), True)
    if name == "watch_remove":
        return Intent("watch_remove", ("list_watches", "remove_watch"), ("remove_watch",), True)
    if name in ("view_cart", "list_orders", "list_watches"):
        return Intent("listing", (name,), (name,), True)
    if name == "compare":
        if referred >= 2:
            return Intent("compare", ("compare_products",), ("compare_products",), True)
        return Intent("compare", ("search_products", "compare_products"), ("compare_products",), True)
    if name == "reviews":
        return Intent("reviews", (*search_first, "summarize_reviews"), ("summarize_reviews",), True)
    if name in ("detail", "ask_results") and referred:
        return Intent("detail", ("get_product",), ("get_product",), False)
    if name in ("search", "refine", "plan", "ask_results", "detail"):
        return Intent("search", ("search_products",), ("search_products",), True)
    return None
