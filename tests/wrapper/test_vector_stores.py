"""Vector stores in one call each: files uploaded as needed, the store made, processing waited
for; against the fake server, which indexes a file when it is watched and fails empty ones."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai_api.api.vector_stores import list_vector_store_files
from wrapper_support import resolve


async def listed(client: Any, *args: Any, **params: Any) -> list[Any]:
    walk = client.paginate(*args, **params)
    if isinstance(client, oai.AsyncOpenAI):
        return [item async for item in walk]
    return list(walk)


async def test_a_store_from_paths_bytes_and_ids(
    make_client: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    client = make_client()
    status, existing = await resolve(
        client.upload_file(("old.md", b"Support hours are 9 to 5.\n"), "assistants")
    )
    assert status == 200
    faq = tmp_path / "faq.md"
    faq.write_text("Returns are accepted within 30 days.\n")
    store = await resolve(
        client.create_vector_store(
            "help", files=[faq, ("ship.md", b"Orders ship in 2 days.\n"), existing.id]
        )
    )
    assert store.status == "completed" and store.name == "help"
    assert (store.file_counts.completed, store.file_counts.failed) == (3, 0)
    uploads = [r for r in server.requests if r.path == "/v1/files" and r.method == "POST"]
    assert len(uploads) == 3  # the one above, then the path and the bytes; the id as it is
    created = next(r.json() for r in server.requests if r.path == "/v1/vector_stores")
    assert created["name"] == "help" and created["file_ids"][-1] == existing.id
    assert len(created["file_ids"]) == 3
    reads = [r for r in server.requests if r.path == f"/v1/vector_stores/{store.id}"]
    assert reads  # it waited for processing by reading the store


async def test_failed_files_are_counted_and_listed(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    store = await resolve(
        client.create_vector_store(files=[("good.md", b"Some text.\n"), ("empty.md", b" ")])
    )
    assert (store.file_counts.completed, store.file_counts.failed) == (1, 1)
    failed = await listed(client, list_vector_store_files, store.id, filter="failed")
    assert len(failed) == 1 and failed[0].last_error.code == "invalid_file"


async def test_without_waiting_it_returns_at_once(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    store = await resolve(client.create_vector_store(files=[("a.md", b"A.\n")], wait=False))
    assert store.status == "in_progress"
    assert not any(r.path == f"/v1/vector_stores/{store.id}" for r in server.requests)


async def test_adding_files_waits_for_the_batch(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    store = await resolve(client.create_vector_store("empty"))
    assert store.file_counts.total == 0
    batch = await resolve(
        client.add_to_vector_store(
            store.id, [("x.md", b"Gift cards never expire.\n")], attributes={"topic": "cards"}
        )
    )
    assert batch.status == "completed" and batch.file_counts.completed == 1
    sent = next(r.json() for r in server.requests if r.path.endswith("/file_batches"))
    assert sent["attributes"] == {"topic": "cards"} and len(sent["file_ids"]) == 1
    status, results = await resolve(client.search_vector_store(store.id, "gift cards expire"))
    assert status == 200 and results.data[0].filename == "x.md"
    assert "Gift cards" in results.data[0].content[0].text


async def test_search_options(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    texts = [(f"f{n}.md", b"apples and pears %d\n" % n) for n in range(4)]
    store = await resolve(client.create_vector_store(files=texts))
    status, results = await resolve(
        client.search_vector_store(store.id, "apples", {"max_num_results": 2})
    )
    assert status == 200 and len(results.data) == 2
    assert server.last_request.json() == {"query": "apples", "max_num_results": 2}


async def test_a_timeout_keeps_the_store(make_client: Any, server: FakeOpenAI) -> None:
    working = {"status": "in_progress"}

    def never_done(request: Any) -> Reply:
        answer = server.default_reply(request)
        return Reply.json(
            {**answer_json(answer), **working}, headers={"openai-poll-after-ms": "20"}
        )

    server.route("GET", "/vector_stores/vs_0001", never_done)
    client = make_client()
    with pytest.raises(oai.WaitTimeout) as caught:
        await resolve(client.create_vector_store(files=[("a.md", b"A.\n")], timeout=0.2))
    assert caught.value.last.status == "in_progress"


def answer_json(reply: Reply) -> dict[str, Any]:
    import json

    return dict(json.loads(reply.body))


@pytest.mark.parametrize(
    ("files", "error", "message"),
    [
        ("file-1", TypeError, "files must be a list of file ids or files, got str"),
        ([""], ValueError, r"files\[0\] is an empty file id"),
        ([42], TypeError, r"files\[0\] must be a path, bytes"),
        (["README.md"], TypeError, r"read as a file id here; to upload the file at that path"),
    ],
)
async def test_bad_files_fail_before_sending(
    make_client: Any, server: FakeOpenAI, files: Any, error: type, message: str
) -> None:
    client = make_client()
    with pytest.raises(error, match=message):
        await resolve(client.create_vector_store("x", files=files))
    with pytest.raises(error, match=message):
        await resolve(client.add_to_vector_store("vs_1", files))
    assert server.received == 0


async def test_other_bad_arguments(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    with pytest.raises(ValueError, match="files is empty"):
        await resolve(client.add_to_vector_store("vs_1", []))
    with pytest.raises(ValueError, match="query must be a non-empty string"):
        await resolve(client.search_vector_store("vs_1", ""))
    with pytest.raises(ValueError, match="store_id must be a non-empty string"):
        await resolve(client.search_vector_store("", "q"))
    with pytest.raises(TypeError, match="takes its files as files="):
        await resolve(client.create_vector_store("x", file_ids=["file-1"]))
    assert server.received == 0
