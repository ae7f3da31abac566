"""Every exchange of `oai chat` logged to SQLite; `-c`/`--cid` resume; `oai logs` lists,
searches and shows; `--no-log` and `oai logs off` keep a conversation out."""

from __future__ import annotations

import json
import stat
import time
from pathlib import Path
from typing import Any

import oai
from cli_support import Terminal, chat_chunks, run_oai
from oai.testing import FakeOpenAI, Reply


def chat(env: dict[str, str], url: list[str], *args: str) -> str:
    done = run_oai(["chat", *url, *args], env)
    assert done.returncode == 0, done.stderr
    return done.stdout


def logged(home: Path) -> list[Any]:
    """The conversations in the command's log, newest first (`SavedConversation`s)."""
    with oai.SessionStore(home / "logs.db", create=False) as store:
        return store.conversations()


def test_each_exchange_is_logged_and_continue_resumes(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path
) -> None:
    chat(env, url, "-s", "Be brief", "My name is Ada")
    chat(env, url, "-c", "What is my name?")
    [conversation] = logged(home)
    assert conversation.kind == "chat" and conversation.title == "My name is Ada"
    assert [e.prompt for e in conversation.exchanges] == ["My name is Ada", "What is my name?"]
    assert conversation.exchanges[1].reply == "You said: What is my name?"
    assert conversation.exchanges[0].usage["total_tokens"] > 0
    # The resumed request carried the whole history, system prompt first.
    assert server.last_request.json()["messages"] == [
        {"role": "system", "content": "Be brief"},
        {"role": "user", "content": "My name is Ada"},
        {"role": "assistant", "content": "You said: My name is Ada"},
        {"role": "user", "content": "What is my name?"},
    ]
    mode = stat.S_IMODE((home / "logs.db").stat().st_mode)
    assert mode == 0o600, oct(mode)


def test_cid_resumes_a_given_conversation_by_its_id_or_its_start(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path
) -> None:
    chat(env, url, "about cats")
    chat(env, url, "about dogs")
    cats = next(c for c in logged(home) if c.title == "about cats")
    chat(env, url, "--cid", cats.id[:8], "more please")
    assert server.last_request.json()["messages"][0]["content"] == "about cats"
    chat(env, url, "--cid", cats.id, "and more")
    again = next(c for c in logged(home) if c.id == cats.id)
    assert [e.prompt for e in again.exchanges] == ["about cats", "more please", "and more"]
    assert len(logged(home)) == 2


def test_a_model_given_on_continue_applies_from_then_on(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path
) -> None:
    chat(env, url, "-m", "gpt-4.1-mini", "-o", "temperature=0.5", "one")
    chat(env, url, "-c", "two")
    assert server.last_request.json()["model"] == "gpt-4.1-mini"  # kept from the log
    assert server.last_request.json()["temperature"] == 0.5
    chat(env, url, "-c", "-m", "gpt-4.1", "three")
    assert server.last_request.json()["model"] == "gpt-4.1"
    [conversation] = logged(home)
    assert [e.model for e in conversation.exchanges] == ["gpt-4.1-mini", "gpt-4.1-mini", "gpt-4.1"]


def test_responses_conversations_resume_by_response_id(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path
) -> None:
    chat(env, url, "--responses", "first")
    first_id = server.requests[-1]
    chat(env, url, "-c", "second")  # the latest is a Responses one: -c knows
    body = server.last_request.json()
    assert server.last_request.path.endswith("/responses")
    assert body["previous_response_id"].startswith("resp_") and body["input"] == "second"
    assert first_id.json()["input"] == "first"
    [conversation] = logged(home)
    assert conversation.kind == "responses"
    assert [e.prompt for e in conversation.exchanges] == ["first", "second"]
    # A chat logged since: -c continues it, -c --responses the latest Responses one.
    second_id = conversation.exchanges[1].responses[0]["id"]
    chat(env, url, "a chat")
    chat(env, url, "-c", "--responses", "third")
    assert server.last_request.path.endswith("/responses")
    assert server.last_request.json()["previous_response_id"] == second_id
    by_kind = {c.kind: [e.prompt for e in c.exchanges] for c in logged(home)}
    assert by_kind == {"responses": ["first", "second", "third"], "chat": ["a chat"]}
    named = run_oai(["chat", *url, "--cid", conversation.id, "--responses", "x"], env)
    assert named.returncode == 0, named.stderr  # the id names a Responses one: fine
    chat_id = next(c.id for c in logged(home) if c.kind == "chat")
    refused = run_oai(["chat", *url, "--cid", chat_id, "--responses", "x"], env)
    assert refused.returncode == 1 and "is a chat one" in refused.stderr


