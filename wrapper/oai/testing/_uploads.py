"""The Uploads API of the fake: a file sent in parts, assembled into a File on completion.

This is what a client's ``upload_large_file`` has to get right and a single ``POST /files``
never shows: declaring the total size up front, sending parts (perhaps in parallel, perhaps
out of order), naming them in the right order at the end, and handling the refusals -- a size
that does not add up, an ``md5`` that does not match, a part sent after the upload was
cancelled or completed. The assembled file lands in the server's files store, so reading its
content back proves the parts were joined in the order the client asked for.

A client test may upload gigabytes. Parts of an upload declared above 64 MiB are therefore not
kept: the fake keeps their sizes and running SHA-256 and MD5 digests of the bytes in the order
they arrived, which is all a test needs to check what was sent; the resulting file has no
content to read back (its content endpoint answers 404 saying so).
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._chat import CREATED
from ._forms import invalid, read_form, read_json
from ._replies import Reply
from ._request import RecordedRequest
from ._store import KEPT_CONTENT_LIMIT, EndpointStore, _no_such

__all__ = ["MAX_PART_BYTES", "MAX_UPLOAD_BYTES", "UPLOAD_PURPOSES", "Received", "UploadStore"]

#: The ``purpose`` values ``POST /v1/uploads`` accepts.
UPLOAD_PURPOSES = ("assistants", "batch", "fine-tune", "vision")
#: The most one part may hold, and the most a whole upload may declare.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_UPLOAD_BYTES = 8 * 1024 * 1024 * 1024
_UPLOAD_LIFETIME = 60 * 60  # an upload expires an hour after it is created


@dataclass(frozen=True)
class Received:
    """What the fake received for one upload, for tests to assert on the client's parts."""

    part_ids: tuple[str, ...]
    """The parts' ids, in the order they arrived."""
    part_sizes: tuple[int, ...]
    """Each part's size in bytes, in the order they arrived."""
    sha256: str
    """Hex SHA-256 of every part's bytes joined in the order they arrived."""
    status: str
    """The upload's status: ``pending``, ``completed`` or ``cancelled``."""

    @property
    def total(self) -> int:
        """All bytes received, whether or not the completion used every part."""
        return sum(self.part_sizes)


@dataclass
class _Upload:
    public: dict[str, Any]
    keeps_content: bool
    expires_after: int | None
    parts: dict[str, bytes | None] = field(default_factory=dict)
    sizes: dict[str, int] = field(default_factory=dict)
    sha256: Any = field(default_factory=hashlib.sha256)
    md5: Any = field(default_factory=lambda: hashlib.md5(usedforsecurity=False))


class UploadStore:
    """The uploads of one fake server. Thread-safe: parts may arrive on many threads at once."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every upload; ids start again from 1."""
        with self._lock:
            self._uploads: dict[str, _Upload] = {}
            self._count = 0

    def _next(self) -> int:
        self._count += 1
        return self._count

    def received(self, upload_id: str) -> Received:
        """The parts the fake received for ``upload_id`` (raises ``KeyError`` if unknown)."""
        with self._lock:
            upload = self._uploads[upload_id]
            return Received(
                part_ids=tuple(upload.sizes),
                part_sizes=tuple(upload.sizes.values()),
                sha256=upload.sha256.hexdigest(),
                status=upload.public["status"],
            )

    # -- endpoints -----------------------------------------------------------------------------

    def create(self, request: RecordedRequest) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        problem = _create_problem(body)
        if problem is not None:
            return problem
        expires_after = _expires_after(body.get("expires_after"))
        if isinstance(expires_after, Reply):
            return expires_after
        with self._lock:
            number = self._next()
            created = CREATED + number
            upload = _Upload(
                public={
                    "id": f"upload_{number:04d}",
                    "object": "upload",
                    "bytes": body["bytes"],
                    "created_at": created,
                    "filename": body["filename"],
                    "purpose": body["purpose"],
                    "status": "pending",
                    "expires_at": created + _UPLOAD_LIFETIME,
                    "file": None,
                },
                keeps_content=body["bytes"] <= KEPT_CONTENT_LIMIT,
                expires_after=expires_after,
            )
            self._uploads[upload.public["id"]] = upload
            return Reply.json(upload.public)

    def add_part(self, upload_id: str, request: RecordedRequest) -> Reply:
        form = read_form(request)
        if isinstance(form, Reply):
            return form
        data = form.files.get("data")
        if data is None:
            return invalid("Missing required parameter: 'data'.", param="data")
        if len(data.content) > MAX_PART_BYTES:
            return invalid(
                f"Invalid 'data': a part may hold at most {MAX_PART_BYTES} bytes, "
                f"this one has {len(data.content)}.",
                param="data",
            )
        with self._lock:
            upload = self._uploads.get(upload_id)
            if upload is None:
                return _no_such("Upload", upload_id)
            refused = _not_pending(upload, "add a part to")
            if refused is not None:
                return refused
            number = self._next()
            part_id = f"part_{number:04d}"
            upload.parts[part_id] = data.content if upload.keeps_content else None
            upload.sizes[part_id] = len(data.content)
            upload.sha256.update(data.content)
            upload.md5.update(data.content)
            return Reply.json(
                {
                    "id": part_id,
                    "object": "upload.part",
                    "created_at": CREATED + number,
                    "upload_id": upload_id,
                }
            )

    def complete(self, upload_id: str, request: RecordedRequest, files: EndpointStore) -> Reply:
        """Join the named parts, in the order named, into a new file of ``files``."""
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        part_ids = body.get("part_ids")
        if not isinstance(part_ids, list) or not all(isinstance(p, str) for p in part_ids):
            return invalid(
                "Missing required parameter: 'part_ids' (an array of part ids).",
                param="part_ids",
                code="missing_required_parameter" if part_ids is None else None,
            )
        md5 = body.get("md5")
        if md5 is not None and not isinstance(md5, str):
            return invalid("Invalid 'md5': expected a string.", param="md5")
        with self._lock:
            upload = self._uploads.get(upload_id)
            if upload is None:
                return _no_such("Upload", upload_id)
            refused = _not_pending(upload, "complete")
            if refused is not None:
                return refused
            problem = _parts_problem(upload, part_ids, md5)
            if problem is not None:
                return problem
            content = (
                b"".join(part or b"" for part in (upload.parts[p] for p in part_ids))
                if upload.keeps_content
                else None
            )
            public = upload.public
            made = files.add_file(
                public["filename"],
                public["purpose"],
                content,
                size=public["bytes"],
                expires_after=upload.expires_after,
            )
            public.update(status="completed", file=made)
            # The bytes now live in the file; the upload keeps only their sizes and digests.
            upload.parts = dict.fromkeys(upload.parts)
            return Reply.json(public)

    def cancel(self, upload_id: str) -> Reply:
        with self._lock:
            upload = self._uploads.get(upload_id)
            if upload is None:
                return _no_such("Upload", upload_id)
            if upload.public["status"] == "completed":
                return Reply.error(
                    409,
                    f"Cannot cancel upload {upload_id}: it is already completed.",
                    type="invalid_request_error",
                )
            upload.public["status"] = "cancelled"
            upload.parts = dict.fromkeys(upload.parts)
            return Reply.json(upload.public)


