"""`oai files`: upload (with progress for work in parts), list, rm."""

from __future__ import annotations

from pathlib import Path

from cli_support import run_oai
from oai.testing import FakeOpenAI


def test_upload_list_rm(
    server: FakeOpenAI, env: dict[str, str], url: list[str], tmp_path: Path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes(b"some notes\n")
    uploaded = run_oai(["files", "upload", *url, str(notes), "-p", "assistants"], env)
    assert uploaded.returncode == 0, uploaded.stderr
    file_id = uploaded.stdout.strip()
    assert file_id.startswith("file-") and uploaded.stdout == f"{file_id}\n"

    listed = run_oai(["files", "list", *url], env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.splitlines() == [f"{file_id}\t11\tassistants\tnotes.txt"]

    removed = run_oai(["files", "rm", *url, file_id], env)
    assert (removed.returncode, removed.stdout) == (0, ""), removed.stderr
    assert f"deleted {file_id}" in removed.stderr
    assert run_oai(["files", "list", *url], env).stdout == ""


def test_upload_in_parts_shows_plain_progress_lines_off_a_terminal(
    server: FakeOpenAI, env: dict[str, str], url: list[str], tmp_path: Path
) -> None:
    data = tmp_path / "data.jsonl"
    data.write_bytes(b"x" * 10_000)
    done = run_oai(["files", "upload", *url, str(data), "-p", "batch", "--part-size", "4000"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith("file-")
    lines = done.stderr.splitlines()
    # One line per step, never a bar redrawn with carriage returns: a log file stays readable.
    assert "\r" not in done.stderr
    assert [line.split(": ")[1].split()[0] for line in lines] == ["0%", "40%", "80%", "100%"]
    parts = [r for r in server.requests if r.path.endswith("/parts")]
    assert len(parts) == 3


def test_rm_of_a_missing_file_is_one_line(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    done = run_oai(["files", "rm", *url, "file-nope"], env)
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("oai: error: deleting file-nope")
    assert "404" in done.stderr


def test_upload_of_a_missing_path_sends_nothing(
    server: FakeOpenAI, env: dict[str, str], url: list[str], tmp_path: Path
) -> None:
    done = run_oai(["files", "upload", *url, str(tmp_path / "absent.txt")], env)
    assert done.returncode == 1
    assert done.stderr == f"oai: error: no such file: {tmp_path / 'absent.txt'}\n"
    assert server.requests == []
