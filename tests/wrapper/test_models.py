"""`models()`, `model(id)`, `delete_model(id)`: typed results, errors as values, wire shape."""

from __future__ import annotations

from typing import Any

import pytest
from oai.testing import FakeOpenAI, Reply
from oai_api.models.delete_model_response import DeleteModelResponse
from oai_api.models.error_response import ErrorResponse
from oai_api.models.list_models_response import ListModelsResponse
from oai_api.models.model import Model
from wrapper_support import API_KEY, resolve


async def test_models_lists_typed_models(anyclient: Any, server: FakeOpenAI) -> None:
    status, listing = await resolve(anyclient.models())
    assert status == 200
    assert isinstance(listing, ListModelsResponse)
    assert listing.object_ == "list"
    assert all(isinstance(model, Model) for model in listing.data)
    ids = [model.id for model in listing.data]
    assert "gpt-4o" in ids
    assert "gpt-4.1" in ids
    request = server.last_request
    assert (request.method, request.path) == ("GET", "/v1/models")
    assert request.body == b""
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"


async def test_model_fetches_one(anyclient: Any, server: FakeOpenAI) -> None:
    status, model = await resolve(anyclient.model("gpt-4o"))
    assert status == 200
    assert isinstance(model, Model)
    assert model.id == "gpt-4o"
    assert model.object_ == "model"
    assert model.owned_by == "system"
    assert model.created == 1715367049
    assert (server.last_request.method, server.last_request.path) == ("GET", "/v1/models/gpt-4o")


async def test_delete_model(anyclient: Any, server: FakeOpenAI) -> None:
    status, deleted = await resolve(anyclient.delete_model("gpt-4o-mini"))
    assert status == 200
    assert isinstance(deleted, DeleteModelResponse)
    assert deleted.id == "gpt-4o-mini"
    assert deleted.deleted is True
    request = server.last_request
    assert (request.method, request.path) == ("DELETE", "/v1/models/gpt-4o-mini")


@pytest.mark.parametrize("method", ["model", "delete_model"])
async def test_unknown_model_is_404_value(anyclient: Any, server: FakeOpenAI, method: str) -> None:
    status, error = await resolve(getattr(anyclient, method)("no-such-model"))
    assert status == 404
    assert isinstance(error, ErrorResponse)
    assert error.error.code == "model_not_found"
    assert "no-such-model" in error.error.message
    assert error.error.type_ == "invalid_request_error"


@pytest.mark.parametrize("method", ["model", "delete_model"])
@pytest.mark.parametrize("bad", ["", None, 0, b"gpt-4o"])
async def test_empty_or_non_string_id_rejected_before_sending(
    anyclient: Any, server: FakeOpenAI, method: str, bad: Any
) -> None:
    with pytest.raises(ValueError, match="model_id"):
        await resolve(getattr(anyclient, method)(bad))
    assert server.requests == []


async def test_id_is_escaped_into_one_path_segment(anyclient: Any, server: FakeOpenAI) -> None:
    model_id = "ft:gpt-4o:my-org/custom:abc"
    status, error = await resolve(anyclient.model(model_id))
    assert status == 404
    # The server saw the whole id as one segment, not a different resource.
    assert f"'{model_id}'" in error.error.message
    assert server.last_request.path.count("/") == 3


@pytest.mark.parametrize("status", [401, 429, 500])
async def test_models_error_status_is_returned(
    anyclient: Any, server: FakeOpenAI, status: int
) -> None:
    server.enqueue(Reply.error(status, "nope", type="err", code="c"))
    got, error = await resolve(anyclient.models())
    assert got == status
    assert isinstance(error, ErrorResponse)
    assert (error.error.message, error.error.code) == ("nope", "c")


async def test_models_non_json_error_is_text(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.raw("upstream down", status=504))
    assert await resolve(anyclient.models()) == (504, "upstream down")
