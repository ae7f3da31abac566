"""The pytest plugin as a user meets it: installed, found through its entry point, in their suite.

Each test writes a user's project (the README's own files, read from its plugin section, so
the docs are what runs) and runs pytest on it in a subprocess with no ``-p``: the fixtures are
there only if the ``pytest11`` entry point of the installed oai brings them.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

import oai
import pytest
from oai.testing import FakeOpenAI, pytest_plugin

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]
SECTION = "### In your own tests: the pytest plugin"
_BLOCK = re.compile(r"^```python\n# (\w+\.py)\n(.*?)^```", re.MULTILINE | re.DOTALL)
FIXTURES = {"fake_openai", "fake_openai_client", "async_fake_openai_client", "fake_openai_waits"}


def readme_files() -> dict[str, str]:
    """The files the README's plugin section shows, by the name on their first line."""
    text = (ROOT / "README.md").read_text()
    start = text.index(SECTION)
    end = text.index("\n## ", start)
    return dict(_BLOCK.findall(text[start:end]))


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A user's project holding the README's code and tests, and no conftest of theirs."""
    files = readme_files()
    assert set(files) == {"summary.py", "test_summary.py", "test_async_summary.py"}
    for name, source in files.items():
        (pytester.path / name).write_text(source)
    return pytester


def test_the_entry_point_names_the_plugin() -> None:
    found = [ep for ep in importlib.metadata.entry_points(group="pytest11") if ep.name == "oai"]
    assert len(found) == 1, found
    assert found[0].value == "oai.testing.pytest_plugin"
    assert found[0].dist is not None and found[0].dist.name == "oai"
    assert found[0].load() is pytest_plugin


def test_the_readme_tests_pass_in_a_users_project(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("-v", "test_summary.py")
    result.assert_outcomes(passed=2)
    # pytest's header lists the plugins it loaded through entry points.
    result.stdout.fnmatch_lines(["plugins: *oai-*"])


def test_the_readme_async_test_passes_under_pytest_asyncio(project: pytest.Pytester) -> None:
    # pytest-asyncio's default, strict mode: the fixture must be marked as its own to run.
    result = project.runpytest_subprocess("-v", "test_async_summary.py")
    result.assert_outcomes(passed=1)
    # The server asked for 20 s before the retry: it was recorded, not slept.
    assert result.duration < 15, result.duration


def test_the_async_test_passes_in_auto_mode_too(project: pytest.Pytester) -> None:
    result = project.runpytest_subprocess("-o", "asyncio_mode=auto", "test_async_summary.py")
    result.assert_outcomes(passed=1)


def test_without_pytest_asyncio_anyio_runs_the_async_client(pytester: pytest.Pytester) -> None:
    """The async fixture is then a plain one, which anyio's plugin runs; a test nothing runs
    is told why."""
    # First on the subprocess's path (pytester puts its directory there), so the real one is
    # never found; blocked by name too, so pytest does not load its entry point: as if absent.
    missing = pytester.mkpydir("pytest_asyncio") / "__init__.py"
    missing.write_text("raise ModuleNotFoundError('pytest-asyncio is not installed')\n")
    pytester.makepyfile(
        test_anyio="""
        import pytest
        from oai.testing import Reply

        @pytest.fixture
        def anyio_backend():
            return "asyncio"

        @pytest.mark.anyio
        async def test_retried(fake_openai, async_fake_openai_client, fake_openai_waits):
            fake_openai.enqueue(Reply.error(429, "slow down"))
            status, _ = await async_fake_openai_client.chat([{"role": "user", "content": "hi"}])
            assert (status, fake_openai_waits) == (200, [0.5])

        def test_no_pytest_asyncio():
            with pytest.raises(ImportError):
                import pytest_asyncio

        async def test_run_by_nothing(async_fake_openai_client):
            pass
        """,
    )
    result = pytester.runpytest_subprocess("-p", "no:asyncio", "test_anyio.py")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*requested an async fixture 'async_fake_openai_client'*"])


def test_without_the_plugin_the_fixtures_are_missing(project: pytest.Pytester) -> None:
    """The other tests pass because of the entry point, not because of something else here."""
    result = project.runpytest_subprocess("-p", "no:oai", "test_summary.py")
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*fixture 'fake_openai' not found*"])


def test_where_autoloading_is_off_p_names_the_plugin(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    project.runpytest_subprocess("test_summary.py").assert_outcomes(errors=2)
    result = project.runpytest_subprocess("-p", "oai.testing.pytest_plugin", "test_summary.py")
    result.assert_outcomes(passed=2)


def test_each_test_gets_its_own_server_and_clients(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest
        from oai.testing import Reply, text

        seen = {}

        def test_first(fake_openai, fake_openai_client, fake_openai_waits):
            seen.update(server=fake_openai, client=fake_openai_client, waits=fake_openai_waits)
            fake_openai.enqueue(Reply.error(500, "left over"))
            fake_openai.script(text("left over too"))
            fake_openai_client.models()

        @pytest.mark.asyncio
        async def test_second(fake_openai, fake_openai_client, async_fake_openai_client,
                              fake_openai_waits):
            assert fake_openai is not seen["server"]
            assert fake_openai_waits == [] and fake_openai_waits is not seen["waits"]
            assert fake_openai.requests == [] and fake_openai.scripted == 0
            with pytest.raises(RuntimeError, match="closed"):
                seen["client"].models()
            with pytest.raises(RuntimeError, match="FakeOpenAI is not running"):
                seen["server"].base_url
            status, reply = fake_openai_client.chat([{"role": "user", "content": "hi"}])
            assert (status, reply.choices[0].message.content) == (200, "You said: hi")
            status, reply = await async_fake_openai_client.chat([{"role": "user", "content": "yo"}])
            assert (status, reply.choices[0].message.content) == (200, "You said: yo")
            assert len(fake_openai.requests) == 2
        """
    )
    result = pytester.runpytest_subprocess("-v")
    result.assert_outcomes(passed=2)


