from collections.abc import Iterator

import httpx
import pytest
from oai.testing import FakeOpenAI


@pytest.fixture(scope="session")
def _session_server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def server(_session_server: FakeOpenAI) -> FakeOpenAI:
    """One server for the whole session (fast), wiped clean before each test (isolated)."""
    _session_server.reset()
    return _session_server


@pytest.fixture
def client(server: FakeOpenAI) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=5) as client:
        yield client
