"""`shopagent search`: parse the text, merge the flags, run hybrid search, print JSON or a table.

The text is parsed like `shopagent parse` does ("under 200", "in stock", brands, colours...). Flags
then override what the text said for the same field, and `--attr` entries are added to (and win
over) attributes found in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from shopagent.cli.output import JsonlOpt, JsonOpt, check_exclusive, emit_json, emit_jsonl, info
from shopagent.errors import UsageError

if TYPE_CHECKING:
    from shopagent.deps import Deps

SORTS = ("relevance", "price", "-price", "rating")


def parse_attrs(items: list[str]) -> dict[str, str]:
    """`--attr KEY=VALUE` entries as a dict; a malformed entry is a usage error."""
    out: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise UsageError(
                f"--attr {item!r} must look like KEY=VALUE (e.g. --attr size=10 --attr color=black)"
            )
        out[key.strip()] = value.strip()
    return out


def _check_amount(flag: str, value: float | None, upper: float | None = None) -> None:
    if value is None:
        return
    if value != value or value in (float("inf"), float("-inf")) or value < 0:
        raise UsageError(f"{flag} must be a non-negative number, got {value}")
    if upper is not None and value > upper:
        raise UsageError(f"{flag} must be between 0 and {upper:g}, got {value}")


def _attach_prepared_model(deps: Deps) -> None:
    """Rewrites into the catalog's language use the chat model only when it is already prepared: a
    search never assembles the 1.1 GB default model (a chat or `ask` does that on first use)."""
    from shopagent.agent.provision import model_at_hand
    from shopagent.cli.context import attach_translator
    from shopagent.errors import ShopError

    def load() -> Any:
        if not model_at_hand(deps.paths):
            raise ShopError("no chat model is prepared yet")
        return deps.load_model(None, one_shot=True)

    attach_translator(deps, load)


def register(app: typer.Typer) -> None:
    @app.command("search")
    def search(
        text: Annotated[
            str, typer.Argument(help="What you are looking for, in your own words.", show_default=False)
        ],
        min_price: Annotated[float | None, typer.Option("--min-price", help="Lowest live price.")] = None,
        max_price: Annotated[float | None, typer.Option("--max-price", help="Highest live price.")] = None,
        category: Annotated[
            str | None,
            typer.Option("--category", help="Category name or path, e.g. footwear or 'Footwear > Boots'."),
        ] = None,
        brand: Annotated[str | None, typer.Option("--brand", help="Brand (any case).")] = None,
        min_rating: Annotated[float | None, typer.Option("--min-rating", help="Minimum rating, 0-5.")] = None,
        in_stock: Annotated[bool, typer.Option("--in-stock", help="Only SKUs in stock now.")] = False,
        attr: Annotated[
            list[str] | None,
            typer.Option("--attr", help="KEY=VALUE, repeatable; variant options (size, color) pick the SKU."),
        ] = None,
        sort: Annotated[
            str, typer.Option("--sort", help="relevance, price, -price or rating.")
        ] = "relevance",
        limit: Annotated[int, typer.Option("--limit", help="How many results (1-500).")] = 20,
        diverse: Annotated[
            bool, typer.Option("--diverse", help="Spread results over semantic-ID branches (broad requests).")
        ] = False,
        per_branch: Annotated[
            int, typer.Option("--per-branch", help="With --diverse: most results per branch.")
        ] = 2,
        translate: Annotated[
            bool,
            typer.Option(
                "--translate/--no-translate",
                help="Rewrite a request in another language into the catalog's (local model, if prepared).",
            ),
        ] = True,
        json_out: JsonOpt = False,
        jsonl_out: JsonlOpt = False,
    ) -> None:
        """Search the catalog: semantic and keyword match, live prices and stock, hard filters."""
        check_exclusive(json_out, jsonl_out)
        if sort not in SORTS:
            raise UsageError(f"--sort {sort!r} is not valid; use one of: {', '.join(SORTS)}")
        if not 1 <= limit <= 500:
            raise UsageError(f"--limit must be between 1 and 500, got {limit}")
        if per_branch < 1:
            raise UsageError(f"--per-branch must be at least 1, got {per_branch}")
        _check_amount("--min-price", min_price)
        _check_amount("--max-price", max_price)
        _check_amount("--min-rating", min_rating, upper=5)
        if min_price is not None and max_price is not None and min_price > max_price:
            raise UsageError(f"--min-price {min_price:g} is above --max-price {max_price:g}")
        attributes = parse_attrs(attr or [])

        from shopagent.cli.context import command_deps
        from shopagent.search.models import Constraints
        from shopagent.search.parse import parse_query, soften
        from shopagent.search.relaxing import search_relaxing
        from shopagent.search.vocab import load_vocabulary

        deps = command_deps()
        if translate and deps.translator is None and deps.model_loader is not None:
            _attach_prepared_model(deps)
        parsed = parse_query(text, load_vocabulary(deps))
        flags = Constraints(
            min_price=min_price,
            max_price=max_price,
            category=category,
            brand=brand,
            min_rating=min_rating,
            in_stock=True if in_stock else None,
            attributes=attributes,
        )
        # Words only suggest a brand, category or attribute (a boost); flags and explicit words filter.
        constraints = soften(parsed).merged(flags)
        # A flag bound can contradict a bound read from the text; the flag wins.
        low, high = constraints.min_price, constraints.max_price
        if low is not None and high is not None and low > high:
            if min_price is not None:
                constraints.max_price = None
            else:
                constraints.min_price = None
        response = search_relaxing(
            deps,
            parsed.text,
            constraints,
            relaxable=set(constraints.attributes) - set(attributes),
            sort=sort,
            limit=limit,
            query=text,
            diverse=per_branch if diverse else None,
            translate=translate,
        )
        if response.diverse_by == "category":
            info(
                "this catalog has no semantic IDs (imported before they existed); "
                "--diverse spread results by category"
            )
        if response.translated is not None:
            info(f"searched as {response.translated.text!r} (the catalog's language)")
        if response.relaxed:
            info(f"nothing matched {', '.join(response.relaxed)} as a filter; searched without it")
        if json_out:
            emit_json(response.model_dump(mode="json"))
        elif jsonl_out:
            emit_jsonl(item.model_dump(mode="json") for item in response.results)
        else:
            from shopagent.render.products import render_search

            render_search(response)
