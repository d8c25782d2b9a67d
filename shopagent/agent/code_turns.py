"""Turns code answers without the model: listings, questions over the shown results, a shopping plan,
a product, its reviews or a comparison of earlier results, and searches (fresh, refined, carried).

`CodeTurns` is a part of Session (agent/session.py): its methods read and update the session's
carried constraints and results, and remember each turn in its history.
"""

from __future__ import annotations

import dataclasses
import re
import statistics
import time
from dataclasses import dataclass, field
from typing import Any

from shopagent.agent import gates
from shopagent.agent.answers import describe_call, describe_reviews
from shopagent.agent.grounding import Facts, describe_item
from shopagent.agent.intents import listing_tool
from shopagent.agent.questions import names_product, other_kind
from shopagent.agent.reading import Reading
from shopagent.agent.refining import SLOT_WORDS, kept_kind, new_bound, with_options, without_slots
from shopagent.agent.router import Route, decide, fast_answer, fast_lead
from shopagent.agent.toolkit import ToolSet
from shopagent.search.models import Constraints
from shopagent.text.followups import CHEAPER, COURTESY, PRICIER, dropped_slots, without_dismissals

SEARCH_LIMIT = 10

CONTEXT_ITEMS = 5  # earlier results listed for the model when the user points at them

_SHOW = re.compile(
    r"^\s*(?:please\s+)?(?:show( me)?|tell me (?:more )?about|details?( (?:of|on|for))?|"
    r"more (?:about|on)|open|what about|and)\b",
    re.I,
)

_ABOUT_RESULTS = frozenset({"ask_results", "reviews", "compare"})  # intents a question over results has
_COMPARE = re.compile(r"\b(compare|comparison|vs\.?|versus)\b", re.I)

# A question about what reviewers say of one earlier result: answered from the extractive summary.
_REVIEWS = re.compile(
    r"\b(reviews?|reviewers?|ratings?|(people|customers|buyers|users|owners) (say|think))\b", re.I
)


_REFINE_LEAD = re.compile(
    r"^\s*(?:(?:any|anything|something|ones?|show me|what about|how about|and|but|only|just|now|maybe|"
    r"in|with|from|by|make (?:it|them)|i (?:want|need|prefer)|prefer(?:ably)?|please)\b"
    r"|[\w'-]+\s+(?:only|ones)\b)",
    re.I,
)

_BY_RATING = re.compile(
    r"\b(?:rating|ratings|rated|reviews?|stars?)\b|valoraci|bewertung|note|评分|評価", re.I
)

_BY_PRICE = re.compile(r"\b(?:price|cheap\w*|cost)\b|precio|preis|prix|价格|値段", re.I)

_LISTING_OF = {"view_cart": "view_cart", "list_orders": "list_orders", "list_watches": "list_watches"}

ORDER_WORDS = (
    (re.compile(r"\b(cheapest|least expensive|lowest[- ]priced?|lowest price)\b", re.I), "price"),
    (re.compile(r"\b(most expensive|priciest|highest[- ]priced?)\b", re.I), "-price"),
    (re.compile(r"\b(best|highest|top)[- ]rated\b", re.I), "rating"),
)

# The constraints a search call carries as arguments, in the order `ask --json` shows them.
CARRIED = ("max_price", "min_price", "category", "brand", "min_rating", "in_stock")


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
    # The answer without the products it lists, for a view that shows `results` as a table (None:
    # the view drops the answer's lines that name a result).
    lead: str | None = None


