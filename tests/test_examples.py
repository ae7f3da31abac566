"""`make demo` runs these examples; here they run the same way and their output is checked."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_script(script: str, **env_vars: str) -> subprocess.CompletedProcess[str]:
    """Run an example script as a user would: no key or base URL of ours unless given here."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env.update(env_vars)
    return subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def test_examples_run_against_the_local_server() -> None:
    result = run_script("run_all.py")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert out.startswith(
        "OPENAI_API_KEY is not set: running the examples against http://127.0.0.1:"
    )
    assert out.rstrip().endswith("11 passed, 0 skipped, 0 failed")
    # chat.py: the reply to the user's message, as the fake server derives it.
    assert "You said: Write a 'Hello world' program in Python" in out
    # session.py: both replies, then the five-message history with roles.
    assert "user Excluding the colors you just listed, tell me your favorite color" in out
    assert out.count("assistant You said:") == 2
    # streaming.py: streamed text arrives whole, and the session kept the reply.
    assert "You said: Tell me a short story about a robot and a cat" in out
    assert "the session kept the 39-character reply" in out


def run_example(name: str, **server_options: Any) -> str:
    """Run one example against a fresh local server, as `make demo` does; return its output.

    Tests for the examples of each area call this with their script's name and check what it
    printed.
    """
    from oai.testing import FakeOpenAI

    with FakeOpenAI(**server_options) as server:
        result = run_script(name, OPENAI_BASE_URL=server.base_url)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout
