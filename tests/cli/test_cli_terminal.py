"""`oai chat` at a real pseudo-terminal: typing, streaming, /commands, Ctrl-C."""

from __future__ import annotations

import stat
import time
from pathlib import Path

import oai
from cli_support import Terminal, chat_chunks
from oai.testing import FakeOpenAI, Reply
from oai.testing._responses import stream_events

SLOW = [f"word{n} " for n in range(40)]


def open_chat(
    env: dict[str, str], url: list[str], terminal: list[Terminal], *args: str
) -> Terminal:
    chat = Terminal(["chat", *url, *args], env)
    terminal.append(chat)
    chat.expect("Ctrl-D to exit")
    chat.expect("> ")
    return chat


def test_typed_prompts_stream_answers_with_history(
    server: FakeOpenAI, env: dict[str, str], url: list[str], terminal: list[Terminal], home: Path
) -> None:
    chat = open_chat(env, url, terminal, "--no-log")
    chat.line("My name is Ada")
    chat.expect("You said: My name is Ada\n")
    chat.expect("> ")
    chat.line("What is my name?")
    chat.expect("You said: What is my name?\n")
    chat.expect("> ")
    assert [m["content"] for m in server.last_request.json()["messages"]] == [
        "My name is Ada",
        "You said: My name is Ada",
        "What is my name?",
    ]
    chat.line("/exit")
    assert chat.wait() == 0
    # Line history is kept for the next conversation, readable by its owner only.
    history = home / "history"
    assert stat.S_IMODE(history.stat().st_mode) == 0o600
    assert "What is my name?" in history.read_text()


def test_model_and_system_commands(
    server: FakeOpenAI, env: dict[str, str], url: list[str], terminal: list[Terminal]
) -> None:
    chat = open_chat(env, url, terminal, "--no-log", "-m", "gpt-4.1")
    for typed, shown in [
        ("/model", "model: gpt-4.1\n"),
        ("/model gpt-4.1-mini", "model: gpt-4.1-mini\n"),
        ("/system Answer in French", "system prompt set\n"),
        ("/nonsense", "unknown command /nonsense"),
    ]:
        chat.line(typed)
        chat.expect(shown)
        chat.expect("> ")
    assert server.requests == []  # commands send nothing
    chat.line("hello")
    chat.expect("You said: hello\n")
    chat.expect("> ")
    body = server.last_request.json()
    assert body["model"] == "gpt-4.1-mini"
    assert body["messages"][0] == {"role": "system", "content": "Answer in French"}
    chat.type("\x04")  # Ctrl-D at an empty prompt
    assert chat.wait() == 0


def test_ctrl_c_stops_the_stream_keeps_what_arrived_then_exits(
    server: FakeOpenAI, env: dict[str, str], url: list[str], terminal: list[Terminal]
) -> None:
    server.enqueue(Reply.sse(chat_chunks(SLOW), chunk_delay=0.2))
    chat = open_chat(env, url, terminal, "--no-log")
    chat.line("Count slowly")
    shown = chat.expect("word2 ")
    chat.interrupt()
    chat.expect("(interrupted: what arrived is kept")
    chat.expect("> ")
    # What the terminal showed of the answer, less the ^C the terminal itself echoes.
    partial = chat.output[chat.output.index("word0") :].split("\n")[0].replace("^C", "")
    assert partial.startswith("word0 word1 word2 ") and "word39" not in partial, shown

    chat.line("And then?")
    chat.expect("You said: And then?\n")
    messages = server.last_request.json()["messages"]
    assert messages[:2] == [
        {"role": "user", "content": "Count slowly"},
        {"role": "assistant", "content": partial},
    ]
    chat.expect("> ")
    # CPython's readline loses a SIGINT that lands between drawing the prompt and waiting for
    # a key (no person types that fast): give it a moment to be waiting.
    time.sleep(0.3)
    chat.interrupt()  # the second Ctrl-C, at the prompt
    assert chat.wait() == 130


def test_an_error_mid_conversation_is_one_line_and_the_conversation_goes_on(
    server: FakeOpenAI, env: dict[str, str], url: list[str], terminal: list[Terminal]
) -> None:
    chat = open_chat(env, url, terminal, "--no-log")
    chat.line("first")
    chat.expect("You said: first\n")
    chat.expect("> ")
    server.enqueue(Reply.error(400, "That model does not exist", code="model_not_found"))
    chat.line("second")
    chat.expect("oai: error: BadRequestError: That model does not exist")
    chat.expect("> ")
    chat.line("third")
    chat.expect("You said: third\n")
    chat.expect("> ")
    # The failed turn left no trace in the history.
    assert [m["content"] for m in server.last_request.json()["messages"]] == [
        "first",
        "You said: first",
        "third",
    ]
    assert "Traceback" not in chat.output
    chat.line("/exit")
    assert chat.wait() == 0


def test_ctrl_c_in_a_responses_conversation_sends_what_arrived_with_the_next_prompt(
    server: FakeOpenAI, env: dict[str, str], url: list[str], terminal: list[Terminal]
) -> None:
    # A long answer, played back slowly: the fake's own event sequence for a stored response.
    with oai.new(base_url=server.base_url, api_key="sk-x", max_retries=0) as client:
        _, long = client.create_response(" ".join(f"w{n}" for n in range(60)))
    server.enqueue(Reply.sse(stream_events(long.to_dict()), done=False, chunk_delay=0.15))

    chat = open_chat(env, url, terminal, "--responses", "--no-log")
    chat.line("Tell a story")
    chat.expect("w2 ")
    chat.interrupt()
    chat.expect("(interrupted: what arrived is kept")
    chat.expect("> ")
    partial = chat.output[chat.output.index("You said:") :].split("\n")[0].replace("^C", "")
    assert "w59" not in partial
    chat.line("Go on")
    chat.expect("You said: Go on\n")
    body = server.last_request.json()
    assert body["input"] == [
        {"role": "user", "content": "Tell a story"},
        {"role": "assistant", "content": partial},
        {"role": "user", "content": "Go on"},
    ]
    assert "previous_response_id" not in body  # the stopped answer has no response to chain to
    chat.expect("> ")
    chat.line("And then?")
    chat.expect("You said: And then?\n")
    assert server.last_request.json()["input"] == "And then?"  # chained from here on
    assert server.last_request.json()["previous_response_id"].startswith("resp_")
    chat.expect("> ")
    chat.line("/exit")
    assert chat.wait() == 0
