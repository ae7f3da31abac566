"""The benchmark's server: HTTP/1.1 with keep-alive, canned answers, in a process of its own.

It has to be much faster than any client so that it never is what a measurement measures, and
it has to run in another process so that the client's CPU time is the client's alone. So it is a
bare `asyncio.Protocol`: no framework, every answer built once at start-up as the exact bytes
to write, and the only per-request work is finding the end of the headers and of the body.

    python -m bench.server      # prints "READY <port>", serves until stdin closes

Routes: `POST /v1/chat/completions` (JSON, or an SSE stream with one HTTP chunk per event when
the body asks for `"stream": true`), `POST /v1/responses` (the same, its events with `event:`
lines as the API sends them), `POST /v1/embeddings` (floats, or base64 when asked),
`GET /_bench/last` and `GET /_bench/last_response` (the last chat and Responses request
bodies, for the correctness check),
`GET /_bench/connections` (how many connections clients have opened so far).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
import threading

from . import payloads

# Headers a real answer carries, so that clients parse as many as they do in production.
_COMMON_HEADERS = (
    b"date: Thu, 01 Jan 2026 00:00:00 GMT\r\n"
    b"openai-organization: bench-org\r\n"
    b"openai-processing-ms: 412\r\n"
    b"openai-version: 2020-10-01\r\n"
    b"x-ratelimit-limit-requests: 10000\r\n"
    b"x-ratelimit-limit-tokens: 30000000\r\n"
    b"x-ratelimit-remaining-requests: 9999\r\n"
    b"x-ratelimit-remaining-tokens: 29999000\r\n"
    b"x-ratelimit-reset-requests: 6ms\r\n"
    b"x-ratelimit-reset-tokens: 2ms\r\n"
    b"x-request-id: req_bench0000000000000000000000\r\n"
    b"strict-transport-security: max-age=31536000; includeSubDomains; preload\r\n"
    b"x-content-type-options: nosniff\r\n"
)


def json_answer(body: bytes, status: bytes = b"200 OK") -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\n"
        b"content-type: application/json\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\n" + _COMMON_HEADERS + b"\r\n" + body
    )


def sse_answer(events: list[bytes]) -> bytes:
    """`text/event-stream`, chunked, one HTTP chunk per event as the API sends them."""
    chunks = b"".join(b"%x\r\n%s\r\n" % (len(event), event) for event in events)
    return (
        b"HTTP/1.1 200 OK\r\n"
        b"content-type: text/event-stream; charset=utf-8\r\n"
        b"transfer-encoding: chunked\r\n" + _COMMON_HEADERS + b"\r\n" + chunks + b"0\r\n\r\n"
    )


def _event(data: bytes) -> bytes:
    return b"data: " + data + b"\n\n"


CHAT = json_answer(json.dumps(payloads.CHAT_RESPONSE, separators=(",", ":")).encode())
STREAM = sse_answer(
    [_event(json.dumps(chunk, separators=(",", ":")).encode()) for chunk in payloads.STREAM_CHUNKS]
    + [_event(b"[DONE]")]
)
RESPONSE = json_answer(json.dumps(payloads.RESPONSE, separators=(",", ":")).encode())
RESPONSE_STREAM = sse_answer(
    [
        b"event: "
        + event["type"].encode()
        + b"\n"
        + _event(json.dumps(event, separators=(",", ":")).encode())
        for event in payloads.RESPONSE_EVENTS
    ]
)
EMBEDDINGS_FLOAT = json_answer(payloads.embedding_body("float"))
EMBEDDINGS_BASE64 = json_answer(payloads.embedding_body("base64"))
NOT_FOUND = json_answer(
    b'{"error":{"message":"no such route","type":"invalid_request_error","param":null,'
    b'"code":null}}',
    b"404 Not Found",
)

_STREAM = re.compile(rb'"stream"\s*:\s*true')
_BASE64 = re.compile(rb'"encoding_format"\s*:\s*"base64"')


class Server(asyncio.Protocol):
    """One connection: read requests one after another, write each canned answer whole."""

    last_chat_body = b"{}"
    last_response_body = b"{}"
    connections = 0  # opened so far: shows a client pool that drops and reopens connections

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        Server.connections += 1
        self.transport = transport
        self.buffer = bytearray()
        self.head: tuple[bytes, bytes, bool] | None = None
        self.length = 0

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            if self.head is None:
                end = self.buffer.find(b"\r\n\r\n")
                if end < 0:
                    return
                if not self._parse_head(bytes(self.buffer[:end])):
                    return
                del self.buffer[: end + 4]
            if len(self.buffer) < self.length:
                return
            body = bytes(self.buffer[: self.length])
            del self.buffer[: self.length]
            assert self.head is not None
            method, path, close = self.head
            self.head = None
            self.transport.write(self.answer(method, path, body))
            if close:
                self.transport.close()
                return

    def _parse_head(self, head: bytes) -> bool:
        lines = head.split(b"\r\n")
        try:
            method, path, _ = lines[0].split(b" ", 2)
        except ValueError:
            self.transport.close()
            return False
        length, close = 0, False
        for line in lines[1:]:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection":
                close = value.strip().lower() == b"close"
            elif name == b"transfer-encoding":
                self.transport.write(json_answer(b"{}", b"411 Length Required"))
                self.transport.close()
                return False
        self.head, self.length = (method, path, close), length
        return True

    def answer(self, method: bytes, path: bytes, body: bytes) -> bytes:
        if path.endswith(b"/chat/completions"):
            Server.last_chat_body = body
            return STREAM if _STREAM.search(body) else CHAT
        if path.endswith(b"/responses"):
            Server.last_response_body = body
            return RESPONSE_STREAM if _STREAM.search(body) else RESPONSE
        if path.endswith(b"/embeddings"):
            return EMBEDDINGS_BASE64 if _BASE64.search(body) else EMBEDDINGS_FLOAT
        if path == b"/_bench/last":
            return json_answer(Server.last_chat_body)
        if path == b"/_bench/last_response":
            return json_answer(Server.last_response_body)
        if path == b"/_bench/connections":
            return json_answer(str(Server.connections).encode())
        return NOT_FOUND


async def serve(port: int = 0) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Server, "127.0.0.1", port, backlog=2048)
    print("READY", server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


def _exit_when_parent_goes() -> None:
    sys.stdin.read()
    os._exit(0)


def main() -> None:
    threading.Thread(target=_exit_when_parent_goes, daemon=True).start()
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    asyncio.run(serve(port))


if __name__ == "__main__":
    main()
