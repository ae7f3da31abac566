"""`chat()` / `create_chat_completion()` without streaming: the body on the wire and the result."""

from __future__ import annotations

import copy
from decimal import Decimal
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.error_response import ErrorResponse
from wrapper_support import (
    API_KEY,
    DEFAULT_MODEL,
    HELLO,
    HELLO_REPLY,
    WEATHER_ARGUMENTS,
    WEATHER_TOOL,
    completion,
    resolve,
)


@pytest.mark.parametrize("method", ["chat", "create_chat_completion"])
async def test_chat_returns_typed_completion(
    anyclient: Any, server: FakeOpenAI, method: str
) -> None:
    status, response = await resolve(getattr(anyclient, method)(HELLO))

    assert status == 200
    assert isinstance(response, CreateChatCompletionResponse)
    assert response.choices[0].message.content == HELLO_REPLY
    assert response.choices[0].message.role == "assistant"
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.total_tokens == response.usage.prompt_tokens + 4
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


async def test_wire_body_is_exactly_the_callers_fields_plus_model(
    anyclient: Any, server: FakeOpenAI
) -> None:
    await resolve(anyclient.chat(HELLO))
    assert server.last_request.json() == {"messages": HELLO, "model": DEFAULT_MODEL}

    await resolve(anyclient.chat(HELLO, temperature=0.2, max_completion_tokens=7, user="u1"))
    assert server.last_request.json() == {
        "messages": HELLO,
        "model": DEFAULT_MODEL,
        "temperature": 0.2,
        "max_completion_tokens": 7,
        "user": "u1",
    }


async def test_falsy_values_are_sent_not_dropped(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.chat(HELLO, temperature=0, stream=False, stop=[], seed=0))
    body = server.last_request.json()
    assert body["temperature"] == 0
    assert body["stream"] is False
    assert body["stop"] == []
    assert body["seed"] == 0
    assert "stream_options" not in body


async def test_options_dict_and_keywords_merge_keywords_win(
    anyclient: Any, server: FakeOpenAI
) -> None:
    options = {"temperature": 0.1, "top_p": 0.5, "model": "gpt-4o"}
    await resolve(anyclient.chat(HELLO, options, temperature=0.9))
    assert server.last_request.json() == {
        "messages": HELLO,
        "model": "gpt-4o",
        "temperature": 0.9,
        "top_p": 0.5,
    }
    assert options == {"temperature": 0.1, "top_p": 0.5, "model": "gpt-4o"}  # not mutated


async def test_explicit_none_model_falls_back_to_default(
    anyclient: Any, server: FakeOpenAI
) -> None:
    await resolve(anyclient.chat(HELLO, model=None))
    assert server.last_request.json()["model"] == DEFAULT_MODEL


async def test_callers_messages_are_not_mutated(anyclient: Any, server: FakeOpenAI) -> None:
    messages = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}]
    before = copy.deepcopy(messages)
    await resolve(anyclient.chat(messages, {"stream": True}, lambda chunk: None))
    await resolve(anyclient.chat(messages))
    assert messages == before
    assert server.last_request.json()["messages"] == before


@pytest.mark.parametrize(
    ("status", "message", "type_", "code", "param"),
    [
        (400, "Invalid 'temperature'", "invalid_request_error", "invalid_value", "temperature"),
        (401, "Incorrect API key provided.", "invalid_request_error", "invalid_api_key", None),
        (404, "The model 'nope' does not exist", "invalid_request_error", "model_not_found", None),
        (429, "Rate limit reached", "requests", "rate_limit_exceeded", None),
        (500, "The server had an error", "server_error", None, None),
        (503, "Overloaded", "server_error", None, None),
    ],
)
@pytest.mark.parametrize("method", ["chat", "create_chat_completion"])
async def test_error_status_is_returned_not_raised(
    anyclient: Any,
    server: FakeOpenAI,
    method: str,
    status: int,
    message: str,
    type_: str,
    code: str | None,
    param: str | None,
) -> None:
    server.enqueue(Reply.error(status, message, type=type_, code=code, param=param))
    got_status, error = await resolve(getattr(anyclient, method)(HELLO))

    assert got_status == status
    assert isinstance(error, ErrorResponse)
    assert error.error.message == message
    assert error.error.type_ == type_
    assert error.error.code == code
    assert error.error.param == param


async def test_non_json_error_body_is_returned_as_text(anyclient: Any, server: FakeOpenAI) -> None:
    page = "<html><body><h1>502 Bad Gateway</h1></body></html>"
    server.enqueue(Reply.raw(page, status=502, content_type="text/html"))
    status, body = await resolve(anyclient.chat(HELLO))
    assert status == 502
    assert body == page


async def test_error_status_with_empty_body_is_returned_as_text(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.raw(b"", status=503))
    assert await resolve(anyclient.chat(HELLO)) == (503, "")


async def test_success_status_with_non_json_body_raises_api_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.raw("OK", status=200))
    with pytest.raises(oai.APIError) as info:
        await resolve(anyclient.chat(HELLO))
    assert info.value.status == 200
    assert info.value.request_id == "req_1"


async def test_unknown_option_is_value_error_and_nothing_is_sent(
    anyclient: Any, server: FakeOpenAI
) -> None:
    with pytest.raises(ValueError, match="temprature"):
        await resolve(anyclient.chat(HELLO, temprature=0.5))
    with pytest.raises(ValueError, match="max_tokenz"):
        await resolve(anyclient.chat(HELLO, {"max_tokenz": 5}))
    with pytest.raises(ValueError, match="extra_body"):  # the hint names the way out
        await resolve(anyclient.create_chat_completion(HELLO, top_k=3))
    assert server.requests == []


