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

    # soft wrap: a one-line error or note stays one line in a log or a pipe, whatever the width
    return Console(stderr=True, highlight=False, soft_wrap=True)


# Bidirectional overrides and isolates (U+202A-202E, U+2066-2069) and marks can make a title display
# reversed or reordered text (Trojan-Source style); C0/C1 controls can move the cursor or recolour.
_BIDI = {0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)}


def _printable(ch: str) -> bool:
    code = ord(ch)
    if ch in "\n\t":
        return True
    return code >= 32 and not 0x7F <= code <= 0x9F and code not in _BIDI


def safe(text: object) -> str:
    """Escape untrusted text for Rich markup and drop characters that could move the cursor,
    recolour the terminal or reorder what is displayed."""
    from rich.markup import escape

    return escape("".join(ch for ch in str(text) if _printable(ch)))
