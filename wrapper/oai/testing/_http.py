"""HTTP plumbing: read requests off the socket and write replies, including the broken ones.

Kept apart from :mod:`._server` so the public class only deals in requests and replies.
"""

from __future__ import annotations

import contextlib
import io
import selectors
import socket
import socketserver
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from ._replies import DONE_EVENT, Reply
from ._request import Headers, RecordedRequest

__all__ = ["HTTPServer", "Responder"]

#: Turns a request into the reply to send and the ``x-request-id`` to send it with.
Responder = Callable[[RecordedRequest], tuple[Reply, str]]

_MAX_LINE = 65536


class HTTPServer(ThreadingHTTPServer):
    """A threaded HTTP/1.1 server that stays quiet and can cut its clients off on shutdown."""

    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], respond: Responder) -> None:
        self.respond = respond
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        self._stopping = False
        self._stopped = threading.Event()
        self._wake, self._waker = socket.socketpair()
        super().__init__(address, _Handler)

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        """`socketserver`'s loop, woken by `shutdown` at once rather than at its next poll:
        its loop sees a stop only every `poll_interval`, which every test that starts a
        server paid on the way out (50 ms), and a shorter poll costs idle servers CPU."""
        try:
            with selectors.DefaultSelector() as selector:
                selector.register(self, selectors.EVENT_READ)
                selector.register(self._wake, selectors.EVENT_READ)
                while not self._stopping:
                    for key, _ in selector.select(poll_interval):
                        if key.fileobj is self and not self._stopping:
                            self.handle_request()  # ready: its own select returns at once
                    self.service_actions()
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop `serve_forever` (from another thread) and wait until it has."""
        self._stopping = True
        with contextlib.suppress(OSError):
            self._waker.send(b"\0")
        self._stopped.wait()

    def server_close(self) -> None:
        super().server_close()
        self._wake.close()
        self._waker.close()

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host's FQDN, which can stall for seconds on a
        # machine with slow DNS; the name is never used here.
        socketserver.TCPServer.server_bind(self)
        host, port = self.socket.getsockname()[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client hanging up is routine in tests that exercise timeouts and drops.
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    def track(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(connection)

    def untrack(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        """Shut down idle keep-alive connections so their threads exit instead of lingering."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # small SSE writes must not wait for delayed ACKs
    server: HTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.untrack(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Silence the per-request log lines that would clutter test output."""

    def _serve(self) -> None:
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            return
        url = urlsplit(self.path)
        request = RecordedRequest(
            method=self.command,
            path=url.path,
            query=dict(parse_qsl(url.query, keep_blank_values=True)),
            headers=Headers(self.headers.items()),
            body=body,
            received_at=time.monotonic(),
        )
        reply, request_id = self.server.respond(request)
        try:
            self._send(reply, request_id)
        except OSError:
            self.close_connection = True

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = _serve

    def _read_body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return _read_chunked(self.rfile)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _send(self, reply: Reply, request_id: str) -> None:
        if reply.delay:
            time.sleep(reply.delay)
        if reply.kind == "drop":
            self._drop(reset=reply.reset)
            return
        self.send_response(reply.status)
        framing = (
            {"Transfer-Encoding": "chunked", "Cache-Control": "no-cache"}
            if reply.kind == "sse"
            else {"Content-Length": str(len(reply.body))}
        )
        defaults = {"Content-Type": reply.content_type, **framing, "X-Request-Id": request_id}
        for name, value in _merge_headers(defaults, reply.headers):
            self.send_header(name, value)
        self.end_headers()
        chunked = reply.kind == "sse"
        budget = reply.cut_after  # body bytes still to send before cutting the connection
        for number, part in enumerate(_parts(reply)):
            if number and reply.chunk_delay:
                time.sleep(reply.chunk_delay)
            for piece in _pieces(part, reply.write_size):
                if budget is not None and len(piece) >= budget:
                    self._write(piece[:budget], chunked)
                    self._drop(reset=reply.reset)
                    return
                if budget is not None:
                    budget -= len(piece)
                self._write(piece, chunked)
        if reply.cut_after is not None or (chunked and reply.drop_after is not None):
            # No terminating zero-length chunk: the client sees the body end early.
            self._drop(reset=reply.reset)
        elif chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _write(self, piece: bytes, chunked: bool) -> None:
        if not piece:
            return  # an empty chunk would end a chunked body
        self.wfile.write(b"%x\r\n%b\r\n" % (len(piece), piece) if chunked else piece)

    def _drop(self, *, reset: bool) -> None:
        """Stop talking: close the connection, or with ``reset`` abort it (TCP RST)."""
        self.close_connection = True
        if not reset:
            return
        # Linger 0 turns close() into an abort. The socket only really closes once the request
        # reader and writer let go of it, so swap them for buffers nobody reads.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.rfile.close()
        self.wfile.close()
        self.rfile, self.wfile = io.BytesIO(), io.BytesIO()
        self.connection.close()


def _parts(reply: Reply) -> tuple[bytes, ...]:
    """The body in the pieces written with ``chunk_delay`` between them: the events, or all."""
    if reply.kind != "sse":
        return (reply.body,)
    events = reply.events if reply.drop_after is None else reply.events[: reply.drop_after]
    if reply.drop_after is None and reply.done:
        events += (DONE_EVENT,)
    return events


def _merge_headers(
    defaults: dict[str, str], overrides: Iterable[tuple[str, str]]
) -> list[tuple[str, str]]:
    """Defaults first, each replaced by any override of the same (case-insensitive) name."""
    overrides = list(overrides)
    replaced = {name.lower() for name, _ in overrides}
    kept = [(name, value) for name, value in defaults.items() if name.lower() not in replaced]
    return kept + overrides


def _pieces(data: bytes, size: int | None) -> list[bytes]:
    """Split ``data`` for writing; never yields an empty piece, which would end a chunked body."""
    if not data:
        return []
    if size is None:
        return [data]
    return [data[i : i + size] for i in range(0, len(data), size)]


def _read_chunked(stream: io.BufferedIOBase) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int(stream.readline(_MAX_LINE).split(b";")[0].strip(), 16)
        if size == 0:
            break
        parts.append(stream.read(size))
        stream.readline(_MAX_LINE)
    while stream.readline(_MAX_LINE) not in (b"\r\n", b"\n", b""):
        pass  # trailer fields, ignored
    return b"".join(parts)
