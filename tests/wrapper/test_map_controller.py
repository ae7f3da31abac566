"""The sans-I/O parts of `map`: `Concurrency` (when may the next request start) and `FanOut`
(what to send, retries, results in order), driven on a hand-made clock with no server."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import httpx
import oai
import pytest
from oai._concurrency import (
    START_CONCURRENCY,
    Concurrency,
    check_concurrency,
    parse_duration,
)
from oai._fan_out import FanOut, Outcome
from oai._request_items import RequestError, request_items


def limits(remaining: int, limit: int = 10, reset: str = "1s") -> dict[str, str]:
    return {
        "x-ratelimit-limit-requests": str(limit),
        "x-ratelimit-remaining-requests": str(remaining),
        "x-ratelimit-reset-requests": reset,
    }


def start_all(control: Concurrency, now: float) -> list[int]:
    started = []
    while control.ready_in(now) == 0.0:
        started.append(control.start(now))
    return started


# -- the arguments ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("concurrency", "maximum", "error", "message"),
    [
        ("fast", 8, TypeError, 'concurrency must be "auto" or an int'),
        (True, 8, TypeError, 'concurrency must be "auto" or an int'),
        (0, 8, ValueError, "between 1 and max_concurrency"),
        (9, 8, ValueError, r"between 1 and max_concurrency \(8\), got 9"),
        ("auto", 0, ValueError, "max_concurrency must be 1 or more"),
        ("auto", 2.5, TypeError, "max_concurrency must be an int"),
    ],
)
def test_bad_concurrency_is_named(
    concurrency: Any, maximum: Any, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        check_concurrency(concurrency, maximum)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("1s", 1.0), ("6m0s", 360.0), ("20ms", 0.02), ("1.5s", 1.5), ("1h2m3s", 3723.0),
     ("250us", 0.00025), ("0s", 0.0), ("2", 2.0), ("7.66s", 7.66)],
)  # fmt: skip
def test_reset_headers_are_read_as_go_durations(text: str, seconds: float) -> None:
    assert parse_duration(text) == pytest.approx(seconds)


@pytest.mark.parametrize("text", [None, "", "soon", "1x", "s1", "-1s", "1s2"])
def test_an_unreadable_reset_is_none(text: str | None) -> None:
    assert parse_duration(text) is None


# -- the window ------------------------------------------------------------------------------


def test_auto_starts_low_and_waits_for_an_answer_when_the_window_is_full() -> None:
    control = Concurrency("auto", 64)
    assert start_all(control, 0.0) == [1, 2, 3, 4]
    assert START_CONCURRENCY == 4 and control.ready_in(0.0) is None


def test_auto_doubles_each_round_until_max_concurrency() -> None:
    control = Concurrency("auto", 20)
    windows = []
    for _ in range(5):
        for seq in start_all(control, 0.0):
            control.finish(seq, 0.0, 200, None)
        windows.append(control.limit)
    assert windows == [8, 16, 20, 20, 20]


def test_a_429_halves_the_window_once_per_round_and_then_it_grows_by_one() -> None:
    control = Concurrency("auto", 64)
    control.limit = 16.0
    started = start_all(control, 0.0)
    assert len(started) == 16
    for seq in started[:3]:  # three 429s of one round: one halving
        control.finish(seq, 0.0, 429, {"retry-after-ms": "0"})
    assert control.limit == 8 and control.rate_limited == 3
    for seq in started[3:]:
        control.finish(seq, 0.0, 200, None)
    round_two = start_all(control, 1.0)
    assert len(round_two) == 8
    for seq in round_two:
        control.finish(seq, 1.0, 200, None)
    assert 8 < control.limit <= 9  # past the threshold: one more per round, not double


def test_the_window_does_not_grow_while_the_rate_is_what_holds_back() -> None:
    control = Concurrency("auto", 64)
    seqs = start_all(control, 0.0)
    for seq in seqs:
        control.finish(seq, 0.0, 200, limits(0))  # nothing left: the rate binds, not the window
    assert control.limit == START_CONCURRENCY


def test_a_fixed_concurrency_never_changes() -> None:
    control = Concurrency(3, 8)
    seqs = start_all(control, 0.0)
    assert len(seqs) == 3
    control.finish(seqs[0], 0.0, 429, {"retry-after-ms": "0"})
    control.finish(seqs[1], 0.0, 200, None)
    assert control.limit == 3


# -- 429s and the rate-limit headers ------------------------------------------------------------


def test_a_429_pauses_every_start_for_as_long_as_it_asks() -> None:
    control = Concurrency(4, 4)
    seqs = start_all(control, 10.0)
    control.finish(seqs[0], 10.0, 429, {"retry-after-ms": "250"})
    assert control.ready_in(10.0) == pytest.approx(0.25)
    assert control.ready_in(10.2) == pytest.approx(0.05)
    assert control.ready_in(10.25) == 0.0
    control.finish(seqs[1], 11.0, 429, {"retry-after": "3"})
    assert control.ready_in(11.0) == pytest.approx(3.0)


def test_a_429_with_no_hint_pauses_a_second_and_a_long_one_is_capped() -> None:
    control = Concurrency(4, 4, max_pause=5.0)
    seqs = start_all(control, 0.0)
    control.finish(seqs[0], 0.0, 429, {})
    assert control.ready_in(0.0) == pytest.approx(1.0)
    control.finish(seqs[1], 0.0, 429, {"retry-after": "3600"})
    assert control.ready_in(0.0) == pytest.approx(5.0)


def test_remaining_requests_less_what_is_in_flight_is_what_may_start() -> None:
    control = Concurrency(8, 8)
    seqs = start_all(control, 0.0)
    assert len(seqs) == 8  # nothing known yet: the window alone
    # The first answer says 5 are left; 7 of ours are still in flight, so none may start.
    control.finish(seqs[0], 0.0, 200, limits(5, limit=10, reset="500ms"))
    wait = control.ready_in(0.0)
    assert wait is not None and wait > 0
    # The bucket refills at (10 - 5 - 1) / 0.5 s = 8 a second: from -2, one fits 3/8 s later.
    assert wait == pytest.approx(3 / 8)


def test_an_answer_overtaken_by_a_later_one_is_passed_over() -> None:
    control = Concurrency(4, 4)
    first, second, *_ = start_all(control, 0.0)
    control.finish(second, 0.0, 200, limits(0, limit=10, reset="1s"))
    control.finish(first, 0.0, 200, limits(9, limit=10, reset="100ms"))  # older news
    # From the later answer: 0 left less the 3 then in flight, refilling at 9 a second.
    assert control.ready_in(0.0) == pytest.approx(4 / 9)


def test_an_older_request_that_ended_first_may_not_be_in_the_count() -> None:
    control = Concurrency(8, 8)
    first, second, _third = (control.start(0.0) for _ in range(3))
    # The first ended before the second's answer came: on another connection it may have
    # reached the server after the second did, so the 2 left it reports are taken to be 2 less
    # the third (in flight) and the first: none, until the bucket refills at (10 - 2 - 1)/s.
    control.finish(first, 0.0, 200, None)
    control.finish(second, 0.0, 200, limits(2, limit=10, reset="1s"))
    assert control.ready_in(0.0) == pytest.approx(1 / 7)


def test_without_a_rate_the_reset_time_is_waited_for() -> None:
    control = Concurrency(2, 2)
    seq = control.start(0.0)
    # A limit of 1, used: no rate can be told apart from the rounding of the count, so what was
    # in use when the answer came is taken to be back when its reset is over, and no sooner.
    control.finish(seq, 0.0, 200, limits(0, limit=1, reset="2s"))
    assert control.ready_in(1.0) == pytest.approx(1.0)
    assert control.ready_in(2.0) == 0.0
    control.start(2.0)  # takes what came back: nothing more is known to return,
    assert control.ready_in(2.0) == pytest.approx(2.0)  # so it looks again a reset later


def test_the_token_cost_of_a_request_is_learned_from_the_drops() -> None:
    control = Concurrency(1, 1)

    def tokens(remaining: int) -> dict[str, str]:
        return {
            "x-ratelimit-limit-tokens": "1000",
            "x-ratelimit-remaining-tokens": str(remaining),
            "x-ratelimit-reset-tokens": "60s",
        }

    for now, remaining in ((0.0, 900), (0.0, 800), (0.0, 700)):
        seq = control.start(now)
        control.finish(seq, now, 200, tokens(remaining))
    # About 100 tokens a request: 700 left is room for 7; after taking them, none fits.
    for _ in range(7):
        assert control.ready_in(0.0) == 0.0
        control.start(0.0)
        control.in_flight = 0  # as if answered, without news
    wait = control.ready_in(0.0)
    assert wait is not None and wait > 1.0


# -- FanOut: what to send, retries, order --------------------------------------------------------


def bodies(count: int) -> Iterator[dict[str, Any]]:
    for number in range(count):
        yield {"model": "m", "messages": [{"role": "user", "content": str(number)}]}


def plan(count: int, *, concurrency: int = 4, max_retries: int = 2) -> FanOut:
    items = request_items(bodies(count), "/v1/chat/completions")
    policy = oai.RetryPolicy(max_retries=max_retries, random=lambda: 0.0)
    return FanOut(items, Concurrency(concurrency, concurrency), policy, count)


def test_results_are_handed_out_in_input_order_whatever_order_they_finish_in() -> None:
    fan = plan(4)
    attempts = [fan.next_start(0.0)[0] for _ in range(4)]
    assert all(attempts)
    for attempt in reversed(attempts):
        assert attempt is not None
        fan.settle(attempt, 0.0, Outcome(200, f"answer {attempt.item.index}"))
        if attempt.item.index:
            assert list(fan.ready()) == []  # item 0 is not back yet
    assert list(fan.ready()) == ["answer 0", "answer 1", "answer 2", "answer 3"]
    assert fan.next_start(0.0) == (None, None)  # and the input is found to be at its end
    assert fan.over and fan.progress == oai.MapProgress(4, 0, 0, 4)


def test_the_input_is_read_only_as_requests_start() -> None:
    read = itertools.count()

    def counted() -> Iterator[dict[str, Any]]:
        for _ in range(1000):
            next(read)
            yield {"model": "m", "messages": [{"role": "user", "content": "x"}]}

    items = request_items(counted(), "/v1/chat/completions")
    fan = FanOut(items, Concurrency(3, 3), oai.RetryPolicy())
    for _ in range(3):
        assert fan.next_start(0.0)[0] is not None
    assert fan.next_start(0.0) == (None, None)  # the window is full: nothing more read
    assert next(read) == 3


def test_a_429_is_retried_after_its_wait_by_the_clients_policy() -> None:
    fan = plan(1)
    attempt, _ = fan.next_start(0.0)
    assert attempt is not None
    fan.settle(attempt, 0.0, Outcome(429, "slow down", {"retry-after-ms": "300"}))
    assert fan.next_start(0.1) == (None, pytest.approx(0.2))
    retry, _ = fan.next_start(0.3)
    assert retry is not None and retry.retries == 1 and retry.item == attempt.item
    fan.settle(retry, 0.3, Outcome(200, "answer"))
    assert list(fan.ready()) == ["answer"]


def test_after_the_last_retry_the_error_is_reported_in_its_place() -> None:
    fan = plan(2, max_retries=1)
    first, _ = fan.next_start(0.0)
    second, _ = fan.next_start(0.0)
    assert first is not None and second is not None
    fan.settle(second, 0.0, Outcome(200, "answer 1"))
    fan.settle(first, 0.0, Outcome(503, "down", {"retry-after-ms": "0"}))
    retry, _ = fan.next_start(0.0)
    assert retry is not None
    fan.settle(retry, 0.0, Outcome(503, "still down", {"retry-after-ms": "0"}))
    error, answer = list(fan.ready())
    assert isinstance(error, RequestError)
    assert (error.index, error.status, error.message, error.retryable) == (
        0,
        503,
        "still down",
        True,
    )
    assert answer == "answer 1"
    assert fan.progress.failed == 1 and fan.progress.done == 1


def test_a_400_is_not_retried() -> None:
    fan = plan(1)
    attempt, _ = fan.next_start(0.0)
    assert attempt is not None
    fan.settle(attempt, 0.0, Outcome(400, "bad"))
    (error,) = list(fan.ready())
    assert isinstance(error, RequestError) and error.status == 400 and not error.retryable


def test_a_connection_failure_is_retried_then_reported() -> None:
    fan = plan(1, max_retries=1)
    failure = oai.APIConnectionError("POST /chat/completions failed: refused")
    failure.__cause__ = httpx.ConnectError("refused")  # as translating_errors raises it
    attempt, _ = fan.next_start(0.0)
    assert attempt is not None
    fan.settle(attempt, 0.0, Outcome(None, failure))
    retry, wait = fan.next_start(0.0)
    assert retry is None and wait == pytest.approx(0.5)  # the policy's first backoff
    retry, _ = fan.next_start(0.5)
    assert retry is not None
    fan.settle(retry, 0.5, Outcome(None, failure))
    (error,) = list(fan.ready())
    assert isinstance(error, RequestError)
    assert error.status is None and "refused" in error.message and error.retryable


def test_a_bad_body_met_midway_ends_the_run_after_what_came_before() -> None:
    def mixed() -> Iterator[Any]:
        yield {"model": "m", "messages": [{"role": "user", "content": "ok"}]}
        yield {"model": "m", "mesages": []}

    fan = FanOut(
        request_items(mixed(), "/v1/chat/completions"), Concurrency(4, 4), oai.RetryPolicy()
    )
    attempt, _ = fan.next_start(0.0)
    assert attempt is not None
    assert fan.next_start(0.0) == (None, None)  # the second is refused: nothing more starts
    assert isinstance(fan.error, TypeError) and "request 1" in str(fan.error)
    fan.settle(attempt, 0.0, Outcome(200, "answer"))
    assert list(fan.ready()) == ["answer"] and fan.over
