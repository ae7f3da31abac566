"""Tool round trips in a chat session: parallel calls, legacy functions, compatible servers."""

from __future__ import annotations

import copy
import json
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from wrapper_support import WEATHER_ARGUMENTS, WEATHER_TOOL, chunk, completion, resolve

WEATHER_FUNCTION = WEATHER_TOOL["function"]
TIME_TOOL = {
    "type": "function",
    "function": {"name": "get_time", "parameters": {"type": "object", "properties": {}}},
}
PARIS = '{"city": "Paris"}'
TWO_CALLS = [
    {"id": "call_w", "type": "function", "function": {"name": "get_weather", "arguments": PARIS}},
    {"id": "call_t", "type": "function", "function": {"name": "get_time", "arguments": "{}"}},
]


def streamed_calls(finish_reason: str = "tool_calls") -> list[dict[str, Any]]:
    """Two calls streamed as OpenAI does: by index, interleaved, arguments in pieces."""

    def call(index: int, arguments: str, **fields: Any) -> dict[str, Any]:
        function: dict[str, Any] = {"arguments": arguments}
        if "name" in fields:
            function["name"] = fields.pop("name")
        return {"index": index, "function": function, **fields}

    return [
        chunk(
            role="assistant",
            tool_calls=[call(0, "", id="call_w", type="function", name="get_weather")],
        ),
        chunk(tool_calls=[call(0, '{"city": ')]),
        chunk(tool_calls=[call(1, "", id="call_t", type="function", name="get_time")]),
        chunk(tool_calls=[call(0, '"Paris"}')]),
        chunk(tool_calls=[call(1, "{}")]),
        chunk(finish_reason=finish_reason),
    ]


