"""Reading request bodies for the built-in endpoints: JSON, multipart forms, and the 400s.

The multipart reader is written out by hand (the standard library no longer has one for forms)
and is exact about bytes: a file's content comes back byte for byte, whatever it contains.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ._replies import Reply
from ._request import RecordedRequest

__all__ = ["Form", "FormFile", "invalid", "read_form", "read_json"]

_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))')


def invalid(message: str, *, param: str | None = None, code: str | None = None) -> Reply:
    """A ``400 invalid_request_error``, the answer to every malformed request."""
    return Reply.error(400, message, type="invalid_request_error", param=param, code=code)


def read_json(request: RecordedRequest) -> dict[str, Any] | Reply:
    """The body as a JSON object, or the 400 that says why it is not one."""
    try:
        body = request.json()
    except ValueError:
        return invalid("We could not parse the JSON body of your request.")
    if not isinstance(body, dict):
        return invalid("The request body must be a JSON object.")
    return body


@dataclass(frozen=True)
class FormFile:
    """A file part of a form: the name the client gave it, its content type and bytes."""

    filename: str
    content_type: str
    content: bytes


@dataclass(frozen=True)
class Form:
    """A multipart form: text fields (every value, in order, per name) and file parts."""

    fields: Mapping[str, list[str]] = field(default_factory=dict)
    files: Mapping[str, FormFile] = field(default_factory=dict)

    def value(self, name: str) -> str | None:
        """The last value sent for ``name``, as servers read a repeated plain field."""
        values = self.fields.get(name)
        return values[-1] if values else None

    def values(self, name: str) -> list[str]:
        """Every value of the array field ``name`` (sent as ``name[]``)."""
        return list(self.fields.get(name + "[]", ()))


def read_form(request: RecordedRequest) -> Form | Reply:
    """The body as a ``multipart/form-data`` form, or the 400 that says why it is not one."""
    content_type = request.headers.get("content-type", "")
    if not content_type.lower().startswith("multipart/form-data"):
        return invalid(
            f"This endpoint expects multipart/form-data, not {content_type or 'no content type'!r}."
        )
    boundary = _params(content_type).get("boundary")
    if not boundary:
        return invalid("The multipart/form-data content type has no boundary.")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    sections = (b"\r\n" + request.body).split(delimiter)
    if len(sections) < 2 or not sections[-1].startswith(b"--"):
        return invalid("The multipart body is not terminated by its closing boundary.")
    fields: dict[str, list[str]] = {}
    files: dict[str, FormFile] = {}
    for section in sections[1:-1]:
        head, sep, content = section.partition(b"\r\n\r\n")
        if not sep:
            return invalid("A part of the multipart body has no header section.")
        headers = _headers(head)
        disposition = _params(headers.get("content-disposition", ""))
        name = disposition.get("name")
        if name is None:
            return invalid("A part of the multipart body has no name.")
        if "filename" in disposition:
            files[name] = FormFile(
                filename=disposition["filename"],
                content_type=headers.get("content-type", "application/octet-stream"),
                content=content,
            )
        else:
            fields.setdefault(name, []).append(content.decode("utf-8", errors="replace"))
    return Form(fields, files)


def _headers(head: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in head.decode("utf-8", errors="replace").split("\r\n"):
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
    return headers


def _params(header: str) -> dict[str, str]:
    """``form-data; name="file"; filename="a.mp3"`` -> ``{"name": "file", ...}``.

    Browsers and httpx write a quote inside a quoted value as ``%22``; that is undone too.
    """
    params: dict[str, str] = {}
    for match in _PARAM.finditer(header):
        quoted, bare = match.group(2), match.group(3)
        if quoted is not None:
            value = re.sub(r"\\(.)", r"\1", quoted).replace("%22", '"')
        else:
            value = unquote(bare or "")
        params[match.group(1).lower()] = value
    return params
