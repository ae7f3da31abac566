"""Fine-tuning jobs: four working states, a new model at the end, events, cancel and failure."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from oai.testing import FakeOpenAI
from oai_api.models.fine_tuning_job import FineTuningJob
from oai_api.models.list_fine_tuning_job_events_response import ListFineTuningJobEventsResponse
from oai_api.models.list_paginated_fine_tuning_jobs_response import (
    ListPaginatedFineTuningJobsResponse,
)

POLL = "openai-poll-after-ms"
EXAMPLES = b"".join(
    json.dumps(
        {"messages": [{"role": "user", "content": f"q{i}"}, {"role": "assistant", "content": "a"}]}
    ).encode()
    + b"\n"
    for i in range(2)
)


def training_file(
    client: httpx.Client, content: bytes = EXAMPLES, purpose: str = "fine-tune"
) -> str:
    answer = client.post("/files", data={"purpose": purpose}, files={"file": ("t.jsonl", content)})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["id"])


def new_job(client: httpx.Client, **body: Any) -> dict[str, Any]:
    body.setdefault("model", "gpt-4o-mini")
    body.setdefault("training_file", training_file(client))
    answer = client.post("/fine_tuning/jobs", json=body)
    assert answer.status_code == 200, answer.text
    return dict(answer.json())


def test_a_job_walks_to_succeeded(client: httpx.Client) -> None:
    created = FineTuningJob.from_dict(new_job(client, suffix="mine"))
    assert str(created.status) == "validating_files"
    assert created.id.startswith("ftjob-")
    assert (created.fine_tuned_model, created.finished_at, created.trained_tokens) == (
        None,
        None,
        None,
    )
    reads = [client.get(f"/fine_tuning/jobs/{created.id}") for _ in range(5)]
    jobs = [FineTuningJob.from_dict(read.json()) for read in reads]
    assert [str(job.status) for job in jobs] == [
        "validating_files",
        "queued",
        "running",
        "succeeded",
        "succeeded",
    ]
    assert [read.headers.get(POLL) for read in reads] == ["10", "10", "10", None, None]
    done = jobs[3]
    assert done.fine_tuned_model == f"ft:gpt-4o-mini:org-fake:mine:{created.id[6:]}"
    assert done.trained_tokens is not None and done.trained_tokens > 0
    assert done.finished_at is not None
    assert done.hyperparameters.to_dict()["n_epochs"] == 3  # "auto", resolved once running
    assert len(done.result_files) == 1
    results = client.get(f"/files/{done.result_files[0]}")
    assert results.json()["purpose"] == "fine-tune-results"
    assert client.get(f"/files/{done.result_files[0]}/content").text.startswith("step,")


def test_no_poll_hint_from_a_server_that_gives_none() -> None:
    with (
        FakeOpenAI(poll_after_ms=None) as server,
        httpx.Client(base_url=server.base_url, timeout=5) as client,
    ):
        job_id = new_job(client)["id"]
        read = client.get(f"/fine_tuning/jobs/{job_id}")
    assert read.json()["status"] == "validating_files"
    assert POLL not in read.headers


def test_events_are_paged_newest_first(client: httpx.Client) -> None:
    job_id = new_job(client)["id"]
    for _ in range(4):
        client.get(f"/fine_tuning/jobs/{job_id}")
    answer = client.get(f"/fine_tuning/jobs/{job_id}/events")
    events = ListFineTuningJobEventsResponse.from_dict(answer.json())
    assert set(answer.json()) == {"object", "data", "has_more"}
    messages = [event.message for event in events.data]
    assert messages[0] == "The job has successfully completed"
    assert messages[-1] == f"Created fine-tuning job: {job_id}"
    assert any(str(event.type_) == "metrics" for event in events.data)
    created = [event.created_at for event in events.data]
    assert created == sorted(created, reverse=True)
    first = client.get(f"/fine_tuning/jobs/{job_id}/events", params={"limit": 2}).json()
    assert first["has_more"] is True
    rest = client.get(
        f"/fine_tuning/jobs/{job_id}/events", params={"after": first["data"][-1]["id"]}
    ).json()
    assert [e["id"] for e in first["data"] + rest["data"]] == [e.id for e in events.data]


def test_listing_pages_and_filters_by_metadata(client: httpx.Client) -> None:
    first = new_job(client, metadata={"run": "a"})["id"]
    second = new_job(client, metadata={"run": "b"})["id"]
    listing = ListPaginatedFineTuningJobsResponse.from_dict(client.get("/fine_tuning/jobs").json())
    assert [job.id for job in listing.data] == [second, first]
    page = client.get("/fine_tuning/jobs", params={"limit": 1}).json()
    assert ([j["id"] for j in page["data"]], page["has_more"]) == ([second], True)
    rest = client.get("/fine_tuning/jobs", params={"limit": 1, "after": second}).json()
    assert [j["id"] for j in rest["data"]] == [first]
    only_a = client.get("/fine_tuning/jobs", params={"metadata[run]": "a"}).json()
    assert [j["id"] for j in only_a["data"]] == [first]


def test_cancel(client: httpx.Client) -> None:
    job_id = new_job(client)["id"]
    client.get(f"/fine_tuning/jobs/{job_id}")
    cancelled = FineTuningJob.from_dict(client.post(f"/fine_tuning/jobs/{job_id}/cancel").json())
    assert str(cancelled.status) == "cancelled"
    later = client.get(f"/fine_tuning/jobs/{job_id}")
    assert later.json()["status"] == "cancelled"
    assert POLL not in later.headers
    assert client.post(f"/fine_tuning/jobs/{job_id}/cancel").json()["status"] == "cancelled"
    done = new_job(client)["id"]
    for _ in range(4):
        client.get(f"/fine_tuning/jobs/{done}")
    assert client.post(f"/fine_tuning/jobs/{done}/cancel").status_code == 409


def test_a_training_file_that_is_no_examples_fails_validation(client: httpx.Client) -> None:
    job_id = new_job(client, training_file=training_file(client, b"not json\n"))["id"]
    client.get(f"/fine_tuning/jobs/{job_id}")
    failed = client.get(f"/fine_tuning/jobs/{job_id}")
    job = FineTuningJob.from_dict(failed.json())
    assert str(job.status) == "failed"
    assert job.error.code == "invalid_training_file"
    assert job.error.param == "training_file"
    assert job.fine_tuned_model is None
    assert POLL not in failed.headers


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"training_file": "file-nope"}, "model"),
        ({"model": "gpt-4o-mini"}, "training_file"),
        ({"model": "gpt-4o-mini", "training_file": "file-nope"}, "training_file"),
        ({"suffix": ""}, "suffix"),
        ({"seed": -1}, "seed"),
        ({"method": {"type": "magic"}}, "method"),
        ({"hyperparameters": {"n_epochs": 0}}, "hyperparameters"),
        ({"validation_file": "file-nope"}, "validation_file"),
    ],
)
def test_invalid_bodies_name_the_param(
    client: httpx.Client, body: dict[str, Any], param: str
) -> None:
    if param not in ("model", "training_file"):  # the rest of the body is valid
        body = {"model": "gpt-4o-mini", "training_file": training_file(client), **body}
    answer = client.post("/fine_tuning/jobs", json=body)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"]["param"] == param


def test_the_training_file_needs_purpose_fine_tune(client: httpx.Client) -> None:
    wrong = training_file(client, purpose="batch")
    answer = client.post("/fine_tuning/jobs", json={"model": "gpt-4o-mini", "training_file": wrong})
    assert answer.status_code == 400
    assert "fine-tune" in answer.json()["error"]["message"]


def test_unknown_jobs_are_404s(client: httpx.Client) -> None:
    for answer in (
        client.get("/fine_tuning/jobs/ftjob-nope"),
        client.post("/fine_tuning/jobs/ftjob-nope/cancel"),
        client.get("/fine_tuning/jobs/ftjob-nope/events"),
    ):
        assert answer.status_code == 404
        assert answer.json()["error"]["message"] == "No such FineTuningJob object: ftjob-nope"
