"""Streaming chat through the real fake server: callbacks, assembly, SSE framing, failures."""

from __future__ import annotations

import json
from typing import Any

import httpx
import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from oai_api.models.error_response import ErrorResponse
from wrapper_support import (
    DEFAULT_MODEL,
    HELLO,
    HELLO_REPLY,
    USAGE,
    WEATHER_ARGUMENTS,
    WEATHER_TOOL,
    chunk,
    completion,
    resolve,
    text_chunks,
)

HELLO_WORLD = text_chunks("Hel", "lo", " wor", "ld", usage=USAGE)


class Collector:
    """A stream callback that keeps what it was given."""

    def __init__(self) -> None:
        self.items: list[Any] = []

    def __call__(self, item: Any) -> None:
        self.items.append(item)

    @property
    def text(self) -> str:
        return "".join(item.content for item in self.items)


# -- the happy path --------------------------------------------------------------------------


async def test_chat_stream_gives_content_chunks_and_the_whole_completion(
    anyclient: Any, server: FakeOpenAI
) -> None:
    got = Collector()
    status, response = await resolve(anyclient.chat(HELLO, {"stream": True}, got))

    assert status == 200
    assert len(got.items) > 1  # really streamed, piece by piece
    assert got.text == HELLO_REPLY
    for item in got.items:
        assert isinstance(item, oai.ContentChunk)
        assert item.content
        assert str(item) == item.content
        assert item.index == 0
        assert isinstance(item.raw, CreateChatCompletionStreamResponse)
        assert item.raw.choices[0].delta.content == item.content

    assert isinstance(response, CreateChatCompletionResponse)
    assert response.object_ == "chat.completion"
    assert response.id == "chatcmpl-1"
    assert response.model == DEFAULT_MODEL
    assert response.choices[0].message.content == HELLO_REPLY
    assert response.choices[0].message.role == "assistant"
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.completion_tokens == len(HELLO_REPLY.split())
    assert response.usage.prompt_tokens == 2
    assert response.usage.total_tokens == response.usage.prompt_tokens + 4


