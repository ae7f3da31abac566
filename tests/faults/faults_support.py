"""Helpers for the fault-injection suite (a plain module: tests/faults is on sys.path)."""

from __future__ import annotations

import inspect
import ssl
from typing import Any

import httpx
import oai
from oai.testing import FakeOpenAI

API_KEY = "sk-faults-secret-4242"
HELLO = [{"role": "user", "content": "Hello there"}]
HELLO_REPLY = FakeOpenAI.reply_text_for(HELLO)
START = 1_700_000_000.0  # the fake wall clock's "now", in Unix seconds

_SSL_CONTEXT = ssl.create_default_context()


async def resolve(value: Any) -> Any:
    """Await `value` if it is awaitable: lets one test body drive a sync or an async client."""
    if inspect.isawaitable(value):
        return await value
    return value


class FakeClock:
    """Time for a `RetryPolicy`: sleeping only records the wait and moves the clock on.

    `jitter` is what the policy's `random()` returns: 0 means no jitter, so waits are exact.
    """

    def __init__(self, jitter: float = 0.0) -> None:
        self.waits: list[float] = []
        self.jitter = jitter
        self.time = START

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.time += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    def now(self) -> float:
        return self.time

    def random(self) -> float:
        return self.jitter

    def policy(self, **settings: Any) -> oai.RetryPolicy:
        return oai.RetryPolicy(
            sleep=self.sleep,
            async_sleep=self.async_sleep,
            now=self.now,
            random=self.random,
            **settings,
        )


class ClientMaker:
    """Makes clients of one flavour (sync or async), on the fake clock, and closes them."""

    def __init__(self, flavour: str, server: FakeOpenAI, clock: FakeClock) -> None:
        self.flavour = flavour
        self.is_async = flavour == "async"
        self.server = server
        self.clock = clock
        self._made: list[Any] = []

    def __call__(self, **config: Any) -> Any:
        config.setdefault("base_url", self.server.base_url)
        config.setdefault("api_key", API_KEY)
        config.setdefault("timeout", 10)
        config.setdefault("retry_policy", self.clock.policy())
        if "http_client" not in config and "transport" not in config:
            config["transport"] = self.pool_transport()
        cls = oai.AsyncOpenAI if self.is_async else oai.OpenAI
        made = cls(**config)
        self._made.append(made)
        return made

    def pool_transport(self) -> Any:
        """A real connection pool, sharing one SSL context (making one is most of a client's
        start-up time, and the server is plain HTTP anyway)."""
        if self.is_async:
            return httpx.AsyncHTTPTransport(verify=_SSL_CONTEXT)
        return httpx.HTTPTransport(verify=_SSL_CONTEXT)

    def http(self, **kwargs: Any) -> Any:
        """An httpx client of the matching flavour, closed after the test."""
        kwargs.setdefault("verify", _SSL_CONTEXT)
        made = httpx.AsyncClient(**kwargs) if self.is_async else httpx.Client(**kwargs)
        self._made.append(made)
        return made

    async def close_all(self) -> None:
        for made in reversed(self._made):
            if isinstance(made, httpx.AsyncClient):
                await made.aclose()
            else:
                await resolve(made.close())


def pool_connections(client: Any) -> list[Any]:
    """The httpcore connections in the pool under `client` (made by `ClientMaker`)."""
    return list(client._pool.transport._pool.connections)


def busy_connections(client: Any) -> list[Any]:
    """Connections still in use: a leak once the call that used them has returned or raised."""
    return [c for c in pool_connections(client) if not (c.is_idle() or c.is_closed())]


def chunk(content: str | None = None, *, finish_reason: str | None = None) -> dict[str, Any]:
    """A `chat.completion.chunk` event payload with one choice."""
    delta = {} if content is None else {"content": content}
    return {
        "id": "chatcmpl-faults",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "gpt-test",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }


def text_chunks(*pieces: str) -> list[dict[str, Any]]:
    """A complete text stream: one chunk per piece and a finishing chunk."""
    return [chunk(piece) for piece in pieces] + [chunk(finish_reason="stop")]
