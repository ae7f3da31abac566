"""POST /chat/completions: the wrapper's chat requests pass the public spec's validation."""

from __future__ import annotations

from typing import Any

import httpx
from conformance_support import AUTH, Exchange, assert_accepted, assert_refused, resolve
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse

PATH = "/chat/completions"
USER = [{"role": "user", "content": "What is the weather in Paris?"}]
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}
ANSWER_FORMAT = {
    "type": "json_schema",
    "json_schema": {
        "name": "answer",
        "schema": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "celsius": {"type": "number"}},
            "required": ["city", "celsius"],
            "additionalProperties": False,
        },
        "strict": True,
    },
}


async def test_chat_with_tools_and_json_schema_format(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(
        anyclient.chat(
            USER,
            {"temperature": 0.2, "max_completion_tokens": 200},
            tools=[WEATHER_TOOL],
            tool_choice="auto",
            parallel_tool_calls=False,
            response_format=ANSWER_FORMAT,
            model="gpt-4.1",
        )
    )
    completion = assert_accepted(result, sent, PATH)
    assert isinstance(completion, CreateChatCompletionResponse)
    body = sent[0].json()
    assert body["tools"] == [WEATHER_TOOL]
    assert body["response_format"] == ANSWER_FORMAT


async def test_create_chat_completion_forcing_a_tool(anyclient: Any, sent: list[Exchange]) -> None:
    forced = {"type": "function", "function": {"name": "get_weather"}}
    result = await resolve(
        anyclient.create_chat_completion(
            [{"role": "system", "content": "Be brief."}, *USER],
            tools=[WEATHER_TOOL],
            tool_choice=forced,
            seed=7,
            user="conformance",
        )
    )
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["tool_choice"] == forced


async def test_tool_round_trip_in_a_session(anyclient: Any, sent: list[Exchange]) -> None:
    """The history a session sends back (assistant tool calls, tool results) is valid input."""
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL])
    reply = await resolve(session.send("What is the weather in Paris?"))
    assert isinstance(reply, dict) and reply["tool_calls"], f"expected tool calls, got {reply!r}"
    for call in reply["tool_calls"]:
        session.append_message({"role": "tool", "tool_call_id": call["id"], "content": "18 C"})
    await resolve(session.send("And in Celsius?"))
    assert len(sent) == 2, [exchange.describe() for exchange in sent]
    assert_accepted((sent[-1].status, None), sent, PATH)
    roles = [message["role"] for message in sent[1].json()["messages"]]
    assert roles == ["user", "assistant", "tool", "user"]


async def test_streaming_flags(anyclient: Any, sent: list[Exchange]) -> None:
    """`stream` and `stream_options` validate; Prism answers JSON, which the wrapper reads whole.

    Prism does not stream: to a streaming request it sends the JSON completion. The wrapper
    returns that completion as it would return an assembled stream, and the callback never
    runs, since no chunk arrived.
    """
    chunks: list[Any] = []
    result = await resolve(
        anyclient.chat(
            USER,
            callback=chunks.append,
            stream_options={"include_usage": True},
            n=2,
        )
    )
    completion = assert_accepted(result, sent, PATH)
    body = sent[0].json()
    assert body["stream"] is True
    assert body["stream_options"] == {"include_usage": True}
    assert isinstance(completion, CreateChatCompletionResponse)
    assert chunks == []


async def test_default_stream_options_of_a_streamed_chat(
    anyclient: Any, sent: list[Exchange]
) -> None:
    """With only a callback, the stream flags the wrapper adds on its own are valid too."""
    chunks: list[Any] = []
    result = await resolve(anyclient.create_chat_completion(USER, None, chunks.append))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["stream"] is True


# -- negative controls: validation is on for this operation -------------------------------------


def test_control_missing_messages_is_refused(raw: httpx.Client) -> None:
    response = raw.post(PATH, headers=AUTH, json={"model": "gpt-4.1"})
    assert_refused(response, "must have required property 'messages'")


def test_control_wrong_model_type_is_refused(raw: httpx.Client) -> None:
    response = raw.post(PATH, headers=AUTH, json={"model": 5, "messages": USER})
    assert_refused(response, "model must be string")


def test_control_nested_violation_is_refused(raw: httpx.Client) -> None:
    """A bad value deep inside `response_format` is caught too, not only top-level fields."""
    bad_format = {"type": "json_schema", "json_schema": {"schema": {"type": "object"}}}
    body = {"model": "gpt-4.1", "messages": USER, "response_format": bad_format}
    response = raw.post(PATH, headers=AUTH, json=body)
    assert_refused(response, "must have required property 'name'")


def test_control_null_where_the_spec_allows_it_is_accepted(raw: httpx.Client) -> None:
    """The `nullable` rewrite kept null valid where the spec allows it (`temperature: null`)."""
    body = {"model": "gpt-4.1", "messages": USER, "temperature": None, "stop": None}
    response = raw.post(PATH, headers=AUTH, json=body)
    assert response.status_code == 200, response.text
