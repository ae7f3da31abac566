"""Fixtures for the fault-injection suite: one fake server, clients on a fake clock.

Every client made here retries as a real one does, but its `RetryPolicy` sleeps on a
`FakeClock`: waits are recorded, not slept, so the suite runs in seconds and tests can assert
the exact waits.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from faults_support import ClientMaker, FakeClock
from oai.testing import FakeOpenAI


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own settings must never leak into a test."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def _faults_server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def server(_faults_server: FakeOpenAI) -> FakeOpenAI:
    """One server for the whole session, wiped clean before each test."""
    _faults_server.reset()
    return _faults_server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=["sync", "async"])
async def make_client(
    request: pytest.FixtureRequest, server: FakeOpenAI, clock: FakeClock
) -> AsyncIterator[ClientMaker]:
    maker = ClientMaker(request.param, server, clock)
    yield maker
    await maker.close_all()


@pytest.fixture
def anyclient(make_client: ClientMaker) -> Any:
    """`oai.OpenAI` or `oai.AsyncOpenAI` on the fake clock: wrap each call in resolve()."""
    return make_client()
