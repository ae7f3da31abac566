"""Helpers shared by the wrapper tests (a plain module: tests/wrapper is on sys.path)."""

from __future__ import annotations

import inspect
import json
from typing import Any

from oai.testing import FakeOpenAI

API_KEY = "sk-test-secret-123"
DEFAULT_MODEL = "gpt-4.1"
HELLO = [{"role": "user", "content": "Hello there"}]
HELLO_REPLY = FakeOpenAI.reply_text_for(HELLO)
USAGE = {"prompt_tokens": 3, "completion_tokens": 5, "total_tokens": 8}

WEATHER_PARAMETERS = {
    "type": "object",
    "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
    "required": ["city"],
}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": WEATHER_PARAMETERS,
    },
}
# What the fake server puts in a forced call to get_weather (see oai.testing.example_for).
WEATHER_ARGUMENTS = json.dumps({"city": "example", "days": 1})


async def resolve(value: Any) -> Any:
    """Await `value` if it is awaitable: lets one test body drive a sync or an async client."""
    if inspect.isawaitable(value):
        return await value
    return value


def chunk(
    content: str | None = None,
    *,
    index: int = 0,
    role: str | None = None,
    finish_reason: str | None = None,
    tool_calls: list[dict[str, Any]] | None = None,
    refusal: str | None = None,
    usage: dict[str, Any] | None = None,
    choices: list[dict[str, Any]] | None = None,
    **head: Any,
) -> dict[str, Any]:
    """A `chat.completion.chunk` event payload with one choice (or the given `choices`)."""
    if choices is None:
        delta: dict[str, Any] = {}
        if role is not None:
            delta["role"] = role
        if content is not None:
            delta["content"] = content
        if refusal is not None:
            delta["refusal"] = refusal
        if tool_calls is not None:
            delta["tool_calls"] = tool_calls
        choices = [
            {"index": index, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        ]
    data: dict[str, Any] = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "gpt-test",
        "choices": choices,
    }
    if usage is not None:
        data["usage"] = usage
    data.update(head)
    return data


def text_chunks(*pieces: str, usage: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """A complete text stream: role chunk, one chunk per piece, finish chunk, optional usage."""
    events = [chunk("", role="assistant")]
    events += [chunk(piece) for piece in pieces]
    events.append(chunk(finish_reason="stop"))
    if usage is not None:
        events.append(chunk(choices=[], usage=usage))
    return events


def completion(content: str | None = "Hi!", **message: Any) -> dict[str, Any]:
    """A `chat.completion` body with one choice."""
    return {
        "id": "chatcmpl-queued",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "gpt-test",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content, "refusal": None, **message},
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": USAGE,
    }


def sse_bytes(*events: dict[str, Any] | str, done: bool = True) -> bytes:
    """The wire form of a stream, for the sans-I/O tests."""
    out = []
    for event in events:
        out.append(event if isinstance(event, str) else f"data: {json.dumps(event)}\n\n")
    if done:
        out.append("data: [DONE]\n\n")
    return "".join(out).encode()
