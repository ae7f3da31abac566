"""Fixtures for the fault-injection suite: one fake server, clients on a fake clock.

Every client made here retries as a real one does, but its `RetryPolicy` sleeps on a
`FakeClock`: waits are recorded, not slept, so the suite runs in seconds and tests can assert
the exact waits.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from faults_support import ClientMaker, FakeClock
from oai.testing import FakeOpenAI


@pytest.fixture(autouse=True)
def _clean_env(clean_env: None) -> None:
    """Every test here runs without the developer's OPENAI_* settings (see tests/conftest.py)."""


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
