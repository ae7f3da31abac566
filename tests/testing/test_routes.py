"""The route table: every route it lists is answered, and what it does not list is the API's 404.

Walking ``ROUTES`` itself (not a list kept here) means a route added to the table is tested the
day it is added, and one whose handler has gone astray fails here first.
"""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest
from oai.testing import FakeOpenAI
from oai.testing._routes import ROUTES, resolve

MODEL = "gpt-4o"


def stored_ids(client: httpx.Client) -> dict[str, str]:
    """One of each stored object, so that the ``{id}`` routes find what they ask for."""
    line = b'{"custom_id": "1", "method": "POST", "url": "/v1/embeddings", "body": {}}\n'
    upload = client.post("/files", data={"purpose": "batch"}, files={"file": ("in.jsonl", line)})
    file_id = upload.json()["id"]
    batch = client.post(
        "/batches",
        json={
            "input_file_id": file_id,
            "endpoint": "/v1/embeddings",
            "completion_window": "24h",
        },
    )
    response = client.post("/responses", json={"model": MODEL, "input": "Hi", "background": True})
    conversation = client.post(
        "/conversations", json={"items": [{"role": "user", "content": "Hi"}]}
    )
    conversation_id = conversation.json()["id"]
    item = client.get(f"/conversations/{conversation_id}/items").json()["data"][0]
    upload_id = client.post(
        "/uploads",
        json={"filename": "a.jsonl", "purpose": "batch", "bytes": 1, "mime_type": "text/jsonl"},
    ).json()["id"]
    store_id = client.post("/vector_stores", json={"file_ids": [file_id]}).json()["id"]
    file_batch = client.post(
        f"/vector_stores/{store_id}/file_batches", json={"file_ids": [file_id]}
    )
    tuning = client.post("/files", data={"purpose": "fine-tune"}, files={"file": ("t.jsonl", line)})
    job = client.post(
        "/fine_tuning/jobs", json={"model": "gpt-4o-mini", "training_file": tuning.json()["id"]}
    )
    return {
        "upload_id": upload_id,
        "vector_store_id": store_id,
        "file_batch_id": file_batch.json()["id"],
        "fine_tuning_job_id": job.json()["id"],
        "file_id": file_id,
        "batch_id": batch.json()["id"],
        "response_id": response.json()["id"],
        "model": MODEL,
        "conversation_id": conversation_id,
        "item_id": item["id"],
    }


def filled(template: str, ids: dict[str, str]) -> str:
    if template.startswith("/vector_stores/"):  # a batch there is a file batch of the store
        ids = {**ids, "batch_id": ids["file_batch_id"]}
    return re.sub(r"\{(\w+)(?::path)?\}", lambda m: quote(ids[m[1]], safe=""), template)


@pytest.mark.parametrize(("method", "template"), sorted(ROUTES))
def test_every_route_in_the_table_is_answered(
    server: FakeOpenAI, client: httpx.Client, method: str, template: str
) -> None:
    path = filled(template, stored_ids(client))
    # No body at all: a POST endpoint answers that with its own 400, never with a 404.
    response = client.request(method, path)
    assert response.status_code != 404, response.text
    assert response.status_code < 500, response.text
    assert (server.last_request.method, server.last_request.route_path) == (method, path)


def test_path_parameters_arrive_decoded() -> None:
    found = resolve("GET", "/v1/files/a%2Fb%20c/content")
    assert found is not None
    assert found[1] == {"file_id": "a/b c"}
    # The model route takes the rest of the path: compatible servers' ids hold slashes.
    found = resolve("DELETE", "/v1/models/meta-llama/Llama%203")
    assert found is not None
    assert found[1] == {"model": "meta-llama/Llama 3"}


def test_ids_the_server_does_not_hold_are_the_endpoints_own_404s(client: httpx.Client) -> None:
    missing = {
        "/files/file-nope/content": "No such File object: file-nope",
        "/batches/batch_nope": "No such Batch object: batch_nope",
        "/responses/resp_nope/input_items": "Response with id 'resp_nope' not found.",
        "/models/org/gpt-9": "The model 'org/gpt-9' does not exist",
    }
    for path, message in missing.items():
        response = client.get(path)
        assert response.status_code == 404
        assert response.json()["error"]["message"].startswith(message)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/v1/no/such/endpoint"),
        ("GET", "/v1/chat/completions"),  # a listed path, a method it lacks: 404, not 405
        ("PUT", "/v1/files"),
        ("POST", "/v1/models"),
        ("GET", "/v1/files/file-0001/content/more"),
        ("GET", "/v1/files/"),  # an empty segment is no id
        ("GET", "/v1"),
        ("POST", "/chat/completions"),  # the table serves /v1 only, for every endpoint
        ("POST", "/responses"),
        ("GET", "/files"),
    ],
)
def test_what_the_table_does_not_list_is_an_unknown_endpoint(
    server: FakeOpenAI, method: str, path: str
) -> None:
    response = httpx.request(method, server.url + path, timeout=5)
    assert response.status_code == 404
    assert response.json() == {
        "error": {
            "message": f"Invalid URL ({method} {path})",
            "type": "invalid_request_error",
            "param": None,
            "code": None,
        }
    }


def test_no_route_is_shadowed_by_another() -> None:
    ids = {"file_id": "f", "batch_id": "b", "response_id": "r", "model": "m"}
    ids |= {"conversation_id": "c", "item_id": "i"}
    ids |= {"upload_id": "u", "vector_store_id": "v", "file_batch_id": "fb"}
    ids |= {"fine_tuning_job_id": "j"}
    for (method, template), handler in ROUTES.items():
        assert not template.startswith("/v1/"), "templates are relative to /v1"
        found = resolve(method, "/v1" + filled(template, ids))
        assert found is not None
        assert found[0] is handler, (method, template)
