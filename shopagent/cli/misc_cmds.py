"""paths and config: where things are, and user settings."""

from __future__ import annotations

import typer

from shopagent.cli.output import JsonOpt, emit_json


def register(app: typer.Typer) -> None:
    @app.command()
    def paths(json_out: JsonOpt = False) -> None:
        """Print where shopagent keeps its state, catalog, models and caches."""
        from shopagent.catalog.location import configured_uri_at
        from shopagent.paths import Paths

        paths = Paths.from_env()
        found: dict[str, str | None] = dict(paths.as_dict())
        # Catalog versions on object storage (SHOPAGENT_CATALOG_URI or config catalog_uri); None: local.
        found["catalog_uri"] = configured_uri_at(paths)
        if json_out:
            emit_json(found)
            return
        width = max(len(k) for k in found)
        for key, value in found.items():
            typer.echo(f"{key:<{width}}  {value if value is not None else '(local: the catalog dir)'}")

    @app.command(name="version", hidden=True)
    def version() -> None:
        """Print the shopagent version."""
        from shopagent import __version__

        typer.echo(__version__)

    @app.command()
    def models(json_out: JsonOpt = False) -> None:
        """List the known chat models, which one is the default, and where they are."""
        from shopagent.agent.model import known_models
        from shopagent.paths import Paths

        rows = known_models(Paths.from_env())
        if json_out:
            emit_json(rows)
            return
        for row in rows:
            mark = "*" if row.get("default") else " "
            state = "ready" if row.get("provisioned") else "prepared on first use"
            if not row.get("provisioned") and row.get("parts_installed") is False:
                state = "parts not installed"
            typer.echo(f"{mark} {row['name']}  [{state}]  {row['path']}")
