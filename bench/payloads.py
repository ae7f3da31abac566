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