def test_the_environment_reaches_neither_client(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A developer's own key, base URL and proxy are for their real runs, not for the fake."""
    secret = "sk-the-developers-real-key-0042"
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens there
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(proxy, "http://127.0.0.1:9")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    pytester.makepyfile(
        f"""
        import pytest
        from oai.testing.pytest_plugin import API_KEY

        @pytest.mark.asyncio
        async def test_both(fake_openai, fake_openai_client, async_fake_openai_client):
            assert fake_openai_client.chat([{{"role": "user", "content": "a"}}])[0] == 200
            status, _ = await async_fake_openai_client.chat([{{"role": "user", "content": "b"}}])
            assert status == 200
            keys = {{r.headers["authorization"] for r in fake_openai.requests}}
            assert keys == {{"Bearer " + API_KEY}}
            assert {secret!r} not in repr(fake_openai.requests)
        """
    )
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)


def test_the_marker_sets_up_the_server(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        import pytest

        TOOL = {"type": "function", "function": {"name": "get_time", "parameters": {}}}

        @pytest.mark.fake_openai(api_key="sk-mine", calls_tools=True)
        def test_marked(fake_openai, fake_openai_client):
            assert fake_openai.api_key == "sk-mine"
            status, reply = fake_openai_client.chat(
                [{"role": "user", "content": "time?"}], tools=[TOOL]
            )
            assert status == 200, reply
            assert reply.choices[0].message.tool_calls[0].function.name == "get_time"
            assert fake_openai.last_request.headers["authorization"] == "Bearer sk-mine"

        def test_unmarked(fake_openai):
            assert fake_openai.api_key is None

        @pytest.mark.fake_openai(calls_tool=True)
        def test_misspelt(fake_openai):
            pass

        @pytest.mark.fake_openai("sk-mine")
        def test_positional(fake_openai):
            pass
        """
    )
    result = pytester.runpytest_subprocess("--strict-markers")
    result.assert_outcomes(passed=2, errors=2)
    output = result.stdout.str()
    assert "@pytest.mark.fake_openai got unknown settings ['calls_tool']" in output
    assert "FakeOpenAI takes: api_key, host, port, history, without, calls_tools" in output
    assert "@pytest.mark.fake_openai takes settings by name (api_key, " in output
    assert "got ('sk-mine',)" in output


def test_our_own_suite_loads_the_plugin(request: pytest.FixtureRequest) -> None:
    """The dev venv installs oai, so the plugin is loaded here too, beside tests/conftest.py."""
    assert request.config.pluginmanager.get_plugin("oai") is pytest_plugin


def test_its_fixtures_clash_with_none_of_ours() -> None:
    """A conftest fixture of the same name would silently stand in for the plugin's here."""
    assert set(pytest_plugin.__all__) >= FIXTURES
    ours: set[str] = set()
    for conftest in (ROOT / "tests").rglob("conftest.py"):
        for node in ast.walk(ast.parse(conftest.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and any(
                "fixture" in ast.unparse(d) for d in node.decorator_list
            ):
                ours.add(node.name)
    assert "server" in ours  # the scan finds conftest fixtures at all
    assert not FIXTURES & ours


def test_the_fixtures_work_in_this_suite(
    fake_openai: FakeOpenAI, fake_openai_client: oai.OpenAI, server: FakeOpenAI
) -> None:
    """Side by side with tests/conftest.py's session server, each is its own."""
    assert fake_openai is not server
    status, _ = fake_openai_client.chat([{"role": "user", "content": "hi"}])
    assert status == 200
    assert len(fake_openai.requests) == 1
    assert server.requests == []


def test_import_oai_does_not_import_pytest() -> None:
    program = "import sys, oai, oai.testing; print('pytest' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "False"
