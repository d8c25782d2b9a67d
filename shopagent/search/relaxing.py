"""A search that gives up filters the words only implied, rather than answer with nothing or with
another kind of product (`search_relaxing`, used by the CLI, the agent's tool and the planner)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from shopagent.search import filters
from shopagent.search.hybrid import search
from shopagent.search.models import Constraints, SearchResponse


def _kind_kept(
    deps: Any, text: str, c: Constraints, response: SearchResponse, relaxable: Iterable[str], **kwargs: Any
) -> SearchResponse:
    """The response, or, when the words' kind of product (the soft category) has no result under the
    attribute filters read from the words while it has some without them ("navy hoodie in a large"
    with no navy hoodie in L: navy jackets in L), the search without those filters (`relaxed`)."""
    kind, keys = c.soft.category, sorted(k for k in set(relaxable) if k in c.attributes)
    if not kind or not keys or any(str(r.category or "").startswith(kind) for r in response.results):
        return response
    relaxed = c.model_copy(deep=True)
    for key in keys:
        del relaxed.attributes[key]
    retry = search(deps, text, relaxed, **kwargs)
    if not any(str(r.category or "").startswith(kind) for r in retry.results):
        return response
    retry.relaxed = keys
    return retry


def search_relaxing(
    deps: Any,
    text: str,
    constraints: Constraints,
    *,
    relaxable: Iterable[str],
    unknown_category: bool = False,
    unknown_brand: bool = False,
    **kwargs: Any,
) -> SearchResponse:
    """`search`, but when nothing matches, drop the attribute filters that were only read from the
    words of the request ("wireless earbuds" -> wireless=yes, a key earbuds may not carry) and search
    again: words the user typed must not become filters that empty the result. Attributes given
    explicitly (`--attr`) are never dropped; the response's constraints are the ones applied.

    With `unknown_category`, a category that names no category of this catalog at all (a guess such
    as "Spaceships") is dropped the same way; one that exists stays hard even when nothing in it
    matches the other bounds ("camping tent under 5" finds nothing). With `unknown_brand`, a brand
    this catalog does not carry (a guess such as "无", "none") is dropped likewise. `relaxed` lists
    the attribute keys dropped, and "category" and "brand" when they were."""
    response = search(deps, text, constraints, **kwargs)
    if response.results:
        return _kind_kept(deps, text, constraints, response, relaxable, **kwargs)
    relaxed = constraints.model_copy(deep=True)
    dropped = sorted(key for key in set(relaxable) if key in relaxed.attributes)
    for key in dropped:
        del relaxed.attributes[key]
    if unknown_category and relaxed.category and not filters.names_a_category(deps, relaxed.category):
        relaxed.category = None
        dropped.append("category")
    if unknown_brand and relaxed.brand and not filters.names_a_brand(deps, relaxed.brand):
        relaxed.brand = None
        dropped.append("brand")
    if not dropped:
        return response
    retry = search(deps, text, relaxed, **kwargs)
    retry.relaxed = dropped
    return retry
