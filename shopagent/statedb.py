"""The state file: one SQLite database in WAL mode, shared safely by concurrent shopagent processes.

Why SQLite/WAL: readers never block the writer and vice versa, `BEGIN IMMEDIATE` serialises writers
with a busy timeout instead of failing, and a commit is atomic and durable across `kill -9`.

Schema changes are SQL files in `shopagent/schema/`, applied in file-name order and recorded by name
in `schema_migrations`. A copy of the file is taken before any migration runs on an existing file.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from shopagent.errors import CorruptState

# "SHOP" as a 32-bit big-endian integer: marks the file as ours so a foreign SQLite file is refused.
APPLICATION_ID = 0x53484F50
BUSY_TIMEOUT_MS = 30_000


def _migrations() -> list[tuple[str, str]]:
    files = resources.files("shopagent.schema")
    found = [(f.name, f.read_text(encoding="utf-8")) for f in files.iterdir() if f.name.endswith(".sql")]
    return sorted(found)


def _recovery_hint(path: Path) -> str:
    return (
        f"move it aside (e.g. `mv {path} {path}.broken`) to start fresh, "
        f"or restore a copy from {path.parent / 'backups'}"
    )


class StateDB:
    """A handle on the state file. Use `tx()` for every write."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._savepoints = 0

    # -- connection -------------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        existed = self.path.exists() and self.path.stat().st_size > 0
        if self.path.exists() and self.path.is_dir():
            raise CorruptState(f"state file {self.path} is a directory; {_recovery_hint(self.path)}")
        try:
            conn = sqlite3.connect(
                self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
            conn.row_factory = sqlite3.Row
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise CorruptState(
                f"state file {self.path} is not a readable shopagent database ({exc}); "
                f"{_recovery_hint(self.path)}"
            ) from None
        if existed and app_id != APPLICATION_ID and (tables > 0 or app_id != 0):
            conn.close()
            raise CorruptState(
                f"state file {self.path} belongs to another program (application_id {app_id}); "
                "it was left untouched; point SHOPAGENT_HOME elsewhere or move the file aside"
            )
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn, existed)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise CorruptState(
                f"state file {self.path} is damaged ({exc}); {_recovery_hint(self.path)}"
            ) from None
        return conn

    def _migrate(self, conn: sqlite3.Connection, existed: bool) -> None:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at REAL NOT NULL)"
        )
        done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
        pending = [(name, sql) for name, sql in _migrations() if name not in done]
        if not pending:
            return
        known = {name for name, _ in _migrations()}
        if done - known:
            raise CorruptState(
                f"state file {self.path} was written by a newer shopagent "
                f"(unknown migrations: {', '.join(sorted(done - known))}); upgrade shopagent"
            )
        if existed and done:
            self._backup(conn)
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have migrated while we waited for the write lock.
            done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
            for name, sql in pending:
                if name in done:
                    continue
                for statement in _split_sql(sql):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, time.time()))
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    def _backup(self, conn: sqlite3.Connection) -> Path:
        backups = self.path.parent / "backups"
        backups.mkdir(parents=True, exist_ok=True)
        target = backups / f"{self.path.stem}-{time.strftime('%Y%m%d-%H%M%S')}.db"
        dest = sqlite3.connect(target)
        with dest:
            conn.backup(dest)
        dest.close()
        return target

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- transactions -----------------------------------------------------------------------
    @contextlib.contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: takes the write lock up front so read-then-write cannot race.

        Inside an open transaction it is a savepoint instead, so a caller can wrap library writes and a
        record of its own (an idempotency key) in one transaction that commits or rolls back as a whole.
        """
        conn = self.conn
        if conn.in_transaction:
            yield from self._savepoint(conn)
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        else:
            conn.execute("COMMIT")

    def _savepoint(self, conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
        self._savepoints += 1
        name = f"nested_{self._savepoints}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield conn
        except BaseException:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
            raise
        else:
            conn.execute(f"RELEASE {name}")

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple | dict = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    # -- small key/value store -------------------------------------------------------------
    def get_meta(self, key: str, default: str | None = None) -> str | None:
        row = self.query_one("SELECT value FROM meta WHERE key = ?", (key,))
        return row[0] if row else default

    def set_meta(self, conn: sqlite3.Connection, key: str, value: str) -> None:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )


def _split_sql(sql: str) -> list[str]:
    """Split a migration file on ';' at line ends (our schema files hold no ';' inside literals)."""
    statements, current = [], []
    for line in sql.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") or not stripped:
            continue
        current.append(line)
        if stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements
