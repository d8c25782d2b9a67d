"""Open mandates: spending limits the user signed, checked by code before any autonomous purchase.

A mandate says "purchases up to X each, Y in total, in these categories or SKUs, until this date".
Its fields are signed with HMAC-SHA256 under a local key (`keys/mandate.key`, 32 random bytes,
owner-only). The signature is what makes the state file's mandate row trustworthy: raising
`max_total_minor` by hand, clearing `revoked_at` or widening the categories all break it, and a broken
signature refuses the purchase. The key never leaves this module: no tool, output, log or error
message carries it.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shopagent.commerce.audit import now_iso
from shopagent.errors import InvalidInput, NotFound, SafetyRefusal, ShopError
from shopagent.money import format_money, json_amount, normalize_currency

KEY_FILE = "mandate.key"
KEY_BYTES = 32
SIGNATURE_VERSION = 1


class InsecureKey(ShopError):
    """The signing key is missing, damaged or readable by others: no mandate can be trusted."""


@dataclass(frozen=True)
class Mandate:
    mandate_id: str
    currency: str
    max_total_minor: int
    budget_minor: int | None
    categories: tuple[str, ...]
    skus: tuple[str, ...]
    expires_at: str | None
    created_at: str
    revoked_at: str | None
    signature: str
    spent_minor: int = 0

    @property
    def id(self) -> str:
        return self.mandate_id

    def status(self, now: datetime | None = None) -> str:
        if self.revoked_at:
            return "revoked"
        if self.expires_at and _parse_ts(self.expires_at) <= (now or datetime.now(UTC)):
            return "expired"
        if self.budget_minor is not None and self.spent_minor >= self.budget_minor:
            return "exhausted"
        return "active"

    def expiry_key(self) -> tuple[int, str]:
        """Sort key: earliest expiry first, open-ended last."""
        return (0, _parse_ts(self.expires_at).isoformat()) if self.expires_at else (1, "")

    def describe(self) -> str:
        scope = []
        if self.categories:
            scope.append("categories " + ", ".join(self.categories))
        if self.skus:
            scope.append("SKUs " + ", ".join(self.skus))
        parts = [f"up to {format_money(self.max_total_minor, self.currency)} per purchase"]
        if self.budget_minor is not None:
            parts.append(f"{format_money(self.budget_minor, self.currency)} in total")
        parts.append("; ".join(scope) if scope else "any product")
        parts.append(f"until {self.expires_at}" if self.expires_at else "no expiry")
        return ", ".join(parts)

    def to_json(self, *, signature_valid: bool | None = None, now: datetime | None = None) -> dict[str, Any]:
        remaining = None if self.budget_minor is None else max(self.budget_minor - self.spent_minor, 0)
        return {
            "mandate_id": self.mandate_id,
            "status": self.status(now),
            "max_total": json_amount(self.max_total_minor, self.currency),
            "budget": json_amount(self.budget_minor, self.currency),
            "spent": json_amount(self.spent_minor, self.currency),
            "remaining": json_amount(remaining, self.currency),
            "currency": self.currency,
            "categories": list(self.categories),
            "skus": list(self.skus),
            "expires_at": self.expires_at,
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
            "signature_valid": signature_valid,
        }


# -- the signing key ---------------------------------------------------------------------------
def _check_private(path: Path, st: os.stat_result, fix: str) -> None:
    if st.st_uid != os.geteuid():
        raise InsecureKey(f"{path} is owned by another user; it must belong to you (chown it, then `{fix}`)")
    if stat.S_IMODE(st.st_mode) & 0o077:
        raise InsecureKey(
            f"{path} is accessible to group/others (mode {stat.S_IMODE(st.st_mode):o}); "
            f"mandates are refused until you run `{fix}`"
        )


def _ensure_keys_dir(deps: Any) -> Path:
    keys_dir = Path(deps.paths.keys_dir)
    if not keys_dir.exists():
        keys_dir.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(keys_dir, 0o700)  # mkdir's mode is filtered by the umask; make it exact
    st = os.stat(keys_dir)
    if not stat.S_ISDIR(st.st_mode):
        raise InsecureKey(f"{keys_dir} is not a directory; move it aside so a key directory can be made")
    _check_private(keys_dir, st, f"chmod 700 {keys_dir}")
    return keys_dir


def _create_key(path: Path) -> None:
    """Write a fresh key under a private temporary name, then publish it atomically with link().

    link() fails if the key already exists, so two processes creating it at once agree on one key, and
    nobody ever reads a half-written key.
    """
    tmp = path.with_name(f".{KEY_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.write(fd, secrets.token_bytes(KEY_BYTES))
        os.fsync(fd)
    finally:
        os.close(fd)
    try:
        os.link(tmp, path)
    except FileExistsError:
        pass  # another process won; use its key
    finally:
        os.unlink(tmp)


def _load_key(deps: Any, *, create: bool) -> bytes:
    keys_dir = _ensure_keys_dir(deps)
    path = keys_dir / KEY_FILE
    if not path.exists():
        if not create:
            raise InsecureKey(
                f"the mandate signing key {path} is missing, so no existing mandate can be verified; "
                "revoke them and create new ones with `shopagent mandate create`"
            )
        _create_key(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError as exc:
        raise InsecureKey(f"cannot open the mandate signing key {path} ({exc.strerror})") from None
    try:
        _check_private(path, os.fstat(fd), f"chmod 600 {path}")
        key = os.read(fd, KEY_BYTES + 1)
    finally:
        os.close(fd)
    if len(key) != KEY_BYTES:
        raise InsecureKey(
            f"the mandate signing key {path} is damaged (wrong length); existing mandates cannot be "
            "verified: move the file aside and create new mandates"
        )
    return key


REVOKED_FILE = "revoked"


def _revoked_ids(deps: Any) -> set[str]:
    """Mandate ids revoked on this machine, kept beside the key (owner-only), outside the state file:
    restoring an older state file (a backup) must not bring a revoked mandate back."""
    path = Path(deps.paths.keys_dir) / REVOKED_FILE
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return set()
    except OSError as exc:
        raise InsecureKey(f"cannot open the revocation list {path} ({exc.strerror})") from None
    with os.fdopen(fd, "r", encoding="ascii", errors="replace") as fh:
        _check_private(path, os.fstat(fh.fileno()), f"chmod 600 {path}")
        return {line.strip() for line in fh if line.strip()}


def _remember_revocation(deps: Any, mandate_id: str) -> None:
    keys_dir = _ensure_keys_dir(deps)
    path = keys_dir / REVOKED_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        _check_private(path, os.fstat(fd), f"chmod 600 {path}")
        os.write(fd, f"{mandate_id}\n".encode("ascii"))
        os.fsync(fd)
    finally:
        os.close(fd)


# -- signing ------------------------------------------------------------------------------------
def _canonical(fields: dict[str, Any]) -> bytes:
    payload = {
        "v": SIGNATURE_VERSION,
        "mandate_id": fields["mandate_id"],
        "currency": fields["currency"],
        "max_total_minor": fields["max_total_minor"],
        "budget_minor": fields["budget_minor"],
        "categories": list(fields["categories"]),
        "skus": list(fields["skus"]),
        "expires_at": fields["expires_at"],
        "created_at": fields["created_at"],
        "revoked_at": fields["revoked_at"],
    }
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _sign(key: bytes, fields: dict[str, Any]) -> str:
    return hmac.new(key, _canonical(fields), hashlib.sha256).hexdigest()


def _signed_fields(mandate: Mandate, *, revoked_at: str | None) -> dict[str, Any]:
    """What the signature covers, read from a stored mandate (one list, so signing and checking agree)."""
    return {
        "mandate_id": mandate.mandate_id,
        "currency": mandate.currency,
        "max_total_minor": mandate.max_total_minor,
        "budget_minor": mandate.budget_minor,
        "categories": mandate.categories,
        "skus": mandate.skus,
        "expires_at": mandate.expires_at,
        "created_at": mandate.created_at,
        "revoked_at": revoked_at,
    }


def _signature_ok(key: bytes, mandate: Mandate) -> bool:
    fields = _signed_fields(mandate, revoked_at=mandate.revoked_at)
    return hmac.compare_digest(_sign(key, fields), mandate.signature or "")


# -- rows ---------------------------------------------------------------------------------------
def _parse_ts(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _json_list(text: Any) -> tuple[Any, ...] | None:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return None
    return tuple(value) if isinstance(value, list) else None


_COLUMNS = (
    "mandate_id, currency, max_total_minor, budget_minor, categories, skus, expires_at, created_at, "
    "revoked_at, signature"
)


def _spent(conn: sqlite3.Connection, mandate_id: str) -> int:
    """Spend recorded by the checkout guard, plus any order placed under the mandate without a spend row
    (so deleting ledger rows by hand does not free budget). A canceled or returned order gives its
    amount back; a ledger row whose order is missing still counts."""
    row = conn.execute(
        "SELECT "
        "(SELECT COALESCE(SUM(s.amount_minor), 0) FROM mandate_spend s "
        " LEFT JOIN orders o ON o.idempotency_key = s.idempotency_key "
        " WHERE s.mandate_id = ?1 AND (o.status IS NULL OR o.status = 'confirmed')) + "
        "(SELECT COALESCE(SUM(o.total_minor), 0) FROM orders o "
        " WHERE o.approval_kind = 'mandate' AND o.approval_ref = ?1 AND o.status = 'confirmed' "
        " AND o.idempotency_key NOT IN (SELECT idempotency_key FROM mandate_spend))",
        (mandate_id,),
    ).fetchone()
    return int(row[0])


def _from_row(conn: sqlite3.Connection, row: sqlite3.Row) -> Mandate:
    # A row edited into an unreadable shape still loads; its signature check then fails.
    categories = _json_list(row["categories"])
    skus = _json_list(row["skus"])
    return Mandate(
        mandate_id=row["mandate_id"],
        currency=row["currency"],
        max_total_minor=row["max_total_minor"],
        budget_minor=row["budget_minor"],
        categories=categories if categories is not None else ("<unreadable>",),
        skus=skus if skus is not None else ("<unreadable>",),
        expires_at=row["expires_at"],
        created_at=row["created_at"],
        revoked_at=row["revoked_at"],
        signature=row["signature"],
        spent_minor=_spent(conn, row["mandate_id"]),
    )


def _load(conn: sqlite3.Connection, mandate_id: str) -> Mandate:
    row = conn.execute(f"SELECT {_COLUMNS} FROM mandates WHERE mandate_id = ?", (mandate_id,)).fetchone()
    if row is None:
        known = [r[0] for r in conn.execute("SELECT mandate_id FROM mandates ORDER BY rowid LIMIT 5")]
        hint = f"known mandates: {', '.join(known)}" if known else "there are no mandates yet"
        raise NotFound(f"no mandate {mandate_id!r}; {hint} (see `shopagent mandate list`)")
    return _from_row(conn, row)


# -- public API ---------------------------------------------------------------------------------
def create_mandate(
    deps: Any,
    *,
    max_total_minor: int,
    budget_minor: int | None = None,
    categories: Iterable[str] = (),
    skus: Iterable[str] = (),
    expires_at: datetime | None = None,
    currency: str = "USD",
    now: datetime | None = None,
) -> Mandate:
    """Create and sign an open mandate. Human-only: no agent tool reaches this function."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    currency = normalize_currency(currency)
    if isinstance(max_total_minor, bool) or not isinstance(max_total_minor, int) or max_total_minor <= 0:
        raise InvalidInput(f"max total {max_total_minor!r} must be a positive amount")
    if budget_minor is not None and (not isinstance(budget_minor, int) or budget_minor <= 0):
        raise InvalidInput(f"budget {budget_minor!r} must be a positive amount")
    if budget_minor is not None and budget_minor < max_total_minor:
        raise InvalidInput(
            f"budget {format_money(budget_minor, currency)} is below the per-purchase maximum "
            f"{format_money(max_total_minor, currency)}; raise the budget or lower --max-total"
        )
    cats = sorted({" ".join(c.split()).lower() for c in categories if c and c.strip()})
    sku_list = sorted({s.strip() for s in skus if s and s.strip()})
    expires = None
    if expires_at is not None:
        if expires_at.tzinfo is None:
            raise InvalidInput("expiry needs a time zone")
        if expires_at <= now:
            raise InvalidInput(f"expiry {expires_at.isoformat()} is in the past; give a future date")
        expires = expires_at.astimezone(UTC).isoformat(timespec="seconds")
    key = _load_key(deps, create=True)
    fields: dict[str, Any] = {
        "mandate_id": "mnd_" + secrets.token_hex(6),
        "currency": currency,
        "max_total_minor": max_total_minor,
        "budget_minor": budget_minor,
        "categories": cats,
        "skus": sku_list,
        "expires_at": expires,
        "created_at": now_iso(now),
        "revoked_at": None,
    }
    signature = _sign(key, fields)
    with deps.state.tx() as conn:
        conn.execute(
            f"INSERT INTO mandates ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                fields["mandate_id"],
                currency,
                max_total_minor,
                budget_minor,
                json.dumps(cats),
                json.dumps(sku_list),
                expires,
                fields["created_at"],
                None,
                signature,
            ),
        )
        return _load(conn, fields["mandate_id"])


