"""Responses chat sessions, sync and async, against the fake server."""

from __future__ import annotations

import json
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai.testing._responses import TINY_PNG
from oai_api.models.response_text_delta_event import ResponseTextDeltaEvent
from test_responses_stream import response_body, text_events
from wrapper_support import DEFAULT_MODEL, WEATHER_PARAMETERS, resolve

WEATHER = {"type": "function", "name": "get_weather", "parameters": WEATHER_PARAMETERS}


def bodies(server: FakeOpenAI) -> list[dict[str, Any]]:
    return [request.json() for request in server.requests if request.method == "POST"]


async def test_send_chains_each_input_to_the_previous_response(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_responses_chat_session(instructions="Be brief")
    assert (session.current_response_id, session.response_history) == (None, [])
    assert session.last_response is None

    first = await resolve(session.send("One"))
    second = await resolve(session.send("Two"))

    assert type(first) is oai.Response and type(second) is oai.Response
    assert (first.output_text, second.output_text) == ("You said: One", "You said: Two")
    assert session.response_history == [first, second]
    assert session.current_response_id == second.id == "resp_0002"
    assert session.last_response is second
    assert bodies(server) == [
        {"input": "One", "instructions": "Be brief", "model": DEFAULT_MODEL},
        {
            "input": "Two",
            "instructions": "Be brief",
            "previous_response_id": "resp_0001",
            "model": DEFAULT_MODEL,
        },
    ]


async def test_session_settings_apply_to_every_request_and_overrides_to_one(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_responses_chat_session(
        model="gpt-4o", tools=[WEATHER], temperature=0.2, store=True
    )
    await resolve(session.send("One", temperature=0.9, tool_choice="none"))
    await resolve(session.send("Two", tools=None))

    first, second = bodies(server)
    assert first == {
        "input": "One",
        "model": "gpt-4o",
        "tools": [WEATHER],
        "temperature": 0.9,
        "store": True,
        "tool_choice": "none",
    }
    assert second == {
        "input": "Two",
        "model": "gpt-4o",
        "temperature": 0.2,
        "store": True,
        "previous_response_id": "resp_0001",
    }
    assert session.defaults == {
        "model": "gpt-4o",
        "tools": [WEATHER],
        "temperature": 0.2,
        "store": True,
    }


async def test_a_session_can_start_from_an_earlier_response_and_branch(
    anyclient: Any, server: FakeOpenAI
) -> None:
    _, root = await resolve(anyclient.create_response("Root"))
    session = anyclient.new_responses_chat_session(previous_response_id=root.id)
    await resolve(session.send("Child"))
    session.current_response_id = root.id
    await resolve(session.send("Sibling"))
    await resolve(session.send("Fresh start", previous_response_id=None))

    chained = [body.get("previous_response_id") for body in bodies(server)]
    assert chained == [None, "resp_0001", "resp_0001", None]
    assert session.current_response_id == "resp_0004"


async def test_streaming_send_returns_the_text_and_calls_back_with_chunks(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_responses_chat_session()
    chunks: list[Any] = []
    text = await resolve(session.send("Stream this please", callback=chunks.append))

    assert text == "You said: Stream this please"
    assert "".join(str(chunk) for chunk in chunks) == text
    assert all(isinstance(chunk, oai.ResponseTextChunk) for chunk in chunks)
    assert all(isinstance(chunk.raw, ResponseTextDeltaEvent) for chunk in chunks)
    assert chunks[0].content == chunks[0].raw.delta == "You "
    assert bodies(server)[0]["stream"] is True
    assert session.last_response.output_text == text
    assert session.current_response_id == "resp_0001"

    await resolve(session.send("Again", callback=chunks.append))
    assert bodies(server)[1]["previous_response_id"] == "resp_0001"


async def test_async_session_awaits_a_coroutine_callback(aclient: oai.AsyncOpenAI) -> None:
    session = aclient.new_responses_chat_session()
    seen: list[str] = []

    async def callback(chunk: oai.ResponseTextChunk) -> None:
        seen.append(str(chunk))

    assert isinstance(session, oai.AsyncResponsesChatSession)
    text = await session.send("Hi there", callback=callback)
    assert "".join(seen) == text == "You said: Hi there"


@pytest.mark.parametrize("stream", [False, True])
async def test_a_tool_round_trip_in_a_session(
    anyclient: Any, server: FakeOpenAI, stream: bool
) -> None:
    session = anyclient.new_responses_chat_session(tools=[WEATHER])
    chunks: list[Any] = []
    callback = chunks.append if stream else None

    reply = await resolve(session.send("Weather in Paris?", callback, tool_choice="required"))
    [call] = session.last_response.function_calls()
    assert reply == ("" if stream else session.last_response)
    assert chunks == []
    assert json.loads(call.arguments) == {"city": "example", "days": 1}

    result = {"type": "function_call_output", "call_id": call.call_id, "output": "Sunny, 21C"}
    answer = await resolve(session.send([result], callback))

    text = answer if stream else answer.output_text
    assert text == "The tool returned: Sunny, 21C"
    second = bodies(server)[1]
    assert second["input"] == [result]
    assert second["previous_response_id"] == "resp_0001"
    assert second["tools"] == [WEATHER]
    assert len(session.response_history) == 2


async def test_other_output_items_pass_through_a_session(anyclient: Any) -> None:
    session = anyclient.new_responses_chat_session(
        tools=[{"type": "image_generation"}, {"type": "web_search_preview"}],
        reasoning={"effort": "low"},
    )
    response = await resolve(session.send("Draw a fox"))
    text = await resolve(session.send("And another", callback=lambda chunk: None))

    assert response.images() == [TINY_PNG]
    assert [item.type_ for item in response.output] == [
        "reasoning",
        "web_search_call",
        "image_generation_call",
        "message",
    ]
    assert text == "You said: And another"
    assert session.last_response.images() == [TINY_PNG]


FAILED = response_body([], status="failed", error={"code": "server_error", "message": "Broke"})
FAILURES = {
    "status": (Reply.error(500, "Server exploded", type="server_error"), oai.InternalServerError),
    "not found": (Reply.error(404, "Gone"), oai.NotFoundError),
    "failed": (Reply.json(FAILED), oai.APIError),
    "stream error": (
        Reply.sse([*text_events("a")[:5], {"type": "error", "message": "x", "code": "c"}]),
        oai.StreamError,
    ),
    "stream failed": (
        Reply.sse([*text_events("a")[:5], {"type": "response.failed", "response": FAILED}]),
        oai.StreamError,
    ),
    "stream cut": (Reply.sse(text_events("a", "b"), drop_after=5), oai.APIError),
    "no end": (Reply.sse(text_events("a")[:-1], done=False), oai.StreamError),
    "dropped": (Reply.drop(), oai.APIConnectionError),
    "not a response": (Reply.json({"object": "list", "data": []}), oai.APIError),
}


@pytest.mark.parametrize("failure", list(FAILURES))
async def test_a_failed_send_leaves_the_session_unchanged(
    anyclient: Any, server: FakeOpenAI, failure: str
) -> None:
    session = anyclient.new_responses_chat_session()
    first = await resolve(session.send("One"))
    reply, error = FAILURES[failure]
    server.enqueue(reply)
    callback = (lambda chunk: None) if failure.startswith(("stream", "no end")) else None

    with pytest.raises(error):
        await resolve(session.send("Two", callback))

    assert session.response_history == [first]
    assert session.current_response_id == first.id
    await resolve(session.send("Three"))
    assert bodies(server)[-1]["previous_response_id"] == first.id


async def test_a_callback_that_raises_leaves_the_session_unchanged(anyclient: Any) -> None:
    session = anyclient.new_responses_chat_session()

    def callback(chunk: Any) -> None:
        raise KeyError("caller bug")

    with pytest.raises(KeyError, match="caller bug"):
        await resolve(session.send("One", callback))
    assert (session.response_history, session.current_response_id) == ([], None)


async def test_a_failed_response_raises_with_its_error(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json(FAILED))
    session = anyclient.new_responses_chat_session()

    with pytest.raises(oai.APIError, match="the response failed: Broke") as caught:
        await resolve(session.send("One"))
    assert (caught.value.status, caught.value.code) == (200, "server_error")


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"temprature": 1}, ValueError, "unknown responses session setting"),
        ({"stream": True}, ValueError, "stream is not a session setting"),
        ({"previous_response_id": ""}, ValueError, "previous_response_id must be"),
        ({"model": 4}, TypeError, "model must be a string"),
        ({"instructions": ["x"]}, TypeError, "instructions must be a string"),
        ({"tools": {"type": "function"}}, TypeError, "tools must be a list"),
    ],
)
def test_bad_session_settings_are_refused(
    client: oai.OpenAI, kwargs: dict[str, Any], error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        client.new_responses_chat_session(**kwargs)


async def test_bad_input_to_send_is_refused_before_anything_is_sent(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_responses_chat_session()

    with pytest.raises(TypeError, match="input must be a string"):
        await resolve(session.send(42))
    with pytest.raises(ValueError, match="unknown create_response field"):
        await resolve(session.send("hi", temprature=1))
    with pytest.raises(ValueError, match="previous_response_id must be a non-empty string"):
        session.current_response_id = ""
    assert server.requests == []
    assert session.current_response_id is None