def tool_results() -> list[dict[str, Any]]:
    return [
        {"role": "tool", "tool_call_id": "call_w", "content": "Sunny"},
        {"role": "tool", "tool_call_id": "call_t", "content": "Noon"},
    ]


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_parallel_tool_calls_round_trip(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    if streamed:
        server.enqueue(Reply.sse(streamed_calls()))
    else:
        reply = completion(None, tool_calls=TWO_CALLS)
        reply["choices"][0]["finish_reason"] = "tool_calls"
        server.enqueue(Reply.json(reply))
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL, TIME_TOOL])
    got: list[oai.ContentChunk] = []
    callback = got.append if streamed else None

    call_message = await resolve(session.send("Weather and time in Paris?", callback))

    assert call_message == {"role": "assistant", "content": None, "tool_calls": TWO_CALLS}
    assert got == []  # a reply that only calls tools has no text to stream
    assert session.last_response.choices[0].finish_reason == "tool_calls"
    for result in tool_results():
        session.append_message(result)

    answer = await resolve(session.generate_response(callback=callback))

    assert answer == "The tool returned: Noon"
    sent = server.last_request.json()["messages"]
    assert sent[1] == call_message
    assert sent[2:] == tool_results()
    assert [m["role"] for m in session.messages] == [
        "user",
        "assistant",
        "tool",
        "tool",
        "assistant",
    ]


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_text_and_tool_call_in_one_reply(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    call = TWO_CALLS[0]
    if streamed:
        opening = {"index": 0, "id": call["id"], "type": "function", "function": call["function"]}
        server.enqueue(
            Reply.sse(
                [
                    chunk("Let me ", role="assistant"),
                    chunk("check."),
                    chunk(tool_calls=[opening]),
                    chunk(finish_reason="tool_calls"),
                ]
            )
        )
    else:
        server.enqueue(Reply.json(completion("Let me check.", tool_calls=[call])))
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL])
    got: list[str] = []
    callback = (lambda item: got.append(str(item))) if streamed else None

    message = await resolve(session.send("Weather?", callback))

    assert message == {"role": "assistant", "content": "Let me check.", "tool_calls": [call]}
    assert got == (["Let me ", "check."] if streamed else [])
    assert session.last_message() == message


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_legacy_functions_round_trip(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    session = anyclient.new_chat_session(
        functions=[WEATHER_FUNCTION], function_call={"name": "get_weather"}
    )
    callback = (lambda item: None) if streamed else None

    call_message = await resolve(session.send("Weather in Oslo?", callback))

    assert call_message == {
        "role": "assistant",
        "content": None,
        "function_call": {"name": "get_weather", "arguments": WEATHER_ARGUMENTS},
    }
    first = server.last_request.json()
    assert first["functions"] == [WEATHER_FUNCTION]
    assert first["function_call"] == {"name": "get_weather"}
    assert "tools" not in first
    assert session.last_response.choices[0].finish_reason == "function_call"

    result = {"role": "function", "name": "get_weather", "content": "Snow"}
    answer = await resolve(session.send(result, callback, function_call="none"))

    assert answer == "The tool returned: Snow"
    sent = server.last_request.json()
    assert sent["function_call"] == "none"
    assert sent["messages"][1:] == [call_message, result]
    assert [m["role"] for m in session.messages] == ["user", "assistant", "function", "assistant"]


def test_legacy_function_message_needs_a_name(client: oai.OpenAI, server: FakeOpenAI) -> None:
    session = client.new_chat_session()
    with pytest.raises(ValueError, match="name"):
        session.send({"role": "function", "content": "Snow"})
    assert server.requests == []


# -- what compatible servers send ------------------------------------------------------------


def gemini_style_stream() -> list[dict[str, Any]]:
    """Tool calls the way Gemini's compatible endpoint streams them.

    No `index` on the calls, the second call's arguments in two indexless pieces, a signature
    the next request must carry back, and `finish_reason` "stop" although the reply calls tools.
    """
    signature = {"google": {"thought_signature": "c2lnbmF0dXJl"}}
    events = [
        chunk(
            role="assistant",
            tool_calls=[
                {
                    "id": "call_w",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": PARIS},
                    "extra_content": signature,
                }
            ],
        ),
        chunk(
            tool_calls=[
                {
                    "id": "call_t",
                    "type": "function",
                    "function": {"name": "get_time", "arguments": "{"},
                }
            ]
        ),
        chunk(tool_calls=[{"function": {"arguments": "}"}}]),
        chunk(finish_reason="stop"),
    ]
    for event in events:
        del event["object"]
    return events


async def test_gemini_style_tool_call_stream_round_trip(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.sse(gemini_style_stream()))
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL, TIME_TOOL])

    message = await resolve(session.send("Weather and time?", lambda item: None))

    signed = {**TWO_CALLS[0], "extra_content": {"google": {"thought_signature": "c2lnbmF0dXJl"}}}
    assert message == {"role": "assistant", "content": None, "tool_calls": [signed, TWO_CALLS[1]]}
    for call in message["tool_calls"]:
        json.loads(call["function"]["arguments"])  # each call's arguments are whole JSON
    assert session.last_response.choices[0].finish_reason == "stop"  # as the server said

    for result in tool_results():
        session.append_message(result)
    assert await resolve(session.generate_response()) == "The tool returned: Noon"
    assert server.last_request.json()["messages"][1] == message  # signature went back


async def test_non_streamed_tool_call_extra_fields_go_back(
    anyclient: Any, server: FakeOpenAI
) -> None:
    signed = {**TWO_CALLS[0], "extra_content": {"google": {"thought_signature": "abc"}}}
    server.enqueue(Reply.json(completion(None, tool_calls=[signed])))
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL])
    message = await resolve(session.send("Weather?"))
    assert message["tool_calls"] == [signed]
    session.append_message({"role": "tool", "tool_call_id": "call_w", "content": "Sunny"})
    await resolve(session.generate_response())
    assert server.last_request.json()["messages"][1]["tool_calls"] == [signed]


async def test_broken_tool_call_stream_leaves_session_unchanged(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL])
    await resolve(session.send("Hi"))
    before, response = copy.deepcopy(session.messages), session.last_response
    server.enqueue(Reply.sse(streamed_calls(), drop_after=3))

    with pytest.raises(oai.APIConnectionError):
        await resolve(session.send("Weather?", lambda item: None))

    assert session.messages == before
    assert session.last_response is response
