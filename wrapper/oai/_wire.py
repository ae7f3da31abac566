"""What goes onto the wire and how its failures are named: the client's I/O policy, without I/O.

Bodies are encoded here rather than by httpx so that a value JSON cannot represent is reported
with the name of the field that holds it, before anything is sent. Transport failures become
`APITimeoutError`/`APIConnectionError` naming the request (never its headers).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import AbstractContextManager
from typing import Any

import httpx

from ._config import ClientConfig
from ._exceptions import APIConnectionError, APIError, APITimeoutError

__all__ = [
    "add_header",
    "adopt",
    "build_request",
    "describe",
    "encode_json",
    "encode_request",
    "header",
    "is_event_stream",
    "release",
    "translating_errors",
]


def header(headers: httpx.Headers, name: str) -> str | None:
    """The value of header `name` (given in lower case), or None; repeats joined as httpx joins.

    Every answer is asked for its content type and request id on its way up, and httpx's own
    `headers.get` costs as much as 12,000 instructions each time (the Mapping ABC, re-encoding
    the name, decoding every match): several of them come to a tenth of what a typed answer
    costs beyond raw httpx. So this reads the list of lowered names that httpx (pinned below
    0.29) keeps, and falls back to `get` should that list not be there.
    """
    try:
        items: list[tuple[bytes, bytes, bytes]] = headers._list
    except AttributeError:
        found: str | None = headers.get(name)
        return found
    key = name.encode("ascii")
    values = [value for _, lowered, value in items if lowered == key]
    if not values:
        return None
    return (values[0] if len(values) == 1 else b", ".join(values)).decode(headers.encoding)


def add_header(headers: httpx.Headers, name: str, value: str) -> None:
    """Add a header the caller has checked is absent (see `header`), without httpx's search for
    an earlier one to replace."""
    try:
        items: list[tuple[bytes, bytes, bytes]] = headers._list
    except AttributeError:
        headers[name] = value
        return
    raw = name.encode("ascii")
    items.append((raw, raw.lower(), value.encode(headers.encoding)))


def build_request(
    http: httpx.Client | httpx.AsyncClient, kwargs: Mapping[str, Any], config: ClientConfig
) -> httpx.Request:
    """The httpx request for a generated builder's kwargs (see `encode_request`).

    The builder's headers (a JSON body's `Content-Type`) are added to the request httpx built
    rather than handed to httpx: it merges request headers into the client's one at a time, at
    some 40,000 instructions a header, more than building the rest of the request costs.
    """
    arguments = encode_request(kwargs, config)
    headers: Mapping[str, Any] = arguments.pop("headers", None) or {}
    request = http.build_request(**arguments)
    for name, value in headers.items():
        if isinstance(value, str) and header(request.headers, name.lower()) is None:
            add_header(request.headers, name, value)
        else:
            request.headers[name] = value
    return request


def encode_request(kwargs: Mapping[str, Any], config: ClientConfig) -> dict[str, Any]:
    """Turn a generated builder's kwargs into `httpx` request arguments with a bytes body.

    The URL is made absolute here: httpx would otherwise parse the relative path and merge it
    with the client's base URL on every request, a second URL parse that costs more than the
    string concatenation that replaces it. The timeout is not passed: the httpx client was made
    with `config.timeout` (a `with_options` copy gets a client of its own), and one given per
    request is copied into a new `httpx.Timeout` each time.
    """
    request = dict(kwargs)
    request["url"] = config.base_url + request["url"]
    body = request.pop("json", None)
    if body is not None:
        request["content"] = encode_json(body)
    return request


# One encoder for every body: `json.dumps` with any setting of its own builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def encode_json(body: Any) -> bytes:
    try:
        text = _ENCODER.encode(body)
    except (TypeError, ValueError) as exc:
        raise _unencodable(body, exc) from None
    return text.encode()


def _unencodable(body: Any, exc: Exception) -> Exception:
    """Find the top-level field that JSON rejected, to name it in the error."""
    if isinstance(body, Mapping):
        for name, value in body.items():
            try:
                json.dumps(value, allow_nan=False)
            except (TypeError, ValueError) as inner:
                return type(exc)(f"request field {name!r} cannot be sent as JSON: {inner}")
    return type(exc)(f"the request body cannot be sent as JSON: {exc}")


def translating_errors(
    request: Mapping[str, Any], response: httpx.Response | None = None
) -> AbstractContextManager[None]:
    """Raise `APITimeoutError`/`APIConnectionError` for httpx's transport failures inside.

    Around the reading of a `response` that has arrived (a stream, a download), every error
    raised inside -- a broken connection, a `StreamError` -- carries its `x-request-id`, the
    handle the provider needs to look into what went wrong. `request` is the call's httpx
    arguments, which name it in the message (see `describe`).
    """
    return _Translating(request, response)


class _Translating:
    """`translating_errors`: a class, because every request enters one, and a generator's
    context manager costs several times as much; the message is written only on a failure."""

    __slots__ = ("request", "response")

    def __init__(self, request: Mapping[str, Any], response: httpx.Response | None) -> None:
        self.request = request
        self.response = response

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: object, exc: BaseException | None, traceback: object) -> None:
        if exc is None or not isinstance(exc, (httpx.TransportError, APIError)):
            return
        response = self.response
        request_id = header(response.headers, "x-request-id") if response is not None else None
        if isinstance(exc, APIError):
            if exc.request_id is None:
                exc.request_id = request_id
            return
        what = describe(self.request)
        if isinstance(exc, httpx.TimeoutException):
            raise APITimeoutError(
                f"{what} timed out ({type(exc).__name__})", request_id=request_id
            ) from exc
        detail = str(exc) or type(exc).__name__
        raise APIConnectionError(f"{what} failed: {detail}", request_id=request_id) from exc


def describe(kwargs: Mapping[str, Any]) -> str:
    """`POST /chat/completions`: how errors name a request (never with its headers)."""
    return f"{str(kwargs['method']).upper()} {kwargs['url']}"


def adopt(http: httpx.Client | httpx.AsyncClient, config: ClientConfig) -> None:
    """Point an httpx client at the API: base URL and headers, set once for every request."""
    http.base_url = httpx.URL(config.base_url + "/")
    http.headers.update(config.headers)


def is_event_stream(response: httpx.Response) -> bool:
    """A 2xx `text/event-stream`; an error status or a plain JSON answer is read whole instead."""
    content_type = header(response.headers, "content-type") or ""
    return response.is_success and content_type.startswith("text/event-stream")


_SPENT = httpx.ByteStream(b"")
"""What a closed answer's stream is replaced with: read already, it is never read again."""


def release(response: httpx.Response) -> None:
    """Let a closed answer go as soon as nothing holds it, rather than at the collector's next pass.

    httpx gives every answer a stream that points back at the answer (to set its `elapsed`
    on close), a cycle that only the garbage collector frees. In a burst of async requests
    that kept two to three times as many answers alive as were in flight (2.5 MB at 100
    at a time). Once the answer is closed its stream has done its work; everything a reader
    uses (`content`, `json()`, `elapsed`) is kept on the answer itself.
    """
    response.stream = _SPENT
