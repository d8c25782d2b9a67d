"""A request -> the item roles of its shopping list: the scenario table first, the model when unsure.

The model answers under a JSON-schema grammar, within a time budget: a short list of product
types, each with whether every person needs one. An item that names one of the catalog's leaf
categories ("tent" -> Tents) becomes a search held to that category. Listing the categories to the
model was tried and dropped (docs/plan.md): ~400 more prompt tokens cost seconds on 2 cores, and
the default model then picked worse items (a picnic: bottles, high chairs, baby carriers). Whatever it returns
is validated; when it is slow, unavailable or says nothing usable, the table's nearest scenario
stands, and when there is no near scenario either, the request itself becomes the one role.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from shopagent.plan.scenarios import Role, ScenarioMatch, match_scenario

if TYPE_CHECKING:
    from shopagent.deps import Deps

MODEL_TIMEOUT = 30.0  # seconds for the model step, load included
MAX_MODEL_ROLES = 6
MAX_MODEL_TOKENS = 120
MAX_MENU = 2000  # leaf categories an item is matched against, at most

ROLES_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "roles": {
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_MODEL_ROLES,
            "items": {
                "type": "object",
                "properties": {
                    "item": {"type": "string", "minLength": 2, "maxLength": 30},
                    "each_person": {"type": "boolean"},
                },
                "required": ["item", "each_person"],
            },
        }
    },
    "required": ["roles"],
}

# Output tokens are the expensive part on a CPU (~10 a second here, fewer under a grammar), so the
# answer is short: a product type per role (it is also the search), and whether each person needs one.
SYSTEM = (
    "You turn a shopper's situation into a short shopping list of product types a general store sells. "
    "Answer with JSON only: up to 6 items, the most important first; each item is a product type of "
    "1-3 words, with each_person true when every person in the party needs their own."
)


@dataclass
class Expansion:
    roles: list[Role]
    source: str  # "table", "model" or "request"
    match: ScenarioMatch
    notes: list[str] = field(default_factory=list)
    model_seconds: float | None = None


def leaf_menu(deps: Deps) -> list[str] | None:
    """The catalog's leaf category names (distinct, in order), or None when there are too many or
    none to list."""
    leaves: dict[str, None] = {}
    for path in deps.catalog.facet_values().get("categories", []):
        leaf = path.split(">")[-1].strip()
        if leaf:
            leaves.setdefault(leaf, None)
    return list(leaves) if 0 < len(leaves) <= MAX_MENU else None


def expand(
    deps: Deps,
    text: str,
    *,
    model: Any = None,
    load_model: Callable[[], Any] | None = None,
    timeout: float = MODEL_TIMEOUT,
) -> Expansion:
    """The roles for a request. `model` (or `load_model`, called only when the model is needed)
    is asked only when the table is unsure; `timeout` bounds that step, loading included."""
    match = match_scenario(deps, text)
    notes: list[str] = []
    if match.sure and match.scenario is not None:
        return Expansion(list(match.scenario.roles), "table", match)
    if model is not None or load_model is not None:
        started = time.perf_counter()
        roles, problem = ask_model(model, load_model, text, timeout, menu=leaf_menu(deps))
        seconds = round(time.perf_counter() - started, 2)
        if roles:
            return Expansion(roles, "model", match, notes, seconds)
        notes.append(f"the model gave no usable list ({problem})")
    elif match.scenario is not None:
        notes.append(
            f"the scenario table was not sure (similarity {match.similarity:.2f}) and no model is at hand"
        )
    if match.scenario is not None:
        notes.append(f"used the nearest scenario of the table ({match.scenario.title})")
        return Expansion(list(match.scenario.roles), "table", match, notes)
    notes.append("no known scenario is close to this request; searched for it as one item")
    return Expansion([Role(name=text[:40], query=text, weight=1, named=False)], "request", match, notes)


def ask_model(
    model: Any,
    load_model: Callable[[], Any] | None,
    text: str,
    timeout: float,
    *,
    menu: list[str] | None = None,
) -> tuple[list[Role], str]:
    """(roles, problem): the model's list, or none and why. Runs on a worker thread so that a slow
    model (or a slow load) costs at most `timeout` seconds; a late answer is ignored."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            chosen = model if model is not None else load_model()  # type: ignore[misc]
            box["completion"] = chosen.complete(
                _messages(text), json_schema=ROLES_SCHEMA, max_tokens=MAX_MODEL_TOKENS
            )
        except Exception as exc:  # a model that cannot load or run is a fallback, not a failure
            box["error"] = " ".join(str(exc).split())[:200] or type(exc).__name__

    worker = threading.Thread(target=work, name="plan-model", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        return [], f"no answer within {timeout:g} s"
    if "error" in box:
        return [], box["error"]
    return parse_roles(box["completion"].text, menu)


def _messages(text: str) -> list[dict[str, str]]:
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": text}]


def parse_roles(raw: str, menu: list[str] | None = None) -> tuple[list[Role], str]:
    """Validated roles from the model's JSON; duplicates and junk dropped. An item that names a
    category of `menu` (any case, singular or plural) holds the role's search to it."""
    from shopagent.search.filters import matches_category

    try:
        data = json.loads(raw)
    except ValueError:
        return [], "not JSON"
    items = data.get("roles") if isinstance(data, dict) else None
    if not isinstance(items, list):
        return [], "no roles"
    roles: list[Role] = []
    seen: set[str] = set()
    for position, item in enumerate(items[:MAX_MODEL_ROLES]):
        if not isinstance(item, dict):
            continue
        name = " ".join(str(item.get("item") or "").split())[:30]
        if len(name) < 2 or name.casefold() in seen:
            continue
        seen.add(name.casefold())
        # The model lists the most important first: the first two count as essential.
        weight = 3 if position < 2 else 2 if position < 4 else 1
        roles.append(
            Role(
                name=name,
                query=name,
                category=next((leaf for leaf in menu or [] if matches_category(leaf, None, name)), None),
                quantity="each" if item.get("each_person") else "one",
                weight=weight,
            )
        )
    return roles, "" if roles else "an empty list"
