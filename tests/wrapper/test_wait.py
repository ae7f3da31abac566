"""`client.wait_for_*`: read an object until it is final, at the pace the server asks for.

The states are queued replies here, so each test says exactly what the server answers, read
after read; the fake server's own lifecycles are exercised in tests/testing and by the helpers
built on these waits (vector stores, uploads).
"""

from __future__ import annotations

import time
from typing import Any

import oai
import pytest
from oai._polling import (
    BATCH,
    FINE_TUNING_JOB,
    RESPONSE,
    VECTOR_STORE_FILE,
    VECTOR_STORE_FILE_BATCH,
    Backoff,
    Poll,
)
from oai.testing import FakeOpenAI, Reply
from wrapper_support import resolve


def batch(status: str, completed: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "id": "batch_1",
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "input_file_id": "file-1",
        "completion_window": "24h",
        "status": status,
        "created_at": 1,
        "request_counts": {"total": 3, "completed": completed, "failed": 0},
        **fields,
    }


def hinted(data: dict[str, Any], ms: str | None = "1") -> Reply:
    return Reply.json(data, headers={"openai-poll-after-ms": ms} if ms is not None else None)


class Sleeps:
    """A retry policy's sleep that records each wait and sleeps none of it."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.waits.append(seconds)

    def policy(self) -> oai.RetryPolicy:
        return oai.RetryPolicy(max_retries=0, sleep=self.sleep, async_sleep=self.async_sleep)


async def test_reads_until_final_and_reports_each_change(
    make_client: Any, server: FakeOpenAI
) -> None:
    server.enqueue(
        hinted(batch("validating")),
        hinted(batch("in_progress", 1)),
        hinted(batch("in_progress", 1)),  # no change: no update
        hinted(batch("in_progress", 2)),
        Reply.json(batch("completed", 3, output_file_id="file-9")),
    )
    seen: list[tuple[str, int]] = []
    client = make_client()
    done = await resolve(
        client.wait_for_batch(
            "batch_1", on_update=lambda b: seen.append((b.status, b.request_counts.completed))
        )
    )
    assert done.status == "completed" and done.output_file_id == "file-9"
    assert seen == [("validating", 0), ("in_progress", 1), ("in_progress", 2), ("completed", 3)]
    assert server.received == 5
    assert {r.path for r in server.requests} == {"/v1/batches/batch_1"}


async def test_the_servers_hint_sets_the_pace(make_client: Any, server: FakeOpenAI) -> None:
    server.enqueue(
        hinted(batch("in_progress"), "250"),
        hinted(batch("in_progress", 1), "1200"),
        hinted(batch("finalizing", 2), "not a number"),  # ignored: the backoff applies
        hinted(batch("cancelled", 2)),
    )
    sleeps = Sleeps()
    client = make_client(retry_policy=sleeps.policy())
    done = await resolve(client.wait_for_batch("batch_1"))
    assert done.status == "cancelled"  # a final state that is no success is returned
    assert sleeps.waits == [0.25, 1.2, Backoff().wait(3)]


async def test_without_a_hint_the_wait_backs_off(make_client: Any, server: FakeOpenAI) -> None:
    server.enqueue(*(hinted(batch("in_progress", n), None) for n in range(5)))
    server.enqueue(Reply.json(batch("failed", errors={"object": "list", "data": []})))
    sleeps = Sleeps()
    client = make_client(retry_policy=sleeps.policy())
    done = await resolve(client.wait_for_batch("batch_1"))
    assert done.status == "failed"
    assert sleeps.waits == [1.0, 1.5, 2.25, 3.375, 5.0625]
    assert Backoff().wait(50) == 10.0


async def test_poll_interval_fixes_the_wait(make_client: Any, server: FakeOpenAI) -> None:
    server.enqueue(*(hinted(batch("in_progress", n), None) for n in range(3)))
    server.enqueue(Reply.json(batch("expired")))
    sleeps = Sleeps()
    client = make_client(retry_policy=sleeps.policy())
    done = await resolve(client.wait_for_batch("batch_1", poll_interval=0.5))
    assert done.status == "expired"
    assert sleeps.waits == [0.5, 0.5, 0.5]


async def test_timeout_raises_with_the_last_state(make_client: Any, server: FakeOpenAI) -> None:
    server.route("GET", "/batches/batch_1", lambda request: hinted(batch("in_progress"), "20"))
    client = make_client()
    started = time.monotonic()
    with pytest.raises(oai.WaitTimeout) as caught:
        await resolve(client.wait_for_batch("batch_1", timeout=0.2))
    took = time.monotonic() - started
    assert 0.2 <= took < 1.5
    assert caught.value.last.status == "in_progress"
    assert "batch batch_1 is still 'in_progress' after 0.2 s" in str(caught.value)
    assert server.received >= 5  # read at the server's pace, 20 ms apart


async def test_an_error_status_raises(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    with pytest.raises(oai.NotFoundError, match="batch_404"):
        await resolve(client.wait_for_batch("batch_404"))


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"timeout": 0}, ValueError, "timeout must be a positive number of seconds"),
        ({"timeout": -1}, ValueError, "timeout must be a positive"),
        ({"timeout": "5"}, TypeError, "timeout must be a number of seconds or None, got str"),
        ({"poll_interval": float("nan")}, ValueError, "poll_interval must be a positive"),
        ({"poll_interval": True}, TypeError, "poll_interval must be a number"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    make_client: Any, server: FakeOpenAI, kwargs: dict[str, Any], error: type, message: str
) -> None:
    client = make_client()
    with pytest.raises(error, match=message):
        await resolve(client.wait_for_batch("batch_1", **kwargs))
    with pytest.raises(ValueError, match="batch_id must be a non-empty string"):
        await resolve(client.wait_for_batch(""))
    assert server.received == 0


async def test_each_kind_reads_its_own_path(make_client: Any, server: FakeOpenAI) -> None:
    response = {
        "id": "resp_1",
        "object": "response",
        "created_at": 1,
        "model": "gpt-4o",
        "status": "completed",
        "output": [],
    }
    job = {
        "id": "ftjob-1",
        "object": "fine_tuning.job",
        "created_at": 1,
        "model": "gpt-4o-mini",
        "status": "succeeded",
        "training_file": "file-1",
        "fine_tuned_model": "ft:gpt-4o-mini:me",
    }
    store_file = {
        "id": "file-1",
        "object": "vector_store.file",
        "created_at": 1,
        "vector_store_id": "vs_1",
        "status": "failed",
        "usage_bytes": 0,
        "last_error": {"code": "unsupported_file", "message": "not text"},
    }
    file_batch = {
        "id": "vsfb_1",
        "object": "vector_store.files_batch",
        "created_at": 1,
        "vector_store_id": "vs_1",
        "status": "completed",
        "file_counts": {"in_progress": 0, "completed": 2, "failed": 0, "cancelled": 0, "total": 2},
    }
    server.enqueue(*(Reply.json(x) for x in (response, job, store_file, file_batch)))
    client = make_client()
    got = await resolve(client.wait_for_response("resp_1"))
    assert isinstance(got, oai.Response) and got.status == "completed"
    got = await resolve(client.wait_for_fine_tuning_job("ftjob-1"))
    assert got.fine_tuned_model == "ft:gpt-4o-mini:me"
    got = await resolve(client.wait_for_vector_store_file("vs_1", "file-1"))
    assert got.status == "failed" and got.last_error.code == "unsupported_file"
    got = await resolve(client.wait_for_vector_store_file_batch("vs_1", "vsfb_1"))
    assert got.file_counts.completed == 2
    assert [r.path for r in server.requests] == [
        "/v1/responses/resp_1",
        "/v1/fine_tuning/jobs/ftjob-1",
        "/v1/vector_stores/vs_1/files/file-1",
        "/v1/vector_stores/vs_1/file_batches/vsfb_1",
    ]


async def test_an_async_update_callback_is_awaited(server: FakeOpenAI) -> None:
    server.enqueue(hinted(batch("in_progress")), Reply.json(batch("completed", 3)))
    seen: list[str] = []

    async def update(b: Any) -> None:
        seen.append(b.status)

    async with oai.AsyncOpenAI(base_url=server.base_url, api_key="sk-test") as client:
        done = await client.wait_for_batch("batch_1", on_update=update)
    assert done.status == "completed" and seen == ["in_progress", "completed"]


@pytest.mark.parametrize(
    ("waiting", "final"),
    [
        (BATCH, {"completed", "failed", "expired", "cancelled"}),
        (RESPONSE, {"completed", "failed", "cancelled", "incomplete"}),
        (FINE_TUNING_JOB, {"succeeded", "failed", "cancelled"}),
        (VECTOR_STORE_FILE, {"completed", "failed", "cancelled"}),
        (VECTOR_STORE_FILE_BATCH, {"completed", "failed", "cancelled"}),
    ],
    ids=lambda w: getattr(w, "kind", ""),
)
def test_final_states_come_from_the_spec_enums(waiting: Any, final: set[str]) -> None:
    """Every working state is one the spec names (a rename would make a wait never end),
    and the final ones are the rest of the enum."""
    from oai._generated import load

    values = load(f"models.{waiting.statuses[0]}", waiting.statuses[1])
    assert waiting.working <= values
    assert waiting.final_states() == final


def test_a_read_without_a_status_is_refused() -> None:
    poll = Poll(BATCH, "batch_1")
    with pytest.raises(oai.APIError, match="read without a status"):
        poll.take(object())


def test_the_last_sleep_ends_at_the_deadline() -> None:
    now = [0.0]
    poll = Poll(BATCH, "batch_1", timeout=10, clock=lambda: now[0])

    class State:
        status = "in_progress"

    poll.take(State())
    now[0] = 9.5
    assert poll.delay() == 0.5  # the backoff's 1 s, cut to what is left
    now[0] = 10.0
    with pytest.raises(oai.WaitTimeout):
        poll.delay()


def test_import_oai_loads_neither_waiting_nor_images() -> None:
    """The multi-step jobs cost a program nothing until it uses one: a plain chat loads
    neither the polling core, the image streams nor the webhooks."""
    import subprocess
    import sys

    code = (
        "import sys, oai\n"
        "from oai.testing import FakeOpenAI\n"
        "with FakeOpenAI() as server:\n"
        "    client = oai.new('sk-test', base_url=server.base_url)\n"
        "    client.chat([{'role': 'user', 'content': 'hi'}])\n"
        "late = ['oai._polling', 'oai._images', 'oai.webhooks']\n"
        "print([name for name in late if name in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
