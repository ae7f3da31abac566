"""Waiting for work the API does in the background, without the I/O: when to ask again, when
to stop.

Batches, background responses, fine-tuning jobs and vector-store files all work the same way:
the object is created at once, in a working state, and reaches a final state later. A caller
who needs the result writes the same loop each time: read it, stop if it is final, sleep, read
it again. `Poll` is that loop's state, so the client's `_wait` is only the reads and the sleeps
(`_async_client.py`).

How long to sleep. The API says, on some reads, how long to wait before the next one: the
`openai-poll-after-ms` header; it wins when present. Without it the wait grows from one second
by half again each read, to ten seconds at most (`Backoff`): a response in the background
finishes in seconds and is read often at first, a batch that takes hours is read six times a
minute at worst. `poll_interval=` fixes the wait instead. A header that is not a number of
milliseconds is ignored, not an error: the object is still readable.

Which states are final comes from the spec: each kind names its working states, and every
other value of the status enum the client was generated with is final. Failed, expired and
cancelled are final too: the object is returned, not raised, since it says what went wrong
(`errors`, `last_error`, ...) better than an exception would.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import attrs

from ._arguments import check_seconds
from ._exceptions import APIError, WaitTimeout
from ._generated import load
from ._operations import (
    RETRIEVE_BATCH,
    RETRIEVE_FINE_TUNING_JOB,
    RETRIEVE_RESPONSE,
    RETRIEVE_VECTOR_STORE,
    RETRIEVE_VECTOR_STORE_FILE,
    RETRIEVE_VECTOR_STORE_FILE_BATCH,
    Operation,
)
from ._retry_policy import header_number

__all__ = [
    "BATCH",
    "FINE_TUNING_JOB",
    "POLL_AFTER_HEADER",
    "RESPONSE",
    "VECTOR_STORE",
    "VECTOR_STORE_FILE",
    "VECTOR_STORE_FILE_BATCH",
    "Backoff",
    "Poll",
    "Waiting",
]

ModelT = TypeVar("ModelT")

POLL_AFTER_HEADER = "openai-poll-after-ms"


@attrs.frozen
class Waiting(Generic[ModelT]):
    """A kind of object that can be waited for: how it is read, and which of its states mean
    the server is still working on it (the rest of the spec's `statuses` enum is final)."""

    kind: str
    operation: Operation[ModelT]
    statuses: tuple[str, str]
    """The generated module and the name of the set of the status enum's values."""
    working: frozenset[str]
    path: tuple[tuple[str, str], ...]
    """Each path parameter of the read, with the name the `wait_for_*` argument has."""

    def final_states(self) -> frozenset[str]:
        values: set[str] = load(f"models.{self.statuses[0]}", self.statuses[1])
        return frozenset(values) - self.working


BATCH = Waiting(
    "batch",
    RETRIEVE_BATCH,
    ("batch_status", "BATCH_STATUS_VALUES"),
    frozenset({"validating", "in_progress", "finalizing", "cancelling"}),
    (("batch_id", "batch_id"),),
)
RESPONSE = Waiting(
    "response",
    RETRIEVE_RESPONSE,
    ("response_status", "RESPONSE_STATUS_VALUES"),
    frozenset({"queued", "in_progress"}),
    (("response_id", "response_id"),),
)
FINE_TUNING_JOB = Waiting(
    "fine-tuning job",
    RETRIEVE_FINE_TUNING_JOB,
    ("fine_tuning_job_status", "FINE_TUNING_JOB_STATUS_VALUES"),
    frozenset({"validating_files", "queued", "running"}),
    (("fine_tuning_job_id", "job_id"),),
)
VECTOR_STORE = Waiting(
    "vector store",
    RETRIEVE_VECTOR_STORE,
    ("vector_store_object_status", "VECTOR_STORE_OBJECT_STATUS_VALUES"),
    frozenset({"in_progress"}),
    (("vector_store_id", "store_id"),),
)
VECTOR_STORE_FILE = Waiting(
    "vector store file",
    RETRIEVE_VECTOR_STORE_FILE,
    ("vector_store_file_object_status", "VECTOR_STORE_FILE_OBJECT_STATUS_VALUES"),
    frozenset({"in_progress"}),
    (("vector_store_id", "store_id"), ("file_id", "file_id")),
)
VECTOR_STORE_FILE_BATCH = Waiting(
    "vector store file batch",
    RETRIEVE_VECTOR_STORE_FILE_BATCH,
    ("vector_store_file_batch_object_status", "VECTOR_STORE_FILE_BATCH_OBJECT_STATUS_VALUES"),
    frozenset({"in_progress"}),
    (("vector_store_id", "store_id"), ("batch_id", "batch_id")),
)


@attrs.frozen
class Backoff:
    """The wait between reads when the server gives no hint: `first`, then each `factor`
    times the one before, never more than `most` (seconds)."""

    first: float = 1.0
    factor: float = 1.5
    most: float = 10.0

    def wait(self, reads: int) -> float:
        return min(self.first * self.factor ** max(reads - 1, 0), self.most)


class Poll(Generic[ModelT]):
    """One wait for one object: fed each read (`take`), it says whether to stop, and how long
    to sleep before the next read (`delay`, which raises `WaitTimeout` once time is up).

    `hint` receives each read's headers (`PreparedCall.on_headers`). `changed` says whether
    the last read differs from the one before: the moment to call `on_update`.
    """

    def __init__(
        self,
        waiting: Waiting[ModelT],
        object_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        backoff: Backoff = Backoff(),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.waiting = waiting
        self.object_id = object_id
        self.timeout = check_seconds(timeout, "timeout")
        self.poll_interval = check_seconds(poll_interval, "poll_interval")
        self.backoff = backoff
        self._clock = clock
        self._final = waiting.final_states()
        self._started = clock()
        self._hinted: float | None = None
        self._seen: Any = None
        self.reads = 0
        self.last: ModelT | None = None
        self.changed = False

    def hint(self, headers: Mapping[str, str]) -> None:
        """Keep the server's `openai-poll-after-ms`, if it sent a usable one, for `delay`."""
        millis = header_number(headers.get(POLL_AFTER_HEADER))
        self._hinted = None if millis is None else millis / 1000

    def take(self, answer: ModelT) -> bool:
        """Record one read; True when the object is in a final state."""
        self.reads += 1
        status = getattr(answer, "status", None)
        if not isinstance(status, str):
            raise APIError(
                f"the {self.waiting.kind} {self.object_id} was read without a status,"
                " so there is no telling when it is done"
            )
        seen = answer.to_dict() if hasattr(answer, "to_dict") else answer
        self.changed = self.reads == 1 or seen != self._seen
        self._seen = seen
        self.last = answer
        return status in self._final

    def delay(self) -> float:
        """Seconds to sleep before the next read, cut to what is left of `timeout`; past it,
        `WaitTimeout` with the last state read."""
        wait = self._hinted
        if wait is None:
            wait = self.poll_interval or self.backoff.wait(self.reads)
        if self.timeout is None:
            return wait
        left = self._started + self.timeout - self._clock()
        if left <= 0:
            status = getattr(self.last, "status", None)
            raise WaitTimeout(
                f"the {self.waiting.kind} {self.object_id} is still {status!r} after"
                f" {self.timeout:g} s of waiting ({self.reads} reads); it goes on at the server",
                last=self.last,
            )
        return min(wait, left)
