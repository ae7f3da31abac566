"""`make demo` against servers that lack endpoints, refuse requests or are misconfigured.

An OpenAI-compatible server seldom serves audio, images or batches. The demo must say where
it is pointed, skip (and say why) an example the server cannot serve, go on with the others,
and fail only for a real failure; every example must stop cleanly on an error status.
"""

from __future__ import annotations

import pytest
from oai.testing import FakeOpenAI, Reply
from test_examples import EXAMPLES, run_script

NAMES = sorted(p.name for p in EXAMPLES.glob("*.py") if p.name != "run_all.py")
SECRET = "sk-demo-secret-never-shown"


def no_such_model(request: object) -> Reply:
    return Reply.error(404, "The model `gpt-4.1` does not exist.", code="model_not_found")


def test_the_demo_skips_what_the_server_does_not_serve_and_runs_the_rest() -> None:
    with FakeOpenAI(without=["/audio/speech", "/images"]) as server:
        server.route("POST", "/files", lambda request: Reply.error(405, "Method Not Allowed"))
        server.route("POST", "/embeddings", no_such_model)
        base = server.base_url
        result = run_script("run_all.py", OPENAI_BASE_URL=base, OPENAI_API_KEY=SECRET)
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    assert out.startswith(
        f"OPENAI_BASE_URL is set: running the examples against {base}, with an API key\n"
    )
    assert f"skipped: the server at {base} does not serve /audio/speech (404)" in out
    assert f"skipped: the server at {base} does not serve /images/generations (404)" in out
    assert f"skipped: the server at {base} does not serve /files (405)" in out
    # A 404 for a model the server lacks is not mistaken for a missing endpoint.
    assert (
        f"skipped: the server at {base} lacks the model /embeddings asks for"
        " (404: The model `gpt-4.1` does not exist.)"
    ) in out
    # The others ran to the end, after the skipped ones too.
    assert "roles: user assistant tool assistant" in out  # tools.py, the last
    assert "deleted: True" in out  # responses.py, after three skipped ones
    assert f"skipped: the server at {base} does not serve /files (405)" in out.split("retrieval")[1]
    assert out.rstrip().endswith("6 passed, 5 skipped, 0 failed")
    assert "Traceback" not in result.stderr
    assert SECRET not in out + result.stderr


def test_a_real_failure_fails_the_demo_after_every_example_had_its_turn() -> None:
    with FakeOpenAI() as server:
        server.route("POST", "/chat/completions", lambda request: Reply.error(400, "no chat"))
        result = run_script("run_all.py", OPENAI_BASE_URL=server.base_url)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert "running the examples against" in out and "without an API key" in out
    assert "examples/chat.py failed with exit code 1" in out
    assert "request failed: 400" in result.stderr
    assert "chat session failed: 400 no chat" in result.stderr
    assert "deleted: True" in out  # responses.py still ran
    assert out.rstrip().endswith(
        "6 passed, 0 skipped, 5 failed (chat.py, session.py, streaming.py, tools.py, typed.py)"
    )


def test_a_bad_base_url_stops_the_demo_before_any_example() -> None:
    result = run_script("run_all.py", OPENAI_BASE_URL="localhost:8000/v1", OPENAI_API_KEY=SECRET)
    assert result.returncode == 2
    assert result.stdout.startswith(
        "cannot run the examples: base URL 'localhost:8000/v1' from the OPENAI_BASE_URL"
        " environment variable has no scheme: use 'http://localhost:8000/v1'"
    )
    assert "===" not in result.stdout
    assert SECRET not in result.stdout + result.stderr


@pytest.mark.parametrize("name", NAMES)
def test_every_example_stops_cleanly_on_an_error_status(name: str) -> None:
    """The first request is refused: the example says so and exits 1, with no traceback."""
    with FakeOpenAI() as server:
        server.enqueue(Reply.error(400, "refused on purpose", type="invalid_request_error"))
        result = run_script(name, OPENAI_BASE_URL=server.base_url)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    assert "failed: 400" in result.stderr and "refused on purpose" in result.stderr
