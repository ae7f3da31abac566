"""A prototype async connection pool with constant-time checkout, to measure against httpcore's.

httpcore's `AsyncConnectionPool` re-plans the whole pool whenever a request arrives or a
response closes: it walks every connection (asking each idle one `has_expired()`, which polls its
socket: one system call per idle connection) and, for every queued request, walks them all
again. Under concurrency that is O(connections x queued) per request: `python -m bench --pools`
shows its CPU per request growing with the pool's size, while the number of connections opened
stays at the pool's size (so it is the scanning, not reconnecting, that costs).

This pool keeps idle connections on a stack per origin and waiting requests in a FIFO, so a
checkout pops one connection (and polls only that one's socket) and a release hands the
connection straight to the oldest waiter. It is a measurement aid for `python -m bench --pools`,
not part of oai: it ignores HTTP/2 and proxies, and is asyncio-only.
"""

from __future__ import annotations

import asyncio
import collections
from collections.abc import AsyncIterable, AsyncIterator
from typing import Any

import httpcore
import httpx


class FastPoolTransport(httpx.AsyncHTTPTransport):
    """`httpx.AsyncHTTPTransport` with `FastAsyncPool` in place of httpcore's pool."""

    def __init__(self, limits: httpx.Limits | None = None, **kwargs: Any) -> None:
        limits = limits or httpx.Limits(max_connections=100, max_keepalive_connections=100)
        super().__init__(limits=limits, **kwargs)
        old: Any = self._pool
        fast: Any = FastAsyncPool(
            ssl_context=old._ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
        )
        self._pool = fast


class FastAsyncPool:
    def __init__(
        self,
        ssl_context: Any,
        max_connections: int | None,
        max_keepalive_connections: int | None,
        keepalive_expiry: float | None,
    ) -> None:
        self._ssl_context = ssl_context
        self._max = max_connections or 2**31
        self._max_idle = (
            self._max if max_keepalive_connections is None else max_keepalive_connections
        )
        self._expiry = keepalive_expiry
        self._idle: dict[tuple[bytes, bytes, int], list[httpcore.AsyncHTTPConnection]] = {}
        self._idle_count = 0
        self._open = 0  # connections in use or idle
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()
        self._closing: set[asyncio.Future[None]] = set()

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        origin = request.url.origin
        while True:
            connection = await self._checkout(origin, request)
            try:
                response = await connection.handle_async_request(request)
            except httpcore.ConnectionNotAvailable:
                await self._discard(connection)
                continue
            except BaseException:
                await self._discard(connection)
                raise
            assert isinstance(response.stream, AsyncIterable)
            return httpcore.Response(
                status=response.status,
                headers=response.headers,
                content=_ReleasingStream(response.stream, self, connection),
                extensions=response.extensions,
            )

    async def _checkout(
        self, origin: httpcore.Origin, request: httpcore.Request
    ) -> httpcore.AsyncHTTPConnection:
        while True:
            idle = self._idle.get(_key(origin))
            while idle:
                connection = idle.pop()
                self._idle_count -= 1
                if connection.is_available() and not connection.has_expired():
                    return connection
                await self._discard(connection)
            if self._open < self._max:
                self._open += 1
                return httpcore.AsyncHTTPConnection(
                    origin=origin, ssl_context=self._ssl_context, keepalive_expiry=self._expiry
                )
            if self._idle_count:  # idle connections to other origins: close one, open ours
                other = next(conns for conns in self._idle.values() if conns)
                self._idle_count -= 1
                await self._discard(other.pop())
                continue
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            timeout = request.extensions.get("timeout", {}).get("pool")
            try:
                await asyncio.wait_for(waiter, timeout)
            except TimeoutError:
                raise httpcore.PoolTimeout("no connection became free in time") from None
            except BaseException:
                if waiter.done() and not waiter.cancelled():
                    self._wake()  # woken, then cancelled: pass the turn on
                raise
            finally:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)

    def _release(self, connection: httpcore.AsyncHTTPConnection) -> None:
        if connection.is_closed():
            self._open -= 1
        elif self._idle_count >= self._max_idle and not self._waiters:
            self._open -= 1
            self._closing.add(task := asyncio.ensure_future(connection.aclose()))
            task.add_done_callback(self._closing.discard)
        else:
            self._idle.setdefault(_key(connection._origin), []).append(connection)
            self._idle_count += 1
        self._wake()

    async def _discard(self, connection: httpcore.AsyncHTTPConnection) -> None:
        self._open -= 1
        await connection.aclose()
        self._wake()

    def _wake(self) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return

    async def aclose(self) -> None:
        for connections in self._idle.values():
            for connection in connections:
                await connection.aclose()
        self._idle.clear()

    async def __aenter__(self) -> FastAsyncPool:
        return self

    async def __aexit__(self, *args: object) -> None:
        await self.aclose()


def _key(origin: httpcore.Origin) -> tuple[bytes, bytes, int]:
    return (origin.scheme, origin.host, origin.port)


class _ReleasingStream:
    """The response body; closing it puts the connection back in the pool."""

    def __init__(
        self,
        stream: AsyncIterable[bytes],
        pool: FastAsyncPool,
        connection: httpcore.AsyncHTTPConnection,
    ) -> None:
        self._stream = stream
        self._pool = pool
        self._connection = connection
        self._closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for part in self._stream:
                yield part
        except BaseException:
            await self.aclose()
            raise

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            if hasattr(self._stream, "aclose"):
                await self._stream.aclose()
            self._pool._release(self._connection)
