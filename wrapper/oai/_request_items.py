"""Many requests for one endpoint, without I/O: each checked as its direct call checks it.

`run_batch` (the Batch API) and `map` (many direct calls at once) take the same input: an
iterable of request bodies, or of `(custom_id, body)` pairs. `request_items` reads it lazily,
one item at a time (a generator of millions is never held), and checks each body by building
the very `PreparedCall` the direct method would send, so a field the API does not define, a
missing `messages` or a `stream: true` fails here, with the error type the direct call raises
and the item's place in the input, before anything is sent. What comes back per item is the
typed model or a `RequestError`, reported rather than raised so that one bad request does not
cost the answers of the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from ._config import DEFAULT_MODEL

if TYPE_CHECKING:
    from ._calls import PreparedCall
    from ._operations import Operation
    from ._results import ErrorValue

__all__ = [
    "AUTO_ID_PREFIX",
    "ENDPOINTS",
    "ItemResult",
    "RequestError",
    "RequestItem",
    "answer_operation",
    "check_endpoint",
    "prepared_call",
    "progress_hook",
    "request_error",
    "request_items",
]

ENDPOINTS = (
    "/v1/chat/completions",
    "/v1/responses",
    "/v1/embeddings",
    "/v1/completions",
    "/v1/moderations",
)
"""The endpoints the Batch API runs requests against (and so the ones `map` takes)."""

AUTO_ID_PREFIX = "request-"
"""Bodies given without an id are `request-<index>`; ids and bare bodies are not mixed, so a
given id can never take the place of a made one."""

RETRYABLE_CODES = frozenset({"batch_expired", "batch_cancelled", "batch_failed"})
"""Codes of requests that never ran (their batch ended first): sending them again is safe."""


class RequestItem(NamedTuple):
    """One request of many: its place in the input, its id, and its checked JSON body."""

    index: int  # type: ignore[assignment]  # the item's place, in place of tuple's method
    custom_id: str
    body: dict[str, Any]


class RequestError(NamedTuple):
    """One request that did not give an answer, reported in its place among the results.

    `status` is the HTTP status the request got (None when it never got one: its batch
    expired, was cancelled or failed validation, or the connection failed); `code`, `type`
    and `message` are the API's. `retryable` says that sending the same body again may well
    succeed: it never ran, or was refused for the moment (429, 5xx) after the retries.
    (A NamedTuple, as the wrapper's records are: `import oai` loads no attrs.)
    """

    index: int  # type: ignore[assignment]  # the request's place, in place of tuple's method
    custom_id: str
    status: int | None
    code: str | None
    message: str
    type: str | None = None
    retryable: bool = False

    def __str__(self) -> str:
        status = "" if self.status is None else f"{self.status} "
        code = "" if self.code is None else f" ({self.code})"
        return f"request {self.index} ({self.custom_id!r}): {status}{self.message}{code}"


class ItemResult(NamedTuple):
    """What a request of many came to: the endpoint's typed model, or a `RequestError`.

    With results in completion order (`ordered=False`) `index` and `custom_id` say which
    request this answers.
    """

    index: int  # type: ignore[assignment]  # as for RequestError
    custom_id: str
    value: Any

    @property
    def ok(self) -> bool:
        return not isinstance(self.value, RequestError)


def progress_hook(
    progress: object, label: str, counts: Callable[[Any], tuple[int, int | None]]
) -> Callable[[Any], object] | None:
    """What `progress=` of `run_batch` and `map` calls with each progress record: the caller's
    callable, or for `True` a display on stderr (`_cli_progress.CountDisplay`) of the requests
    `counts` says are finished, of the total."""
    if progress is None or progress is False:
        return None
    if progress is True:
        from ._cli_progress import CountDisplay

        display = CountDisplay(label)
        return lambda record: display(*counts(record))
    if not callable(progress):
        raise TypeError(f"progress must be callable or True, got {type(progress).__name__}")
    return progress


def retryable_status(status: int | None) -> bool:
    """A status worth another try later: rate limited, or the server's own failure."""
    return status is not None and (status == 429 or status >= 500)


def request_error(
    index: int,
    custom_id: str,
    status: int | None,
    error: ErrorValue | Mapping[str, Any] | None,
    *,
    retryable: bool | None = None,
) -> RequestError:
    """A `RequestError` from what the server said: an `ErrorResponse` (a direct call's error
    value), the plain text of an answer that was not JSON, or an error's JSON (`{"code",
    "message", "type"}`, as batch output and error files carry it). `retryable` defaults to
    what the status and code say."""
    if error is None:
        fields: Mapping[str, Any] = {}
    elif isinstance(error, str):
        fields = {"message": error}
    elif isinstance(error, Mapping):
        inner = error.get("error")
        fields = inner if isinstance(inner, Mapping) else error
    else:  # ErrorResponse: its `error` is the generated Error model
        inner = getattr(error, "error", None)
        fields = {
            "code": getattr(inner, "code", None),
            "message": getattr(inner, "message", None),
            "type": getattr(inner, "type_", None),  # the generator's name for `type`
        }
    code = fields.get("code")
    code = None if code is None else str(code)
    if retryable is None:
        retryable = retryable_status(status) or code in RETRYABLE_CODES
    return RequestError(
        index,
        custom_id,
        status,
        code,
        str(fields.get("message") or f"request failed with status {status}"),
        fields.get("type"),
        retryable,
    )


def check_endpoint(endpoint: object) -> str:
    """One of `ENDPOINTS` (also without its `/v1`), as the Batch API spells it."""
    if isinstance(endpoint, str):
        spelled = endpoint if endpoint.startswith("/v1/") else "/v1/" + endpoint.lstrip("/")
        if spelled in ENDPOINTS:
            return spelled
    raise ValueError(f"endpoint must be one of {', '.join(ENDPOINTS)}; got {endpoint!r:.80}")


def _chat(body: dict[str, Any], default_model: str) -> PreparedCall[Any]:
    from ._calls import chat
    from ._chat import raw_chunks

    messages = _positional(body, "messages", "chat")
    return chat(messages, None, None, body, raw_chunks, default_model=default_model)


def _responses(body: dict[str, Any], default_model: str) -> PreparedCall[Any]:
    from ._calls import create_response
    from ._responses import raw_events

    given = _positional(body, "input", "create_response")
    return create_response(given, None, None, body, raw_events, default_model=default_model)


def _embeddings(body: dict[str, Any], default_model: str) -> PreparedCall[Any]:
    from ._calls import embedding

    return embedding(_positional(body, "input", "embedding"), None, body)


def _completions(body: dict[str, Any], default_model: str) -> PreparedCall[Any]:
    from ._calls import completion

    return completion(_positional(body, "prompt", "completion"), None, body)


def _moderations(body: dict[str, Any], default_model: str) -> PreparedCall[Any]:
    from ._calls import moderation

    return moderation(_positional(body, "input", "moderation"), None, body)


def _positional(body: dict[str, Any], name: str, method: str) -> Any:
    """Take out the field the direct method takes as its argument; it cannot be left out."""
    if name not in body:
        raise TypeError(f"{method}() needs {name}: the body has no {name!r} field")
    return body.pop(name)


_BUILDERS: Mapping[str, Callable[[dict[str, Any], str], PreparedCall[Any]]] = {
    "/v1/chat/completions": _chat,
    "/v1/responses": _responses,
    "/v1/embeddings": _embeddings,
    "/v1/completions": _completions,
    "/v1/moderations": _moderations,
}


def answer_operation(endpoint: str) -> Operation[Any]:
    """What reads an endpoint's 2xx answer (a batch output line's `body`) into its model."""
    from . import _operations as operations

    answers: dict[str, Operation[Any]] = {
        "/v1/chat/completions": operations.CREATE_CHAT_COMPLETION,
        "/v1/responses": operations.CREATE_RESPONSE,
        "/v1/embeddings": operations.CREATE_EMBEDDING,
        "/v1/completions": operations.CREATE_COMPLETION,
        "/v1/moderations": operations.CREATE_MODERATION,
    }
    return answers[check_endpoint(endpoint)]


def prepared_call(
    endpoint: str, body: object, *, default_model: str = DEFAULT_MODEL
) -> PreparedCall[Any]:
    """The call the direct method makes for `body` (`create_chat_completion(**body)`, ...).

    Its `args["body"]` is the checked JSON body, and its `operation.parse` reads a 2xx answer
    (or a batch output line's `body`) into the endpoint's typed model. `default_model` fills a
    chat or Responses body without `model`, as the client's default does for a direct call.
    """
    if not isinstance(body, Mapping):
        raise TypeError(f"a request body must be a dict of fields, got {type(body).__name__}")
    return _BUILDERS[check_endpoint(endpoint)](dict(body), default_model)


def request_items(
    requests: Iterable[object], endpoint: str, *, default_model: str = DEFAULT_MODEL
) -> Iterator[RequestItem]:
    """Each request, numbered, with its id and checked body, read as it is asked for.

    Elements are all bodies (dicts; ids `request-0`, `request-1`, ...) or all `(custom_id,
    body)` pairs, whose ids must be non-empty strings, each used once (the ids seen are kept,
    one string per pair). A bad element raises the error its direct call would, naming its
    index and id; nothing before it is taken back, so check everything before sending any.
    """
    endpoint = check_endpoint(endpoint)
    if isinstance(requests, (str, bytes, Mapping)) or not isinstance(requests, Iterable):
        raise TypeError(
            "requests must be an iterable of bodies or (custom_id, body) pairs,"
            f" got {type(requests).__name__}"
        )
    paired: bool | None = None
    seen: set[str] = set()
    for index, element in enumerate(requests):
        pair = isinstance(element, tuple)
        if paired is None:
            paired = pair
        elif pair != paired:
            raise TypeError(
                f"request {index}: requests are either all bodies or all (custom_id, body)"
                f" pairs; this one is {'a pair' if pair else 'a body'}, the first was not"
            )
        if isinstance(element, tuple):
            custom_id, body = _pair(index, element)
            if custom_id in seen:
                raise ValueError(f"request {index}: custom_id {custom_id!r} is used twice")
            seen.add(custom_id)
        else:
            custom_id, body = f"{AUTO_ID_PREFIX}{index}", element
        try:
            call = prepared_call(endpoint, body, default_model=default_model)
        except (TypeError, ValueError) as exc:
            raise type(exc)(f"request {index} ({custom_id!r}): {exc}") from exc
        yield RequestItem(index, custom_id, call.args["body"])


def _pair(index: int, element: tuple[object, ...]) -> tuple[str, object]:
    if len(element) != 2:
        raise TypeError(f"request {index}: a pair is (custom_id, body), got {len(element)} items")
    custom_id, body = element
    if not isinstance(custom_id, str) or not custom_id:
        raise TypeError(
            f"request {index}: custom_id must be a non-empty string, got {custom_id!r:.80}"
        )
    return custom_id, body
