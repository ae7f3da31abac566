"""When to retry a request and how long to wait first, decided without doing any I/O.

`RetryPolicy` looks at what one attempt produced (a response's status and headers, or a
transport error) and answers with a `Decision`: try again after so many seconds, or stop here.
The retrying transports (`_transports`) only carry that out, so the rules are written and
tested once. Time is injected (`sleep`, `async_sleep`, `now`, `random`) so tests can check the
exact waits without waiting.
"""

from __future__ import annotations

import email.utils
import json
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, NamedTuple

import httpx

# Statuses that may succeed if sent again: the request timed out or conflicted with another,
# the client is being rate limited, or the server failed.
RETRY_STATUSES = frozenset({408, 409, 429})

# Transport failures worth another attempt: nothing suggests the request itself is at fault.
RETRY_ERRORS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


async def _asyncio_sleep(seconds: float) -> None:
    """`asyncio.sleep`, imported when an async client first waits: sync programs never need it."""
    import asyncio

    await asyncio.sleep(seconds)


def check_max_retries(value: object, name: str = "max_retries") -> int:
    """A retry count must be a whole number, 0 or more; say which argument was wrong if not."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} must be an int (0 turns retries off), got {value!r}")
    if value < 0:
        raise ValueError(f"{name} must be 0 or more, got {value!r}")
    return value


def _seconds(value: float, name: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:
        raise ValueError(f"{name} must be a number of seconds, 0 or more, got {value!r}")
    return value


class Decision(NamedTuple):
    """What to do after an attempt: `retry` after `wait` seconds, or stop; `reason` says why."""

    retry: bool
    wait: float = 0.0
    reason: str = ""


_SETTLED = Decision(retry=False, reason="a success or a redirect")
"""What follows every answer below 400: one object, not one per request."""


_random_number = random.random  # the default jitter source, named apart from the field

_POLICY_FIELDS = (
    "max_retries",
    "initial_delay",
    "max_delay",
    "max_retry_after",
    "sleep",
    "async_sleep",
    "now",
    "random",
)


class RetryPolicy:
    """How a client retries: how often, how long it waits, and which clock it uses.

    The wait before retry `n` (0-based) is `initial_delay * 2**n`, capped at `max_delay`, less a
    random 0-25 % so that many clients do not retry in step. A `retry-after-ms` or `Retry-After`
    header (seconds or an HTTP date) replaces that wait exactly when it is at most
    `max_retry_after`; a longer one ends the call at once instead of sleeping through it, so
    the caller decides. `x-should-retry: true|false` from the server overrides the status rules.

    Time is injected: `sleep` blocks for a number of seconds (sync clients), `async_sleep` waits
    (async clients), `now` is the wall clock in Unix seconds (for a `Retry-After` date), and
    `random` gives a number in [0, 1) for the jitter. A policy cannot be changed once made;
    `replace()` makes another.
    """

    __slots__ = _POLICY_FIELDS
    max_retries: int
    initial_delay: float
    max_delay: float
    max_retry_after: float
    sleep: Callable[[float], object]
    async_sleep: Callable[[float], Awaitable[object]]
    now: Callable[[], float]
    random: Callable[[], float]

    def __init__(
        self,
        *,
        max_retries: int = 2,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
        sleep: Callable[[float], object] = time.sleep,
        async_sleep: Callable[[float], Awaitable[object]] = _asyncio_sleep,
        now: Callable[[], float] = time.time,
        random: Callable[[], float] = _random_number,
    ) -> None:
        fields = {
            "max_retries": check_max_retries(max_retries),
            "initial_delay": _seconds(initial_delay, "initial_delay"),
            "max_delay": _seconds(max_delay, "max_delay"),
            "max_retry_after": _seconds(max_retry_after, "max_retry_after"),
            "sleep": sleep,
            "async_sleep": async_sleep,
            "now": now,
            "random": random,
        }
        for name, value in fields.items():
            object.__setattr__(self, name, value)

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in _POLICY_FIELDS)

    def replace(self, **changes: Any) -> RetryPolicy:
        """This policy with some settings changed, checked as when it was made."""
        return RetryPolicy(**{**dict(zip(_POLICY_FIELDS, self._fields(), strict=True)), **changes})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a RetryPolicy cannot be changed: use replace({name}=...)")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RetryPolicy):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(max_retries={self.max_retries}, initial_delay={self.initial_delay},"
            f" max_delay={self.max_delay}, max_retry_after={self.max_retry_after})"
        )

    def backoff(self, retries_done: int) -> float:
        """The wait before the next retry when the server did not say how long to wait."""
        delay = min(self.initial_delay * 2.0**retries_done, self.max_delay)
        return delay * (1.0 - 0.25 * self.random())

    def after_response(
        self, retries_done: int, status: int, headers: Mapping[str, str], body: bytes = b""
    ) -> Decision:
        """Decide what follows a response; `body` (decoded) is only read for a 429's code."""
        if status < 400:
            return _SETTLED
        reason = f"HTTP {status}"
        should = headers.get("x-should-retry", "").strip().lower()
        if should == "false":
            return Decision(retry=False, reason=f"{reason}, and the server said not to retry")
        if should != "true":
            if status not in RETRY_STATUSES and status < 500:
                return Decision(retry=False, reason=reason)
            if status == 429 and error_code(body) == "insufficient_quota":
                return Decision(retry=False, reason=f"{reason}: the quota is used up")
        if retries_done >= self.max_retries:
            return Decision(retry=False, reason=f"{reason}, after {retries_done} retries")
        asked = retry_after(headers, self.now())
        if asked is None:
            return Decision(retry=True, wait=self.backoff(retries_done), reason=reason)
        if asked > self.max_retry_after:
            return Decision(
                retry=False,
                reason=f"{reason}: the server asks to wait {asked:g} s,"
                f" more than the {self.max_retry_after:g} s a retry may wait",
            )
        return Decision(retry=True, wait=asked, reason=f"{reason}, as the server asked")

    def after_error(self, retries_done: int, error: BaseException) -> Decision:
        """Decide what follows a transport failure (no response at all)."""
        reason = type(error).__name__
        if not isinstance(error, RETRY_ERRORS):
            return Decision(retry=False, reason=reason)
        if retries_done >= self.max_retries:
            return Decision(retry=False, reason=f"{reason}, after {retries_done} retries")
        return Decision(retry=True, wait=self.backoff(retries_done), reason=reason)


def retry_after(headers: Mapping[str, str], now: float | None = None) -> float | None:
    """Seconds the server asked to wait: `retry-after-ms`, else `Retry-After` (seconds or date).

    None when neither header is there or readable. A date in the past means no wait (0).
    """
    millis = header_number(headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000.0
    value = headers.get("retry-after")
    if value is None:
        return None
    seconds = header_number(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None  # not an HTTP date: those are always GMT
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def error_code(body: bytes) -> str | None:
    """The `error.code` of an API error body, if it is one."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    error = data.get("error") if isinstance(data, Mapping) else None
    code = error.get("code") if isinstance(error, Mapping) else None
    return code if isinstance(code, str) else None


def header_number(value: str | None) -> float | None:
    """A finite number, 0 or more, or None: a negative or infinite wait is no instruction."""
    if value is None:
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


__all__ = [
    "Decision",
    "RetryPolicy",
    "check_max_retries",
    "error_code",
    "header_number",
    "retry_after",
]
