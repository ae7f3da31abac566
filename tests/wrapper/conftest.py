"""Fixtures for the wrapper's tests: one fake server per session, clients per test.

`make_client` and `anyclient` are parametrized over the sync and the async client, so a test
written once with `await resolve(...)` around each call checks both.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import oai
import pytest
from oai.testing import FakeOpenAI
from wrapper_support import API_KEY, resolve


@pytest.fixture(autouse=True)
def _clean_env(clean_env: None) -> None:
    """Every test here runs without the developer's OPENAI_* settings (see tests/conftest.py)."""


@pytest.fixture
def client(server: FakeOpenAI) -> Iterator[oai.OpenAI]:
    with oai.OpenAI(base_url=server.base_url, api_key=API_KEY, timeout=10, max_retries=0) as client:
        yield client


@pytest.fixture
async def aclient(server: FakeOpenAI) -> AsyncIterator[oai.AsyncOpenAI]:
    async with oai.AsyncOpenAI(
        base_url=server.base_url, api_key=API_KEY, timeout=10, max_retries=0
    ) as client:
        yield client


# Building an SSL context is most of the ~25 ms an httpx client takes to make; hundreds of
# parametrized tests make clients, so the maker hands them a transport with one shared context
# (the server is plain HTTP anyway). The `client`/`aclient` fixtures and the configuration tests
# still exercise the wrapper's own default transport.
_SSL_CONTEXT = ssl.create_default_context()


class ClientMaker:
    """Makes clients of one flavour (sync or async) and closes them after the test."""

    def __init__(self, flavour: str, server: FakeOpenAI) -> None:
        self.flavour = flavour
        self.is_async = flavour == "async"
        self.server = server
        self._made: list[Any] = []

    def __call__(self, **config: Any) -> Any:
        config.setdefault("base_url", self.server.base_url)
        config.setdefault("api_key", API_KEY)
        config.setdefault("timeout", 10)
        # Each test here sees exactly the answer it queued; retries are tests/faults' subject.
        config.setdefault("max_retries", 0)
        if "http_client" not in config and "transport" not in config:
            config["transport"] = self.fast_transport()
        cls = oai.AsyncOpenAI if self.is_async else oai.OpenAI
        made = cls(**config)
        self._made.append(made)
        return made

    def http(self, **kwargs: Any) -> Any:
        """An httpx client of the matching flavour, closed after the test."""
        kwargs.setdefault("verify", _SSL_CONTEXT)
        made = httpx.AsyncClient(**kwargs) if self.is_async else httpx.Client(**kwargs)
        self._made.append(made)
        return made

    def fast_transport(self) -> Any:
        if self.is_async:
            return httpx.AsyncHTTPTransport(verify=_SSL_CONTEXT)
        return httpx.HTTPTransport(verify=_SSL_CONTEXT)

    async def close_all(self) -> None:
        for made in reversed(self._made):
            if isinstance(made, httpx.AsyncClient):
                await made.aclose()
            else:
                await resolve(made.close())


@pytest.fixture(params=["sync", "async"])
async def make_client(request: pytest.FixtureRequest, server: FakeOpenAI) -> AsyncIterator[Any]:
    maker = ClientMaker(request.param, server)
    yield maker
    await maker.close_all()


@pytest.fixture
def anyclient(make_client: ClientMaker) -> Any:
    """`oai.OpenAI` or `oai.AsyncOpenAI` against the fake server: wrap each call in resolve()."""
    return make_client()
