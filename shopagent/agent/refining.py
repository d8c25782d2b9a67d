"""What a follow-up does to the last search's constraints, beyond the parser's reading of its words:
a size it states (`with_options`), a bare new amount (`new_bound`), the slots it lets go of
(`without_slots`). agent/code_turns.py applies them in its refinements."""

from __future__ import annotations

import re
from typing import Any

from shopagent.search.models import Constraints
from shopagent.text.numbers import fold

SLOT_WORDS = frozenset(
    {"brand", "brands", "price", "prices", "budget", "limit", "rating", "ratings", "color", "colour", "size"}
)
_SLOT_KEYS = {"color": {"color", "colour"}, "size": {"size"}}


def with_options(deps: Any, vocab: Any, text: str, c: Constraints) -> Constraints:
    """`c` with the variant options the words name as this catalog's options do ("size 10.5", "in a
    medium", text/options.py) that the parser cannot read alone (a size; not "charcoal", which it
    has weighed: "charcoal grill"): a size the user states is a filter on the SKUs, as a colour is
    (search_relaxing drops it when nothing comes in it)."""
    from shopagent.text.options import match_options

    facets = deps.catalog.facet_values().get("options") or {}
    if not facets:
        return c
    named = match_options(text, {str(k): [str(v) for v in vs] for k, vs in facets.items()})
    fresh = {
        k: v
        for k, v in named.items()
        if k not in c.attributes
        and k not in c.soft.attributes
        # a value the parser reads alone ("charcoal") it has weighed already: "charcoal grill"
        and all(a.weak for a in vocab.values.get(tuple(fold(w) for w in str(v).split()), []))
    }
    if not fresh:
        return c
    return c.model_copy(update={"attributes": {**c.attributes, **fresh}})


def new_bound(deps: Any, old: Constraints, unbounded: str) -> tuple[str, float, str] | None:
    """(field, amount, as written) when a follow-up read as a refinement says one bare amount and
    the last search had one price bound: the amount replaces it ("what about 400 instead", "and
    150?"). Positions ("#2"), option values ("a 10" for a size) and small counts are no amount."""
    fields = [f for f in ("max_price", "min_price") if getattr(old, f) is not None]
    numbers = re.findall(r"(?<![#\w.,])\d+(?:\.\d+)?(?![\w.,%])", unbounded)
    if len(fields) != 1 or len(numbers) != 1 or float(numbers[0]) < 10:
        return None
    options = deps.catalog.facet_values().get("options") or {}
    if any(numbers[0] == str(v) for values in options.values() for v in values):
        return None
    return fields[0], float(numbers[0]), numbers[0]


def without_slots(c: Constraints, slots: set[str]) -> Constraints:
    """A copy of `c` without the constraints of the slots a follow-up let go of (text/followups.py)."""
    out = c.model_copy(deep=True)
    if "brand" in slots:
        out.brand, out.soft.brand, out.exclude_brands = None, None, []
    if "price" in slots:
        out.min_price = out.max_price = None
    if "rating" in slots:
        out.min_rating = None
    for slot in slots & _SLOT_KEYS.keys():
        for key in [k for k in out.attributes if k.casefold() in _SLOT_KEYS[slot]]:
            del out.attributes[key]
    return out


def kept_kind(c: Constraints, shown: list[dict[str, Any]]) -> Constraints:
    """A refinement of results of one kind of product ("only 4 stars and up" after headphones) keeps
    to that kind, where the user's words name none: the refinement narrows the results shown, and
    the last search run again can drift to a neighbouring kind (earbuds) on a request the embedder
    reads poorly (another language, a vague one). Shown results all of one category keep it as a
    filter; nearly all (3 in 4), as a boost."""
    if c.category or c.soft.category:
        return c
    paths = [str(r["category"]) for r in shown if r.get("category")]
    if len(paths) < 3 or len(paths) < len(shown):
        return c
    top = max(set(paths), key=paths.count)
    if paths.count(top) < 0.75 * len(paths):
        return c
    out = c.model_copy(deep=True)
    if paths.count(top) == len(paths):
        out.category = top
    else:
        out.soft.category = top
    return out
