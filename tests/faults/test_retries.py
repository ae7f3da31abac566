"""Retries against the real fake server: what is retried, how long the client waits, what it logs.

Every client here sleeps on a `FakeClock`, so `clock.waits` lists the exact waits.
"""

from __future__ import annotations

import email.utils
import logging
import socket
import time
from typing import Any

import httpx
import oai
import pytest
from faults_support import API_KEY, HELLO, HELLO_REPLY, START, FakeClock, resolve, text_chunks
from oai.testing import FakeOpenAI, Reply
from oai_api.api.models import list_models
from oai_api.models.error_response import ErrorResponse

RETRIED = [408, 409, 429, 500, 502, 503, 504]


@pytest.mark.parametrize("status", RETRIED)
async def test_a_retryable_status_is_retried_until_it_succeeds(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, status: int
) -> None:
    server.enqueue(Reply.error(status, "try again"))
    status_, response = await resolve(anyclient.chat(HELLO))
    assert status_ == 200
    assert response.choices[0].message.content == HELLO_REPLY
    assert len(server.requests) == 2
    assert clock.waits == [0.5]


async def test_two_failures_then_success_waits_half_a_second_then_one(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(Reply.error(500, "down"), Reply.error(503, "overloaded"))
    status, _ = await resolve(anyclient.models())
    assert status == 200
    assert clock.waits == [0.5, 1.0]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
async def test_a_client_error_is_returned_at_once(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, status: int
) -> None:
    server.enqueue(Reply.error(status, "no"))
    status_, error = await resolve(anyclient.chat(HELLO))
    assert status_ == status
    assert error.error.message == "no"
    assert len(server.requests) == 1
    assert clock.waits == []


async def test_when_retries_run_out_the_last_answer_is_returned(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(*[Reply.error(503, f"attempt {n}") for n in (1, 2, 3)])
    status, error = await resolve(anyclient.chat(HELLO))
    assert status == 503
    assert error.error.message == "attempt 3"
    assert len(server.requests) == 3
    assert clock.waits == [0.5, 1.0]


async def test_content_returning_methods_raise_when_retries_run_out(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(*[Reply.error(500, "still down", type="server_error")] * 3)
    with pytest.raises(oai.InternalServerError) as info:
        await resolve(anyclient.new_chat_session().send("Hi"))
    assert info.value.status == 500
    assert info.value.request_id == "req_3"
    assert len(server.requests) == 3


async def test_max_retries_zero_turns_retries_off(
    make_client: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    client = make_client(max_retries=0)
    server.enqueue(Reply.error(503, "down"))
    status, _ = await resolve(client.chat(HELLO))
    assert status == 503
    assert len(server.requests) == 1
    assert clock.waits == []


async def test_max_retries_is_a_client_setting(
    make_client: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    client = make_client(max_retries=4)
    assert client.max_retries == 4
    server.enqueue(*[Reply.error(502, "bad gateway")] * 4)
    status, _ = await resolve(client.chat(HELLO))
    assert status == 200
    assert clock.waits == [0.5, 1.0, 2.0, 4.0]


# -- the server's own word -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": email.utils.formatdate(START + 7, usegmt=True)}, 7.0),
    ],
    ids=["retry-after-ms", "seconds", "http-date"],
)
async def test_a_429_waits_exactly_as_long_as_asked(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, headers: dict[str, str], wait: float
) -> None:
    server.enqueue(Reply.error(429, "Rate limit reached", headers=headers))
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert clock.waits == [wait]


@pytest.mark.parametrize(
    ("headers", "wait"),
    [({"Retry-After": "120"}, 120.0), ({"retry-after-ms": "90000"}, 90.0)],
    ids=["seconds", "retry-after-ms"],
)
async def test_a_429_asking_for_more_than_a_minute_is_returned_at_once_with_the_wait(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, headers: dict[str, str], wait: float
) -> None:
    server.enqueue(Reply.error(429, "Rate limit reached", code="rate_limit", headers=headers))
    status, error = await resolve(anyclient.chat(HELLO))
    assert status == 429
    assert isinstance(error, oai.RateLimitResponse)
    assert isinstance(error, ErrorResponse)  # what (status, response) methods always returned
    assert error.retry_after == wait
    assert error.error.code == "rate_limit"
    assert len(server.requests) == 1
    assert clock.waits == []


async def test_a_429_with_a_far_http_date_is_returned_at_once_with_the_wait(
    make_client: Any, server: FakeOpenAI
) -> None:
    """On the real clock: the date is read against the time the answer arrives."""
    client = make_client(retry_policy=None)
    later = email.utils.formatdate(time.time() + 600, usegmt=True)
    server.enqueue(Reply.error(429, "Rate limit reached", headers={"Retry-After": later}))
    status, error = await resolve(client.chat(HELLO))
    assert status == 429
    assert error.retry_after == pytest.approx(600, abs=2)
    assert len(server.requests) == 1


async def test_a_long_429_raises_rate_limit_error_with_the_wait_from_sessions(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(Reply.error(429, "Slow down", code="rate_limit", headers={"Retry-After": "90"}))
    with pytest.raises(oai.RateLimitError) as info:
        await resolve(anyclient.new_chat_session().send("Hi"))
    assert info.value.retry_after == 90.0
    assert info.value.code == "rate_limit"
    assert "retry after 90 s" in str(info.value)
    assert clock.waits == []


async def test_a_429_carries_its_wait_even_after_retries_run_out(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(*[Reply.error(429, "busy", headers={"Retry-After": "2"})] * 3)
    status, error = await resolve(anyclient.models())
    assert status == 429
    assert error.retry_after == 2.0
    assert clock.waits == [2.0, 2.0]


async def test_a_used_up_quota_is_not_retried(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    quota = "insufficient_quota"
    server.enqueue(Reply.error(429, "You exceeded your quota", type=quota, code=quota))
    with pytest.raises(oai.RateLimitError) as info:
        await resolve(anyclient.new_chat_session().send("Hi"))
    assert info.value.code == "insufficient_quota"
    assert info.value.retry_after is None
    assert len(server.requests) == 1


async def test_x_should_retry_false_stops_a_retryable_status(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(Reply.error(503, "no point", headers={"x-should-retry": "false"}))
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 503
    assert len(server.requests) == 1


async def test_x_should_retry_true_retries_any_status(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(Reply.error(400, "try once more", headers={"x-should-retry": "true"}))
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert len(server.requests) == 2


# -- connections -----------------------------------------------------------------------------


BROKEN = {
    "closed before the headers": Reply.drop(),
    "reset before the headers": Reply.drop(reset=True),
    "closed after the headers": Reply.json({"choices": []}).cut_off(),
    "reset in the body": Reply.json({"choices": [], "padding": "x" * 100}).cut_off(20, reset=True),
    "an HTML 502 from a proxy": Reply.html(),
}


@pytest.mark.parametrize("broken", list(BROKEN))
async def test_a_broken_answer_to_a_plain_request_is_retried(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, broken: str
) -> None:
    server.enqueue(BROKEN[broken])
    status, response = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert response.choices[0].message.content == HELLO_REPLY
    assert len(server.requests) == 2
    assert clock.waits == [0.5]


async def test_a_stalled_answer_times_out_and_is_retried(
    make_client: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    client = make_client(timeout=0.2)
    server.enqueue(Reply.json({}, delay=0.6))
    status, _ = await resolve(client.models())
    assert status == 200
    assert len(server.requests) == 2
    assert clock.waits == [0.5]


async def test_an_unreachable_server_is_tried_three_times(
    make_client: Any, clock: FakeClock
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    client = make_client(base_url=f"http://127.0.0.1:{port}/v1")
    with pytest.raises(oai.APIConnectionError) as info:
        await resolve(client.chat(HELLO))
    assert "POST /chat/completions" in str(info.value)
    assert clock.waits == [0.5, 1.0]


# -- streams ---------------------------------------------------------------------------------


async def test_a_stream_is_retried_when_nothing_of_it_arrived(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(Reply.error(503, "busy"), Reply.drop(reset=True))
    got: list[str] = []
    status, response = await resolve(anyclient.chat(HELLO, None, lambda c: got.append(c.content)))
    assert status == 200
    assert "".join(got) == HELLO_REPLY  # each piece once: nothing was delivered twice
    assert response.choices[0].message.content == HELLO_REPLY
    assert clock.waits == [0.5, 1.0]


@pytest.mark.parametrize("reset", [False, True], ids=["closed", "reset"])
async def test_a_stream_broken_in_the_middle_is_never_retried(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, reset: bool
) -> None:
    server.enqueue(Reply.sse(text_chunks("one", "two", "three"), drop_after=2, reset=reset))
    got: list[str] = []
    with pytest.raises(oai.APIConnectionError):
        await resolve(anyclient.chat(HELLO, None, lambda c: got.append(c.content)))
    assert got == ["one", "two"]
    assert len(server.requests) == 1
    assert clock.waits == []


# -- the generated client, and the log -------------------------------------------------------


async def test_the_generated_client_gets_the_same_retries(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, make_client: Any
) -> None:
    server.enqueue(Reply.error(503, "busy"))
    if make_client.is_async:
        result = await list_models.asyncio_detailed(client=anyclient.api)
    else:
        result = list_models.sync_detailed(client=anyclient.api)
    assert result.status_code == 200
    assert len(server.requests) == 2
    assert clock.waits == [0.5]


async def test_each_retry_is_logged_at_info_with_reason_and_wait(
    anyclient: Any, server: FakeOpenAI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="oai")
    server.enqueue(Reply.error(429, "busy", headers={"Retry-After": "2"}), Reply.drop())
    await resolve(anyclient.chat(HELLO))
    records = [r for r in caplog.records if r.name == "oai"]
    assert [r.levelno for r in records] == [logging.INFO, logging.INFO]
    first, second = (r.getMessage() for r in records)
    assert first == (
        "retrying POST /v1/chat/completions in 2.00 s (retry 1 of 2): HTTP 429, as the server asked"
    )
    assert second == (
        "retrying POST /v1/chat/completions in 1.00 s (retry 2 of 2): RemoteProtocolError"
    )
    assert not any(API_KEY in r.getMessage() for r in caplog.records)


class OneShotServer(httpx.BaseTransport):
    """Reads each request body as a server would, and answers 503 then 200."""

    def __init__(self) -> None:
        self.bodies: list[bytes] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        self.bodies.append(b"".join(request.stream))  # a spent generator raises here
        status = 503 if len(self.bodies) == 1 else 200
        return httpx.Response(status, json={"error": {"message": "busy"}})


def test_a_request_body_that_cannot_be_sent_twice_is_not_retried() -> None:
    """A one-shot body (a generator) cannot be replayed: the first answer stands."""
    clock = FakeClock()

    def body() -> Any:
        yield b"once"

    server = OneShotServer()
    pool = oai._transports.SharedPool(server)
    transport = oai._transports.RetryingTransport(pool, clock.policy())
    with httpx.Client(transport=transport) as http:
        response = http.post("http://mock.invalid/upload", content=body())
        assert response.status_code == 503
        assert server.bodies == [b"once"]
        assert clock.waits == [0.5]  # it tried, found the body spent, and gave the 503 back
        # A body in memory is sent again as often as needed.
        assert http.post("http://mock.invalid/upload", content=b"again").status_code == 200


@pytest.mark.parametrize(
    ("content_type", "read_whole"),
    [
        ("application/json", True),
        ("application/json; charset=utf-8", True),
        ("Application/JSON", True),
        ("application/jsonl", False),
        ("application/octet-stream", False),
        ("text/event-stream", False),
        ("audio/mpeg", False),
    ],
)
def test_only_json_and_error_bodies_are_read_inside_the_retry_loop(
    content_type: str, read_whole: bool
) -> None:
    reads_whole = oai._transports.reads_whole
    assert reads_whole(httpx.Response(200, headers={"content-type": content_type})) is read_whole
    assert reads_whole(httpx.Response(500, headers={"content-type": content_type}))


async def test_a_file_download_streams_through_without_being_buffered(
    anyclient: Any, server: FakeOpenAI
) -> None:
    """A reset part way through a download is the caller's to see: nothing is replayed."""
    body = b'{"n": 1}\n' * 10_000
    reply = Reply.raw(body, content_type="application/jsonl").cut_off(len(body) // 2, reset=True)
    server.route("GET", "/files/file-1/content", lambda request: reply)
    with pytest.raises(oai.APIConnectionError):
        await resolve(anyclient.file_content("file-1"))
    assert len(server.requests) == 1
