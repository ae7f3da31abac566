"""Reading what an error answer's body says, whatever shape the server gave it.

OpenAI wraps every failure in `{"error": {"message", "type", "code", "param"}}`, but the servers
people point an OpenAI client at do not all follow: FastAPI servers answer `{"detail": ...}`,
mock servers such as Prism answer RFC 9457 `application/problem+json`, proxies such as LiteLLM
send a failed stream's error as a server-sent event, Gemini wraps the error in a list. One rule
reads them all into the OpenAI error object, so that a caller's `error.message` always says why.

This module is sans-I/O and imports only the standard library. It is written by hand and copied
into the generated package by `scripts/gen.py` (as `oai_api._error_bodies`), so that the
generated client (`types.error_json`) and the wrapper read error bodies by the same rule.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any, TypedDict

__all__ = ["ErrorFields", "error_document", "error_from_body"]

# A body that is JSON but says nothing we recognise is quoted as the message, up to this long.
QUOTE_LIMIT = 2000

# Location prefixes validators put before a field's name, which OpenAI's `param` leaves out.
_LOCATION_PARTS = {"body", "query", "path", "header", "headers", "cookie"}

_NOT_JSON: Any = object()  # what `_json` returns for text that is not JSON (`null` is JSON)


class ErrorFields(TypedDict):
    """An OpenAI error object: `message` always says something; the rest may be unknown."""

    message: str
    type: str | None
    code: str | None
    param: str | None


def error_from_body(content: bytes, content_type: str | None = None) -> ErrorFields | None:
    """The error an error answer's body describes, as an OpenAI error object.

    None when the body is neither JSON nor an event stream carrying JSON (an HTML page, plain
    text, nothing): then there is no error object to read, and the body's text is all there is.
    JSON of a shape we do not recognise is still an error object, its message quoting the JSON.
    """
    data = _json(content)
    if data is _NOT_JSON and _is_event_stream(content, content_type):
        data = _event_data(content)
    if data is _NOT_JSON:
        return None
    problem = "problem+json" in (content_type or "").lower()
    return _from_json(data, problem=problem) or _fields(_quote(data))


def error_document(content: bytes, content_type: str | None = None) -> dict[str, Any] | None:
    """The body as OpenAI's `{"error": {...}}`, ready for `ErrorResponse.from_dict`.

    The error object is what `error_from_body` reads, and the body's own keys stay beside it
    (`detail`, `validation`), so nothing the server said is lost. None when there is no error
    object to read (see `error_from_body`).
    """
    fields = error_from_body(content, content_type)
    if fields is None:
        return None
    data = _json(content)
    document = dict(data) if isinstance(data, Mapping) else {}
    given = document.get("error")
    document["error"] = {**(given if isinstance(given, Mapping) else {}), **fields}
    return document


# -- the shapes ---------------------------------------------------------------------------------


def _from_json(data: Any, *, problem: bool) -> ErrorFields | None:
    """The error a JSON value describes, or None when it is no shape we know."""
    if isinstance(data, str):
        return _fields(data) if data.strip() else None
    if isinstance(data, list):  # Gemini: `[{"error": {...}}]`
        return next((f for f in (_from_json(d, problem=problem) for d in data) if f), None)
    if not isinstance(data, Mapping):
        return None
    error = data.get("error")
    if isinstance(error, Mapping):
        return _from_error_object(error, data)
    if isinstance(error, str) and error.strip():  # `{"error": "model not found"}`
        return _from_error_object({"message": error}, data)
    if problem or isinstance(data.get("title"), str):
        return _from_problem(data)
    if data.get("detail"):
        return _from_detail(data["detail"])
    if _text(data.get("message")):  # an unwrapped error object, as some servers send
        return _from_error_object(data, {})
    return None


def _from_error_object(error: Mapping[str, Any], outer: Mapping[str, Any]) -> ErrorFields:
    """OpenAI's error object; a field it lacks may stand beside it (`{"error": "...", "type"}`)."""

    def field(name: str) -> str | None:
        return _text(error.get(name)) or _text(outer.get(name))

    message = field("message") or field("detail") or field("msg") or _quote(error)
    # Google's errors name their category `status` ("INVALID_ARGUMENT"), not `type`.
    status = error.get("status")
    kind = field("type") or (_text(status) if isinstance(status, str) else None)
    return _fields(message, type=kind, code=field("code"), param=field("param"))


