"""Turning a complete HTTP answer into what the caller gets: a model, an error value or an error.

`(status, response)` methods use `read_result`; methods that return content raise `status_error`
first. Both read the body the same way, so a proxy's HTML page is described the same way too.
A 429 tells how long the server asked to wait either way: `RateLimitResponse.retry_after` or
`RateLimitError.retry_after`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias, TypedDict, TypeVar

import httpx

from ._exceptions import APIError, APIStatusError, status_error_class
from ._operations import Operation
from ._retry import retry_after as requested_wait

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
    retry_after: float | None = None,
) -> tuple[int, ModelT | ErrorValue]:
    """A 2xx parses into the operation's model; an error status into `ErrorResponse` or text."""
    if 200 <= status < 300:
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
    return status, read_error_value(content, status=status, retry_after=retry_after)


def read_error_value(
    content: bytes, *, status: int | None = None, retry_after: float | None = None
) -> ErrorValue:
    """The server's `{"error": ...}` as `ErrorResponse`; any other body as its text.

    A 429's error is a `RateLimitResponse` carrying `retry_after`.
    """
    data = _try_json(content)
    if isinstance(data, Mapping) and isinstance(data.get("error"), Mapping):
        from ._error_models import ErrorResponse, RateLimitResponse

        cls = RateLimitResponse if status == 429 else ErrorResponse
        try:
            value = cls.from_dict(data)
        except (KeyError, TypeError, ValueError):
            pass  # an error object of some other shape: the text says more than nothing
        else:
            if isinstance(value, RateLimitResponse):
                value.retry_after = retry_after
            return value
    return content.decode("utf-8", errors="replace")


def status_error(
    status: int,
    content: bytes,
    request_id: str | None = None,
    *,
    retry_after: float | None = None,
) -> APIStatusError:
    """The exception for an error status, carrying what the server said.

    A body that is not an API error (a proxy's HTML page, say) is quoted in the message, cut
    to its first 200 characters, rather than failing to parse.
    """
    data = _try_json(content)
    error = data.get("error") if isinstance(data, Mapping) else None
    cls = status_error_class(status)
    if isinstance(error, Mapping):
        message = str(error.get("message") or f"HTTP {status}")
        return cls(
            message,
            status=status,
            request_id=request_id,
            body=data,
            retry_after=retry_after,
            **error_details(error),
        )
    return cls(
        f"HTTP {status} with a body that is not an API error: {_preview(content)}",
        status=status,
        request_id=request_id,
        body=content.decode("utf-8", errors="replace"),
        retry_after=retry_after,
    )


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
    operation: Operation[ModelT], response: httpx.Response, *, raise_status: bool
) -> tuple[int, ModelT | ErrorValue]:
    """`read_result` for a response whose body has been read; optionally raising on errors."""
    request_id = response.headers.get("x-request-id")
    status = response.status_code
    wait = _requested_wait(response)
    if raise_status and status >= 400:
        raise status_error(status, response.content, request_id, retry_after=wait)
    return read_result(operation, status, response.content, request_id, retry_after=wait)


def error_value_from_response(response: httpx.Response) -> ErrorValue:
    """An error status's body, read as `result_from_response` reads it (a 429's wait included),
    for methods whose successful answer is content rather than a model."""
    return read_error_value(
        response.content, status=response.status_code, retry_after=_requested_wait(response)
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
        return json.loads(content)
    except ValueError:
        return None


def _preview(content: bytes, limit: int = 200) -> str:
    text = content[:limit].decode("utf-8", errors="replace")
    return repr(text + ("..." if len(content) > limit else "")) if content else "(empty body)"


def _text(value: Any) -> str | None:
    return None if value is None else str(value)
