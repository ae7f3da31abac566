"""Vector stores: files indexed as they are watched, batches that count them, and search."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from oai.testing import FakeOpenAI
from oai_api.models.delete_vector_store_file_response import DeleteVectorStoreFileResponse
from oai_api.models.delete_vector_store_response import DeleteVectorStoreResponse
from oai_api.models.list_vector_store_files_response import ListVectorStoreFilesResponse
from oai_api.models.list_vector_stores_response import ListVectorStoresResponse
from oai_api.models.vector_store_file_batch_object import VectorStoreFileBatchObject
from oai_api.models.vector_store_file_object import VectorStoreFileObject
from oai_api.models.vector_store_object import VectorStoreObject
from oai_api.models.vector_store_search_results_page import VectorStoreSearchResultsPage

POLL = "openai-poll-after-ms"
GUIDE = b"""Cats sleep for most of the day.

Dogs need a walk every morning and every evening.

Parrots can learn to say words."""


def upload(client: httpx.Client, content: bytes, name: str = "guide.txt") -> str:
    answer = client.post("/files", data={"purpose": "assistants"}, files={"file": (name, content)})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def new_store(client: httpx.Client, **body: Any) -> dict[str, Any]:
    answer = client.post("/vector_stores", json=body)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def attach(client: httpx.Client, store_id: str, file_id: str, **body: Any) -> dict[str, Any]:
    answer = client.post(f"/vector_stores/{store_id}/files", json={"file_id": file_id, **body})
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def indexed(client: httpx.Client, store_id: str, file_id: str) -> dict[str, Any]:
    for _ in range(2):
        answer = client.get(f"/vector_stores/{store_id}/files/{file_id}").json()
    return dict(answer)


def test_create_store(client: httpx.Client) -> None:
    store = VectorStoreObject.from_dict(
        new_store(
            client,
            name="docs",
            metadata={"team": "a"},
            expires_after={"anchor": "last_active_at", "days": 2},
        )
    )
    assert store.id == "vs_0001"
    assert (store.name, str(store.status), str(store.object_)) == (
        "docs",
        "completed",
        "vector_store",
    )
    assert store.file_counts.to_dict() == {
        "in_progress": 0,
        "completed": 0,
        "failed": 0,
        "cancelled": 0,
        "total": 0,
    }
    assert store.metadata.to_dict() == {"team": "a"}
    assert store.expires_at == store.last_active_at + 2 * 86400


def test_a_file_completes_on_the_second_read(client: httpx.Client) -> None:
    store_id = new_store(client)["id"]
    file_id = upload(client, GUIDE)
    made = VectorStoreFileObject.from_dict(attach(client, store_id, file_id))
    assert (made.id, made.vector_store_id, str(made.status)) == (file_id, store_id, "in_progress")
    assert made.usage_bytes == 0
    assert made.chunking_strategy.to_dict() == {
        "type": "static",
        "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
    }
    reads = [client.get(f"/vector_stores/{store_id}/files/{file_id}") for _ in range(3)]
    files = [VectorStoreFileObject.from_dict(read.json()) for read in reads]
    assert [str(f.status) for f in files] == ["in_progress", "completed", "completed"]
    assert [read.headers.get(POLL) for read in reads] == ["10", None, None]
    assert files[1].usage_bytes == len(GUIDE)
    assert files[1].last_error is None


@pytest.mark.parametrize(
    ("content", "code"), [(b"", "invalid_file"), (b"\xff\xfe\x00binary", "unsupported_file")]
)
def test_a_file_without_text_fails(client: httpx.Client, content: bytes, code: str) -> None:
    store_id = new_store(client)["id"]
    file_id = upload(client, content, "blob.bin")
    attach(client, store_id, file_id)
    failed = VectorStoreFileObject.from_dict(indexed(client, store_id, file_id))
    assert str(failed.status) == "failed"
    assert str(failed.last_error.code) == code
    assert file_id in failed.last_error.message
    store = client.get(f"/vector_stores/{store_id}").json()
    assert store["file_counts"]["failed"] == 1
    assert store["status"] == "completed"


def test_the_store_follows_its_files(client: httpx.Client) -> None:
    ids = [upload(client, GUIDE), upload(client, b"more text")]
    store = new_store(client, file_ids=ids)
    assert store["status"] == "in_progress"
    assert store["file_counts"]["in_progress"] == 2
    first = client.get(f"/vector_stores/{store['id']}")
    second = client.get(f"/vector_stores/{store['id']}")
    assert (first.json()["status"], first.headers.get(POLL)) == ("in_progress", "10")
    done = VectorStoreObject.from_dict(second.json())
    assert POLL not in second.headers
    assert str(done.status) == "completed"
    assert (done.file_counts.completed, done.file_counts.total) == (2, 2)
    assert done.usage_bytes == len(GUIDE) + len(b"more text")


def test_a_file_batch_counts_and_completes(client: httpx.Client) -> None:
    store_id = new_store(client)["id"]
    ids = [upload(client, GUIDE), upload(client, b"")]
    answer = client.post(f"/vector_stores/{store_id}/file_batches", json={"file_ids": ids})
    batch = VectorStoreFileBatchObject.from_dict(answer.json())
    assert batch.id.startswith("vsfb_")
    assert (str(batch.status), batch.file_counts.in_progress, batch.file_counts.total) == (
        "in_progress",
        2,
        2,
    )
    reads = [client.get(f"/vector_stores/{store_id}/file_batches/{batch.id}") for _ in range(2)]
    assert [read.headers.get(POLL) for read in reads] == ["10", None]
    done = VectorStoreFileBatchObject.from_dict(reads[1].json())
    assert str(done.status) == "completed"
    assert (done.file_counts.completed, done.file_counts.failed) == (1, 1)
    listing = client.get(f"/vector_stores/{store_id}/file_batches/{batch.id}/files")
    files = ListVectorStoreFilesResponse.from_dict(listing.json())
    assert {f.id for f in files.data} == set(ids)
    failed = client.get(
        f"/vector_stores/{store_id}/file_batches/{batch.id}/files", params={"filter": "failed"}
    ).json()
    assert [f["id"] for f in failed["data"]] == [ids[1]]


def test_a_file_batch_by_files_sets_attributes(client: httpx.Client) -> None:
    store_id = new_store(client)["id"]
    file_id = upload(client, GUIDE)
    body = {"files": [{"file_id": file_id, "attributes": {"lang": "en"}}]}
    client.post(f"/vector_stores/{store_id}/file_batches", json=body)
    found = client.get(f"/vector_stores/{store_id}/files/{file_id}").json()
    assert found["attributes"] == {"lang": "en"}


def test_cancelling_a_file_batch(client: httpx.Client) -> None:
    store_id = new_store(client)["id"]
    ids = [upload(client, GUIDE)]
    batch_id = client.post(
        f"/vector_stores/{store_id}/file_batches", json={"file_ids": ids}
    ).json()["id"]
    cancelled = client.post(f"/vector_stores/{store_id}/file_batches/{batch_id}/cancel")
    batch = VectorStoreFileBatchObject.from_dict(cancelled.json())
    assert str(batch.status) == "cancelled"
    assert batch.file_counts.cancelled == 1
    again = client.get(f"/vector_stores/{store_id}/file_batches/{batch_id}")
    assert again.json()["status"] == "cancelled"
    assert POLL not in again.headers
    assert client.get(f"/vector_stores/{store_id}/files/{ids[0]}").json()["status"] == "cancelled"
    # A completed batch cannot be cancelled.
    other = client.post(f"/vector_stores/{store_id}/file_batches", json={"file_ids": ids}).json()
    client.get(f"/vector_stores/{store_id}/file_batches/{other['id']}")
    refused = client.post(f"/vector_stores/{store_id}/file_batches/{other['id']}/cancel")
    assert refused.status_code == 409


def test_search_ranks_chunks_by_the_query_words(client: httpx.Client) -> None:
    file_id = upload(client, GUIDE)
    store_id = new_store(client, file_ids=[file_id])["id"]
    before = client.post(f"/vector_stores/{store_id}/search", json={"query": "walk dogs"}).json()
    assert before["data"] == []  # still being indexed: nothing to find yet
    indexed(client, store_id, file_id)
    answer = client.post(
        f"/vector_stores/{store_id}/search", json={"query": "when do dogs need a walk"}
    )
    page = VectorStoreSearchResultsPage.from_dict(answer.json())
    assert str(page.object_) == "vector_store.search_results.page"
    assert page.search_query == ["when do dogs need a walk"]
    assert (page.has_more, page.next_page) == (False, None)
    best = page.data[0]
    assert (best.file_id, best.filename) == (file_id, "guide.txt")
    assert best.content[0].text == "Dogs need a walk every morning and every evening."
    assert str(best.content[0].type_) == "text"
    assert 0 < best.score <= 1
    assert [r.score for r in page.data] == sorted((r.score for r in page.data), reverse=True)


def test_search_honours_max_results_and_filters(client: httpx.Client) -> None:
    store_id = new_store(client)["id"]
    en = upload(client, b"the cat\n\nthe dog\n\nthe bird", "en.txt")
    de = upload(client, b"the hund", "de.txt")
    attach(client, store_id, en, attributes={"lang": "en"})
    attach(client, store_id, de, attributes={"lang": "de"})
    client.get(f"/vector_stores/{store_id}")  # indexes both
    search = f"/vector_stores/{store_id}/search"
    assert len(client.post(search, json={"query": "the"}).json()["data"]) == 4
    assert len(client.post(search, json={"query": "the", "max_num_results": 2}).json()["data"]) == 2
    only_de = {"type": "eq", "key": "lang", "value": "de"}
    found = client.post(search, json={"query": "the", "filters": only_de}).json()["data"]
    assert [(r["file_id"], r["attributes"]) for r in found] == [(de, {"lang": "de"})]
    either = {"type": "or", "filters": [only_de, {"type": "eq", "key": "lang", "value": "en"}]}
    assert (
        len(client.post(search, json={"query": ["cat", "hund"], "filters": either}).json()["data"])
        == 2
    )
    strict = {"query": "cat dog", "ranking_options": {"score_threshold": 0.6}}
    assert client.post(search, json=strict).json()["data"] == []


def test_search_method_for_other_endpoints(server: FakeOpenAI, client: httpx.Client) -> None:
    file_id = upload(client, GUIDE)
    store_id = new_store(client, file_ids=[file_id])["id"]
    indexed(client, store_id, file_id)
    stores = server._state.vector_stores
    results = stores.search(store_id, "parrots words", 1)
    assert len(results) == 1
    assert results[0]["content"] == [{"type": "text", "text": "Parrots can learn to say words."}]
    assert results[0]["score"] == 1.0
    assert stores.has(store_id)
    with pytest.raises(LookupError):
        stores.search("vs_nope", "x", 5)


def test_list_modify_and_delete(client: httpx.Client) -> None:
    ids = [new_store(client, name=f"s{i}")["id"] for i in range(3)]
    listing = ListVectorStoresResponse.from_dict(client.get("/vector_stores").json())
    assert [s.id for s in listing.data] == ids[::-1]  # newest first
    page = client.get("/vector_stores", params={"order": "asc", "limit": 2}).json()
    assert ([s["id"] for s in page["data"]], page["has_more"]) == (ids[:2], True)
    rest = client.get("/vector_stores", params={"order": "asc", "after": page["last_id"]}).json()
    assert [s["id"] for s in rest["data"]] == ids[2:]
    before = client.get("/vector_stores", params={"order": "asc", "before": ids[2]}).json()
    assert [s["id"] for s in before["data"]] == ids[:2]

    renamed = client.post(f"/vector_stores/{ids[0]}", json={"name": "renamed"}).json()
    assert VectorStoreObject.from_dict(renamed).name == "renamed"
    gone = DeleteVectorStoreResponse.from_dict(client.delete(f"/vector_stores/{ids[0]}").json())
    assert (gone.id, gone.deleted, str(gone.object_)) == (ids[0], True, "vector_store.deleted")
    assert client.get(f"/vector_stores/{ids[0]}").status_code == 404


def test_deleting_a_store_file_keeps_the_file(client: httpx.Client) -> None:
    file_id = upload(client, GUIDE)
    store_id = new_store(client, file_ids=[file_id])["id"]
    answer = client.delete(f"/vector_stores/{store_id}/files/{file_id}")
    gone = DeleteVectorStoreFileResponse.from_dict(answer.json())
    assert (gone.id, gone.deleted, str(gone.object_)) == (
        file_id,
        True,
        "vector_store.file.deleted",
    )
    assert client.get(f"/vector_stores/{store_id}/files/{file_id}").status_code == 404
    assert client.get(f"/vector_stores/{store_id}").json()["file_counts"]["total"] == 0
    assert client.get(f"/files/{file_id}").status_code == 200


def test_no_poll_hint_from_a_server_that_gives_none() -> None:
    with (
        FakeOpenAI(poll_after_ms=None) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        file_id = upload(client, GUIDE)
        store_id = new_store(client, file_ids=[file_id])["id"]
        read = client.get(f"/vector_stores/{store_id}/files/{file_id}")
    assert read.json()["status"] == "in_progress"
    assert POLL not in read.headers


@pytest.mark.parametrize(
    ("path", "body", "param"),
    [
        ("/vector_stores", {"file_ids": ["file-nope"]}, "file_ids"),
        ("/vector_stores", {"name": 5}, "name"),
        ("/vector_stores", {"metadata": {"k": 1}}, "metadata"),
        ("/vector_stores", {"expires_after": {"anchor": "created_at", "days": 1}}, "expires_after"),
        ("/vector_stores", {"chunking_strategy": {"type": "static"}}, "chunking_strategy"),
        ("/vector_stores/{vs}/files", {}, "file_id"),
        ("/vector_stores/{vs}/files", {"file_id": "file-nope"}, "file_id"),
        ("/vector_stores/{vs}/files", {"file_id": "{f}", "attributes": []}, "attributes"),
        ("/vector_stores/{vs}/file_batches", {}, "file_ids"),
        ("/vector_stores/{vs}/file_batches", {"files": [{}]}, "files"),
        ("/vector_stores/{vs}/search", {}, "query"),
        ("/vector_stores/{vs}/search", {"query": "x", "max_num_results": 51}, "max_num_results"),
        ("/vector_stores/{vs}/search", {"query": "x", "filters": {"type": "xx"}}, "filters"),
    ],
)
def test_invalid_bodies_name_the_param(
    client: httpx.Client, path: str, body: dict[str, Any], param: str
) -> None:
    file_id = upload(client, GUIDE)
    store_id = new_store(client)["id"]
    if body.get("file_id") == "{f}":
        body = {**body, "file_id": file_id}
    answer = client.post(path.replace("{vs}", store_id), json=body)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["param"] == param


def test_unknown_ids_are_404s(client: httpx.Client) -> None:
    store_id = new_store(client)["id"]
    missing = {
        "/vector_stores/vs_nope": "No such VectorStore object: vs_nope",
        f"/vector_stores/{store_id}/files/file-nope": "No such VectorStoreFile object: file-nope",
        f"/vector_stores/{store_id}/file_batches/vsfb_nope": (
            "No such VectorStoreFileBatch object: vsfb_nope"
        ),
        "/vector_stores/vs_nope/files": "No such VectorStore object: vs_nope",
    }
    for path, message in missing.items():
        answer = client.get(path)
        assert answer.status_code == 404, path
        assert answer.json()["error"]["message"] == message
    search = client.post("/vector_stores/vs_nope/search", json={"query": "x"})
    assert search.status_code == 404
