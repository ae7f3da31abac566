"""POST /embeddings: `embedding` requests pass the public spec's validation."""

from __future__ import annotations

from typing import Any

import httpx
from conformance_support import AUTH, Exchange, assert_accepted, assert_refused, resolve

PATH = "/embeddings"


async def test_embedding_of_one_text(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.embedding("hello", model="text-embedding-3-small"))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["input"] == "hello"


async def test_embedding_of_several_texts_with_options(
    anyclient: Any, sent: list[Exchange]
) -> None:
    options = {"model": "text-embedding-3-large", "dimensions": 256, "encoding_format": "float"}
    result = await resolve(anyclient.embedding(["one", "two"], options, user="conformance"))
    assert_accepted(result, sent, PATH)
    assert sent[0].json()["dimensions"] == 256


async def test_embedding_of_token_ids(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.embedding([[1, 2, 3]], model="text-embedding-3-small"))
    assert_accepted(result, sent, PATH)


async def test_embedding_with_the_default_model(anyclient: Any, sent: list[Exchange]) -> None:
    """`model` is required by the spec: whatever the wrapper fills in must satisfy it."""
    result = await resolve(anyclient.embedding("hello"))
    assert_accepted(result, sent, PATH)
    assert isinstance(sent[0].json()["model"], str)


def test_control_missing_input_is_refused(raw: httpx.Client) -> None:
    response = raw.post(PATH, headers=AUTH, json={"model": "text-embedding-3-small"})
    assert_refused(response, "must have required property 'input'")


def test_control_bad_encoding_format_is_refused(raw: httpx.Client) -> None:
    body = {"model": "text-embedding-3-small", "input": "hi", "encoding_format": "hex"}
    response = raw.post(PATH, headers=AUTH, json=body)
    assert_refused(response, "encoding_format must be equal to one of the allowed values")
