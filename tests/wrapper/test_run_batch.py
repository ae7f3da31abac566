"""`run_batch`: many requests through the Batch API, end to end against the fake server.

Each test runs with the sync and the async client (`anyclient`). The fake runs a batch's lines
through its own endpoints, so what comes back is what a direct call would have answered.
"""

from __future__ import annotations

import itertools
import json
import sqlite3
import tempfile
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import oai
import pytest
from oai._batch_files import RunDigest, Splitter, batch_line, write_parts
from oai._config import BATCH_MAX_BYTES, BATCH_MAX_LINES
from oai._request_items import RequestItem, request_items
from oai.testing import FakeOpenAI, RecordedRequest, Reply
from oai.testing._forms import read_form
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_completion_response import CreateCompletionResponse
from oai_api.models.create_embedding_response import CreateEmbeddingResponse
from oai_api.models.create_moderation_response import CreateModerationResponse
from wrapper_support import resolve

FAST = {"poll_interval": 0.001}


async def collect(run: Any) -> list[oai.ItemResult]:
    """Every result of a run, sync or async."""
    if hasattr(run, "__aiter__"):
        return [result async for result in run]
    return list(run)


def chat(n: int) -> list[dict[str, Any]]:
    return [{"messages": [{"role": "user", "content": f"question {i}"}]} for i in range(n)]


def posts(server: FakeOpenAI, path: str) -> list[RecordedRequest]:
    return [r for r in server.requests if (r.method, r.path) == ("POST", path)]


def uploaded_lines(server: FakeOpenAI) -> list[list[dict[str, Any]]]:
    """The JSONL lines of each file uploaded, in upload order."""
    files = []
    for request in posts(server, "/v1/files"):
        form = read_form(request)
        assert not isinstance(form, Reply)
        assert form.value("purpose") == "batch"
        content = form.files["file"].content
        files.append([json.loads(line) for line in content.splitlines()])
    return files


def text_of(value: Any) -> Any:
    """What an answer says, for each endpoint's model."""
    if isinstance(value, CreateChatCompletionResponse):
        return value.choices[0].message.content
    if isinstance(value, CreateCompletionResponse):
        return value.choices[0].text
    if isinstance(value, CreateEmbeddingResponse):
        return value.data[0].embedding[:4]
    if isinstance(value, CreateModerationResponse):
        return value.results[0].flagged
    return value.output_text  # oai.Response


ENDPOINT_CASES = {
    "/v1/chat/completions": (
        lambda i: {"messages": [{"role": "user", "content": f"hi {i}"}]},
        lambda client, body: client.create_chat_completion(body["messages"]),
        CreateChatCompletionResponse,
    ),
    "/v1/responses": (
        lambda i: {"input": f"hi {i}"},
        lambda client, body: client.create_response(body["input"]),
        oai.Response,
    ),
    "/v1/embeddings": (
        lambda i: {"input": f"text {i}"},
        lambda client, body: client.embedding(body["input"]),
        CreateEmbeddingResponse,
    ),
    "/v1/completions": (
        lambda i: {"prompt": f"say {i}", "model": "gpt-3.5-turbo-instruct"},
        lambda client, body: client.completion(body["prompt"], model=body["model"]),
        CreateCompletionResponse,
    ),
    "/v1/moderations": (
        lambda i: {"input": "I will kill it" if i % 2 else f"fine {i}"},
        lambda client, body: client.moderation(body["input"]),
        CreateModerationResponse,
    ),
}


