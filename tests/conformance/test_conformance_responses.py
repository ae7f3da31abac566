"""POST /responses: `create_response` requests pass the public spec's validation."""

from __future__ import annotations

from typing import Any

import httpx
from conformance_support import AUTH, Exchange, assert_accepted, assert_refused, resolve

PATH = "/responses"
WEATHER_TOOL = {
    "type": "function",
    "name": "get_weather",
    "description": "Current weather for a city.",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": False,
    },
    "strict": True,
}
ANSWER_FORMAT = {
    "type": "json_schema",
    "name": "answer",
    "schema": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
        "additionalProperties": False,
    },
    "strict": True,
}


async def test_create_response_from_text(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.create_response("Say hello.", model="gpt-4.1"))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["input"] == "Say hello."


async def test_create_response_with_items_tools_and_format(
    anyclient: Any, sent: list[Exchange]
) -> None:
    items = [
        {"role": "developer", "content": "Answer in JSON."},
        {"role": "user", "content": [{"type": "input_text", "text": "Weather in Paris?"}]},
    ]
    options = {"instructions": "Be brief.", "max_output_tokens": 200}
    result = await resolve(
        anyclient.create_response(
            items,
            options,
            tools=[WEATHER_TOOL],
            tool_choice="auto",
            text={"format": ANSWER_FORMAT},
            store=False,
        )
    )
    assert_accepted(result, sent, PATH)
    body = sent[0].json()
    assert body["tools"] == [WEATHER_TOOL]
    assert body["text"] == {"format": ANSWER_FORMAT}
    assert body["instructions"] == "Be brief."


async def test_create_response_streaming_flags(anyclient: Any, sent: list[Exchange]) -> None:
    """A streamed call validates; Prism answers it with JSON, not SSE (it does not stream)."""
    events: list[Any] = []
    result = await resolve(
        anyclient.create_response("Say hello.", callback=events.append, model="gpt-4.1")
    )
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["stream"] is True
    assert events == []


async def test_responses_session_chains_and_returns_tool_output(
    anyclient: Any, sent: list[Exchange]
) -> None:
    """The follow-up requests a session builds (previous id, tool output items) are valid."""
    session = anyclient.new_responses_chat_session(
        model="gpt-4.1", instructions="Be brief.", tools=[WEATHER_TOOL]
    )
    await resolve(session.send("What is the weather in Paris?"))
    first_id = session.current_response_id
    output = {"type": "function_call_output", "call_id": "call_1", "output": "18 C"}
    await resolve(session.send([output]))
    assert len(sent) == 2
    assert_accepted((sent[-1].status, None), sent, PATH)
    follow_up = sent[1].json()
    assert first_id and follow_up["previous_response_id"] == first_id
    assert follow_up["input"] == [output]


def test_control_bad_input_type_is_refused(raw: httpx.Client) -> None:
    response = raw.post(PATH, headers=AUTH, json={"model": "gpt-4.1", "input": 5})
    assert_refused(response, "input must be string", "input must be array")


def test_control_nested_violation_is_refused(raw: httpx.Client) -> None:
    bad_format = {"format": {"type": "json_schema", "schema": {"type": "object"}}}
    body = {"model": "gpt-4.1", "input": "hi", "text": bad_format}
    response = raw.post(PATH, headers=AUTH, json=body)
    assert_refused(response, "text.format must have required property 'name'")


def test_control_unknown_input_item_is_refused(raw: httpx.Client) -> None:
    """Input items stay checked after `OVERLAPPING_ONE_OFS` turned their `oneOf` into `anyOf`."""
    body = {"model": "gpt-4.1", "input": [{"role": "wizard", "content": "hi"}]}
    response = raw.post(PATH, headers=AUTH, json=body)
    assert_refused(response, "input must be string")
