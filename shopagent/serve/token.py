"""The bearer token remote agents present: 32 random bytes, made on first serve, kept 0600 in keys/."""

from __future__ import annotations

import hmac
import os
import secrets
import stat
from pathlib import Path

from shopagent.errors import ShopError
from shopagent.paths import Paths


def _private_dir(path: Path) -> None:
    if not path.exists():
        path.mkdir(parents=True, mode=0o700, exist_ok=True)
        os.chmod(path, 0o700)  # mkdir's mode is filtered by the umask
    if not path.is_dir():
        raise ShopError(f"{path} is not a directory; move it aside so the keys directory can be made")


def ensure_token(paths: Paths) -> str:
    """The API token, created on first use with O_EXCL so two servers starting at once agree on one."""
    path = paths.api_token
    _private_dir(path.parent)
    if not path.exists():
        tmp = path.with_name(f".api_token.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            os.write(fd, (secrets.token_urlsafe(32) + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another server made it first; use that one
        finally:
            os.unlink(tmp)
    st = os.stat(path)
    if stat.S_IMODE(st.st_mode) & 0o077:
        raise ShopError(
            f"{path} is readable by group/others (mode {stat.S_IMODE(st.st_mode):o}); run `chmod 600 {path}`"
        )
    token = path.read_text(encoding="utf-8").strip()
    if len(token) < 20:
        raise ShopError(f"{path} does not hold a usable token; delete it and serve again to make a new one")
    return token


def token_matches(expected: str, authorization: str | None) -> bool:
    """Whether an `Authorization: Bearer ...` header carries the token (compared in constant time)."""
    if not authorization:
        return False
    scheme, _, value = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(value.strip().encode(), expected.encode())
