"""FakeOpenAI(rate_limit=N): the API's rate-limit headers on every answer, 429s above the rate.

Through plain httpx, so what is checked is the wire. The buckets refill on the real clock; the
tests use rates that make a burst overflow in microseconds and a refill take tens of ms.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from oai.testing import FakeOpenAI, Reply
from oai.testing._rate_limit import RateLimit, estimated_tokens, go_duration

CHAT = {"model": "gpt-4.1", "messages": [{"role": "user", "content": "hi"}]}
GO_DURATION = re.compile(r"^(\d+h)?(\d+m)?(\d+(\.\d+)?(ms|s))?$|^0s$")


@pytest.fixture
def limited() -> Iterator[FakeOpenAI]:
    with FakeOpenAI(rate_limit=5) as server:
        yield server


def _http(server: FakeOpenAI) -> httpx.Client:
    return httpx.Client(base_url=server.base_url, timeout=5)


def test_every_answer_carries_the_limits_in_the_apis_format(limited: FakeOpenAI) -> None:
    with _http(limited) as http:
        first = http.post("/chat/completions", json=CHAT)
        second = http.get("/models")
    assert first.status_code == 200 and second.status_code == 200
    assert first.headers["x-ratelimit-limit-requests"] == "5"
    assert first.headers["x-ratelimit-remaining-requests"] == "4"
    assert second.headers["x-ratelimit-remaining-requests"] == "3"
    for name in ("requests", "tokens"):
        assert GO_DURATION.match(first.headers[f"x-ratelimit-reset-{name}"])
        assert int(first.headers[f"x-ratelimit-limit-{name}"]) > 0
        assert int(first.headers[f"x-ratelimit-remaining-{name}"]) >= 0
    # Two of five used: full again 2/5 s later, give or take the time the requests took.
    reset = second.headers["x-ratelimit-reset-requests"]
    assert reset.endswith("ms") and 380 <= float(reset[:-2]) <= 400


def test_above_the_rate_a_429_says_when_to_come_back(limited: FakeOpenAI) -> None:
    with _http(limited) as http:
        statuses = [http.get("/models").status_code for _ in range(5)]
        refused = http.post("/chat/completions", json=CHAT)
    assert statuses == [200] * 5
    assert refused.status_code == 429
    error = refused.json()["error"]
    assert error["code"] == "rate_limit_exceeded" and error["type"] == "requests"
    assert "requests per second" in error["message"]
    wait_ms = int(refused.headers["retry-after-ms"])
    assert 1 <= wait_ms <= 200  # one request's worth of a 5-a-second bucket
    assert refused.headers["retry-after"] == "1"  # whole seconds, rounded up
    assert refused.headers["x-ratelimit-remaining-requests"] == "0"
    assert limited.rate_limited == 1
    assert limited.received == 6  # a refused request is still recorded


def test_the_bucket_refills_at_the_rate(limited: FakeOpenAI) -> None:
    with _http(limited) as http:
        for _ in range(5):
            http.get("/models")
        refused = http.get("/models")
        assert refused.status_code == 429
        time.sleep(int(refused.headers["retry-after-ms"]) / 1000 + 0.005)
        assert http.get("/models").status_code == 200
        assert http.get("/models").status_code == 429  # one request's worth came back, not two


def test_refills_on_a_clock_of_their_own() -> None:
    now = [0.0]
    limit = RateLimit(10, clock=lambda: now[0])
    assert all(limit.admit(b"")[0] is None for _ in range(10))
    refused, headers = limit.admit(b"")
    assert refused is not None and refused.status == 429
    assert ("retry-after-ms", "100") in refused.headers
    assert ("x-ratelimit-reset-requests", "1s") in headers
    now[0] = 0.25  # two and a half requests' worth
    assert [limit.admit(b"")[0] is None for _ in range(3)] == [True, True, False]
    assert limit.limited == 2


def test_a_refused_request_takes_nothing_and_reset_refills(limited: FakeOpenAI) -> None:
    with _http(limited) as http:
        for _ in range(8):
            http.get("/models")
        assert limited.rate_limited == 3
        limited.reset()
        assert limited.rate_limited == 0
        assert http.get("/models").headers["x-ratelimit-remaining-requests"] == "4"


def test_a_burst_from_many_threads_gets_exactly_the_limit() -> None:
    limit = RateLimit(20, clock=lambda: 0.0)  # no time passes: no refill
    admitted: list[bool] = []

    def send() -> None:
        for _ in range(50):
            admitted.append(limit.admit(b"")[0] is None)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert admitted.count(True) == 20 and len(admitted) == 400
    assert limit.limited == 380


def test_queued_replies_and_routes_get_the_headers_and_keep_their_own() -> None:
    with FakeOpenAI(rate_limit=100) as server, _http(server) as http:
        server.enqueue(Reply.json({"ok": True}, headers={"x-ratelimit-limit-requests": "7"}))
        queued = http.get("/anything")
        server.route("GET", "/custom", lambda request: Reply.json({"custom": True}))
        routed = http.get("/custom")
    assert queued.json() == {"ok": True}
    assert queued.headers["x-ratelimit-limit-requests"] == "7"  # the reply's own wins
    assert queued.headers["x-ratelimit-remaining-requests"] == "99"
    assert routed.json() == {"custom": True}
    assert routed.headers["x-ratelimit-remaining-requests"] == "98"


def test_an_unauthorized_request_is_not_counted() -> None:
    with FakeOpenAI(rate_limit=1, api_key="secret") as server, _http(server) as http:
        assert http.get("/models").status_code == 401
        ok = http.get("/models", headers={"Authorization": "Bearer secret"})
    assert ok.status_code == 200 and ok.headers["x-ratelimit-remaining-requests"] == "0"


def test_without_a_rate_limit_no_headers_are_sent(server: FakeOpenAI, client: httpx.Client) -> None:
    answer = client.get("/models")
    assert "x-ratelimit-limit-requests" not in answer.headers
    assert server.rate_limited == 0


def test_token_limit_counts_the_prompt_and_max_tokens() -> None:
    body = {**CHAT, "max_tokens": 100}
    with FakeOpenAI(rate_limit=1000, token_limit=250) as server, _http(server) as http:
        first = http.post("/chat/completions", json=body)
        second = http.post("/chat/completions", json=body)
        third = http.post("/chat/completions", json=body)
    cost = estimated_tokens(httpx.Request("POST", "/", json=body).content)
    assert 100 < cost < 125
    assert first.headers["x-ratelimit-limit-tokens"] == "250"
    assert first.headers["x-ratelimit-remaining-tokens"] == str(250 - cost)
    assert second.status_code == 200 and third.status_code == 429
    assert third.json()["error"]["type"] == "tokens"
    assert "tokens per minute" in third.json()["error"]["message"]
    # Refilling 250 a minute: the missing tokens take seconds, which the header says.
    assert int(third.headers["retry-after-ms"]) > 1000
    assert int(third.headers["x-ratelimit-remaining-requests"]) >= 997  # 1,000 a second


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0s"), (0.02, "20ms"), (0.3977, "397.7ms"), (1, "1s"), (1.5, "1.5s"), (360, "6m0s")],
)
def test_waits_are_written_as_go_durations(seconds: float, text: str) -> None:
    assert go_duration(seconds) == text
    assert go_duration(3725.5) == "1h2m5.5s"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"rate_limit": 0}, "rate_limit must be a positive number"),
        ({"rate_limit": float("inf")}, "rate_limit must be a positive number"),
        ({"rate_limit": 10, "token_limit": 0}, "token_limit must be a whole number"),
        ({"token_limit": 100}, "token_limit needs a rate_limit"),
    ],
)
def test_bad_limits_are_refused_when_the_server_is_made(
    arguments: dict[str, float], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        FakeOpenAI(**arguments)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="rate_limit must be a number"):
        RateLimit("10")  # type: ignore[arg-type]
