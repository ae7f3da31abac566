"""Turning a complete HTTP answer into what the caller gets: a model, an error value or an error.

`(status, response)` methods use `read_result`; methods that return content raise `status_error`
first. Both read the body the same way, so a proxy's HTML page is described the same way too.
A 429 tells how long the server asked to wait either way: `RateLimitResponse.retry_after` or
`RateLimitError.retry_after`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict, TypeVar, cast

import httpx

from ._exceptions import APIError, APIStatusError, status_error_class
from ._json import loads
from ._operations import Operation
from ._retry_policy import retry_after as requested_wait
from ._version_hint import version_hint
from ._wire import header

if TYPE_CHECKING:
    from oai_api.models.error_response import ErrorResponse


ModelT = TypeVar("ModelT")
ErrorValue: TypeAlias = "ErrorResponse | str"


def read_result(
    operation: Operation[ModelT],
    status: int,
    content: bytes,
    request_id: str | None = None,
    *,
    content_type: str | None = None,
    retry_after: float | None = None,
) -> tuple[int, ModelT | ErrorValue]:
    """A 2xx parses into the operation's model; an error status into `ErrorResponse` or text.

    An operation whose spec declares no body for its success (`deleteResponse`) may answer
    with nothing at all: that is a success too, read as None.
    """
    if 200 <= status < 300:
        if operation.empty_success and not content.strip():
            return status, cast(ModelT, None)
        data = _json_object(operation, status, content, request_id)
        try:
            return status, operation.parse(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise APIError(
                f"{operation.name} answered {status} with JSON that does not fit its model:"
                f" {exc!r}",
                status=status,
                request_id=request_id,
                body=data,
            ) from exc
    return status, read_error_value(
        content, content_type=content_type, status=status, retry_after=retry_after
    )


def read_error_value(
    content: bytes,
    *,
    content_type: str | None = None,
    status: int | None = None,
    retry_after: float | None = None,
) -> ErrorValue:
    """What an error body says, as `ErrorResponse`; a body that is not JSON as its text.

    Whatever shape the JSON has (OpenAI's, FastAPI's `detail`, problem+json, an event stream's
    error event), `error.message` says why (see `_error_bodies`), and the body's own fields
    stay on the model: `response["detail"]`, `response.additional_properties`. A 429's error
    is a `RateLimitResponse` carrying `retry_after`.
    """
    from oai_api._error_bodies import error_document

    document = error_document(content, content_type)
    if document is None:
        return decode_body(content)
    from ._error_models import ErrorResponse, RateLimitResponse

    if status == 429:
        limited = RateLimitResponse.from_dict(document)
        limited.retry_after = retry_after
        return limited
    return ErrorResponse.from_dict(document)


def status_error(
    status: int,
    content: bytes,
    request_id: str | None = None,
    *,
    content_type: str | None = None,
    retry_after: float | None = None,
    base_url: str | None = None,
) -> APIStatusError:
    """The exception for an error status, carrying what the server said.

    The message is the body's reason in full, read as `read_error_value` reads it. A body that
    is not JSON (a proxy's HTML page, say) is quoted instead, cut to its first
    `PREVIEW_LIMIT` characters. A 404 from a base URL that names no API version says that
    `/v1` may be missing.
    """
    from oai_api._error_bodies import error_from_body

    fields = error_from_body(content, content_type)
    data = _try_json(content)
    body = data if fields is not None and data is not None else decode_body(content)
    if fields is None:
        message = f"HTTP {status} with a body that is not an API error: {_preview(content)}"
        details = ErrorDetails(type=None, code=None, param=None)
    else:
        message = fields["message"]
        details = ErrorDetails(type=fields["type"], code=fields["code"], param=fields["param"])
    hint = version_hint(base_url) if status == 404 else None
    if hint:
        message = f"{message} {hint}" if message.endswith(".") else f"{message}. {hint}"
    return status_error_class(status)(
        message,
        status=status,
        request_id=request_id,
        body=body,
        retry_after=retry_after,
        **details,
    )


def decode_body(content: bytes) -> str:
    """A body as text, whatever its bytes (an error should never fail to decode)."""
    return content.decode("utf-8", errors="replace")


class ErrorDetails(TypedDict):
    """The fields of an API error object that every `APIError` carries."""

    type: str | None
    code: str | None
    param: str | None


def error_details(error: Mapping[str, Any]) -> ErrorDetails:
    """The `type`, `code` and `param` of an API error object, as strings."""
    return ErrorDetails(
        type=_text(error.get("type")),
        code=_text(error.get("code")),
        param=_text(error.get("param")),
    )


def result_from_response(
    operation: Operation[ModelT],
    response: httpx.Response,
    *,
    raise_status: bool,
    base_url: str | None = None,
) -> tuple[int, ModelT | ErrorValue]:
    """`read_result` for a response whose body has been read; optionally raising on errors.

    `base_url` is the client's, for the hint a 404 gives when it lacks `/v1`.
    """
    status = response.status_code
    if 200 <= status < 300:  # the headers are read only for an error's sake
        try:
            return read_result(operation, status, response.content)
        except APIError as exc:
            exc.request_id = header(response.headers, "x-request-id")
            raise
    request_id = header(response.headers, "x-request-id")
    content_type = header(response.headers, "content-type")
    wait = _requested_wait(response)
    if raise_status and status >= 400:
        raise status_error(
            status,
            response.content,
            request_id,
            content_type=content_type,
            retry_after=wait,
            base_url=base_url,
        )
    return read_result(
        operation,
        status,
        response.content,
        request_id,
        content_type=content_type,
        retry_after=wait,
    )


def error_value_from_response(response: httpx.Response) -> ErrorValue:
    """An error status's body, read as `result_from_response` reads it (a 429's wait included),
    for methods whose successful answer is content rather than a model."""
    return read_error_value(
        response.content,
        content_type=header(response.headers, "content-type"),
        status=response.status_code,
        retry_after=_requested_wait(response),
    )


def _requested_wait(response: httpx.Response) -> float | None:
    """How long an error answer asked the caller to wait before trying again, if it said."""
    return requested_wait(response.headers) if response.status_code >= 400 else None


def _json_object(
    operation: Operation[Any], status: int, content: bytes, request_id: str | None
) -> Mapping[str, Any]:
    data = _try_json(content)
    if not isinstance(data, Mapping):
        raise APIError(
            f"{operation.name} answered {status} with a body that is not a JSON object:"
            f" {_preview(content)}",
            status=status,
            request_id=request_id,
        )
    missing = [key for key in operation.requires if key not in data]
    if missing:
        raise APIError(
            f"{operation.name} answered {status} without {', '.join(missing)}: {_preview(content)}",
            status=status,
            request_id=request_id,
            body=data,
        )
    return data


def _try_json(content: bytes) -> Any:
    try:
        return loads(content)
    except ValueError:
        return None


# How much of a body that is not an API error an exception quotes: enough for a proxy's page
# to say what it is, short enough not to flood a log with a whole HTML document.
PREVIEW_LIMIT = 1000


def _preview(content: bytes, limit: int = PREVIEW_LIMIT) -> str:
    text = content[:limit].decode("utf-8", errors="replace")
    return repr(text + ("..." if len(content) > limit else "")) if content else "(empty body)"


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


__all__ = [
    "PREVIEW_LIMIT",
    "ErrorDetails",
    "ErrorValue",
    "decode_body",
    "error_details",
    "error_value_from_response",
    "read_error_value",
    "read_result",
    "result_from_response",
    "status_error",
]