@pytest.mark.parametrize("endpoint", list(ENDPOINT_CASES))
async def test_each_endpoint(anyclient: Any, server: FakeOpenAI, endpoint: str) -> None:
    make, direct, model = ENDPOINT_CASES[endpoint]
    bodies = [make(i) for i in range(5)]
    results = await collect(anyclient.run_batch(bodies, endpoint=endpoint, max_lines=3, **FAST))

    assert [(r.index, r.custom_id) for r in results] == [(i, f"request-{i}") for i in range(5)]
    assert all(isinstance(r.value, model) for r in results)
    # Two files of at most three lines, each its own batch, holding the checked bodies.
    assert len(posts(server, "/v1/batches")) == 2
    files = uploaded_lines(server)
    assert [len(lines) for lines in files] == [3, 2]
    lines = files[0] + files[1]
    checked = [item.body for item in request_items(bodies, endpoint)]
    assert [line["body"] for line in lines] == checked
    assert {(line["method"], line["url"]) for line in lines} == {("POST", endpoint)}
    batch = posts(server, "/v1/batches")[0].json()
    assert batch["endpoint"] == endpoint
    assert batch["metadata"]["oai_part"] == "0"
    # Each answer is the one its direct call gets.
    for body, result in zip(bodies, results, strict=True):
        status, answer = await resolve(direct(anyclient, body))
        assert status == 200
        assert text_of(result.value) == text_of(answer)


def hold_batch(server: FakeOpenAI, batch_id: str, reads: int) -> None:
    """Keep `batch_id` validating for its first `reads` reads, so later batches end first."""
    seen: list[bytes] = []

    def held(request: RecordedRequest) -> Reply:
        if not seen or len(seen) >= reads:
            reply = server.default_reply(request)
            seen.append(reply.body)
            return reply
        seen.append(seen[0])
        return Reply.json(json.loads(seen[0]))

    server.route("GET", f"/batches/{batch_id}", held)


async def test_results_in_input_order_or_as_batches_end(anyclient: Any, server: FakeOpenAI) -> None:
    hold_batch(server, "batch_0002", 8)  # the first file's batch ends last
    ordered = await collect(anyclient.run_batch(chat(7), max_lines=3, **FAST))
    assert [r.index for r in ordered] == list(range(7))
    assert [text_of(r.value) for r in ordered] == [f"You said: question {i}" for i in range(7)]

    server.reset()
    hold_batch(server, "batch_0002", 8)
    unordered = await collect(anyclient.run_batch(chat(7), max_lines=3, ordered=False, **FAST))
    assert [r.index for r in unordered] == [3, 4, 5, 6, 0, 1, 2]
    assert sorted(unordered, key=lambda r: r.index) == ordered


async def test_split_by_bytes(anyclient: Any, server: FakeOpenAI) -> None:
    bodies = [{"input": "x" * (10 + 30 * (i % 3))} for i in range(9)]
    sizes = [
        len(batch_line(item, "/v1/embeddings")) for item in request_items(bodies, "embeddings")
    ]
    limit = max(sizes) * 2
    results = await collect(
        anyclient.run_batch(bodies, endpoint="/v1/embeddings", max_bytes=limit, **FAST)
    )
    assert [r.index for r in results] == list(range(9))
    assert all(r.ok for r in results)
    files = uploaded_lines(server)
    assert len(files) > 1
    assert sum(len(lines) for lines in files) == 9
    uploaded = [
        sum(len(json.dumps(line, separators=(",", ":"))) + 1 for line in lines) for lines in files
    ]
    assert all(size <= limit for size in uploaded)
    # Each file took as many lines as fit: the next line would not have.
    first = 0
    for lines in files[:-1]:
        first += len(lines)
        assert sum(sizes[first - len(lines) : first + 1]) > limit


async def test_per_request_errors(anyclient: Any, server: FakeOpenAI) -> None:
    bodies = [{"input": "a"}, {"input": "b", "dimensions": -3}, {"input": "c"}]
    run = anyclient.run_batch(bodies, endpoint="/v1/embeddings", **FAST)
    results = await collect(run)
    assert [r.ok for r in results] == [True, False, True]
    error = results[1].value
    assert isinstance(error, oai.RequestError)
    assert (error.index, error.custom_id, error.status) == (1, "request-1", 400)
    assert "dimensions" in error.message
    assert not error.retryable
    assert run.retry_requests() == []


