"""No failure leaks a pooled connection, and the client serves the next request at once.

A connection still "in use" after the call that used it has returned or raised is a leak: the
pool would hand out fewer and fewer until requests queue forever. These tests look at the
states of the connections in the pool itself.
"""

from __future__ import annotations

import asyncio
import io
from typing import Any

import oai
import pytest
from faults_support import (
    HELLO,
    ClientMaker,
    FakeClock,
    busy_connections,
    chunk,
    pool_connections,
    resolve,
    text_chunks,
)
from oai.testing import FakeOpenAI, Reply

LONG_STREAM = Reply.sse(text_chunks(*[f"piece {n} " for n in range(50)]))


class Boom(Exception):
    pass


def raise_on(count: int, exc: BaseException) -> Any:
    seen: list[object] = []

    def callback(item: object) -> None:
        seen.append(item)
        if len(seen) == count:
            raise exc

    return callback


async def assert_pool_is_clean_and_usable(client: Any) -> None:
    assert busy_connections(client) == []
    status, _ = await resolve(client.chat(HELLO))
    assert status == 200
    assert busy_connections(client) == []
    assert len(pool_connections(client)) <= 1


async def test_a_callback_that_raises_leaks_nothing(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(LONG_STREAM)
    with pytest.raises(Boom):
        await resolve(anyclient.chat(HELLO, None, raise_on(3, Boom())))
    await assert_pool_is_clean_and_usable(anyclient)


async def test_a_session_callback_that_raises_leaks_nothing_and_keeps_history(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session()
    server.enqueue(LONG_STREAM)
    with pytest.raises(Boom):
        await resolve(session.send("Hi", raise_on(1, Boom())))
    assert session.messages == []
    await assert_pool_is_clean_and_usable(anyclient)


async def test_a_keyboard_interrupt_in_a_callback_leaks_nothing(
    server: FakeOpenAI, clock: FakeClock
) -> None:
    """Sync only: in a coroutine a KeyboardInterrupt stops the event loop itself; the async
    client's counterpart is cancellation, below."""
    maker = ClientMaker("sync", server, clock)
    client = maker()
    server.enqueue(LONG_STREAM)
    with pytest.raises(KeyboardInterrupt):
        client.chat(HELLO, None, raise_on(2, KeyboardInterrupt()))
    assert busy_connections(client) == []
    assert client.chat(HELLO)[0] == 200
    await maker.close_all()


async def test_cancelling_an_async_stream_leaks_nothing(
    server: FakeOpenAI, clock: FakeClock
) -> None:
    maker = ClientMaker("async", server, clock)
    client = maker()
    server.enqueue(Reply.sse([chunk("first"), chunk("second")], chunk_delay=5))
    started = asyncio.Event()
    task = asyncio.create_task(client.chat(HELLO, None, lambda c: started.set()))
    await asyncio.wait_for(started.wait(), 5)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await assert_pool_is_clean_and_usable(client)
    await maker.close_all()


FAILURES = {
    "error status": Reply.error(500, "down"),
    "HTML page": Reply.html(),
    "dropped": Reply.drop(),
    "reset": Reply.drop(reset=True),
    "cut after headers": Reply.json({"a": 1}).cut_off(),
    "stream reset": Reply.sse(text_chunks("a", "b"), drop_after=1, reset=True),
    "stream error event": Reply.sse([chunk("a"), {"error": {"message": "x"}}]),
    "invalid stream": Reply.sse([chunk("a"), "data: {oops\n\n"]),
    "stalled": Reply.json({}, delay=0.6),
    "stalled stream": Reply.sse([chunk("a"), chunk("b")], chunk_delay=0.6),
}


@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("stream", [False, True], ids=["plain", "streamed"])
async def test_no_failure_leaks_a_connection(
    make_client: Any, server: FakeOpenAI, failure: str, stream: bool
) -> None:
    client = make_client(max_retries=0, timeout=0.3)
    server.enqueue(FAILURES[failure])
    callback = (lambda c: None) if stream else None
    try:
        status, _ = await resolve(client.chat(HELLO, None, callback))
    except oai.APIError:
        pass  # which error is other tests' business; here only the pool matters
    else:
        assert status >= 400
    await assert_pool_is_clean_and_usable(client)


async def test_retries_leave_one_idle_connection(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.error(503, "busy"), Reply.error(429, "slow"))
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 200
    # Error bodies are read to the end before the wait, so the connection went back to the
    # pool and was used again: one connection served all three attempts.
    assert len(pool_connections(anyclient)) == 1
    assert busy_connections(anyclient) == []


async def test_a_download_whose_target_fails_leaks_nothing(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.route(
        "GET",
        "/files/file-big/content",
        lambda request: Reply.raw(
            b"x" * 200_000, content_type="application/octet-stream", write_size=8192
        ),
    )

    class FullDisk(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: Any) -> int:
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        await resolve(anyclient.file_content("file-big", to=FullDisk()))
    await assert_pool_is_clean_and_usable(anyclient)


async def test_stopping_a_list_iteration_early_leaks_nothing(
    anyclient: Any, server: FakeOpenAI, make_client: Any
) -> None:
    def page(request: Any) -> Reply:
        after = int(request.query.get("after", "file-0").split("-")[1])
        files = [
            {
                "id": f"file-{n}",
                "object": "file",
                "bytes": 1,
                "created_at": 1,
                "filename": f"{n}.jsonl",
                "purpose": "batch",
            }
            for n in range(after + 1, after + 3)
        ]
        return Reply.json(
            {"object": "list", "data": files, "has_more": True, "last_id": files[-1]["id"]}
        )

    server.route("GET", "/files", page)
    seen = []
    iterator = anyclient.iter_files()
    if make_client.is_async:
        async for item in iterator:
            seen.append(item.id)
            if len(seen) == 3:
                break
    else:
        for item in iterator:
            seen.append(item.id)
            if len(seen) == 3:
                break
    assert seen == ["file-1", "file-2", "file-3"]
    assert len(server.requests) == 2  # two pages asked for, no more
    await assert_pool_is_clean_and_usable(anyclient)
