"""`oai batch FILE`: the Batch API's own JSONL in, one result line per request out, resumable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from cli_support import run_oai
from oai._cli_batch import requests_of, state_path
from oai._cli_errors import CLIError
from oai.testing import FakeOpenAI


def _line(custom_id: str, text: str) -> dict[str, Any]:
    body = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]}
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}


def _write(path: Path, *lines: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def _posts(server: FakeOpenAI, path: str) -> int:
    return sum(1 for r in server.requests if r.method == "POST" and r.path == f"/v1{path}")


def test_a_batch_file_runs_and_prints_each_answer_in_order_and_a_rerun_sends_nothing(
    server: FakeOpenAI, env: dict[str, str], url: list[str], tmp_path: Path, home: Path
) -> None:
    source = _write(tmp_path / "in.jsonl", _line("b", "second"), _line("a", "first"))
    done = run_oai(["batch", *url, str(source)], env)
    assert done.returncode == 0, done.stderr
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["custom_id"] for r in results] == ["b", "a"]  # input order, not id order
    texts = [r["response"]["choices"][0]["message"]["content"] for r in results]
    assert texts == ["You said: second", "You said: first"]
    assert "state: " in done.stderr and str(home) in done.stderr
    assert "100% 2 of 2" in done.stderr  # progress counts requests, not bytes
    batches = _posts(server, "/batches")

    again = run_oai(["batch", *url, str(source)], env)
    assert (again.returncode, again.stdout) == (0, done.stdout), again.stderr
    assert _posts(server, "/batches") == batches  # read back from the state file


def test_failed_requests_get_error_lines_and_exit_code_one(
    server: FakeOpenAI, env: dict[str, str], url: list[str], tmp_path: Path
) -> None:
    server.end_next_batch("expired", after=1)
    source = _write(tmp_path / "in.jsonl", _line("x", "one"), _line("y", "two"))
    done = run_oai(["batch", *url, str(source)], env)
    assert done.returncode == 1
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert "response" in first
    assert second["custom_id"] == "y"
    assert second["error"]["code"] == "batch_expired" and second["error"]["retryable"] is True
    assert "1 request(s) failed" in done.stderr


def test_bad_input_is_refused_naming_the_line_before_anything_is_sent(
    server: FakeOpenAI, env: dict[str, str], url: list[str], tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(_line("a", "ok")) + "\n{not json\n")
    done = run_oai(["batch", *url, str(source)], env)
    assert done.returncode == 1
    assert "line 2 is not JSON" in done.stderr
    assert _posts(server, "/files") == 0
    missing = run_oai(["batch", *url, str(tmp_path / "nope.jsonl")], env)
    assert missing.returncode == 1 and "no such file" in missing.stderr


def test_requests_of_reads_every_line_form_and_checks_the_endpoint() -> None:
    body = {"model": "m", "input": "x"}
    lines = [
        json.dumps({"custom_id": "c", "method": "POST", "url": "/v1/embeddings", "body": body}),
        "",
        json.dumps({"custom_id": "d", "body": body}),
        json.dumps(body),
    ]
    assert list(requests_of(lines, "/v1/embeddings")) == [
        ("c", body),
        ("d", body),
        ("line-4", body),
    ]
    with pytest.raises(CLIError, match="line 1 is for '/v1/embeddings'"):
        list(requests_of(lines, "/v1/chat/completions"))
    with pytest.raises(CLIError, match="line 1 is not a JSON object"):
        list(requests_of(["[1]"], "/v1/embeddings"))


def test_each_input_file_has_its_own_state_in_the_home(tmp_path: Path) -> None:
    first = state_path(tmp_path, tmp_path / "a" / "in.jsonl")
    assert first.parent == tmp_path / "batches" and first.name.startswith("in.jsonl-")
    assert first != state_path(tmp_path, tmp_path / "b" / "in.jsonl")
    assert first == state_path(tmp_path, tmp_path / "a" / ".." / "a" / "in.jsonl")
