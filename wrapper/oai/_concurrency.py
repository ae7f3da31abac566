"""When the next of many requests may start: `map`'s adaptive concurrency, decided without I/O.

Two things hold a fan-out back, and `Concurrency` keeps both. One is the window, how many
requests may be in flight at once: with `"auto"` it starts small and grows by one for each
success of a request that ran in a full window while the rate left room (so it doubles each
round until the first 429, then grows by one per round); it halves on a 429, once per round,
and never passes `max_concurrency`. An int fixes it. The other is the server's own account of
the rate limit, which a window alone can only find by hitting it: every answer's
`x-ratelimit-remaining-*`, `-limit-*` and `-reset-*` headers (requests and tokens) are
mirrored as a bucket that refills at the rate they imply, and a request starts only when the
bucket, less what the answer may not have counted (what is still in flight, and what ended
since that request started), has room for it. Both are read so as never to be too fast: the
count is whole, so the rate is taken from one unit more than it says is left. A 429 also
pauses every start for as long as its `retry-after-ms` / `Retry-After` asks.

Time is an argument (`now`, seconds on any monotonic clock), so tests drive it by hand.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Literal

from ._config import MAP_MAX_CONCURRENCY
from ._retry_policy import header_number, retry_after

__all__ = [
    "AUTO",
    "START_CONCURRENCY",
    "Concurrency",
    "check_concurrency",
    "parse_duration",
]

AUTO: Literal["auto"] = "auto"
START_CONCURRENCY = 4
"""Where `"auto"` starts: low enough that a small rate limit is not overrun before the first
answers say what it is, and it doubles each round from there."""

NO_HINT_PAUSE = 1.0
"""How long a 429 that says nothing of when to come back pauses new starts."""

_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(h|ms|us|µs|ns|m|s)")
_UNIT_SECONDS = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 1e-3, "us": 1e-6, "µs": 1e-6, "ns": 1e-9}


def parse_duration(text: str | None) -> float | None:
    """Seconds in a reset header: the API writes Go durations (`1s`, `6m0s`, `20ms`), and a
    bare number is read as seconds. None when absent or unreadable."""
    if text is None:
        return None
    text = text.strip()
    number = header_number(text)
    if number is not None:
        return number
    total, position = 0.0, 0
    for match in _DURATION_PART.finditer(text):
        if match.start() != position:
            return None
        total += float(match[1]) * _UNIT_SECONDS[match[2]]
        position = match.end()
    return total if position == len(text) and position else None


def check_concurrency(concurrency: object, max_concurrency: object) -> tuple[int | None, int]:
    """`(fixed or None for "auto", max_concurrency)`, or the error naming the bad argument."""
    if not isinstance(max_concurrency, int) or isinstance(max_concurrency, bool):
        raise TypeError(f"max_concurrency must be an int, got {max_concurrency!r:.80}")
    if max_concurrency < 1:
        raise ValueError(f"max_concurrency must be 1 or more, got {max_concurrency}")
    if concurrency == AUTO:
        return None, max_concurrency
    if not isinstance(concurrency, int) or isinstance(concurrency, bool):
        raise TypeError(f'concurrency must be "auto" or an int, got {concurrency!r:.80}')
    if not 1 <= concurrency <= max_concurrency:
        raise ValueError(
            f"concurrency must be between 1 and max_concurrency ({max_concurrency}),"
            f" got {concurrency}"
        )
    return concurrency, max_concurrency


class _Budget:
    """One limit the server reports (`requests` or `tokens`), mirrored between its answers.

    `cost` is what one request takes: 1 for requests; for tokens it is learned from how much
    the remaining count drops per request between answers (0 until then, so the budget holds
    starts back only once the server says nothing is left).
    """

    __slots__ = (
        "at",
        "back",
        "cost",
        "kind",
        "learn",
        "left",
        "limit",
        "period",
        "rate",
        "reported",
        "reported_at",
        "reset_at",
        "seen",
    )

    def __init__(self, kind: str, cost: float | None) -> None:
        self.kind = kind
        self.learn = cost is None
        self.cost = cost or 0.0
        self.limit: float | None = None
        self.rate = 0.0  # units a second the bucket refills by; 0 while unknown
        self.left = 0.0  # what is left at `at`, less what was in flight or started since
        self.at = 0.0
        self.reset_at = 0.0
        self.period = 0.0  # the last reset interval, and what comes back by its end
        self.back = 0.0
        self.seen = 0  # the latest request whose answer was read into `left`
        self.reported = 0.0  # the remaining count that answer gave, and when it came
        self.reported_at = 0.0

    def left_at(self, now: float) -> float:
        assert self.limit is not None
        if not self.rate:  # what was in use when the answer came is back by its reset
            return self.left + (self.back if now >= self.reset_at else 0.0)
        return min(self.limit, self.left + (now - self.at) * self.rate)

    def ready_at(self, now: float) -> float:
        """The earliest time one more request fits."""
        if self.limit is None:
            return now
        need = min(self.cost, self.limit)
        left = self.left_at(now)
        if left >= need and left > 0:
            return now
        if not self.rate:
            if now < self.reset_at and left + self.back >= need:
                return self.reset_at
            return now + self.period  # no telling when: ask again a reset period on
        return now + (max(need, 1e-9) - left) / self.rate

    def take(self, now: float) -> None:
        if self.limit is not None:
            self.left = self.left_at(now) - self.cost
            self.at = now
            if now >= self.reset_at:
                self.back = 0.0  # folded into `left`

    def observe(self, seq: int, now: float, headers: Mapping[str, str], uncounted: int) -> None:
        """Read an answer's headers for this limit; an answer older than one already read is
        passed over, since what it says has been overtaken. `uncounted` requests may have
        reached the server after this one: those still in flight, and those that ended since
        this one started (an older one can overtake it on another connection)."""
        limit = header_number(headers.get(f"x-ratelimit-limit-{self.kind}"))
        remaining = header_number(headers.get(f"x-ratelimit-remaining-{self.kind}"))
        if limit is None or remaining is None or seq <= self.seen:
            return
        reset = parse_duration(headers.get(f"x-ratelimit-reset-{self.kind}"))
        if reset is not None and reset > 0 and remaining + 1 < limit:
            # The count is whole, so up to one more unit may be left than it says: the lower
            # rate that allows for is the one that is never too fast.
            self.rate = (limit - remaining - 1) / reset
        if self.learn and self.limit is not None:
            # What the last answer said, refilled since, less what this one says: the use of
            # the requests started in between.
            refilled = self.reported + (now - self.reported_at) * self.rate
            used = min(limit, refilled) - remaining
            if used > 0:
                sample = used / (seq - self.seen)
                self.cost = sample if not self.cost else 0.8 * self.cost + 0.2 * sample
        self.reported, self.reported_at = remaining, now
        self.limit = limit
        self.left = remaining - self.cost * uncounted
        self.at = now
        self.reset_at = now + (reset or 0.0)
        self.period = reset or 0.0
        self.back = max(0.0, limit - remaining)
        self.seen = seq


class Concurrency:
    """The decisions of one fan-out: whether a request may start now, and what each answer
    changes (see the module docstring for the rule).

    `ready_in(now)` is the shell's question: 0.0 means start one now, a positive number how
    many seconds until one may start, None that one must first finish. `start(now)` says one
    started and returns its number, which goes back with its answer to `finish()`.
    """

    __slots__ = (
        "_decreased",
        "_ended",
        "_ended_before",
        "_filled",
        "_paused_until",
        "_requests",
        "_seq",
        "_threshold",
        "_tokens",
        "fixed",
        "in_flight",
        "limit",
        "max_concurrency",
        "max_pause",
        "rate_limited",
    )

    def __init__(
        self,
        concurrency: int | Literal["auto"] = AUTO,
        max_concurrency: int = MAP_MAX_CONCURRENCY,
        *,
        max_pause: float = 60.0,
    ) -> None:
        fixed, self.max_concurrency = check_concurrency(concurrency, max_concurrency)
        self.fixed = fixed is not None
        self.limit = float(fixed or min(START_CONCURRENCY, self.max_concurrency))
        """The window: how many requests may be in flight now."""
        self.max_pause = max_pause
        self.in_flight = 0
        self.rate_limited = 0
        """How many answers were 429s."""
        self._threshold = float(self.max_concurrency)  # slow start below it
        self._seq = 0
        self._ended = 0  # how many requests have ended, and how many had when each started
        self._ended_before: dict[int, int] = {}
        self._decreased = 0  # requests started up to this one came before the last halving
        self._filled = 0  # the latest request that, starting, filled the window
        self._paused_until = -math.inf
        self._requests = _Budget("requests", 1.0)
        self._tokens = _Budget("tokens", None)

    def ready_in(self, now: float) -> float | None:
        if self.in_flight >= int(self.limit):
            return None
        at = max(self._paused_until, self._requests.ready_at(now), self._tokens.ready_at(now))
        return max(0.0, at - now)

    def start(self, now: float) -> int:
        self._seq += 1
        self.in_flight += 1
        self._ended_before[self._seq] = self._ended
        if self.in_flight >= int(self.limit):
            self._filled = self._seq
        self._requests.take(now)
        self._tokens.take(now)
        return self._seq

    def finish(
        self, seq: int, now: float, status: int | None, headers: Mapping[str, str] | None
    ) -> None:
        """Request `seq` ended: `status` None when no answer came (a connection failure)."""
        self.in_flight -= 1
        uncounted = self.in_flight + self._ended - self._ended_before.pop(seq, self._ended)
        self._ended += 1
        if headers is not None:
            self._requests.observe(seq, now, headers, uncounted)
            self._tokens.observe(seq, now, headers, uncounted)
        if status == 429:
            self.rate_limited += 1
            wait = retry_after(headers or {})
            wait = NO_HINT_PAUSE if wait is None else min(wait, self.max_pause)
            self._paused_until = max(self._paused_until, now + wait)
            if not self.fixed and seq > self._decreased:
                self._threshold = max(1.0, self.limit / 2)
                self.limit = self._threshold
                self._decreased = self._seq
        elif (
            not self.fixed
            and status is not None
            and status < 400
            and self._decreased < seq <= self._filled  # it ran in a full window, since a 429
            and self.ready_in(now) == 0.0  # and the window holds back, not the rate
        ):
            grow = 1.0 if self.limit < self._threshold else 1.0 / self.limit
            self.limit = min(self.limit + grow, float(self.max_concurrency))
