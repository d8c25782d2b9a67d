"""The handles every command and tool needs, built lazily and passed explicitly (never module globals)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

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

    def close(self) -> None:
        if "state" in self.__dict__:
            self.state.close()
