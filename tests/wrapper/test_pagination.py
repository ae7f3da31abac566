"""Walking every page: `iter_files()`, `iter_batches()` and the sans-I/O `Cursor` under them."""

from __future__ import annotations

from typing import Any

import pytest
from endpoints_support import collect, first
from oai import APIError, NotFoundError, RateLimitError
from oai._pagination import Cursor
from oai.testing import FakeOpenAI, RecordedRequest, Reply
from oai_api.models.batch import Batch
from oai_api.models.list_files_response import ListFilesResponse
from oai_api.models.open_ai_file import OpenAIFile
from wrapper_support import resolve


async def upload(client: Any, count: int, purpose: str = "user_data") -> list[str]:
    ids = []
    for number in range(count):
        status, uploaded = await resolve(client.upload_file((f"f{number}.txt", b"x"), purpose))
        assert status == 200
        ids.append(uploaded.id)
    return ids


async def test_iter_files_walks_every_page(anyclient: Any, server: FakeOpenAI) -> None:
    ids = await upload(anyclient, 5)
    before = len(server.requests)
    files = await collect(anyclient.iter_files(page_size=2))
    assert all(isinstance(f, OpenAIFile) for f in files)
    assert [f.id for f in files] == ids[::-1]  # newest first, each once
    pages = server.requests[before:]
    assert [(r.method, r.path) for r in pages] == [("GET", "/v1/files")] * 3
    assert [r.query.get("after") for r in pages] == [None, ids[3], ids[1]]
    assert all(r.query["limit"] == "2" for r in pages)


async def test_iter_files_filters_and_orders(anyclient: Any, server: FakeOpenAI) -> None:
    batch_ids = await upload(anyclient, 3, "batch")
    await upload(anyclient, 2)
    files = await collect(anyclient.iter_files("batch", order="asc", page_size=1))
    assert [f.id for f in files] == batch_ids
    assert server.last_request.query == {
        "purpose": "batch",
        "order": "asc",
        "limit": "1",
        "after": batch_ids[1],
    }


async def test_iter_files_starts_after_a_cursor(anyclient: Any) -> None:
    ids = await upload(anyclient, 4)
    files = await collect(anyclient.iter_files(after=ids[2], page_size=10))
    assert [f.id for f in files] == [ids[1], ids[0]]


async def test_pages_are_fetched_only_when_reached(anyclient: Any, server: FakeOpenAI) -> None:
    await upload(anyclient, 3)
    before = len(server.requests)
    items = anyclient.iter_files(page_size=1)
    assert len(server.requests) == before  # nothing sent until the loop starts
    await first(items)
    assert len(server.requests) == before + 1


async def test_empty_list(anyclient: Any) -> None:
    assert await collect(anyclient.iter_files()) == []
    assert await collect(anyclient.iter_batches()) == []


async def test_iter_batches(anyclient: Any, server: FakeOpenAI) -> None:
    [file_id] = await upload(anyclient, 1, "batch")
    made = []
    for _ in range(3):
        _, batch = await resolve(anyclient.create_batch(file_id, "/v1/responses"))
        made.append(batch.id)
    batches = await collect(anyclient.iter_batches(page_size=2))
    assert all(isinstance(b, Batch) for b in batches)
    assert [b.id for b in batches] == made[::-1]
    assert server.last_request.query == {"limit": "2", "after": made[1]}


async def test_error_status_raises(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.error(429, "Too many requests", code="rate_limit_exceeded"))
    with pytest.raises(RateLimitError) as caught:
        await collect(anyclient.iter_files())
    assert caught.value.status == 429
    assert caught.value.code == "rate_limit_exceeded"


