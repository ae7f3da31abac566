"""The stateful built-in endpoints: uploaded files and batches, kept per server.

Files uploaded to the fake can be listed, fetched, read back and deleted; a batch can be made
from an uploaded file, listed and cancelled. Lists page the way the API's do (``limit`` and an
``after`` cursor, answered with ``has_more``, ``first_id`` and ``last_id``), so client code that
walks pages is exercised for real. Nothing depends on the clock: ``created_at`` counts up from
a fixed instant, one second per object.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from ._chat import CREATED
from ._forms import Form, invalid, read_form, read_json
from ._replies import Reply
from ._request import RecordedRequest

__all__ = ["BATCH_ENDPOINTS", "FILE_PURPOSES", "EndpointStore", "page_of"]

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
            number = self._next()
            file_id = f"file-{number:04d}"
            created = CREATED + number
            self.files[file_id] = {
                "id": file_id,
                "object": "file",
                "bytes": len(upload.content),
                "created_at": created,
                "expires_at": created + seconds if seconds is not None else None,
                "filename": upload.filename,
                "purpose": purpose,
                "status": "processed",
                "status_details": None,
            }
            self.contents[file_id] = upload.content
            return Reply.json(self.files[file_id])

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
            content = self.contents.get(file_id)
        if content is None:
            return _no_such("File", file_id)
        return Reply.raw(content, content_type="application/octet-stream")

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

    def batch(self, batch_id: str) -> Reply:
        with self._lock:
            found = self.batches.get(batch_id)
        return Reply.json(found) if found is not None else _no_such("Batch", batch_id)

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
