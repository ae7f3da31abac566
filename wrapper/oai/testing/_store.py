"""The stateful built-in endpoints: uploaded files and batches, kept per server.

Files uploaded to the fake can be listed, fetched, read back and deleted; a batch can be made
from an uploaded file, listed and cancelled. Lists page the way the API's do (``limit`` and an
``after`` cursor, answered with ``has_more``, ``first_id`` and ``last_id``), so client code that
walks pages is exercised for real. Nothing depends on the clock: ``created_at`` counts up from
a fixed instant, one second per object.

A batch moves on by being watched, not by time passing: each read of it shows its state and
then takes it one step further (validating, in_progress, finalizing, completed), so a client's
``wait_for`` loop meets every intermediate state and its poll hint, in a known number of reads,
and ends by downloading a real output file. An input file whose lines the API would refuse
fails the batch at validation instead, with the per-line ``errors`` a client has to report.
"""

from __future__ import annotations

import hashlib
import json
import struct
import threading
from collections.abc import Mapping
from typing import Any

from ._chat import CREATED, reply_text_for
from ._forms import Form, invalid, read_form, read_json
from ._replies import Reply
from ._request import RecordedRequest

__all__ = [
    "BATCH_ENDPOINTS",
    "FILE_PURPOSES",
    "KEPT_CONTENT_LIMIT",
    "EndpointStore",
    "metadata_problem",
    "page_of",
    "poll_headers",
]

#: The ``purpose`` values ``POST /v1/files`` accepts.
FILE_PURPOSES = ("assistants", "batch", "evals", "fine-tune", "user_data", "vision")
#: The endpoints a batch may run requests against.
BATCH_ENDPOINTS = (
    "/v1/responses",
    "/v1/chat/completions",
    "/v1/embeddings",
    "/v1/completions",
    "/v1/moderations",
)
_BATCH_WINDOW = 24 * 60 * 60
_FILE_LIST_LIMIT = (10_000, 10_000)  # (default, maximum)
_BATCH_LIST_LIMIT = (20, 100)
#: A file bigger than this (one assembled from a large upload) is kept without its content.
KEPT_CONTENT_LIMIT = 64 * 1024 * 1024
_BATCH_FINAL = frozenset({"completed", "failed", "expired", "cancelled"})


