"""Batch input files: requests as JSONL lines, split where the Batch API's limits say.

One input file of the Batch API holds at most 50,000 requests and 200 MB, so a run of more is
several files, each its own batch. `Splitter` decides, line by line, where a new file begins;
`batch_line` is one request's line; `RunDigest` adds up every line (and what decides the
split), so that a run resumed from its state file can tell whether it was given the same
requests. `write_parts` is the only I/O here: the lines go to disk as they are made, one at a
time, so the input is never held whole, and each file is flushed to the disk before it is
counted as written.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, NamedTuple

from ._config import BATCH_MAX_BYTES, BATCH_MAX_LINES
from ._request_items import RequestItem

__all__ = [
    "PartFile",
    "RunDigest",
    "Splitter",
    "batch_line",
    "check_limits",
    "part_name",
    "write_parts",
]


def check_limits(max_lines: object, max_bytes: object) -> tuple[int, int]:
    """Limits a caller may lower (to split sooner) but not raise past the API's own."""
    for name, value, most in (
        ("max_lines", max_lines, BATCH_MAX_LINES),
        ("max_bytes", max_bytes, BATCH_MAX_BYTES),
    ):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{name} must be an integer, got {type(value).__name__}")
        if not 1 <= value <= most:
            raise ValueError(
                f"{name} must be between 1 and {most} (the Batch API's limit), got {value}"
            )
    return max_lines, max_bytes  # type: ignore[return-value]  # both checked to be ints


def batch_line(item: RequestItem, endpoint: str) -> bytes:
    """One request as a line of a batch input file, newline included."""
    record = {"custom_id": item.custom_id, "method": "POST", "url": endpoint, "body": item.body}
    try:
        text = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise type(exc)(
            f"request {item.index} ({item.custom_id!r}): the body is not JSON: {exc}"
        ) from exc
    return text.encode() + b"\n"


class Splitter:
    """Where the files of a run begin: a new one when the next line would pass either limit.

    `place(line)` answers the file number the line goes in. A line that alone passes
    `max_bytes` is refused: no file could hold it.
    """

    def __init__(self, max_lines: int, max_bytes: int) -> None:
        self.max_lines = max_lines
        self.max_bytes = max_bytes
        self.part = 0
        self.lines = 0
        self.bytes = 0

    def place(self, line: bytes, item: RequestItem) -> int:
        size = len(line)
        if size > self.max_bytes:
            raise ValueError(
                f"request {item.index} ({item.custom_id!r}) is {size} bytes as a batch line;"
                f" a batch input file holds at most {self.max_bytes}"
            )
        if self.lines and (self.lines >= self.max_lines or self.bytes + size > self.max_bytes):
            self.part += 1
            self.lines = self.bytes = 0
        self.lines += 1
        self.bytes += size
        return self.part


class RunDigest:
    """A digest of a run's input as written: the endpoint, the limits, every line in order."""

    def __init__(self, endpoint: str, max_lines: int, max_bytes: int) -> None:
        self._hash = hashlib.sha256(f"{endpoint}\n{max_lines}\n{max_bytes}\n".encode())
        self.lines = 0

    def add(self, line: bytes) -> None:
        self._hash.update(line)
        self.lines += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class PartFile(NamedTuple):
    """One input file as written: its number, its path, the index of its first request, and
    how many requests and bytes it holds."""

    part: int
    path: Path
    first: int
    requests: int
    size: int


def part_name(run_id: str, part: int) -> str:
    """The file name an input file is uploaded under: a run's files are found by it again."""
    return f"oai-batch-{run_id}-{part:05d}.jsonl"


def lines_of(
    items: Iterable[RequestItem], endpoint: str, splitter: Splitter, digest: RunDigest
) -> Iterator[tuple[int, RequestItem, bytes]]:
    """Each request's line and the file it goes in, added to `digest` on the way."""
    for item in items:
        line = batch_line(item, endpoint)
        part = splitter.place(line, item)
        digest.add(line)
        yield part, item, line


def write_parts(
    items: Iterable[RequestItem],
    endpoint: str,
    splitter: Splitter,
    digest: RunDigest,
    path_of: Callable[[int], Path],
) -> list[PartFile]:
    """Write every request to its input file (`path_of(part)`), streamed; the files written.

    Each file is synced to the disk when it is full, so a file reported is a file on disk; a
    failure part way (a bad request) leaves files a later run writes again from the start.
    """
    written: list[PartFile] = []
    out: IO[bytes] | None = None
    first = count = size = 0
    try:
        for part, item, line in lines_of(items, endpoint, splitter, digest):
            if out is None or part != len(written):
                if out is not None:
                    written.append(_finish(out, len(written), path_of, first, count, size))
                out = open(path_of(part), "wb")  # noqa: SIM115  # closed by _finish or below
                first, count, size = item.index, 0, 0
            out.write(line)
            count += 1
            size += len(line)
        if out is not None:
            written.append(_finish(out, len(written), path_of, first, count, size))
            out = None
    finally:
        if out is not None:
            out.close()
    return written


def _finish(
    out: IO[bytes], part: int, path_of: Callable[[int], Path], first: int, count: int, size: int
) -> PartFile:
    out.flush()
    os.fsync(out.fileno())
    out.close()
    return PartFile(part, path_of(part), first, count, size)
