"""The `shopagent` command: flags in, library call, render out. Heavy libraries load lazily."""

from __future__ import annotations

import os
import sys

import typer
from typer.core import TyperGroup

from shopagent.errors import ShopError


class ShopGroup(TyperGroup):
    """Turns expected failures into one line on stderr and the SPEC exit code."""

    def invoke(self, ctx):  # type: ignore[no-untyped-def]
        try:
            return super().invoke(ctx)
        except ShopError as exc:
            if os.environ.get("SHOPAGENT_DEBUG"):
                raise
            sys.stderr.write(f"shopagent: {exc}\n")
            raise SystemExit(exc.exit_code) from None
        except KeyboardInterrupt:
            sys.stderr.write("shopagent: interrupted\n")
            raise SystemExit(130) from None


app = typer.Typer(
    cls=ShopGroup,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="A shopping agent that runs entirely on your machine.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root(ctx: typer.Context) -> None:
    from shopagent.cli.context import bind

    bind(ctx)


def _register() -> None:
    from shopagent.cli import (
        agent_cmds,
        autobuy_cmds,
        catalog_cmds,
        commerce_cmds,
        misc_cmds,
        parse_cmds,
        plan_cmds,
        product_cmds,
        search_cmds,
        serve_cmds,
    )

    for module in (
        agent_cmds,
        parse_cmds,
        search_cmds,
        product_cmds,
        plan_cmds,
        catalog_cmds,
        commerce_cmds,
        autobuy_cmds,
        serve_cmds,
        misc_cmds,
    ):
        module.register(app)


_register()


def run() -> None:
    """The `shopagent` command. After the command has finished and its output is flushed, the process
    ends without the interpreter's teardown: unloading lancedb, pyarrow and llama.cpp module by module
    took ~0.3 s of every cold command here, after the last byte was written. Every write the commands
    make is committed before they return (SQLite transactions, LanceDB versions, files replaced
    atomically); `atexit` handlers still run. An exception other than an exit propagates as usual."""
    import atexit
    import contextlib
    import os
    import sys

    try:
        app()
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, str):
        print(code, file=sys.stderr)
        code = 1
    status = 0 if code is None else code if isinstance(code, int) else 1
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):  # the reader went away (`| head`) or stdout was closed
        status = status or 1
    with contextlib.suppress(BrokenPipeError, ValueError):
        sys.stderr.flush()
    atexit._run_exitfuncs()
    os._exit(status)