class EndpointStore:
    """The files and batches of one fake server. Thread-safe: requests arrive on many threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every file and batch; ids and timestamps start again from 1."""
        with self._lock:
            self.files: dict[str, dict[str, Any]] = {}
            self.contents: dict[str, bytes] = {}
            self.batches: dict[str, dict[str, Any]] = {}
            self._count = 0

    def _next(self) -> int:
        self._count += 1
        return self._count

    # -- files ---------------------------------------------------------------------------------

    def upload_file(self, request: RecordedRequest) -> Reply:
        form = read_form(request)
        if isinstance(form, Reply):
            return form
        upload = form.files.get("file")
        if upload is None:
            return invalid("Missing required parameter: 'file'.", param="file")
        purpose = form.value("purpose")
        if purpose not in FILE_PURPOSES:
            return invalid(
                f"Invalid value for 'purpose': {purpose!r}; expected one of {list(FILE_PURPOSES)}.",
                param="purpose",
            )
        seconds = _expiry_seconds(form)
        if isinstance(seconds, Reply):
            return seconds
        with self._lock:
            return Reply.json(
                self._add_file(upload.filename, purpose, upload.content, None, seconds)
            )

    def list_files(self, request: RecordedRequest) -> Reply:
        purpose = request.query.get("purpose")
        order = request.query.get("order", "desc")
        if order not in ("asc", "desc"):
            return invalid(f"Invalid value for 'order': {order!r}.", param="order")
        with self._lock:
            files = [f for f in self.files.values() if purpose in (None, f["purpose"])]
        if order == "desc":
            files.reverse()
        return page_of(files, request.query, _FILE_LIST_LIMIT)

    def file(self, file_id: str) -> Reply:
        with self._lock:
            found = self.files.get(file_id)
        return Reply.json(found) if found is not None else _no_such("File", file_id)

    def delete_file(self, file_id: str) -> Reply:
        with self._lock:
            found = self.files.pop(file_id, None)
            self.contents.pop(file_id, None)
        if found is None:
            return _no_such("File", file_id)
        return Reply.json({"id": file_id, "object": "file", "deleted": True})

    def file_content(self, file_id: str) -> Reply:
        with self._lock:
            found = self.files.get(file_id)
            content = self.contents.get(file_id)
        if found is None:
            return _no_such("File", file_id)
        if content is None:
            return Reply.error(
                404,
                f"FakeOpenAI keeps no content for files above {KEPT_CONTENT_LIMIT} bytes "
                f"(64 MiB): {file_id} has {found['bytes']} bytes.",
                type="invalid_request_error",
                param="id",
            )
        return Reply.raw(content, content_type="application/octet-stream")

    def add_file(
        self,
        filename: str,
        purpose: str,
        content: bytes | None,
        *,
        size: int | None = None,
        expires_after: int | None = None,
    ) -> dict[str, Any]:
        """Store a file the server made itself (a batch's output, a completed upload, a
        fine-tuning result) and answer a copy of its ``File`` object.

        ``content=None`` keeps only the record, of ``size`` bytes: reading its content is then
        a 404 saying why. ``expires_after`` is a lifetime in seconds from creation.
        """
        with self._lock:
            return self._add_file(filename, purpose, content, size, expires_after)

    def lookup(self, file_id: str) -> tuple[dict[str, Any], bytes | None] | None:
        """A copy of the ``File`` object ``file_id`` and its content (None when the fake keeps
        none), or None when there is no such file; for the stores that build on files."""
        with self._lock:
            found = self.files.get(file_id)
            return None if found is None else (dict(found), self.contents.get(file_id))

    def _add_file(
        self,
        filename: str,
        purpose: str,
        content: bytes | None,
        size: int | None,
        expires_after: int | None,
    ) -> dict[str, Any]:
        number = self._next()
        file_id = f"file-{number:04d}"
        created = CREATED + number
        self.files[file_id] = {
            "id": file_id,
            "object": "file",
            "bytes": len(content) if content is not None else size or 0,
            "created_at": created,
            "expires_at": created + expires_after if expires_after is not None else None,
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
            "status_details": None,
        }
        if content is not None:
            self.contents[file_id] = content
        return dict(self.files[file_id])

    # -- batches -------------------------------------------------------------------------------

    def create_batch(self, request: RecordedRequest) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        problem = _batch_problem(body)
        if problem is not None:
            return problem
        input_file_id = body["input_file_id"]
        with self._lock:
            source = self.files.get(input_file_id)
            if source is None or source["purpose"] != "batch":
                return invalid(
                    f"Invalid 'input_file_id': {input_file_id!r} is not a file uploaded with "
                    "purpose 'batch'.",
                    param="input_file_id",
                )
            lines = [line for line in self.contents[input_file_id].splitlines() if line.strip()]
            number = self._next()
            batch_id = f"batch_{number:04d}"
            created = CREATED + number
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
                "expires_at": created + _BATCH_WINDOW,
                "finalizing_at": None,
                "completed_at": None,
                "failed_at": None,
                "expired_at": None,
                "cancelling_at": None,
                "cancelled_at": None,
                "request_counts": {"total": len(lines), "completed": 0, "failed": 0},
                "metadata": body.get("metadata"),
            }
            self.batches[batch_id] = batch
            return Reply.json(batch)

    def list_batches(self, request: RecordedRequest) -> Reply:
        with self._lock:
            batches = list(reversed(self.batches.values()))  # newest first
        return page_of(batches, request.query, _BATCH_LIST_LIMIT)

    def batch(self, batch_id: str, poll_after_ms: int | None = None) -> Reply:
        """The batch as it is now, then one step further along for the next read.

        A batch still working is answered with the ``openai-poll-after-ms`` hint.
        """
        with self._lock:
            found = self.batches.get(batch_id)
            if found is None:
                return _no_such("Batch", batch_id)
            reply = Reply.json(
                found, headers=poll_headers(poll_after_ms, found["status"] not in _BATCH_FINAL)
            )
            self._advance(found)
            return reply

    def _advance(self, batch: dict[str, Any]) -> None:
        status, created = batch["status"], batch["created_at"]
        if status == "validating":
            lines = self._batch_lines(batch)
            errors = _line_errors(lines, batch["endpoint"])
            if errors:
                batch.update(
                    status="failed",
                    failed_at=created + 1,
                    errors={"object": "list", "data": errors},
                )
            else:
                batch.update(status="in_progress", in_progress_at=created + 1)
        elif status == "in_progress":
            counts = batch["request_counts"]
            batch.update(
                status="finalizing",
                finalizing_at=created + 2,
                request_counts={**counts, "completed": counts["total"]},
            )
        elif status == "finalizing":
            output = self._batch_output(batch)
            batch.update(status="completed", completed_at=created + 3, output_file_id=output)

    def _batch_lines(self, batch: Mapping[str, Any]) -> list[bytes]:
        content = self.contents.get(batch["input_file_id"], b"")
        return [line for line in content.splitlines() if line.strip()]

    def _batch_output(self, batch: Mapping[str, Any]) -> str:
        """Write the output file of a batch that has run: one answer per input line."""
        results = []
        for index, line in enumerate(self._batch_lines(batch), start=1):
            request = json.loads(line)
            number = f"{batch['id'].removeprefix('batch_')}_{index:04d}"
            results.append(
                {
                    "id": f"batch_req_{number}",
                    "custom_id": request["custom_id"],
                    "response": {
                        "status_code": 200,
                        "request_id": f"req_batch_{number}",
                        "body": _batch_answer(request["url"], request.get("body") or {}, number),
                    },
                    "error": None,
                }
            )
        content = b"".join(json.dumps(result).encode() + b"\n" for result in results)
        name = f"{batch['id']}_output.jsonl"
        return str(self._add_file(name, "batch_output", content, None, None)["id"])

    def cancel_batch(self, batch_id: str) -> Reply:
        """Answers ``cancelling``, as the API does; later reads find the batch ``cancelled``."""
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
            stamp = found["created_at"] + 1
            found.update(status="cancelled", cancelling_at=stamp, cancelled_at=stamp)
            return Reply.json({**found, "status": "cancelling", "cancelled_at": None})


