"""The `Deps` a command runs with.

A caller that embeds the CLI (a test, another program) passes its own, with a fake embedder or model
loader inside: `app(obj=deps)` or `CliRunner().invoke(app, args, obj=deps)`. Otherwise each
invocation builds one from the environment and closes it when the command ends. The app's root
callback (`bind`) binds it for the invocation; commands read it with `command_deps()`.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from shopagent.deps import Deps

_CURRENT: ContextVar[Deps | None] = ContextVar("shopagent_deps", default=None)


def load_default_model(deps: Deps, path: str | None = None, *, one_shot: bool = False) -> Any:
    """The CLI's model loader: --model/$SHOPAGENT_MODEL or the provisioned default."""
    from shopagent.agent import model
    from shopagent.render.progress import progress_bar

    return model.load_chat_model(deps, path, one_shot=one_shot, progress=progress_bar)


def attach_translator(deps: Deps, load_model: Callable[[], Any]) -> None:
    """Let searches rewrite a request in another language into the catalog's (search/translate.py)
    with the chat model `load_model()` gives, loaded on the first rewrite that is not cached."""
    from shopagent.search.translate import Translator

    deps.translator = Translator(load_model, deps.paths.cache_dir / "translations.json")


def _progress_bar(description: str, total: int, **options: Any) -> Any:
    """render's progress bar, imported when a first-run import or a download needs one."""
    from shopagent.render.progress import progress_bar

    return progress_bar(description, total, **options)


def _from_env() -> Deps:
    from shopagent.deps import Deps

    return Deps.from_env(model_loader=load_default_model, progress=_progress_bar)


def bind(ctx: typer.Context) -> None:
    """The root callback: the caller's Deps (ctx.obj) or a new one, for this invocation."""
    from shopagent.deps import Deps

    if isinstance(ctx.obj, Deps):
        deps = ctx.obj
    else:
        deps = ctx.obj = _from_env()
        ctx.call_on_close(deps.close)
    token = _CURRENT.set(deps)
    ctx.call_on_close(lambda: _CURRENT.reset(token))


def command_deps() -> Deps:
    """The Deps bound for the running command (a fresh one when called outside an invocation)."""
    deps = _CURRENT.get()
    return deps if deps is not None else _from_env()
