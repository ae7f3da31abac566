"""Answers that are content rather than JSON (speech audio, a file's bytes), kept or written out.

`speech()` and `file_content()` return the bytes, or with `to=` write them to a path or binary
file object as they arrive, so a long recording never has to fit in memory. `check_target`
checks `to=` before the request is sent; `DownloadTarget.writing()` opens a path only once the
server has answered with success, so an error never leaves an empty file behind, and removes a
file it created when the download breaks off.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NamedTuple, TypeVar, cast

import httpx

from ._operations import ContentOperation
from ._results import ErrorValue, error_value_from_response

ContentT = TypeVar("ContentT")

TargetInput = str | os.PathLike[str] | IO[bytes]
"""Where `to=` may send content: a path, or a file object opened for binary writing."""


class DownloadTarget(NamedTuple):
    """A checked `to=`: a `path` to create (or replace), or a caller's open binary `file`."""

    path: Path | None = None
    file: IO[bytes] | None = None

    @contextmanager
    def writing(self) -> Iterator[Counter]:
        """A writer that counts bytes; a path is removed again if writing fails part way."""
        if self.file is not None:
            yield Counter(self.file)
            return
        assert self.path is not None
        try:
            with self.path.open("wb") as handle:
                yield Counter(handle)
        except BaseException:
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise


class Counter:
    """Writes pieces to a binary file, keeping count of the bytes written."""

    def __init__(self, file: IO[bytes]) -> None:
        self._file = file
        self.written = 0

    def write(self, data: bytes) -> None:
        self._file.write(data)
        self.written += len(data)


def content_request(operation: ContentOperation[Any], **args: Any) -> dict[str, Any]:
    """The operation's request, accepting any type of content.

    The client asks for `application/json` by default; a server that honours `Accept` would
    refuse that for audio, a file's bytes or a plain-text transcript.
    """
    kwargs = operation.build(**args)
    kwargs["headers"] = {**(kwargs.get("headers") or {}), "Accept": "*/*"}
    return kwargs


def read_content(
    operation: ContentOperation[ContentT], response: httpx.Response
) -> tuple[int, ContentT | ErrorValue]:
    """A 2xx answer decoded as the operation says; an error status as the server's error
    (a 429's as a `RateLimitResponse` with the wait it asked for)."""
    if response.is_success:
        return response.status_code, operation.decode(response.content)
    return response.status_code, error_value_from_response(response)


def check_target(value: object, argument: str = "to") -> DownloadTarget:
    """Check `to=` before sending: a path whose folder exists, or a writable binary file."""
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if path.is_dir():
            raise ValueError(f"{argument} {str(path)!r} is a directory; name a file in it")
        if not path.parent.is_dir():
            raise ValueError(
                f"{argument} {str(path)!r}: the folder {str(path.parent)!r} does not exist"
            )
        return DownloadTarget(path=path)
    if callable(getattr(value, "write", None)):
        if getattr(value, "closed", False):
            raise ValueError(f"{argument} is a closed file")
        mode = getattr(value, "mode", "b")  # not every file object has a text `mode`
        if isinstance(value, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
            raise TypeError(f"{argument} must be a file opened in binary mode ('wb'), not text")
        return DownloadTarget(file=cast(IO[bytes], value))
    raise TypeError(
        f"{argument} must be a path or a file object opened for binary writing, "
        f"got {type(value).__name__}"
    )


__all__ = [
    "Counter",
    "DownloadTarget",
    "TargetInput",
    "check_target",
    "content_request",
    "read_content",
]
