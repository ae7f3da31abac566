"""Fixtures for the `oai` command's tests: a home of its own and the child's environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_support import API_KEY, Terminal
from oai.testing import FakeOpenAI


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "oai-home"


@pytest.fixture
def env(home: Path, tmp_path: Path) -> dict[str, str]:
    """The command's environment: the home in a temporary directory, a fake key, and none of
    the developer's own OPENAI_*/provider settings or XDG directories."""
    kept = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("OPENAI_", "GEMINI_", "OPENROUTER_", "AZURE_", "XDG_", "OAI_"))
    }
    return {
        **kept,
        "OAI_HOME": str(home),
        "OPENAI_API_KEY": API_KEY,
        "HOME": str(tmp_path),
        "TERM": "dumb",
        "PYTHONUNBUFFERED": "1",
    }


@pytest.fixture
def url(server: FakeOpenAI) -> list[str]:
    """`--base-url` for the session's fake server, as command-line arguments."""
    return ["--base-url", server.base_url]


@pytest.fixture
def terminal(env: dict[str, str]) -> Iterator[list[Terminal]]:
    """Terminals opened by a test (append them), closed (and their child killed) after it."""
    opened: list[Terminal] = []
    yield opened
    for opened_terminal in opened:
        opened_terminal.close()
    for opened_terminal in opened:  # whatever happened at it, no terminal showed the key
        assert API_KEY not in opened_terminal.output
