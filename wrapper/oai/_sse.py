"""A sans-I/O decoder for server-sent events (the `text/event-stream` format).

It takes bytes exactly as they come off the network, in pieces of any size, and returns whole
events; it knows nothing of sockets, threads or event loops, so the sync and async clients share
it unchanged. It follows the WHATWG rules: LF, CRLF and CR line ends, `:` comments, multi-line
`data:`, and a single optional space after the colon.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple, Protocol, TypeVar

from ._exceptions import StreamError
from ._json import loads


class ServerSentEvent(NamedTuple):
    """One dispatched event: `data` is the joined `data:` lines; `event` is None when unnamed."""

    data: str
    event: str | None = None
    id: str | None = None
    retry: int | None = None


# A whole event is made as `ServerSentEvent._make` makes one, `_new(ServerSentEvent, fields)`:
# a tenth of the cost of the class's own `__new__`, which is paid once per streamed event.
_new = tuple.__new__


class SSEDecoder:
    """Turns a byte stream into `ServerSentEvent`s.

    Call `feed()` with each piece received and `end()` when the stream closes; `truncated` then
    tells a stream that stopped in the middle of an event from one that ended cleanly.
    """

    def __init__(self) -> None:
        self._buffer = b""
        self._data: list[str] = []
        self._event: str | None = None
        self._id: str | None = None
        self._retry: int | None = None
        self._started = False
        self._skip_lf = False
        self.truncated = False

    @property
    def pending(self) -> bool:
        """True when bytes or fields of an undispatched event are waiting."""
        return bool(self._buffer) or self._started

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode `chunk` and return the events it completed (possibly none)."""
        if not chunk:
            return []
        if self._skip_lf and chunk.startswith(b"\n"):
            chunk = chunk[1:]  # the LF of a CRLF whose CR ended the previous piece
        self._skip_lf = False
        whole = self._single_event(chunk)
        if whole is not None:
            return [whole]
        buffer = self._buffer + chunk if self._buffer else chunk
        if not buffer:
            return []
        lines = buffer.splitlines(keepends=True)
        if lines[-1].endswith((b"\n", b"\r")):
            self._buffer = b""
            self._skip_lf = lines[-1].endswith(b"\r")
        else:
            self._buffer = lines.pop()  # no line end yet: wait for the rest
        events: list[ServerSentEvent] = []
        for line in lines:
            event = self._take_line(line.rstrip(b"\r\n"))
            if event is not None:
                events.append(event)
        return events

    def _single_event(self, chunk: bytes) -> ServerSentEvent | None:
        """The event, when `chunk` is exactly one complete event and nothing is pending from
        earlier pieces: one `data: ` line, after one `event: ` line or not.

        The API sends each event as one such piece (chat as `data: ...\n\n`, Responses with
        an `event:` line before it); reading it whole gives the same event as the line-by-line
        rules, in about half the time. Anything else goes line by line.
        """
        if self._buffer or self._started or not chunk.endswith(b"\n\n") or b"\r" in chunk:
            return None
        if chunk.startswith(b"data: ") and chunk.count(b"\n") == 2:
            data = chunk[6:-2].decode("utf-8", errors="replace")
            return _new(ServerSentEvent, (data, None, self._id, self._retry))
        if chunk.startswith(b"event: ") and chunk.count(b"\n") == 3:
            name, _, rest = chunk.partition(b"\n")
            if rest.startswith(b"data: "):
                return _new(
                    ServerSentEvent,
                    (
                        rest[6:-2].decode("utf-8", errors="replace"),
                        name[7:].decode("utf-8", errors="replace"),
                        self._id,
                        self._retry,
                    ),
                )
        return None

    def end(self) -> None:
        """Close the decoder at end of stream; sets `truncated`.

        `truncated` says whether an event had begun but was never dispatched: by the SSE rules
        it is discarded, and the caller decides whether that is an error.
        """
        self.truncated = self.pending
        self._buffer, self._data, self._event, self._started = b"", [], None, False

    def _take_line(self, line: bytes) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(b":"):
            return None
        name, sep, value = line.partition(b":")
        if sep and value.startswith(b" "):
            value = value[1:]
        text = value.decode("utf-8", errors="replace")
        self._started = True
        if name == b"data":
            self._data.append(text)
        elif name == b"event":
            self._event = text
        elif name == b"id":
            if "\0" not in text:
                self._id = text
        elif name == b"retry" and text.isdigit():
            self._retry = int(text)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        self._started = False
        if not self._data:
            self._event = None
            return None
        event = ServerSentEvent("\n".join(self._data), self._event, self._id, self._retry)
        self._data = []
        self._event = None
        return event


def event_payload(data: str, number: int) -> dict[str, Any]:
    """The JSON object the `number`th event of an API stream carries; else a `StreamError`.

    Every event of a chat or Responses stream is one JSON object (`[DONE]` aside, which the
    stream handles before asking).
    """
    try:
        payload = loads(data)
    except ValueError:
        raise StreamError(f"invalid JSON in stream event {number}: {data[:200]!r}") from None
    if not isinstance(payload, dict):
        raise StreamError(f"stream event {number} is not a JSON object: {data[:200]!r}")
    return payload


# -- the streaming loop's contract ------------------------------------------------------------

EventT = TypeVar("EventT", covariant=True)
ResultT = TypeVar("ResultT", covariant=True)


class EventStream(Protocol[EventT, ResultT]):
    """A sans-I/O decoder of a streamed answer (`ChatStream`, `ResponseStream`).

    The clients' one streaming loop feeds it bytes, hands each `(payload, event)` it yields to
    the caller's callback, and at the end of the body asks it for the whole answer.
    """

    def feed(self, data: bytes) -> Iterator[tuple[dict[str, Any], EventT]]: ...

    def finish(self) -> ResultT: ...


__all__ = [
    "EventStream",
    "SSEDecoder",
    "ServerSentEvent",
    "event_payload",
]
