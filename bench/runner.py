"""Processes and schedules: the server, one worker per contender, interleaved repetitions.

Each repetition runs every row for every contender, in an order that rotates from one
repetition to the next, so that a burst of load from elsewhere on the machine falls on all the
contenders alike; ratios are taken within a repetition (paired) before the median is.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import payloads
from .contenders import ROWS, STREAM_ROWS, Contender

ROOT = Path(__file__).resolve().parent.parent

# Every client process runs as an installed package does: with its bytecode written and read,
# whatever the caller's environment says (without it, each worker compiled the generated
# models' 670 KB `__init__` from source, which added some 19 MB to its peak memory).
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_child(what: str, code: str, *args: str) -> Any:
    """Run `code` in a fresh interpreter (as a user's program runs) and read the JSON it
    prints; its error output, should it fail, goes into the `BenchError`."""
    child = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        env=USER_ENV,
        text=True,
        timeout=900,
        check=False,
    )
    if child.returncode != 0:
        raise BenchError(f"{what}: the client failed:\n{child.stderr[-2000:]}")
    return json.loads(child.stdout)


def compile_bytecode(packages: Sequence[str] = ("oai", "oai_api")) -> None:
    """Write the packages' bytecode first, as `pip install` does, so that no measured process
    compiles (or holds the memory of compiling) a module."""
    import compileall
    import importlib.util

    for name in packages:
        spec = importlib.util.find_spec(name)
        for folder in (spec.submodule_search_locations or []) if spec else []:
            compileall.compile_dir(folder, quiet=2)


class BenchError(Exception):
    """The benchmark cannot go on (a contender failed the check, a process died)."""


@contextmanager
def server_process() -> Iterator[str]:
    """Start `bench.server` and yield its base URL; it stops with its stdin."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.server"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().split()
        if not line or line[0] != "READY":
            raise BenchError("the benchmark server did not start")
        yield f"http://127.0.0.1:{line[1]}"
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[str]) -> None:
    if process.stdin is not None:
        process.stdin.close()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


