"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

if TYPE_CHECKING:
    import httpx


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


strict_parsing: ContextVar[bool] = ContextVar("oai_api_strict_parsing", default=False)
"""True while a union tries its members strictly.

Generated models read responses tolerantly: a field value that does not parse as declared is
kept as it came. A union first looks for the member its data fits exactly, with this set: a
model then raises instead of keeping such a value, and only when no member fits exactly does
the union take the first one that fits tolerantly.
"""


def undeclared_body(response: "httpx.Response") -> Any:
    """The body of a response whose content the spec does not declare.

    The parsed JSON value when the response says it is JSON (a DELETE that answers
    `{"id": ..., "deleted": true}`), None when the body is empty, the raw bytes otherwise.
    """
    if not response.content:
        return None
    media_type = (
        response.headers.get("content-type", "").partition(";")[0].strip().lower()
    )
    if media_type == "application/json" or media_type.endswith("+json"):
        try:
            return response.json()
        except ValueError:
            pass
    return response.content


def error_json(response: "httpx.Response") -> Any:
    """An error answer's body as OpenAI's `{"error": {...}}`, whatever shape the server gave it.

    Compatible servers answer `{"detail": ...}`, problem+json, an SSE error event or an HTML
    page; read as they come, each would give an `ErrorResponse` with no message, or fail in
    `response.json()`. The body's own keys stay beside `error`, so nothing it said is lost.
    """
    from ._error_bodies import error_document

    document = error_document(response.content, response.headers.get("content-type"))
    if document is None:  # not JSON (an HTML page): its text is the message
        text = response.text.strip() or f"HTTP {response.status_code}"
        return {"error": {"message": text, "type": None, "code": None, "param": None}}
    return document


def query_params(params: dict[str, Any]) -> dict[str, Any]:
    """The query a request sends: unset and None values left out, objects written the way the
    OpenAI API reads them (`metadata[key]=value`, `effective_at[gt]=1`) instead of as a repr."""
    query: dict[str, Any] = {}

    def add(name: str, value: Any) -> None:
        if value is UNSET or value is None:
            return
        if isinstance(value, Mapping):
            for key, item in value.items():
                add(f"{name}[{key}]", item)
        else:
            query[name] = value

    for name, value in params.items():
        add(name, value)
    return query


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "error_json",
    "query_params",
    "strict_parsing",
    "undeclared_body",
]
