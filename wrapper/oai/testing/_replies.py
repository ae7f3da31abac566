"""Canned replies: what the fake server should send back, decided before the request arrives."""

from __future__ import annotations

import json as _json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal, TypeAlias

__all__ = ["DONE_EVENT", "Reply", "SSEEvent", "error_body"]

#: One server-sent event: a mapping is sent as ``data: <json>\n\n``; ``str`` and ``bytes`` are
#: sent verbatim, so tests can send comments, ``event:`` lines, CRLF or broken JSON.
SSEEvent: TypeAlias = Mapping[str, Any] | str | bytes

DONE_EVENT = b"data: [DONE]\n\n"


def error_body(
    message: str,
    *,
    type: str | None = None,
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    """The ``{"error": {...}}`` envelope OpenAI uses for every failure, so clients parse it."""
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


@dataclass(frozen=True, kw_only=True)
class Reply:
    """A response to play back, or a way to misbehave.

    Build one with the factories -- :meth:`json`, :meth:`sse`, :meth:`error`, :meth:`raw`,
    :meth:`html`, :meth:`empty`, :meth:`drop` -- rather than the constructor: they pick the
    right content type and framing. :meth:`cut_off` breaks any of them after the headers or
    part of the body.

    Every kind accepts ``delay`` (seconds to wait before answering, to exercise timeouts) and
    ``headers`` (added to, or overriding, the defaults; names are case-insensitive).
    ``write_size`` writes the body in pieces of that many bytes, each sent separately, so the
    client has to reassemble data that arrives split at awkward places.

    A connection that is dropped (``drop``, ``drop_after``, ``cut_after``) is closed normally;
    with ``reset=True`` it is aborted with a TCP reset instead, as a crashed peer would.
    """

    kind: Literal["body", "sse", "drop"] = "body"
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = "application/json"
    body: bytes = b""
    events: tuple[bytes, ...] = ()
    done: bool = True
    delay: float = 0.0
    chunk_delay: float = 0.0
    drop_after: int | None = None
    cut_after: int | None = None
    reset: bool = False
    write_size: int | None = None

    def __post_init__(self) -> None:
        # Fail when the test builds the reply, not later inside a server thread.
        if not 100 <= self.status <= 599:
            raise ValueError(f"status must be between 100 and 599, got {self.status}")
        if self.delay < 0 or self.chunk_delay < 0:
            raise ValueError("delay and chunk_delay must not be negative")
        if self.drop_after is not None and self.drop_after < 0:
            raise ValueError(f"drop_after must not be negative, got {self.drop_after}")
        if self.cut_after is not None and self.cut_after < 0:
            raise ValueError(f"cut_after must not be negative, got {self.cut_after}")
        if self.write_size is not None and self.write_size < 1:
            raise ValueError(f"write_size must be at least 1, got {self.write_size}")

    @classmethod
    def json(
        cls,
        data: Any,
        *,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        write_size: int | None = None,
        content_type: str = "application/json",
    ) -> Reply:
        """A JSON body sent with ``Content-Length`` on a keep-alive connection.

        ``content_type`` is for the JSON media types other servers use, such as
        ``application/problem+json`` (RFC 9457 problem details).
        """
        return cls(
            status=status,
            headers=_header_items(headers),
            content_type=content_type,
            body=_json.dumps(data).encode(),
            delay=delay,
            write_size=write_size,
        )

    @classmethod
    def error(
        cls,
        status: int,
        message: str,
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        """An OpenAI-shaped error, so the client's error mapping sees what production sends."""
        body = error_body(message, type=type, code=code, param=param)
        return cls.json(body, status=status, headers=headers, delay=delay)

    @classmethod
    def raw(
        cls,
        body: bytes | str,
        *,
        status: int = 200,
        content_type: str = "text/plain; charset=utf-8",
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        write_size: int | None = None,
    ) -> Reply:
        """Arbitrary bytes, for what proxies and load balancers send: HTML pages, empty bodies."""
        return cls(
            status=status,
            headers=_header_items(headers),
            content_type=content_type,
            body=body.encode() if isinstance(body, str) else body,
            delay=delay,
            write_size=write_size,
        )

    @classmethod
    def empty(
        cls,
        status: int = 200,
        *,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        """No body at all (``Content-Length: 0``), as a server may answer an operation whose
        spec declares no content for its success (``DELETE /responses/{id}``)."""
        return cls.raw(b"", status=status, headers=headers, delay=delay)

    @classmethod
    def html(
        cls,
        body: str = "<html><body><h1>502 Bad Gateway</h1></body></html>",
        *,
        status: int = 502,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
    ) -> Reply:
        """An HTML error page, as a proxy or load balancer sends instead of an API error."""
        return cls.raw(
            body,
            status=status,
            content_type="text/html; charset=utf-8",
            headers=headers,
            delay=delay,
        )

    @classmethod
    def sse(
        cls,
        events: Iterable[SSEEvent],
        *,
        done: bool = True,
        status: int = 200,
        headers: Mapping[str, str] | None = None,
        delay: float = 0.0,
        chunk_delay: float = 0.0,
        drop_after: int | None = None,
        reset: bool = False,
        write_size: int | None = None,
    ) -> Reply:
        """A server-sent event stream, as OpenAI sends for ``stream=true``.

        The body uses chunked transfer encoding, so a stream cut short is visible to the
        client as an incomplete body, just as with a real connection reset.

        ``done`` appends ``data: [DONE]``. ``chunk_delay`` waits between events.
        ``drop_after=n`` sends only the first ``n`` events, never ``[DONE]``, then closes the
        connection without finishing the body (with ``reset=True``, aborts it).
        """
        return cls(
            kind="sse",
            status=status,
            headers=_header_items(headers),
            content_type="text/event-stream",
            events=tuple(_encode_event(event) for event in events),
            done=done,
            delay=delay,
            chunk_delay=chunk_delay,
            drop_after=drop_after,
            reset=reset,
            write_size=write_size,
        )

    @classmethod
    def drop(cls, *, delay: float = 0.0, reset: bool = False) -> Reply:
        """Close the connection after reading the request, without sending a status line.

        This is what a crashed upstream or a dead load balancer looks like to a client.
        ``reset=True`` aborts the connection (a TCP reset) instead of closing it.
        """
        return cls(kind="drop", delay=delay, reset=reset)

    def cut_off(self, after_bytes: int = 0, *, reset: bool = False) -> Reply:
        """This reply, broken: the headers and the first ``after_bytes`` bytes of the body are
        sent, then the connection is closed (or, with ``reset``, aborted).

        ``Reply.json(data).cut_off()`` loses the connection right after the headers;
        ``Reply.sse(events).cut_off(40)`` in the middle of the stream, wherever byte 40 falls.
        """
        if self.kind == "drop":
            raise ValueError("a dropped reply sends no headers to cut off after")
        return replace(self, cut_after=after_bytes, reset=reset)


def _header_items(headers: Mapping[str, str] | None) -> tuple[tuple[str, str], ...]:
    return tuple(headers.items()) if headers else ()


def _encode_event(event: SSEEvent) -> bytes:
    if isinstance(event, bytes):
        return event
    if isinstance(event, str):
        return event.encode()
    return b"data: " + _json.dumps(event, separators=(",", ":")).encode() + b"\n\n"
