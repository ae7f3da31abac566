"""`AsyncioBackend`: httpcore's network layer on plain asyncio, under `AsyncPoolTransport`.

Why not httpcore's own: on asyncio it goes through anyio, which puts a cancel scope, a
`sniffio` lookup and checkpoints around every read and write. Profiled on the async bench
(2,000 chat requests, 100 at a time) that was a sixth of the client's CPU, more than oai's own
code. Here a connection is an `asyncio.Protocol` that keeps what arrives in a buffer: a read
takes from it, or waits on one future; a timeout is one timer on the loop; a write is the
transport's, waiting only when the kernel's buffer is full (`pause_writing`); reading pauses
when more than `_HIGH_WATER` bytes wait unread, so a slow consumer of a big download holds no
more than that. Whether an idle connection is still usable (`is_readable`, which httpcore
asks before reusing one) is known without a system call: the server's close or stray bytes
have already arrived in the buffer.
"""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore

__all__ = ["AsyncioBackend"]

_HIGH_WATER = 256 * 1024
"""Unread bytes above which the connection stops reading until some are taken."""


class _Connection(asyncio.Protocol):
    """What arrives on one connection, and the futures waiting for it."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._eof = False
        self._error: BaseException | None = None
        self._reader: asyncio.Future[None] | None = None
        self._writable: asyncio.Future[None] | None = None
        self._paused = False

    # -- asyncio.Protocol ----------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) > _HIGH_WATER and self.transport is not None:
            self.transport.pause_reading()
            self._paused = True
        self._wake_reader()

    def eof_received(self) -> bool:
        self._eof = True
        self._wake_reader()
        return False  # let the transport close itself

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        if exc is not None:
            self._error = exc
        self._wake_reader()
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def pause_writing(self) -> None:
        if self._writable is None or self._writable.done():
            self._writable = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self._writable is not None and not self._writable.done():
            self._writable.set_result(None)

    def _wake_reader(self) -> None:
        if self._reader is not None and not self._reader.done():
            self._reader.set_result(None)

    # -- what the stream asks --------------------------------------------------------------------

    def take(self, max_bytes: int) -> bytes | None:
        """Up to `max_bytes` of what arrived; b"" at the end; None when nothing is there yet."""
        if self._buffer:
            if len(self._buffer) <= max_bytes:  # the usual case: one copy, not a slice's two
                data = bytes(self._buffer)
                self._buffer.clear()
            else:
                data = bytes(self._buffer[:max_bytes])
                del self._buffer[:max_bytes]
            if self._paused and len(self._buffer) <= _HIGH_WATER and self.transport is not None:
                self._paused = False
                self.transport.resume_reading()
            return data
        if self._error is not None:
            raise httpcore.ReadError(str(self._error) or type(self._error).__name__)
        if self._eof:
            return b""
        return None

    async def arrival(self, timeout: float | None) -> None:
        """Wait until something arrives (or the end), at most `timeout` seconds."""
        loop = asyncio.get_running_loop()
        self._reader = future = loop.create_future()
        timer = None if timeout is None else loop.call_later(timeout, _expire, future)
        try:
            await future
        finally:
            self._reader = None
            if timer is not None:
                timer.cancel()

    async def writable(self, timeout: float | None) -> None:
        """Wait while the transport's write buffer is over its high-water mark."""
        future = self._writable
        if future is None or future.done():
            return
        try:
            await asyncio.wait_for(asyncio.shield(future), timeout)
        except TimeoutError:
            raise httpcore.WriteTimeout("timed out sending to the server") from None

    @property
    def readable(self) -> bool:
        return bool(self._buffer) or self._eof


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(httpcore.ReadTimeout("timed out waiting for the server"))


class _Stream(httpcore.AsyncNetworkStream):
    def __init__(self, connection: _Connection) -> None:
        self._connection = connection

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        connection = self._connection
        while True:
            data = connection.take(max_bytes)
            if data is not None:
                return data
            await connection.arrival(timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        transport = self._connection.transport
        if transport is None or transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        try:
            transport.write(buffer)
        except (OSError, RuntimeError) as error:
            raise httpcore.WriteError(str(error)) from error
        await self._connection.writable(timeout)

    async def aclose(self) -> None:
        transport = self._connection.transport
        if transport is not None and not transport.is_closing():
            transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        transport = self._connection.transport
        assert transport is not None
        protocol = _Connection()
        loop = asyncio.get_running_loop()
        try:
            secured = await loop.start_tls(
                transport,
                protocol,
                ssl_context,
                server_hostname=server_hostname,
                ssl_handshake_timeout=timeout,
            )
        except TimeoutError:
            transport.close()
            raise httpcore.ConnectTimeout("timed out in the TLS handshake") from None
        except (OSError, ssl.SSLError) as error:
            transport.close()
            raise httpcore.ConnectError(str(error)) from error
        if secured is None:
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        protocol.connection_made(secured)
        return _Stream(protocol)

    def get_extra_info(self, info: str) -> Any:
        transport = self._connection.transport
        if info == "is_readable":
            return self._connection.readable
        if transport is None:
            return None
        name = {
            "ssl_object": "ssl_object",
            "client_addr": "sockname",
            "server_addr": "peername",
            "socket": "socket",
        }.get(info)
        return None if name is None else transport.get_extra_info(name)


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Connections for httpcore's HTTP/1.1 code, on the running asyncio loop."""

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        local = None if local_address is None else (local_address, 0)
        try:
            async with asyncio.timeout(timeout):
                transport, protocol = await loop.create_connection(
                    _Connection, host, port, local_addr=local
                )
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
        except OSError as error:
            raise httpcore.ConnectError(str(error)) from error
        sock = transport.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        return _Stream(protocol)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(timeout):
                _, protocol = await loop.create_unix_connection(_Connection, path)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"timed out connecting to {path}") from None
        except OSError as error:
            raise httpcore.ConnectError(str(error)) from error
        return _Stream(protocol)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