def test_no_log_and_logs_off(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path
) -> None:
    chat(env, url, "--no-log", "secret one")
    assert not (home / "logs.db").exists()
    assert run_oai(["logs", "off"], env).returncode == 0
    chat(env, url, "secret two")
    assert not (home / "logs.db").exists()
    assert run_oai(["logs", "on"], env).returncode == 0
    chat(env, url, "public")
    assert [c.title for c in logged(home)] == ["public"]


def test_continue_with_nothing_logged(env: dict[str, str], url: list[str], home: Path) -> None:
    done = run_oai(["chat", *url, "-c", "hi"], env)
    assert done.returncode == 1
    assert (
        done.stderr == f"oai: error: no conversations logged yet (no log at {home / 'logs.db'})\n"
    )


def test_logs_list_search_and_show(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path
) -> None:
    chat(env, url, "-m", "gpt-4.1-mini", "tell me about lighthouses")
    time.sleep(0.01)
    chat(env, url, "tell me about volcanoes")
    chat(env, url, "-c", "and geysers?")

    listed = run_oai(["logs"], env)
    assert listed.returncode == 0, listed.stderr
    rows = [line.split("\t") for line in listed.stdout.splitlines()]
    assert [(r[2], r[3]) for r in rows] == [
        ("gpt-4.1", "tell me about volcanoes"),  # newest first
        ("gpt-4.1-mini", "tell me about lighthouses"),
    ]
    found = run_oai(["logs", "-q", "geysers"], env).stdout.splitlines()
    assert [line.split("\t")[3] for line in found] == ["tell me about volcanoes"]
    assert run_oai(["logs", "-n", "1"], env).stdout.splitlines() == listed.stdout.splitlines()[:1]

    shown = run_oai(["logs", "show", rows[0][0]], env)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert "> tell me about volcanoes\nYou said: tell me about volcanoes\n" in text
    assert "> and geysers?\nYou said: and geysers?\n" in text and "2 exchanges" in text
    record = json.loads(run_oai(["logs", "show", rows[0][0], "--json"], env).stdout)
    assert [e["prompt"] for e in record["exchanges"]] == ["tell me about volcanoes", "and geysers?"]

    missing = run_oai(["logs", "show", "zzzz"], env)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert "no logged conversation has an id starting 'zzzz'" in missing.stderr


def test_ctrl_c_keeps_what_arrived_in_the_log_and_continue_sends_it(
    server: FakeOpenAI, env: dict[str, str], url: list[str], home: Path, terminal: list[Terminal]
) -> None:
    server.enqueue(Reply.sse(chat_chunks([f"part{n} " for n in range(50)]), chunk_delay=0.2))
    one_shot = Terminal(["chat", *url, "Tell me a long story"], env)
    terminal.append(one_shot)
    one_shot.expect("part1 ")
    one_shot.interrupt()
    assert one_shot.wait() == 130
    assert "oai: interrupted" in one_shot.output
    shown = one_shot.output[one_shot.output.index("part0") :].split("\n")[0].replace("^C", "")

    [conversation] = logged(home)
    assert conversation.tail == [
        {"role": "user", "content": "Tell me a long story"},
        {"role": "assistant", "content": shown},
    ]
    assert "part49" not in shown

    # Resumed at the terminal: the server receives the partial answer as history.
    resumed = Terminal(["chat", *url, "-c"], env)
    terminal.append(resumed)
    resumed.expect("continuing")
    resumed.expect("> ")
    resumed.line("Go on")
    resumed.expect("You said: Go on\n")
    assert server.last_request.json()["messages"] == [
        {"role": "user", "content": "Tell me a long story"},
        {"role": "assistant", "content": shown},
        {"role": "user", "content": "Go on"},
    ]
    resumed.expect("> ")
    resumed.line("/exit")
    assert resumed.wait() == 0
    [conversation] = logged(home)
    assert [e.prompt for e in conversation.exchanges] == ["Tell me a long story\nGo on"]


def test_save_command_writes_a_json_file(
    server: FakeOpenAI,
    env: dict[str, str],
    url: list[str],
    tmp_path: Path,
    terminal: list[Terminal],
) -> None:
    target = tmp_path / "talk.json"
    session = Terminal(["chat", *url, "--no-log"], env)
    terminal.append(session)
    session.expect("> ")
    session.line("remember this")
    session.expect("You said: remember this\n")
    session.expect("> ")
    session.line(f"/save {target}")
    session.expect(f"in {target}\n")
    session.expect("> ")
    session.line("/exit")
    assert session.wait() == 0
    with oai.new(base_url=server.base_url, api_key="sk-x") as client:
        loaded = oai.ChatSession.load(client, target)
    assert [m["content"] for m in loaded.messages] == ["remember this", "You said: remember this"]
