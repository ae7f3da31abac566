"""`embedding(input, options, **params)`: vectors as typed models, wire body, the fake's vectors."""

from __future__ import annotations

import base64
import math
import struct
from typing import Any

import pytest
from oai.testing import FakeOpenAI
from oai.testing._media import embedding_vector
from oai_api.models.create_embedding_response import CreateEmbeddingResponse
from oai_api.models.embedding import Embedding
from wrapper_support import resolve


async def test_embedding_of_one_text(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(anyclient.embedding("The food was delicious"))
    assert status == 200
    assert isinstance(response, CreateEmbeddingResponse)
    assert response.model == "text-embedding-3-small"
    assert len(response.data) == 1
    item = response.data[0]
    assert isinstance(item, Embedding)
    assert item.index == 0
    assert len(item.embedding) == 1536
    assert math.isclose(sum(value * value for value in item.embedding), 1.0)
    assert response.usage.prompt_tokens == 4
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/embeddings")
    assert request.json() == {"input": "The food was delicious", "model": "text-embedding-3-small"}


async def test_several_inputs_keep_their_order(anyclient: Any) -> None:
    status, response = await resolve(anyclient.embedding(["one", "two", "one"], dimensions=8))
    assert status == 200
    assert [item.index for item in response.data] == [0, 1, 2]
    vectors = [item.embedding for item in response.data]
    assert all(len(vector) == 8 for vector in vectors)
    assert vectors[0] == vectors[2] != vectors[1]  # deterministic per text
    assert vectors[0] == pytest.approx(embedding_vector("one", 8, "text-embedding-3-small"))


async def test_dimensions_and_model_reach_the_server(anyclient: Any, server: FakeOpenAI) -> None:
    options = {"model": "text-embedding-3-large", "dimensions": 256}
    status, response = await resolve(anyclient.embedding("x", options, user="u-1"))
    assert status == 200
    assert len(response.data[0].embedding) == 256
    assert server.last_request.json() == {
        "input": "x",
        "model": "text-embedding-3-large",
        "dimensions": 256,
        "user": "u-1",
    }


async def test_large_model_defaults_to_3072(anyclient: Any) -> None:
    status, response = await resolve(anyclient.embedding("x", model="text-embedding-3-large"))
    assert status == 200
    assert len(response.data[0].embedding) == 3072


async def test_token_ids_are_one_input(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(anyclient.embedding([101, 2023, 102], dimensions=4))
    assert status == 200
    assert len(response.data) == 1
    assert server.last_request.json()["input"] == [101, 2023, 102]


async def test_base64_encoding(anyclient: Any) -> None:
    status, response = await resolve(
        anyclient.embedding("x", dimensions=4, encoding_format="base64")
    )
    assert status == 200
    # The generated model types the field as floats; base64 leaves it a string, passed through.
    raw = base64.b64decode(response.data[0].embedding)
    values = struct.unpack("<4f", raw)
    assert values == pytest.approx(embedding_vector("x", 4, "text-embedding-3-small"), rel=1e-6)


async def test_unknown_field_refused(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match=r"unknown embedding field\(s\): dimension"):
        await resolve(anyclient.embedding("x", dimension=4))
    assert server.requests == []


async def test_input_among_options_refused(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match="pass input as an argument"):
        await resolve(anyclient.embedding("x", {"input": "y"}))
    assert server.requests == []


async def test_empty_input_is_a_400_value(anyclient: Any) -> None:
    status, error = await resolve(anyclient.embedding(""))
    assert status == 400
    assert error.error.param == "input"