async def test_extra_body_fields_are_sent_as_given(anyclient: Any, server: FakeOpenAI) -> None:
    extra = {"top_k": 5, "repetition_penalty": 1.1, "guided": {"choice": ["a", "b"]}}
    status, _ = await resolve(anyclient.chat(HELLO, temperature=0.3, extra_body=extra))
    assert status == 200
    assert server.last_request.json() == {
        "messages": HELLO,
        "model": DEFAULT_MODEL,
        "temperature": 0.3,
        **extra,
    }


async def test_extra_body_in_options_dict(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.chat(HELLO, {"extra_body": {"min_p": 0.1}}))
    body = server.last_request.json()
    assert body["min_p"] == 0.1
    assert "extra_body" not in body


async def test_extra_body_must_be_a_dict(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(TypeError, match="extra_body"):
        await resolve(anyclient.chat(HELLO, extra_body=[("top_k", 5)]))
    assert server.requests == []


@pytest.mark.parametrize(
    ("params", "field", "exc"),
    [
        ({"temperature": Decimal("0.5")}, "temperature", TypeError),
        ({"metadata": {"tag": object()}}, "metadata", TypeError),
        ({"stop": {"a", "b"}}, "stop", TypeError),
        ({"temperature": float("nan")}, "temperature", ValueError),
        ({"extra_body": {"custom": b"bytes"}}, "custom", TypeError),
    ],
)
async def test_non_json_value_names_the_field_and_nothing_is_sent(
    anyclient: Any, server: FakeOpenAI, params: dict[str, Any], field: str, exc: type
) -> None:
    with pytest.raises(exc, match=repr(field)):
        await resolve(anyclient.chat(HELLO, **params))
    assert server.requests == []


async def test_non_json_value_while_streaming_nothing_is_sent(
    anyclient: Any, server: FakeOpenAI
) -> None:
    chunks: list[Any] = []
    with pytest.raises(TypeError, match="'temperature'"):
        await resolve(anyclient.chat(HELLO, None, chunks.append, temperature=Decimal("1")))
    assert server.requests == []
    assert chunks == []


async def test_messages_among_options_is_value_error(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match="messages"):
        await resolve(anyclient.chat(HELLO, {"messages": HELLO}))
    with pytest.raises(ValueError, match="messages"):
        await resolve(anyclient.create_chat_completion(HELLO, {"messages": [], "n": 1}))
    assert server.requests == []


async def test_non_string_model_is_type_error(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(TypeError, match="model"):
        await resolve(anyclient.chat(HELLO, model=4))
    assert server.requests == []


async def test_options_that_is_not_a_dict_is_type_error(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(TypeError, match="options must be a dict"):
        await resolve(anyclient.chat(HELLO, [("temperature", 0.5)]))
    assert server.requests == []


async def test_callback_that_is_not_callable_is_type_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    with pytest.raises(TypeError, match="callback"):
        await resolve(anyclient.chat(HELLO, None, "print"))
    assert server.requests == []


async def test_queued_completion_is_parsed_faithfully(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json(completion("queued answer")))
    status, response = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert response.id == "chatcmpl-queued"
    assert response.model == "gpt-test"
    assert response.choices[0].message.content == "queued answer"
    assert response.usage.total_tokens == 8


async def test_n_choices_non_streaming(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(anyclient.chat(HELLO, n=3))
    assert status == 200
    texts = [choice.message.content for choice in response.choices]
    assert texts == [FakeOpenAI.reply_text_for(HELLO, i) for i in range(3)]
    assert server.last_request.json()["n"] == 3


async def test_tool_call_non_streaming(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(
        anyclient.chat(HELLO, tools=[WEATHER_TOOL], tool_choice="required")
    )
    assert status == 200
    choice = response.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = choice.message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert call.function.arguments == WEATHER_ARGUMENTS
    assert server.last_request.json()["tools"] == [WEATHER_TOOL]


@pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])
async def test_legacy_functions_are_accepted(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    raw: list[Any] = []
    function = WEATHER_TOOL["function"]
    status, response = await resolve(
        anyclient.create_chat_completion(
            HELLO,
            {"functions": [function], "function_call": {"name": "get_weather"}},
            raw.append if streamed else None,
        )
    )
    assert status == 200
    assert server.last_request.json() == {
        "messages": HELLO,
        "model": DEFAULT_MODEL,
        "functions": [function],
        "function_call": {"name": "get_weather"},
        **({"stream": True, "stream_options": {"include_usage": True}} if streamed else {}),
    }
    choice = response.choices[0]
    assert choice.finish_reason == "function_call"
    assert choice.message.content is None
    assert choice.message.tool_calls is None
    call = choice.message.function_call
    assert (call.name, call.arguments) == ("get_weather", WEATHER_ARGUMENTS)
    if streamed:
        pieces = [
            item.choices[0].delta.function_call.arguments
            for item in raw
            if item.choices and item.choices[0].delta.function_call
        ]
        assert len([piece for piece in pieces if piece]) > 1  # arguments arrived in pieces
        assert "".join(pieces) == WEATHER_ARGUMENTS


async def test_legacy_function_result_message(anyclient: Any, server: FakeOpenAI) -> None:
    messages = [
        *HELLO,
        {
            "role": "assistant",
            "content": None,
            "function_call": {"name": "get_weather", "arguments": WEATHER_ARGUMENTS},
        },
        {"role": "function", "name": "get_weather", "content": "Fog"},
    ]
    status, response = await resolve(
        anyclient.chat(messages, functions=[WEATHER_TOOL["function"]], function_call="auto")
    )
    assert status == 200
    assert response.choices[0].message.content == "The tool returned: Fog"
    assert server.last_request.json()["messages"] == messages
