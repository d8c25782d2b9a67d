"""paths and config: where things are, and user settings."""

from __future__ import annotations

import typer

from shopagent.cli.output import JsonOpt, emit_json


def register(app: typer.Typer) -> None:
    @app.command()
    def paths(json_out: JsonOpt = False) -> None:
        """Print where shopagent keeps its state, catalog, models and caches."""
        from shopagent.paths import Paths

        found = Paths.from_env().as_dict()
        if json_out:
            emit_json(found)
            return
        width = max(len(k) for k in found)
        for key, value in found.items():
            typer.echo(f"{key:<{width}}  {value}")

    @app.command(name="version", hidden=True)
    def version() -> None:
        """Print the shopagent version."""
        from shopagent import __version__

        typer.echo(__version__)
