"""Batches of the fake: an input file's requests run through the fake's own endpoints.

A client of the Batch API has to handle what the API does with a batch, not a canned answer:
lines a direct call would refuse come back one by one in the error file while the rest
succeed, counts rise while the batch runs, and a batch can fail at validation, expire or be
cancelled with part of its work done. So each line is answered by the built-in handler of its
url (the ``run`` callable the route table passes in, the same code a direct request reaches),
and its result goes to the output file (2xx) or the error file (anything else).

A batch moves on by being watched, not by time passing: each read shows its state and then
takes it one step further -- validating, in_progress (over ``reads`` reads, running an equal
share of the requests each time), finalizing, completed -- so a polling loop meets every
state, and a progress display every intermediate count, in a known number of reads. An ending
queued with :meth:`BatchStore.end_next` makes the next batch created fail, expire or be
cancelled instead.

Results are kept as encoded lines and joined once when the batch ends, so a 50,000-line batch
costs one pass over its requests and one join.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._chat import CREATED
from ._forms import invalid, read_json
from ._replies import Reply
from ._request import RecordedRequest
from ._store import EndpointStore, _no_such, metadata_problem, page_of, poll_headers

__all__ = [
    "BATCH_ENDINGS",
    "BATCH_ENDPOINTS",
    "BATCH_LIMITS",
    "BatchStore",
    "LineRunner",
]

#: The endpoints a batch may run requests against.
BATCH_ENDPOINTS = (
    "/v1/responses",
    "/v1/chat/completions",
    "/v1/embeddings",
    "/v1/completions",
    "/v1/moderations",
)
#: The API's limits on one input file: requests (lines) and bytes (200 MiB, as its error says).
BATCH_LIMITS = (50_000, 200 * 1024 * 1024)
#: The endings a test can ask for with :meth:`BatchStore.end_next`.
BATCH_ENDINGS = ("failed", "expired", "cancelled")

#: Answers one request of a batch: ``(url, JSON body, seq)`` in, the endpoint's reply out.
LineRunner = Callable[[str, bytes, int], Reply]

_WINDOW = 24 * 60 * 60
_LIST_LIMIT = (20, 100)
_FINAL = frozenset({"completed", "failed", "expired", "cancelled"})
_SEQ_BASE = 1_000_000  # a line's seq: batch number * base + line number, unique per server
_UNFINISHED = {
    "expired": ("batch_expired", "This request could not be executed before the batch expired."),
    "cancelled": (
        "batch_cancelled",
        "This request could not be executed before the batch was cancelled.",
    ),
}


@dataclass
class _Run:
    """What a batch's public object does not show: its requests and the results so far."""

    number: int
    ending: tuple[str, int] | None
    requests: list[dict[str, Any]] = field(default_factory=list)
    done: int = 0
    output: list[bytes] = field(default_factory=list)
    errors: list[bytes] = field(default_factory=list)


