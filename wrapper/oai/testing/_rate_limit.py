"""The fake server's rate limit: requests per second (and tokens per minute), as the API counts.

The API's limits behave as buckets that refill continuously: a bucket holds at most the limit,
each request takes from it, and the ``x-ratelimit-reset-*`` headers say how long until it is
full again (``"1s"``, ``"6m0s"``, ``"20ms"``). That is what is played here, on a real clock,
since a rate is about time: a client that paces itself by those headers can use the whole rate
and meet no 429, and one that ignores them meets ``429 rate_limit_exceeded`` with
``retry-after-ms`` and ``Retry-After`` saying when the request would have been let in.
"""

from __future__ import annotations

import json
import math
import threading
import time
from collections.abc import Callable
from typing import Any

from ._replies import Reply

__all__ = ["RateLimit", "estimated_tokens", "go_duration"]

_TOKEN_FIELDS = ("max_tokens", "max_completion_tokens", "max_output_tokens")


def go_duration(seconds: float) -> str:
    """A wait as the API writes it (Go's duration format): ``20ms``, ``1.5s``, ``6m0s``."""
    if seconds <= 0:
        return "0s"
    if seconds < 1:
        millis = round(seconds * 1000, 3)
        return f"{millis:g}ms" if millis >= 0.001 else "1ms"
    minutes, rest = divmod(seconds, 60)
    hours, minutes = divmod(int(minutes), 60)
    text = f"{round(rest, 3):g}s"
    if hours:
        return f"{hours}h{minutes}m{text}"
    return f"{minutes}m{text}" if minutes else text


def estimated_tokens(body: bytes) -> int:
    """What the API counts a request as before running it: its prompt (about four bytes a
    token) plus the most it may write (``max_tokens`` and its kin, when given)."""
    estimate = max(1, len(body) // 4)
    try:
        data: Any = json.loads(body) if body else None
    except ValueError:
        return estimate
    if isinstance(data, dict):
        for name in _TOKEN_FIELDS:
            value = data.get(name)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                return estimate + value
    return estimate


class _Bucket:
    """One limit: ``limit`` units, refilled at ``limit / period`` a second; not locked."""

    __slots__ = ("at", "left", "limit", "rate")

    def __init__(self, limit: float, period: float, now: float) -> None:
        self.limit = limit
        self.rate = limit / period
        self.left = limit
        self.at = now

    def refill(self, now: float) -> None:
        self.left = min(self.limit, self.left + (now - self.at) * self.rate)
        self.at = now

    def wait_for(self, cost: float) -> float:
        """Seconds until ``cost`` fits; 0 when it fits now (after ``refill``)."""
        return 0.0 if self.left >= cost else (min(cost, self.limit) - self.left) / self.rate

    def headers(self, kind: str) -> list[tuple[str, str]]:
        return [
            (f"x-ratelimit-limit-{kind}", str(int(self.limit))),
            (f"x-ratelimit-remaining-{kind}", str(max(0, math.floor(self.left)))),
            (f"x-ratelimit-reset-{kind}", go_duration((self.limit - self.left) / self.rate)),
        ]


class RateLimit:
    """``requests_per_second`` and ``tokens_per_minute`` for one fake server, thread-safe.

    :meth:`admit` is called once per request: it takes the request's share of both limits and
    returns the headers to send with its answer, or, when either limit is used up, the 429 to
    send instead (which takes nothing). Without a token limit, the token headers report one
    that never binds first: a thousand tokens for each request a minute allows.
    """

    def __init__(
        self,
        requests_per_second: float,
        tokens_per_minute: int | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not isinstance(requests_per_second, (int, float)) or isinstance(
            requests_per_second, bool
        ):
            raise TypeError(f"rate_limit must be a number, got {requests_per_second!r}")
        if not requests_per_second > 0 or not math.isfinite(requests_per_second):
            raise ValueError(
                f"rate_limit must be a positive number of requests a second,"
                f" got {requests_per_second!r}"
            )
        if tokens_per_minute is not None and (
            not isinstance(tokens_per_minute, int)
            or isinstance(tokens_per_minute, bool)
            or tokens_per_minute < 1
        ):
            raise ValueError(
                f"token_limit must be a whole number of tokens a minute, 1 or more,"
                f" got {tokens_per_minute!r}"
            )
        self.requests_per_second = requests_per_second
        self.tokens_per_minute = tokens_per_minute
        self._clock = clock
        self._lock = threading.Lock()
        self.limited = 0
        """How many requests were answered with a 429 since the start or :meth:`reset`."""
        self.reset()

    def reset(self) -> None:
        """Full buckets again, and no 429 counted."""
        now = self._clock()
        tokens = self.tokens_per_minute or math.ceil(self.requests_per_second * 60) * 1000
        with self._lock:
            self._requests = _Bucket(self.requests_per_second, 1.0, now)
            self._tokens = _Bucket(tokens, 60.0, now)
            self.limited = 0

    def admit(self, body: bytes) -> tuple[Reply | None, list[tuple[str, str]]]:
        """``(None, headers)`` when the request may run, ``(429 reply, headers)`` when not."""
        cost = estimated_tokens(body) if self.tokens_per_minute is not None else 1
        with self._lock:
            now = self._clock()
            self._requests.refill(now)
            self._tokens.refill(now)
            wait_requests = self._requests.wait_for(1)
            wait_tokens = self._tokens.wait_for(cost)
            if not wait_requests and not wait_tokens:
                self._requests.left -= 1
                self._tokens.left -= cost
            else:
                self.limited += 1
            headers = self._requests.headers("requests") + self._tokens.headers("tokens")
        if not wait_requests and not wait_tokens:
            return None, headers
        return self._refusal(wait_requests, wait_tokens, cost), headers

    def _refusal(self, wait_requests: float, wait_tokens: float, cost: int) -> Reply:
        wait = max(wait_requests, wait_tokens)
        if wait_requests >= wait_tokens:
            what = f"requests per second (RPS): limit {self.requests_per_second:g}, requested 1"
        else:
            what = f"tokens per minute (TPM): limit {self.tokens_per_minute}, requested {cost}"
        return Reply.error(
            429,
            f"Rate limit reached on {what}. Please try again in {go_duration(wait)}.",
            type="requests" if wait_requests >= wait_tokens else "tokens",
            code="rate_limit_exceeded",
            headers={
                "retry-after-ms": str(max(1, math.ceil(wait * 1000))),
                "retry-after": str(max(1, math.ceil(wait))),
            },
        )
