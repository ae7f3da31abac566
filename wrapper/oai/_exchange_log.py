"""What a session remembers of each finished exchange, so that it can be saved later.

An exchange is what one `send` or `run` adds: the messages (or, over the Responses API, the
inputs sent and the responses received), the model and parameters of its first request, the
token usage of all its requests, and when it started and how long it took. The session states
keep these records as turns finish, and only then: a failed turn records nothing, as it changes
nothing else. Turning the records into saved form is `_saved_sessions`' job, done only when a
session is saved, so a session that is never saved pays for two clock readings and a small record
per exchange (a few microseconds), and nothing more.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._saved_sessions import SavedExchange

__all__ = ["Exchange", "ExchangeLog", "ExchangeStart", "add_usage", "forget_trimmed"]


class Exchange:
    """One finished exchange, as the session keeps it until (and after) it is saved.

    `messages` are a chat exchange's history messages; `steps` a Responses exchange's
    `(input, Response)` pairs, one per request. `saved` is its saved form once it has one:
    made once, so that saving again (to the same target or another) writes the same record.
    """

    __slots__ = (
        "_usage",
        "duration",
        "messages",
        "model",
        "params",
        "saved",
        "started_at",
        "steps",
    )

    def __init__(
        self,
        messages: list[dict[str, Any]],
        model: str | None,
        params: dict[str, Any],
        usage: dict[str, Any] | list[object] | None,
        started_at: float,
        duration: float,
        steps: tuple[tuple[object, Any], ...] = (),
        saved: SavedExchange | None = None,
    ) -> None:
        self.messages = messages
        self.model = model
        self.params = params
        self._usage = usage
        self.started_at = started_at
        self.duration = duration
        self.steps = steps
        self.saved = saved

    @property
    def usage(self) -> dict[str, Any] | None:
        """The token counts of its requests, added up: from the answers' usage models, turned
        into a dict when first asked for (a `to_dict()` per request was 2 % of a session's
        `send`, and most sessions are never saved)."""
        usage = self._usage
        if isinstance(usage, list):
            total = None
            for one in usage:
                to_dict = getattr(one, "to_dict", None)
                if callable(to_dict):
                    total = add_usage(total, to_dict())
            self._usage = usage = total
        return usage


class ExchangeStart:
    """An exchange under way: begun by its first request, finished by its answer.

    `before` is how long the session's history (messages, or responses) was when it began.
    """

    __slots__ = ("_clock", "before", "model", "params", "started_at", "usage")

    def __init__(self, body: Mapping[str, Any], history_key: str, before: int) -> None:
        self.before = before
        self.started_at = time.time()
        self._clock = time.perf_counter()
        model = body.get("model")
        self.model = model if isinstance(model, str) else None
        self.params = {key: body[key] for key in body if key not in (history_key, "model")}
        self.usage: list[object] = []  # each answer's usage model, as it came

    def answered(self, result: object) -> None:
        """Keep the token counts of one request's answer (a run makes several)."""
        usage = getattr(result, "usage", None)
        if usage is not None:
            self.usage.append(usage)

    def finish(
        self, messages: list[dict[str, Any]], steps: Sequence[tuple[object, Any]] = ()
    ) -> Exchange:
        duration = time.perf_counter() - self._clock
        return Exchange(
            messages, self.model, self.params, self.usage, self.started_at, duration, tuple(steps)
        )


class ExchangeLog:
    """A session's finished exchanges, and the id they are saved under (made by the first save).

    `created_at` is when the session began (or, for a loaded one, when its conversation did).
    """

    __slots__ = ("created_at", "exchanges", "saved_id")

    def __init__(self) -> None:
        self.exchanges: list[Exchange] = []
        self.saved_id: str | None = None
        self.created_at = time.time()

    def add(self, exchange: Exchange) -> None:
        """Log a finished exchange; parameters equal to the last one's are kept once, as a
        session's mostly are (its defaults): a dict per exchange was a quarter of its record."""
        if self.exchanges and self.exchanges[-1].params == exchange.params:
            exchange.params = self.exchanges[-1].params
        self.exchanges.append(exchange)


def forget_trimmed(
    exchanges: list[Exchange],
    history: Sequence[object],
    end: int,
    start: ExchangeStart,
    items: Callable[[Exchange], Sequence[object]],
) -> int:
    """Drop the newest exchanges whose `items` the history no longer holds where they were put,
    and return where the exchange `start` began now begins: after what the rest cover (`end`
    before), and never after where the history stood when it began.

    A long-running session is kept small by trimming its history (`del session.messages[20:]`,
    `session.response_history.clear()`); the log holds the same messages or responses, and must
    not keep alive what the user let go (a session sending 1,000 times, trimmed after each, held
    every response: 8 MB). An exchange is in place while its last item is still where it was;
    from the newest back, the first one in place ends the walk, since history before it was not
    touched. Saving such a session as the conversation it was saved as is then refused, as for
    any history changed other than by adding to it.
    """
    while exchanges:
        held = items(exchanges[-1])
        if held and 0 < end <= len(history) and history[end - 1] is held[-1]:
            break
        end -= len(held)
        exchanges.pop()
    return min(max(end, 0), start.before)


def add_usage(total: dict[str, Any] | None, more: Mapping[str, Any]) -> dict[str, Any]:
    """Token counts of two answers added up, nested details (`prompt_tokens_details`) too."""
    if total is None:
        return dict(more)
    added = dict(total)
    for key, value in more.items():
        before = added.get(key)
        if _is_count(value) and _is_count(before):
            added[key] = before + value
        elif isinstance(value, Mapping) and isinstance(before, dict):
            added[key] = add_usage(before, value)
        elif key not in added:
            added[key] = value
    return added


def _is_count(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)
