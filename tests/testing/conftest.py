from collections.abc import Iterator

import httpx
import pytest
from oai.testing import FakeOpenAI


@pytest.fixture
def client(server: FakeOpenAI) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.base_url, timeout=5) as client:
        yield client
