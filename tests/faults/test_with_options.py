"""`with_options`: a copy of a client with other settings, sharing its connection pool."""

from __future__ import annotations

from typing import Any

import oai
import pytest
from faults_support import HELLO, FakeClock, pool_connections, resolve
from oai.testing import FakeOpenAI, Reply


async def test_a_copy_changes_only_what_it_is_given(anyclient: Any) -> None:
    copy = anyclient.with_options(max_retries=5)
    assert type(copy) is type(anyclient)
    assert copy.max_retries == 5
    assert anyclient.max_retries == 2
    assert copy.timeout == anyclient.timeout
    assert copy.base_url == anyclient.base_url
    assert copy.default_model == anyclient.default_model
    assert copy.config.retry.sleep == anyclient.config.retry.sleep  # same clock


async def test_a_copy_shares_the_connection_pool(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.models())
    copy = anyclient.with_options(timeout=30)
    await resolve(copy.models())
    assert copy._pool is anyclient._pool
    assert len(pool_connections(anyclient)) == 1  # the copy reused the parent's connection


async def test_a_copys_retries_apply_to_its_calls_only(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(Reply.error(503, "busy"))
    status, _ = await resolve(anyclient.with_options(max_retries=0).chat(HELLO))
    assert status == 503
    server.enqueue(Reply.error(503, "busy"))
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 200
    assert clock.waits == [0.5]


async def test_closing_a_copy_leaves_the_parent_working(anyclient: Any, server: FakeOpenAI) -> None:
    copy = anyclient.with_options(max_retries=1)
    await resolve(copy.models())
    await resolve(copy.close())
    status, _ = await resolve(anyclient.models())
    assert status == 200


async def test_a_copy_as_a_context_manager_closes_nothing(anyclient: Any, make_client: Any) -> None:
    if make_client.is_async:
        async with anyclient.with_options(max_retries=1) as copy:
            await copy.models()
    else:
        with anyclient.with_options(max_retries=1) as copy:
            copy.models()
    assert (await resolve(anyclient.models()))[0] == 200


async def test_default_headers_add_to_the_parents(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(default_headers={"X-App": "one"})
    await resolve(client.with_options(default_headers={"X-Trace": "t-1"}).models())
    assert server.last_request.headers["X-App"] == "one"
    assert server.last_request.headers["X-Trace"] == "t-1"
    await resolve(client.models())
    assert "x-trace" not in server.last_request.headers


@pytest.mark.parametrize(
    ("settings", "kind", "name"),
    [
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"max_retries": 1.5}, TypeError, "max_retries"),
        ({"max_retries": True}, TypeError, "max_retries"),
        ({"timeout": 0}, ValueError, "timeout"),
        ({"timeout": "5"}, TypeError, "timeout"),
        ({"default_headers": ["X-A"]}, TypeError, "default_headers"),
        ({"default_headers": {"X-A": 1}}, TypeError, "default_headers"),
    ],
)
async def test_bad_settings_are_refused_naming_the_argument(
    anyclient: Any, server: FakeOpenAI, settings: dict[str, Any], kind: type[Exception], name: str
) -> None:
    with pytest.raises(kind, match=name):
        anyclient.with_options(**settings)
    assert server.received == 0


def test_unknown_settings_are_a_type_error(server: FakeOpenAI) -> None:
    with oai.OpenAI("sk-x", base_url=server.base_url) as client, pytest.raises(TypeError):
        client.with_options(retries=3)  # type: ignore[call-arg]


async def test_a_copy_refuses_to_send_once_its_parent_is_closed(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client()
    copy = client.with_options(max_retries=0)
    await resolve(client.close())
    with pytest.raises(RuntimeError, match="has been closed"):
        await resolve(copy.models())
    assert server.received == 0
    assert pool_connections(client) == []


async def test_a_copy_of_a_copy_shares_the_same_pool(anyclient: Any, server: FakeOpenAI) -> None:
    second = anyclient.with_options(timeout=5).with_options(max_retries=0)
    assert second._pool is anyclient._pool
    assert second.timeout.read == 5
    assert second.max_retries == 0
    assert (await resolve(second.models()))[0] == 200
