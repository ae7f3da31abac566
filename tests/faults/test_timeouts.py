"""Timeouts: the defaults, per client and per call, and a stream that goes quiet.

These few tests wait on real time (a fraction of a second): httpx's timeouts are not on the
fake clock. None of them asserts how long anything took.
"""

from __future__ import annotations

from typing import Any

import httpx
import oai
import pytest
from faults_support import API_KEY, HELLO, chunk, resolve
from oai.testing import FakeOpenAI, Reply


def test_the_defaults_are_five_seconds_to_connect_and_ten_minutes_to_read() -> None:
    with oai.OpenAI(API_KEY) as client:
        assert client.timeout.connect == 5.0
        assert client.timeout.read == 600.0
        assert client._http.timeout.read == 600.0  # the generated client's requests too


async def test_a_client_timeout_applies_to_every_request(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(timeout=0.2, max_retries=0)
    server.enqueue(Reply.json({}, delay=0.6))
    with pytest.raises(oai.APITimeoutError) as info:
        await resolve(client.models())
    assert "GET /models timed out" in str(info.value)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)


async def test_a_per_call_timeout_with_options(anyclient: Any, server: FakeOpenAI) -> None:
    quick = anyclient.with_options(timeout=0.2, max_retries=0)
    assert quick.timeout.read == 0.2
    assert anyclient.timeout.read == 10.0
    server.enqueue(Reply.json({}, delay=0.6))
    with pytest.raises(oai.APITimeoutError):
        await resolve(quick.chat(HELLO))
    assert len(server.requests) == 1


async def test_the_generated_client_of_a_copy_has_its_timeout(
    anyclient: Any, server: FakeOpenAI, make_client: Any
) -> None:
    from oai_api.api.models import list_models

    quick = anyclient.with_options(timeout=0.2, max_retries=0)
    server.enqueue(Reply.json({}, delay=0.6))
    with pytest.raises(httpx.ReadTimeout):
        if make_client.is_async:
            await list_models.asyncio_detailed(client=quick.api)
        else:
            list_models.sync_detailed(client=quick.api)


async def test_a_stream_silent_longer_than_the_read_timeout_raises_timeout_error(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(timeout=0.2)
    server.enqueue(Reply.sse([chunk("first"), chunk("second")], chunk_delay=0.6))
    got: list[str] = []
    with pytest.raises(oai.APITimeoutError):
        await resolve(client.chat(HELLO, None, lambda c: got.append(c.content)))
    assert got == ["first"]
    assert len(server.requests) == 1  # part of it had arrived: not retried


async def test_a_session_keeps_its_history_after_a_stream_times_out(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(timeout=0.2)
    session = client.new_chat_session([{"role": "system", "content": "Be brief."}])
    before = list(session.messages)
    server.enqueue(Reply.sse([chunk("first"), chunk("second")], chunk_delay=0.6))
    with pytest.raises(oai.APITimeoutError):
        await resolve(session.send("Hi", lambda c: None))
    assert session.messages == before


@pytest.mark.parametrize("timeout", [0, -1, -0.1, httpx.Timeout(5.0, read=0)])
async def test_a_non_positive_timeout_is_refused_before_anything_is_sent(
    anyclient: Any, server: FakeOpenAI, timeout: Any
) -> None:
    with pytest.raises(ValueError, match="timeout"):
        anyclient.with_options(timeout=timeout)
    assert server.received == 0
