"""`oai keys set` and `oai logs on/off`: the config file, its permissions, and the key's use."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from cli_support import Terminal, run_oai
from oai.testing import FakeOpenAI

STORED = "sk-stored-key-fedcba9876543210"


def test_key_from_a_pipe_is_stored_0600_and_used(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path
) -> None:
    del env["OPENAI_API_KEY"]
    done = run_oai(["keys", "set"], env, input=f"{STORED}\n")
    assert done.returncode == 0, done.stderr
    assert STORED not in done.stdout + done.stderr
    config = home / "config.json"
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert json.loads(config.read_text())["keys"] == {"openai": STORED}
    assert list(home.iterdir()) == [config]  # no temporary file left behind

    chat = run_oai(["chat", *url, "--no-log", "hi"], env)
    assert chat.returncode == 0, chat.stderr
    assert server.last_request.headers["authorization"] == f"Bearer {STORED}"
    assert STORED not in chat.stdout + chat.stderr


def test_the_environment_key_wins(server: FakeOpenAI, env: dict[str, str], url: list[str]) -> None:
    assert run_oai(["keys", "set"], env, input=STORED).returncode == 0
    assert run_oai(["chat", *url, "--no-log", "hi"], env).returncode == 0
    assert server.last_request.headers["authorization"] == f"Bearer {env['OPENAI_API_KEY']}"


def test_a_provider_key_is_kept_apart(env: dict[str, str], home: Path) -> None:
    assert run_oai(["keys", "set"], env, input=STORED).returncode == 0
    assert run_oai(["keys", "set", "gemini"], env, input="gm-key-1234567\n").returncode == 0
    keys = json.loads((home / "config.json").read_text())["keys"]
    assert keys == {"openai": STORED, "gemini": "gm-key-1234567"}


def test_typed_key_is_never_echoed(
    server: FakeOpenAI, env: dict[str, str], url: list[str], terminal: list[Terminal], home: Path
) -> None:
    del env["OPENAI_API_KEY"]
    typing = Terminal(["keys", "set"], env)
    terminal.append(typing)
    typing.expect("(not shown): ")
    typing.line(STORED)
    assert typing.wait() == 0
    assert STORED not in typing.output
    assert "key stored in" in typing.output
    assert json.loads((home / "config.json").read_text())["keys"]["openai"] == STORED


def test_empty_key_stores_nothing(env: dict[str, str], home: Path) -> None:
    done = run_oai(["keys", "set"], env, input="\n")
    assert (done.returncode, done.stderr) == (1, "oai: error: no key given: nothing stored\n")
    assert not (home / "config.json").exists()


def test_a_config_that_is_not_json_is_named(env: dict[str, str], home: Path) -> None:
    home.mkdir()
    (home / "config.json").write_text("{not json")
    done = run_oai(["keys", "set"], env, input=STORED)
    assert done.returncode == 1
    config = home / "config.json"
    assert (
        done.stderr
        == f"oai: error: the config file {config} is not a JSON object: fix or remove it\n"
    )
    assert (home / "config.json").read_text() == "{not json"  # left as it was


def test_logs_off_and_on(env: dict[str, str], home: Path) -> None:
    assert run_oai(["logs", "off"], env).returncode == 0
    assert json.loads((home / "config.json").read_text())["logging"] is False
    assert run_oai(["logs", "on"], env).returncode == 0
    assert json.loads((home / "config.json").read_text())["logging"] is True
    assert run_oai(["logs", "path"], env).stdout == f"{home / 'logs.db'}\n"
