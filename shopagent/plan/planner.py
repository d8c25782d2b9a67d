"""`plan_list`: a shopping list for a situation, one item per role, total <= budget exactly.

1. Expand the request into roles (scenario table, or the model when the table is unsure).
2. Read who it is for ("with two kids", "for 4 people") and so how many of each item.
3. Search each role under live price and stock (in stock only, unit price within what the budget
   allows for that quantity), keeping the best few candidates.
4. Choose at most one candidate per role with `solver.choose`: maximise
       sum over filled roles of weight x (0.5 + 0.35 x relevance + 0.15 x rating)
   (relevance: the search score over the role's best; rating: the smoothed rating / 5), in integer
   thousandths, subject to sum(unit price x quantity) <= budget in minor units. The 0.5 for filling
   a role at all means an essential role (weight 3) outweighs any nice-to-have (weight 1).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from shopagent.errors import InvalidInput
from shopagent.money import json_amount, to_minor
from shopagent.plan.expand import MODEL_TIMEOUT, expand
from shopagent.plan.party import Party, read_party
from shopagent.plan.scenarios import Role
from shopagent.plan.solver import Option, choose

if TYPE_CHECKING:
    from shopagent.deps import Deps
    from shopagent.search.models import SearchItem

CANDIDATES = 8  # per role: enough choice for the budget, few enough to search fast
FILL_VALUE = 0.5
RELEVANCE_VALUE = 0.35
RATING_VALUE = 0.15
VALUE_SCALE = 1000
PRIOR_RATING, PRIOR_WEIGHT = 3.5, 10
MAX_BUDGET = 10_000_000

_BUDGET_RE = re.compile(
    r"(?:budget(?:\s+(?:of|is|:))?|under|below|less than|at most|up to|max(?:imum)?|presupuesto(?:\s+de)?|"
    r"budget\s+de|moins de|bis zu|unter)\s*[:=]?\s*[$€£]?\s*(\d[\d,]*(?:\.\d+)?)"
    r"\s*(?:[$€£]|dollars?|euros?|bucks)?",
    re.I,
)
_AMOUNT_RE = re.compile(
    r"[$€£]\s*(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s*(?:dollars?|euros?|bucks|usd|eur)\b", re.I
)


def budget_from_text(text: str) -> float | None:
    """The budget a request names ("budget 600", "under $250", "300 euros"), if any."""
    found = _BUDGET_RE.search(text) or _AMOUNT_RE.search(text)
    if not found:
        return None
    number = next(g for g in found.groups() if g)
    return float(number.replace(",", ""))


def check_budget(budget: Any) -> float:
    try:
        value = float(budget)
    except (TypeError, ValueError):
        raise InvalidInput(f"the budget must be a positive amount, got {budget!r}") from None
    if not math.isfinite(value) or value <= 0:
        raise InvalidInput(f"the budget must be a positive amount, got {budget!r}")
    if value > MAX_BUDGET:
        raise InvalidInput(f"the budget must be at most {MAX_BUDGET:,}, got {budget!r}")
    return value


def plan_list(
    deps: Deps,
    text: str,
    budget: float | None = None,
    *,
    model: Any = None,
    load_model: Callable[[], Any] | None = None,
    model_timeout: float = MODEL_TIMEOUT,
    candidates: int = CANDIDATES,
    party: Party | None = None,
) -> dict[str, Any]:
    """The shopping list for `text` with a total of at most `budget` (read from the text when None).

    Returns the `plan --json` document: scenario, budget, currency, items (search ITEMs plus role,
    quantity, line_total), total, unfilled_roles, and how the roles were found. `model` or
    `load_model` is used only when the scenario table is unsure (see expand.py)."""
    text = " ".join(str(text or "").split())
    if not text:
        raise InvalidInput('describe the situation, e.g. "camping with two kids next weekend"')
    if budget is None:
        budget = budget_from_text(text)
        if budget is None:
            raise InvalidInput('a budget is required: pass --budget X or say it ("budget 600")')
    budget = check_budget(budget)
    party = party or read_party(text)
    expansion = expand(deps, text, model=model, load_model=load_model, timeout=model_timeout)

    roles: list[tuple[Role, int]] = []
    for role in expansion.roles:
        quantity = party.quantity(role.quantity)
        if quantity > 0:
            roles.append((role, quantity))
    found = [(role, qty, _candidates(deps, role, qty, budget, candidates)) for role, qty in roles]
    currency = _currency(deps, found)
    budget_minor = to_minor(budget, currency)
    groups = _deduplicate(
        [(role, qty, [i for i in items if i.currency == currency]) for role, qty, items in found]
    )

    options = [[_option(role, qty, item, items, currency) for item in items] for role, qty, items in groups]
    choice = choose(options, budget_minor)
    items: list[dict[str, Any]] = []
    unfilled: list[str] = []
    for (role, qty, cands), pick in zip(groups, choice.picks, strict=True):
        if pick is None:
            unfilled.append(role.name)
            continue
        item = cands[pick]
        unit = to_minor(item.price, currency)
        items.append(
            {
                **item.model_dump(mode="json"),
                "role": role.name,
                "quantity": qty,
                "unit_price": json_amount(unit, currency),
                "line_total": json_amount(unit * qty, currency),
                "essential": role.weight >= 3,
            }
        )
    match = expansion.match
    return {
        "scenario": text,
        "budget": json_amount(budget_minor, currency),
        "currency": currency,
        "items": items,
        "total": json_amount(choice.cost, currency),
        "remaining": json_amount(budget_minor - choice.cost, currency),
        "unfilled_roles": unfilled,
        "party": {"adults": party.adults, "kids": party.kids},
        "roles_from": expansion.source,
        "matched_scenario": {
            "id": match.scenario.id if match.scenario else None,
            "title": match.scenario.title if match.scenario else None,
            "similarity": match.similarity,
            "sure": match.sure,
        },
        "objective": round(choice.value / VALUE_SCALE, 3),
        "notes": expansion.notes,
    }


def _candidates(deps: Deps, role: Role, quantity: int, budget: float, limit: int) -> list[SearchItem]:
    """The best in-stock products for a role whose unit price fits the budget for this quantity."""
    from shopagent.search.models import Constraints
    from shopagent.search.relaxing import search_relaxing

    constraints = Constraints(category=role.category, in_stock=True, max_price=budget / quantity)
    response = search_relaxing(
        deps,
        role.query,
        constraints,
        relaxable=(),
        unknown_category=True,
        limit=limit,
        with_facets=False,
    )
    results = list(response.results)
    if (role.category and "category" not in response.relaxed) or not role.named:
        return results
    # Without a category to hold the search to the role, a product must at least be called what
    # the role names, every word of it ("backpack" must not be filled by a hiking boot that matched
    # "hiking", nor "music stands" by a monitor stand).
    from shopagent.search.rerank import query_words, word_set

    wanted = set(query_words(role.name))
    return [r for r in results if wanted <= word_set(f"{r.title} {r.category or ''}")]


def _currency(deps: Deps, found: list[tuple[Role, int, list[SearchItem]]]) -> str:
    """The currency of the list: the one most candidates are priced in (a catalog normally has one)."""
    counts = Counter(item.currency for _, _, items in found for item in items)
    if counts:
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    from shopagent.money import DEFAULT_CURRENCY

    return DEFAULT_CURRENCY


def _deduplicate(
    groups: list[tuple[Role, int, list[SearchItem]]],
) -> list[tuple[Role, int, list[SearchItem]]]:
    """A product is a candidate for one role only: the one where it ranks best relative to the
    role's top score (so "socks" and "wool socks" cannot both be the same pair)."""
    best_role: dict[str, tuple[float, int]] = {}
    for index, (_, _, items) in enumerate(groups):
        top = max((i.score for i in items), default=0.0) or 1.0
        for item in items:
            share = item.score / top
            if item.product_id not in best_role or share > best_role[item.product_id][0]:
                best_role[item.product_id] = (share, index)
    return [
        (role, qty, [i for i in items if best_role[i.product_id][1] == index])
        for index, (role, qty, items) in enumerate(groups)
    ]


def _option(role: Role, quantity: int, item: SearchItem, items: list[SearchItem], currency: str) -> Option:
    return Option(cost=to_minor(item.price, currency) * quantity, value=item_value(role, item, items))


def item_value(role: Role, item: SearchItem, items: list[SearchItem]) -> int:
    """The objective's worth of filling `role` with `item` (integer thousandths)."""
    top = max((i.score for i in items), default=0.0)
    relevance = max(0.0, item.score / top) if top > 0 else 0.0
    rating = smoothed_rating(item.rating, item.review_count) / 5.0
    worth = FILL_VALUE + RELEVANCE_VALUE * min(relevance, 1.0) + RATING_VALUE * rating
    return round(VALUE_SCALE * role.weight * worth)


def smoothed_rating(rating: float | None, count: int | None) -> float:
    """The rating pulled toward 3.5 by ten phantom reviews (a 5.0 from two reviews is not a 5.0)."""
    if rating is None:
        return PRIOR_RATING
    n = max(int(count or 0), 1)
    return (PRIOR_RATING * PRIOR_WEIGHT + float(rating) * n) / (PRIOR_WEIGHT + n)
