"""What the benchmark server answers and what the contenders send, built once, deterministically.

The server and every client process import this module, so the correctness check can compare
what a contender returned with exactly what the server sent. The shapes follow what the real API
returns today (usage details, `service_tier`, `system_fingerprint`, the `obfuscation` field of
streamed chunks, a usage-only last chunk), so that parsing costs what it costs in production.
"""

from __future__ import annotations

import base64
import json
import random
import struct
from typing import Any

CHAT_MODEL = "gpt-4.1"
EMBEDDING_MODEL = "text-embedding-3-small"
EMBEDDING_DIMENSIONS = 1536
STREAM_CONTENT_CHUNKS = 200
"""Chunks with text per streamed reply; a role, a finish and a usage chunk come on top."""

_VOCABULARY = (
    "the of and to in is that for it as with was on be by this are from or an at which but not "
    "have has more one all can their will so about if when there what into time than also other "
    "model request token stream server client answer history message context window latency "
    "response parse typed field value error retry pool connection socket buffer chunk reply"
)
_WORDS = _VOCABULARY.split()


def _text(rng: random.Random, words: int) -> str:
    picked = [rng.choice(_WORDS) for _ in range(words)]
    return " ".join(picked).capitalize() + "."


_rng = random.Random(6)

SYSTEM = {"role": "system", "content": "You are a concise assistant. " + _text(_rng, 30)}
USER_MESSAGE = "Summarise what we discussed in two sentences. " + _text(_rng, 20)

CHAT_MESSAGES: list[dict[str, Any]] = [SYSTEM, {"role": "user", "content": USER_MESSAGE}]
"""The 2-message request of the `chat` row."""

SESSION_HISTORY: list[dict[str, Any]] = [
    SYSTEM,
    {"role": "assistant", "content": "Hello! " + _text(_rng, 25)},
]
for _turn in range(9):
    SESSION_HISTORY.append({"role": "user", "content": _text(_rng, 35)})
    SESSION_HISTORY.append({"role": "assistant", "content": _text(_rng, 80)})
"""20 messages: a session's history before `send` adds the 21st."""
assert len(SESSION_HISTORY) == 20

EMBEDDING_INPUT = _text(_rng, 40)

_REPLY_TEXT = _text(_rng, 70)
_CREATED = 1767225600
_USAGE = {
    "prompt_tokens": 412,
    "completion_tokens": 96,
    "total_tokens": 508,
    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
    "completion_tokens_details": {
        "reasoning_tokens": 0,
        "audio_tokens": 0,
        "accepted_prediction_tokens": 0,
        "rejected_prediction_tokens": 0,
    },
}

CHAT_RESPONSE: dict[str, Any] = {
    "id": "chatcmpl-bench0000000000000000000001",
    "object": "chat.completion",
    "created": _CREATED,
    "model": "gpt-4.1-2025-04-14",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": _REPLY_TEXT,
                "refusal": None,
                "annotations": [],
            },
            "logprobs": None,
            "finish_reason": "stop",
        }
    ],
    "usage": _USAGE,
    "service_tier": "default",
    "system_fingerprint": "fp_b3f1157249",
}
REPLY_TEXT = _REPLY_TEXT


def _stream_tokens() -> list[str]:
    words = _text(random.Random(7), STREAM_CONTENT_CHUNKS).split(" ")
    return [words[0]] + [" " + word for word in words[1:]]


STREAM_TOKENS = _stream_tokens()
STREAM_TEXT = "".join(STREAM_TOKENS)


def _chunk(choices: list[dict[str, Any]], usage: Any = None, pad: int = 0) -> dict[str, Any]:
    return {
        "id": "chatcmpl-bench0000000000000000000002",
        "object": "chat.completion.chunk",
        "created": _CREATED,
        "model": "gpt-4.1-2025-04-14",
        "service_tier": "default",
        "system_fingerprint": "fp_b3f1157249",
        "choices": choices,
        "usage": usage,
        "obfuscation": "x" * pad,
    }


def _delta(delta: dict[str, Any], finish: str | None = None) -> list[dict[str, Any]]:
    return [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]


STREAM_CHUNKS: list[dict[str, Any]] = [
    _chunk(_delta({"role": "assistant", "content": "", "refusal": None}), pad=4),
    *(_chunk(_delta({"content": token}), pad=12 - len(token) % 8) for token in STREAM_TOKENS),
    _chunk(_delta({}, "stop"), pad=6),
    _chunk([], usage=_USAGE, pad=9),
]
"""Every event of a streamed reply, in order, before the final `[DONE]`."""
STREAM_EVENTS = len(STREAM_CHUNKS)


def _embedding_values() -> list[float]:
    rng = random.Random(1536)
    # Values the API returns are float32; keep ours exactly representable as float32 so that the
    # base64 form (packed float32) and the JSON form carry the same numbers.
    packed = struct.pack(f"<{EMBEDDING_DIMENSIONS}f", *(rng.gauss(0, 0.03) for _ in range(1536)))
    return list(struct.unpack(f"<{EMBEDDING_DIMENSIONS}f", packed))


EMBEDDING = _embedding_values()
EMBEDDING_FLOAT32 = struct.pack(f"<{EMBEDDING_DIMENSIONS}f", *EMBEDDING)


