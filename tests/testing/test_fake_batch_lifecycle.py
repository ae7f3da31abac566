"""Batches move one step per read, end with a real output file, and hint how long to wait."""

from __future__ import annotations

import json
from typing import Any

import httpx
from oai.testing import FakeOpenAI
from oai_api.models.batch import Batch
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_completion_response import CreateCompletionResponse
from oai_api.models.create_embedding_response import CreateEmbeddingResponse
from oai_api.models.open_ai_file import OpenAIFile
from oai_api.models.response import Response

POLL = "openai-poll-after-ms"


def jsonl(*lines: dict[str, Any]) -> bytes:
    return b"".join(json.dumps(line).encode() + b"\n" for line in lines)


def chat_line(custom_id: str, text: str) -> dict[str, Any]:
    body = {"model": "gpt-4o", "messages": [{"role": "user", "content": text}]}
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}


def start_batch(
    client: httpx.Client, content: bytes, endpoint: str = "/v1/chat/completions"
) -> str:
    upload = client.post("/files", data={"purpose": "batch"}, files={"file": ("in.jsonl", content)})
    assert upload.status_code == 200, upload.text
    created = client.post(
        "/batches",
        json={
            "input_file_id": upload.json()["id"],
            "endpoint": endpoint,
            "completion_window": "24h",
        },
    )
    assert created.status_code == 200, created.text
    assert created.json()["status"] == "validating"
    return str(created.json()["id"])


def test_each_read_shows_the_next_state_until_completed(client: httpx.Client) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "one"), chat_line("b", "two")))
    reads = [client.get(f"/batches/{batch_id}") for _ in range(5)]
    batches = [Batch.from_dict(read.json()) for read in reads]
    assert [str(b.status) for b in batches] == [
        "validating",
        "in_progress",
        "finalizing",
        "completed",
        "completed",
    ]
    # Stamps appear as the states are reached, and counts once the requests have run.
    assert batches[0].in_progress_at is None
    assert batches[1].in_progress_at is not None
    assert batches[1].request_counts.completed == 0
    assert batches[2].finalizing_at is not None
    assert batches[2].request_counts.completed == 2
    assert batches[3].completed_at is not None
    assert batches[3].output_file_id is not None
    assert batches[3].request_counts.to_dict() == {"total": 2, "completed": 2, "failed": 0}
    assert batches[4].to_dict() == batches[3].to_dict()  # a final batch stays as it is


def test_the_poll_hint_is_sent_while_working_only(client: httpx.Client) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "one")))
    reads = [client.get(f"/batches/{batch_id}") for _ in range(4)]
    assert [read.headers.get(POLL) for read in reads] == ["10", "10", "10", None]
    assert reads[-1].json()["status"] == "completed"


def test_no_poll_hint_from_a_server_that_gives_none() -> None:
    with (
        FakeOpenAI(poll_after_ms=None) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        batch_id = start_batch(client, jsonl(chat_line("a", "one")))
        read = client.get(f"/batches/{batch_id}")
    assert read.json()["status"] == "validating"
    assert POLL not in read.headers


def test_the_output_file_answers_every_line(client: httpx.Client) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "first"), chat_line("b", "second")))
    for _ in range(4):
        done = client.get(f"/batches/{batch_id}").json()
    output_id = done["output_file_id"]
    meta = OpenAIFile.from_dict(client.get(f"/files/{output_id}").json())
    assert str(meta.purpose) == "batch_output"
    content = client.get(f"/files/{output_id}/content")
    lines = [json.loads(line) for line in content.text.splitlines()]
    assert meta.bytes_ == len(content.content)
    assert [line["custom_id"] for line in lines] == ["a", "b"]
    for line, said in zip(lines, ["first", "second"], strict=True):
        assert line["error"] is None
        assert line["response"]["status_code"] == 200
        assert line["response"]["request_id"]
        answer = CreateChatCompletionResponse.from_dict(line["response"]["body"])
        assert answer.choices[0].message.content == f"You said: {said}"
    assert len({line["id"] for line in lines}) == 2


def test_output_bodies_have_their_endpoints_shape(client: httpx.Client) -> None:
    cases = {
        "/v1/embeddings": (
            {"model": "text-embedding-3-small", "input": "hi"},
            CreateEmbeddingResponse,
        ),
        "/v1/completions": (
            {"model": "gpt-3.5-turbo-instruct", "prompt": "hi"},
            CreateCompletionResponse,
        ),
        "/v1/responses": ({"model": "gpt-4o", "input": "hi"}, Response),
    }
    for url, (body, model) in cases.items():
        line = {"custom_id": "x", "method": "POST", "url": url, "body": body}
        batch_id = start_batch(client, jsonl(line), endpoint=url)
        for _ in range(4):
            done = client.get(f"/batches/{batch_id}").json()
        content = client.get(f"/files/{done['output_file_id']}/content").text
        parsed = model.from_dict(json.loads(content)["response"]["body"])
        assert parsed.model == body["model"], url


def test_bad_lines_fail_the_batch_at_validation(client: httpx.Client) -> None:
    wrong_url = {**chat_line("b", "x"), "url": "/v1/embeddings"}
    content = jsonl(chat_line("a", "ok"), wrong_url) + b"not json\n"
    batch_id = start_batch(client, content)
    first = client.get(f"/batches/{batch_id}")
    second = client.get(f"/batches/{batch_id}")
    assert first.json()["status"] == "validating"
    failed = Batch.from_dict(second.json())
    assert str(failed.status) == "failed"
    assert failed.failed_at is not None
    assert failed.output_file_id is None
    assert POLL not in second.headers
    problems = [(e["line"], e["param"]) for e in second.json()["errors"]["data"]]
    assert problems == [(2, "url"), (3, None)]
    assert client.get(f"/batches/{batch_id}").json()["status"] == "failed"


def test_a_cancelled_batch_stays_cancelled(client: httpx.Client) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "one")))
    client.get(f"/batches/{batch_id}")  # now in progress
    cancelling = client.post(f"/batches/{batch_id}/cancel")
    assert cancelling.json()["status"] == "cancelling"
    reads = [client.get(f"/batches/{batch_id}") for _ in range(3)]
    assert {read.json()["status"] for read in reads} == {"cancelled"}
    assert all(read.json()["output_file_id"] is None for read in reads)
    assert all(POLL not in read.headers for read in reads)


def test_a_completed_batch_cannot_be_cancelled(client: httpx.Client) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "one")))
    for _ in range(4):
        client.get(f"/batches/{batch_id}")
    refused = client.post(f"/batches/{batch_id}/cancel")
    assert refused.status_code == 409
    assert "completed" in refused.json()["error"]["message"]


def test_listing_shows_without_moving_on(client: httpx.Client) -> None:
    batch_id = start_batch(client, jsonl(chat_line("a", "one")))
    for _ in range(3):
        listing = client.get("/batches")
    assert listing.json()["data"][0]["status"] == "validating"
    assert client.get(f"/batches/{batch_id}").json()["status"] == "validating"


def test_unknown_batch_is_a_404_envelope(client: httpx.Client) -> None:
    missing = client.get("/batches/batch_nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["message"] == "No such Batch object: batch_nope"
    assert POLL not in missing.headers
