"""Chat sessions: history, defaults, overrides, tool calls, streaming, and failure atomicity."""

from __future__ import annotations

import copy
import json
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from wrapper_support import (
    DEFAULT_MODEL,
    USAGE,
    WEATHER_ARGUMENTS,
    WEATHER_TOOL,
    chunk,
    completion,
    resolve,
    text_chunks,
)

SYSTEM = {"role": "system", "content": "You are terse."}
# Keys a request message may carry (ChatCompletionRequestAssistantMessage and friends).
REQUEST_MESSAGE_KEYS = {
    "role",
    "content",
    "refusal",
    "name",
    "tool_calls",
    "function_call",
    "tool_call_id",
    "audio",
}


def reply(text: str) -> str:
    return FakeOpenAI.reply_text_for([{"role": "user", "content": text}])


# -- the basics ------------------------------------------------------------------------------


async def test_send_returns_the_reply_and_grows_the_history(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session()
    assert session.messages == []
    assert session.last_message() is None

    answer = await resolve(session.send("Hello"))

    assert answer == "You said: Hello"
    assert session.messages == [
        {"role": "user", "content": "Hello"},
        {"role": "assistant", "content": "You said: Hello"},
    ]
    assert session.last_message() == {"role": "assistant", "content": "You said: Hello"}


async def test_session_types(anyclient: Any) -> None:
    session = anyclient.new_chat_session()
    expected = oai.AsyncChatSession if isinstance(anyclient, oai.AsyncOpenAI) else oai.ChatSession
    assert type(session) is expected


async def test_every_send_carries_the_whole_history(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session(messages=[SYSTEM])
    await resolve(session.send("One"))
    first = server.last_request.json()
    assert first == {
        "messages": [SYSTEM, {"role": "user", "content": "One"}],
        "model": DEFAULT_MODEL,
    }

    answer = await resolve(session.send("Two"))

    assert answer == reply("Two")
    assert server.last_request.json()["messages"] == [
        SYSTEM,
        {"role": "user", "content": "One"},
        {"role": "assistant", "content": reply("One")},
        {"role": "user", "content": "Two"},
    ]
    assert len(session.messages) == 5


async def test_send_accepts_a_message_dict(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session()
    message = {"role": "user", "content": [{"type": "text", "text": "Parts"}], "name": "ann"}
    answer = await resolve(session.send(message))
    assert answer == "You said: Parts"
    assert session.messages[0] == message
    assert server.last_request.json()["messages"] == [message]


async def test_initial_messages_are_copied_and_validated(anyclient: Any) -> None:
    initial = [SYSTEM]
    session = anyclient.new_chat_session(messages=initial)
    await resolve(session.send("Hi"))
    assert initial == [SYSTEM]  # the caller's list is not the history
    with pytest.raises(ValueError, match=r"messages\[1\]\.role"):
        anyclient.new_chat_session(messages=[SYSTEM, {"role": "bot", "content": "x"}])
    with pytest.raises(TypeError, match="messages"):
        anyclient.new_chat_session(messages="Hi")


async def test_append_message_and_last_message(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session()
    session.append_message("Remember: 42")
    session.append_message({"role": "assistant", "content": "Noted."})
    assert session.last_message() == {"role": "assistant", "content": "Noted."}
    assert server.requests == []  # nothing sent

    await resolve(session.send("What number?"))
    assert server.last_request.json()["messages"][:2] == [
        {"role": "user", "content": "Remember: 42"},
        {"role": "assistant", "content": "Noted."},
    ]


@pytest.mark.parametrize(
    ("bad", "exc"),
    [
        ({"role": "wizard", "content": "x"}, ValueError),
        ({"role": "user"}, ValueError),
        ({"role": "tool", "content": "x"}, ValueError),
        (42, TypeError),
        (None, TypeError),
        (["Hi"], TypeError),
    ],
)
async def test_append_message_validates_and_leaves_history_alone(
    anyclient: Any, server: FakeOpenAI, bad: Any, exc: type[Exception]
) -> None:
    session = anyclient.new_chat_session(messages=[SYSTEM])
    before = copy.deepcopy(session.messages)
    with pytest.raises(exc):
        session.append_message(bad)
    with pytest.raises(exc):
        await resolve(session.send(bad))
    assert session.messages == before
    assert server.requests == []


# -- defaults and overrides ------------------------------------------------------------------


async def test_session_defaults_are_sent_on_every_request(
    anyclient: Any, server: FakeOpenAI
) -> None:
    defaults = {
        "model": "gpt-4o-mini",
        "temperature": 0.3,
        "tools": [WEATHER_TOOL],
        "tool_choice": "auto",
        "response_format": {"type": "json_object"},
        "max_completion_tokens": 50,
    }
    session = anyclient.new_chat_session(**defaults)
    assert session.defaults == defaults

    first = await resolve(session.send("A"))
    second = await resolve(session.send("B"))

    assert json.loads(first) == {"reply": "You said: A"}
    assert json.loads(second) == {"reply": "You said: B"}
    for request in server.requests:
        body = request.json()
        assert {key: body[key] for key in defaults} == defaults
        assert set(body) == {*defaults, "messages"}


async def test_session_extra_body_default(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session(extra_body={"top_k": 4})
    await resolve(session.send("A"))
    body = server.last_request.json()
    assert body["top_k"] == 4
    assert "extra_body" not in body


async def test_overrides_apply_to_one_call_only(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session(temperature=0.2, model="gpt-4o")
    await resolve(session.send("A", temperature=0.9, seed=7))
    await resolve(session.send("B"))
    first, second = (request.json() for request in server.requests)
    assert (first["temperature"], first["seed"], first["model"]) == (0.9, 7, "gpt-4o")
    assert second["temperature"] == 0.2
    assert "seed" not in second
    assert session.defaults == {"temperature": 0.2, "model": "gpt-4o"}


async def test_client_default_model_used_when_session_has_none(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(default_model="gpt-4.1-nano")
    await resolve(client.new_chat_session().send("A"))
    assert server.last_request.json()["model"] == "gpt-4.1-nano"


async def test_response_format_json_schema_default(anyclient: Any) -> None:
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "n": {"type": "integer"}},
    }
    session = anyclient.new_chat_session(
        response_format={"type": "json_schema", "json_schema": {"name": "x", "schema": schema}}
    )
    assert json.loads(await resolve(session.send("Hi"))) == {"name": "example", "n": 1}


@pytest.mark.parametrize("setting", ["temprature", "stream_option", "callback"])
def test_unknown_session_setting_is_value_error(anyclient: Any, setting: str) -> None:
    with pytest.raises(ValueError, match=setting):
        anyclient.new_chat_session(**{setting: 1})


async def test_unknown_override_is_value_error_and_nothing_changes(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session()
    with pytest.raises(ValueError, match="temprature"):
        await resolve(session.send("Hi", temprature=1))
    assert session.messages == []
    assert server.requests == []


# -- streaming -------------------------------------------------------------------------------


async def test_streaming_send(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session(messages=[SYSTEM])
    got: list[oai.ContentChunk] = []
    answer = await resolve(session.send("Stream please", got.append))

    assert answer == "You said: Stream please"
    assert len(got) > 1
    assert "".join(item.content for item in got) == answer
    assert session.messages[-1] == {"role": "assistant", "content": answer}
    assert session.messages[-2] == {"role": "user", "content": "Stream please"}
    body = server.last_request.json()
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}


async def test_streaming_send_with_queued_stream(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.sse(text_chunks("Hel", "lo", usage=USAGE)))
    session = anyclient.new_chat_session()
    got: list[str] = []
    assert await resolve(session.send("Hi", lambda item: got.append(str(item)))) == "Hello"
    assert got == ["Hel", "lo"]
    assert session.messages[-1] == {"role": "assistant", "content": "Hello"}


async def test_session_callback_with_stream_false_is_value_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session()
    with pytest.raises(ValueError, match="stream"):
        await resolve(session.send("Hi", lambda item: None, stream=False))
    assert server.requests == []


# -- tool calls ------------------------------------------------------------------------------


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_tool_call_round_trip(anyclient: Any, server: FakeOpenAI, streamed: bool) -> None:
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL], tool_choice="required")
    callback = (lambda item: None) if streamed else None

    call_message = await resolve(session.send("Weather in Paris?", callback))

    assert isinstance(call_message, dict)
    assert call_message["role"] == "assistant"
    assert call_message["content"] is None
    (call,) = call_message["tool_calls"]
    assert call["type"] == "function"
    assert call["function"] == {"name": "get_weather", "arguments": WEATHER_ARGUMENTS}
    assert session.last_message() == call_message
    assert len(session.messages) == 2

    result = {"role": "tool", "tool_call_id": call["id"], "content": "Sunny, 21C"}
    answer = await resolve(session.send(result, callback, tool_choice="auto"))

    assert answer == "The tool returned: Sunny, 21C"
    sent = server.last_request.json()["messages"]
    assert sent[1] == call_message  # the call went back in request shape ("type", not "type_")
    assert sent[2] == result
    assert server.last_request.json()["tool_choice"] == "auto"
    assert [m["role"] for m in session.messages] == ["user", "assistant", "tool", "assistant"]


async def test_generate_response_after_appending_tool_result(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL])
    call_message = await resolve(session.send("Weather?", tool_choice="required"))
    session.append_message(
        {"role": "tool", "tool_call_id": call_message["tool_calls"][0]["id"], "content": "Rain"}
    )
    answer = await resolve(session.generate_response())
    assert answer == "The tool returned: Rain"
    assert session.messages[-1] == {"role": "assistant", "content": answer}
    assert len(session.messages) == 4


async def test_generate_response_without_append(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session(messages=[SYSTEM, {"role": "user", "content": "Q"}])
    before = copy.deepcopy(session.messages)

    answer = await resolve(session.generate_response(append=False))
    streamed = await resolve(session.generate_response(False, lambda item: None))

    assert answer == streamed == "You said: Q"
    assert session.messages == before
    assert server.last_request.json()["messages"] == before

    assert await resolve(session.generate_response()) == "You said: Q"
    assert session.messages == [*before, {"role": "assistant", "content": "You said: Q"}]


# -- failures leave the history exactly as it was --------------------------------------------


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, oai.BadRequestError),
        (401, oai.AuthenticationError),
        (403, oai.PermissionDeniedError),
        (404, oai.NotFoundError),
        (409, oai.ConflictError),
        (422, oai.UnprocessableEntityError),
        (429, oai.RateLimitError),
        (500, oai.InternalServerError),
        (503, oai.InternalServerError),
        (418, oai.APIStatusError),
    ],
)
@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_error_status_raises_matching_error_and_keeps_history(
    anyclient: Any,
    server: FakeOpenAI,
    status: int,
    exc: type[oai.APIStatusError],
    streamed: bool,
) -> None:
    session = anyclient.new_chat_session(messages=[SYSTEM])
    await resolve(session.send("First"))
    before = copy.deepcopy(session.messages)
    server.enqueue(
        Reply.error(status, "Something is wrong", type="invalid_request_error", code="bad_thing")
    )
    got: list[Any] = []

    with pytest.raises(exc) as info:
        await resolve(session.send("Second", got.append if streamed else None))

    error = info.value
    assert type(error) is exc
    assert isinstance(error, oai.APIStatusError)
    assert isinstance(error, oai.APIError)
    assert isinstance(error, oai.OpenAIError)
    assert error.status == status
    assert error.message == "Something is wrong"
    assert error.code == "bad_thing"
    assert error.type == "invalid_request_error"
    assert error.request_id == "req_2"
    assert "Something is wrong" in str(error)
    assert session.messages == before
    assert got == []


async def test_non_json_error_status_raises_with_body_text(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session()
    server.enqueue(Reply.raw("<html>Bad Gateway</html>", status=502, content_type="text/html"))
    with pytest.raises(oai.InternalServerError) as info:
        await resolve(session.send("Hi"))
    assert info.value.status == 502
    assert info.value.body == "<html>Bad Gateway</html>"
    assert "Bad Gateway" in info.value.message
    assert session.messages == []


class Boom(Exception):
    pass


def _explode(item: Any) -> None:
    raise Boom("callback failed")


def _ignore(item: Any) -> None:
    pass


# name: (reply to queue, callback, expected exception)
FAILURES: dict[str, tuple[Reply, Any, type[BaseException]]] = {
    "dropped connection": (Reply.drop(), None, oai.APIConnectionError),
    "dropped stream": (
        Reply.sse(text_chunks("a", "b", "c"), drop_after=2),
        _ignore,
        oai.APIConnectionError,
    ),
    "error event": (
        Reply.sse([chunk("a"), {"error": {"message": "overloaded", "type": "server_error"}}]),
        _ignore,
        oai.StreamError,
    ),
    "missing DONE": (Reply.sse(text_chunks("a", "b"), done=False), _ignore, oai.StreamError),
    "invalid JSON event": (Reply.sse([chunk("a"), "data: {oops\n\n"]), _ignore, oai.StreamError),
    "callback raises": (Reply.sse(text_chunks("a", "b")), _explode, Boom),
    "no choices": (Reply.json({**completion(), "choices": []}), None, oai.APIError),
    "non-JSON success": (Reply.raw("OK", status=200), None, oai.APIError),
}


@pytest.mark.parametrize("failure", list(FAILURES))
async def test_failure_leaves_history_unchanged(
    anyclient: Any, server: FakeOpenAI, failure: str
) -> None:
    queued, callback, exc = FAILURES[failure]
    session = anyclient.new_chat_session(messages=[SYSTEM], temperature=0.5)
    await resolve(session.send("First"))
    before = copy.deepcopy(session.messages)
    server.enqueue(queued)

    with pytest.raises(exc):
        await resolve(session.send("Second", callback))

    assert session.messages == before
    # And the session still works afterwards, from where it was.
    assert await resolve(session.send("Third")) == reply("Third")
    assert server.last_request.json()["messages"][-1] == {"role": "user", "content": "Third"}
    assert len(server.last_request.json()["messages"]) == len(before) + 1


async def test_timeout_leaves_history_unchanged(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(timeout=0.3)
    session = client.new_chat_session()
    await resolve(session.send("First"))
    before = copy.deepcopy(session.messages)
    server.enqueue(Reply.json(completion(), delay=0.8))
    with pytest.raises(oai.APITimeoutError):
        await resolve(session.send("Second"))
    assert session.messages == before


async def test_generate_response_failure_leaves_history_unchanged(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session(messages=[{"role": "user", "content": "Q"}])
    before = copy.deepcopy(session.messages)
    server.enqueue(Reply.error(500, "down", type="server_error"))
    with pytest.raises(oai.InternalServerError):
        await resolve(session.generate_response())
    assert session.messages == before


# -- the history holds request-shaped messages only ------------------------------------------


async def test_history_drops_response_only_fields(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(
        Reply.json(completion("Clean", annotations=[], audio=None, reasoning_content="hmm"))
    )
    session = anyclient.new_chat_session()
    assert await resolve(session.send("Hi")) == "Clean"
    assert session.messages[-1] == {"role": "assistant", "content": "Clean"}

    await resolve(session.send("Again"))
    sent = server.last_request.json()["messages"]
    for message in sent:
        assert set(message) <= REQUEST_MESSAGE_KEYS
    assert sent[1] == {"role": "assistant", "content": "Clean"}  # no refusal: null either


async def test_history_keeps_a_refusal(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json(completion(None, refusal="I can't help with that.")))
    session = anyclient.new_chat_session()
    await resolve(session.send("Bad idea"))
    assert session.messages[-1] == {
        "role": "assistant",
        "content": None,
        "refusal": "I can't help with that.",
    }
    await resolve(session.send("OK then"))  # a refusal-only message is valid history
    assert server.last_request.json()["messages"][1]["refusal"] == "I can't help with that."