class CodeTurns:
    """The turns code answers alone, for Session."""

    deps: Any
    facts: Facts
    known_ids: set[str]
    constraints: Constraints
    query_text: str
    last_results: list[dict[str, Any]]
    last_shown: dict[str, Any] | None
    toolset: ToolSet
    _model: Any

    def _say_turn(self, text: str, answer: str, route: Route, reason: str) -> TurnResult:
        """A turn code answers in words and that changes nothing (a question back, a refusal)."""
        self._remember(text, answer)
        return TurnResult(answer, route, reason)

    # -- code paths (no model) ------------------------------------------------------------------
    def _code_turn(
        self, text: str, reading: Reading | None = None, *, deep: bool = False
    ) -> TurnResult | None:
        """A turn code answers alone, or None. `deep` (the user asked for the model): only a question
        over the shown results whose attributes answer it exactly ("!which of these is the lightest?")."""
        sure = reading is not None and not reading.unsure() and reading.affirmative
        if not deep:
            if sure and reading.intent == "plan":
                return self._plan_turn(text, reading)
            listing = listing_tool(text)
            if listing is None and sure:
                listing = _LISTING_OF.get(reading.intent)
            if listing is not None and listing in self.toolset:
                return self._listing_turn(text, listing)
        if not self.last_results:
            return None
        refs = self.references(text)
        # "which of these is the warmest?", "ok and which one has the best reviews" (read, unsure,
        # as a review question): answered over the shown results when their attributes say. Forced
        # deep, only a question read surely as one.
        over = reading is not None and reading.effect is None and reading.affirmative
        unsure = reading is not None and reading.unsure() and reading.intent not in ("search", "refine")
        about = reading is not None and reading.intent in _ABOUT_RESULTS
        asked = about and sure if deep else about or unsure
        if over and len(refs) != 1 and asked:
            turn = self._over_results_turn(text, reading.options, refs)
            if turn is not None or deep:
                return turn
        if deep:
            return None
        if _COMPARE.search(text) and len(refs) >= 2 and self._only_reference(text, compare=True):
            return self._compare_turn(text, refs)
        sure_change = reading is not None and reading.effect is not None and sure
        if len(refs) == 1 and _SHOW.search(text) and self._only_reference(text) and not sure_change:
            return self._show_turn(text, refs[0])  # "and the second one?"; not "and one of #2"
        if len(refs) == 1 and _REVIEWS.search(text):
            return self._reviews_turn(text, refs[0])
        asks_change = (
            reading is not None
            and reading.effect is not None
            and not reading.unsure()
            and reading.affirmative
        )
        if _OTHERS.search(text) and self.query_text and not asks_change:
            # "nope, not that first one. show me others": the last search, without what was shown
            # (or, when the words point at some, without those)
            pointed = refs or (self._positions(reading.references) if reading is not None else [])
            return self._others_turn(text, pointed)
        if len(refs) == 1 and decide(text).reason != "action" and not asks_change:
            # "does the first one come in black?" - but not "I'd love the first one in black, size L"
            turn = self._facts_turn(text, refs[0])
            if turn is not None:
                return turn
        if not refs:
            turn = self._refine_turn(text, reading.intent if reading is not None else None)
            if turn is None and reading is not None and reading.intent == "refine" and not reading.unsure():
                turn = self._carried_search_turn(text)
            return turn
        return None

    def _others_turn(self, text: str, refs: list[dict[str, Any]]) -> TurnResult:
        """The last search again with its constraints, leaving out the results the words point at,
        or every shown one when they point at none."""
        leave_out = {r.get("product_id") for r in (refs or self.last_results)}
        constraints = self.constraints.model_copy(deep=True)
        return self._search_turn(text, self.query_text, constraints, "other results", exclude=leave_out)

    def _carried_search_turn(self, text: str) -> TurnResult:
        """A follow-up the reading calls a refinement ("in navy, size M", "sort by rating", "show me
        more"): the last search again, with every constraint it had plus what these words add (stated
        in a refinement, they filter), never a fresh search that would drop the user's bounds."""
        from shopagent.search.parse import parse_query

        newer = with_options(self.deps, self.vocab(), text, parse_query(text, self.vocab()).constraints)
        merged = self.constraints.merged(newer.hard_only())
        if (
            merged.max_price is not None
            and merged.min_price is not None
            and merged.min_price > merged.max_price
        ):
            merged.min_price = newer.min_price if newer.min_price is not None else None
            merged.max_price = newer.max_price if newer.min_price is None else None
        sort = next((order for pattern, order in ORDER_WORDS if pattern.search(text)), None)
        if sort is None and _BY_RATING.search(text):
            sort = "rating"
        elif sort is None and _BY_PRICE.search(text):
            sort = "price"
        merged = kept_kind(merged, self.last_results)
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

    def _over_results_turn(
        self, text: str, options: dict[str, str] | None = None, refs: list[dict[str, Any]] | None = None
    ) -> TurnResult | None:
        """ "Which of these is the warmest?", "do the first two come in size 12?": answered from the
        shown results' attributes or variants (those pointed at, when two or more are), with the
        constraints and results of the last search left as they are. None: the model answers."""
        from shopagent.agent.over_results import answer_options, pick_over_results
        from shopagent.catalog.views import product_view

        listed = list(enumerate(self.last_results[:CONTEXT_ITEMS], 1))
        if refs and len(refs) >= 2:
            pointed = {r["product_id"] for r in refs}
            listed = [(i, r) for i, r in listed if r["product_id"] in pointed] or listed
        shown = [r for _i, r in listed]
        views = [product_view(self.deps, r["product_id"]) for r in shown]
        titles = [str(r.get("title") or r["product_id"]) for r in shown]
        answer, picked = pick_over_results(
            text, views, [f"#{i} {t}" for (i, _r), t in zip(listed, titles, strict=True)]
        )
        if picked is not None:  # "the lightest?" names one: "add it", "the winner" mean that one
            self.last_shown = shown[picked]
        if answer is None:
            found = answer_options(options or {}, views, titles)
            if found is None:
                return None
            answer, have = found
            if have:  # "the first one" now means the first that comes in it, and an add holds to it
                self.last_results = [shown[i] for i in have]
                self.last_shown = None
                self.constraints.soft.attributes.update(options or {})
        for view in views:
            self._learn(view, [])
        self._remember(text, answer)
        ids = [r["product_id"] for r in shown]
        call = {"name": "compare_products", "arguments": {"product_ids": ids}, "ok": True}
        return TurnResult(answer, "fast", "over results", results=list(self.last_results), tool_calls=[call])

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
        shown = [r.get("product_id") for r in self.last_results]
        compared = [pid for pid in ids if pid in by_id]
        marks = [f"#{shown.index(p) + 1}" if p in shown else f"({n})" for n, p in enumerate(compared, 1)]
        lines += _attribute_lines(view, compared, marks)
        answer = "\n".join(lines)
        call = {"name": "compare_products", "arguments": {"product_ids": ids}, "ok": True}
        self._remember(text, answer, f"Compared {', '.join(ids)}.")
        return TurnResult(answer, "fast", "reference", results=output.items, tool_calls=[call], view=view)

    def _refine_turn(self, text: str, intent: str | None = None) -> TurnResult | None:
        """A follow-up that only changes filters of the last search; None when it is something else."""
        refined = self.refinement(text, intent)
        if refined is None:
            return None
        merged, reason = refined
        return self._search_turn(text, self.query_text, merged, reason)

    def refinement(self, text: str, intent: str | None = None) -> tuple[Constraints, str] | None:
        """The last search's constraints as a follow-up that only changes its filters leaves them
        ("cheaper", "in blue", "only 4.5 stars and up", "forget the brand"), and why; None when it is
        something else. `intent`: the reading's (even unsure); read as a refinement, a word the
        catalog does not use is filler ("under 120 if possible"), not a product of another language."""
        from shopagent.search.parse import parse_query

        parsed = parse_query(text, self.vocab())
        newer = with_options(self.deps, self.vocab(), text, parsed.constraints.model_copy(deep=True))
        prices = sorted(float(r["price"]) for r in self.last_results if r.get("price") is not None)
        reason = None
        if CHEAPER.search(text) and prices and newer.max_price is None:
            median = statistics.median(prices)
            newer.max_price = round(max(median - 0.01, 0.01), 2)
            reason = "cheaper"
        elif PRICIER.search(text) and prices and newer.min_price is None:
            newer.min_price = round(statistics.median(prices) + 0.01, 2)
            reason = "pricier"
        rest = _without_values(parsed.text, newer)  # "any from Morning Ritual?": the brand is read
        leftover = _leftover_words(rest)
        if self.last_results and other_kind(parsed.text, self.vocab(), self.last_results):
            return None  # "now sunscreen under 20", "cheaper sunscreen" after shampoo: a new search
        dropped = dropped_slots(text)
        if dropped:  # "forget the brand": words of letting go name no product
            rest = without_dismissals(rest)
        # a quantity with nothing in the cart to change ("actually make that 250") is a new amount too
        amount = intent == "refine" or (intent == "cart_set_quantity" and not self._cart_items())
        if amount and reason is None and newer.min_price is None and newer.max_price is None:
            # "what about 400 instead" after "under 500"
            bound = new_bound(self.deps, self.constraints, parsed.unbounded)
            if bound is not None:
                setattr(newer, bound[0], bound[1])
                rest = rest.replace(bound[2], " ")
        if reason is None:
            if newer.is_empty() and not dropped:
                return None
            if newer.category and newer.category != self.constraints.category:
                return None  # another kind of product: a new search, not a refinement
            # "in blue", "only Merrell", "under 100": filters and nothing else worth searching for.
            unknown_from = None if intent == "refine" else 5
            # "I wear a 10" after running shoes: only an option the shown products come in
            shown_options = {k for r in self.last_results for k in (r.get("options") or {})}
            only_options = newer.model_copy(update={"attributes": {}}).is_empty() and newer.attributes
            if only_options and set(newer.attributes) <= shown_options:
                leftover = 0
            if (leftover > 1 or (leftover == 1 and not _REFINE_LEAD.search(text))) and names_product(
                _unfilled(rest), self.vocab(), unknown_from=unknown_from, ignore=SLOT_WORDS
            ):
                return None  # "are there any with 4 stars?" names nothing new: it refines
            if decide(text).reason in ("action", "reviews", "comparison"):
                return None
            reason = "refinement"
        elif leftover > 2 and names_product(_unfilled(rest), self.vocab(), ignore=SLOT_WORDS):
            return None  # "cheaper ones with a hood": more than a price wish; "a bit much, cheaper?" is one
        old = without_slots(self.constraints, dropped)
        if newer.max_price is not None and old.min_price is not None and newer.max_price <= old.min_price:
            old.min_price = None
        if newer.min_price is not None and old.max_price is not None and newer.min_price >= old.max_price:
            old.max_price = None  # "over a hundred instead" after "under 100"
        return kept_kind(old.merged(newer), self.last_results), reason

    def _fast_turn(self, text: str, reason: str) -> TurnResult:
        from shopagent.search.parse import parse_query, soften

        parsed = parse_query(text, self.vocab())
        constraints = with_options(self.deps, self.vocab(), text, soften(parsed, named_hard=True))
        return self._search_turn(text, parsed.text or text, constraints, reason)

    def _search_turn(
        self,
        text: str,
        query: str,
        constraints: Constraints,
        reason: str,
        *,
        sort: str | None = None,
        exclude: set[Any] | None = None,
    ) -> TurnResult:
        from shopagent.agent.tools.catalog import search_products
        from shopagent.search.hybrid import in_catalog_currency

        t0 = time.perf_counter()
        # Bounds said in another currency ("15000円以下", "under 50 euros") in the catalog's own: the
        # tool's bounds are in it, and so are the constraints later turns carry.
        constraints, converted = in_catalog_currency(self.deps, constraints)
        arguments = search_arguments(query, constraints)
        if sort is not None:
            arguments["sort"] = sort
        if exclude:
            # Deeper than a model may ask (at most 10), so that SEARCH_LIMIT remain once they are out.
            values = search_products.validate(arguments).model_dump()
            values["limit"] = min(SEARCH_LIMIT + len(exclude), 50)
            output = search_products.func(self.deps, **values)
            kept = [item for item in output.items if item.get("product_id") not in exclude]
            output = dataclasses.replace(output, items=kept[:SEARCH_LIMIT])
        else:
            output = search_products.call(self.deps, arguments)
        searched = round(time.perf_counter() - t0, 3)
        # Words of the request must not become filters that empty the result: the tool searched
        # without them (hybrid.search_relaxing), and the carried constraints drop them too.
        relaxed = [k for k in output.data.get("relaxed", []) if k in constraints.attributes]
        notes = list(converted)
        if relaxed:
            constraints = constraints.model_copy(deep=True)
            for key in relaxed:
                del constraints.attributes[key]
            arguments = search_arguments(query, constraints)  # the search as it was applied
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
            lead=fast_lead(output.items, text),
        )


