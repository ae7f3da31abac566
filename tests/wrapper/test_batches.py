"""Batches: `create_batch`, `batch`, `batches`, `cancel_batch` against the fake's batch store."""

from __future__ import annotations

from typing import Any

import pytest
from oai.testing import FakeOpenAI
from oai_api.models.batch import Batch
from oai_api.models.error_response import ErrorResponse
from oai_api.models.list_batches_response import ListBatchesResponse
from wrapper_support import resolve

REQUESTS = b"".join(
    b'{"custom_id": "r%d", "method": "POST", "url": "/v1/chat/completions", "body": {}}\n' % i
    for i in range(3)
)


async def upload_requests(client: Any) -> str:
    status, uploaded = await resolve(client.upload_file(("requests.jsonl", REQUESTS), "batch"))
    assert status == 200
    return str(uploaded.id)


async def test_create_batch(anyclient: Any, server: FakeOpenAI) -> None:
    file_id = await upload_requests(anyclient)
    status, batch = await resolve(
        anyclient.create_batch(file_id, "/v1/chat/completions", metadata={"job": "nightly"})
    )
    assert status == 200
    assert isinstance(batch, Batch)
    assert batch.id == "batch_0002"
    assert batch.status == "validating"
    assert batch.input_file_id == file_id
    assert batch.endpoint == "/v1/chat/completions"
    assert batch.completion_window == "24h"
    assert batch.request_counts.total == 3
    assert batch.metadata.additional_properties == {"job": "nightly"}
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/batches")
    assert request.json() == {
        "input_file_id": file_id,
        "endpoint": "/v1/chat/completions",
        "metadata": {"job": "nightly"},
        "completion_window": "24h",
    }


async def test_retrieve_list_and_cancel(anyclient: Any, server: FakeOpenAI) -> None:
    file_id = await upload_requests(anyclient)
    _, first = await resolve(anyclient.create_batch(file_id, "/v1/chat/completions"))
    _, second = await resolve(anyclient.create_batch(file_id, "/v1/embeddings"))

    status, fetched = await resolve(anyclient.batch(first.id))
    assert status == 200
    assert fetched == first
    assert (server.last_request.method, server.last_request.path) == (
        "GET",
        f"/v1/batches/{first.id}",
    )

    status, listing = await resolve(anyclient.batches())
    assert status == 200
    assert isinstance(listing, ListBatchesResponse)
    assert [batch.id for batch in listing.data] == [second.id, first.id]  # newest first
    assert listing.has_more is False

    status, one = await resolve(anyclient.batches(limit=1))
    assert [batch.id for batch in one.data] == [second.id]
    assert one.has_more is True
    assert server.last_request.query == {"limit": "1"}
    _, rest = await resolve(anyclient.batches(limit=1, after=one.last_id))
    assert [batch.id for batch in rest.data] == [first.id]
    assert server.last_request.query == {"limit": "1", "after": second.id}

    status, cancelling = await resolve(anyclient.cancel_batch(first.id))
    assert status == 200
    assert cancelling.status == "cancelling"
    assert (server.last_request.method, server.last_request.path) == (
        "POST",
        f"/v1/batches/{first.id}/cancel",
    )
    _, later = await resolve(anyclient.batch(first.id))
    assert later.status == "cancelled"
    assert later.cancelled_at is not None


async def test_batch_needs_an_uploaded_batch_file(anyclient: Any) -> None:
    status, error = await resolve(anyclient.create_batch("file-nope", "/v1/chat/completions"))
    assert status == 400
    assert isinstance(error, ErrorResponse)
    assert error.error.param == "input_file_id"


async def test_unknown_batch_is_404(anyclient: Any) -> None:
    for call in (anyclient.batch("batch_nope"), anyclient.cancel_batch("batch_nope")):
        status, error = await resolve(call)
        assert status == 404
        assert error.error.message == "No such Batch object: batch_nope"


@pytest.mark.parametrize(
    ("args", "params", "error", "match"),
    [
        (("", "/v1/chat/completions"), {}, ValueError, "input_file_id must be a non-empty"),
        (("file-1", None), {}, ValueError, "endpoint must be a non-empty string"),
        (("file-1", "/v1/embeddings"), {"window": "24h"}, ValueError, "unknown create_batch"),
    ],
)
async def test_bad_batch_arguments_refused(
    anyclient: Any,
    server: FakeOpenAI,
    args: tuple[Any, ...],
    params: dict[str, Any],
    error: type[Exception],
    match: str,
) -> None:
    with pytest.raises(error, match=match):
        await resolve(anyclient.create_batch(*args, **params))
    assert server.requests == []


@pytest.mark.parametrize("method", ["batch", "cancel_batch"])
async def test_empty_batch_id_refused(anyclient: Any, server: FakeOpenAI, method: str) -> None:
    with pytest.raises(ValueError, match="batch_id must be a non-empty string"):
        await resolve(getattr(anyclient, method)(None))
    assert server.requests == []