async def test_error_on_a_later_page_raises_after_the_first(
    anyclient: Any, server: FakeOpenAI
) -> None:
    ids = await upload(anyclient, 3)
    seen: list[str] = []
    items = anyclient.iter_files(page_size=2)

    async def walk() -> None:
        if hasattr(items, "__aiter__"):
            async for item in items:
                seen.append(item.id)
                server.enqueue(Reply.error(404, "gone"))
        else:
            for item in items:
                seen.append(item.id)
                server.enqueue(Reply.error(404, "gone"))

    with pytest.raises(NotFoundError, match="gone"):
        await walk()
    assert seen == [ids[2], ids[1]]  # the first page's items arrived before the error


def _pages(*pages: dict[str, Any]) -> Any:
    """A route handler that answers `GET /files` with each page in turn."""
    queue = list(pages)

    def handler(request: RecordedRequest) -> Reply:
        return Reply.json(queue.pop(0))

    return handler


def _file(file_id: str) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": 1,
        "created_at": 1,
        "filename": "a",
        "purpose": "batch",
        "status": "processed",
    }


async def test_missing_last_id_falls_back_to_the_last_item(
    anyclient: Any, server: FakeOpenAI
) -> None:
    # Some compatible servers leave out last_id; the last item's id is the same cursor.
    server.route(
        "GET",
        "/files",
        _pages(
            {"object": "list", "data": [_file("a"), _file("b")], "has_more": True},
            {"object": "list", "data": [_file("c")], "has_more": False},
        ),
    )
    files = await collect(anyclient.iter_files())
    assert [f.id for f in files] == ["a", "b", "c"]
    assert server.last_request.query == {"after": "b"}


async def test_a_page_that_would_loop_forever_raises(anyclient: Any, server: FakeOpenAI) -> None:
    page = {"object": "list", "data": [], "has_more": True, "first_id": None, "last_id": None}
    server.route("GET", "/files", _pages(page))
    with pytest.raises(APIError, match="says it has more, but gives no new cursor"):
        await collect(anyclient.iter_files())


@pytest.mark.parametrize("bad", [0, -1, 1.5, "10", True])
async def test_bad_page_size_refused(anyclient: Any, server: FakeOpenAI, bad: Any) -> None:
    with pytest.raises(ValueError, match="page_size must be a whole number"):
        anyclient.iter_files(page_size=bad)
    with pytest.raises(ValueError, match="limit must be a whole number"):
        await resolve(anyclient.batches(limit=bad))
    assert server.requests == []


# -- the cursor without a server ---------------------------------------------------------------


def _listing(ids: list[str], has_more: bool, last_id: str | None = None) -> ListFilesResponse:
    return ListFilesResponse.from_dict(
        {
            "object": "list",
            "data": [_file(i) for i in ids],
            "first_id": ids[0] if ids else None,
            "last_id": last_id if last_id is not None else (ids[-1] if ids else None),
            "has_more": has_more,
        }
    )


def test_cursor_moves_on_and_stops() -> None:
    cursor = Cursor()
    assert [f.id for f in cursor.take(200, _listing(["a", "b"], True))] == ["a", "b"]
    assert (cursor.after, cursor.done, cursor.pages) == ("b", False, 1)
    assert [f.id for f in cursor.take(200, _listing(["c"], False))] == ["c"]
    assert (cursor.done, cursor.pages) == (True, 2)


def test_cursor_refuses_a_repeated_cursor() -> None:
    cursor = Cursor(after="b")
    with pytest.raises(APIError, match="page 1 of the list says it has more"):
        cursor.take(200, _listing(["b"], True))


def test_cursor_raises_error_answers() -> None:
    with pytest.raises(APIError, match="page 1 of the list answered 302, not a page: moved"):
        Cursor().take(302, "moved")
    with pytest.raises(RateLimitError, match="page 1 of the list: slow down"):
        Cursor().take(429, "slow down")


async def test_fake_refuses_bad_limits_and_cursors(anyclient: Any) -> None:
    status, error = await resolve(anyclient.batches(limit=101))
    assert (status, error.error.param) == (400, "limit")
    status, error = await resolve(anyclient.files(after="file-nope"))
    assert (status, error.error.param) == (400, "after")
