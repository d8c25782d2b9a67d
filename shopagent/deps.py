"""The handles every command and tool needs, built lazily and passed explicitly (never module globals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from shopagent.errors import ShopError
from shopagent.paths import Paths

if TYPE_CHECKING:
    from shopagent.catalog.embed import Embedder
    from shopagent.catalog.snapshots import ProgressFactory
    from shopagent.catalog.store import CatalogStore
    from shopagent.statedb import StateDB


@dataclass
class Deps:
    paths: Paths
    # Test seams: a fake embedder or model can be injected; production builds the real ones lazily.
    embedder_override: Any = None
    # Builds the chat model: (deps, --model path or None, one_shot) -> ChatModel. The CLI passes the
    # llama.cpp loader; library users and tests pass their own (the agent layer sits above this one).
    model_loader: Callable[..., Any] | None = None
    # Rewrites a request into the catalog's language, (text, language) -> text or None
    # (search/translate.py). Set by the commands that have a chat model at hand; None searches as written.
    translator: Callable[..., str | None] | None = None  # (text, language, hints) -> rewrite
    # Per-process settings of a server (serve: "serve_via"), read by the tools it exposes.
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_env(cls, **kwargs: Any) -> Deps:
        return cls(paths=Paths.from_env(), **kwargs)

    @cached_property
    def state(self) -> StateDB:
        from shopagent.statedb import StateDB

        self.paths.ensure()
        return StateDB(self.paths.state_db)

    @cached_property
    def embedder(self) -> Embedder:
        if self.embedder_override is not None:
            return self.embedder_override
        from shopagent.catalog.embed import default_embedder

        return default_embedder(self.paths)

    # How the first-use import of the sample catalog shows its progress (the CLI sets a bar on stderr).
    progress: ProgressFactory | None = None

    @cached_property
    def catalog(self) -> CatalogStore:
        """The catalog, importing the sample catalog on first use (shown through `progress`)."""
        from shopagent.catalog.store import CatalogStore

        store = CatalogStore(self, progress=self.progress)
        store.ensure_ready()
        return store

    def load_model(self, path: str | None = None, *, one_shot: bool = False) -> Any:
        """A chat model from `model_loader`: loading a GGUF takes seconds, so callers do it once."""
        if self.model_loader is None:
            raise ShopError("no chat model loader is configured for this run")
        return self.model_loader(self, path, one_shot=one_shot)

    def close(self) -> None:
        if "state" in self.__dict__:
            self.state.close()
