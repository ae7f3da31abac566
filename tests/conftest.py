"""Fixtures shared by every suite that talks to the fake server (wrapper, faults, testing).

One `FakeOpenAI` serves the whole session (starting a server per test would dominate the run
time); `server` hands it to a test wiped clean: no queued replies, routes, recorded requests or
stored objects, and ids counting from 1 again.
"""

from __future__ import annotations

from collections.abc import Iterator

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
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The developer's own OPENAI_* settings must never leak into a test."""
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
