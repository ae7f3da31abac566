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


class OutputParseError(OpenAIError):
    """A structured answer could not be read into the type that was asked for.

    `reason` says why: "length" or "content_filter" (the reply was cut short, so its JSON is
    incomplete), "invalid_json", or "mismatch" (valid JSON that does not fit the type, with
    `field` the path of the offending value). `text` is the reply as it came, so nothing the
    model wrote is lost; `response` is the whole completion or response.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        text: str | None = None,
        field: str | None = None,
        response: Any = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
        self.text = text
        self.field = field
        self.response = response


class RefusalError(OpenAIError):
    """The model refused to answer in the structured form asked for; `refusal` is its text.

    A session raises it rather than return None where an instance was promised; its history is
    left as it was. `response` is the whole completion or response.
    """

    def __init__(self, refusal: str, *, response: Any = None) -> None:
        super().__init__(f"the model refused: {refusal}")
        self.refusal = refusal
        self.response = response


class ToolCallError(OpenAIError):
    """A tool call could not be run: no tool has its name, or its arguments do not fit.

    Raised only with `on_tool_error="raise"`; by default the problem goes back to the model as
    the call's result, so it can correct itself. `name` and `arguments` are the call's.
    """

    def __init__(self, message: str, *, name: str, arguments: str) -> None:
        super().__init__(message)
        self.message = message
        self.name = name
        self.arguments = arguments


class ToolLoopError(OpenAIError):
    """`run()` reached `max_steps` requests and the model still asked for tools.

    The history keeps every complete step (each tool call with its result), so calling `run()`
    or `generate_response()` again continues from there. `steps` is how many were made.
    """

    def __init__(self, message: str, *, steps: int) -> None:
        super().__init__(message)
        self.message = message
        self.steps = steps


class WaitTimeout(OpenAIError):
    """A `wait_for_*` call ran out of time before the object reached a final state.

    Nothing was cancelled: the work goes on at the server, and `last` (the last state read,
    the generated model) says where it stood, so a caller can wait again or cancel it.
    """

    def __init__(self, message: str, *, last: Any) -> None:
        super().__init__(message)
        self.message = message
        self.last = last


class WebhookVerificationError(OpenAIError):
    """A webhook request is not proof of an event from OpenAI: its signature is missing or
    wrong, its timestamp is outside the tolerance, or its body is not a known event. The
    message says which; it never includes the secret."""


class SessionStoreError(OpenAIError):
    """A session could not be saved or loaded: the file or database, the conversation asked
    for, or what it holds is not what `save`/`load` need. The message names the problem; a
    save that raises has written nothing."""


class SessionNotFoundError(SessionStoreError, KeyError):
    """No saved conversation has the id asked for (a `KeyError` too, as a missing key is)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


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
    "OutputParseError",
    "PermissionDeniedError",
    "RateLimitError",
    "RefusalError",
    "SessionNotFoundError",
    "SessionStoreError",
    "StreamError",
    "ToolCallError",
    "ToolLoopError",
    "UnprocessableEntityError",
    "WaitTimeout",
    "WebhookVerificationError",
    "status_error_class",
]
