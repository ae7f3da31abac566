"""`_request_items`: many requests read lazily, each checked as its direct call checks it."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import oai
import pytest
from oai._request_items import (
    ENDPOINTS,
    ItemResult,
    RequestError,
    check_endpoint,
    prepared_call,
    request_error,
    request_items,
)
from oai.testing import FakeOpenAI
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_embedding_response import CreateEmbeddingResponse
from oai_api.models.error_response import ErrorResponse

CHAT = "/v1/chat/completions"
HELLO = [{"role": "user", "content": "hello"}]


def test_bodies_get_made_ids_and_the_default_model() -> None:
    items = list(request_items([{"messages": HELLO}, {"messages": HELLO, "model": "m"}], CHAT))
    assert [(i.index, i.custom_id) for i in items] == [(0, "request-0"), (1, "request-1")]
    assert items[0].body == {"messages": HELLO, "model": "gpt-4.1"}
    assert items[1].body["model"] == "m"
    named = list(request_items([{"messages": HELLO}], CHAT, default_model="gpt-x"))
    assert named[0].body["model"] == "gpt-x"


def test_pairs_keep_their_ids() -> None:
    items = list(request_items([("a", {"input": "x"}), ("b", {"input": "y"})], "/v1/embeddings"))
    assert [(i.index, i.custom_id, i.body["input"]) for i in items] == [
        (0, "a", "x"),
        (1, "b", "y"),
    ]


def test_the_input_is_read_lazily() -> None:
    taken: list[int] = []

    def bodies() -> Iterator[dict[str, Any]]:
        for n in itertools.count():
            taken.append(n)
            yield {"input": f"text {n}"}

    items = request_items(bodies(), "/v1/moderations")
    assert [next(items).index for _ in range(3)] == [0, 1, 2]
    assert taken == [0, 1, 2]


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_every_endpoint_checks_its_fields(endpoint: str) -> None:
    good = {
        "/v1/chat/completions": {"messages": HELLO},
        "/v1/responses": {"input": "hi"},
        "/v1/embeddings": {"input": "hi"},
        "/v1/completions": {"prompt": "hi"},
        "/v1/moderations": {"input": "hi"},
    }[endpoint]
    (item,) = request_items([good], endpoint)
    assert item.body == {**good, **({"model": item.body["model"]} if "model" in item.body else {})}
    assert ("model" in item.body) is (endpoint != "/v1/moderations")  # moderation has no default
    with pytest.raises(ValueError, match=r"request 1 \('request-1'\): unknown .* field\(s\): nope"):
        list(request_items([good, {**good, "nope": 1}], endpoint))
    with pytest.raises(ValueError, match=r"request 0 .*stream"):
        list(request_items([{**good, "stream": True}], endpoint))
    positional = next(iter(good))
    with pytest.raises(TypeError, match=f"request 0 .*needs {positional}"):
        list(request_items([{"model": "m"}], endpoint))


def test_the_same_error_type_as_the_direct_call(client: oai.OpenAI, server: FakeOpenAI) -> None:
    bad_messages = {"messages": [{"role": "user"}]}
    with pytest.raises(Exception) as direct:
        client.create_chat_completion(bad_messages["messages"])
    with pytest.raises(type(direct.value)) as batched:
        list(request_items([("doc-7", bad_messages)], CHAT))
    assert "request 0 ('doc-7')" in str(batched.value)
    assert str(direct.value) in str(batched.value)
    with pytest.raises(TypeError) as direct:
        client.embedding("x", model=3)
    with pytest.raises(TypeError, match=str(direct.value)):
        list(request_items([{"input": "x", "model": 3}], "/v1/embeddings"))
    assert server.requests == []


@pytest.mark.parametrize(
    ("requests", "error", "words"),
    [
        ([("a", {"input": "x"}), ("a", {"input": "y"})], ValueError, "'a' is used twice"),
        ([{"input": "x"}, ("a", {"input": "y"})], TypeError, "all bodies or all"),
        ([("a", {"input": "x"}), {"input": "y"}], TypeError, "all bodies or all"),
        ([["input", "x"]], TypeError, "must be a dict of fields, got list"),
        ([("", {"input": "x"})], TypeError, "custom_id must be a non-empty string"),
        ([("a", {"input": "x"}, 3)], TypeError, "a pair is"),
    ],
)
def test_bad_elements(requests: list[Any], error: type[Exception], words: str) -> None:
    with pytest.raises(error, match=words):
        list(request_items(requests, "/v1/embeddings"))


def test_endpoints() -> None:
    assert check_endpoint("embeddings") == "/v1/embeddings"
    assert check_endpoint("/chat/completions") == CHAT
    with pytest.raises(ValueError, match="endpoint must be one of"):
        check_endpoint("/v1/images/generations")
    with pytest.raises(ValueError, match="endpoint must be one of"):
        list(request_items([], "/v1/audio/speech"))
    with pytest.raises(TypeError, match="requests must be an iterable"):
        list(request_items({"messages": HELLO}, CHAT))  # one body, not a list of them


def test_prepared_call_reads_an_answer_into_the_endpoints_model() -> None:
    call = prepared_call(CHAT, {"messages": HELLO})
    assert call.operation.name == "createChatCompletion"
    answer = {
        "id": "c1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4.1",
        "choices": [
            {
                "index": 0,
                "finish_reason": "stop",
                "message": {"role": "assistant", "content": "hi", "refusal": None},
                "logprobs": None,
            }
        ],
    }
    parsed = call.operation.parse(answer)
    assert isinstance(parsed, CreateChatCompletionResponse)
    assert parsed.choices[0].message.content == "hi"
    embedding = prepared_call("/v1/embeddings", {"input": "x"}).operation.parse(
        {
            "object": "list",
            "model": "m",
            "data": [],
            "usage": {"prompt_tokens": 1, "total_tokens": 1},
        }
    )
    assert isinstance(embedding, CreateEmbeddingResponse)


def test_request_errors() -> None:
    limited = request_error(3, "c", 429, {"error": {"message": "slow down", "code": "rate"}})
    assert (limited.status, limited.code, limited.message, limited.retryable) == (
        429,
        "rate",
        "slow down",
        True,
    )
    assert str(limited) == "request 3 ('c'): 429 slow down (rate)"
    refused = request_error(0, "a", 400, {"message": "bad", "type": "invalid_request_error"})
    assert (refused.type, refused.retryable) == ("invalid_request_error", False)
    expired = request_error(1, "b", None, {"code": "batch_expired", "message": "too late"})
    assert expired.retryable
    assert request_error(2, "d", 502, "Bad Gateway").message == "Bad Gateway"
    model = ErrorResponse.from_dict(
        {"error": {"message": "nope", "type": "server_error", "code": None, "param": None}}
    )
    from_model = request_error(4, "e", 500, model)
    assert (from_model.message, from_model.type, from_model.retryable) == (
        "nope",
        "server_error",
        True,
    )
    assert ItemResult(0, "a", from_model).ok is False
    assert ItemResult(0, "a", "answer").ok
    assert oai.RequestError is RequestError
    assert oai.ItemResult is ItemResult


def test_import_oai_loads_no_attrs_and_none_of_the_batch_or_map_machinery() -> None:
    """The records here are NamedTuples: as attrs classes they made `import oai` load attrs
    (15 ms, with `platform`), which otherwise waits for the first generated model."""
    code = (
        "import sys, oai\n"
        "late = ['attrs', 'sqlite3', 'oai._async_batch_runs', 'oai._batch_runs',\n"
        "        'oai._batch_state', 'oai._batch_results', 'oai._async_map', 'oai._map',\n"
        "        'oai._batch_files', 'oai._concurrency', 'oai._request_items']\n"
        "print([name for name in late if name in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
