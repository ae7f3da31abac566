"""Fixtures for the conformance suite: clients pointed at Prism, recording what they send.

The suite needs Prism serving the public OpenAI spec, which `make test-conformance`
(scripts/conformance.py) starts and names in `OAI_PRISM_URL`. Without that variable, as under a
plain `make test`, every test here is skipped with the reason.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import oai
import pytest
from conformance_support import (
    API_KEY,
    URL_ENV,
    AsyncRecordingTransport,
    Exchange,
    RecordingTransport,
)

SKIP_REASON = (
    f"{URL_ENV} is not set: the conformance suite needs Prism serving the public OpenAI spec;"
    " run it with `make test-conformance`"
)


HERE = Path(__file__).parent


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without Prism, skip every test of this directory (one summary line per file)."""
    if os.environ.get(URL_ENV):
        return
    skip = pytest.mark.skip(reason=SKIP_REASON)
    for item in items:
        if item.path.is_relative_to(HERE):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def prism_url(monkeypatch: pytest.MonkeyPatch) -> str:
    """Prism's base URL (the spec's paths are served at its root, without `/v1`)."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return os.environ[URL_ENV].rstrip("/")


@pytest.fixture
def sent() -> list[Exchange]:
    """Every request the test's client made, in order, with the status Prism gave it."""
    return []


@pytest.fixture(params=["sync", "async"])
async def anyclient(
    request: pytest.FixtureRequest, prism_url: str, sent: list[Exchange]
) -> AsyncIterator[Any]:
    """`oai.OpenAI` or `oai.AsyncOpenAI` against Prism: wrap each call in `resolve()`."""
    if request.param == "async":
        async with oai.new_async(
            api_key=API_KEY,
            base_url=prism_url,
            timeout=30,
            transport=AsyncRecordingTransport(sent),
        ) as client:
            yield client
    else:
        with oai.new(
            api_key=API_KEY, base_url=prism_url, timeout=30, transport=RecordingTransport(sent)
        ) as client:
            yield client


@pytest.fixture
def raw(prism_url: str) -> Iterator[httpx.Client]:
    """A plain httpx client for the negative controls: requests the wrapper would never send."""
    with httpx.Client(base_url=prism_url, timeout=30) as client:
        yield client
