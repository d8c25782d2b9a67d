"""`shopagent plan` and `shopagent similar`: flags in, shopagent.plan / search.similar out."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from shopagent.cli.output import JsonOpt, emit_json, info


def _model_loader(model: str | None, no_model: bool) -> Any:
    """A loader for the chat model, or None when plan must use the table alone: with --no-model,
    or when no model is at hand (no --model, no $SHOPAGENT_MODEL, the default not yet provisioned:
    provisioning copies 1.1 GB, which a shopping list should not start)."""
    import os

    if no_model:
        return None
    from shopagent.cli.context import command_deps

    deps = command_deps()
    if not model and not os.environ.get("SHOPAGENT_MODEL"):
        from shopagent.agent.model import known_models

        if not known_models(deps.paths)[0].get("provisioned"):
            return None

    def load() -> Any:
        return deps.load_model(model, one_shot=True)

    return load


def register(app: typer.Typer) -> None:
    @app.command("plan")
    def plan(
        text: Annotated[
            str,
            typer.Argument(
                help='The situation, e.g. "camping with two kids next weekend".', show_default=False
            ),
        ],
        budget: Annotated[
            float | None,
            typer.Option(
                "--budget", help="Most the whole list may cost (else read from the text).", show_default=False
            ),
        ] = None,
        model: Annotated[
            str | None,
            typer.Option(
                "--model",
                help="A GGUF model for unfamiliar situations (default: as ask).",
                show_default=False,
            ),
        ] = None,
        no_model: Annotated[
            bool, typer.Option("--no-model", help="Use the built-in scenario table only.")
        ] = False,
        model_timeout: Annotated[
            float, typer.Option("--model-timeout", help="Seconds the model may take, load included.")
        ] = 30.0,
        json_out: JsonOpt = False,
    ) -> None:
        """A shopping list for a situation: one item per role, live prices, total within the budget."""
        from shopagent.errors import UsageError

        if budget is not None and not (budget > 0 and budget != float("inf")):
            raise UsageError(f"--budget must be a positive amount, got {budget:g}")
        if not model_timeout > 0:
            raise UsageError(f"--model-timeout must be a positive number of seconds, got {model_timeout:g}")
        from shopagent.cli.context import command_deps
        from shopagent.plan.planner import plan_list

        result = plan_list(
            command_deps(),
            text,
            budget,
            load_model=_model_loader(model, no_model),
            model_timeout=model_timeout,
        )
        if json_out:
            for note in result["notes"]:
                info(note)
            emit_json(result)
            return
        from shopagent.render.plan import print_plan

        print_plan(result)

    @app.command("similar")
    def similar(
        product_id: Annotated[
            str, typer.Argument(help="Product id, or one of its SKUs.", show_default=False)
        ],
        limit: Annotated[int, typer.Option("--limit", help="How many products (1-100).")] = 10,
        in_stock: Annotated[bool, typer.Option("--in-stock", help="Only products in stock now.")] = False,
        json_out: JsonOpt = False,
    ) -> None:
        """Products like this one: the same semantic-ID branch, nearest first, live price and stock."""
        from shopagent.errors import UsageError

        if not 1 <= limit <= 100:
            raise UsageError(f"--limit must be between 1 and 100, got {limit}")
        from shopagent.cli.context import command_deps
        from shopagent.search.similar import similar_view

        view = similar_view(command_deps(), product_id, limit=limit, in_stock=in_stock)
        if json_out:
            emit_json(view)
            return
        from shopagent.render.plan import print_similar

        print_similar(view)
