"""`AsyncPoolTransport`: the connection pool under `AsyncOpenAI`, constant work per request.

Why not httpcore's pool: `httpcore.AsyncConnectionPool` re-plans the whole pool whenever a
request arrives or a response closes. It walks every connection (polling each idle one's socket)
and, for every queued request, walks them all again: O(connections x queued requests) each
time. At 100 requests in flight that is most of the client's CPU, and a bigger pool makes it
worse, not better (`python -m bench --pools`).

Here idle connections wait on a stack per origin and requests that find the pool full wait in
one first-come, first-served queue. A checkout pops one connection and polls only its socket;
a release hands the connection straight to the oldest waiting request. The connections are
httpcore's own (`AsyncHTTPConnection`: connect, TLS, HTTP/1.1), so what goes over the wire is
exactly what httpx sends; their sockets are plain asyncio (`_asyncio_network`).

The pool keeps two promises, which the tests check through `counts()`:

- a request waits only while every connection is busy: a release or a discarded connection
  never leaves a request waiting while there is room or an idle connection;
- whatever ends a request (an answer read, a stream closed early, an error, a timeout, a task
  cancelled while it waits or while its answer arrives), its connection goes back to the pool
  or is closed and forgotten, and its place in the queue is given up.

Scope: asyncio, HTTP/1.1, no proxy. `AsyncOpenAI` uses it only when no proxy is configured and
the caller passed neither `transport=` nor `http_client=`; otherwise httpx's transport does the
work. Under another event loop (trio) requests go to an `httpx.AsyncHTTPTransport` instead.
"""

from __future__ import annotations

import asyncio
import collections
import math
import ssl
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterator
from contextlib import contextmanager, suppress

import attrs
import httpcore
import httpx

from ._asyncio_network import AsyncioBackend

DEFAULT_LIMITS = httpx.Limits(
    max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0
)
"""httpx's limits, except that every connection may stay open between requests: with this pool
an idle connection costs nothing per request, while closing one that is needed again a moment
later costs a new TCP and TLS handshake."""

_NETWORK = AsyncioBackend()
"""The connections' sockets: plain asyncio, without anyio's per-read cancel scopes."""

_Key = tuple[bytes, bytes, int]  # (scheme, host, port): an origin, hashable

# httpcore's errors as httpx's (what httpx's own transport does); the most specific class wins.
_ERRORS: dict[type[Exception], type[httpx.TransportError]] = {
    httpcore.TimeoutException: httpx.TimeoutException,
    httpcore.ConnectTimeout: httpx.ConnectTimeout,
    httpcore.ReadTimeout: httpx.ReadTimeout,
    httpcore.WriteTimeout: httpx.WriteTimeout,
    httpcore.PoolTimeout: httpx.PoolTimeout,
    httpcore.NetworkError: httpx.NetworkError,
    httpcore.ConnectError: httpx.ConnectError,
    httpcore.ReadError: httpx.ReadError,
    httpcore.WriteError: httpx.WriteError,
    httpcore.ProxyError: httpx.ProxyError,
    httpcore.UnsupportedProtocol: httpx.UnsupportedProtocol,
    httpcore.ProtocolError: httpx.ProtocolError,
    httpcore.LocalProtocolError: httpx.LocalProtocolError,
    httpcore.RemoteProtocolError: httpx.RemoteProtocolError,
}


