"""Messages are checked before anything is sent; errors name the message and field at fault."""

from __future__ import annotations

from typing import Any

import pytest
from oai.testing import FakeOpenAI
from wrapper_support import HELLO, resolve

USER = {"role": "user", "content": "Hi"}
CALL = {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}

INVALID: list[tuple[str, Any, type[Exception], str]] = [
    ("string", "Hello", TypeError, "messages must be a list"),
    ("bytes", b"Hello", TypeError, "messages must be a list"),
    ("dict", {"role": "user", "content": "Hi"}, TypeError, "messages must be a list"),
    ("none", None, TypeError, "messages must be a list"),
    ("int", 3, TypeError, "messages must be a list"),
    ("string item", ["Hello"], TypeError, r"messages\[0\]"),
    ("int item", [USER, 42], TypeError, r"messages\[1\]"),
    ("none item", [USER, USER, None], TypeError, r"messages\[2\]"),
    ("missing role", [{"content": "Hi"}], ValueError, r"messages\[0\]\.role"),
    ("bad role", [USER, {"role": "robot", "content": "x"}], ValueError, r"messages\[1\]\.role"),
    ("role case", [{"role": "User", "content": "x"}], ValueError, r"messages\[0\]\.role"),
    ("user no content", [{"role": "user"}], ValueError, r"messages\[0\]\.content"),
    (
        "user none content",
        [{"role": "user", "content": None}],
        ValueError,
        r"messages\[0\]\.content",
    ),
    ("system no content", [{"role": "system"}], ValueError, r"messages\[0\]\.content"),
    (
        "content int",
        [{"role": "user", "content": 12}],
        TypeError,
        r"messages\[0\]\.content",
    ),
    (
        "bad part type",
        [{"role": "user", "content": [{"type": "video", "video": {}}]}],
        ValueError,
        r"messages\[0\]\.content\[0\]\.type",
    ),
    (
        "part not dict",
        [{"role": "user", "content": [{"type": "text", "text": "a"}, "b"]}],
        TypeError,
        r"messages\[0\]\.content\[1\]",
    ),
    (
        "text part without text",
        [{"role": "user", "content": [{"type": "text"}]}],
        ValueError,
        r"messages\[0\]\.content\[0\]\.text",
    ),
    (
        "image part without object",
        [{"role": "user", "content": [{"type": "image_url", "image_url": "http://x"}]}],
        ValueError,
        r"messages\[0\]\.content\[0\]\.image_url",
    ),
    (
        "image part in system message",
        [{"role": "system", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}],
        ValueError,
        r"messages\[0\]\.content\[0\]\.type",
    ),
    (
        "tool without tool_call_id",
        [
            USER,
            {"role": "assistant", "content": None, "tool_calls": [CALL]},
            {"role": "tool", "content": "42"},
        ],
        ValueError,
        r"messages\[2\]\.tool_call_id",
    ),
    (
        "assistant without content or calls",
        [USER, {"role": "assistant"}],
        ValueError,
        r"messages\[1\]\.content",
    ),
    (
        "tool call without id",
        [USER, {"role": "assistant", "content": None, "tool_calls": [{"type": "function"}]}],
        ValueError,
        r"messages\[1\]\.tool_calls\[0\]",
    ),
    (
        "tool call without function name",
        [USER, {"role": "assistant", "tool_calls": [{"id": "c", "function": {}}]}],
        ValueError,
        r"messages\[1\]\.tool_calls\[0\]\.function",
    ),
    (
        "tool call arguments as dict",
        [
            USER,
            {
                "role": "assistant",
                "tool_calls": [{"id": "c", "function": {"name": "f", "arguments": {"a": 1}}}],
            },
        ],
        TypeError,
        r"messages\[1\]\.tool_calls\[0\]\.function\.arguments",
    ),
    (
        "tool_calls not a list",
        [USER, {"role": "assistant", "tool_calls": CALL}],
        TypeError,
        r"messages\[1\]\.tool_calls",
    ),
    (
        "function message without name",
        [USER, {"role": "function", "content": "x"}],
        ValueError,
        r"messages\[1\]\.name",
    ),
    (
        "name not a string",
        [{"role": "user", "content": "x", "name": 7}],
        TypeError,
        r"messages\[0\]\.name",
    ),
]


@pytest.mark.parametrize(
    ("messages", "exc", "match"),
    [case[1:] for case in INVALID],
    ids=[case[0] for case in INVALID],
)
@pytest.mark.parametrize("method", ["chat", "create_chat_completion"])
async def test_invalid_messages_rejected_before_sending(
    anyclient: Any,
    server: FakeOpenAI,
    method: str,
    messages: Any,
    exc: type[Exception],
    match: str,
) -> None:
    with pytest.raises(exc, match=match):
        await resolve(getattr(anyclient, method)(messages))
    assert server.requests == []


async def test_invalid_messages_rejected_before_streaming(
    anyclient: Any, server: FakeOpenAI
) -> None:
    chunks: list[Any] = []
    with pytest.raises(ValueError, match=r"messages\[1\]\.role"):
        await resolve(anyclient.chat([USER, {"content": "x"}], None, chunks.append))
    assert server.requests == []
    assert chunks == []


VALID: list[tuple[str, list[dict[str, Any]]]] = [
    ("plain", HELLO),
    (
        "assistant tool call with None content, then tool result",
        [
            USER,
            {"role": "assistant", "content": None, "tool_calls": [CALL]},
            {"role": "tool", "tool_call_id": "call_1", "content": "42"},
        ],
    ),
    (
        "assistant tool call without content key",
        [
            USER,
            {"role": "assistant", "tool_calls": [CALL]},
            {"role": "tool", "tool_call_id": "call_1", "content": "ok"},
        ],
    ),
    ("assistant refusal only", [USER, {"role": "assistant", "refusal": "No."}, USER]),
    (
        "multimodal user content",
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "What is in"},
                    {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
                    {"type": "text", "text": "this image?"},
                ],
            }
        ],
    ),
    (
        "developer and system messages",
        [
            {"role": "developer", "content": "Be terse."},
            {"role": "system", "content": [{"type": "text", "text": "Sys"}]},
            USER,
        ],
    ),
    ("no user message", [{"role": "system", "content": "Only a system prompt"}]),
    ("unknown extra keys pass through", [{"role": "user", "content": "x", "x_vendor": {"a": 1}}]),
    ("name on user message", [{"role": "user", "content": "x", "name": "bob"}]),
    ("empty content string", [{"role": "user", "content": ""}]),
]


@pytest.mark.parametrize("messages", [case[1] for case in VALID], ids=[case[0] for case in VALID])
async def test_valid_messages_are_sent_unchanged(
    anyclient: Any, server: FakeOpenAI, messages: list[dict[str, Any]]
) -> None:
    status, response = await resolve(anyclient.chat(messages))
    assert status == 200
    assert server.last_request.json()["messages"] == list(messages)
    assert response.choices[0].message.content == FakeOpenAI.reply_text_for(messages)


async def test_a_tuple_of_messages_is_accepted(anyclient: Any, server: FakeOpenAI) -> None:
    status, _ = await resolve(anyclient.chat((USER,)))
    assert status == 200
    assert server.last_request.json()["messages"] == [USER]