class Worker:
    """A `bench.worker` process for one contender, answering one command at a time."""

    def __init__(
        self,
        contender: type[Contender],
        base_url: str,
        wrapper: Sequence[str] = (),
        env: dict[str, str] | None = None,
    ) -> None:
        """`wrapper` goes before the interpreter (`--instructions` runs it under valgrind)."""
        self.name = contender.name
        self.process = subprocess.Popen(
            [*wrapper, sys.executable, "-m", "bench.worker", contender.name, base_url],
            cwd=ROOT,
            env=USER_ENV if env is None else env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        hello = self._read()
        self.versions: dict[str, str] = hello["versions"]
        self.embed_note: str = hello["embed_note"]

    def call(self, op: str, **args: Any) -> Any:
        """The command's result; None when the contender cannot do it (see `Unavailable`)."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"op": op, **args}) + "\n")
        self.process.stdin.flush()
        return self._read()

    def _read(self) -> Any:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise BenchError(f"the {self.name} worker exited (status {self.process.wait()})")
        reply = json.loads(line)
        if "error" in reply:
            raise BenchError(f"the {self.name} worker failed:\n{reply['error']}")
        if "unavailable" in reply:
            return None
        return reply["ok"]

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write('{"op": "exit"}\n')
            self.process.stdin.flush()
            self.process.stdin.close()
        _stop(self.process)


# -- correctness ---------------------------------------------------------------------------------


def expected_stream(delivers: str) -> list[dict[str, Any]]:
    if delivers == "all":
        return payloads.STREAM_CHUNKS
    return [
        chunk
        for chunk in payloads.STREAM_CHUNKS
        if chunk["choices"] and chunk["choices"][0]["delta"].get("content")
    ]


def check(worker: Worker, contender: type[Contender], base_url: str) -> list[str]:
    """Run every job once; list each way the result differs from what the server sent."""
    import hashlib

    found = worker.call("check")
    problems = []
    if found["chat"] != payloads.CHAT_RESPONSE:
        problems.append(f"chat: got {_differing_keys(found['chat'], payloads.CHAT_RESPONSE)}")
    if found["session"] != payloads.REPLY_TEXT:
        problems.append(f"session reply: got {found['session'][:60]!r}")
    if found["session_history"] != len(payloads.SESSION_HISTORY):
        problems.append(f"session history has {found['session_history']} messages, not 20")
    sent = json.loads(_get(base_url + "/_bench/last"))
    wanted = [*payloads.SESSION_HISTORY, {"role": "user", "content": payloads.USER_MESSAGE}]
    if sent.get("messages") != wanted or sent.get("model") != payloads.CHAT_MODEL:
        problems.append("session: the request did not carry the 21 messages and the model")
    chunks = expected_stream(contender.stream_delivers)
    if found["stream_chunks"] != chunks:
        got = found["stream_chunks"]
        first = next((i for i, (a, b) in enumerate(zip(got, chunks, strict=False)) if a != b), None)
        problems.append(
            f"stream: {len(got)} chunks delivered, {len(chunks)} expected,"
            f" first difference at {first}"
        )
    if found["stream_text"] != payloads.STREAM_TEXT:
        problems.append("stream: the assembled text differs")
    if found["response"] != payloads.RESPONSE:
        got = _differing_keys(found["response"], payloads.RESPONSE)
        problems.append(f"response: got {got}")
    if found["response_events"] != payloads.RESPONSE_EVENTS:
        got = found["response_events"]
        wanted = payloads.RESPONSE_EVENTS
        first = next((i for i, (a, b) in enumerate(zip(got, wanted, strict=False)) if a != b), None)
        problems.append(
            f"response stream: {len(got)} events delivered, {len(wanted)} expected,"
            f" first difference at {first}"
        )
    if found["response_streamed"] != payloads.RESPONSE:
        got = _differing_keys(found["response_streamed"], payloads.RESPONSE)
        problems.append(f"response stream: the response returned has {got}")
    if found["responses_session"] != [payloads.RESPONSE_TEXT] * 2:
        problems.append("responses session: the replies' text differs")
    chained = json.loads(_get(base_url + "/_bench/last_response"))
    if chained.get("previous_response_id") != payloads.RESPONSE_ID:
        problems.append("responses session: the second turn did not follow the first")
    floats = hashlib.sha256(payloads.EMBEDDING_FLOAT32).hexdigest()
    if "embedding_sha256" in found and found["embedding_sha256"] != floats:
        problems.append(f"embeddings: the {found['embedding_length']} floats differ")
    return problems


def refuse_wrong_answers(worker: Worker, contender: type[Contender], base_url: str) -> None:
    """Stop the run if the contender's answers are not what the server sent: a fast wrong
    client must never get a number."""
    problems = check(worker, contender, base_url)
    if problems:
        raise BenchError(
            f"{contender.label} did not return what the server sent:\n  " + "\n  ".join(problems)
        )


def _differing_keys(got: Any, wanted: dict[str, Any]) -> str:
    if not isinstance(got, dict):
        return type(got).__name__
    keys = sorted(k for k in set(got) | set(wanted) if got.get(k) != wanted.get(k))
    return "differences in " + ", ".join(keys)


def connections_opened(base_url: str) -> int:
    """How many connections the server has accepted so far (one more for this request)."""
    return int(_get(base_url + "/_bench/connections"))


def _get(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=10) as response:
        return bytes(response.read())


# -- measurement ---------------------------------------------------------------------------------


def rotated(workers: Sequence[Worker], rep: int) -> list[Worker]:
    shift = rep % len(workers)
    return [*workers[shift:], *workers[:shift]]


def measure_rows(
    workers: Sequence[Worker], iterations: dict[str, int], reps: int, progress: Any
) -> dict[str, dict[str, list[float | None]]]:
    """Per-call client CPU seconds: samples[row][contender] has one value per repetition."""
    samples: dict[str, dict[str, list[float | None]]] = {
        row: {w.name: [] for w in workers} for row in ROWS
    }
    for worker in workers:  # warm-up: connections open, lazy imports done, caches filled
        for row in ROWS:
            worker.call("run", row=row, n=max(1, iterations[row] // 2))
    for rep in range(reps):
        for row in ROWS:
            for worker in rotated(workers, rep):
                n = iterations[row]
                result = worker.call("run", row=row, n=n)
                per_call = None if result is None else result["cpu"] / n
                if per_call is not None and row in STREAM_ROWS:
                    per_call /= getattr(payloads, STREAM_ROWS[row])
                samples[row][worker.name].append(per_call)
        progress(f"rows: repetition {rep + 1}/{reps}")
    return samples


def measure_async(
    workers: Sequence[Worker], total: int, concurrency: int, reps: int, progress: Any
) -> dict[str, list[dict[str, float]]]:
    results: dict[str, list[dict[str, float]]] = {w.name: [] for w in workers}
    for rep in range(reps):
        for worker in rotated(workers, rep):
            results[worker.name].append(worker.call("async", total=total, concurrency=concurrency))
        progress(f"async: repetition {rep + 1}/{reps}")
    return results


def median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def paired_ratio(values: Sequence[float | None], floor: Sequence[float | None]) -> float | None:
    """The median over repetitions of value/floor, each pair measured side by side."""
    ratios = [v / f for v, f in zip(values, floor, strict=False) if v is not None and f]
    return statistics.median(ratios) if ratios else None
