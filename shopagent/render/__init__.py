"""All Rich output lives in this package. Catalog text is untrusted: escape it before it meets markup."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


@lru_cache(maxsize=1)
def stdout_console() -> Console:
    from rich.console import Console

    return Console(soft_wrap=False, highlight=False)


@lru_cache(maxsize=1)
def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def safe(text: object) -> str:
    """Escape untrusted text for Rich markup and strip control characters that could move the cursor."""
    from rich.markup import escape

    cleaned = "".join(ch for ch in str(text) if ch in "\n\t" or (ord(ch) >= 32 and ord(ch) != 127))
    return escape(cleaned)
