"""Batch results without I/O: output lines matched back to requests, gaps named, order kept.

A batch's answers come back in two files, in no promised order, keyed by `custom_id`: the
output file (requests that got an HTTP answer, success or not) and the error file (requests
that got none, with the reason). `PartResults` reads both for one input file and says, per
request, what it came to; a request in neither (its batch failed at validation, expired or
was cancelled before reaching it) gets a `RequestError` saying so, marked resubmittable when
it never ran. `Release` says which files' results may be handed out, in input order or as
they come, and `BatchProgress` is what a progress callback sees over all of a run's batches.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ._request_items import ItemResult, RequestError, request_error

if TYPE_CHECKING:
    from ._operations import Operation

__all__ = [
    "BatchProgress",
    "PartResults",
    "Release",
    "ResultRow",
    "error_fields",
    "item_result",
    "progress_of",
]


class BatchProgress(NamedTuple):
    """How far a run is, over all of its batches, from the batches' `request_counts`."""

    completed: int
    failed: int
    total: int
    batches_done: int
    batches_total: int

    @property
    def fraction(self) -> float:
        return (self.completed + self.failed) / self.total if self.total else 1.0


def progress_of(counts: Iterable[tuple[int, int, int, bool]]) -> BatchProgress:
    """The sum over a run's files of (completed, failed, requests, done)."""
    completed = failed = total = done = files = 0
    for ok, bad, requests, finished in counts:
        completed += ok
        failed += bad
        total += requests
        done += finished
        files += 1
    return BatchProgress(completed, failed, total, done, files)


class ResultRow(NamedTuple):
    """One request's result as kept in the state file: `data` is the answer's JSON body when
    `ok`, else the `RequestError`'s fields as JSON; `retry` is where the request's own line
    is in its input file `(offset, length)`, when it may be sent again."""

    index: int  # type: ignore[assignment]  # the request's place, in place of tuple's method
    custom_id: str
    ok: bool
    data: str
    retry: tuple[int, int] | None


def error_fields(error: RequestError) -> str:
    return json.dumps(
        {
            "status": error.status,
            "code": error.code,
            "message": error.message,
            "type": error.type,
            "retryable": error.retryable,
        }
    )


def item_result(
    operation: Operation[Any], index: int, custom_id: str, ok: bool, data: str
) -> ItemResult:
    """A kept result as it is handed out: the endpoint's model, or the `RequestError`."""
    fields = json.loads(data)
    if not ok:
        return ItemResult(index, custom_id, RequestError(index, custom_id, **fields))
    try:
        value: Any = operation.parse(fields)
    except (KeyError, TypeError, ValueError) as exc:
        value = RequestError(
            index, custom_id, 200, "unreadable_answer", f"the answer does not fit its model: {exc}"
        )
    return ItemResult(index, custom_id, value)


# What a request that no line answers came to, by how its batch ended.
_UNANSWERED = {
    "expired": ("batch_expired", "the batch expired before this request ran"),
    "cancelled": ("batch_cancelled", "the batch was cancelled before this request ran"),
    "failed": ("batch_failed", "the batch failed validation (another request's line did)"),
}


class PartResults:
    """The results of one input file's batch, from its input, output and error lines.

    Feed the input file's lines first (`add_input`, with each line's offset), then each output
    and error line (`answer`); `unanswered(batch)` then gives the requests no line answered.
    A line whose `custom_id` is not one of the file's, or answers a request a second time, is
    refused: the results would no longer be one per request.
    """

    def __init__(self, first: int) -> None:
        self.first = first
        self._where: dict[str, tuple[int, int, int]] = {}  # custom_id: (index, offset, length)
        self._answered: set[str] = set()

    def add_input(self, line: bytes, offset: int) -> None:
        custom_id = json.loads(line)["custom_id"]
        self._where[custom_id] = (self.first + len(self._where), offset, len(line))

    def answer(self, line: bytes) -> ResultRow | None:
        """The result one output or error line gives (None for a blank line)."""
        if not line.strip():
            return None
        record = json.loads(line)
        custom_id = record.get("custom_id")
        where = self._where.get(custom_id) if isinstance(custom_id, str) else None
        if where is None:
            raise ValueError(f"a batch result line answers no request of its file: {line[:120]!r}")
        if custom_id in self._answered:
            raise ValueError(f"a batch answered request {custom_id!r} twice")
        self._answered.add(custom_id)
        index = where[0]
        response = record.get("response")
        status = response.get("status_code") if isinstance(response, Mapping) else None
        body = response.get("body") if isinstance(response, Mapping) else None
        if isinstance(status, int) and 200 <= status < 300 and isinstance(body, Mapping):
            return ResultRow(index, custom_id, True, json.dumps(body), None)
        error = request_error(index, custom_id, status, body or record.get("error"))
        return self._error_row(where, custom_id, error)

    def unanswered(self, batch: Mapping[str, Any]) -> Iterator[ResultRow]:
        """A result for each request no line answered, from how the batch ended (`to_dict()`)."""
        status = batch.get("status")
        errors = batch.get("errors") or {}
        by_line: dict[int, Mapping[str, Any]] = {}
        whole: list[str] = []  # errors of the file as a whole (too many requests, ...)
        listed = (errors.get("data") or ()) if isinstance(errors, Mapping) else ()
        for error in listed:
            if not isinstance(error, Mapping):
                continue
            if isinstance(error.get("line"), int):
                by_line.setdefault(error["line"], error)
            else:
                whole.append(f"{error.get('message')} ({error.get('code')})")
        code, message = _UNANSWERED.get(
            str(status), ("no_result", f"the batch ended {status!r} with no result for it")
        )
        if status == "failed" and whole:
            message = f"the batch failed validation: {'; '.join(whole)}"
        for custom_id, where in self._where.items():
            if custom_id in self._answered:
                continue
            index = where[0]
            own = by_line.get(index - self.first + 1)  # the API numbers lines from 1
            if own is not None:
                error = request_error(index, custom_id, None, own, retryable=False)
            else:
                fields = {"code": code, "message": message}
                error = request_error(index, custom_id, None, fields, retryable=True)
            yield self._error_row(where, custom_id, error)

    @staticmethod
    def _error_row(where: tuple[int, int, int], custom_id: str, error: RequestError) -> ResultRow:
        retry = (where[1], where[2]) if error.retryable else None
        return ResultRow(where[0], custom_id, False, error_fields(error), retry)


class Release:
    """Which input files' results are handed out next, once their batches are read in.

    In input order, a file's results wait for every file before it; otherwise each file's go
    out as soon as it is read in. Either way each file's results go out once.
    """

    def __init__(self, ordered: bool) -> None:
        self.ordered = ordered
        self._ready: set[int] = set()
        self._next = 0

    def add(self, part: int) -> list[int]:
        """Record that `part`'s results are in; the parts whose results may go out now."""
        if not self.ordered:
            return [part]
        self._ready.add(part)
        released = []
        while self._next in self._ready:
            self._ready.discard(self._next)
            released.append(self._next)
            self._next += 1
        return released
