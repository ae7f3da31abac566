"""The errors the SDK raises, in one hierarchy under `OpenAIError`.

`(status, response)` methods such as `client.chat()` report HTTP error statuses as values; the
methods that return content (`ChatSession.send`, helpers) raise the `APIStatusError` subclass that
matches the status. Transport failures and broken streams raise in both styles, because there is
no status to return.
"""

from __future__ import annotations

from typing import Any


class OpenAIError(Exception):
    """Base class of every error raised by `oai`."""


class APIError(OpenAIError):
    """A request failed; carries what the server said about it, where it said anything.

    Messages never include request headers, so the API key cannot leak through an error.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.type = type
        self.code = code
        self.param = param
        self.request_id = request_id
        self.body = body

    def __str__(self) -> str:
        details = [f"status {self.status}" if self.status is not None else None]
        details += [f"{name} {value!r}" for name, value in self._labels() if value is not None]
        shown = ", ".join(d for d in details if d)
        return f"{self.message} ({shown})" if shown else self.message

    def _labels(self) -> list[tuple[str, str | None]]:
        return [
            ("type", self.type),
            ("code", self.code),
            ("param", self.param),
            ("request id", self.request_id),
        ]


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before the answer was complete."""


class APITimeoutError(APIConnectionError):
    """Connecting, sending or reading took longer than the configured timeout."""


class StreamError(APIError):
    """A streamed answer carried an error event, invalid data, or ended before `[DONE]`.

    Raised after the callback has received every valid event that came before the problem.
    """


class APIStatusError(APIError):
    """The server answered with an error status (4xx or 5xx).

    `retry_after` is the wait in seconds the server asked for (`retry-after-ms` or
    `Retry-After`), or None when it did not say.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        request_id: str | None = None,
        body: Any = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(
            message,
            status=status,
            type=type,
            code=code,
            param=param,
            request_id=request_id,
            body=body,
        )
        self.retry_after = retry_after

    def __str__(self) -> str:
        text = super().__str__()
        return text if self.retry_after is None else f"{text}; retry after {self.retry_after:g} s"


class BadRequestError(APIStatusError):
    """400: the server rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or revoked."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not use this resource."""


class NotFoundError(APIStatusError):
    """404: no such resource (or no such model for this key)."""


class ConflictError(APIStatusError):
    """409: the resource is in a state that conflicts with the request."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests, or the quota is used up (`code` "insufficient_quota").

    Raised without retrying when the server asks for a longer wait than a retry may take;
    `retry_after` says how long, so the caller can decide.
    """


class InternalServerError(APIStatusError):
    """5xx: the server failed; usually worth retrying later."""


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status: int) -> type[APIStatusError]:
    """The most specific `APIStatusError` subclass for an HTTP status."""
    if status >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status, APIStatusError)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "StreamError",
    "UnprocessableEntityError",
    "status_error_class",
]
