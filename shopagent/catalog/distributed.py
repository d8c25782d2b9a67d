"""Embedding a large import on Ray workers (`catalog import --workers N [--ray-address ADDR]`).

Only the embedding is distributed: it is where an import spends its time (docs/catalog.md has the
figures). Reading, validation, the embedding cache, the LanceDB/Parquet build and the flip stay in
the importing process, so the snapshot is the same as a single-process import writes.

Each worker is a Ray actor holding its own copy of the embedder (pickled from the importing
process; the default embedder reloads its bundled weights and runs one thread per worker) and
embeds whole batches. Without `--ray-address` a local Ray instance with N CPU slots is started for
the import and stopped after it; with one, the workers join that cluster, whose nodes need shopagent
installed (`pip install 'shopagent[distributed]'`).
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from shopagent.errors import InvalidInput, ShopError, UsageError

# Texts per Ray task: large enough that scheduling costs little next to the embedding itself.
RAY_BATCH_SIZE = 128
IN_FLIGHT_PER_WORKER = 2


def check_workers(workers: int | None, ray_address: str | None) -> None:
    if workers is not None and workers < 1:
        raise UsageError(f"--workers {workers}: give 1 or more")
    if ray_address and workers is None:
        raise UsageError("--ray-address needs --workers N (how many embedding workers to run there)")


class _Worker:
    """A Ray actor: one embedder, many batches."""

    def __init__(self, embedder: Any):
        self.embedder = embedder

    def embed(self, texts: list[str]) -> Any:
        return self.embedder.embed_passages(texts)


class RayEmbedding:
    """Callable `batches -> (index, vectors)` that runs on Ray; Ray starts on first use."""

    batch_size = RAY_BATCH_SIZE

    def __init__(self, embedder: Any, workers: int, address: str | None = None):
        self.embedder = embedder
        self.workers = workers
        self.address = address
        self._actors: list[Any] = []
        self._started_ray = False

    def _start(self) -> None:
        try:
            import ray
        except ImportError:
            raise InvalidInput(
                "--workers runs the embedding on Ray, which is not installed; "
                "install it with: pip install 'shopagent[distributed]'"
            ) from None
        if not ray.is_initialized():
            import shopagent

            # Workers import this same shopagent, wherever it is installed.
            code = str(Path(shopagent.__file__).resolve().parent.parent)
            pythonpath = os.pathsep.join(p for p in (code, os.environ.get("PYTHONPATH", "")) if p)
            kwargs: dict[str, Any] = {
                "include_dashboard": False,
                "log_to_driver": False,
                "logging_level": "WARNING",
                "runtime_env": {"env_vars": {"PYTHONPATH": pythonpath}},
            }
            if self.address:
                kwargs["address"] = self.address
            else:
                kwargs["num_cpus"] = self.workers
            try:
                with warnings.catch_warnings():
                    # Ray forks and at once execs its own processes; lancedb, if imported, warns in
                    # each forked child about fork safety, which an exec'ed child does not need.
                    warnings.filterwarnings("ignore", "lancedb fork support", RuntimeWarning)
                    ray.init(**kwargs)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                where = self.address or "a local Ray instance"
                raise InvalidInput(f"cannot start embedding workers on {where} ({exc})") from None
            self._started_ray = True
        actor = ray.remote(num_cpus=1)(_Worker)
        shared = ray.put(self.embedder)
        self._actors = [actor.remote(shared) for _ in range(self.workers)]

    def __call__(self, batches: list[list[str]]) -> Iterator[tuple[int, Any]]:
        """Vectors of each batch, in the order they finish, at most two batches queued per worker."""
        import numpy as np

        if not batches:
            return
        if not self._actors:
            self._start()
        import ray

        pending: dict[Any, int] = {}
        queued = iter(enumerate(batches))
        for actor in self._actors * IN_FLIGHT_PER_WORKER:
            item = next(queued, None)
            if item is None:
                break
            pending[actor.embed.remote(item[1])] = item[0]
        owners = {
            ref: actor for ref, actor in zip(pending, self._actors * IN_FLIGHT_PER_WORKER, strict=False)
        }
        while pending:
            [done], _ = ray.wait(list(pending), num_returns=1)
            index = pending.pop(done)
            actor = owners.pop(done)
            item = next(queued, None)
            if item is not None:
                ref = actor.embed.remote(item[1])
                pending[ref] = item[0]
                owners[ref] = actor
            try:
                vectors = ray.get(done)
            except ray.exceptions.RayError as exc:
                first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
                raise ShopError(f"an embedding worker failed ({first_line}); nothing was imported") from None
            yield index, np.asarray(vectors, dtype=np.float32)

    def close(self) -> None:
        if not self._actors and not self._started_ray:
            return
        import ray

        for actor in self._actors:
            ray.kill(actor)
        self._actors = []
        if self._started_ray:
            ray.shutdown()
            self._started_ray = False
