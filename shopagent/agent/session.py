"""A conversation: constraints and results carried across turns, follow-ups resolved in code first.

Per turn, in order:
1. References to earlier results ("the second one", "the first two", "#3") are resolved to ids.
2. What code can do alone, it does, with no model tokens: "show me the second one" (product view),
   "compare the first two" (comparison), and refinements of the last search — "cheaper" (max price
   below the median of the last results), "more expensive", "in blue", "only Merrell", "under 100",
   "in stock" (parsed by the rule-based parser and merged into the carried constraints).
3. Otherwise the router picks the fast path (parse + search) or the model (deep path); the model is
   loaded only when a turn needs it.
History stays bounded: the system prompt and tools never change; older turns keep only the user's
words and the final answer (tool calls and results are dropped once a turn is two turns old).
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from shopagent.agent import gates
from shopagent.agent.answers import describe_call, describe_reviews
from shopagent.agent.effects import (
    Resolution,
    ask_first,
    resolve_add,
    resolve_cart_line,
    resolve_clear,
    resolve_watch,
)
from shopagent.agent.grounding import Facts, describe_item
from shopagent.agent.intents import listing_tool
from shopagent.agent.loop import AgentResult, Event, TurnOptions, inert, run_agent
from shopagent.agent.reading import _DOUBT_CUES, AFFIRM_SURE, Reading
from shopagent.agent.reading import read as read_turn
from shopagent.agent.router import Decision, Route, decide, fast_answer
from shopagent.agent.toolcalls import ToolCall
from shopagent.agent.toolkit import ToolSet
from shopagent.search.models import Constraints

KEEP_TURNS = 4  # earlier turns kept in the prompt: the user's words and a one-line note of the answer
NOTE_CHARS = 160  # every prompt token costs ~30 ms of prefill on 2 cores; the note is enough context
SEARCH_LIMIT = 10
CONTEXT_ITEMS = 5  # earlier results listed for the model when the user points at them

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
_IT = re.compile(r"\b(?:it|that one|this one)\b|\b(?:that|this)\s*[.!?]?\s*$", re.I)
_FIRST_N = re.compile(r"\b(?:the\s+)?(?:first|top)\s+(two|three|four|2|3|4)\b", re.I)
# "add the cheapest one", "the best rated of them": an earlier result picked by price or rating. Not
# "the cheapest air fryers", which asks for a new search.
_SUPERLATIVE = re.compile(
    r"\bthe (cheapest|least expensive|lowest priced|most expensive|priciest|best[- ]rated|highest[- ]rated|"
    r"top[- ]rated)(?:\s+(?:one|of (?:them|those|these))\b|\s*[.?!,]|\s*$|\s+(?=to\b|in\b|for\b|from\b))",
    re.I,
)
_SHOW = re.compile(
    r"^\s*(?:please\s+)?(?:show( me)?|tell me (?:more )?about|details?( (?:of|on|for))?|"
    r"more (?:about|on)|open|what about|and)\b",
    re.I,
)
_COMPARE = re.compile(r"\b(compare|comparison|vs\.?|versus)\b", re.I)
# A question about what reviewers say of one earlier result: answered from the extractive summary.
_REVIEWS = re.compile(
    r"\b(reviews?|reviewers?|ratings?|(people|customers|buyers|users|owners) (say|think))\b", re.I
)
_CHEAPER = re.compile(r"\b(cheaper|less expensive|lower price|more affordable|budget)\b", re.I)
_PRICIER = re.compile(r"\b(more expensive|pricier|higher end|premium|fancier)\b", re.I)
_REFINE_LEAD = re.compile(
    r"^\s*(?:(?:any|anything|something|ones?|show me|what about|how about|and|but|only|just|now|maybe|"
    r"in|with|from|by|make (?:it|them)|i (?:want|need|prefer)|prefer(?:ably)?|please)\b"
    r"|[\w'-]+\s+(?:only|ones)\b)",
    re.I,
)


@dataclass
class TurnResult:
    answer: str
    route: Route
    reason: str
    results: list[dict[str, Any]] = field(default_factory=list)
    tool_calls: list[dict[str, Any]] = field(default_factory=list)
    stop_reason: str = "answered"
    steps: int = 0
    tokens_in: int = 0
    tokens_out: int = 0
    replaced: bool = False
    streamed: bool = False
    constraints: Constraints | None = None
    view: dict[str, Any] | None = None  # a product or comparison view when code answered with one
    timings: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # for stderr
    reading: Any = None  # the turn's Reading (agent/reading.py)


class Session:
    """State for `chat` (many turns) and `ask` (one)."""

    def __init__(
        self,
        deps: Any,
        model_factory: Callable[[], Any] | None = None,
        toolset: ToolSet | None = None,
        *,
        guided: bool = True,
        resolve_effects: bool = True,
    ):
        """`guided=False` turns off intent-guided decoding (intents.py): every deep step is free, as
        for a request with no clear intent. The security suite uses it to test the gates alone.
        `resolve_effects=False` leaves changes code could resolve (effects.py) to the model."""
        self.deps = deps
        self.guided = guided
        self.resolve_effects = resolve_effects
        self._model_factory = model_factory
        self._model: Any = None
        self._toolset = toolset
        self.history: list[list[dict[str, Any]]] = []  # one list of messages per turn
        self.constraints = Constraints()
        self.query_text = ""
        self.last_results: list[dict[str, Any]] = []
        self.last_shown: dict[str, Any] | None = None  # the one product the last turn showed ("it")
        self.facts = Facts()
        self.known_ids: set[str] = set()
        self._vocab: Any = None
        self.model_seconds = 0.0
        self._model_error = ""

    # -- lazily built handles -----------------------------------------------------------------
    @property
    def toolset(self) -> ToolSet:
        if self._toolset is None:
            from shopagent.agent.registry import default_toolset

            self._toolset = default_toolset()
        return self._toolset

    @property
    def model(self) -> Any:
        if self._model is None:
            if self._model_factory is None:
                from shopagent.errors import ShopError

                raise ShopError("this request needs the language model, but none is available")
            started = time.perf_counter()
            self._model = self._model_factory()
            self.model_seconds = time.perf_counter() - started
        return self._model

    def _model_available(self) -> bool:
        from shopagent.errors import ShopError

        try:
            self.model  # noqa: B018 - loads it
        except ShopError as exc:
            self._model_error = str(exc)
            return False
        return True

    @property
    def model_loaded(self) -> bool:
        return self._model is not None

    def vocab(self) -> Any:
        if self._vocab is None:
            from shopagent.search.vocab import load_vocabulary

            self._vocab = load_vocabulary(self.deps)
        return self._vocab

    def reset(self) -> None:
        self.history.clear()
        self.constraints = Constraints()
        self.query_text = ""
        self.last_results = []
        self.last_shown = None
        self.facts = Facts()
        self.known_ids = set()

    # -- one turn -------------------------------------------------------------------------------
    def ask(
        self,
        text: str,
        *,
        force: Route | None = None,
        narrate: bool = True,
        max_steps: int = 6,
        on_event: Event | None = None,
    ) -> TurnResult:
        started = time.perf_counter()
        text = " ".join(text.split())
        reading = self.read(text)
        turn = None
        if force != "deep":
            turn = self._code_turn(text, reading)
        if turn is None and reading.effect is not None and not reading.affirmative:
            # A negated, hypothetical or doubtful change: nothing changes, and the answer says how to ask.
            turn = self._say_turn(text, ask_first(reading), decide(text, force=force).route, "not affirmed")
        if turn is None:
            decision = self._route(text, reading, force)
            if decision.route == "fast":
                turn = self._fast_turn(text, decision.reason)
            else:
                turn = self._deep_turn(text, decision.reason, narrate, max_steps, on_event, reading, force)
        turn.reading = reading
        turn.timings["total"] = round(time.perf_counter() - started, 3)
        return turn

    # -- the reading ----------------------------------------------------------------------------------
    def read(self, text: str) -> Reading:
        """The turn's one reading. The embedding layer runs when the search's embedder is the one the
        classifier was trained on (a test's fake embedder leaves the n-gram layer alone)."""
        from shopagent.agent.intent_model import load_intent_model
        from shopagent.errors import ShopError

        vector = None
        options: dict[str, list[str]] = {}
        vocab = None
        if self._vocab is not None or "catalog" in self.deps.__dict__:
            # Only a catalog already open: reading must not import one ("show my cart --deep").
            try:
                vocab = self.vocab()
                facets = self.deps.catalog.facet_values().get("options") or {}
                options = {str(k): [str(v) for v in vs] for k, vs in facets.items()}
            except ShopError:
                vocab = None  # an unreadable catalog: the words are still read
        classifier = load_intent_model()
        if text and classifier.embedder_identity:
            try:
                embedder = self.deps.embedder
                if getattr(embedder, "identity", None) == classifier.embedder_identity:
                    vector = embedder.embed_query(text)
            except ShopError:
                vector = None
        return read_turn(text, vocab=vocab, vector=vector, option_values=options)

    def _route(self, text: str, reading: Reading, force: Route | None) -> Decision:
        """Fast search or the agent loop. The reading decides in any language; the router's word
        patterns (router.py) only break ties for requests the reading calls a search."""
        decision = decide(text, force=force)
        if force is not None:
            return decision
        browsing = reading.intent in ("search", "refine") and decision.reason == "action"
        if browsing and (not reading.unsure() or not reading.affirmative):
            return Decision("fast", "product request")  # "just browsing tents, don't add anything"
        if reading.unsure():
            return decision
        if decision.route == "fast" and reading.intent not in ("search", "refine", "other"):
            return Decision("deep", reading.intent)  # "añade el primero al carrito", "比较前两个"
        return decision

    def _permit(self, text: str, reading: Reading) -> gates.Permit:
        """Which effects may run this turn: those the reading, affirmative, asks for; and the action
        verbs of the user's words when the reading is affirmative and shows no doubt."""
        if not reading.affirmative:
            return gates.Permit(refusal=f"the user's request is {reading.mode}: nothing may change")
        effects = set(reading.allowed_effects())
        doubt = reading.mode_confidence < AFFIRM_SURE and _DOUBT_CUES.search(text)
        if not doubt:
            effects |= {name for name, pattern in gates.EFFECT_WORDS.items() if pattern.search(text)}
        return gates.Permit(frozenset(effects), reading.quantity)

    def _say_turn(self, text: str, answer: str, route: Route, reason: str) -> TurnResult:
        """A turn code answers in words and that changes nothing (a question back, a refusal)."""
        self._remember(text, answer)
        return TurnResult(answer, route, reason)

    # -- code paths (no model) ------------------------------------------------------------------
    def _code_turn(self, text: str, reading: Reading | None = None) -> TurnResult | None:
        if reading is not None and reading.intent == "plan" and not reading.unsure() and reading.affirmative:
            return self._plan_turn(text, reading)
        listing = listing_tool(text)
        if listing is None and reading is not None and not reading.unsure() and reading.affirmative:
            listing = _LISTING_OF.get(reading.intent)
        if listing is not None and listing in self.toolset:
            return self._listing_turn(text, listing)
        if not self.last_results:
            return None
        refs = self.references(text)
        if (
            reading is not None
            and reading.intent == "ask_results"
            and not reading.unsure()
            and len(refs) != 1
        ):
            turn = self._over_results_turn(text)
            if turn is not None:
                return turn
        if _COMPARE.search(text) and len(refs) >= 2 and self._only_reference(text, compare=True):
            return self._compare_turn(text, refs)
        if len(refs) == 1 and _SHOW.search(text) and self._only_reference(text):
            return self._show_turn(text, refs[0])
        if len(refs) == 1 and _REVIEWS.search(text):
            return self._reviews_turn(text, refs[0])
        if len(refs) == 1 and decide(text).reason != "action":
            turn = self._facts_turn(text, refs[0])
            if turn is not None:
                return turn
        if not refs:
            turn = self._refine_turn(text)
            if turn is None and reading is not None and reading.intent == "refine" and not reading.unsure():
                turn = self._carried_search_turn(text)
            return turn
        return None

    def _carried_search_turn(self, text: str) -> TurnResult:
        """A follow-up the reading calls a refinement ("in navy, size M", "sort by rating", "show me
        more"): the last search again, with every constraint it had plus what these words add (stated
        in a refinement, they filter), never a fresh search that would drop the user's bounds."""
        from shopagent.search.parse import parse_query

        newer = parse_query(text, self.vocab()).constraints
        merged = self.constraints.merged(newer.hard_only())
        if (
            merged.max_price is not None
            and merged.min_price is not None
            and merged.min_price > merged.max_price
        ):
            merged.min_price = newer.min_price if newer.min_price is not None else None
            merged.max_price = newer.max_price if newer.min_price is None else None
        sort = next((order for pattern, order in _ORDER_WORDS if pattern.search(text)), None)
        if sort is None and _BY_RATING.search(text):
            sort = "rating"
        elif sort is None and _BY_PRICE.search(text):
            sort = "price"
        return self._search_turn(text, self.query_text, merged, "refinement", sort=sort)

    def _plan_turn(self, text: str, reading: Reading) -> TurnResult:
        """ "Going camping with two kids, budget 600": a shopping list under the budget (plan/), its
        items shown as results so "add the first one" and "compare the first two" work after it."""
        from shopagent.plan.planner import budget_from_text, plan_list

        budget = reading.price.max if reading.price.max is not None else budget_from_text(text)
        if budget is None:
            return self._say_turn(
                text, 'What is your budget for this? For example: "budget 600".', "fast", "plan"
            )
        plan = plan_list(self.deps, text, budget, model=self._model)  # the model only if already loaded
        items = plan.get("items") or []
        currency = plan.get("currency") or ""
        lines = [f"{plan.get('scenario') or 'Your list'}, budget {budget:g} {currency}:"]
        for n, item in enumerate(items, 1):
            lines.append(
                f"{n}. {item.get('role')}: {item.get('title')} ({item.get('sku')})"
                f" × {item.get('quantity', 1)} = {item.get('line_total', item.get('price'))} {currency}"
            )
        lines.append(f"Total {plan.get('total')} {currency}.")
        if plan.get("unfilled_roles"):
            lines.append("Nothing fitted for: " + ", ".join(plan["unfilled_roles"]) + ".")
        answer = "\n".join(lines)
        self.last_results = [i for i in items if i.get("product_id")]
        self.last_shown = None
        self._learn(plan, self.last_results)
        self._remember(text, answer, f"Planned {len(items)} items for {budget:g} {currency}.")
        call = {"name": "plan_shopping_list", "arguments": {"text": text, "budget": budget}, "ok": True}
        return TurnResult(answer, "fast", "plan", results=self.last_results, tool_calls=[call], view=plan)

    def _over_results_turn(self, text: str) -> TurnResult | None:
        """ "Which of these is the warmest?": answered from the shown results' attributes, with the
        constraints and results of the last search left as they are. None: the model answers."""
        from shopagent.agent.over_results import answer_over_results
        from shopagent.catalog.views import product_view

        shown = self.last_results[:CONTEXT_ITEMS]
        views = [product_view(self.deps, r["product_id"]) for r in shown]
        labels = [f"#{i} {r.get('title', r['product_id'])}" for i, r in enumerate(shown, 1)]
        answer = answer_over_results(text, views, labels)
        if answer is None:
            return None
        for view in views:
            self._learn(view, [])
        self._remember(text, answer)
        ids = [r["product_id"] for r in shown]
        call = {"name": "compare_products", "arguments": {"product_ids": ids}, "ok": True}
        return TurnResult(answer, "fast", "over results", results=list(self.last_results), tool_calls=[call])

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

    def _show_turn(self, text: str, item: dict[str, Any]) -> TurnResult:
        from shopagent.agent.tools.catalog import get_product

        output = get_product.call(self.deps, {"product_id": item["product_id"]})
        self._learn(output.data, output.items)
        from shopagent.catalog.views import product_view

        view = product_view(self.deps, item["product_id"])
        self.last_shown = item
        answer = describe_item(output.items[0])
        headline = (view.get("review_summary") or {}).get("headline")
        if headline:
            answer += f"\nReviews: {headline}"
        call = {"name": "get_product", "arguments": {"product_id": item["product_id"]}, "ok": True}
        self._remember(text, answer, f"Showed product {item['product_id']}.")
        return TurnResult(answer, "fast", "reference", results=output.items, tool_calls=[call], view=view)

    def _facts_turn(self, text: str, item: dict[str, Any]) -> TurnResult | None:
        """A question about an earlier result that names one of its attributes or options ("is the
        first one waterproof?", "what sizes does the second one come in?"): the catalog row answers
        it exactly. None when the question names none (the model answers those)."""
        from shopagent.catalog.views import product_view

        view = product_view(self.deps, item["product_id"])
        asked = _asked_facts(text, view)
        if not asked:
            return None
        self._learn(view, [])
        self.last_shown = item
        answer = "\n".join([describe_item(item), *asked])
        call = {"name": "get_product", "arguments": {"product_id": item["product_id"]}, "ok": True}
        self._remember(text, answer, f"Answered from product {item['product_id']}: {'; '.join(asked)[:100]}")
        return TurnResult(answer, "fast", "reference", results=[item], tool_calls=[call], view=view)

    def _listing_turn(self, text: str, name: str) -> TurnResult:
        """ "What's in my cart", "show my orders", "list my watches": one read with no arguments, so
        there is nothing for the model to decide; code calls it and words the answer."""
        data = self.toolset.get(name).call(self.deps, {})
        gates.collect_ids(data, self.known_ids)
        self.facts.add_result(data)
        call = {"name": name, "arguments": {}, "ok": True, "result": data}
        answer = describe_call(call) or ""
        self._remember(text, answer)
        shown = {k: call[k] for k in ("name", "arguments", "ok")}
        return TurnResult(answer, "fast", "listing", tool_calls=[shown])

    def _reviews_turn(self, text: str, item: dict[str, Any]) -> TurnResult:
        """Review questions about one earlier result: a small model asked this invents pros and cons,
        so the answer comes from the extractive summary instead."""
        from shopagent.agent.tools.catalog import summarize_reviews

        output = summarize_reviews.call(self.deps, {"product_id": item["product_id"]})
        self.last_shown = item
        answer = describe_reviews(output.data, lead=describe_item(item))
        call = {"name": "summarize_reviews", "arguments": {"product_id": item["product_id"]}, "ok": True}
        self._remember(text, answer, f"Summarized the reviews of {item['product_id']}.")
        return TurnResult(answer, "fast", "reference", results=[item], tool_calls=[call])

    def _compare_turn(self, text: str, items: list[dict[str, Any]]) -> TurnResult:
        from shopagent.agent.tools.catalog import compare_products
        from shopagent.catalog.views import compare_view

        ids = [i["product_id"] for i in items[:4]]
        output = compare_products.call(self.deps, {"product_ids": ids})
        self._learn(output.data, output.items)
        view = compare_view(self.deps, ids)
        by_id = {i["product_id"]: i for i in output.items}
        lines = [f"{n}. {describe_item(by_id[pid])}" for n, pid in enumerate(ids, 1) if pid in by_id]
        if view.get("cheapest") in by_id:
            lines.append(f"Cheapest: {by_id[view['cheapest']]['title']} ({view['cheapest']}).")
        if view.get("best_rated") in by_id:
            lines.append(f"Best rated: {by_id[view['best_rated']]['title']} ({view['best_rated']}).")
        if view.get("differences"):
            lines.append("They differ in: " + ", ".join(view["differences"][:6]) + ".")
        answer = "\n".join(lines)
        call = {"name": "compare_products", "arguments": {"product_ids": ids}, "ok": True}
        self._remember(text, answer, f"Compared {', '.join(ids)}.")
        return TurnResult(answer, "fast", "reference", results=output.items, tool_calls=[call], view=view)

    def _refine_turn(self, text: str) -> TurnResult | None:
        """A follow-up that only changes filters of the last search; None when it is something else."""
        from shopagent.search.parse import parse_query

        parsed = parse_query(text, self.vocab())
        newer = parsed.constraints.model_copy(deep=True)
        prices = sorted(float(r["price"]) for r in self.last_results if r.get("price") is not None)
        reason = None
        if _CHEAPER.search(text) and prices and newer.max_price is None:
            median = statistics.median(prices)
            newer.max_price = round(max(median - 0.01, 0.01), 2)
            reason = "cheaper"
        elif _PRICIER.search(text) and prices and newer.min_price is None:
            newer.min_price = round(statistics.median(prices) + 0.01, 2)
            reason = "pricier"
        leftover = _leftover_words(parsed.text)
        if reason is None:
            if newer.is_empty():
                return None
            if newer.category and newer.category != self.constraints.category:
                return None  # another kind of product: a new search, not a refinement
            # "in blue", "only Merrell", "under 100": filters and nothing else worth searching for.
            if leftover > 1 or (leftover == 1 and not _REFINE_LEAD.search(text)):
                return None
            if decide(text).reason in ("action", "reviews", "comparison"):
                return None
            reason = "refinement"
        elif leftover > 2:
            return None
        if (
            newer.max_price is not None
            and self.constraints.min_price is not None
            and newer.max_price < self.constraints.min_price
        ):
            self.constraints.min_price = None
        merged = self.constraints.merged(newer)
        return self._search_turn(text, self.query_text, merged, reason)

    def _fast_turn(self, text: str, reason: str) -> TurnResult:
        from shopagent.search.parse import parse_query, soften

        parsed = parse_query(text, self.vocab())
        return self._search_turn(text, parsed.text or text, soften(parsed), reason)

    def _search_turn(
        self, text: str, query: str, constraints: Constraints, reason: str, *, sort: str | None = None
    ) -> TurnResult:
        from shopagent.agent.tools.catalog import search_products

        t0 = time.perf_counter()
        arguments = _search_arguments(query, constraints)
        if sort is not None:
            arguments["sort"] = sort
        output = search_products.call(self.deps, arguments)
        searched = round(time.perf_counter() - t0, 3)
        # Words of the request must not become filters that empty the result: the tool searched
        # without them (hybrid.search_relaxing), and the carried constraints drop them too.
        relaxed = [k for k in output.data.get("relaxed", []) if k in constraints.attributes]
        notes = []
        if relaxed:
            constraints = constraints.model_copy(deep=True)
            for key in relaxed:
                del constraints.attributes[key]
            arguments = _search_arguments(query, constraints)  # the search as it was applied
            notes.append(f"nothing matched {', '.join(relaxed)} as a filter; searched without it")
        self.constraints = constraints
        self.query_text = query
        self.last_results = output.items
        self.last_shown = output.items[0] if len(output.items) == 1 else None
        self._learn(output.data, output.items)
        answer = fast_answer(output.items, text)
        self._remember(text, answer, _search_note(output.items, query))
        call = {"name": "search_products", "arguments": arguments, "ok": True}
        return TurnResult(
            answer,
            "fast",
            reason,
            results=output.items,
            tool_calls=[call],
            constraints=constraints,
            timings={"search": searched},
            notes=notes,
        )

    # -- the model ------------------------------------------------------------------------------
    def _deep_turn(
        self,
        text: str,
        reason: str,
        narrate: bool,
        max_steps: int,
        on_event: Event | None,
        reading: Reading | None = None,
        force: Route | None = None,
    ) -> TurnResult:
        from shopagent.agent.intents import Intent, classify, intent_for

        reading = reading if reading is not None else self.read(text)
        refs = self.references(text) if self.last_results else []
        if not refs and self.last_results and reading.references:
            refs = self._positions(reading.references)  # "el segundo", "第二个", "den ersten"
        if not refs and self.last_shown is not None and _IT.search(text):
            refs = [self.last_shown]  # "add it to my cart" right after one product was shown
        cart_lines = self._cart_items()
        intent = None
        if self.guided:
            intent = intent_for(reading, referred=len(refs), cart_lines=len(cart_lines))
            if intent is None and reading.unsure():
                intent = classify(text, referred=len(refs), cart_lines=len(cart_lines))
        if not refs and intent is not None and intent.name in ("cart_remove", "cart_quantity"):
            refs = _cart_references(text, cart_lines)  # "remove the pillow", or the only line there is
        if self.guided and reading.intent == "ask_results" and not refs and len(self.last_results) >= 2:
            # A question over the shown results: the model answers from their comparison table; no
            # fresh search (which would drop the constraints the user set).
            refs = self.last_results[:4]
            intent = Intent("over_results", ("compare_products",), ("compare_products",), False)
        prefetch = _prefetch(intent, refs)
        if self.guided and self.resolve_effects and reading.affirmative:
            resolution = self._resolve_effect(reading, refs, cart_lines)
            if resolution is not None and resolution.read is not None:
                self._learn(resolution.read, [])  # the variant SKUs code read are ids it may use
            if resolution is not None and resolution.answer is not None:
                return self._say_turn(text, resolution.answer, "deep", "reading")
            if resolution is not None and resolution.calls:
                prefetch, refs = resolution.calls, resolution.refs
        model_text = text
        if refs:
            # Say in code which products the user means; a small model miscounts list positions.
            # Ids and prices only: catalog titles must never read as the user's own words.
            pointers = "; ".join(f"{_pointer(text, r, self.last_results)} = {_brief(r)}" for r in refs)
            model_text = f"{text}\n(Meaning: {pointers})"
        elif self.last_results and reason in ("follow-up", "action", "comparison", "reviews"):
            listing = "; ".join(
                f"{i}. {_brief(r)}" for i, r in enumerate(self.last_results[:CONTEXT_ITEMS], 1)
            )
            model_text = f"{text}\n(Earlier results: {listing})"
        resolved = bool(prefetch) and intent is not None and intent.terminal
        if not resolved and force is None and not self._model_available():
            # No usable model: a search answer beats an error for a request search can serve.
            turn = self._fast_turn(text, "model unavailable")
            turn.notes.append(f"answered by search only: {self._model_error}")
            return turn
        t0 = time.perf_counter()
        # A change code resolved in full needs no model step: load it only if the loop asks for one.
        model = _LazyModel(self) if resolved else self.model
        loaded = time.perf_counter() - t0
        # A turn whose target code has resolved (a cart change, a watch, a question about "the first
        # one") needs no earlier turns: the words and the resolved pointer are all the model uses,
        # and every history token costs ~30 ms of prefill.
        targeted = intent is not None and intent.name not in ("search",) and (refs or intent.terminal)
        history = [] if targeted else self._history_messages()
        result: AgentResult = run_agent(
            self.deps,
            model,
            self.toolset,
            history,
            text,
            TurnOptions(
                max_steps=max_steps,
                on_event=on_event,
                narrate=narrate,
                facts=self.facts,
                known_ids=self.known_ids,
                model_text=model_text,
                referred=refs,
                intent=intent,
                prefetch=prefetch,
                fix_arguments=self._argument_fixer(text),
                permit=self._permit(text, reading),
            ),
        )
        answer = result.answer
        results = result.results
        calls = result.tool_calls
        if result.replaced and not results:
            # The model answered from its own imagination: search the catalog instead.
            fallback = self._fast_turn(text, "fallback")
            answer, results = fallback.answer, fallback.results
            calls = calls + fallback.tool_calls
        else:
            searched = [i for i in results if i.get("score") is not None]
            if searched:
                self.last_results = searched
                self._carry_search(calls)
            if results:  # a turn that showed no product keeps what "it" meant
                self.last_shown = results[0] if len(results) == 1 else None
            touched = self._touched(calls, refs)
            if touched is not None:
                self.last_shown = touched  # "remove it" after "add the first one"
            self._remember(text, answer, said=model_text)
        return TurnResult(
            answer,
            "deep",
            reason,
            results=results,
            tool_calls=calls,
            stop_reason=result.stop_reason,
            steps=result.steps,
            tokens_in=result.tokens_in,
            tokens_out=result.tokens_out,
            replaced=result.replaced,
            streamed=result.streamed and not result.replaced,
            timings={"model_load": round(loaded, 3), "agent": round(result.seconds, 3)},
        )

    def _positions(self, positions: list[int]) -> list[dict[str, Any]]:
        n = len(self.last_results)
        out = []
        for p in positions:
            index = n if p == -1 else p
            if 1 <= index <= n and self.last_results[index - 1] not in out:
                out.append(self.last_results[index - 1])
        return out

    def _resolve_effect(
        self, reading: Reading, refs: list[dict[str, Any]], cart_lines: list[dict[str, Any]]
    ) -> Resolution | None:
        """The effect call(s) code can fix from the reading, or the question to ask; None: the model's."""
        target = refs[0] if len(refs) == 1 else None
        if reading.intent == "cart_add" and target is not None and target.get("product_id"):
            return resolve_add(self.deps, reading, target)
        if reading.intent in ("cart_remove", "cart_set_quantity") and cart_lines:
            if target is None:
                named = _cart_references(reading.text, cart_lines)
                target = named[0] if len(named) == 1 else None
            return resolve_cart_line(reading, target, cart_lines)
        if reading.intent == "cart_clear":
            return resolve_clear(cart_lines)
        if reading.intent == "watch_create":
            return resolve_watch(reading, target or self.last_shown, self.deps)
        return None

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

    def _argument_fixer(self, text: str) -> Callable[[str, dict[str, Any]], dict[str, Any]]:
        """Bounds for the model's searches from the rule parser's reading of the user's words: price
        and rating bounds replace the model's (it read "under 200" as min_price 200 now and then) or
        are dropped when the user stated none; category, brand, attributes and stock are added when
        the model gave none (a guided search step writes only the query), and so is the order the
        words ask for ("the cheapest", "best rated")."""
        from shopagent.search.parse import parse_query

        said = parse_query(text, self.vocab()).constraints
        numbers = gates.numbers_in(text)
        order = next((sort for pattern, sort in _ORDER_WORDS if pattern.search(text)), None)

        def fix(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
            if name == "add_to_cart" and self.resolve_effects:
                _check_variant_named(self.deps, text, arguments)
            if name != "search_products":
                return arguments
            out = dict(arguments)
            for key in ("min_price", "max_price", "min_rating"):
                read = getattr(said, key)
                if read is not None:
                    out[key] = read
                elif out.get(key) is not None and (
                    key != "min_rating"
                    and (said.min_price is not None or said.max_price is not None)
                    or not _said_number(out[key], numbers)
                ):
                    del out[key]  # a bound the user did not state
            if said.in_stock:
                out["in_stock"] = True
            for key in ("category", "brand"):
                if getattr(said, key) and not out.get(key):
                    out[key] = getattr(said, key)
            if said.attributes and not out.get("attributes"):
                out["attributes"] = dict(said.attributes)  # dropped by the tool if nothing matches
            if "sort" not in out and order is not None:
                out["sort"] = order
            return out

        return fix

    def _carry_search(self, calls: list[dict[str, Any]]) -> None:
        """A deep turn's search becomes the one later refinements ("cheaper", "in blue") change."""
        last = next((c for c in reversed(calls) if c.get("name") == "search_products" and c.get("ok")), None)
        if last is None:
            return
        args = last.get("arguments") or {}
        try:
            self.constraints = Constraints(
                **{k: args[k] for k in _CARRIED if args.get(k) is not None},
                attributes=dict(args.get("attributes") or {}),
            )
        except ValueError:
            return
        self.query_text = str(args.get("query") or "")

    def _touched(self, calls: list[dict[str, Any]], refs: list[dict[str, Any]]) -> dict[str, Any] | None:
        """The product the last successful cart or watch change in this turn acted on."""
        for call in reversed(calls):
            if not call.get("ok") or call.get("name") not in _TARGETED_EFFECTS:
                continue
            sku = (call.get("arguments") or {}).get("sku")
            for item in [*refs, *self.last_results]:
                if sku and sku in (item.get("sku"), item.get("product_id")):
                    return item
        return None

    # -- memory -------------------------------------------------------------------------------------
    def _learn(self, data: Any, items: list[dict[str, Any]]) -> None:
        gates.collect_ids(data, self.known_ids)
        gates.collect_ids(items, self.known_ids)
        self.facts.add_result(data)
        for item in items:
            self.facts.add_result(item)

    def _remember(self, text: str, answer: str, note: str | None = None, *, said: str | None = None) -> None:
        """Every turn becomes context for later model turns, cheaply: the user's words (`said`: what
        the model read, references included) and a one-line `note` of the answer (default: its first
        line). Tool calls and results are not kept: a follow-up that needs a product again fetches it."""
        self.facts.add_user(text)
        line = (note or answer).strip().split("\n", 1)[0]
        if len(line) > NOTE_CHARS:
            line = line[: NOTE_CHARS - 1] + "…"
        # Answers are rendered from catalog rows: they go back into later prompts inert.
        self.history.append(
            [{"role": "user", "content": said or text}, {"role": "assistant", "content": inert(line)}]
        )
        self.history = self.history[-KEEP_TURNS:]

    def _history_messages(self) -> list[dict[str, Any]]:
        return [m for turn in self.history for m in turn]


_BY_RATING = re.compile(
    r"\b(?:rating|ratings|rated|reviews?|stars?)\b|valoraci|bewertung|note|评分|評価", re.I
)
_BY_PRICE = re.compile(r"\b(?:price|cheap\w*|cost)\b|precio|preis|prix|价格|値段", re.I)
_LISTING_OF = {"view_cart": "view_cart", "list_orders": "list_orders", "list_watches": "list_watches"}


class _LazyModel:
    """The session's model, loaded on the first step that needs it (a prefetched change needs none)."""

    def __init__(self, session: Session):
        self._session = session

    def complete(self, *args: Any, **kwargs: Any) -> Any:
        return self._session.model.complete(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._session.model, name)


_ORDER_WORDS = (
    (re.compile(r"\b(cheapest|least expensive|lowest[- ]priced?|lowest price)\b", re.I), "price"),
    (re.compile(r"\b(most expensive|priciest|highest[- ]priced?)\b", re.I), "-price"),
    (re.compile(r"\b(best|highest|top)[- ]rated\b", re.I), "rating"),
)
# The constraints a search call carries as arguments, in the order `ask --json` shows them.
_CARRIED = ("max_price", "min_price", "category", "brand", "min_rating", "in_stock")
_TARGETED_EFFECTS = frozenset({"add_to_cart", "update_cart_quantity", "create_watch"})


def _check_variant_named(deps: Any, text: str, arguments: dict[str, Any]) -> None:
    """A SKU the model chose for an add must not guess an option the user left open: when the
    product's in-stock variants differ in an option the words do not name (or the words name one it
    lacks), the call is refused with what code would have said ("Which size (S, M, L)...?")."""
    from shopagent.agent.reading import Reading
    from shopagent.agent.toolkit import ToolError
    from shopagent.errors import ShopError

    sku = str(arguments.get("sku") or "")
    if not sku:
        return
    try:
        resolution = resolve_add(deps, Reading(text=text), {"product_id": sku})
    except ShopError:
        return  # an unknown SKU: the tool's own error names the valid ones
    if resolution.answer is not None:
        raise ToolError(resolution.answer)


def _said_number(value: Any, numbers: set[int]) -> bool:
    try:
        return int(round(float(value))) in numbers
    except (TypeError, ValueError):
        return False


def _cart_references(text: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
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


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_GENERIC_KEYS = frozenset({"type", "style", "level", "kind", "count", "number", "size", "one"})


def _asked_facts(text: str, view: dict[str, Any]) -> list[str]:
    """Lines answering the attributes and options `text` names, from a product view."""
    said = {_stem(w) for w in re.findall(r"[a-z]+", text.lower().replace("colour", "color"))}
    lines: list[str] = []
    for key, value in (view.get("attributes") or {}).items():
        key_words = {_stem(w) for w in re.findall(r"[a-z]+", str(key).lower())}
        value_words = {_stem(w) for w in re.findall(r"[a-z]+", str(value).lower())} - {"yes", "no"}
        head = _stem(re.findall(r"[a-z]+", str(key).lower())[-1]) if key_words else ""
        named = key_words <= said or (head in said and head not in _GENERIC_KEYS)
        if key_words and (named or (value_words and value_words <= said)):
            lines.append(f"{str(key).replace('_', ' ').capitalize()}: {value}.")
    variants = view.get("variants") or []
    names = list(dict.fromkeys(k for v in variants for k in (v.get("options") or {})))
    for name in names:
        values: dict[str, bool] = {}
        for v in variants:
            option = (v.get("options") or {}).get(name)
            if option is not None:
                values[str(option)] = values.get(str(option), False) or bool(v.get("in_stock"))
        value_words = {_stem(w) for o in values for w in re.findall(r"[a-z]+", o.lower())}
        if _stem(name) in said or value_words & said:
            shown = ", ".join(o if live else f"{o} (out of stock)" for o, live in values.items())
            lines.append(f"{name.replace('_', ' ').capitalize()}s: {shown}.")
    return lines


def _prefetch(intent: Any, refs: list[dict[str, Any]]) -> list[ToolCall]:
    """The read a question about earlier results needs, when the references fix its arguments."""
    if intent is None:
        return []
    if intent.name == "detail" and len(refs) == 1:
        return [ToolCall("get_product", {"product_id": refs[0]["product_id"]})]
    if intent.name in ("compare", "over_results") and len(refs) >= 2:
        return [ToolCall("compare_products", {"product_ids": [r["product_id"] for r in refs[:4]]})]
    return []


def _search_note(items: list[dict[str, Any]], query: str) -> str:
    if not items:
        return f"No matches for {query!r}."
    top = ", ".join(str(i["product_id"]) for i in items[:3])
    return f"Found {len(items)} matches for {query!r} (top: {top})."


def _leftover_words(text: str) -> int:
    words = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _FILLER]
    return len(words)


_FILLER_WORDS = (
    "any anything something ones one them those these show me what about how and but only just now maybe "
    "in with from by make it i want need prefer preferably please instead too also options option ok okay "
    "then same thing things stuff"
)
_FILLER = frozenset(_FILLER_WORDS.split())


def _search_arguments(query: str, c: Constraints) -> dict[str, Any]:
    args: dict[str, Any] = {"query": query or "products"}
    for key in _CARRIED:
        value = getattr(c, key)
        if value is not None:
            args[key] = value
    if c.attributes:
        args["attributes"] = dict(c.attributes)
    args["limit"] = SEARCH_LIMIT
    return args


def _brief(item: dict[str, Any]) -> str:
    """`product P00012, sku P00012-9-BLK, price 149.0`: each value labelled and comma-separated (with
    the price right after the SKU, the model once copied "P01417-STANDARD $34.95" as the SKU)."""
    sku = f", sku {item['sku']}" if item.get("sku") and item["sku"] != item["product_id"] else ""
    return f"product {item['product_id']}{sku}, price {item.get('price')}"


def _pointer(text: str, item: dict[str, Any], listing: list[dict[str, Any]]) -> str:
    try:
        return f"#{listing.index(item) + 1}"
    except ValueError:
        return item["product_id"]
