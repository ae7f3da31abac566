"""Transport failures raise (there is no status to return), and never show the API key."""

from __future__ import annotations

import socket
import time
from collections.abc import Callable
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from wrapper_support import API_KEY, HELLO, chunk, resolve, text_chunks


def _closed_port_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


CALLS: dict[str, Callable[[Any], Any]] = {
    "chat": lambda client: client.chat(HELLO),
    "chat stream": lambda client: client.chat(HELLO, None, lambda item: None),
    "create_chat_completion": lambda client: client.create_chat_completion(HELLO),
    "models": lambda client: client.models(),
    "model": lambda client: client.model("gpt-4o"),
    "delete_model": lambda client: client.delete_model("gpt-4o"),
    "session send": lambda client: client.new_chat_session().send("Hi"),
}


def _assert_no_key(error: BaseException) -> None:
    for text in (str(error), repr(error), getattr(error, "message", "")):
        assert API_KEY not in text
        assert "secret" not in text


@pytest.mark.parametrize("call", list(CALLS))
async def test_connection_refused_raises_connection_error(make_client: Any, call: str) -> None:
    client = make_client(base_url=_closed_port_url())
    with pytest.raises(oai.APIConnectionError) as info:
        await resolve(CALLS[call](client))
    assert not isinstance(info.value, oai.APITimeoutError)
    assert isinstance(info.value, oai.APIError)
    assert info.value.status is None
    _assert_no_key(info.value)


@pytest.mark.parametrize("call", list(CALLS))
async def test_dropped_connection_raises_connection_error(
    anyclient: Any, server: FakeOpenAI, call: str
) -> None:
    server.enqueue(Reply.drop())
    with pytest.raises(oai.APIConnectionError) as info:
        await resolve(CALLS[call](anyclient))
    _assert_no_key(info.value)
    assert len(server.requests) == 1


async def test_connection_error_message_names_the_request(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.drop())
    with pytest.raises(oai.APIConnectionError, match="POST /chat/completions"):
        await resolve(anyclient.chat(HELLO))


@pytest.mark.parametrize("call", ["chat", "chat stream", "models"])
async def test_slow_answer_raises_timeout_error(
    make_client: Any, server: FakeOpenAI, call: str
) -> None:
    client = make_client(timeout=0.3)
    server.enqueue(Reply.json({}, delay=0.8))
    started = time.monotonic()
    with pytest.raises(oai.APITimeoutError) as info:
        await resolve(CALLS[call](client))
    assert time.monotonic() - started < 0.75
    assert isinstance(info.value, oai.APIConnectionError)
    _assert_no_key(info.value)


async def test_stalled_stream_raises_timeout_after_earlier_chunks(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(timeout=0.3)
    server.enqueue(Reply.sse([chunk("first"), chunk("second")], chunk_delay=0.8))
    got: list[str] = []
    with pytest.raises(oai.APITimeoutError):
        await resolve(client.chat(HELLO, None, lambda item: got.append(item.content)))
    assert got == ["first"]


async def test_client_works_again_after_a_transport_failure(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.drop(), Reply.sse(text_chunks("x"), drop_after=1))
    with pytest.raises(oai.APIConnectionError):
        await resolve(anyclient.chat(HELLO))
    with pytest.raises(oai.APIConnectionError):
        await resolve(anyclient.chat(HELLO, None, lambda item: None))
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 200


async def test_status_errors_never_show_the_key(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    session = client.new_chat_session()
    server.enqueue(Reply.error(401, "Incorrect API key provided.", code="invalid_api_key"))
    with pytest.raises(oai.AuthenticationError) as info:
        await resolve(session.send("Hi"))
    _assert_no_key(info.value)