def embedding_response(encoding: str) -> dict[str, Any]:
    """The parsed form of the embeddings answer for `encoding` (`float` or `base64`)."""
    vector: Any = (
        base64.b64encode(EMBEDDING_FLOAT32).decode() if encoding == "base64" else EMBEDDING
    )
    return {
        "object": "list",
        "data": [{"object": "embedding", "index": 0, "embedding": vector}],
        "model": "text-embedding-3-small",
        "usage": {"prompt_tokens": 48, "total_tokens": 48},
    }


def embedding_body(encoding: str) -> bytes:
    """The embeddings answer as the server sends it.

    The API prints each float32 with at most 9 significant digits (shorter than Python's float64
    repr, and parsing back to the same float32), so the vector is written out by hand.
    """
    if encoding == "base64":
        return json.dumps(embedding_response("base64"), separators=(",", ":")).encode()
    data = embedding_response("float")
    data["data"][0]["embedding"] = "VECTOR"
    vector = "[" + ",".join(f"{value:.9g}" for value in EMBEDDING) + "]"
    return json.dumps(data, separators=(",", ":")).replace('"VECTOR"', vector, 1).encode()


def float32_bytes(values: Any) -> bytes:
    """The float32 packing of a vector, for comparing embeddings across encodings."""
    return struct.pack(f"<{len(values)}f", *values)


# -- the Responses API ---------------------------------------------------------------------------

RESPONSE_INPUT = "Explain in a paragraph how a client should read a streamed reply. " + _text(
    _rng, 15
)
RESPONSE_ID = "resp_bench00000000000000000000000000000001"
_MESSAGE_ID = "msg_bench00000000000000000000000000000001"


def _response_tokens() -> list[str]:
    """200 deltas of two words each, as a model's text streams."""
    words = _text(random.Random(8), 400).split(" ")
    pairs = [" ".join(words[i : i + 2]) for i in range(0, 400, 2)]
    return [pairs[0]] + [" " + pair for pair in pairs[1:]]


RESPONSE_TOKENS = _response_tokens()
RESPONSE_TEXT = "".join(RESPONSE_TOKENS)
_RESPONSE_USAGE = {
    "input_tokens": 312,
    "input_tokens_details": {"cached_tokens": 0},
    "output_tokens": 268,
    "output_tokens_details": {"reasoning_tokens": 0},
    "total_tokens": 580,
}


def _output_text(text: str) -> dict[str, Any]:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def _message(status: str, content: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": _MESSAGE_ID,
        "type": "message",
        "status": status,
        "content": content,
        "role": "assistant",
    }


def _response(status: str, output: list[dict[str, Any]], usage: Any) -> dict[str, Any]:
    """A Response as the API sends it today, every field it carries included."""
    return {
        "id": RESPONSE_ID,
        "object": "response",
        "created_at": _CREATED,
        "status": status,
        "background": False,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "max_tool_calls": None,
        "model": "gpt-4.1-2025-04-14",
        "output": output,
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "prompt_cache_key": None,
        "reasoning": {"effort": None, "summary": None},
        "safety_identifier": None,
        "service_tier": "default",
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}, "verbosity": "medium"},
        "tool_choice": "auto",
        "tools": [],
        "top_logprobs": 0,
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": usage,
        "user": None,
        "metadata": {},
    }


RESPONSE: dict[str, Any] = _response(
    "completed", [_message("completed", [_output_text(RESPONSE_TEXT)])], _RESPONSE_USAGE
)
"""The answer of the `response` row: about 3.2 KB of JSON."""


def _response_events() -> list[dict[str, Any]]:
    started = _response("in_progress", [], None)
    events: list[dict[str, Any]] = [
        {"type": "response.created", "response": started},
        {"type": "response.in_progress", "response": started},
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": _message("in_progress", []),
        },
        {
            "type": "response.content_part.added",
            "item_id": _MESSAGE_ID,
            "output_index": 0,
            "content_index": 0,
            "part": _output_text(""),
        },
    ]
    for token in RESPONSE_TOKENS:
        events.append(
            {
                "type": "response.output_text.delta",
                "item_id": _MESSAGE_ID,
                "output_index": 0,
                "content_index": 0,
                "delta": token,
                "logprobs": [],
                "obfuscation": "x" * (12 - len(token) % 8),
            }
        )
    events += [
        {
            "type": "response.output_text.done",
            "item_id": _MESSAGE_ID,
            "output_index": 0,
            "content_index": 0,
            "text": RESPONSE_TEXT,
            "logprobs": [],
        },
        {
            "type": "response.content_part.done",
            "item_id": _MESSAGE_ID,
            "output_index": 0,
            "content_index": 0,
            "part": _output_text(RESPONSE_TEXT),
        },
        {
            "type": "response.output_item.done",
            "output_index": 0,
            "item": _message("completed", [_output_text(RESPONSE_TEXT)]),
        },
        {"type": "response.completed", "response": RESPONSE},
    ]
    for number, event in enumerate(events):
        event["sequence_number"] = number
    return events


RESPONSE_EVENTS = _response_events()
"""Every event of a streamed response, in order: 208 (created, in_progress, item and part added,
200 text deltas, the three done events, completed with the whole response)."""
RESPONSE_STREAM_EVENTS = len(RESPONSE_EVENTS)
assert RESPONSE_STREAM_EVENTS == 208
