"""Progress of long work (uploads, batches, `map`) for a person: a bar on a terminal, else lines.

A bar redrawn with carriage returns is unreadable in a log file or a CI transcript, so where
stderr is not a terminal each step is a line of its own. `progress_text` is the wording, with no
I/O; `Progress` writes it.
"""

from __future__ import annotations

import sys
from typing import TextIO

__all__ = ["CountDisplay", "Progress", "progress_text"]

BAR_WIDTH = 30


def _size(count: int) -> str:
    value = float(count)
    for unit in ("B", "KiB", "MiB", "GiB"):
        if value < 1024 or unit == "GiB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def progress_text(label: str, done: int, total: int, *, bar: bool, counted: bool = False) -> str:
    """`label [#####-----] 50% 1.0 MiB of 2.0 MiB`, or without the bar for plain lines;
    `counted`: things, not bytes (`50% 1,000 of 2,000`)."""
    fraction = done / total if total else 1.0
    amount = f"{fraction:4.0%} " + (
        f"{done:,} of {total:,}" if counted else f"{_size(done)} of {_size(total)}"
    )
    if not bar:
        return f"{label}: {amount.strip()}"
    filled = round(fraction * BAR_WIDTH)
    return f"{label} [{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {amount}"


class Progress:
    """Shows each step of one piece of work on `stream` (the command's stderr)."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream = stream
        self._label = label
        self._bar = stream.isatty()

    def update(self, done: int, total: int, *, counted: bool = False) -> None:
        self.write(progress_text(self._label, done, total, bar=self._bar, counted=counted))

    def write(self, text: str) -> None:
        """Show `text` as the current step: in place on a terminal, else as a line."""
        self._stream.write(f"\r{text}" if self._bar else f"{text}\n")
        self._stream.flush()

    def finish(self) -> None:
        if self._bar:
            self._stream.write("\n")
            self._stream.flush()


class CountDisplay:
    """What `progress=True` shows for `run_batch` and `map`: requests finished of the total, on
    stderr. A run of 100,000 requests changes its counts 100,000 times, so the display moves
    only when a whole percent more is done (for an input of unknown length, every 1,000),
    then ends its line once everything is."""

    def __init__(self, label: str, stream: TextIO | None = None) -> None:
        self._progress = Progress(stream if stream is not None else sys.stderr, label)
        self._label = label
        self._shown: int | None = None
        self._over = False

    def __call__(self, finished: int, total: int | None) -> None:
        if self._over:
            return
        step = finished // 1000 if total is None else (finished * 100 // total if total else 100)
        if step == self._shown:
            return
        self._shown = step
        if total is None:
            self._progress.write(f"{self._label}: {finished:,} done")
            return
        self._progress.update(finished, total, counted=True)
        if finished >= total:
            self._over = True
            self._progress.finish()
