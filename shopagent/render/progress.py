"""Progress bars on stderr (never stdout), shared by catalog import, embedding and model provisioning."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

from shopagent.render import stderr_console

Advance = Callable[[int], None]


@contextlib.contextmanager
def progress_bar(description: str, total: int | None, *, unit: str = "") -> Iterator[Advance]:
    """Yield an `advance(n)` callable; draws a Rich bar on stderr (a final line when not a TTY)."""
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    counter = DownloadColumn() if unit == "bytes" else MofNCompleteColumn()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        counter,
        TimeRemainingColumn(),
        console=stderr_console(),
        transient=False,
    ) as progress:
        task = progress.add_task(description, total=total)
        yield lambda n=1: progress.advance(task, n)