def get_mandate(deps: Any, mandate_id: str) -> Mandate:
    return _load(deps.state.conn, mandate_id)


def list_mandates(deps: Any) -> list[Mandate]:
    conn = deps.state.conn
    rows = conn.execute(f"SELECT {_COLUMNS} FROM mandates ORDER BY rowid").fetchall()
    return [_from_row(conn, row) for row in rows]


def signature_valid(deps: Any, mandate: Mandate) -> bool:
    """Whether the stored row is exactly what the user signed (False after any hand edit)."""
    return _signature_ok(_load_key(deps, create=False), mandate)


def revoke_mandate(deps: Any, mandate_id: str, *, now: datetime | None = None) -> Mandate:
    """Revoke a mandate; idempotent, and always possible, even with a tampered row or a broken key.

    A sound row is re-signed with its `revoked_at`, so clearing it by hand breaks the signature. A row
    that no longer verifies (or a key that cannot be used) is marked revoked without signing: signing
    would bless whatever was edited, and the row stays refused either way.
    """
    with deps.state.tx() as conn:
        mandate = _load(conn, mandate_id)
        if mandate.revoked_at:
            return mandate
        revoked_at = now_iso(now)
        try:
            key: bytes | None = _load_key(deps, create=False)
        except InsecureKey:
            key = None
        signature = mandate.signature
        if key is not None and _signature_ok(key, mandate):
            signature = _sign(key, _signed_fields(mandate, revoked_at=revoked_at))
        conn.execute(
            "UPDATE mandates SET revoked_at = ?, signature = ? WHERE mandate_id = ?",
            (revoked_at, signature, mandate_id),
        )
        # The row is revoked all the same if this fails; the list only guards against restored backups.
        with contextlib.suppress(InsecureKey, OSError):
            _remember_revocation(deps, mandate_id)
        return _load(conn, mandate_id)


