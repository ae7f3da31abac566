"""The httpx transports under every client: retries, idempotency keys, and a caller's http_client.

`RetryingTransport` (and its async twin) sits between an `httpx.Client` and the transport that
owns the connections. Because both the wrapper and the generated client (`client.api`) send
through that `httpx.Client`, both get the same retries. The rules live in `RetryPolicy`; this
module only carries them out.

A retry happens inside the transport, before any response is handed up. So a streamed answer
is retried only while nothing of it has reached the caller; once its headers are handed up, a
failure in the middle of the body is the caller's to see, never retried. Error responses and
JSON bodies are read whole here, inside the loop, which also makes a connection lost halfway
through a JSON answer retryable, and returns the connection to the pool before the wait.
"""

from __future__ import annotations

import logging
import os
import urllib.request
from typing import Generic, TypeVar

import attrs
import httpx

from ._retry import Decision, RetryPolicy

logger = logging.getLogger("oai")

TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)

IDEMPOTENCY_HEADER = "Idempotency-Key"


def add_idempotency_key(request: httpx.Request) -> None:
    """Give a POST its key, once per call: every retry sends the same one. A caller's key wins."""
    if request.method == "POST" and IDEMPOTENCY_HEADER not in request.headers:
        request.headers[IDEMPOTENCY_HEADER] = f"oai-{os.urandom(16).hex()}"


def reads_whole(response: httpx.Response) -> bool:
    """Error answers and JSON are read inside the retry loop; streams and files (JSON Lines
    included, which can be large) pass through as they arrive."""
    media_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
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


@attrs.define
class Attempts:
    """The bookkeeping of one call's attempts, shared by the sync and async loops."""

    policy: RetryPolicy
    request: httpx.Request
    retries: int = 0
    last: httpx.Response | Exception | None = None

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


@attrs.define
class SharedPool(Generic[TransportT]):
    """The transport holding a client's connections, shared with its `with_options` copies.

    `owned` says whether closing the client closes `transport` (not when it is the caller's
    http_client). Once the client closes, `closed` is set and its copies refuse to send, rather
    than quietly open connections nobody will close.
    """

    transport: TransportT
    owned: bool = True
    closed: bool = False

    def check_open(self) -> None:
        if self.closed:
            raise RuntimeError(
                "the client this one was made from with with_options() has been closed"
            )


class RetryingTransport(httpx.BaseTransport):
    """Sends each request through the pool's transport, retrying as `policy` says; see the
    module docstring. Only the client that owns the pool (`owner`) closes it."""

    def __init__(
        self,
        pool: SharedPool[httpx.BaseTransport],
        policy: RetryPolicy | None = None,
        *,
        owner: bool = True,
    ) -> None:
        self.pool = pool
        self.policy = policy or RetryPolicy()
        self.owner = owner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.pool.check_open()
        add_idempotency_key(request)
        attempts = Attempts(self.policy, request)
        while True:
            try:
                response = self._attempt(request)
            except httpx.StreamConsumed:
                if attempts.last is None:
                    raise
                return attempts.give_up()
            except httpx.TransportError as error:
                wait = attempts.after_error(error)
                if wait is None:
                    raise
            else:
                wait = attempts.after_response(response)
                if wait is None:
                    return response
            self.policy.sleep(wait)

    def _attempt(self, request: httpx.Request) -> httpx.Response:
        response = self.pool.transport.handle_request(request)
        if response.is_stream_consumed or not reads_whole(response):
            return response
        wire = response.stream
        assert isinstance(wire, httpx.SyncByteStream)
        try:
            raw = b"".join(wire)
        finally:
            wire.close()  # the connection goes back to the pool
        return settled(response, raw)

    def close(self) -> None:
        if self.owner and not self.pool.closed:
            self.pool.closed = True
            if self.pool.owned:
                self.pool.transport.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """`RetryingTransport` for `httpx.AsyncClient`; waits with the policy's `async_sleep`."""

    def __init__(
        self,
        pool: SharedPool[httpx.AsyncBaseTransport],
        policy: RetryPolicy | None = None,
        *,
        owner: bool = True,
    ) -> None:
        self.pool = pool
        self.policy = policy or RetryPolicy()
        self.owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.pool.check_open()
        add_idempotency_key(request)
        attempts = Attempts(self.policy, request)
        while True:
            try:
                response = await self._attempt(request)
            except httpx.StreamConsumed:
                if attempts.last is None:
                    raise
                return attempts.give_up()
            except httpx.TransportError as error:
                wait = attempts.after_error(error)
                if wait is None:
                    raise
            else:
                wait = attempts.after_response(response)
                if wait is None:
                    return response
            await self.policy.async_sleep(wait)

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        response = await self.pool.transport.handle_async_request(request)
        if response.is_stream_consumed or not reads_whole(response):
            return response
        wire = response.stream
        assert isinstance(wire, httpx.AsyncByteStream)
        try:
            raw = b"".join([part async for part in wire])
        finally:
            await wire.aclose()  # the connection goes back to the pool
        return settled(response, raw)

    async def aclose(self) -> None:
        if self.owner and not self.pool.closed:
            self.pool.closed = True
            if self.pool.owned:
                await self.pool.transport.aclose()


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's `httpx.Client`, so its proxies, certificates, hooks and mounts
    apply, without changing that client or closing it."""

    def __init__(self, client: httpx.Client) -> None:
        if not isinstance(client, httpx.Client):
            raise TypeError(f"http_client must be an httpx.Client, got {type(client).__name__}")
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _detached(self.client.send(request, stream=True))


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """`ClientTransport` for a caller's `httpx.AsyncClient`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        if not isinstance(client, httpx.AsyncClient):
            raise TypeError(
                f"http_client must be an httpx.AsyncClient, got {type(client).__name__}"
            )
        self.client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _detached(await self.client.send(request, stream=True))


def _detached(response: httpx.Response) -> httpx.Response:
    """The caller's client already bound `response` to its request; hand up a plain copy."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=response.stream,
        extensions=response.extensions,
    )


def env_proxy(base_url: str) -> str | None:
    """The proxy the environment (`HTTPS_PROXY`, `ALL_PROXY`, ...) names for `base_url`, if any.

    httpx honours these itself only for clients it builds its own transport for; ours is built
    here, so this keeps the same behaviour, `NO_PROXY` included.
    """
    url = httpx.URL(base_url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    return proxy


__all__ = [
    "IDEMPOTENCY_HEADER",
    "AsyncClientTransport",
    "AsyncRetryingTransport",
    "ClientTransport",
    "RetryingTransport",
    "SharedPool",
    "add_idempotency_key",
    "env_proxy",
]
