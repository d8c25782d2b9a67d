"""Catalog versions: where they are stored, which one is current, and the lock that serialises writers.

Each import writes a complete version directory (catalog/<version>/, or a prefix on object storage);
`meta.catalog_version` in the state file names the current one and `_set_current` flips it inside the
import's own transaction. The previous version is kept for readers still on it; older versions and
orphan build directories are removed after the next import (`_collect_garbage`).
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from shopagent.catalog.lance import import_lancedb
from shopagent.catalog.location import CatalogLocation, catalog_location
from shopagent.errors import CorruptState, ShopError

if TYPE_CHECKING:
    import duckdb

    from shopagent.catalog.embed import Embedder
    from shopagent.paths import Paths
    from shopagent.statedb import StateDB

Advance = Callable[[int], None]
# `progress(description, total)` opens a progress display and yields `advance(n)`; the CLI passes
# render.progress.progress_bar (a bar on stderr). Without one, imports report nothing.
ProgressFactory = Callable[[str, int], AbstractContextManager[Advance]]


class StoreDeps(Protocol):
    """What a store is built from (`Deps` is one). `state` and `embedder` are read on first use, so a
    store that only reads never loads the embedding model."""

    @property
    def paths(self) -> Paths: ...

    @property
    def state(self) -> StateDB: ...

    @property
    def embedder(self) -> Embedder: ...


class Snapshots:
    """The versions of one catalog home, and the read handles opened on the current one."""

    def __init__(self, deps: StoreDeps, *, progress: ProgressFactory | None = None):
        self.deps = deps
        self.paths = deps.paths
        self.progress = progress
        self._table: Any = None
        self._table_key: tuple[str, ...] | None = None
        self._duck: duckdb.DuckDBPyConnection | None = None
        self._duck_version: str | None = None
        self._inventory_sig: tuple | None = None
        self._facets: tuple[str, dict] | None = None
        self._terms: tuple[str, frozenset[str] | None] | None = None
        self._manifest: tuple[str, dict] | None = None
        self._location: CatalogLocation | None = None
        self._verified: str | None = None  # the version whose files were last found complete

    # -- where things are ----------------------------------------------------------------
    @property
    def state(self) -> StateDB:
        return self.deps.state

    @property
    def version(self) -> str | None:
        """The current catalog version (a directory name under catalog/), or None before the first import."""
        return self.state.get_meta("catalog_version")

    @property
    def location(self) -> CatalogLocation:
        """Where versions are stored: the local catalog dir, or SHOPAGENT_CATALOG_URI (s3://...)."""
        if self._location is None:
            self._location = catalog_location(self.paths, self.state)
        return self._location

    def version_dir(self, version: str | None = None) -> Path:
        """The version's local directory (for a catalog on object storage: its local copy)."""
        version = version or self._require_version()
        if self.location.remote:
            return self.location.mirror_root / version
        return self.paths.catalog_dir / version

    def _open_lance(self, version: str) -> Any:
        return import_lancedb().connect(
            self.location.lance_uri(version), storage_options=self.location.storage_options()
        )

    def _require_version(self) -> str:
        version = self.version
        if version is None:
            raise ShopError("no catalog has been imported yet; run `shopagent catalog import PATH`")
        return version

    def _check_version_dir(self, version: str) -> Path:
        """The version's local directory, after checking its files are all there."""
        location = self.location
        recorded = self.state.get_meta("catalog_location") or "local"
        if recorded != location.name:
            raise CorruptState(
                f"the current catalog (version {version}) is stored at {recorded}, but the catalog location "
                f"is now {location.name}; import a catalog there with "
                "`shopagent catalog import PATH --replace`, or set the location back"
            )
        if not location.remote:
            root = self.paths.catalog_dir / version
            missing = [n for n in ("manifest.json", "products.parquet", "lance") if not (root / n).exists()]
        elif self._verified == version:
            return self.version_dir(version)
        else:
            root_name = location.version_uri(version)
            missing = location.missing(version)
        if missing:
            where = root if not location.remote else root_name
            raise CorruptState(
                f"catalog version {version} at {where} is missing {', '.join(missing)}; "
                "re-import a catalog with `shopagent catalog import PATH --replace`"
            )
        if location.remote:
            root = location.mirror(version)
            self._verified = version
        return root

    def manifest(self) -> dict[str, Any]:
        version = self._require_version()
        if self._manifest and self._manifest[0] == version:
            return self._manifest[1]
        root = self._check_version_dir(version)
        try:
            data = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise CorruptState(f"catalog manifest {root / 'manifest.json'} is unreadable ({exc})") from None
        self._manifest = (version, data)
        return data

    def is_ready(self) -> bool:
        version = self.version
        if version is None:
            return False
        try:
            self._check_version_dir(version)
        except CorruptState:
            return False
        return True

    # -- writing a version ------------------------------------------------------------------
    def _set_current(self, conn: sqlite3.Connection, version: str, previous: str | None) -> None:
        current = self.state.get_meta("catalog_version")
        if current:
            self.state.set_meta(conn, "catalog_previous_version", current)
        self.state.set_meta(conn, "catalog_version", version)
        self.state.set_meta(conn, "catalog_location", self.location.name)

    def _collect_garbage(self) -> None:
        """Remove versions other than the current and the previous one, and orphan build directories."""
        keep = {self.state.get_meta("catalog_version"), self.state.get_meta("catalog_previous_version")}
        if self.location.remote:
            self.location.collect(keep)
        root = self.paths.catalog_dir
        if not root.is_dir():
            return
        for child in root.iterdir():
            if not child.is_dir() or child.name in keep:
                continue
            if child.name.startswith(".build-") and time.time() - child.stat().st_mtime < 6 * 3600:
                continue  # possibly an import running right now in another process
            if child.name.startswith(".build-") or (child.name[:8].isdigit() and "T" in child.name):
                shutil.rmtree(child, ignore_errors=True)

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """One writer of the catalog at a time (imports and price updates), across processes."""
        self.paths.catalog_dir.mkdir(parents=True, exist_ok=True)
        with open(self.paths.catalog_dir / ".lock", "a+b") as fh:
            try:
                import fcntl
            except ImportError:  # pragma: no cover - non-POSIX: the state transaction still guards the flip
                yield
                return
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)

    def _forget_handles(self) -> None:
        self._table = None
        self._table_key = None
        self._manifest = None
        self._facets = None
        self._terms = None
        self._verified = None
        if self._duck is not None:
            self._duck.close()
        self._duck = None
        self._duck_version = None
        self._inventory_sig = None