async def test_expired_and_cancelled_requests_go_again(anyclient: Any, server: FakeOpenAI) -> None:
    server.end_next_batch("expired", after=1)
    server.end_next_batch("cancelled", after=0)
    server.end_next_batch("failed")
    pairs = [(f"doc-{i}", body) for i, body in enumerate(chat(6))]
    run = anyclient.run_batch(pairs, max_lines=2, **FAST)
    results = await collect(run)
    assert [r.custom_id for r in results] == [f"doc-{i}" for i in range(6)]
    codes = [None if r.ok else r.value.code for r in results]
    assert codes == [
        None,
        "batch_expired",
        "batch_cancelled",
        "batch_cancelled",
        *["batch_failed"] * 2,
    ]
    assert all(r.value.retryable and r.value.status is None for r in results[1:])
    assert "expired" in results[1].value.message

    retry = run.retry_requests()
    checked = dict((i.custom_id, i.body) for i in request_items(pairs, "/v1/chat/completions"))
    assert retry == [(f"doc-{i}", checked[f"doc-{i}"]) for i in range(1, 6)]
    again = await collect(anyclient.run_batch(retry, **FAST))
    assert [(r.custom_id, r.ok) for r in again] == [(f"doc-{i}", True) for i in range(1, 6)]
    assert [text_of(r.value) for r in again] == [f"You said: question {i}" for i in range(1, 6)]


def bad_after(good: int, bad: dict[str, Any]) -> Iterator[dict[str, Any]]:
    yield from chat(good)
    yield bad


@pytest.mark.parametrize(
    ("requests", "error", "words"),
    [
        (
            lambda: bad_after(5, {"messages": [], "temprature": 1}),
            ValueError,
            "request 5 .*temprature",
        ),
        (lambda: bad_after(4, {**chat(1)[0], "stream": True}), ValueError, "request 4 .*stream"),
        (lambda: bad_after(3, "not a body"), TypeError, "request 3 .*must be a dict"),  # type: ignore[arg-type]
        (lambda: [("a", chat(1)[0]), ("a", chat(1)[0])], ValueError, "'a' is used twice"),
        (
            lambda: bad_after(2, {**chat(1)[0], "metadata": {1, 2}}),
            TypeError,
            "request 2 .*not JSON",
        ),
    ],
)
async def test_bad_input_is_refused_before_anything_is_sent(
    anyclient: Any, server: FakeOpenAI, requests: Any, error: type[Exception], words: str
) -> None:
    with pytest.raises(error, match=words):
        await collect(anyclient.run_batch(requests(), max_lines=2, **FAST))
    assert server.requests == []


def test_bad_arguments_are_refused_at_once(client: oai.OpenAI, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="max_lines must be between 1 and 50000"):
        client.run_batch(chat(1), max_lines=0)
    with pytest.raises(ValueError, match="max_bytes must be between"):
        client.run_batch(chat(1), max_bytes=300 * 2**20)
    with pytest.raises(ValueError, match="endpoint must be one of"):
        client.run_batch(chat(1), endpoint="/v1/images/generations")
    with pytest.raises(ValueError, match="does not exist"):
        client.run_batch(chat(1), state=tmp_path / "nowhere" / "state.sqlite")
    with pytest.raises(TypeError, match="progress must be callable"):
        client.run_batch(chat(1), progress="yes")  # type: ignore[arg-type]
    run = client.run_batch([], **FAST)
    assert list(run) == []
    with pytest.raises(RuntimeError, match="iterated once"):
        list(run)


async def test_progress_over_all_batches(anyclient: Any) -> None:
    with FakeOpenAI(batch_reads=3) as server:
        client = type(anyclient)(base_url=server.base_url, api_key="sk-test", max_retries=0)
        seen: list[oai.BatchProgress] = []
        results = await collect(
            client.run_batch(chat(9), max_lines=4, progress=seen.append, **FAST)
        )
        await resolve(client.close())
    assert len(results) == 9
    assert seen[0] == (0, 0, 9, 0, 3)
    assert seen[-1] == (9, 0, 9, 3, 3)
    assert any(0 < p.completed < 9 for p in seen)  # counts rose while the batches ran
    for before, after in itertools.pairwise(seen):
        assert after.completed >= before.completed
        assert after.batches_done >= before.batches_done


