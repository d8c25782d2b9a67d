"""Expected failures. Each carries a one-line message and the process exit code (SPEC: 1, 2 or 4)."""

from __future__ import annotations


class ShopError(Exception):
    """An expected failure: bad input, not found, broken file. Exit code 1."""

    exit_code = 1

    def __init__(self, message: str):
        # Messages are printed on one line; fold any newline coming from foreign text.
        super().__init__(" ".join(str(message).split()))

    @property
    def message(self) -> str:
        return str(self)


class InvalidInput(ShopError):
    """The user gave something we cannot use (a malformed file, a bad value)."""


class NotFound(ShopError):
    """An id, SKU, code or file that does not exist."""


class CorruptState(ShopError):
    """A state or catalog file that is unreadable, foreign or from a newer version."""


class UsageError(ShopError):
    """Wrong combination of flags. Exit code 2."""

    exit_code = 2


class SafetyRefusal(ShopError):
    """A purchase refused by a safety rule (no confirmation, limit, mandate). Exit code 4."""

    exit_code = 4
