"""Answers from real servers are looser than the spec: optional-looking fields may be missing."""

from __future__ import annotations

from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai_api.models.error_response import ErrorResponse
from wrapper_support import HELLO, USAGE, chunk, completion, resolve


def minimal_completion() -> dict[str, Any]:
    return {
        "id": "chatcmpl-min",
        "object": "chat.completion",
        "created": 1,
        "model": "local-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "bare"},
                "finish_reason": "stop",
            }
        ],
    }


async def test_minimal_completion_parses(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json(minimal_completion()))
    status, response = await resolve(anyclient.chat(HELLO))
    assert status == 200
    choice = response.choices[0]
    assert choice.message.content == "bare"
    # Left out by the server: None to read, and still left out of to_dict().
    assert choice.message.refusal is None
    assert choice.logprobs is None
    assert response.usage is None
    assert response.system_fingerprint is None
    assert response.service_tier is None
    assert response.to_dict() == minimal_completion()
    assert "Unset" not in repr(response)


async def test_minimal_completion_in_a_session(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json(minimal_completion()))
    session = anyclient.new_chat_session()
    assert await resolve(session.send("Hi")) == "bare"
    assert session.messages[-1] == {"role": "assistant", "content": "bare"}


async def test_unknown_fields_are_kept(anyclient: Any, server: FakeOpenAI) -> None:
    body = completion("x", reasoning_content="thinking...")
    body["x_vendor"] = {"latency_ms": 12}
    server.enqueue(Reply.json(body))
    status, response = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert response.additional_properties == {"x_vendor": {"latency_ms": 12}}
    assert response.choices[0].message.additional_properties == {"reasoning_content": "thinking..."}


async def test_lean_stream_with_usage_only_chunk(anyclient: Any, server: FakeOpenAI) -> None:
    def lean(**kwargs: Any) -> dict[str, Any]:
        data = chunk(**kwargs)
        for choice in data["choices"]:
            choice.pop("logprobs", None)
            if choice["finish_reason"] is None:
                del choice["finish_reason"]
        return data

    events = [
        lean(content="Hi", role="assistant"),
        lean(content=" you"),
        lean(finish_reason="stop"),
        chunk(choices=[], usage=USAGE),
    ]
    server.enqueue(Reply.sse(events))
    got: list[str] = []
    status, response = await resolve(anyclient.chat(HELLO, None, lambda c: got.append(str(c))))
    assert status == 200
    assert got == ["Hi", " you"]
    assert response.choices[0].message.content == "Hi you"
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.to_dict() == USAGE


async def test_stream_chunks_without_object_field(anyclient: Any, server: FakeOpenAI) -> None:
    def bare(**kwargs: Any) -> dict[str, Any]:
        data = chunk(**kwargs)
        del data["object"]
        return data

    events = [
        bare(content="Hi", role="assistant"),
        bare(finish_reason="stop"),
        bare(choices=[], usage=USAGE),
    ]
    server.enqueue(Reply.sse(events))
    status, response = await resolve(anyclient.chat(HELLO, None, lambda c: None))
    assert status == 200
    assert response.choices[0].message.content == "Hi"
    assert response.usage.total_tokens == 8


async def test_stream_with_no_chunks_is_stream_error(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.sse([]))
    with pytest.raises(oai.StreamError, match="before any chunk"):
        await resolve(anyclient.chat(HELLO, None, lambda c: None))


async def test_stream_missing_id_and_finish_reason_is_tolerated(
    anyclient: Any, server: FakeOpenAI
) -> None:
    # Compatible servers cut corners; the fields they leave out come back as None.
    server.enqueue(
        Reply.sse(
            [
                'data: {"choices": [{"index": 0, "delta": {"content": "Hi"}}], "created": 1}\n\n',
                'data: {"choices": [{"index": 0, "delta": {"content": " there"}}]}\n\n',
            ]
        )
    )
    seen: list[str] = []
    status, response = await resolve(anyclient.chat(HELLO, None, lambda c: seen.append(c.content)))
    assert status == 200
    assert seen == ["Hi", " there"]
    assert response.choices[0].message.content == "Hi there"
    assert response.id is None  # required, left out: None to read
    assert response.choices[0].finish_reason is None  # required, nullable: None
    assert "id" not in response.to_dict()  # ... and not written back as null


async def test_success_body_of_the_wrong_shape_is_api_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.json({"result": "ok"}))
    with pytest.raises(oai.APIError):
        await resolve(anyclient.chat(HELLO))


async def test_error_body_without_type(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json({"error": {"message": "model not loaded"}}, status=400))
    status, error = await resolve(anyclient.chat(HELLO))
    assert status == 400
    message = error.error.message if isinstance(error, ErrorResponse) else error
    assert "model not loaded" in message


async def test_error_body_without_type_raises_cleanly_in_a_session(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.json({"error": {"message": "model not loaded"}}, status=400))
    session = anyclient.new_chat_session()
    with pytest.raises(oai.BadRequestError, match="model not loaded"):
        await resolve(session.send("Hi"))
    assert session.messages == []


async def test_error_with_integer_code(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json({"error": {"message": "busy", "type": "t", "code": 503}}, status=503))
    status, error = await resolve(anyclient.chat(HELLO))
    assert status == 503
    assert error.error.message == "busy"
    assert error.error.code in (503, "503")


@pytest.mark.parametrize("field", ["tool_calls", "function_call"])
async def test_null_tool_calls_in_message(anyclient: Any, server: FakeOpenAI, field: str) -> None:
    server.enqueue(Reply.json(completion("plain", **{field: None})))
    status, response = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert response.choices[0].message.content == "plain"
