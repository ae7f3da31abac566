"""The stateful built-in endpoints' shared ground: uploaded files, kept per server.

Files uploaded to the fake can be listed, fetched, read back and deleted; batches
(``_batches``), vector stores and fine-tuning jobs build on them. Lists page the way the API's
do (``limit`` and an ``after`` cursor, answered with ``has_more``, ``first_id`` and
``last_id``), so client code that walks pages is exercised for real. Nothing depends on the
clock: ``created_at`` counts up from a fixed instant, one second per object.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from ._chat import CREATED
from ._forms import Form, invalid, read_form
from ._replies import Reply
from ._request import RecordedRequest

__all__ = [
    "FILE_PURPOSES",
    "KEPT_CONTENT_LIMIT",
    "EndpointStore",
    "metadata_problem",
    "page_of",
    "poll_headers",
]

#: The ``purpose`` values ``POST /v1/files`` accepts.
FILE_PURPOSES = ("assistants", "batch", "evals", "fine-tune", "user_data", "vision")
_FILE_LIST_LIMIT = (10_000, 10_000)  # (default, maximum)
#: A file bigger than this (one assembled from a large upload) is kept without its content.
KEPT_CONTENT_LIMIT = 64 * 1024 * 1024


class EndpointStore:
    """The files of one fake server. Thread-safe: requests arrive on many threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every file; ids and timestamps start again from 1."""
        with self._lock:
            self.files: dict[str, dict[str, Any]] = {}
            self.contents: dict[str, bytes] = {}
            self._count = 0

    def _next(self) -> int:
        self._count += 1
        return self._count

    def next_number(self) -> int:
        """The next number of the server's one sequence, for the stores that build on files:
        a batch made after a file has the higher id and the later ``created_at``."""
        with self._lock:
            return self._next()

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
