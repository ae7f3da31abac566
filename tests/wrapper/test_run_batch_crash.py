"""`run_batch(..., state=)` killed at each point, then run again: nothing twice, nothing lost.

Each test runs a real child process (the script below, with the sync client) against the fake
server, and SIGKILLs it from inside at one point: while writing the input files (the request
generator kills it), just after the server answered an upload, a batch's creation, a batch's
read or a download (a transport that kills the process before the answer reaches the run, so
the server has acted and the state file has not recorded it: the worst moment), or while the
results are handed out. A second child runs the same call to the end; the test then checks the
fake's record: each input file uploaded once, each batch created once, and every result
printed exactly once, in input order.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from oai.testing import FakeOpenAI

SCRIPT = r'''
import json, os, signal, sys

import httpx
import oai

CRASH, AT, N = os.environ.get("CRASH", ""), int(os.environ.get("AT", "0")), int(os.environ["N"])
WATCHED = {
    "uploading": lambda r: (r.method, r.url.path) == ("POST", "/v1/files"),
    "creating": lambda r: (r.method, r.url.path) == ("POST", "/v1/batches"),
    "waiting": lambda r: r.method == "GET" and r.url.path.startswith("/v1/batches/"),
    "downloading": lambda r: r.method == "GET" and r.url.path.endswith("/content"),
}
seen = 0


def die():
    os.kill(os.getpid(), signal.SIGKILL)


class Killing(httpx.HTTPTransport):
    """Dies once the server has answered the AT-th watched request, before the run sees it."""

    def handle_request(self, request):
        global seen
        response = super().handle_request(request)
        if CRASH in WATCHED and WATCHED[CRASH](request):
            seen += 1
            if seen == AT:
                die()
        return response


def requests():
    for i in range(N):
        if CRASH == "writing" and i == AT:
            die()
        yield {"messages": [{"role": "user", "content": f"hi {i}"}]}


client = oai.OpenAI(
    base_url=os.environ["BASE_URL"], api_key="sk-test", max_retries=0, transport=Killing()
)
run = client.run_batch(requests(), state=os.environ["STATE"], max_lines=3, poll_interval=0.001)
for number, result in enumerate(run):
    if CRASH == "yielding" and number == AT:
        die()
    text = result.value.choices[0].message.content if result.ok else str(result.value)
    print(json.dumps([result.index, result.custom_id, text]), flush=True)
'''

N = 8  # three input files of at most three requests: 3, 3, 2
FILES = 3


def run_child(
    script: Path, server: FakeOpenAI, state: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {
        **os.environ,
        "BASE_URL": server.base_url,
        "STATE": str(state),
        "N": str(N),
        **env,
    }
    return subprocess.run(
        [sys.executable, str(script)],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def count(server: FakeOpenAI, method: str, path: str) -> int:
    return sum(1 for r in server.requests if (r.method, r.path) == (method, path))


@pytest.mark.parametrize(
    ("crash", "at"),
    [
        ("writing", 5),  # the first file written, the second half way
        ("uploading", 2),  # the second file is at the server, its id not recorded
        ("creating", 2),  # the second batch exists, its id not recorded
        ("waiting", 4),  # a read of a batch answered, its state not recorded
        ("downloading", 2),  # the second output file is being downloaded
        ("yielding", 4),  # half of the results handed out
    ],
)
def test_killed_and_run_again(server: FakeOpenAI, tmp_path: Path, crash: str, at: int) -> None:
    script = tmp_path / "child.py"
    script.write_text(SCRIPT)
    state = tmp_path / "run.sqlite"

    killed = run_child(script, server, state, CRASH=crash, AT=str(at))
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    before = len(server.requests)
    if crash == "writing":
        assert before == 0  # nothing is sent before every request is checked and written
    if crash == "uploading":
        assert count(server, "POST", "/v1/files") == 2
    if crash == "creating":
        assert count(server, "POST", "/v1/batches") == 2

    again = run_child(script, server, state)
    assert again.returncode == 0, again.stderr
    printed = [json.loads(line) for line in again.stdout.splitlines()]
    assert printed == [[i, f"request-{i}", f"You said: hi {i}"] for i in range(N)]

    # Each input file was uploaded once, and each batch created once, over both runs.
    assert count(server, "POST", "/v1/files") == FILES
    assert count(server, "POST", "/v1/batches") == FILES
    creations = [r for r in server.requests if (r.method, r.path) == ("POST", "/v1/batches")]
    assert len({r.json()["input_file_id"] for r in creations}) == FILES
    # A step sent but not recorded was looked for at the server before anything else was sent.
    if crash == "uploading":
        assert count(server, "GET", "/v1/files") == 1
    if crash == "creating":
        assert count(server, "GET", "/v1/batches") == 1

    # A third run, after the end, reads every result from the state file and sends nothing.
    sent = len(server.requests)
    third = run_child(script, server, state)
    assert third.returncode == 0, third.stderr
    assert [json.loads(line) for line in third.stdout.splitlines()] == printed
    assert len(server.requests) == sent
