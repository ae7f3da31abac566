"""The command's parts that need no server: where things live, options, prompts, progress,
error lines; and that `import oai` loads none of it."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import Terminal, run_oai
from oai._cli_chat import compose_prompt, parse_request_options
from oai._cli_errors import CLIError, error_line
from oai._cli_home import home_paths
from oai._cli_progress import Progress, progress_text
from oai.testing import FakeOpenAI

USER = Path("/home/ada")


def test_xdg_directories_on_linux() -> None:
    paths = home_paths({}, "linux", USER)
    assert paths.log_db == USER / ".local/share/oai/logs.db"
    assert paths.config_file == USER / ".config/oai/config.json"
    paths = home_paths({"XDG_DATA_HOME": "/d", "XDG_CONFIG_HOME": "/c"}, "linux", USER)
    assert (paths.log_db, paths.config_file) == (Path("/d/oai/logs.db"), Path("/c/oai/config.json"))
    # A relative XDG value is ignored, as the spec says.
    assert home_paths({"XDG_DATA_HOME": "rel"}, "linux", USER).data == USER / ".local/share/oai"


def test_oai_home_overrides_everything() -> None:
    environ = {"OAI_HOME": "/tmp/o", "XDG_DATA_HOME": "/d"}
    for platform in ("linux", "darwin", "win32"):
        paths = home_paths(environ, platform, USER)
        assert (paths.data, paths.config) == (Path("/tmp/o"), Path("/tmp/o"))


def test_other_platforms() -> None:
    assert home_paths({}, "darwin", USER).data == USER / "Library/Application Support/oai"
    assert home_paths({"APPDATA": "/appdata"}, "win32", USER).config == Path("/appdata/oai")


def test_request_options() -> None:
    parsed = parse_request_options(
        ["temperature=0.2", "n=2", "stream_options={}", "user=ada", 'stop=["a"]', "x=", "y=a=b"]
    )
    assert parsed == {
        "temperature": 0.2,
        "n": 2,
        "stream_options": {},
        "user": "ada",
        "stop": ["a"],
        "x": "",
        "y": "a=b",
    }
    assert parse_request_options(["flag=true", "none=null"]) == {"flag": True, "none": None}
    with pytest.raises(CLIError, match="key=value"):
        parse_request_options(["temperature"])


def test_prompts() -> None:
    assert compose_prompt("summarise", "notes\n") == "notes\n\nsummarise"
    assert compose_prompt(None, "just notes\n") == "just notes"
    assert compose_prompt("ask", None) == "ask"
    assert compose_prompt(None, "  \n") is None and compose_prompt(None, None) is None


def test_progress_wording() -> None:
    assert progress_text("up", 512, 2048, bar=False) == "up: 25% 512 B of 2.0 KiB"
    bar = progress_text("up", 3 * 2**20, 6 * 2**20, bar=True)
    assert bar == f"up [{'#' * 15}{'-' * 15}]  50% 3.0 MiB of 6.0 MiB"
    assert progress_text("up", 0, 0, bar=False) == "up: 100% 0 B of 0 B"


def test_progress_lines_off_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(stream, "up")
    progress.update(1, 2)
    progress.update(2, 2)
    progress.finish()
    assert stream.getvalue() == "up: 50% 1 B of 2 B\nup: 100% 2 B of 2 B\n"


def test_error_lines() -> None:
    assert error_line(CLIError("bad\n  thing")) == "oai: error: bad thing"
    assert error_line(ValueError("sk-secret-1 leaked"), ["sk-secret-1"]) == "oai: error: *** leaked"
    missing = FileNotFoundError(2, "No such file or directory", "/x")
    assert error_line(missing) == "oai: error: No such file or directory: /x"


def test_import_oai_loads_no_cli_module() -> None:
    code = (
        "import sys, oai\n"
        "mine = [m for m in sys.modules if m in ('oai._cli', 'oai.__main__')"
        " or m.startswith('oai._cli_')]\n"
        "print(mine + [m for m in ('argparse', 'readline', 'sqlite3') if m in sys.modules])"
    )
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
    times = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import oai"], capture_output=True, text=True
    )
    assert "oai._cli" not in times.stderr.replace("oai._client", "")
    assert "| oai\n" in times.stderr  # the listing is there: the check above can fail


def test_the_console_script_is_installed(env: dict[str, str]) -> None:
    script = Path(sys.executable).parent / "oai"
    done = subprocess.run([str(script), "--help"], capture_output=True, text=True, env=env)
    assert done.returncode == 0 and "chat" in done.stdout and "logs" in done.stdout


def test_a_provider_gets_its_own_key_and_model(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    env["GEMINI_API_KEY"] = "gm-test-key-123456"
    done = run_oai(["chat", *url, "--provider", "gemini", "--no-log", "hi"], env)
    assert (done.returncode, done.stdout) == (0, "You said: hi\n"), done.stderr
    request = server.last_request
    assert request.headers["authorization"] == "Bearer gm-test-key-123456"  # never OpenAI's
    assert request.json()["model"] == "gemini-2.5-flash"


def test_upload_progress_is_a_bar_on_a_terminal(
    server: FakeOpenAI,
    env: dict[str, str],
    url: list[str],
    tmp_path: Path,
    terminal: list[Terminal],
) -> None:
    data = tmp_path / "data.jsonl"
    data.write_bytes(b"y" * 9000)
    upload = Terminal(
        ["files", "upload", *url, str(data), "-p", "batch", "--part-size", "3000"], env
    )
    terminal.append(upload)
    assert upload.wait() == 0
    assert "\r" in upload.output  # one bar, redrawn in place
    assert f"[{'#' * 30}] 100%" in upload.output
    assert upload.output.rstrip().splitlines()[-1].startswith("file-")


def test_azure_takes_its_endpoint_from_base_url(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    env["AZURE_OPENAI_API_KEY"] = "az-test-key-123456"
    endpoint = server.base_url.removesuffix("/v1")
    args = ["chat", "--provider", "azure", "--base-url", endpoint, "-m", "my-deployment"]
    done = run_oai([*args, "--no-log", "hi"], env)
    assert (done.returncode, done.stdout) == (0, "You said: hi\n"), done.stderr
    request = server.last_request
    assert (
        request.path.startswith("/openai/v1/")
        and request.headers["api-key"] == "az-test-key-123456"
    )
    assert "authorization" not in request.headers


def test_a_local_server_needs_no_key(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    del env["OPENAI_API_KEY"]
    done = run_oai(["chat", *url, "--no-log", "hi"], env)
    assert (done.returncode, done.stdout) == (0, "You said: hi\n"), done.stderr
    assert "authorization" not in server.last_request.headers
