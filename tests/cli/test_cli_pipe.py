"""`oai` in plain pipes: stdout carries only the answer, and every option reaches the request."""

from __future__ import annotations

import json

from cli_support import chat_chunks, run_oai
from oai.testing import FakeOpenAI, Reply


def test_answer_is_all_of_stdout(server: FakeOpenAI, env: dict[str, str], url: list[str]) -> None:
    done = run_oai(["chat", *url, "Hello there", "--no-log"], env)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "You said: Hello there\n"
    body = server.last_request.json()
    assert body["stream"] is True  # streamed, even into a pipe
    assert body["messages"] == [{"role": "user", "content": "Hello there"}]


def test_streamed_pieces_arrive_whole(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    server.enqueue(Reply.sse(chat_chunks(["one ", "two ", "three"])))
    done = run_oai(["chat", *url, "count", "--no-log"], env)
    assert (done.returncode, done.stdout) == (0, "one two three\n"), done.stderr


def test_piped_text_and_prompt_both_go_in(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    notes = "# Notes\nThe meeting moved to Friday.\n"
    done = run_oai(["chat", *url, "summarise", "--no-log"], env, input=notes)
    assert done.returncode == 0, done.stderr
    sent = server.last_request.json()["messages"][-1]["content"]
    assert sent == "# Notes\nThe meeting moved to Friday.\n\nsummarise"
    assert done.stdout == f"You said: {sent}\n"


def test_piped_text_alone_is_the_prompt(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    done = run_oai(["chat", *url, "--no-log"], env, input="just this")
    assert (done.returncode, done.stdout) == (0, "You said: just this\n"), done.stderr


def test_model_system_and_options_reach_the_request(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    args = ["chat", *url, "-m", "gpt-4.1-mini", "-s", "Be terse", "--no-log", "hi"]
    args += ["-o", "temperature=0.25", "-o", 'stop=["END"]', "-o", "user=ada", "-o", "seed=7"]
    done = run_oai(args, env)
    assert done.returncode == 0, done.stderr
    body = server.last_request.json()
    assert body["model"] == "gpt-4.1-mini"
    assert body["messages"][0] == {"role": "system", "content": "Be terse"}
    # JSON where it parses (a float, a list, an int), the string itself where it does not.
    assert (body["temperature"], body["stop"], body["user"], body["seed"]) == (
        0.25,
        ["END"],
        "ada",
        7,
    )


def test_json_prints_the_whole_typed_answer(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    done = run_oai(["chat", *url, "--json", "--no-log", "hi"], env)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer["object"] == "chat.completion"
    assert answer["choices"][0]["message"]["content"] == "You said: hi"
    assert answer["usage"]["total_tokens"] > 0
    assert "stream" not in server.last_request.json()


def test_responses_api(server: FakeOpenAI, env: dict[str, str], url: list[str]) -> None:
    done = run_oai(["chat", *url, "--responses", "-s", "Be kind", "--no-log", "hi"], env)
    assert (done.returncode, done.stdout) == (0, "You said: hi\n"), done.stderr
    request = server.last_request
    assert request.path.endswith("/responses")
    assert request.json()["instructions"] == "Be kind"
    as_json = run_oai(["chat", *url, "--responses", "--json", "--no-log", "hi"], env)
    assert json.loads(as_json.stdout)["object"] == "response", as_json.stderr


def test_models(server: FakeOpenAI, env: dict[str, str], url: list[str]) -> None:
    done = run_oai(["models", *url], env)
    assert done.returncode == 0, done.stderr
    ids = done.stdout.split()
    assert "gpt-4.1" in ids and ids == sorted(ids)
    assert server.last_request.path.endswith("/models")


def test_embed_one_json_line_per_text(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    done = run_oai(["embed", *url, "-o", "dimensions=8", "first", "second"], env)
    assert done.returncode == 0, done.stderr
    vectors = [json.loads(line) for line in done.stdout.splitlines()]
    assert [len(v) for v in vectors] == [8, 8] and vectors[0] != vectors[1]
    assert all(isinstance(x, float) for x in vectors[0])
    assert server.last_request.json()["input"] == ["first", "second"]
    piped = run_oai(["embed", *url, "-o", "dimensions=8"], env, input="first\nsecond\n")
    assert [json.loads(line) for line in piped.stdout.splitlines()] == vectors