def _from_problem(data: Mapping[str, Any]) -> ErrorFields:
    """RFC 9457 problem details: `title` and `detail`, and the reasons a validator lists.

    The reasons come right after the title, so that a long generic `detail` (Prism's is over 100
    characters) never pushes the part that says which field is wrong out of sight.
    """
    title, detail = _text(data.get("title")), _text(data.get("detail"))
    reasons = _reasons(data.get("validation") or data.get("errors") or data.get("invalid_params"))
    head = title or detail or _text(data.get("status")) or "error"
    message = head
    if reasons.lines:
        message += ": " + "; ".join(reasons.lines)
    if detail and detail != head:
        message += f" ({detail})" if reasons.lines else f": {detail}"
    kind = _text(data.get("type"))
    return _fields(message, type=None if kind == "about:blank" else kind, param=reasons.param)


def _from_detail(detail: Any) -> ErrorFields:
    """FastAPI's `detail`: a sentence, a list of `{loc, msg}` validation errors, or an object."""
    if isinstance(detail, Mapping):
        return _from_json(detail, problem=False) or _fields(_quote(detail))
    if isinstance(detail, list):
        reasons = _reasons(detail)
        if reasons.lines:
            return _fields("; ".join(reasons.lines), param=reasons.param)
    return _fields(_text(detail) or _quote(detail))


class _Reasons:
    """What a list of validation errors says: one line per error, and the field at fault when
    there is exactly one (OpenAI's `param` names one field)."""

    def __init__(self, lines: list[str], param: str | None) -> None:
        self.lines = lines
        self.param = param


def _reasons(items: Any) -> _Reasons:
    if not isinstance(items, list):
        return _Reasons([], None)
    lines: list[str] = []
    params: list[str | None] = []
    for item in items:
        if not isinstance(item, Mapping):
            if _text(item):
                lines.append(str(_text(item)))
                params.append(None)
            continue
        where = _location(item.get("loc", item.get("location", item.get("pointer"))))
        what = (
            _text(item.get("msg"))
            or _text(item.get("message"))
            or _text(item.get("detail"))
            or _text(item.get("reason"))
            or _quote(item)
        )
        lines.append(f"{where}: {what}" if where else what)
        params.append(_param(item.get("loc", item.get("location"))))
    return _Reasons(lines, params[0] if len(params) == 1 else None)


def _location(value: Any) -> str | None:
    """`["body", "messages", 0, "role"]` as `body.messages.0.role`; a string as it is."""
    if isinstance(value, str):
        return value or None
    if isinstance(value, Sequence) and value:
        return ".".join(str(part) for part in value)
    return None


def _param(value: Any) -> str | None:
    """The field a validation error's location names, without the `body`/`query` prefix."""
    if not isinstance(value, Sequence) or isinstance(value, str):
        return None
    parts = [str(part) for part in value]
    if parts and parts[0] in _LOCATION_PARTS:
        parts = parts[1:]
    return ".".join(parts) or None


# -- server-sent events -------------------------------------------------------------------------


def _is_event_stream(content: bytes, content_type: str | None) -> bool:
    """Labelled as a stream, or (proxies mislabel) starting like one."""
    if "text/event-stream" in (content_type or "").lower():
        return True
    return content.lstrip().startswith((b"data:", b"event:"))


def _event_data(content: bytes) -> Any:
    """The JSON of the first event that describes an error (or of the first JSON event)."""
    first: Any = _NOT_JSON
    text = content.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    for block in text.split("\n\n"):
        lines = [line[5:] for line in block.split("\n") if line.startswith("data:")]
        data = _json("\n".join(line[1:] if line.startswith(" ") else line for line in lines))
        if data is _NOT_JSON:
            continue
        if _from_json(data, problem=False) is not None:
            return data
        if first is _NOT_JSON:
            first = data
    return first


# -- small pieces -------------------------------------------------------------------------------


def _json(content: bytes | str) -> Any:
    try:
        return json.loads(content)
    except ValueError:
        return _NOT_JSON


def _fields(
    message: str, *, type: str | None = None, code: str | None = None, param: str | None = None
) -> ErrorFields:
    return ErrorFields(message=message, type=type, code=code, param=param)


def _text(value: Any) -> str | None:
    """A field as text: strings as they are, numbers as digits; nothing for empty or absent."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, (int, float)):
        return str(value)
    return _quote(value) if value else None


def _quote(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text if len(text) <= QUOTE_LIMIT else text[:QUOTE_LIMIT] + "..."