@contextmanager
def _httpx_errors(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except Exception as error:
        for cls in type(error).__mro__:
            mapped = _ERRORS.get(cls)
            if mapped is not None:
                raise mapped(str(error), request=request) from error
        raise


@attrs.frozen
class PoolCounts:
    """A snapshot of the pool's bookkeeping."""

    connections: int
    """Open (or being opened): in use plus idle. Never more than `max_connections`."""
    idle: int
    """Open and waiting for a request."""
    waiting: int
    """Requests queued for a connection."""
    opened: int
    """Connections made since the pool was created: reuse keeps this low."""

    @property
    def in_use(self) -> int:
        return self.connections - self.idle


@attrs.define(slots=True)
class _Waiter:
    """A request queued for a connection; `future` receives one ready for its origin."""

    origin: httpcore.Origin
    key: _Key
    future: asyncio.Future[httpcore.AsyncHTTPConnection]


class AsyncPoolTransport(httpx.AsyncBaseTransport):
    """An httpx transport over a constant-time pool of HTTP/1.1 connections (see the module
    docstring). `limits` are honoured as httpx honours them; `verify`, `cert` and `trust_env`
    make the TLS context exactly as `httpx.AsyncHTTPTransport` would (built on first use, as a
    plain-HTTP base URL never needs one)."""

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_LIMITS,
        verify: ssl.SSLContext | bool = True,
        cert: str | tuple[str, str] | tuple[str, str, str] | None = None,
        trust_env: bool = True,
    ) -> None:
        if not isinstance(limits, httpx.Limits):
            raise TypeError(f"limits must be an httpx.Limits, got {type(limits).__name__}")
        self._max = limits.max_connections or math.inf
        self._max_idle = (
            self._max
            if limits.max_keepalive_connections is None
            else limits.max_keepalive_connections
        )
        self._expiry = limits.keepalive_expiry
        self._tls = (verify, cert, trust_env)
        self._ssl_context: ssl.SSLContext | None = None
        self._all: set[httpcore.AsyncHTTPConnection] = set()
        # Per origin, idle connections with the time they expire, oldest first: checkouts take
        # from the right (the most recently used), expiry trims from the left.
        self._idle: dict[_Key, collections.deque[tuple[float, httpcore.AsyncHTTPConnection]]] = {}
        self._idle_count = 0
        self._waiters: collections.deque[_Waiter] = collections.deque()
        self._opened = 0
        self._closed = False
        self._other_loop: httpx.AsyncHTTPTransport | None = None

    # -- what the tests and the soak run look at ------------------------------------------------

    def counts(self) -> PoolCounts:
        return PoolCounts(
            connections=len(self._all),
            idle=self._idle_count,
            waiting=len(self._waiters),
            opened=self._opened,
        )

    @property
    def connections(self) -> list[httpcore.AsyncHTTPConnection]:
        """Every open connection, idle or in use (as `httpcore.AsyncConnectionPool` names it)."""
        return list(self._all)

    # -- httpx.AsyncBaseTransport -------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return await self._not_asyncio(request)
        assert isinstance(request.stream, httpx.AsyncByteStream)
        url = request.url
        core = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        origin = core.url.origin
        key = (origin.scheme, origin.host, origin.port)
        with _httpx_errors(request):
            if origin.scheme not in (b"http", b"https"):
                raise httpcore.UnsupportedProtocol(f"unsupported URL scheme {url.scheme!r}")
            timeout = request.extensions.get("timeout", {}).get("pool")
            while True:
                connection = await self._checkout(origin, key, timeout)
                try:
                    response = await connection.handle_async_request(core)
                except httpcore.ConnectionNotAvailable:
                    # The server closed a reused connection just now: take another one.
                    await self._forget(connection)
                    continue
                except BaseException:
                    await self._forget(connection)
                    raise
                break
        assert isinstance(response.stream, AsyncIterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_PooledBody(response.stream, self, connection, key, request),
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        """Close every connection, idle or in use, and fail the requests still queued."""
        self._closed = True
        connections = list(self._all)
        self._all.clear()
        self._idle.clear()
        self._idle_count = 0
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.future.done():
                waiter.future.set_exception(
                    RuntimeError("the connection pool was closed while this request waited")
                )
        for connection in connections:
            await connection.aclose()
        if self._other_loop is not None:
            await self._other_loop.aclose()

    # -- the pool -----------------------------------------------------------------------------

    async def _checkout(
        self, origin: httpcore.Origin, key: _Key, timeout: float | None
    ) -> httpcore.AsyncHTTPConnection:
        """A connection to `origin`: an idle one, a new one, or the next one released."""
        while True:
            if self._closed:
                raise RuntimeError("the connection pool is closed")
            idle = self._idle.get(key)
            if idle:
                _, connection = idle.pop()
                self._idle_count -= 1
                if not idle:
                    del self._idle[key]
                # has_expired() also polls the socket: a server that hung up shows as readable.
                if connection.is_available() and not connection.has_expired():
                    return connection
                stale = connection
            elif len(self._all) < self._max:
                return self._new(origin)
            elif self._idle_count:
                stale = self._oldest_idle()  # idle, but for another origin: make room
            else:
                return await self._wait(origin, key, timeout)
            # Holding nothing while this awaits: a cancellation here leaks nothing.
            await self._forget(stale)

    async def _wait(
        self, origin: httpcore.Origin, key: _Key, timeout: float | None
    ) -> httpcore.AsyncHTTPConnection:
        waiter = _Waiter(origin, key, asyncio.get_running_loop().create_future())
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(timeout):
                return await waiter.future
        except BaseException as error:
            future = waiter.future
            if future.done() and not future.cancelled() and future.exception() is None:
                # Handed a connection just as the wait ended: pass it on to the next in line.
                await self._release(future.result(), key)
            else:
                with suppress(ValueError):
                    self._waiters.remove(waiter)
            if isinstance(error, TimeoutError):
                raise httpcore.PoolTimeout("no connection became free in time") from None
            raise

    def _new(self, origin: httpcore.Origin) -> httpcore.AsyncHTTPConnection:
        """A connection object (it connects on its first request), counted from now on."""
        connection = httpcore.AsyncHTTPConnection(
            origin=origin,
            ssl_context=self._ssl(origin),
            keepalive_expiry=self._expiry,
            network_backend=_NETWORK,
        )
        self._all.add(connection)
        self._opened += 1
        return connection

    def _ssl(self, origin: httpcore.Origin) -> ssl.SSLContext | None:
        if origin.scheme != b"https":
            return None
        if self._ssl_context is None:
            verify, cert, trust_env = self._tls
            self._ssl_context = httpx.create_ssl_context(verify, cert, trust_env)
        return self._ssl_context

    def _next_waiter(self) -> _Waiter | None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.future.done():  # a cancelled one is on its way out: skip it
                return waiter
        return None

    async def _release(self, connection: httpcore.AsyncHTTPConnection, key: _Key) -> None:
        """A response is done with `connection` (to `key`): hand it on, keep it idle, or
        close it."""
        if self._closed or not connection.is_available() or connection not in self._all:
            await self._forget(connection)
            return
        waiter = self._next_waiter()
        if waiter is not None:
            if waiter.key == key:
                waiter.future.set_result(connection)
                return
            # The next in line wants another origin: this connection's place is theirs.
            self._all.discard(connection)
            waiter.future.set_result(self._new(waiter.origin))
            await connection.aclose()
            return
        if self._idle_count >= self._max_idle:
            await self._forget(connection)
            return
        idle = self._idle.setdefault(key, _deque())
        now = time.monotonic()
        expires = math.inf if self._expiry is None else now + self._expiry
        idle.append((expires, connection))
        self._idle_count += 1
        expired: list[httpcore.AsyncHTTPConnection] = []
        while idle and idle[0][0] <= now:  # the oldest of this origin's idle connections
            expired.append(idle.popleft()[1])
            self._idle_count -= 1
        if not idle:
            del self._idle[key]
        for stale in expired:
            await self._forget(stale)

    async def _forget(self, connection: httpcore.AsyncHTTPConnection) -> None:
        """Close `connection` (unusable, surplus or stale); its place goes to the next request
        in line, if one waits."""
        if connection in self._all:
            self._all.discard(connection)
            if len(self._all) < self._max and not self._closed:
                waiter = self._next_waiter()
                if waiter is not None:
                    waiter.future.set_result(self._new(waiter.origin))
        await connection.aclose()

    def _oldest_idle(self) -> httpcore.AsyncHTTPConnection:
        key, idle = next((key, idle) for key, idle in self._idle.items() if idle)
        connection = idle.popleft()[1]
        self._idle_count -= 1
        if not idle:
            del self._idle[key]
        return connection

    async def _not_asyncio(self, request: httpx.Request) -> httpx.Response:
        """Another event loop (trio): httpx's own transport, with the same limits and TLS."""
        if self._other_loop is None:
            verify, cert, trust_env = self._tls
            self._other_loop = httpx.AsyncHTTPTransport(
                verify=verify,
                cert=cert,
                trust_env=trust_env,
                limits=httpx.Limits(
                    max_connections=None if self._max == math.inf else int(self._max),
                    max_keepalive_connections=None
                    if self._max_idle == math.inf
                    else int(self._max_idle),
                    keepalive_expiry=self._expiry,
                ),
            )
        return await self._other_loop.handle_async_request(request)


def _deque() -> collections.deque[tuple[float, httpcore.AsyncHTTPConnection]]:
    return collections.deque()


class _PooledBody(httpx.AsyncByteStream):
    """A response body on a pooled connection: closing it (read to the end or not) gives the
    connection back to the pool, once."""

    def __init__(
        self,
        stream: AsyncIterable[bytes],
        pool: AsyncPoolTransport,
        connection: httpcore.AsyncHTTPConnection,
        key: _Key,
        request: httpx.Request,
    ) -> None:
        self._stream = stream
        self._pool = pool
        self._connection = connection
        self._key = key
        self._request = request
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            with _httpx_errors(self._request):
                async for part in self._stream:
                    yield part
        except BaseException:
            await self.aclose()  # httpcore has closed the connection: account for it now
            raise

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            closer = getattr(self._stream, "aclose", None)
            if closer is not None:
                with _httpx_errors(self._request):
                    await closer()
        finally:
            await self._pool._release(self._connection, self._key)


__all__ = ["DEFAULT_LIMITS", "AsyncPoolTransport", "PoolCounts"]
