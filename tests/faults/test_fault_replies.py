"""The fake server's fault injection itself, checked with plain httpx and sockets.

The rest of this suite trusts these: a drop really closes, a reset really resets, a cut-off
body really ends where it was told to.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import httpx
import pytest
from oai.testing import FakeOpenAI, Reply


@pytest.fixture
def http(server: FakeOpenAI) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url + "/") as client:
        yield client


def read_all(http: httpx.Client) -> list[bytes]:
    """The body pieces that arrived before the request failed (raises with them attached)."""
    got: list[bytes] = []
    try:
        with http.stream("GET", "models") as response:
            got.extend(response.iter_raw())
    except httpx.TransportError as exc:
        exc.add_note(repr(got))
        exc.got = got  # type: ignore[attr-defined]
        raise
    return got


def test_drop_closes_before_the_status_line(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.drop())
    with pytest.raises(httpx.RemoteProtocolError, match="without sending a response"):
        read_all(http)


def test_drop_with_reset_aborts_the_connection(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.drop(reset=True))
    with pytest.raises(httpx.ReadError, match="reset"):
        read_all(http)


def test_cut_off_right_after_the_headers(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.json({"a": 1}, headers={"X-Seen": "yes"}).cut_off())
    with http.stream("GET", "models") as response:
        assert response.status_code == 200
        assert response.headers["x-seen"] == "yes"
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            response.read()


def test_cut_off_part_way_with_a_reset(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.json({"abcdef": 1}).cut_off(4, reset=True))
    with pytest.raises(httpx.ReadError) as info:
        read_all(http)
    assert b"".join(info.value.got) == b'{"ab'  # type: ignore[attr-defined]


def test_a_stream_cut_off_mid_event(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.sse([{"n": 1}, {"n": 2}]).cut_off(20))
    with pytest.raises(httpx.RemoteProtocolError) as info:
        read_all(http)
    assert b"".join(info.value.got) == b'data: {"n":1}\n\ndata:'  # type: ignore[attr-defined]


def test_a_stream_reset_after_some_events(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.sse([{"n": 1}, {"n": 2}, {"n": 3}], drop_after=2, reset=True))
    with pytest.raises(httpx.ReadError) as info:
        read_all(http)
    assert b"".join(info.value.got) == b'data: {"n":1}\n\ndata: {"n":2}\n\n'  # type: ignore[attr-defined]


def test_cut_off_refuses_a_reply_that_sends_no_headers() -> None:
    with pytest.raises(ValueError, match="no headers"):
        Reply.drop().cut_off()
    with pytest.raises(ValueError, match="cut_after"):
        Reply.json({}).cut_off(-1)


def test_html_is_a_502_page_by_default(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.html())
    response = http.get("models")
    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.text.startswith("<html>")


def test_a_stall_before_the_answer(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.json({}, delay=0.5))
    with pytest.raises(httpx.ReadTimeout):
        http.get("models", timeout=0.1)


def test_the_connection_after_a_reset_is_not_reused(server: FakeOpenAI, http: httpx.Client) -> None:
    server.enqueue(Reply.drop(reset=True))
    with pytest.raises(httpx.ReadError):
        http.get("models")
    assert http.get("models").status_code == 200


def test_history_keeps_only_the_latest_requests() -> None:
    with FakeOpenAI(history=2) as server, httpx.Client(base_url=server.base_url + "/") as http:
        for n in range(5):
            http.get(f"models/gpt-4o?n={n}")
        assert server.received == 5
        assert [r.query["n"] for r in server.requests] == ["3", "4"]
        assert http.get("models").headers["x-request-id"] == "req_6"  # ids keep counting
        server.reset()
        assert server.received == 0
    with pytest.raises(ValueError, match="history"):
        FakeOpenAI(history=-1)


def test_a_raw_socket_sees_the_reset(server: FakeOpenAI) -> None:
    """Below httpx: the peer really aborts (ECONNRESET), it does not just close."""
    server.enqueue(Reply.drop(reset=True))
    with socket.create_connection(("127.0.0.1", server.port), timeout=5) as sock:
        sock.sendall(b"GET /v1/models HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n")
        with pytest.raises(ConnectionResetError):
            while sock.recv(1024):
                pass