@pytest.mark.parametrize(
    ("options", "params"),
    [({"stream": True}, {}), (None, {}), (None, {"stream": True}), ({"stream": None}, {})],
    ids=["options", "callback-only", "keyword", "stream-none"],
)
async def test_stream_wire_body(
    anyclient: Any, server: FakeOpenAI, options: Any, params: dict[str, Any]
) -> None:
    got = Collector()
    await resolve(anyclient.chat(HELLO, options, got, **params))
    assert server.last_request.json() == {
        "messages": HELLO,
        "model": DEFAULT_MODEL,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    assert got.text == HELLO_REPLY


async def test_callers_stream_options_are_kept(anyclient: Any, server: FakeOpenAI) -> None:
    got = Collector()
    status, response = await resolve(
        anyclient.chat(HELLO, None, got, stream_options={"include_usage": False})
    )
    assert status == 200
    assert server.last_request.json()["stream_options"] == {"include_usage": False}
    assert got.text == HELLO_REPLY
    assert response.usage is None  # the server sent no usage chunk


async def test_create_chat_completion_passes_raw_chunk_models(
    anyclient: Any, server: FakeOpenAI
) -> None:
    got = Collector()
    status, response = await resolve(anyclient.create_chat_completion(HELLO, None, got))

    assert status == 200
    assert got.items
    assert all(isinstance(item, CreateChatCompletionStreamResponse) for item in got.items)
    # Every chunk is delivered, including the role chunk and the usage-only chunk.
    assert got.items[0].choices[0].delta.role == "assistant"
    assert got.items[-1].choices == []
    assert got.items[-1].usage.total_tokens == response.usage.total_tokens
    text = "".join(choice.delta.content or "" for item in got.items for choice in item.choices)
    assert text == HELLO_REPLY
    assert response.choices[0].message.content == HELLO_REPLY
    assert server.last_request.json()["stream"] is True


async def test_queued_stream_is_assembled(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.sse(HELLO_WORLD))
    got = Collector()
    status, response = await resolve(anyclient.chat(HELLO, None, got))
    assert status == 200
    assert [item.content for item in got.items] == ["Hel", "lo", " wor", "ld"]
    assert response.id == "chatcmpl-test"
    assert response.model == "gpt-test"
    assert response.created == 1_700_000_000
    assert response.choices[0].message.content == "Hello world"
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.to_dict() == USAGE


# -- stream flag errors ----------------------------------------------------------------------


@pytest.mark.parametrize("method", ["chat", "create_chat_completion"])
async def test_callback_with_stream_false_is_value_error(
    anyclient: Any, server: FakeOpenAI, method: str
) -> None:
    call = getattr(anyclient, method)
    with pytest.raises(ValueError, match="stream"):
        await resolve(call(HELLO, {"stream": False}, Collector()))
    with pytest.raises(ValueError, match="stream"):
        await resolve(call(HELLO, None, Collector(), stream=False))
    with pytest.raises(ValueError, match="stream"):  # the keyword wins over the options dict
        await resolve(call(HELLO, {"stream": True}, Collector(), stream=False))
    assert server.requests == []


@pytest.mark.parametrize("method", ["chat", "create_chat_completion"])
async def test_stream_true_without_callback_is_value_error(
    anyclient: Any, server: FakeOpenAI, method: str
) -> None:
    call = getattr(anyclient, method)
    with pytest.raises(ValueError, match="callback"):
        await resolve(call(HELLO, {"stream": True}))
    with pytest.raises(ValueError, match="callback"):
        await resolve(call(HELLO, stream=True))
    assert server.requests == []


# -- several choices, tool calls -------------------------------------------------------------


async def test_n2_stream_assembles_both_choices(anyclient: Any, server: FakeOpenAI) -> None:
    got = Collector()
    status, response = await resolve(anyclient.chat(HELLO, None, got, n=2))

    assert status == 200
    expected = [FakeOpenAI.reply_text_for(HELLO, i) for i in range(2)]
    by_index = {0: "", 1: ""}
    for item in got.items:
        by_index[item.index] += item.content
    assert by_index == {0: expected[0], 1: expected[1]}
    assert [choice.index for choice in response.choices] == [0, 1]
    assert [choice.message.content for choice in response.choices] == expected
    assert [choice.finish_reason for choice in response.choices] == ["stop", "stop"]


async def test_tool_call_stream_joins_argument_fragments(
    anyclient: Any, server: FakeOpenAI
) -> None:
    raw = Collector()
    status, response = await resolve(
        anyclient.create_chat_completion(
            HELLO, {"tools": [WEATHER_TOOL], "tool_choice": "required"}, raw
        )
    )
    assert status == 200
    fragments = [
        call.function.arguments
        for item in raw.items
        for choice in item.choices
        if choice.delta.tool_calls
        for call in choice.delta.tool_calls
        if call.function and call.function.arguments
    ]
    assert len(fragments) > 1  # the arguments really arrived in pieces
    assert "".join(fragments) == WEATHER_ARGUMENTS

    choice = response.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    call = choice.message.tool_calls[0]
    assert call.id == "call_1_0"
    assert call.type_ == "function"
    assert call.function.name == "get_weather"
    assert call.function.arguments == WEATHER_ARGUMENTS
    assert json.loads(call.function.arguments) == {"city": "example", "days": 1}


async def test_tool_call_stream_via_chat_gives_no_content_chunks(
    anyclient: Any, server: FakeOpenAI
) -> None:
    got = Collector()
    status, response = await resolve(
        anyclient.chat(HELLO, None, got, tools=[WEATHER_TOOL], tool_choice="required")
    )
    assert status == 200
    assert got.items == []
    assert response.choices[0].message.tool_calls[0].function.arguments == WEATHER_ARGUMENTS


# -- SSE framing through a real socket -------------------------------------------------------


def _crlf(events: list[dict[str, Any]], end: str) -> list[str]:
    return [f"data: {json.dumps(event)}{end}{end}" for event in events]


def _multiline(event: dict[str, Any]) -> str:
    lines = json.dumps(event, indent=1).split("\n")
    return "".join(f"data: {line}\n" for line in lines) + "\n"


# name: (events, whether the server appends its own "data: [DONE]\n\n")
FRAMINGS: dict[str, tuple[list[Any], bool]] = {
    "plain": (HELLO_WORLD, True),
    "crlf": ([*_crlf(HELLO_WORLD, "\r\n"), "data: [DONE]\r\n\r\n"], False),
    "cr": (_crlf(HELLO_WORLD, "\r"), True),
    "mixed line ends": (
        [
            f"data: {json.dumps(event)}{end}"
            for event, end in zip(
                HELLO_WORLD,
                ["\r\n\n", "\n\r", "\r\r\n", "\n\r\n", "\r\n\r", "\n\n", "\r\r"],
                strict=True,
            )
        ],
        True,
    ),
    "comments": (
        [
            ": ping\n\n",
            *[f": keep-alive\ndata: {json.dumps(event)}\n\n:ping\n\n" for event in HELLO_WORLD],
        ],
        True,
    ),
    "multi-line data": ([_multiline(event) for event in HELLO_WORLD], True),
    "no space after colon": ([f"data:{json.dumps(event)}\n\n" for event in HELLO_WORLD], True),
    "id retry and event fields": (
        [
            f"id: {n}\nretry: 1000\nevent: message\ndata: {json.dumps(event)}\n\n"
            for n, event in enumerate(HELLO_WORLD)
        ],
        True,
    ),
}


@pytest.mark.parametrize("write_size", [None, 1, 3, 7], ids=lambda w: f"write_size={w}")
@pytest.mark.parametrize("framing", list(FRAMINGS))
async def test_sse_framing_and_split_reads(
    anyclient: Any, server: FakeOpenAI, framing: str, write_size: int | None
) -> None:
    events, done = FRAMINGS[framing]
    server.enqueue(Reply.sse(events, done=done, write_size=write_size))
    got = Collector()
    status, response = await resolve(anyclient.chat(HELLO, None, got))
    assert status == 200
    assert [item.content for item in got.items] == ["Hel", "lo", " wor", "ld"]
    assert response.choices[0].message.content == "Hello world"
    assert response.usage.total_tokens == 8


async def test_stream_ending_with_a_lone_cr(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.sse([*_crlf(HELLO_WORLD, "\r"), "data: [DONE]\r\r"], done=False))
    got = Collector()
    status, response = await resolve(anyclient.chat(HELLO, None, got))
    assert status == 200
    assert response.choices[0].message.content == "Hello world"


async def test_events_after_done_are_ignored(anyclient: Any, server: FakeOpenAI) -> None:
    events = [*text_chunks("ok"), "data: [DONE]\n\n", "data: {not json\n\n", chunk("late")]
    server.enqueue(Reply.sse(events, done=False))
    got = Collector()
    status, response = await resolve(anyclient.chat(HELLO, None, got))
    assert status == 200
    assert got.text == "ok"
    assert response.choices[0].message.content == "ok"


# -- broken streams --------------------------------------------------------------------------

ERROR_OBJECT = {"message": "The model is overloaded", "type": "server_error", "code": "overloaded"}


@pytest.mark.parametrize(
    "error_event",
    [
        {"error": ERROR_OBJECT},
        f"event: error\ndata: {json.dumps(ERROR_OBJECT)}\n\n",
        f"event: error\ndata: {json.dumps({'error': ERROR_OBJECT})}\n\n",
    ],
    ids=["error-object", "event-error", "event-error-envelope"],
)
@pytest.mark.parametrize("method", ["chat", "create_chat_completion"])
async def test_error_event_mid_stream_raises_after_earlier_chunks(
    anyclient: Any, server: FakeOpenAI, method: str, error_event: Any
) -> None:
    events = [chunk("", role="assistant"), chunk("Hel"), chunk("lo"), error_event, chunk("never")]
    server.enqueue(Reply.sse(events))
    got = Collector()
    with pytest.raises(oai.StreamError) as info:
        await resolve(getattr(anyclient, method)(HELLO, None, got))

    error = info.value
    assert isinstance(error, oai.APIError)
    assert "The model is overloaded" in error.message
    assert error.code == "overloaded"
    assert error.type == "server_error"
    if method == "chat":
        assert [item.content for item in got.items] == ["Hel", "lo"]
    else:
        assert len(got.items) == 3


async def test_stream_without_done_is_stream_error(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.sse(text_chunks("Hel", "lo"), done=False))
    got = Collector()
    with pytest.raises(oai.StreamError, match=r"\[DONE\]"):
        await resolve(anyclient.chat(HELLO, None, got))
    assert got.text == "Hello"  # everything that did arrive was delivered


async def test_stream_cut_mid_event_is_stream_error(anyclient: Any, server: FakeOpenAI) -> None:
    events = [*text_chunks("Hel", "lo"), 'data: {"id": "chatcmpl-test", "choi']
    server.enqueue(Reply.sse(events, done=False))
    got = Collector()
    with pytest.raises(oai.StreamError, match="middle of an event"):
        await resolve(anyclient.chat(HELLO, None, got))
    assert got.text == "Hello"


async def test_connection_reset_mid_stream_is_connection_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    events = [chunk("A"), chunk("B"), chunk("C"), chunk("D", finish_reason="stop")]
    server.enqueue(Reply.sse(events, drop_after=2))
    got = Collector()
    with pytest.raises(oai.APIConnectionError) as info:
        await resolve(anyclient.chat(HELLO, None, got))
    assert not isinstance(info.value, oai.StreamError)
    assert [item.content for item in got.items] == ["A", "B"]


@pytest.mark.parametrize(
    ("bad", "match"),
    [("data: {not json}\n\n", "invalid JSON"), ("data: [1, 2]\n\n", "not a JSON object")],
)
async def test_bad_event_data_is_stream_error(
    anyclient: Any, server: FakeOpenAI, bad: str, match: str
) -> None:
    server.enqueue(Reply.sse([chunk("Hel"), bad, chunk("lo")]))
    got = Collector()
    with pytest.raises(oai.StreamError, match=match):
        await resolve(anyclient.chat(HELLO, None, got))
    assert got.text == "Hel"


@pytest.mark.parametrize("method", ["chat", "create_chat_completion"])
async def test_error_status_when_streaming_is_returned_and_callback_never_runs(
    anyclient: Any, server: FakeOpenAI, method: str
) -> None:
    server.enqueue(Reply.error(429, "Rate limit reached", type="requests", code="rate_limit"))
    got = Collector()
    status, error = await resolve(getattr(anyclient, method)(HELLO, None, got))
    assert status == 429
    assert isinstance(error, ErrorResponse)
    assert error.error.message == "Rate limit reached"
    assert error.error.code == "rate_limit"
    assert got.items == []


async def test_html_error_when_streaming_is_returned_as_text(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.raw("<html>Bad Gateway</html>", status=502, content_type="text/html"))
    got = Collector()
    assert await resolve(anyclient.chat(HELLO, None, got)) == (502, "<html>Bad Gateway</html>")
    assert got.items == []


async def test_server_that_ignores_stream_still_returns_the_completion(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.json(completion("not streamed")))
    got = Collector()
    status, response = await resolve(anyclient.chat(HELLO, None, got))
    assert status == 200
    assert isinstance(response, CreateChatCompletionResponse)
    assert response.choices[0].message.content == "not streamed"


# -- the connection is released whatever happens ---------------------------------------------


class Boom(Exception):
    pass


def _explode(item: Any) -> None:
    raise Boom("callback failed")


LONG_STREAM = text_chunks(*[f"word{i} " for i in range(200)], usage=USAGE)

BREAKAGES: dict[str, tuple[list[Any], Any, type[BaseException]]] = {
    "callback raises": (LONG_STREAM, _explode, Boom),
    "error event": (
        [chunk("a"), {"error": ERROR_OBJECT}, *LONG_STREAM],
        lambda item: None,
        oai.StreamError,
    ),
    "invalid json": (
        [chunk("a"), "data: nope\n\n", *LONG_STREAM],
        lambda item: None,
        oai.StreamError,
    ),
}


@pytest.mark.parametrize("breakage", list(BREAKAGES))
async def test_connection_is_released_when_a_stream_breaks(
    make_client: Any, server: FakeOpenAI, breakage: str
) -> None:
    events, callback, exc = BREAKAGES[breakage]
    # One connection only, and a short pool timeout: a leaked connection makes the next
    # request fail with a pool timeout instead of succeeding.
    http = make_client.http(limits=httpx.Limits(max_connections=1, max_keepalive_connections=1))
    client = make_client(http_client=http, timeout=httpx.Timeout(5.0, pool=0.5))
    server.enqueue(Reply.sse(events))

    # Keep the exception (and so its traceback's frames) alive through the checks below, so
    # a response the wrapper failed to close cannot be rescued by garbage collection.
    with pytest.raises(exc) as info:
        await resolve(client.chat(HELLO, None, callback))

    for _ in range(2):
        status, response = await resolve(client.chat(HELLO))
        assert status == 200
        assert response.choices[0].message.content == HELLO_REPLY
    got = Collector()
    status, _ = await resolve(client.chat(HELLO, None, got))
    assert status == 200
    assert got.text == HELLO_REPLY
    assert info.value is not None


async def test_callback_exception_propagates_unchanged(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(Boom, match="callback failed"):
        await resolve(anyclient.chat(HELLO, None, _explode))
    assert len(server.requests) == 1
