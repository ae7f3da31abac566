"""`client.map` / `client.iter_map` against the fake server, sync and async.

What is checked: one result per request in input order (the typed model, or a RequestError),
bad bodies refused before anything is sent, 429s seen by the controller and retried once each
(the fake counts them), max_concurrency never exceeded (a route counts what is in flight),
progress, and stopping midway: what finished is kept and nothing is left running.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from collections.abc import Iterator
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, RecordedRequest, Reply
from wrapper_support import resolve


def bodies(count: int, start: int = 0) -> Iterator[dict[str, Any]]:
    for number in range(start, start + count):
        yield {"model": "gpt-4.1", "messages": [{"role": "user", "content": f"n{number}"}]}


def content(result: Any) -> str:
    return str(result.choices[0].message.content)


class InFlight:
    """A route that answers as the fake does, after `delay`, counting how many are inside."""

    def __init__(self, server: FakeOpenAI, delay: float = 0.01) -> None:
        self.server, self.delay = server, delay
        self.now = self.most = self.entered = 0
        self.lock = threading.Lock()
        server.route("POST", "/chat/completions", self)

    def __call__(self, request: RecordedRequest) -> Reply:
        with self.lock:
            self.now += 1
            self.entered += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(self.delay)
            return self.server.default_reply(request)
        finally:
            with self.lock:
                self.now -= 1


async def test_results_come_in_input_order_as_the_direct_calls_models(make_client: Any) -> None:
    from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse

    client = make_client()
    InFlight(make_client.server, delay=0.0)
    results = await resolve(client.map(bodies(30), concurrency=8))
    assert [content(result) for result in results] == [f"You said: n{i}" for i in range(30)]
    assert all(isinstance(result, CreateChatCompletionResponse) for result in results)


async def test_pairs_and_other_endpoints(make_client: Any) -> None:
    from oai_api.models.create_embedding_response import CreateEmbeddingResponse

    client = make_client()
    requests = [
        (f"doc-{i}", {"model": "text-embedding-3-small", "input": f"text {i}"}) for i in range(5)
    ]
    results = await resolve(client.map(requests, endpoint="/v1/embeddings"))
    assert len(results) == 5
    assert all(isinstance(result, CreateEmbeddingResponse) for result in results)
    sent = [request.json()["input"] for request in make_client.server.requests]
    assert sorted(sent) == [f"text {i}" for i in range(5)]


async def test_a_bad_body_in_a_list_is_refused_before_anything_is_sent(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client()
    requests = [*bodies(3), {"model": "gpt-4.1", "mesages": []}]
    with pytest.raises(TypeError, match=r"request 3 \('request-3'\)"):
        await resolve(client.map(requests))
    with pytest.raises(ValueError, match="endpoint must be one of"):
        await resolve(client.map(bodies(1), endpoint="/v1/images"))
    with pytest.raises(ValueError, match="concurrency must be between 1 and max_concurrency"):
        await resolve(client.map(bodies(1), concurrency=10, max_concurrency=4))
    assert server.received == 0


async def test_a_bad_body_in_a_generator_ends_the_run_after_the_results_before_it(
    make_client: Any, server: FakeOpenAI
) -> None:
    def mixed() -> Iterator[Any]:
        yield from bodies(4)
        yield {"model": "gpt-4.1", "messages": "not a list"}
        yield from bodies(4, start=5)

    client = make_client()
    run = client.iter_map(mixed(), concurrency=2)
    seen: list[str] = []
    with pytest.raises((TypeError, ValueError), match=r"request 4 \('request-4'\)"):
        if make_client.is_async:
            async for result in run:
                seen.append(content(result))
        else:
            for result in run:
                seen.append(content(result))
    assert seen == [f"You said: n{i}" for i in range(4)]
    assert server.received == 4  # nothing after the bad one was sent


async def test_a_400_is_reported_in_its_place_not_raised(
    make_client: Any, server: FakeOpenAI
) -> None:
    def answer(request: RecordedRequest) -> Reply:
        if request.json()["messages"][0]["content"] == "n2":
            return Reply.error(400, "This model does not like n2.", code="bad_n", type="invalid")
        return server.default_reply(request)

    server.route("POST", "/chat/completions", answer)
    results = await resolve(make_client().map(bodies(4)))
    error = results[2]
    assert isinstance(error, oai.RequestError)
    assert (error.index, error.custom_id, error.status, error.code) == (
        2,
        "request-2",
        400,
        "bad_n",
    )
    assert error.message == "This model does not like n2." and not error.retryable
    assert [content(results[i]) for i in (0, 1, 3)] == [
        "You said: n0",
        "You said: n1",
        "You said: n3",
    ]
    assert server.received == 4  # a 400 is not retried


async def test_every_429_reaches_the_controller_and_is_retried_once(
    make_client: Any, server: FakeOpenAI
) -> None:
    limited = Reply.error(
        429, "Rate limit reached", code="rate_limit_exceeded", headers={"retry-after-ms": "20"}
    )
    server.enqueue(*[limited] * 5)
    run = make_client(max_retries=2).iter_map(bodies(40), concurrency=4)
    start = time.monotonic()
    results = await resolve(run.collect())
    assert time.monotonic() - start >= 0.02  # the pause the 429s asked for
    assert [content(result) for result in results] == [f"You said: n{i}" for i in range(40)]
    assert run.rate_limited == 5  # the controller saw each of them
    # Each 429 was sent again once, by map: not by the transport as well, and none lost.
    assert server.received == 40 + 5


async def test_a_request_still_limited_after_the_retries_is_reported(
    make_client: Any, server: FakeOpenAI
) -> None:
    limited = Reply.error(
        429, "Slow down", code="rate_limit_exceeded", headers={"retry-after-ms": "1"}
    )
    server.enqueue(*[limited] * 3)
    (result,) = await resolve(make_client(max_retries=2).map(bodies(1)))
    assert isinstance(result, oai.RequestError)
    assert (result.status, result.code, result.retryable) == (429, "rate_limit_exceeded", True)
    assert server.received == 3


async def test_auto_keeps_to_the_rate_limit_without_meeting_it(make_client: Any) -> None:
    with FakeOpenAI(rate_limit=100) as limited:
        client = make_client(base_url=limited.base_url)
        start = time.monotonic()
        results = await resolve(client.map(bodies(150)))
        took = time.monotonic() - start
        assert all(not isinstance(result, oai.RequestError) for result in results)
        assert limited.rate_limited <= 1
        # The bucket holds 100 and refills at 100 a second: 150 take at least half a second.
        assert 0.45 <= took < 3.0


async def test_max_concurrency_is_never_exceeded(make_client: Any, server: FakeOpenAI) -> None:
    inside = InFlight(server, delay=0.02)
    seen: list[oai.MapProgress] = []
    results = await resolve(
        make_client().map(list(bodies(40)), max_concurrency=3, progress=seen.append)
    )
    assert len(results) == 40 and inside.entered == 40
    assert 2 <= inside.most <= 3
    assert max(progress.in_flight for progress in seen) <= 3
    assert seen[-1] == oai.MapProgress(done=40, failed=0, in_flight=0, total=40)


async def test_progress_counts_failures_and_an_unknown_total(
    make_client: Any, server: FakeOpenAI
) -> None:
    server.route("POST", "/chat/completions", lambda request: Reply.error(404, "no such model"))
    seen: list[oai.MapProgress] = []
    await resolve(make_client().map(bodies(3), progress=seen.append))
    assert seen[-1] == oai.MapProgress(done=0, failed=3, in_flight=0, total=None)


async def test_the_input_is_read_only_as_far_as_requests_start(
    make_client: Any, server: FakeOpenAI
) -> None:
    InFlight(server, delay=0.01)
    read = itertools.count()

    def counted() -> Iterator[dict[str, Any]]:
        for body in bodies(1000):
            next(read)
            yield body

    run = make_client().iter_map(counted(), concurrency=4)
    if make_client.is_async:
        async with run:
            first = await run.__anext__()
    else:
        with run:
            first = next(run)
    assert content(first) == "You said: n0"
    assert next(read) <= 12  # what was in flight or answered, not the whole input


async def test_cancelling_the_caller_keeps_what_finished_and_leaves_nothing_running(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    def answer(request: RecordedRequest) -> Reply:
        number = int(request.json()["messages"][0]["content"][1:])
        if number == 1:
            time.sleep(0.5)  # holds everything after it back from being handed out
        return server.default_reply(request)

    server.route("POST", "/chat/completions", answer)
    run = aclient.iter_map(bodies(6), concurrency=6)
    handed: list[str] = []

    async def read() -> None:
        async with run:
            async for result in run:
                handed.append(content(result))

    task = asyncio.create_task(read())
    await asyncio.sleep(0.25)  # 0 and 2-5 have finished; 1 is still on the server
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert handed == ["You said: n0"]
    assert sorted(run.finished) == [2, 3, 4, 5]
    assert content(run.finished[5]) == "You said: n5"
    assert run.progress.in_flight == 0
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    assert not others  # the call of request 1 was cancelled, not left running


def test_the_sync_form_stopped_midway_waits_for_its_threads_and_keeps_their_results(
    client: oai.OpenAI, server: FakeOpenAI
) -> None:
    InFlight(server, delay=0.02)

    class Stop(Exception):
        pass

    def progress(now: oai.MapProgress) -> None:
        if now.done >= 5:
            raise Stop

    run = client.iter_map(bodies(100), concurrency=4, progress=progress)
    with pytest.raises(Stop), run:
        for _ in run:
            pass
    assert not [thread for thread in threading.enumerate() if thread.name.startswith("oai-map")]
    assert run.progress.in_flight == 0
    assert 5 <= run.progress.done <= 12  # what was in flight when it stopped finished, no more
    assert server.received == run.progress.done


async def test_a_run_is_read_once(make_client: Any) -> None:
    run = make_client().iter_map(bodies(2))
    await resolve(run.collect())
    with pytest.raises(RuntimeError, match="already being read"):
        await resolve(run.collect())
