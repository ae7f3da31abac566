"""The bookkeeping of one `map` run, without I/O: what to send next, and what each answer is.

`FanOut` reads the input one item at a time, only as a request can start, so a generator of a
million bodies is never held; what it keeps is the items in flight or waiting for a retry and
the results that finished ahead of an earlier one (results are handed out in input order).
After each attempt the client's own `RetryPolicy` decides, with the rules and the count a direct
call has, whether the item is sent again; the client's transport is told not to retry (`map`
sends through `with_options(max_retries=0)`), so that every 429 reaches `Concurrency` and no
retry is made twice. What an item finally comes to is the endpoint's typed model or a
`RequestError`, reported in its place rather than raised.

A body the direct call would refuse ends the run where it is met: nothing more starts, what is
in flight finishes, every result before it is handed out, and then its error is raised (a
sequence is checked whole before anything is sent, in `check_all`).
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

from ._concurrency import Concurrency
from ._request_items import RequestError, RequestItem, request_error
from ._retry_policy import RetryPolicy

__all__ = ["Attempt", "FanOut", "MapProgress", "Outcome", "check_all"]


class MapProgress(NamedTuple):
    """Where a `map` run is: `total` is None for an input of unknown length."""

    done: int
    failed: int
    in_flight: int
    total: int | None


class Attempt(NamedTuple):
    """One sending of one item: `retries` before it, `seq` its number in the controller."""

    item: RequestItem
    retries: int
    seq: int


class Outcome(NamedTuple):
    """What one attempt came to: an answer (`status`, the direct call's value, its headers) or
    a connection failure (`status` None, `value` the `APIConnectionError`)."""

    status: int | None
    value: Any
    headers: Mapping[str, str] | None = None


def check_all(items: Iterable[RequestItem]) -> None:
    """Run the checks of every item, so that a bad one is refused before any is sent."""
    for _ in items:
        pass


class FanOut:
    """One run's state; the shells ask `next_start`, send, and give the answer to `settle`."""

    __slots__ = (
        "_finished",
        "_items",
        "_next",
        "_retries",
        "controller",
        "done",
        "error",
        "failed",
        "keep",
        "policy",
        "total",
    )

    def __init__(
        self,
        items: Iterator[RequestItem],
        controller: Concurrency,
        policy: RetryPolicy,
        total: int | None = None,
    ) -> None:
        self._items: Iterator[RequestItem] | None = items
        self.controller = controller
        self.policy = policy
        self.total = total
        self._retries: list[
            tuple[float, int, int, RequestItem]
        ] = []  # (when, index, retries, item)
        self._finished: dict[int, Any] = {}
        self._next = 0  # the index of the next result to hand out
        self.done = 0
        self.failed = 0
        self.error: Exception | None = None
        """The error of a body that was refused; raised once everything before it is out."""
        self.keep = False
        """Keep results in `finished` after handing them out (`collect()` does)."""

    @property
    def finished(self) -> dict[int, Any]:
        """Results finished and not yet handed out (all of them with `keep`), by input index."""
        return dict(self._finished)

    @property
    def progress(self) -> MapProgress:
        return MapProgress(self.done, self.failed, self.controller.in_flight, self.total)

    @property
    def over(self) -> bool:
        """Nothing in flight, waiting or left to read."""
        return self._items is None and not self._retries and not self.controller.in_flight

    def next_start(self, now: float) -> tuple[Attempt | None, float | None]:
        """`(attempt, _)` to send now, or `(None, wait)`: nothing can start for `wait` seconds
        (None: until an answer comes; the run may also be over)."""
        wait = self.controller.ready_in(now)
        if wait is None:
            return None, None
        retry_wait = self._retries[0][0] - now if self._retries else None
        if retry_wait is not None and retry_wait <= 0 and wait <= 0:
            _, _, retries, item = heapq.heappop(self._retries)
            return Attempt(item, retries, self.controller.start(now)), None
        if self._items is not None and wait <= 0:
            fresh = self._read()
            if fresh is not None:
                return Attempt(fresh, 0, self.controller.start(now)), None
        if self._items is None and retry_wait is None:
            return None, None  # only answers to wait for
        if self._items is None:
            assert retry_wait is not None
            wait = max(wait, retry_wait)
        return None, wait

    def _read(self) -> RequestItem | None:
        assert self._items is not None
        try:
            return next(self._items)
        except StopIteration:
            pass
        except (TypeError, ValueError) as error:
            self.error = error
        self._items = None
        return None

    def settle(self, attempt: Attempt, now: float, outcome: Outcome) -> None:
        """Read an attempt's outcome: the item is done, failed, or waits for its retry."""
        self.controller.finish(attempt.seq, now, outcome.status, outcome.headers)
        item = attempt.item
        if outcome.status is None:
            decision = self.policy.after_error(
                attempt.retries, outcome.value.__cause__ or outcome.value
            )
            result: Any = request_error(
                item.index, item.custom_id, None, str(outcome.value), retryable=True
            )
        else:
            headers = outcome.headers or {}
            body = _error_body(outcome.value) if outcome.status == 429 else b""
            decision = self.policy.after_response(attempt.retries, outcome.status, headers, body)
            result = outcome.value
            if outcome.status >= 400:
                result = request_error(item.index, item.custom_id, outcome.status, outcome.value)
        if decision.retry:
            entry = (now + decision.wait, item.index, attempt.retries + 1, item)
            heapq.heappush(self._retries, entry)
            return
        self._finished[item.index] = result
        if isinstance(result, RequestError):
            self.failed += 1
        else:
            self.done += 1

    def abandon(self, attempt: Attempt, now: float) -> None:
        """An attempt was stopped before its answer came (the run is being left)."""
        self.controller.finish(attempt.seq, now, None, None)

    def ready(self) -> Iterator[Any]:
        """The results that can be handed out now, in input order."""
        while self._next in self._finished:
            yield self._finished[self._next] if self.keep else self._finished.pop(self._next)
            self._next += 1


def _error_body(value: object) -> bytes:
    """The part of a 429's body the policy reads (its code), from the error value it became."""
    code = getattr(getattr(value, "error", None), "code", None)
    return json.dumps({"error": {"code": code}}).encode() if isinstance(code, str) else b""
