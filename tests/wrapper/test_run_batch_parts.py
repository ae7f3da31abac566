"""`run_batch`'s sans-I/O parts: the split, reading results back, the next step, the release."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import oai
import pytest
from oai._batch_files import Splitter, batch_line
from oai._batch_results import PartResults, Release, progress_of
from oai._batch_state import PartRecord, next_step
from oai._request_items import RequestItem
from oai.testing import FakeOpenAI
from wrapper_support import resolve

ITEM = RequestItem(7, "doc-7", {"input": "x"})


def test_the_splitter_starts_a_file_at_either_limit() -> None:
    by_lines = Splitter(2, 1000)
    assert [by_lines.place(b"x" * 10, ITEM) for _ in range(5)] == [0, 0, 1, 1, 2]
    by_bytes = Splitter(100, 25)
    assert [by_bytes.place(b"x" * 10, ITEM) for _ in range(5)] == [0, 0, 1, 1, 2]
    assert Splitter(100, 10).place(b"x" * 10, ITEM) == 0  # exactly full is allowed
    with pytest.raises(ValueError, match=r"request 7 \('doc-7'\) is 11 bytes .* at most 10"):
        Splitter(100, 10).place(b"x" * 11, ITEM)


def test_a_batch_line() -> None:
    line = batch_line(ITEM, "/v1/embeddings")
    assert line.endswith(b"\n")
    assert json.loads(line) == {
        "custom_id": "doc-7",
        "method": "POST",
        "url": "/v1/embeddings",
        "body": {"input": "x"},
    }
    with pytest.raises(ValueError, match="not JSON"):
        batch_line(RequestItem(0, "a", {"dimensions": float("nan")}), "/v1/embeddings")


def reading(ids: list[str], first: int = 10) -> tuple[PartResults, list[bytes]]:
    lines = [
        batch_line(RequestItem(first + i, c, {"input": c}), "/v1/embeddings")
        for i, c in enumerate(ids)
    ]
    results = PartResults(first)
    offset = 0
    for line in lines:
        results.add_input(line, offset)
        offset += len(line)
    return results, lines


def output(custom_id: str, status: int, body: dict[str, Any]) -> bytes:
    line = {
        "custom_id": custom_id,
        "response": {"status_code": status, "body": body},
        "error": None,
    }
    return json.dumps(line).encode() + b"\n"


def test_results_are_matched_back_by_custom_id() -> None:
    results, lines = reading(["a", "b", "c"])
    ok = results.answer(output("c", 200, {"object": "list"}))
    assert ok is not None and (ok.index, ok.custom_id, ok.ok, ok.retry) == (12, "c", True, None)
    refused = results.answer(output("a", 429, {"error": {"message": "slow", "code": "rate"}}))
    assert refused is not None and not refused.ok
    assert json.loads(refused.data)["retryable"] is True
    # The retry says where the request's own line is, to send it again.
    start, length = refused.retry or (0, 0)
    assert b"".join(lines)[start : start + length] == lines[0]
    assert results.answer(b"\n") is None
    with pytest.raises(ValueError, match="twice"):
        results.answer(output("c", 200, {}))
    with pytest.raises(ValueError, match="answers no request of its file"):
        results.answer(output("zzz", 200, {}))
    (missing,) = results.unanswered({"status": "completed"})
    assert (missing.index, json.loads(missing.data)["code"]) == (11, "no_result")


def test_a_failed_batch_names_each_lines_error() -> None:
    results, _ = reading(["a", "b", "c"])
    errors = {"data": [{"code": "invalid_url", "message": "bad url", "line": 2}]}
    rows = list(results.unanswered({"status": "failed", "errors": errors}))
    fields = [json.loads(row.data) for row in rows]
    assert [(f["code"], f["retryable"]) for f in fields] == [
        ("batch_failed", True),
        ("invalid_url", False),  # the line the API refused is not sent again as it is
        ("batch_failed", True),
    ]
    assert "another request's line" in fields[0]["message"]
    results, _ = reading(["a"])
    whole = {"data": [{"code": "too_many_requests", "message": "Too big.", "line": None}]}
    (row,) = results.unanswered({"status": "failed", "errors": whole})
    assert (
        json.loads(row.data)["message"]
        == "the batch failed validation: Too big. (too_many_requests)"
    )


def record(**fields: Any) -> PartRecord:
    base: dict[str, Any] = dict(
        part=0, first=0, requests=1, size=1, upload_sent=False, file_id=None, create_sent=False,
        batch_id=None, status=None, completed=0, failed=0, final=False, imported=False,
    )  # fmt: skip
    return PartRecord(**{**base, **fields})


def test_the_next_step_follows_what_was_recorded() -> None:
    assert next_step(record()) == "upload"
    assert next_step(record(upload_sent=True)) == "find_upload"
    assert next_step(record(upload_sent=True, file_id="f")) == "create"
    assert next_step(record(file_id="f", create_sent=True)) == "find_batch"
    assert next_step(record(file_id="f", batch_id="b")) == "wait"
    assert next_step(record(file_id="f", batch_id="b", final=True)) == "download"
    assert next_step(record(file_id="f", batch_id="b", final=True, imported=True)) == "done"


def test_release_in_order_or_as_they_come() -> None:
    ordered = Release(True)
    assert [ordered.add(2), ordered.add(0), ordered.add(1), ordered.add(3)] == [
        [],
        [0],
        [1, 2],
        [3],
    ]
    unordered = Release(False)
    assert [unordered.add(2), unordered.add(0)] == [[2], [0]]
    assert progress_of([(2, 1, 3, True), (1, 0, 4, False)]) == (3, 1, 7, 1, 2)
    assert progress_of([]).fraction == 1.0


async def test_a_file_past_the_servers_limits_goes_again_in_smaller_files(
    tmp_path: Path, anyclient: Any
) -> None:
    with FakeOpenAI(batch_limits=(3, 10**6)) as server:
        client = type(anyclient)(base_url=server.base_url, api_key="sk-test", max_retries=0)
        bodies = [{"input": f"text {i}"} for i in range(5)]
        run = client.run_batch(bodies, endpoint="/v1/embeddings", max_lines=4, poll_interval=0.001)
        results = [r async for r in run] if hasattr(run, "__aiter__") else list(run)
        errors = [r.value for r in results[:4]]
        assert all(isinstance(e, oai.RequestError) and e.retryable for e in errors)
        assert "more than the 3 maximum" in errors[0].message
        assert results[4].ok
        again = client.run_batch(
            run.retry_requests(), endpoint="/v1/embeddings", max_lines=3, poll_interval=0.001
        )
        retried = [r async for r in again] if hasattr(again, "__aiter__") else list(again)
        assert [(r.custom_id, r.ok) for r in retried] == [(f"request-{i}", True) for i in range(4)]
        await resolve(client.close())
