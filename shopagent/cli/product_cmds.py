"""`shopagent product`, `compare` and `reviews`: flags in, catalog.views out, render or JSON."""

from __future__ import annotations

from typing import Annotated

import typer

from shopagent.cli.output import JsonOpt, emit_json


def register(app: typer.Typer) -> None:
    @app.command("product")
    def product(
        product_id: Annotated[
            str, typer.Argument(help="Product id, or one of its SKUs.", show_default=False)
        ],
        json_out: JsonOpt = False,
    ) -> None:
        """Show one product: live price and stock, attributes, variants and a review summary."""
        from shopagent.catalog.views import product_view
        from shopagent.cli.context import command_deps

        view = product_view(command_deps(), product_id)
        if json_out:
            emit_json(view)
            return
        from shopagent.render.detail import print_product

        print_product(view)

    @app.command("compare")
    def compare(
        product_ids: Annotated[
            list[str], typer.Argument(help="2 to 6 product ids (or SKUs).", show_default=False)
        ],
        json_out: JsonOpt = False,
    ) -> None:
        """Compare 2 to 6 products side by side; rows that differ are marked."""
        from shopagent.catalog.views import compare_view
        from shopagent.cli.context import command_deps

        view = compare_view(command_deps(), product_ids)
        if json_out:
            emit_json(view)
            return
        from shopagent.render.detail import print_compare

        print_compare(view)

    @app.command("reviews")
    def reviews(
        product_id: Annotated[
            str, typer.Argument(help="Product id, or one of its SKUs.", show_default=False)
        ],
        json_out: JsonOpt = False,
    ) -> None:
        """Summarise a product's reviews (pros, cons, rating histogram) and list them."""
        from shopagent.catalog.views import reviews_view
        from shopagent.cli.context import command_deps

        view = reviews_view(command_deps(), product_id)
        if json_out:
            emit_json(view)
            return
        from shopagent.render.detail import print_reviews

        print_reviews(view)
