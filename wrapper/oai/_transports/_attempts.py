"""The retry loop's bookkeeping, with no I/O: what the sync and async retrying transports share.

`Attempts` counts one call's attempts and asks the `RetryPolicy` what to do after each; the
helpers decide which answers are read whole inside the loop and hold them in memory.
`SharedPool` is the connection-holding transport a client shares with its `with_options` copies.
"""

from __future__ import annotations

import logging
import os
from typing import Generic, TypeVar

import httpx

from .._retry_policy import Decision, RetryPolicy
from .._wire import add_header, header

logger = logging.getLogger("oai")

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

IDEMPOTENCY_HEADER = "Idempotency-Key"


def add_idempotency_key(request: httpx.Request) -> None:
    """Give a POST its key, once per call: every retry sends the same one. A caller's key wins."""
    if request.method == "POST" and header(request.headers, "idempotency-key") is None:
        add_header(request.headers, IDEMPOTENCY_HEADER, f"oai-{os.urandom(16).hex()}")


def reads_whole(response: httpx.Response) -> bool:
    """Error answers and JSON are read inside the retry loop; streams and files (JSON Lines
    included, which can be large) pass through as they arrive."""
    media_type = (header(response.headers, "content-type") or "").partition(";")[0]
    media_type = media_type.strip().lower()
    return response.status_code >= 400 or media_type == "application/json"


def settled(response: httpx.Response, raw: bytes) -> httpx.Response:
    """The response, its body (read off the wire, still undecoded) now held in memory.

    Only the stream is swapped: httpx reads and decodes it as it would have read the wire,
    without a second response object or a copy of the headers.
    """
    response.stream = httpx.ByteStream(raw)
    return response


def body_of(response: httpx.Response) -> bytes:
    """The decoded body of a response already in memory, read without consuming it."""
    try:
        return response.content
    except httpx.ResponseNotRead:
        pass
    if not isinstance(response.stream, httpx.ByteStream):
        return b""  # still on the wire: not ours to read
    raw = b"".join(response.stream)
    try:
        return httpx.Response(response.status_code, headers=response.headers, content=raw).content
    except httpx.DecodingError:
        return b""


class Attempts:
    """The bookkeeping of one call's attempts, shared by the sync and async loops."""

    __slots__ = ("last", "policy", "request", "retries")

    def __init__(self, policy: RetryPolicy, request: httpx.Request) -> None:
        self.policy = policy
        self.request = request
        self.retries = 0
        self.last: httpx.Response | Exception | None = None

    def after_response(self, response: httpx.Response) -> float | None:
        """The wait before the next attempt, or None to hand `response` up."""
        body = body_of(response) if response.status_code == 429 else b""
        decision = self.policy.after_response(
            self.retries, response.status_code, response.headers, body
        )
        return self._next(decision, response)

    def after_error(self, error: Exception) -> float | None:
        """The wait before the next attempt, or None to let `error` propagate."""
        return self._next(self.policy.after_error(self.retries, error), error)

    def give_up(self) -> httpx.Response:
        """The body was a one-shot stream and cannot be sent again: the last outcome stands."""
        if isinstance(self.last, Exception):
            raise self.last
        assert self.last is not None
        return self.last

    def _next(self, decision: Decision, outcome: httpx.Response | Exception) -> float | None:
        if not decision.retry:
            return None
        self.last = outcome
        self.retries += 1
        logger.info(
            "retrying %s %s in %.2f s (retry %d of %d): %s",
            self.request.method,
            self.request.url.path,
            decision.wait,
            self.retries,
            self.policy.max_retries,
            decision.reason,
        )
        return decision.wait


class SharedPool(Generic[TransportT]):
    """The transport holding a client's connections, shared with its `with_options` copies.

    `owned` says whether closing the client closes `transport` (not when it is the caller's
    http_client). Once the client closes, `closed` is set and its copies refuse to send, rather
    than quietly open connections nobody will close.
    """

    __slots__ = ("closed", "owned", "transport")
    transport: TransportT
    owned: bool
    closed: bool

    def __init__(self, transport: TransportT, owned: bool = True) -> None:
        self.transport = transport
        self.owned = owned
        self.closed = False

    def check_open(self) -> None:
        if self.closed:
            raise RuntimeError(
                "the client this one was made from with with_options() has been closed"
            )


__all__ = [
    "IDEMPOTENCY_HEADER",
    "Attempts",
    "SharedPool",
    "TransportT",
    "add_idempotency_key",
    "body_of",
    "reads_whole",
    "settled",
]
