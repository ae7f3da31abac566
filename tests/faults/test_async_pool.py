"""The async connection pool (`oai._transports._async_pool`): queueing, reuse, expiry, broken
connections, cancellation and close, with the pool's own counts checked after each.

Requests are held at the server by a `Gate` (a route that blocks until the test opens it), so
"these many are in flight, these many wait" is set up without relying on timing. The few
timeouts here wait on real time (a fraction of a second); none asserts how long anything took.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import oai
import pytest
from faults_support import API_KEY, HELLO, HELLO_REPLY, text_chunks
from oai._transports._async_pool import AsyncPoolTransport, PoolCounts
from oai.testing import FakeOpenAI, RecordedRequest, Reply

CHAT = "/chat/completions"


class Gate:
    """A route handler that holds each request until `open()`, then answers it as usual."""

    def __init__(self, server: FakeOpenAI, reply: Callable[[RecordedRequest], Reply]) -> None:
        self.server = server
        self.reply = reply
        self.arrived = 0
        self._lock = threading.Lock()
        self._open = threading.Event()

    def __call__(self, request: RecordedRequest) -> Reply:
        with self._lock:
            self.arrived += 1
        self._open.wait(timeout=30)
        return self.reply(request)

    def open(self) -> None:
        self._open.set()

    async def until_arrived(self, count: int) -> None:
        for _ in range(3000):
            if self.arrived >= count:
                return
            await asyncio.sleep(0.001)
        raise AssertionError(f"{count} requests never reached the server ({self.arrived} did)")


@pytest.fixture
def gate(server: FakeOpenAI) -> Iterator[Gate]:
    gate = Gate(server, server.default_reply)
    server.route("POST", CHAT, gate)
    yield gate
    gate.open()  # never leave a server thread blocked


@pytest.fixture
async def make_pool() -> AsyncIterator[Callable[..., AsyncPoolTransport]]:
    made: list[AsyncPoolTransport] = []

    def make(**limits: Any) -> AsyncPoolTransport:
        pool = AsyncPoolTransport(limits=httpx.Limits(**{"max_connections": 100, **limits}))
        made.append(pool)
        return pool

    yield make
    for pool in made:
        await pool.aclose()


def client_on(pool: AsyncPoolTransport, server: FakeOpenAI, **config: Any) -> oai.AsyncOpenAI:
    config.setdefault("max_retries", 0)
    config.setdefault("timeout", 10)
    return oai.AsyncOpenAI(API_KEY, base_url=server.base_url, transport=pool, **config)


def counts(connections: int, idle: int, opened: int, waiting: int = 0) -> PoolCounts:
    return PoolCounts(connections=connections, idle=idle, waiting=waiting, opened=opened)


async def chat_text(client: oai.AsyncOpenAI) -> str:
    status, response = await client.chat(HELLO)
    assert status == 200, response
    return str(response.choices[0].message.content)


async def until(condition: Callable[[], bool]) -> None:
    for _ in range(3000):
        if condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError("the condition never came true")


# -- when the pool is used --------------------------------------------------------------------


async def test_an_async_client_uses_the_pool_by_default(server: FakeOpenAI) -> None:
    async with oai.AsyncOpenAI(API_KEY, base_url=server.base_url, max_retries=0) as client:
        pool = client._pool.transport
        assert isinstance(pool, AsyncPoolTransport)
        assert await chat_text(client) == HELLO_REPLY
        assert pool.counts() == counts(connections=1, idle=1, opened=1)
    assert pool.counts() == counts(connections=0, idle=0, opened=1)


async def test_a_proxy_from_the_environment_keeps_httpx_transport(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.local:3128")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with oai.AsyncOpenAI(API_KEY, base_url="https://api.example.com/v1") as client:
        assert isinstance(client._pool.transport, httpx.AsyncHTTPTransport)


async def test_a_callers_transport_or_http_client_is_used_instead(server: FakeOpenAI) -> None:
    transport = httpx.AsyncHTTPTransport()
    async with oai.AsyncOpenAI(API_KEY, base_url=server.base_url, transport=transport) as client:
        assert client._pool.transport is transport
    async with (
        httpx.AsyncClient() as http,
        oai.AsyncOpenAI(API_KEY, base_url=server.base_url, http_client=http) as client,
    ):
        assert not isinstance(client._pool.transport, AsyncPoolTransport)


def test_limits_must_be_httpx_limits() -> None:
    with pytest.raises(TypeError, match=r"limits must be an httpx\.Limits"):
        AsyncPoolTransport(limits={"max_connections": 2})  # type: ignore[arg-type]


# -- queueing and reuse -----------------------------------------------------------------------


async def test_sequential_requests_reuse_one_connection(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool()
    client = client_on(pool, server)
    for _ in range(5):
        assert await chat_text(client) == HELLO_REPLY
    assert pool.counts() == counts(connections=1, idle=1, opened=1)


async def test_requests_beyond_max_connections_wait_then_all_complete(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=3)
    client = client_on(pool, server)
    tasks = [asyncio.create_task(chat_text(client)) for _ in range(10)]
    await gate.until_arrived(3)
    await until(lambda: pool.counts().waiting == 7)
    assert pool.counts() == counts(connections=3, idle=0, opened=3, waiting=7)
    gate.open()
    assert await asyncio.gather(*tasks) == [HELLO_REPLY] * 10
    assert pool.counts() == counts(connections=3, idle=3, opened=3)
    assert server.received == 10


async def test_max_keepalive_connections_closes_the_surplus(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=4, max_keepalive_connections=1)
    client = client_on(pool, server)
    tasks = [asyncio.create_task(chat_text(client)) for _ in range(4)]
    await gate.until_arrived(4)
    gate.open()
    await asyncio.gather(*tasks)
    assert pool.counts() == counts(connections=1, idle=1, opened=4)


async def test_a_full_pool_makes_room_by_closing_an_idle_connection_to_another_origin(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=1)
    with FakeOpenAI() as other:
        assert await chat_text(client_on(pool, server)) == HELLO_REPLY
        assert await chat_text(client_on(pool, other)) == HELLO_REPLY
        assert pool.counts() == counts(connections=1, idle=1, opened=2)
        await pool.aclose()


async def test_a_released_connection_to_another_origin_makes_room_for_the_next_in_line(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=1)
    with FakeOpenAI() as other:
        first = asyncio.create_task(chat_text(client_on(pool, server)))
        await gate.until_arrived(1)
        second = asyncio.create_task(chat_text(client_on(pool, other)))
        await until(lambda: pool.counts().waiting == 1)
        gate.open()
        assert await asyncio.gather(first, second) == [HELLO_REPLY, HELLO_REPLY]
        assert pool.counts() == counts(connections=1, idle=1, opened=2)
        await pool.aclose()


# -- expiry and connections the server closed -------------------------------------------------


async def test_a_connection_past_keepalive_expiry_is_not_reused(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(keepalive_expiry=0)
    client = client_on(pool, server)
    await chat_text(client)
    assert pool.counts() == counts(connections=0, idle=0, opened=1)
    await chat_text(client)
    assert pool.counts() == counts(connections=0, idle=0, opened=2)


async def test_expired_idle_connections_are_closed_on_the_next_checkout(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(keepalive_expiry=0.05)
    client = client_on(pool, server)
    tasks = [asyncio.create_task(chat_text(client)) for _ in range(3)]
    await gate.until_arrived(3)
    gate.open()
    await asyncio.gather(*tasks)
    assert pool.counts() == counts(connections=3, idle=3, opened=3)
    await asyncio.sleep(0.1)  # past the expiry: all three are stale now
    await chat_text(client)
    assert pool.counts() == counts(connections=1, idle=1, opened=4)


async def test_an_idle_connection_the_server_closed_is_replaced_on_checkout(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool()
    client = client_on(pool, server)  # no retries: a send on the dead connection would fail
    await chat_text(client)
    server._running().close_connections()  # the server hangs up on its idle keep-alive peers
    (connection,) = pool.connections
    await until(connection.has_expired)  # the hang-up has reached this side
    assert await chat_text(client) == HELLO_REPLY
    assert pool.counts() == counts(connections=1, idle=1, opened=2)


# -- broken connections -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "broken",
    [Reply.drop(), Reply.drop(reset=True), Reply.json({"id": "x"}).cut_off(3)],
    ids=["dropped", "reset", "cut-off"],
)
async def test_a_broken_connection_is_discarded(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport], broken: Reply
) -> None:
    pool = make_pool()
    client = client_on(pool, server)
    server.enqueue(broken)
    with pytest.raises(oai.APIConnectionError):
        await client.models()
    assert pool.counts() == counts(connections=0, idle=0, opened=1)
    assert await chat_text(client) == HELLO_REPLY
    assert pool.counts() == counts(connections=1, idle=1, opened=2)


async def test_a_failed_connect_gives_its_place_back(
    make_pool: Callable[..., AsyncPoolTransport],
) -> None:
    with FakeOpenAI() as gone:
        base_url = gone.base_url
    pool = make_pool(max_connections=1)
    client = oai.AsyncOpenAI(API_KEY, base_url=base_url, transport=pool, max_retries=0)
    for _ in range(2):
        with pytest.raises(oai.APIConnectionError) as info:
            await client.models()
        assert isinstance(info.value.__cause__, httpx.ConnectError)
    assert pool.counts() == counts(connections=0, idle=0, opened=2)


async def test_retries_on_top_of_the_pool_replace_a_reset_connection(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool()
    policy = oai.RetryPolicy(max_retries=2, async_sleep=_no_sleep)
    client = client_on(pool, server, max_retries=None, retry_policy=policy)
    server.enqueue(Reply.drop(reset=True))
    assert await chat_text(client) == HELLO_REPLY
    assert pool.counts() == counts(connections=1, idle=1, opened=2)


async def _no_sleep(seconds: float) -> None:
    pass


# -- timeouts and cancellation ----------------------------------------------------------------


async def test_a_read_timeout_closes_the_connection_and_frees_its_place(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=1)
    client = client_on(pool, server, timeout=0.1)
    server.enqueue(Reply.json({}, delay=0.5))
    with pytest.raises(oai.APITimeoutError):
        await client.models()
    assert pool.counts() == counts(connections=0, idle=0, opened=1)
    assert await chat_text(client) == HELLO_REPLY


async def test_a_pool_timeout_gives_up_the_place_in_line(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=1)
    client = client_on(pool, server)
    held = asyncio.create_task(chat_text(client))
    await gate.until_arrived(1)
    impatient = client.with_options(timeout=httpx.Timeout(10, pool=0.05))
    with pytest.raises(oai.APITimeoutError) as info:
        await impatient.chat(HELLO)
    assert isinstance(info.value.__cause__, httpx.PoolTimeout)
    assert pool.counts() == counts(connections=1, idle=0, opened=1, waiting=0)
    gate.open()
    assert await held == HELLO_REPLY
    assert pool.counts() == counts(connections=1, idle=1, opened=1)


async def test_cancelling_a_waiting_request_leaves_the_line(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=1)
    client = client_on(pool, server)
    held = asyncio.create_task(chat_text(client))
    await gate.until_arrived(1)
    waiting = asyncio.create_task(chat_text(client))
    after = asyncio.create_task(chat_text(client))
    await until(lambda: pool.counts().waiting == 2)
    waiting.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert pool.counts() == counts(connections=1, idle=0, opened=1, waiting=1)
    gate.open()
    assert await asyncio.gather(held, after) == [HELLO_REPLY, HELLO_REPLY]
    assert pool.counts() == counts(connections=1, idle=1, opened=1)
    assert server.received == 2


async def test_cancelling_a_request_in_flight_closes_its_connection(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=1)
    client = client_on(pool, server)
    in_flight = asyncio.create_task(chat_text(client))
    await gate.until_arrived(1)
    in_flight.cancel()
    with pytest.raises(asyncio.CancelledError):
        await in_flight
    assert pool.counts() == counts(connections=0, idle=0, opened=1)
    gate.open()
    assert await chat_text(client) == HELLO_REPLY
    assert pool.counts() == counts(connections=1, idle=1, opened=2)


async def test_a_waiter_cancelled_just_after_being_handed_a_connection_passes_it_on(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=1)
    async with httpx.AsyncClient(transport=pool, base_url=server.base_url) as http:
        response = await http.send(http.build_request("GET", "/models"), stream=True)
        first = asyncio.create_task(http.get("/models"))
        second = asyncio.create_task(http.get("/models"))
        await until(lambda: pool.counts().waiting == 2)
        await response.aread()  # the end of the body hands the connection to `first`...
        assert pool.counts() == counts(connections=1, idle=0, opened=1, waiting=1)
        first.cancel()  # ...which is cancelled before it runs: it must pass the connection on
        with pytest.raises(asyncio.CancelledError):
            await first
        assert (await second).status_code == 200
        assert pool.counts() == counts(connections=1, idle=1, opened=1)


# -- streams ----------------------------------------------------------------------------------


async def test_a_stream_read_to_the_end_returns_its_connection(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool()
    client = client_on(pool, server)
    server.enqueue(Reply.sse(text_chunks("Hel", "lo")))
    pieces: list[str] = []
    status, _ = await client.chat(HELLO, callback=lambda chunk: pieces.append(chunk.content))
    assert (status, "".join(pieces)) == (200, "Hello")
    assert pool.counts() == counts(connections=1, idle=1, opened=1)


async def test_leaving_a_stream_early_closes_its_connection(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool()
    client = client_on(pool, server)
    server.enqueue(Reply.sse(text_chunks("a", "b", "c", "d")))

    def stop(chunk: Any) -> None:
        raise LookupError("enough")

    with pytest.raises(LookupError):
        await client.chat(HELLO, callback=stop)
    assert pool.counts() == counts(connections=0, idle=0, opened=1)
    assert await chat_text(client) == HELLO_REPLY


async def test_breaking_out_of_a_raw_stream_releases_it_once(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool()
    server.enqueue(Reply.sse(text_chunks(*"abcdefgh"), chunk_delay=0.01))
    async with httpx.AsyncClient(transport=pool, base_url=server.base_url) as http:
        async with http.stream("POST", CHAT, json={}) as response:
            async for _ in response.aiter_bytes():
                break
        await response.aclose()  # a second close changes nothing
        assert pool.counts() == counts(connections=0, idle=0, opened=1)


async def test_a_stream_cut_off_midway_discards_its_connection(
    server: FakeOpenAI, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool()
    client = client_on(pool, server)
    server.enqueue(Reply.sse(text_chunks("a", "b", "c"), drop_after=2, reset=True))
    with pytest.raises(oai.APIError):
        await client.chat(HELLO, callback=lambda chunk: None)
    assert pool.counts() == counts(connections=0, idle=0, opened=1)


# -- close ------------------------------------------------------------------------------------


async def test_close_closes_everything_and_fails_the_waiting(
    server: FakeOpenAI, gate: Gate, make_pool: Callable[..., AsyncPoolTransport]
) -> None:
    pool = make_pool(max_connections=2)
    async with httpx.AsyncClient(transport=pool, base_url=server.base_url) as http:
        idle = await http.get("/models")
        assert idle.status_code == 200
        held = asyncio.create_task(http.post(CHAT, json={}))
        third = asyncio.create_task(http.post(CHAT, json={}))
        await gate.until_arrived(2)
        fourth = asyncio.create_task(http.get("/models"))
        await until(lambda: pool.counts().waiting == 1)
        assert pool.counts() == counts(connections=2, idle=0, opened=2, waiting=1)
        await pool.aclose()
        assert pool.counts() == counts(connections=0, idle=0, opened=2)
        gate.open()
        outcomes = await asyncio.gather(held, third, fourth, return_exceptions=True)
        assert all(isinstance(o, Exception) for o in outcomes), outcomes
        assert any("closed" in str(o) for o in outcomes), outcomes
        assert pool.counts() == counts(connections=0, idle=0, opened=2)
        with pytest.raises(RuntimeError, match="closed"):
            await http.get("/models")
