"""scripts/unasync.py: the wrapper's sync modules are what their asyncio sources make them."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import unasync  # noqa: E402

SOURCE = '''"""An AsyncOpenAI docstring: prose is never rewritten, async or not."""

from ._async_client import AsyncOpenAI

__all__ = ["AsyncOpenAI", "async_helper"]


async def async_helper(client: AsyncOpenAI) -> None:
    # await in a comment stays
    async with client._http.stream("GET", "/x") as response:
        async for data in response.aiter_bytes():
            await response.aclose()
    items = [part async for part in response.aiter_bytes()]
    text = "an AsyncOpenAI client"
'''


def test_keywords_are_dropped_and_names_mapped() -> None:
    out = unasync.unasync_source(SOURCE)
    ast.parse(out)  # still Python
    assert "from ._client import OpenAI" in out
    assert "def helper(client: OpenAI) -> None:" in out
    assert 'with client._http.stream("GET", "/x") as response:' in out
    assert "for data in response.iter_bytes():" in out
    assert "response.close()" in out
    assert "[part for part in response.iter_bytes()]" in out
    assert '__all__ = ["OpenAI", "helper"]' in out  # a string that is exactly a name


def test_prose_and_other_strings_are_left_alone() -> None:
    out = unasync.unasync_source(SOURCE)
    assert '"""An AsyncOpenAI docstring: prose is never rewritten, async or not."""' in out
    assert "# await in a comment stays" in out
    assert 'text = "an AsyncOpenAI client"' in out  # a string with more than a name in it


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AsyncOpenAI", "OpenAI"),
        ("AsyncByteStream", "SyncByteStream"),
        ("handle_async_request", "handle_request"),
        ("__aexit__", "__exit__"),
        ("aclose", "close"),
        ("ainvoke", "invoke"),
        ("async_own_transport", "own_transport"),
        ("_async_sessions", "_sessions"),
        ("asyncio", "asyncio"),  # not a prefix rule: left as it is
        ("aread_more", "aread_more"),
    ],
)
def test_name_rules(name: str, expected: str) -> None:
    assert unasync.sync_name(name) == expected


def test_every_twin_is_current_and_says_where_it_comes_from() -> None:
    for source_name, target_name in unasync.TWINS:
        source, target = unasync.PACKAGE / source_name, unasync.PACKAGE / target_name
        text = target.read_text()
        assert text.startswith(f"# Generated from {source_name} by scripts/unasync.py."), target
        assert text == unasync.twin_text(source, target, source_name), f"{target_name} is stale"
        assert "async def" not in text and "await " not in text.replace('"', "")


def test_check_fails_naming_a_stale_twin(tmp_path: Path) -> None:
    """A copy of the package with one source changed: --check names the twin and exits 1."""
    package = tmp_path / "oai"
    shutil.copytree(unasync.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    source = package / "_async_sessions.py"
    source.write_text(source.read_text().replace("the only I/O of a session", "changed"))
    script = [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--package", str(package)]
    result = subprocess.run([*script, "--check"], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "wrapper/oai/_sessions.py" in result.stderr
    assert "_client.py" not in result.stderr
    # Without --check it rewrites the twin, and then the check passes.
    subprocess.run(script, check=True, capture_output=True)
    assert "changed" in (package / "_sessions.py").read_text()
    again = subprocess.run([*script, "--check"], capture_output=True)
    assert again.returncode == 0