async def test_a_state_file_is_read_again(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    state = tmp_path / "run.sqlite"
    first = await collect(anyclient.run_batch(chat(5), max_lines=2, state=state, **FAST))
    sent = len(server.requests)
    again = await collect(anyclient.run_batch(chat(5), max_lines=2, state=state, **FAST))
    assert again == first
    assert len(server.requests) == sent  # everything came from the state file

    with pytest.raises(ValueError, match="belongs to a run of other requests"):
        await collect(anyclient.run_batch(chat(6), max_lines=2, state=state, **FAST))
    with pytest.raises(ValueError, match="belongs to a run of other requests"):
        await collect(anyclient.run_batch(chat(5), max_lines=3, state=state, **FAST))
    assert len(server.requests) == sent

    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as db:
        db.execute("CREATE TABLE mine (x)")
    with pytest.raises(ValueError, match="not a batch state file"):
        await collect(anyclient.run_batch(chat(1), state=other, **FAST))
    with sqlite3.connect(other) as db:
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("mine",)]


async def test_without_state_nothing_is_left_on_disk(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    results = await collect(anyclient.run_batch(chat(3), max_lines=2, **FAST))
    assert len(results) == 3
    assert list(tmp_path.iterdir()) == []


def test_the_writer_keeps_memory_flat(tmp_path: Path) -> None:
    """200,000 requests checked and written: the writer's peak is a few lines' worth.

    The bound (1 MiB) is far below what keeping any per-request object would cost (200,000
    of them, 50 bytes each at the least, is 10 MB), so a writer that held its input fails.
    """
    endpoint = "/v1/embeddings"
    bodies = ({"input": f"document number {i}", "model": "m"} for i in range(200_000))
    items: Iterator[RequestItem] = request_items(bodies, endpoint)
    path_of: Callable[[int], Path] = lambda part: tmp_path / f"{part}.jsonl"  # noqa: E731
    tracemalloc.start()
    try:
        splitter = Splitter(BATCH_MAX_LINES, BATCH_MAX_BYTES)  # the API's limits, as run_batch
        parts = write_parts(items, endpoint, splitter, RunDigest(endpoint, 1, 1), path_of)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2**20, f"writing 200,000 requests held {peak} bytes at its peak"
    assert [p.requests for p in parts][:2] == [50_000, 50_000]
    assert sum(p.requests for p in parts) == 200_000
    lines = sum(1 for path in tmp_path.iterdir() for _ in path.open("rb"))
    assert lines == 200_000


async def test_a_wait_that_times_out_is_taken_up_again(
    anyclient: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    state = tmp_path / "run.sqlite"
    hold_batch(server, "batch_0002", 1_000)
    with pytest.raises(oai.WaitTimeout, match="batch_0002 is still 'validating'"):
        await collect(anyclient.run_batch(chat(4), max_lines=2, state=state, timeout=0.05, **FAST))
    server.route("GET", "/batches/batch_0002", server.default_reply)  # let it run now
    results = await collect(anyclient.run_batch(chat(4), max_lines=2, state=state, **FAST))
    assert [text_of(r.value) for r in results] == [f"You said: question {i}" for i in range(4)]
    assert len(posts(server, "/v1/batches")) == 2
    assert len(posts(server, "/v1/files")) == 2

    # The run's files are next to the state; one gone before its results are in is named.
    server.reset()
    other = tmp_path / "other.sqlite"
    hold_batch(server, "batch_0002", 1_000)
    with pytest.raises(oai.WaitTimeout):
        await collect(anyclient.run_batch(chat(2), state=other, timeout=0.02, **FAST))
    (input_file,) = (tmp_path / "other.sqlite.files").iterdir()
    input_file.unlink()
    with pytest.raises(ValueError, match="is gone, and its batch's results are not yet read in"):
        await collect(anyclient.run_batch(chat(2), state=other, **FAST))
