"""Idempotency-Key as the Agentic Commerce Protocol specifies it.

A POST without a key gets 400. The key's record (request hash, status, response) is written in the same
SQLite transaction as the business write, so after a crash there is either both or neither. The same key
with the same request replays the stored response (`Idempotent-Replayed: true`); with another request it
gets 422; while the first request with that key is still running in this process, 409. Records are kept
for KEEP_SECONDS (24 h) and then purged.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

KEEP_SECONDS = 24 * 3600
MAX_KEY_CHARS = 255


@dataclass(frozen=True)
class Outcome:
    status: int
    body: dict[str, Any]
    replayed: bool = False


class KeyProblem(Exception):
    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def request_hash(method: str, path: str, body: bytes) -> str:
    """The same JSON with keys in another order or other spacing is the same request."""
    try:
        canonical = json.dumps(json.loads(body or b"null"), sort_keys=True, separators=(",", ":")).encode()
    except (ValueError, UnicodeDecodeError):
        canonical = body
    return hashlib.sha256(method.encode() + b" " + path.encode() + b"\n" + canonical).hexdigest()


def check_key(key: str | None) -> str:
    key = (key or "").strip()
    if not key:
        raise KeyProblem(400, "idempotency_key_required", "every POST needs an Idempotency-Key header")
    if len(key) > MAX_KEY_CHARS or not key.isprintable():
        raise KeyProblem(
            400, "idempotency_key_invalid", f"Idempotency-Key must be 1-{MAX_KEY_CHARS} printable characters"
        )
    return key


class InFlight:
    """Keys being processed by this server right now."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._keys: set[str] = set()

    def claim(self, key: str) -> bool:
        with self._lock:
            if key in self._keys:
                return False
            self._keys.add(key)
            return True

    def holds(self, key: str) -> bool:
        with self._lock:
            return key in self._keys

    def release(self, key: str) -> None:
        with self._lock:
            self._keys.discard(key)


def run_once(
    deps: Any,
    key: str,
    fingerprint: str,
    action: Callable[[], tuple[int, dict[str, Any]]],
    *,
    now: float | None = None,
) -> Outcome:
    """Replay the stored outcome of `key`, or run `action` and store its outcome in one transaction.

    `action` maps expected failures to (4xx, error body) itself; those are stored and replayed too. An
    unexpected exception rolls back both the business write and the key record.
    """
    now = time.time() if now is None else now
    with deps.state.tx() as conn:
        conn.execute("DELETE FROM idempotency_keys WHERE created_at < ?", (now - KEEP_SECONDS,))
        row = conn.execute(
            "SELECT request_hash, status_code, response_json FROM idempotency_keys WHERE key = ?", (key,)
        ).fetchone()
        if row is not None:
            if row["request_hash"] != fingerprint:
                raise KeyProblem(
                    422, "idempotency_key_reused",
                    "this Idempotency-Key was already used with a different request; use a new key",
                )  # fmt: skip
            return Outcome(row["status_code"], json.loads(row["response_json"]), replayed=True)
        status, body = action()
        conn.execute(
            "INSERT INTO idempotency_keys (key, request_hash, status_code, response_json, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (key, fingerprint, status, json.dumps(body), now),
        )
    return Outcome(status, body)
