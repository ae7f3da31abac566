"""`completion(prompt, options, **params)`, and the body rules every JSON endpoint shares.

The rules (options dict plus keywords, unknown fields refused, `extra_body`, model defaults)
live in `oai._bodies.build_body`; they are tested once here, on `completion()`, and in their
sans-I/O form, and spot-checked on each other endpoint in its own file.
"""

from __future__ import annotations

from typing import Any

import pytest
from oai._bodies import BodySpec, build_body, request_fields
from oai.testing import FakeOpenAI, Reply
from oai_api.models.create_completion_response import CreateCompletionResponse
from oai_api.models.create_embedding_request import CreateEmbeddingRequest
from oai_api.models.error_response import ErrorResponse
from wrapper_support import API_KEY, resolve


async def test_completion_returns_typed_response(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(anyclient.completion("Say hello", {"max_tokens": 5}))
    assert status == 200
    assert isinstance(response, CreateCompletionResponse)
    assert response.object_ == "text_completion"
    assert [choice.text for choice in response.choices] == ["You said: Say hello"]
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.total_tokens == 2 + 4
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/completions")
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.json() == {
        "prompt": "Say hello",
        "max_tokens": 5,
        "model": "gpt-3.5-turbo-instruct",
    }


async def test_keywords_win_over_options(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(
        anyclient.completion("x", {"model": "a", "temperature": 1.0, "n": 2}, temperature=0.0)
    )
    assert server.last_request.json() == {"prompt": "x", "model": "a", "temperature": 0.0, "n": 2}


async def test_several_prompts_and_n(anyclient: Any) -> None:
    status, response = await resolve(anyclient.completion(["one", "two"], n=2))
    assert status == 200
    assert [choice.index for choice in response.choices] == [0, 1, 2, 3]
    assert response.choices[2].text.startswith("You said: two")


async def test_none_model_falls_back_to_the_default(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.completion("x", model=None))
    assert server.last_request.json()["model"] == "gpt-3.5-turbo-instruct"


async def test_extra_body_reaches_the_server(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.completion("x", extra_body={"min_p": 0.1, "top_k": 3}))
    assert server.last_request.json() == {
        "prompt": "x",
        "model": "gpt-3.5-turbo-instruct",
        "min_p": 0.1,
        "top_k": 3,
    }


@pytest.mark.parametrize(
    ("options", "params", "error", "match"),
    [
        (
            {"temprature": 1},
            {},
            ValueError,
            r"unknown completion field\(s\): temprature.*extra_body",
        ),
        ({"prompt": "again"}, {}, ValueError, r"pass prompt as an argument of completion\(\)"),
        ({}, {"extra_body": {"temperature": 1}}, ValueError, "extra_body is for fields the API"),
        ({}, {"extra_body": ["min_p"]}, TypeError, "extra_body must be a dict"),
        ({}, {"model": 4}, TypeError, "model must be a string"),
        ({}, {"stream": True}, ValueError, r"completion\(\) returns whole answers"),
        ("temperature=1", {}, TypeError, "options must be a dict"),
    ],
)
async def test_bad_options_refused_before_sending(
    anyclient: Any,
    server: FakeOpenAI,
    options: Any,
    params: dict[str, Any],
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        await resolve(anyclient.completion("x", options, **params))
    assert server.requests == []


async def test_error_status_is_a_value(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.error(429, "Slow down", type="rate_limit_error", code="rate_limited"))
    status, error = await resolve(anyclient.completion("x"))
    assert status == 429
    assert isinstance(error, ErrorResponse)
    assert error.error.message == "Slow down"


async def test_the_fake_refuses_a_missing_prompt(anyclient: Any, server: FakeOpenAI) -> None:
    status, error = await resolve(anyclient.completion(None))
    assert status == 400
    assert error.error.param == "prompt"


# -- the body rules without a server -----------------------------------------------------------

SPEC = BodySpec("thing", frozenset({"input", "model", "size"}), ("input",), {"model": "m-1"})


def test_build_body_merges_and_defaults() -> None:
    body = build_body(SPEC, {"input": "hi"}, {"size": 1}, {"extra_body": {"x": [1]}})
    assert body.fields == {"input": "hi", "size": 1, "model": "m-1"}
    assert body.extra == {"x": [1]}
    assert body.json() == {"input": "hi", "size": 1, "model": "m-1", "x": [1]}


def test_build_body_keeps_explicit_model() -> None:
    assert build_body(SPEC, {}, None, {"model": "m-2"}).fields["model"] == "m-2"


def test_build_body_names_every_unknown_field() -> None:
    with pytest.raises(ValueError, match="unknown thing field\\(s\\): colour, sise"):
        build_body(SPEC, {}, {"sise": 1}, {"colour": 2})


def test_stream_is_left_to_a_method_that_streams() -> None:
    whole = BodySpec("thing", frozenset({"input", "stream"}), ("input",))
    with pytest.raises(ValueError, match=r"thing\(\) returns whole answers"):
        build_body(whole, {}, None, {"stream": True})
    streaming = BodySpec("chat", frozenset({"messages", "stream"}), ("messages",), streams=True)
    assert build_body(streaming, {}, None, {"stream": True}).fields == {"stream": True}


def test_request_fields_use_the_wire_names() -> None:
    # The generated model calls the field `input_`; the API and the caller call it `input`.
    fields = request_fields(CreateEmbeddingRequest)
    assert "input" in fields
    assert "input_" not in fields
    assert {"model", "dimensions", "encoding_format", "user"} <= fields