def category_levels(category: str | None) -> list[str]:
    """ "Footwear > Boots > Hiking" -> every level and every path prefix, lower-cased."""
    if not category:
        return []
    parts = [" ".join(p.split()).lower() for p in category.split(">") if p.strip()]
    prefixes = [" > ".join(parts[: i + 1]) for i in range(len(parts))]
    return parts + prefixes


def covers_scope(mandate: Mandate, *, sku: str, category: str | None) -> bool:
    if not mandate.categories and not mandate.skus:
        return True
    if sku in mandate.skus:
        return True
    levels = set(category_levels(category))
    return any(c in levels for c in mandate.categories)


def verify_mandate(
    deps: Any,
    mandate_id: str,
    *,
    sku: str,
    category: str | None,
    amount_minor: int,
    currency: str = "USD",
    conn: sqlite3.Connection | None = None,
    now: datetime | None = None,
) -> Mandate:
    """Check that a mandate allows this purchase, or raise SafetyRefusal naming the reason.

    Pass the checkout transaction's `conn` so the budget is read under the same write lock that
    records the spend: two concurrent purchases then cannot both fit the same remaining budget.
    """
    conn = conn or deps.state.conn
    now = (now or datetime.now(UTC)).astimezone(UTC)
    mandate = _load(conn, mandate_id)
    # Revocation first: a revoked row refuses whatever else is wrong with it (a revocation made while
    # the key was unusable is not signed, and "revoked" is the reason the user expects to read).
    if mandate.revoked_at:
        raise SafetyRefusal(f"mandate {mandate_id} was revoked at {mandate.revoked_at}")
    try:
        key = _load_key(deps, create=False)
        revoked = mandate_id in _revoked_ids(deps)
    except InsecureKey as exc:
        raise SafetyRefusal(f"mandate {mandate_id} cannot be verified: {exc}") from None
    if not _signature_ok(key, mandate):
        raise SafetyRefusal(f"mandate {mandate_id} signature does not match: it was edited outside shopagent")
    if revoked:
        raise SafetyRefusal(
            f"mandate {mandate_id} was revoked (the state file was restored from before the revocation)"
        )
    if mandate.expires_at and _parse_ts(mandate.expires_at) <= now:
        raise SafetyRefusal(f"mandate {mandate_id} expired at {mandate.expires_at}")
    if not covers_scope(mandate, sku=sku, category=category):
        allowed = ", ".join([*mandate.categories, *mandate.skus])
        raise SafetyRefusal(
            f"mandate {mandate_id} does not cover {sku} (category {category or 'none'}); "
            f"it allows only: {allowed}"
        )
    if normalize_currency(currency) != mandate.currency:
        raise SafetyRefusal(
            f"mandate {mandate_id} is in {mandate.currency}, "
            f"the purchase is in {normalize_currency(currency)}"
        )
    if amount_minor > mandate.max_total_minor:
        raise SafetyRefusal(
            f"amount {format_money(amount_minor, currency)} is above mandate {mandate_id}'s per-purchase "
            f"cap {format_money(mandate.max_total_minor, mandate.currency)}"
        )
    if mandate.budget_minor is not None and mandate.spent_minor + amount_minor > mandate.budget_minor:
        left = max(mandate.budget_minor - mandate.spent_minor, 0)
        raise SafetyRefusal(
            f"mandate {mandate_id} budget exceeded: {format_money(amount_minor, currency)} needed, "
            f"{format_money(left, mandate.currency)} of "
            f"{format_money(mandate.budget_minor, mandate.currency)} left"
        )
    return mandate


def record_spend(
    conn: sqlite3.Connection,
    mandate: Mandate,
    *,
    idempotency_key: str,
    amount_minor: int,
    currency: str,
    watch_id: str | None = None,
    now: datetime | None = None,
) -> None:
    """Charge a purchase to a mandate's budget; call inside the order's transaction, after verify."""
    conn.execute(
        "INSERT INTO mandate_spend (idempotency_key, mandate_id, watch_id, amount_minor, currency, at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (idempotency_key, mandate.mandate_id, watch_id, amount_minor, currency, now_iso(now)),
    )