def page_of(
    items: list[dict[str, Any]], query: Mapping[str, str], limits: tuple[int, int]
) -> Reply:
    """One page of ``items`` (already in list order) after the ``after`` cursor.

    ``limits`` is ``(default, maximum)`` for the ``limit`` query parameter. Shared by every list
    endpoint of the fake (files, batches, response input items) so they all page alike.
    """
    default, maximum = limits
    raw_limit = query.get("limit", str(default))
    if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= maximum:
        return invalid(
            f"Invalid 'limit': expected an integer between 1 and {maximum}.", param="limit"
        )
    limit = int(raw_limit)
    start = 0
    after = query.get("after")
    if after is not None:
        ids = [item["id"] for item in items]
        if after not in ids:
            return invalid(
                f"Invalid 'after': no object with id {after!r} in this list.", param="after"
            )
        start = ids.index(after) + 1
    page = items[start : start + limit]
    return Reply.json(
        {
            "object": "list",
            "data": page,
            "first_id": page[0]["id"] if page else None,
            "last_id": page[-1]["id"] if page else None,
            "has_more": start + limit < len(items),
        }
    )


def poll_headers(poll_after_ms: int | None, working: bool) -> dict[str, str] | None:
    """The ``openai-poll-after-ms`` hint for a read of an object that is still ``working``;
    None (no header) once it is final, or when the server gives no hint."""
    if not working or poll_after_ms is None:
        return None
    return {"openai-poll-after-ms": str(poll_after_ms)}


def metadata_problem(value: Any, param: str = "metadata") -> Reply | None:
    """The 400 for ``metadata`` that is not up to 16 string keys (64 chars) and values (512)."""
    if value is None:
        return None
    if (
        not isinstance(value, dict)
        or len(value) > 16
        or not all(isinstance(k, str) and len(k) <= 64 for k in value)
        or not all(isinstance(v, str) and len(v) <= 512 for v in value.values())
    ):
        return invalid(
            f"Invalid '{param}': up to 16 string keys (at most 64 characters) with string "
            "values (at most 512 characters).",
            param=param,
        )
    return None