def _create_problem(body: Mapping[str, Any]) -> Reply | None:
    for name in ("filename", "purpose", "bytes", "mime_type"):
        if name not in body:
            return invalid(
                f"Missing required parameter: '{name}'.",
                param=name,
                code="missing_required_parameter",
            )
    for name in ("filename", "mime_type"):
        if not isinstance(body[name], str) or not body[name]:
            return invalid(f"Invalid '{name}': expected a non-empty string.", param=name)
    if body["purpose"] not in UPLOAD_PURPOSES:
        return invalid(
            f"Invalid value for 'purpose': {body['purpose']!r}; "
            f"expected one of {list(UPLOAD_PURPOSES)}.",
            param="purpose",
        )
    size = body["bytes"]
    if not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_UPLOAD_BYTES:
        return invalid(
            f"Invalid 'bytes': expected an integer between 0 and {MAX_UPLOAD_BYTES}.",
            param="bytes",
        )
    unknown = sorted(set(body) - {"filename", "purpose", "bytes", "mime_type", "expires_after"})
    if unknown:
        return invalid(f"Unrecognized request argument supplied: {unknown[0]}", param=unknown[0])
    return None


def _expires_after(value: Any) -> int | Reply | None:
    if value is None:
        return None
    seconds = value.get("seconds") if isinstance(value, dict) else None
    if (
        not isinstance(value, dict)
        or value.get("anchor") != "created_at"
        or not isinstance(seconds, int)
        or isinstance(seconds, bool)
        or not 3600 <= seconds <= 2_592_000
    ):
        return invalid(
            "Invalid 'expires_after': expected anchor 'created_at' and 3600 to 2592000 seconds.",
            param="expires_after",
        )
    return seconds


def _not_pending(upload: _Upload, action: str) -> Reply | None:
    status = upload.public["status"]
    if status == "pending":
        return None
    return invalid(f"Cannot {action} upload {upload.public['id']}: its status is {status!r}.")


def _parts_problem(upload: _Upload, part_ids: list[str], md5: str | None) -> Reply | None:
    unknown = [p for p in part_ids if p not in upload.sizes]
    if unknown:
        return invalid(
            f"Invalid 'part_ids': {unknown[0]!r} is not a part of upload {upload.public['id']}.",
            param="part_ids",
        )
    if len(set(part_ids)) != len(part_ids):
        return invalid("Invalid 'part_ids': a part is named more than once.", param="part_ids")
    total = sum(upload.sizes[p] for p in part_ids)
    declared = upload.public["bytes"]
    if total != declared:
        return invalid(
            f"The parts add up to {total} bytes, but the upload was created with bytes={declared}.",
            param="bytes",
        )
    if md5 is None:
        return None
    if upload.keeps_content:
        joined = b"".join(upload.parts[p] or b"" for p in part_ids)
        digest = hashlib.md5(joined, usedforsecurity=False).hexdigest()
    elif part_ids == list(upload.sizes):
        digest = upload.md5.hexdigest()  # joined in arrival order, as the digest was kept
    else:
        return None  # parts kept as digests only, and named out of arrival order: unverifiable
    if md5.lower() != digest:
        return invalid(f"Invalid 'md5': the parts' MD5 is {digest}, not {md5}.", param="md5")
    return None
