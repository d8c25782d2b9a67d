"""What code fixes in the arguments of the model's calls from the reading of the user's own words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from shopagent.agent import gates
from shopagent.agent.code_turns import ORDER_WORDS
from shopagent.agent.effects import resolve_add


def argument_fixer(
    deps: Any,
    vocab: Any,
    text: str,
    *,
    check_variants: bool = True,
    options: dict[str, str] | None = None,
    carried: dict[str, str] | None = None,
    follow: Any = None,
    known: set[str] | None = None,
) -> Callable[[str, dict[str, Any]], dict[str, Any]]:
    """Bounds for the model's searches from the rule parser's reading of the user's words: price
    and rating bounds replace the model's (it read "under 200" as min_price 200 now and then) or
    are dropped when the user stated none; category, brand, attributes and stock are added when
    the model gave none (a guided search step writes only the query), and so is the order the
    words ask for ("the cheapest", "best rated"). `options`: variant options the turn's reading
    named (an answer to "which size?" names one the words alone would not); `carried`: the options
    the search that showed the results asked for ("black leggings"; effects.resolve_add); `follow`:
    the constraints a follow-up leaves the last search with (code_turns.refinement): its bounds hold
    where the words state none ("!just the 4.5 star ones" after "under 60" keeps the 60)."""
    from shopagent.search.hybrid import in_catalog_currency
    from shopagent.search.parse import parse_query, soften

    # The words' bounds as read; a category, brand or attribute only where the words make it
    # explicit (soften): "pet hair" names no hair product to filter on. A variant option named as
    # the catalog spells it ("white") filters, as in the conversation's own searches.
    said, _converted = in_catalog_currency(deps, soften(parse_query(text, vocab), named_hard=True))
    numbers = gates.numbers_in(text)
    order = next((sort for pattern, sort in ORDER_WORDS if pattern.search(text)), None)

    def fix(name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        if name == "add_to_cart" and check_variants:
            arguments = _check_variant_named(deps, text, arguments, options or {}, carried, known, fix.reads)
        if name != "search_products":
            return arguments
        out = dict(arguments)
        for key in ("min_price", "max_price", "min_rating"):
            read = getattr(said, key)
            if read is None and follow is not None:
                read = getattr(follow, key)
            if read is not None:
                out[key] = read
            elif out.get(key) is not None and (
                key != "min_rating"
                and (said.min_price is not None or said.max_price is not None)
                or not _said_number(out[key], numbers)
            ):
                del out[key]  # a bound the user did not state
        wanted = said if follow is None else follow.merged(said)
        if wanted.in_stock:
            out["in_stock"] = True
        for key in ("category", "brand"):
            if getattr(wanted, key) and not out.get(key):
                out[key] = getattr(wanted, key)
        if wanted.attributes and not out.get("attributes"):
            out["attributes"] = dict(wanted.attributes)  # dropped by the tool if nothing matches
        if "sort" not in out and order is not None:
            out["sort"] = order
        return out

    fix.reads = []  # type: ignore[attr-defined]  # product rows code read here: the gates learn them
    return fix


def _check_variant_named(
    deps: Any,
    text: str,
    arguments: dict[str, Any],
    options: dict[str, str],
    carried: dict[str, str] | None,
    known: set[str] | None,
    reads: list[Any],
) -> dict[str, Any]:
    """A SKU the model chose for an add must match the options the user named and must not guess
    one the user left open: a SKU of the right product in another option ("medium" read, size L
    chosen) becomes the SKU code resolves from the words; when the product's in-stock variants differ
    in an option the words do not name (or the words name one it lacks), the call is refused with
    what code would have said ("Which size (S, M, L)...?")."""
    from shopagent.agent.reading import Reading
    from shopagent.agent.toolkit import ToolError
    from shopagent.errors import ShopError

    sku = str(arguments.get("sku") or "")
    if not sku:
        return arguments
    reading = Reading(text=text, options=options)
    try:
        resolution = resolve_add(deps, reading, {"product_id": sku}, carried)
    except ShopError:
        return arguments  # an unknown SKU: the tool's own error names the valid ones
    if resolution.answer is not None:
        raise ToolError(resolution.answer)
    resolved = str(resolution.calls[0].arguments.get("sku") or "") if resolution.calls else ""
    if resolved and resolved != sku and resolution.named:
        if known is not None:
            gates.collect_ids(resolution.read, known)  # code read this product's variants itself
        reads.append(resolution.read)  # ... so its variant SKUs are the product the search found
        return {**arguments, "sku": resolved}
    return arguments


def _said_number(value: Any, numbers: set[int]) -> bool:
    try:
        return int(round(float(value))) in numbers
    except (TypeError, ValueError):
        return False