def _no_such(kind: str, object_id: str) -> Reply:
    return Reply.error(
        404, f"No such {kind} object: {object_id}", type="invalid_request_error", param="id"
    )


def _expiry_seconds(form: Form) -> int | Reply | None:
    """``expires_after[anchor]=created_at`` and ``expires_after[seconds]=N``, if sent."""
    anchor = form.value("expires_after[anchor]")
    seconds = form.value("expires_after[seconds]")
    if anchor is None and seconds is None:
        return None
    if anchor != "created_at" or seconds is None or not seconds.isdigit():
        return invalid(
            "Invalid 'expires_after': expected anchor 'created_at' and a number of seconds.",
            param="expires_after",
        )
    return int(seconds)


def _batch_problem(body: Mapping[str, Any]) -> Reply | None:
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
    return None


def _line_errors(lines: list[bytes], endpoint: str) -> list[dict[str, Any]]:
    """What the API's validation says of a batch input file: one error per bad line."""
    errors: list[dict[str, Any]] = []
    seen: set[str] = set()

    def error(code: str, message: str, line: int, param: str | None = None) -> None:
        errors.append({"code": code, "message": message, "param": param, "line": line})

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
    return errors


def _batch_answer(url: str, body: Mapping[str, Any], number: str) -> dict[str, Any]:
    """A plausible answer of ``url`` to ``body``, of that endpoint's shape; deterministic."""
    model = body.get("model") if isinstance(body.get("model"), str) else "gpt-4o-mini"
    if url == "/v1/embeddings":
        raw = body.get("input", "")
        inputs = raw if isinstance(raw, list) and raw and not isinstance(raw[0], int) else [raw]
        data = [
            {"object": "embedding", "index": index, "embedding": _vector(str(each))}
            for index, each in enumerate(inputs)
        ]
        tokens = sum(len(str(each).split()) for each in inputs)
        counted = {"prompt_tokens": tokens, "total_tokens": tokens}
        return {"object": "list", "data": data, "model": model, "usage": counted}
    if url == "/v1/moderations":
        return {"id": f"modr-batch-{number}", "model": model, "results": []}
    messages = body.get("messages")
    text = reply_text_for(messages if isinstance(messages, list) else [])
    if url == "/v1/responses":
        text = f"You said: {body['input']}" if isinstance(body.get("input"), str) else text
        usage: dict[str, Any] = {
            "input_tokens": 1,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": len(text.split()),
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 1 + len(text.split()),
        }
        return {
            "id": f"resp_batch_{number}",
            "object": "response",
            "created_at": CREATED,
            "status": "completed",
            "model": model,
            "output": [
                {
                    "type": "message",
                    "id": f"msg_batch_{number}",
                    "status": "completed",
                    "role": "assistant",
                    "content": [{"type": "output_text", "text": text, "annotations": []}],
                }
            ],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "error": None,
            "incomplete_details": None,
            "instructions": None,
            "metadata": {},
            "temperature": 1.0,
            "top_p": 1.0,
            "usage": usage,
        }
    tokens = len(text.split())
    usage = {"prompt_tokens": 1, "completion_tokens": tokens, "total_tokens": 1 + tokens}
    if url == "/v1/completions":
        choice = {"index": 0, "text": text, "logprobs": None, "finish_reason": "stop"}
        kind = "text_completion"
    else:
        message = {"role": "assistant", "content": text, "refusal": None}
        choice = {"index": 0, "message": message, "logprobs": None, "finish_reason": "stop"}
        kind = "chat.completion"
    return {
        "id": f"batch-{number}",
        "object": kind,
        "created": CREATED,
        "model": model,
        "choices": [choice],
        "usage": usage,
    }


def _vector(text: str, dimensions: int = 8) -> list[float]:
    """A short deterministic embedding, so output files stay small."""
    digest = hashlib.sha256(text.encode()).digest()
    return [(value - 32767.5) / 32767.5 for value in struct.unpack(">16H", digest)[:dimensions]]