class BatchStore:
    """The batches of one fake server. Thread-safe: one lock, held while a step runs requests,
    so two reads of one batch never run the same line twice."""

    def __init__(self, *, reads: int = 1, limits: tuple[int, int] = BATCH_LIMITS) -> None:
        if isinstance(reads, bool) or not isinstance(reads, int) or reads < 1:
            raise ValueError(f"batch_reads must be an integer of at least 1, got {reads!r}")
        if len(limits) != 2 or any(
            isinstance(limit, bool) or not isinstance(limit, int) or limit < 1 for limit in limits
        ):
            raise ValueError(
                f"batch_limits must be (lines, bytes), two positive integers, got {limits!r}"
            )
        self.reads = reads
        self.limits = limits
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every batch and every queued ending."""
        with self._lock:
            self.batches: dict[str, dict[str, Any]] = {}
            self._runs: dict[str, _Run] = {}
            self._endings: deque[tuple[str, int]] = deque()

    def end_next(self, status: str, after: int = 0) -> None:
        """Make the next batch created end ``status`` once ``after`` of its requests ran."""
        if status not in BATCH_ENDINGS:
            raise ValueError(f"a batch can be made to end {list(BATCH_ENDINGS)}, not {status!r}")
        if isinstance(after, bool) or not isinstance(after, int) or after < 0:
            raise ValueError(f"after must be a non-negative integer, got {after!r}")
        with self._lock:
            self._endings.append((status, after))

    # -- endpoints -----------------------------------------------------------------------------

    def create(self, request: RecordedRequest, files: EndpointStore) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        problem = _create_problem(body)
        if problem is not None:
            return problem
        input_file_id = body["input_file_id"]
        found = files.lookup(input_file_id)
        if found is None or found[0]["purpose"] != "batch":
            return invalid(
                f"Invalid 'input_file_id': {input_file_id!r} is not a file uploaded with "
                "purpose 'batch'.",
                param="input_file_id",
            )
        number = files.next_number()
        batch_id = f"batch_{number:04d}"
        created = CREATED + number
        content = found[1]
        batch = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body["endpoint"],
            "errors": None,
            "input_file_id": input_file_id,
            "completion_window": body["completion_window"],
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": created,
            "in_progress_at": None,
            "expires_at": created + _WINDOW,
            "finalizing_at": None,
            "completed_at": None,
            "failed_at": None,
            "expired_at": None,
            "cancelling_at": None,
            "cancelled_at": None,
            "request_counts": {
                "total": len(_lines(content)) if content is not None else 0,
                "completed": 0,
                "failed": 0,
            },
            "metadata": body.get("metadata"),
        }
        with self._lock:
            ending = self._endings.popleft() if self._endings else None
            self.batches[batch_id] = batch
            self._runs[batch_id] = _Run(number, ending)
            return Reply.json(batch)

    def page(self, request: RecordedRequest) -> Reply:
        with self._lock:
            batches = list(reversed(self.batches.values()))  # newest first
        return page_of(batches, request.query, _LIST_LIMIT)

    def get(
        self, batch_id: str, files: EndpointStore, run: LineRunner, poll_after_ms: int | None
    ) -> Reply:
        """The batch as it is now, then one step further along for the next read.

        A batch still working is answered with the ``openai-poll-after-ms`` hint.
        """
        with self._lock:
            found = self.batches.get(batch_id)
            if found is None:
                return _no_such("Batch", batch_id)
            reply = Reply.json(
                found, headers=poll_headers(poll_after_ms, found["status"] not in _FINAL)
            )
            self._advance(found, self._runs[batch_id], files, run)
            return reply

    def cancel(self, batch_id: str, files: EndpointStore) -> Reply:
        """Answers ``cancelling``, as the API does; the batch is ``cancelled`` at once, with the
        requests that ran in its output and error files and the rest in the error file."""
        with self._lock:
            found = self.batches.get(batch_id)
            if found is None:
                return _no_such("Batch", batch_id)
            if found["status"] in ("completed", "failed", "expired"):
                return Reply.error(
                    409,
                    f"Cannot cancel a batch with status '{found['status']}'.",
                    type="invalid_request_error",
                )
            if found["status"] in ("cancelling", "cancelled"):
                return Reply.json(found)
            run = self._runs[batch_id]
            if found["status"] == "validating":
                self._check(found, run, files)  # a valid file's requests are all unfinished
            self._end(found, run, files, "cancelled")
            return Reply.json({**found, "status": "cancelling", "cancelled_at": None})

    # -- lifecycle -----------------------------------------------------------------------------

    def _advance(
        self, batch: dict[str, Any], run: _Run, files: EndpointStore, runner: LineRunner
    ) -> None:
        status, created = batch["status"], batch["created_at"]
        if status == "validating":
            if run.ending is not None and run.ending[0] == "failed":
                error = _error(
                    "token_limit_exceeded",
                    "Enqueued token limit reached for this model (FakeOpenAI.end_next_batch "
                    "asked for a failed batch). Please try again once some in_progress batches "
                    "have been completed.",
                )
                batch.update(
                    status="failed",
                    failed_at=created + 1,
                    errors={"object": "list", "data": [error]},
                )
            elif errors := self._check(batch, run, files):
                batch.update(
                    status="failed",
                    failed_at=created + 1,
                    errors={"object": "list", "data": errors},
                )
            else:
                batch.update(status="in_progress", in_progress_at=created + 1)
        elif status == "in_progress":
            total = len(run.requests)
            stop = min(total, run.done + -(-total // self.reads))
            if run.ending is not None:
                stop = min(stop, run.ending[1])
            for index in range(run.done, stop):
                self._run_line(batch, run, index, runner)
            run.done = stop
            self._count(batch, run)
            if run.ending is not None and run.done >= min(total, run.ending[1]):
                self._end(batch, run, files, run.ending[0])
            elif run.done == total:
                batch.update(status="finalizing", finalizing_at=created + 2)
        elif status == "finalizing":
            batch.update(
                status="completed", completed_at=created + 3, **self._files(batch, run, files)
            )

    def _check(
        self, batch: Mapping[str, Any], run: _Run, files: EndpointStore
    ) -> list[dict[str, Any]]:
        """What the API's validation says of the batch's input file (nothing when it is
        accepted, and then ``run`` holds its requests)."""
        found = files.lookup(batch["input_file_id"])
        max_lines, max_bytes = self.limits
        errors: list[dict[str, Any]] = []
        if found is None:
            errors.append(
                _error("file_not_found", "The input file was deleted.", param="input_file_id")
            )
        elif found[0]["bytes"] > max_bytes:
            errors.append(
                _error(
                    "file_too_large",
                    f"The batch input file is larger than the {max_bytes} bytes maximum. "
                    "Please try again with a smaller batch.",
                )
            )
        elif found[1] is None:
            errors.append(
                _error(
                    "file_too_large",
                    f"FakeOpenAI keeps no content for files above 64 MiB, so it cannot run "
                    f"{batch['input_file_id']} ({found[0]['bytes']} bytes).",
                )
            )
        else:
            lines = _lines(found[1])
            if len(lines) > max_lines:
                errors.append(
                    _error(
                        "too_many_requests",
                        f"The batch input file has {len(lines)} requests, more than the "
                        f"{max_lines} maximum. Please try again with a smaller batch.",
                    )
                )
            else:
                run.requests, errors = _parse(lines, batch["endpoint"])
        if errors:
            run.requests = []
        return errors

    def _run_line(
        self, batch: Mapping[str, Any], run: _Run, index: int, runner: LineRunner
    ) -> None:
        request = run.requests[index]
        body = request.get("body")
        if isinstance(body, dict) and body.get("stream") is True:
            reply = invalid("Streaming is not supported in the Batch API.", param="stream")
        else:
            raw = json.dumps(body if body is not None else {}).encode()
            reply = runner(request["url"], raw, run.number * _SEQ_BASE + index + 1)
        number = f"{run.number:04d}_{index + 1:04d}"
        line = (
            b'{"id": "batch_req_%s", "custom_id": %s, "response": {"status_code": %d, '
            b'"request_id": "req_batch_%s", "body": %s}, "error": null}\n'
            % (
                number.encode(),
                json.dumps(request["custom_id"]).encode(),
                reply.status,
                number.encode(),
                reply.body or b"null",
            )
        )
        (run.output if reply.status < 400 else run.errors).append(line)

    def _end(self, batch: dict[str, Any], run: _Run, files: EndpointStore, status: str) -> None:
        """End a batch ``expired`` or ``cancelled``: what did not run goes to the error file."""
        code, message = _UNFINISHED[status]
        error = json.dumps({"code": code, "message": message}).encode()
        for index in range(run.done, len(run.requests)):
            number = f"{run.number:04d}_{index + 1:04d}"
            custom_id = json.dumps(run.requests[index]["custom_id"]).encode()
            run.errors.append(
                b'{"id": "batch_req_%s", "custom_id": %s, "response": null, "error": %s}\n'
                % (number.encode(), custom_id, error)
            )
        run.done = len(run.requests)
        self._count(batch, run)
        stamp = batch["created_at"] + 2
        stamps = (
            {"expired_at": batch["expires_at"]}
            if status == "expired"
            else {"cancelling_at": stamp, "cancelled_at": stamp}
        )
        batch.update(status=status, **stamps, **self._files(batch, run, files))

    @staticmethod
    def _count(batch: dict[str, Any], run: _Run) -> None:
        counts = batch["request_counts"]
        batch["request_counts"] = {
            **counts,
            "completed": len(run.output),
            "failed": len(run.errors),
        }

    @staticmethod
    def _files(batch: Mapping[str, Any], run: _Run, files: EndpointStore) -> dict[str, Any]:
        """Write the output and error files (each only if it has a line) and forget the run's
        results, which now live in the files."""
        ids: dict[str, Any] = {}
        for key, kind, lines in (
            ("output_file_id", "output", run.output),
            ("error_file_id", "error", run.errors),
        ):
            if lines:
                name = f"{batch['id']}_{kind}.jsonl"
                ids[key] = files.add_file(name, "batch_output", b"".join(lines))["id"]
        run.requests, run.output, run.errors = [], [], []
        return ids


def _lines(content: bytes) -> list[bytes]:
    return [line for line in content.splitlines() if line.strip()]


def _error(
    code: str, message: str, *, line: int | None = None, param: str | None = None
) -> dict[str, Any]:
    return {"code": code, "message": message, "param": param, "line": line}


def _create_problem(body: Mapping[str, Any]) -> Reply | None:
    for name in ("input_file_id", "endpoint", "completion_window"):
        if not isinstance(body.get(name), str):
            return invalid(
                f"Missing required parameter: '{name}'.",
                param=name,
                code="missing_required_parameter",
            )
    if body["endpoint"] not in BATCH_ENDPOINTS:
        return invalid(
            f"Invalid 'endpoint': {body['endpoint']!r}; expected one of {list(BATCH_ENDPOINTS)}.",
            param="endpoint",
        )
    if body["completion_window"] != "24h":
        return invalid(
            "Invalid 'completion_window': only '24h' is supported.", param="completion_window"
        )
    return metadata_problem(body.get("metadata"))


def _parse(lines: list[bytes], endpoint: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The requests of a batch input file, and what the API's validation says of it: one
    error per bad line (a batch with any is refused whole)."""
    requests: list[dict[str, Any]] = []
    errors: list[dict[str, Any]] = []
    seen: set[str] = set()

    def error(code: str, message: str, line: int, param: str | None = None) -> None:
        errors.append(_error(code, message, line=line, param=param))

    if not lines:
        error("empty_file", "The input file has no requests.", 1)
    for number, raw in enumerate(lines, start=1):
        try:
            request = json.loads(raw)
        except ValueError:
            error("invalid_json_line", f"Line {number} is not valid JSON.", number)
            continue
        if not isinstance(request, dict):
            error("invalid_json_line", f"Line {number} is not a JSON object.", number)
            continue
        requests.append(request)
        custom_id = request.get("custom_id")
        if not isinstance(custom_id, str):
            error("missing_required_parameter", "Missing 'custom_id'.", number, "custom_id")
        elif custom_id in seen:
            error("duplicate_custom_id", f"Duplicate custom_id {custom_id!r}.", number, "custom_id")
        else:
            seen.add(custom_id)
        if request.get("method") != "POST":
            error("invalid_method", "Only POST requests can be batched.", number, "method")
        if request.get("url") != endpoint:
            error(
                "mismatched_endpoint",
                f"The url {request.get('url')!r} does not match the batch endpoint {endpoint!r}.",
                number,
                "url",
            )
        if "body" in request and not isinstance(request["body"], dict):
            error("invalid_request", "The request 'body' must be a JSON object.", number, "body")
    return requests, errors
