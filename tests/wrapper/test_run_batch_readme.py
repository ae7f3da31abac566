"""The README's `run_batch` example: 10,000 requests, run as a user would against the fake."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from oai.testing import FakeOpenAI

ROOT = Path(__file__).resolve().parents[2]
SECTION = "### run_batch"
_BLOCK = re.compile(r"^```python\n# (\w+\.py)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def readme_example() -> tuple[str, str]:
    text = (ROOT / "README.md").read_text()
    start = text.index(SECTION)
    end = min(i for i in (text.find("\n### ", start + 1), text.index("\n## ", start)) if i > 0)
    (found,) = _BLOCK.findall(text[start:end])
    return found


def run(script: Path, server: FakeOpenAI) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_")}
    env.update(OPENAI_API_KEY="sk-test", OPENAI_BASE_URL=server.base_url)
    return subprocess.run(
        [sys.executable, script.name],
        cwd=script.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_readme_example_runs_10000_requests(server: FakeOpenAI, tmp_path: Path) -> None:
    name, source = readme_example()
    script = tmp_path / name
    script.write_text(source)
    started = time.perf_counter()
    first = run(script, server)
    took = time.perf_counter() - started
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[-2:] == [
        "10000 answered; the last: You said: Document 9999: the quarterly figures of branch 39.",
        "0 to send again",
    ]
    assert "10000/10000 requests, 1/1 batches" in first.stderr
    paths = [(r.method, r.path) for r in server.requests]
    assert paths.count(("POST", "/v1/files")) == 1
    assert paths.count(("POST", "/v1/batches")) == 1
    (upload,) = [r for r in server.requests if r.path == "/v1/files"]
    assert upload.body.count(b'"custom_id":"doc-') == 10_000
    assert took < 30, f"10,000 requests took {took:.1f} s"

    # Run again: the results come from the state file, and nothing is sent.
    sent = len(server.requests)
    again = run(script, server)
    assert again.returncode == 0, again.stderr
    assert again.stdout == first.stdout
    assert len(server.requests) == sent
    assert (tmp_path / "summaries.sqlite").is_file()