def _search_note(items: list[dict[str, Any]], query: str) -> str:
    if not items:
        return f"No matches for {query!r}."
    top = ", ".join(str(i["product_id"]) for i in items[:3])
    return f"Found {len(items)} matches for {query!r} (top: {top})."


def _leftover_words(text: str) -> int:
    """Words of a follow-up that could name something new to search for: not filler, courtesy or a
    relative price wish ("günstiger bitte" has none)."""
    rest = PRICIER.sub(" ", CHEAPER.sub(" ", text.lower()))
    words = re.findall(r"[^\W\d_]+|\d+", rest)
    return sum(1 for w in words if w not in _FILLER and w not in COURTESY)


_FILLER_WORDS = (
    "any anything something ones one them those these show me what about how and but only just now maybe "
    "in with from by make it i want need prefer preferably please instead too also options option ok okay "
    "then same thing things stuff "
    # interjections that open a follow-up ("hmm, show me ones over a hundred instead")
    "hmm hm hmmm um umm uh oh ah well so actually nah nope yeah yes alright right erm"
)


_FILLER = frozenset(_FILLER_WORDS.split())

# "show me others", "other ones", "something else", "otros", "outras", "autres", "andere", "altri", "其他"
_OTHERS = re.compile(
    r"(?<![^\W\d_])(?:others|other ones|other options|something else|different ones|"
    r"otr[oa]s|outr[oa]s|autres|andere|anderen|altri|altre|andere opties)(?![^\W\d_])"
    r"|其他|别的|別的|ほかの|他の",
    re.IGNORECASE,
)


def _attribute_lines(view: dict[str, Any], ids: list[str], marks: list[str]) -> list[str]:
    """The compared products' attributes, side by side: each that differs with every product's value
    under its mark ("Shell: #1 softside; #3 hardside"), then those they share ("Both: weight 6.4 lb")."""
    table = view.get("attributes") or {}
    lines, same = [], []
    for key in [*view.get("differences", []), *[k for k in table if k not in view.get("differences", [])]]:
        values = table.get(key) or {}
        name = str(key).replace("_", " ")
        if key in view.get("differences", []):
            shown = "; ".join(f"{mark} {values.get(pid, '-')}" for mark, pid in zip(marks, ids, strict=True))
            lines.append(f"{name.capitalize()}: {shown}.")
        elif ids and ids[0] in values:
            same.append(f"{name} {values[ids[0]]}")
    if same:
        lines.append(("Both" if len(ids) == 2 else "All") + ": " + ", ".join(same[:8]) + ".")
    return lines[:8]


def _without_values(text: str, c: Constraints) -> str:
    """The words of a follow-up less those of the brand and attribute values read from it: what is
    left could name something new to search for."""
    values = [c.brand, c.soft.brand, *c.attributes.values(), *c.soft.attributes.values()]
    said = {w for v in values if v for w in re.findall(r"[^\W_]+", str(v).casefold())}
    kept = [w for w in text.split() if not set(re.findall(r"[^\W_]+", w.casefold())) <= said]
    return " ".join(kept)


def _unfilled(text: str) -> str:
    """The words of a follow-up with its filler left out: what could still name a product."""
    return " ".join(w for w in text.split() if w.strip(",.!?;:").lower() not in _FILLER)


def search_arguments(query: str, c: Constraints) -> dict[str, Any]:
    args: dict[str, Any] = {"query": query or "products"}
    for key in CARRIED:
        value = getattr(c, key)
        if value is not None:
            args[key] = value
    if c.attributes:
        args["attributes"] = dict(c.attributes)
    args["limit"] = SEARCH_LIMIT
    return args
