"""The retry rules on their own, without a server: which outcomes retry, and after what wait."""

from __future__ import annotations

import email.utils
import json

import httpx
import oai
import pytest
from faults_support import START, FakeClock
from oai._retry_policy import retry_after


def policy(**settings: object) -> oai.RetryPolicy:
    return FakeClock().policy(**settings)


def test_backoff_doubles_from_half_a_second_up_to_eight() -> None:
    waits = [policy().backoff(n) for n in range(7)]
    assert waits == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


@pytest.mark.parametrize(("random", "factor"), [(0.0, 1.0), (0.5, 0.875), (0.999, 0.75025)])
def test_jitter_takes_off_up_to_a_quarter(random: float, factor: float) -> None:
    clock = FakeClock(jitter=random)
    assert clock.policy().backoff(2) == pytest.approx(2.0 * factor)


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504, 599])
def test_these_statuses_are_retried(status: int) -> None:
    decision = policy().after_response(0, status, httpx.Headers())
    assert decision.retry
    assert decision.wait == 0.5
    assert str(status) in decision.reason


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 410, 422])
def test_other_statuses_are_not(status: int) -> None:
    assert not policy().after_response(0, status, httpx.Headers()).retry


def test_the_budget_runs_out_after_max_retries() -> None:
    rules = policy(max_retries=2)
    assert rules.after_response(1, 503, httpx.Headers()).retry
    last = rules.after_response(2, 503, httpx.Headers())
    assert not last.retry
    assert "after 2 retries" in last.reason
    assert not policy(max_retries=0).after_response(0, 503, httpx.Headers()).retry


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "retry-after": "30"}, 0.25),  # the finer one wins
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"retry-after": "60"}, 60.0),
        ({"retry-after": email.utils.formatdate(START + 7, usegmt=True)}, 7.0),
        ({"retry-after": email.utils.formatdate(START - 30, usegmt=True)}, 0.0),  # past
        ({"retry-after": "0"}, 0.0),
    ],
)
def test_the_servers_wait_is_honoured_exactly(headers: dict[str, str], wait: float) -> None:
    decision = policy().after_response(0, 429, httpx.Headers(headers))
    assert decision.retry
    assert decision.wait == wait


@pytest.mark.parametrize(
    "headers",
    [
        {"retry-after": "61"},
        {"retry-after-ms": "120000"},
        {"retry-after": email.utils.formatdate(START + 3600, usegmt=True)},
    ],
)
def test_a_wait_over_a_minute_ends_the_call_at_once(headers: dict[str, str]) -> None:
    decision = policy().after_response(0, 429, httpx.Headers(headers))
    assert not decision.retry
    assert "more than the 60 s" in decision.reason


def test_the_longest_wait_a_retry_may_take_is_a_setting() -> None:
    assert not policy(max_retry_after=5).after_response(0, 503, {"retry-after": "6"}).retry
    assert policy(max_retry_after=5).after_response(0, 503, {"retry-after": "5"}).wait == 5


@pytest.mark.parametrize("value", ["soon", "", "nan", "inf", "-inf", "-5", "Mon, 99 Foo 2020"])
def test_an_unreadable_wait_falls_back_to_backoff(value: str) -> None:
    decision = policy().after_response(1, 429, httpx.Headers({"retry-after": value}))
    assert decision.retry
    assert decision.wait == 1.0


def test_retry_after_reads_seconds_dates_and_milliseconds() -> None:
    assert retry_after({"retry-after": "12"}) == 12.0
    assert retry_after({"retry-after-ms": "12"}) == 0.012
    assert retry_after({}) is None
    date = email.utils.formatdate(START + 90, usegmt=True)
    assert retry_after({"retry-after": date}, now=START) == 90.0


def test_x_should_retry_overrides_the_status_rules() -> None:
    assert policy().after_response(0, 400, {"x-should-retry": "true"}).retry
    assert policy().after_response(0, 404, {"x-should-retry": "TRUE"}).retry
    refused = policy().after_response(0, 503, {"x-should-retry": "false"})
    assert not refused.retry
    assert "not to retry" in refused.reason
    # ... but not the budget, and not the longest wait.
    assert not policy().after_response(2, 400, {"x-should-retry": "true"}).retry
    forced = {"x-should-retry": "true", "retry-after": "300"}
    assert not policy().after_response(0, 503, forced).retry


QUOTA = json.dumps({"error": {"message": "quota", "code": "insufficient_quota"}}).encode()
RATE = json.dumps({"error": {"message": "slow down", "code": "rate_limit_exceeded"}}).encode()


def test_a_used_up_quota_is_not_retried() -> None:
    decision = policy().after_response(0, 429, httpx.Headers(), QUOTA)
    assert not decision.retry
    assert "quota" in decision.reason
    assert policy().after_response(0, 429, httpx.Headers(), RATE).retry
    assert policy().after_response(0, 429, {"x-should-retry": "true"}, QUOTA).retry


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow"),
        httpx.ReadTimeout("slow"),
        httpx.WriteTimeout("slow"),
        httpx.PoolTimeout("busy"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken pipe"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
)
def test_transport_failures_are_retried(error: Exception) -> None:
    decision = policy().after_error(0, error)
    assert decision.retry
    assert decision.wait == 0.5
    assert decision.reason == type(error).__name__
    assert not policy().after_error(2, error).retry


@pytest.mark.parametrize(
    "error",
    [httpx.LocalProtocolError("bad request"), httpx.UnsupportedProtocol("ftp"), ValueError()],
)
def test_failures_of_our_own_making_are_not(error: Exception) -> None:
    assert not policy().after_error(0, error).retry


@pytest.mark.parametrize(("value", "kind"), [(-1, ValueError), ("2", TypeError), (True, TypeError)])
def test_a_bad_retry_count_is_refused(value: object, kind: type[Exception]) -> None:
    with pytest.raises(kind, match="max_retries"):
        oai.RetryPolicy(max_retries=value)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["initial_delay", "max_delay", "max_retry_after"])
def test_a_negative_wait_setting_is_refused(name: str) -> None:
    with pytest.raises(ValueError, match=name):
        oai.RetryPolicy(**{name: -1.0})  # type: ignore[arg-type]


def test_the_repr_shows_the_settings_not_the_hooks() -> None:
    text = repr(policy(max_retries=4))
    assert "max_retries=4" in text
    assert "sleep" not in text


def test_a_policy_is_immutable_and_replace_checks_the_change() -> None:
    base = oai.RetryPolicy(max_retries=3, initial_delay=1.0)
    with pytest.raises(AttributeError, match="replace"):
        base.max_retries = 5  # type: ignore[misc]
    more = base.replace(max_retries=6)
    assert (more.max_retries, more.initial_delay, base.max_retries) == (6, 1.0, 3)
    assert more.sleep is base.sleep and more != base
    assert base.replace() == base and hash(base.replace()) == hash(base)
    with pytest.raises(ValueError, match="max_delay"):
        base.replace(max_delay=-1)
    with pytest.raises(TypeError):
        base.replace(retries=1)
