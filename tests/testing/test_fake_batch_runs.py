"""A batch's lines run through the fake's own endpoints: what a direct call refuses, the error
file holds with that endpoint's answer; counts rise over reads; endings on request; limits."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from typing import Any

import httpx
import pytest
from oai.testing import FakeOpenAI, text
from oai_api.models.batch import Batch
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.error_response import ErrorResponse
from oai_api.models.open_ai_file import OpenAIFile
from test_fake_batch_lifecycle import chat_line, jsonl, start_batch

CHAT = "/v1/chat/completions"


def line(custom_id: str, body: dict[str, Any], url: str = CHAT) -> dict[str, Any]:
    return {"custom_id": custom_id, "method": "POST", "url": url, "body": body}


def read_until_final(client: httpx.Client, batch_id: str) -> list[Batch]:
    """Every read of the batch until it is final, each parsed by the generated model."""
    reads: list[Batch] = []
    while not reads or str(reads[-1].status) not in ("completed", "failed", "expired", "cancelled"):
        assert len(reads) < 100, "the batch never ended"
        read = client.get(f"/batches/{batch_id}")
        assert read.status_code == 200, read.text
        reads.append(Batch.from_dict(read.json()))
    return reads


def file_lines(client: httpx.Client, file_id: Any) -> list[dict[str, Any]]:
    """A batch result file, checked as the generated ``OpenAIFile`` and read line by line."""
    meta = OpenAIFile.from_dict(client.get(f"/files/{file_id}").json())
    assert str(meta.purpose) == "batch_output"
    content = client.get(f"/files/{file_id}/content")
    assert meta.bytes_ == len(content.content)
    return [json.loads(each) for each in content.text.splitlines()]


def counts(batch: Batch) -> tuple[int, int, int]:
    c = batch.request_counts
    return c.total, c.completed, c.failed


# -- every line is answered by its endpoint -------------------------------------------------------

REFUSED = {
    "no model": {"messages": [{"role": "user", "content": "hi"}]},
    "messages not a list": {"model": "gpt-4o", "messages": "hi"},
    "empty messages": {"model": "gpt-4o", "messages": []},
    "bad n": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}], "n": 0},
}


def test_refused_lines_carry_the_direct_endpoints_answer(client: httpx.Client) -> None:
    good = [chat_line("ok-1", "first"), chat_line("ok-2", "second")]
    bad = [line(name, body) for name, body in REFUSED.items()]
    batch_id = start_batch(client, jsonl(good[0], *bad, good[1]))
    done = read_until_final(client, batch_id)[-1]
    assert str(done.status) == "completed"
    assert counts(done) == (6, 2, 4)

    output = file_lines(client, done.output_file_id)
    assert [each["custom_id"] for each in output] == ["ok-1", "ok-2"]
    for each, said in zip(output, ["first", "second"], strict=True):
        assert each["error"] is None and each["response"]["status_code"] == 200
        answer = CreateChatCompletionResponse.from_dict(each["response"]["body"])
        assert answer.choices[0].message.content == f"You said: {said}"

    errors = {each["custom_id"]: each for each in file_lines(client, done.error_file_id)}
    assert set(errors) == set(REFUSED)
    for name, body in REFUSED.items():
        direct = client.post("/chat/completions", json=body)
        assert direct.status_code == 400
        response = errors[name]["response"]
        assert (response["status_code"], response["body"]) == (400, direct.json()), name
        assert errors[name]["error"] is None
        ErrorResponse.from_dict(response["body"])
    every = [*output, *errors.values()]
    assert len({each["id"] for each in every}) == 6
    assert len({each["response"]["request_id"] for each in every}) == 6


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("/v1/embeddings", {"model": "text-embedding-3-small", "input": ""}),
        ("/v1/embeddings", {"model": "text-embedding-3-small", "input": "x", "dimensions": -1}),
        ("/v1/completions", {"prompt": "hi"}),
        ("/v1/moderations", {}),
        ("/v1/responses", {"input": "hi"}),
    ],
)
def test_every_endpoint_refuses_as_it_does_directly(
    client: httpx.Client, url: str, body: dict[str, Any]
) -> None:
    direct = client.post(url.removeprefix("/v1"), json=body)
    assert direct.status_code == 400, direct.text
    batch_id = start_batch(client, jsonl(line("x", body, url)), endpoint=url)
    done = read_until_final(client, batch_id)[-1]
    assert counts(done) == (1, 0, 1)
    assert done.output_file_id is None  # nothing succeeded: no output file, as the API does
    [refused] = file_lines(client, done.error_file_id)
    assert refused["response"]["status_code"] == 400
    assert refused["response"]["body"] == direct.json()


def test_a_line_without_a_body_meets_the_endpoints_checks(client: httpx.Client) -> None:
    no_body = {"custom_id": "x", "method": "POST", "url": CHAT}
    batch_id = start_batch(client, jsonl(no_body))
    done = read_until_final(client, batch_id)[-1]
    [refused] = file_lines(client, done.error_file_id)
    assert refused["response"]["body"] == client.post("/chat/completions", json={}).json()


def test_streaming_lines_are_refused_one_by_one(client: httpx.Client) -> None:
    streamed = chat_line("streamed", "hi")
    streamed["body"]["stream"] = True
    batch_id = start_batch(client, jsonl(chat_line("plain", "hi"), streamed))
    done = read_until_final(client, batch_id)[-1]
    assert counts(done) == (2, 1, 1)
    [refused] = file_lines(client, done.error_file_id)
    assert refused["custom_id"] == "streamed"
    assert refused["response"]["status_code"] == 400
    error = ErrorResponse.from_dict(refused["response"]["body"]).error
    assert error.param == "stream" and "Streaming" in error.message
    [answered] = file_lines(client, done.output_file_id)
    assert answered["custom_id"] == "plain"


def test_lines_are_not_played_queued_or_scripted_replies(
    client: httpx.Client, server: FakeOpenAI
) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "one")))
    server.script(text("scripted"))
    read_until_final(client, batch_id)
    assert server.scripted == 1  # the batch's chat line did not take it
    done = read_until_final(client, batch_id)[-1]
    [answered] = file_lines(client, done.output_file_id)
    assert answered["response"]["body"]["choices"][0]["message"]["content"] == "You said: one"


def test_responses_lines_are_stored_like_direct_ones(client: httpx.Client) -> None:
    url = "/v1/responses"
    batch_id = start_batch(client, jsonl(line("r", {"model": "gpt-4o", "input": "hi"}, url)), url)
    done = read_until_final(client, batch_id)[-1]
    [answered] = file_lines(client, done.output_file_id)
    response_id = answered["response"]["body"]["id"]
    assert client.get(f"/responses/{response_id}").json()["id"] == response_id


# -- progress over reads --------------------------------------------------------------------------


def test_counts_rise_over_batch_reads() -> None:
    with (
        FakeOpenAI(batch_reads=4) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        lines = [chat_line(f"r{i}", str(i)) for i in range(9)]
        lines.insert(4, line("bad", {"messages": []}))
        reads = read_until_final(client, start_batch(client, jsonl(*lines)))
    assert [str(b.status) for b in reads] == [
        "validating",
        *["in_progress"] * 4,
        "finalizing",
        "completed",
    ]
    # A quarter of the requests (rounded up) run per read; the refused fifth line among them.
    assert [counts(b)[1:] for b in reads] == [
        (0, 0),
        (0, 0),
        (3, 0),
        (5, 1),
        (8, 1),
        (9, 1),
        (9, 1),
    ]


def test_options_are_checked_when_the_server_is_made() -> None:
    for reads in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="batch_reads"):
            FakeOpenAI(batch_reads=reads)  # type: ignore[arg-type]
    for limits in ((0, 10), (10, 0), (10,), (10, "x")):
        with pytest.raises(ValueError, match="batch_limits"):
            FakeOpenAI(batch_limits=limits)  # type: ignore[arg-type]


# -- endings on request -------------------------------------------------------------------------


def test_a_batch_asked_to_fail_fails_at_validation(
    client: httpx.Client, server: FakeOpenAI
) -> None:
    server.end_next_batch("failed")
    failed = read_until_final(client, start_batch(client, jsonl(chat_line("a", "one"))))
    assert [str(b.status) for b in failed] == ["validating", "failed"]
    assert failed[-1].failed_at is not None
    assert failed[-1].output_file_id is None and failed[-1].error_file_id is None
    assert counts(failed[-1]) == (1, 0, 0)  # no request ran
    [error] = failed[-1].errors.data
    assert error.code == "token_limit_exceeded" and error.message
    # One ending per batch: the next one completes.
    after = read_until_final(client, start_batch(client, jsonl(chat_line("a", "one"))))
    assert str(after[-1].status) == "completed"


@pytest.mark.parametrize(
    ("status", "code"), [("expired", "batch_expired"), ("cancelled", "batch_cancelled")]
)
def test_an_ending_after_k_requests_reports_the_rest_unfinished(status: str, code: str) -> None:
    with (
        FakeOpenAI(batch_reads=2) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        server.end_next_batch(status, after=4)
        lines = [chat_line(f"r{i}", str(i)) for i in range(6)]
        lines[1] = line("r1", {"messages": []})  # ran, and refused
        reads = read_until_final(client, start_batch(client, jsonl(*lines)))
        output = file_lines(client, reads[-1].output_file_id)
        errors = file_lines(client, reads[-1].error_file_id)
    assert [str(b.status) for b in reads] == ["validating", "in_progress", "in_progress", status]
    ended = reads[-1]
    assert counts(reads[2]) == (6, 2, 1)  # the first read ran half, 3, of them
    assert counts(ended) == (6, 3, 3)  # the next one ran 1 more, and the ending came
    stamp = ended.expired_at if status == "expired" else ended.cancelled_at
    assert isinstance(stamp, int)
    if status == "cancelled":
        assert ended.cancelling_at is not None
    assert ended.completed_at is None
    assert [each["custom_id"] for each in output] == ["r0", "r2", "r3"]
    assert [each["custom_id"] for each in errors] == ["r1", "r4", "r5"]
    assert errors[0]["response"]["status_code"] == 400
    for unfinished in errors[1:]:
        assert unfinished["response"] is None
        assert unfinished["error"]["code"] == code
        assert unfinished["error"]["message"]


def test_an_ending_after_every_request_keeps_them_all(
    client: httpx.Client, server: FakeOpenAI
) -> None:
    server.end_next_batch("expired", after=5)
    reads = read_until_final(client, start_batch(client, jsonl(chat_line("a", "one"))))
    assert str(reads[-1].status) == "expired"
    assert counts(reads[-1]) == (1, 1, 0)
    assert reads[-1].error_file_id is None


def test_endings_queue_one_per_batch_and_reset_forgets_them(
    client: httpx.Client, server: FakeOpenAI
) -> None:
    server.end_next_batch("expired")
    server.end_next_batch("failed")
    server.end_next_batch("cancelled")
    first = start_batch(client, jsonl(chat_line("a", "one")))
    second = start_batch(client, jsonl(chat_line("a", "one")))
    assert str(read_until_final(client, first)[-1].status) == "expired"
    assert str(read_until_final(client, second)[-1].status) == "failed"
    server.reset()
    third = start_batch(client, jsonl(chat_line("a", "one")))
    assert str(read_until_final(client, third)[-1].status) == "completed"


def test_end_next_batch_names_what_it_refuses(server: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match="'completed'"):
        server.end_next_batch("completed")
    for after in (-1, 1.5, True):
        with pytest.raises(ValueError, match="after"):
            server.end_next_batch("expired", after=after)  # type: ignore[arg-type]


def test_cancel_mid_run_keeps_what_finished() -> None:
    with (
        FakeOpenAI(batch_reads=3) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        batch_id = start_batch(client, jsonl(*(chat_line(f"r{i}", str(i)) for i in range(6))))
        for _ in range(3):  # validating, in_progress 0/6, in_progress 2/6
            client.get(f"/batches/{batch_id}")
        cancelling = client.post(f"/batches/{batch_id}/cancel")
        reads = [Batch.from_dict(client.get(f"/batches/{batch_id}").json()) for _ in range(2)]
        output = file_lines(client, reads[0].output_file_id)
        errors = file_lines(client, reads[0].error_file_id)
    assert cancelling.status_code == 200
    assert str(Batch.from_dict(cancelling.json()).status) == "cancelling"
    assert {str(b.status) for b in reads} == {"cancelled"}
    assert reads[0].to_dict() == reads[1].to_dict()
    assert counts(reads[0]) == (6, 4, 2)
    assert [each["custom_id"] for each in output] == ["r0", "r1", "r2", "r3"]
    assert [each["custom_id"] for each in errors] == ["r4", "r5"]
    assert {each["error"]["code"] for each in errors} == {"batch_cancelled"}


def test_cancel_while_validating_reports_every_request_unfinished(client: httpx.Client) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "one"), chat_line("b", "two")))
    client.post(f"/batches/{batch_id}/cancel")
    [cancelled] = read_until_final(client, batch_id)
    assert counts(cancelled) == (2, 0, 2)
    assert cancelled.output_file_id is None
    errors = file_lines(client, cancelled.error_file_id)
    assert [(e["custom_id"], e["error"]["code"]) for e in errors] == [
        ("a", "batch_cancelled"),
        ("b", "batch_cancelled"),
    ]


# -- limits ---------------------------------------------------------------------------------------


def test_too_many_lines_fail_validation() -> None:
    with (
        FakeOpenAI(batch_limits=(3, 10_000)) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        lines = [chat_line(f"r{i}", str(i)) for i in range(4)]
        at_limit = read_until_final(client, start_batch(client, jsonl(*lines[:3])))
        over = read_until_final(client, start_batch(client, jsonl(*lines)))
    assert str(at_limit[-1].status) == "completed"
    assert str(over[-1].status) == "failed"
    [error] = over[-1].errors.data
    assert error.code == "too_many_requests"
    assert "4" in error.message and "3" in error.message


def test_too_many_bytes_fail_validation() -> None:
    content = jsonl(chat_line("a", "one"), chat_line("b", "two"))
    with (
        FakeOpenAI(batch_limits=(100, len(content) - 1)) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        over = read_until_final(client, start_batch(client, content))
        at_limit = read_until_final(client, start_batch(client, content[: len(content) // 2]))
    assert str(over[-1].status) == "failed"
    [error] = over[-1].errors.data
    assert error.code == "file_too_large"
    assert str(len(content) - 1) in error.message
    assert str(at_limit[-1].status) == "completed"


def test_by_default_50000_lines_is_the_limit(client: httpx.Client) -> None:
    over = read_until_final(client, start_batch(client, b"{}\n" * 50_001))[-1]
    assert [e.code for e in over.errors.data] == ["too_many_requests"]
    # 50,000 valid lines pass validation: cancelled while validating, all are reported unfinished.
    content = b"".join(
        b'{"custom_id": "r%d", "method": "POST", "url": "/v1/chat/completions"}\n' % i
        for i in range(50_000)
    )
    batch_id = start_batch(client, content)
    client.post(f"/batches/{batch_id}/cancel")
    at_limit = Batch.from_dict(client.get(f"/batches/{batch_id}").json())
    assert (str(at_limit.status), counts(at_limit)) == ("cancelled", (50_000, 0, 50_000))


def test_duplicate_custom_ids_and_mismatched_urls_fail_validation(client: httpx.Client) -> None:
    wrong = line("c", {"model": "m", "input": "x"}, "/v1/embeddings")
    content = jsonl(chat_line("a", "one"), chat_line("a", "two"), wrong)
    failed = read_until_final(client, start_batch(client, content))[-1]
    assert str(failed.status) == "failed"
    assert [(e.code, e.line, e.param) for e in failed.errors.data] == [
        ("duplicate_custom_id", 2, "custom_id"),
        ("mismatched_endpoint", 3, "url"),
    ]


def test_bad_metadata_is_refused_at_create(client: httpx.Client) -> None:
    upload = client.post(
        "/files",
        data={"purpose": "batch"},
        files={"file": ("in.jsonl", jsonl(chat_line("a", "x")))},
    )
    refused = client.post(
        "/batches",
        json={
            "input_file_id": upload.json()["id"],
            "endpoint": CHAT,
            "completion_window": "24h",
            "metadata": {"job": 1},
        },
    )
    assert refused.status_code == 400
    assert refused.json()["error"]["param"] == "metadata"
    assert client.get("/batches").json()["data"] == []


# -- a client that dies -------------------------------------------------------------------------

CHILD = """
import sys, time, httpx
client = httpx.Client(base_url=sys.argv[1], timeout=5)
content = b"".join(
    b'{"custom_id": "r%d", "method": "POST", "url": "/v1/chat/completions", "body": '
    b'{"model": "m", "messages": [{"role": "user", "content": "n%d"}]}}\\n' % (i, i)
    for i in range(3)
)
upload = client.post("/files", data={"purpose": "batch"}, files={"file": ("in.jsonl", content)})
batch = client.post("/batches", json={
    "input_file_id": upload.json()["id"], "endpoint": "/v1/chat/completions",
    "completion_window": "24h",
}).json()
client.get("/batches/" + batch["id"])  # validated: in_progress
print(upload.json()["id"], batch["id"], flush=True)
time.sleep(60)
"""


def test_a_killed_client_finds_its_files_and_batches_again(
    client: httpx.Client, server: FakeOpenAI
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, server.base_url], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        file_id, batch_id = child.stdout.readline().split()
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert client.get(f"/files/{file_id}").json()["purpose"] == "batch"
    assert [b["id"] for b in client.get("/batches").json()["data"]] == [batch_id]
    reads = read_until_final(client, batch_id)
    assert [str(b.status) for b in reads] == ["in_progress", "finalizing", "completed"]
    said = [
        e["response"]["body"]["choices"][0]["message"]["content"]
        for e in file_lines(client, reads[-1].output_file_id)
    ]
    assert said == ["You said: n0", "You said: n1", "You said: n2"]
