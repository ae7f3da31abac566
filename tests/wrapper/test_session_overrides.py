"""Session defaults for every request field, and per-call overrides on send/generate_response."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from oai._operations import chat_request_fields
from oai.testing import FakeOpenAI
from wrapper_support import WEATHER_ARGUMENTS, WEATHER_TOOL, resolve

WEATHER_FUNCTION = WEATHER_TOOL["function"]

# A plausible value for each request field; a field the spec grows later gets a plain string,
# which the fake server takes without complaint. Together these still get a text answer:
# tool_choice and function_call are "auto", response_format is text, n is 1.
SAMPLES: dict[str, Any] = {
    "audio": {"voice": "alloy", "format": "wav"},
    "frequency_penalty": 0.5,
    "function_call": "auto",
    "functions": [WEATHER_FUNCTION],
    "logit_bias": {"50256": -100},
    "logprobs": True,
    "max_completion_tokens": 64,
    "max_tokens": 64,
    "metadata": {"team": "docs"},
    "modalities": ["text"],
    "model": "gpt-4o-mini",
    "n": 1,
    "parallel_tool_calls": False,
    "prediction": {"type": "content", "content": "draft"},
    "presence_penalty": -0.5,
    "prompt_cache_key": "cache-1",
    "prompt_cache_retention": "24h",
    "reasoning_effort": "low",
    "response_format": {"type": "text"},
    "safety_identifier": "user-hash",
    "seed": 42,
    "service_tier": "default",
    "stop": ["\n\n"],
    "store": False,
    "temperature": 0,
    "tool_choice": "auto",
    "tools": [WEATHER_TOOL],
    "top_logprobs": 2,
    "top_p": 0.9,
    "user": "u-1",
    "verbosity": "low",
    "web_search_options": {"search_context_size": "low"},
}
EVERY_DEFAULT = {
    name: SAMPLES.get(name, "value")
    for name in sorted(chat_request_fields() - {"messages", "stream", "stream_options"})
}


async def test_every_request_field_can_be_a_session_default(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session(**EVERY_DEFAULT)
    assert await resolve(session.send("One")) == "You said: One"
    assert await resolve(session.generate_response(append=False)) == "You said: One"
    for request in server.requests:
        body = request.json()
        assert {name: body[name] for name in EVERY_DEFAULT} == EVERY_DEFAULT
        assert set(body) == {*EVERY_DEFAULT, "messages"}


async def test_every_request_field_can_be_an_override(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session()
    await resolve(session.send("One", **EVERY_DEFAULT))
    await resolve(session.send("Two"))
    first, second = (request.json() for request in server.requests)
    assert {name: first[name] for name in EVERY_DEFAULT} == EVERY_DEFAULT
    assert set(second) == {"messages", "model"}
    assert session.defaults == {}


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_tool_choice_required_for_one_call_then_none(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    session = anyclient.new_chat_session(tools=[WEATHER_TOOL], tool_choice="auto")
    callback = (lambda item: None) if streamed else None

    call_message = await resolve(session.send("Weather?", callback, tool_choice="required"))
    (call,) = call_message["tool_calls"]
    assert call["function"] == {"name": "get_weather", "arguments": WEATHER_ARGUMENTS}
    session.append_message({"role": "tool", "tool_call_id": call["id"], "content": "Hail"})
    answer = await resolve(session.generate_response(True, callback, tool_choice="none"))
    plain = await resolve(session.send("Thanks", callback))

    assert answer == "The tool returned: Hail"
    assert plain == "You said: Thanks"
    sent = [request.json()["tool_choice"] for request in server.requests]
    assert sent == ["required", "none", "auto"]
    assert all(request.json()["tools"] == [WEATHER_TOOL] for request in server.requests)
    assert session.defaults == {"tools": [WEATHER_TOOL], "tool_choice": "auto"}


async def test_none_override_leaves_a_default_out_of_one_request(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session(response_format={"type": "json_object"}, temperature=0.2)
    assert await resolve(session.send("A", response_format=None)) == "You said: A"
    assert await resolve(session.send("B")) == '{"reply": "You said: B"}'

    first, second = (request.json() for request in server.requests)
    assert "response_format" not in first
    assert first["temperature"] == 0.2
    assert second["response_format"] == {"type": "json_object"}
    assert session.defaults == {"response_format": {"type": "json_object"}, "temperature": 0.2}


async def test_none_model_override_uses_the_client_default(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(default_model="gpt-4.1-mini")
    session = client.new_chat_session(model="gpt-4o")
    await resolve(session.send("A", model=None))
    assert server.last_request.json()["model"] == "gpt-4.1-mini"


async def test_overrides_do_not_touch_the_defaults_objects(
    anyclient: Any, server: FakeOpenAI
) -> None:
    tools = [WEATHER_TOOL]
    session = anyclient.new_chat_session(tools=tools, metadata={"a": "1"})
    before = copy.deepcopy(session.defaults)
    await resolve(session.send("A", metadata={"b": "2"}, tools=[]))
    assert session.defaults == before
    assert tools == [WEATHER_TOOL]
    assert server.last_request.json()["metadata"] == {"b": "2"}
    assert server.last_request.json()["tools"] == []


async def test_extra_body_override_replaces_the_default(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session(extra_body={"top_k": 4})
    await resolve(session.send("A", extra_body={"min_p": 0.1}))
    await resolve(session.send("B"))
    first, second = (request.json() for request in server.requests)
    assert (first.get("top_k"), first["min_p"]) == (None, 0.1)
    assert second["top_k"] == 4
    assert "min_p" not in second


async def test_default_stream_options_go_only_with_streamed_calls(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session(stream_options={"include_usage": False})
    await resolve(session.send("Plain"))
    plain = server.last_request.json()
    assert "stream_options" not in plain
    assert "stream" not in plain
    assert session.last_response.usage.total_tokens > 0

    await resolve(session.send("Streamed", lambda item: None))
    streamed = server.last_request.json()
    assert streamed["stream"] is True
    assert streamed["stream_options"] == {"include_usage": False}
    assert session.last_response.usage is None  # the server was asked not to send it


async def test_stream_options_override_turns_usage_off_for_one_call(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session()
    await resolve(session.send("A", lambda item: None, stream_options={"include_usage": False}))
    assert session.last_response.usage is None
    await resolve(session.send("B", lambda item: None))
    assert server.last_request.json()["stream_options"] == {"include_usage": True}
    assert session.last_response.usage.completion_tokens == 3  # "You said: B"


@pytest.mark.parametrize("method", ["send", "generate_response"])
async def test_bad_override_is_refused_before_sending(
    anyclient: Any, server: FakeOpenAI, method: str
) -> None:
    session = anyclient.new_chat_session(messages=[{"role": "user", "content": "Q"}])
    before = copy.deepcopy(session.messages)
    call = session.send if method == "send" else (lambda _, **kw: session.generate_response(**kw))
    with pytest.raises(ValueError, match="tool_choise"):
        await resolve(call("Hi", tool_choise="none"))
    with pytest.raises(ValueError, match="messages"):
        await resolve(call("Hi", messages=[]))
    with pytest.raises(TypeError, match="model"):
        await resolve(call("Hi", model=4))
    assert server.requests == []
    assert session.messages == before
