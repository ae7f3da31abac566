"""Streams that go wrong part way: each raises a clear error after the callback got everything
valid before it, is never retried, and leaves a session's history as it was."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import oai
import pytest
from faults_support import FakeClock, chunk, resolve, text_chunks
from oai.testing import FakeOpenAI, RecordedRequest, Reply
from oai.testing._defaults import default_reply

GOOD = [chunk("one"), chunk("two")]

BROKEN: dict[str, tuple[Reply, type[Exception], str]] = {
    "an error event": (
        Reply.sse([*GOOD, {"error": {"message": "The model crashed", "type": "server_error"}}]),
        oai.StreamError,
        "error event in stream after 2 chunk(s): The model crashed",
    ),
    "a named error event": (
        Reply.sse([*GOOD, 'event: error\ndata: {"message": "overloaded"}\n\n']),
        oai.StreamError,
        "overloaded",
    ),
    "a reset connection": (
        Reply.sse([*GOOD, chunk("three")], drop_after=2, reset=True),
        oai.APIConnectionError,
        "POST /chat/completions failed",
    ),
    "a closed connection": (
        Reply.sse([*GOOD, chunk("three")], drop_after=2),
        oai.APIConnectionError,
        "POST /chat/completions failed",
    ),
    "a connection cut inside an event": (
        Reply.sse([*GOOD, chunk("three")]).cut_off(
            len(b"".join(Reply.sse(GOOD).events)) + 10, reset=True
        ),
        oai.APIConnectionError,
        "POST /chat/completions failed",
    ),
    "a truncated final event": (
        Reply.sse([*GOOD, 'data: {"id": "chatcmpl-faults", "choi'], done=False),
        oai.StreamError,
        "the stream ended in the middle of an event before [DONE], after 2 chunk(s)",
    ),
    "a stream that stops before [DONE]": (
        Reply.sse(GOOD, done=False),
        oai.StreamError,
        "the stream ended before [DONE], after 2 chunk(s)",
    ),
    "invalid JSON in an event": (
        Reply.sse([*GOOD, "data: {not json}\n\n", chunk("three")]),
        oai.StreamError,
        "invalid JSON in stream event 3: '{not json}'",
    ),
    "an event that is not a chunk": (
        Reply.sse([*GOOD, "data: [1, 2]\n\n"]),
        oai.StreamError,
        "stream event 3 is not a JSON object",
    ),
}


@pytest.mark.parametrize("case", list(BROKEN))
async def test_a_broken_stream_raises_after_everything_valid_before_it(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, case: str
) -> None:
    reply, error, message = BROKEN[case]
    server.enqueue(reply)
    got: list[str] = []
    with pytest.raises(error) as info:
        await resolve(anyclient.chat([{"role": "user", "content": "Hi"}], None, got_text(got)))
    assert message in str(info.value)
    assert info.value.request_id == "req_1"  # the stream's x-request-id, to report the failure
    assert got == ["one", "two"]
    assert len(server.requests) == 1  # never retried: part of it had reached the caller
    assert clock.waits == []


@pytest.mark.parametrize("case", list(BROKEN))
async def test_a_broken_stream_leaves_a_sessions_history_unchanged(
    anyclient: Any, server: FakeOpenAI, case: str
) -> None:
    session = anyclient.new_chat_session([{"role": "system", "content": "Be brief."}])
    await resolve(session.send("First"))
    before = [dict(message) for message in session.messages]
    reply, error, _ = BROKEN[case]
    server.enqueue(reply)
    got: list[str] = []
    with pytest.raises(error):
        await resolve(session.send("Second", got_text(got)))
    assert session.messages == before
    assert got == ["one", "two"]
    # The session carries on as if the failed call had never been made.
    server.enqueue(Reply.sse(text_chunks("fine")))
    assert await resolve(session.send("Third", lambda c: None)) == "fine"
    assert [m["content"] for m in session.messages[-2:]] == ["Third", "fine"]


async def test_the_error_events_details_are_on_the_exception(
    anyclient: Any, server: FakeOpenAI
) -> None:
    error = {"message": "Too long", "type": "invalid_request_error", "code": "ctx", "param": "x"}
    server.enqueue(Reply.sse([chunk("one"), {"error": error}]))
    with pytest.raises(oai.StreamError) as info:
        await resolve(anyclient.chat([{"role": "user", "content": "Hi"}], None, lambda c: None))
    details = (info.value.type, info.value.code, info.value.param)
    assert details == ("invalid_request_error", "ctx", "x")


def got_text(into: list[str]) -> Any:
    return lambda item: into.append(item.content)


# -- the Responses API -----------------------------------------------------------------------


def broken_response_stream(keep: int, *extra: str, **changes: Any) -> Any:
    """A route handler: the fake server's own stream for the request, cut after `keep` events."""

    def handler(request: RecordedRequest) -> Reply:
        reply = default_reply(request, 1)
        events = reply.events[:keep] + tuple(event.encode() for event in extra)
        return dataclasses.replace(reply, events=events, **changes)

    return handler


def sse(data: dict[str, Any]) -> str:
    return f"event: {data['type']}\ndata: {json.dumps(data)}\n\n"


RESPONSE_FAILURES: dict[str, tuple[Any, type[Exception], str]] = {
    "an error event": (
        broken_response_stream(2, sse({"type": "error", "message": "boom", "code": "e500"})),
        oai.StreamError,
        "error event in stream after 2 event(s): boom",
    ),
    "response.failed": (
        broken_response_stream(
            2,
            sse(
                {
                    "type": "response.failed",
                    "response": {"status": "failed", "error": {"code": "x", "message": "gone"}},
                }
            ),
        ),
        oai.StreamError,
        "the response failed after 2 event(s): gone",
    ),
    "a reset connection": (
        broken_response_stream(2, drop_after=2, reset=True),
        oai.APIConnectionError,
        "POST /responses failed",
    ),
    "invalid JSON": (
        broken_response_stream(2, "data: {oops\n\n"),
        oai.StreamError,
        "invalid JSON in stream event 3",
    ),
}


@pytest.mark.parametrize("case", list(RESPONSE_FAILURES))
async def test_a_broken_responses_stream_raises_after_the_valid_events(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock, case: str
) -> None:
    handler, error, message = RESPONSE_FAILURES[case]
    server.route("POST", "/responses", handler)
    got: list[Any] = []
    with pytest.raises(error) as info:
        await resolve(anyclient.create_response("Hi", None, got.append))
    assert message in str(info.value)
    assert info.value.request_id == "req_1"
    kinds = [(event if isinstance(event, dict) else event.to_dict())["type"] for event in got]
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert len(server.requests) == 1
    assert clock.waits == []
