"""Failures of `oai`: one readable line on stderr, a non-zero exit, no traceback, no key."""

from __future__ import annotations

import subprocess

import pytest
from cli_support import API_KEY, run_oai
from oai.testing import FakeOpenAI, Reply

QUICK_RETRY = {"retry-after-ms": "1"}


def assert_one_line(done: subprocess.CompletedProcess[str], code: int = 1) -> str:
    assert done.returncode == code, (done.stdout, done.stderr)
    assert done.stdout == ""
    assert done.stderr.startswith("oai: error: ") and done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert API_KEY not in done.stderr
    return done.stderr


def test_no_key(server: FakeOpenAI, env: dict[str, str]) -> None:
    del env["OPENAI_API_KEY"]
    line = assert_one_line(run_oai(["chat", "hi"], env))
    assert "no API key" in line and "OPENAI_API_KEY" in line and "oai keys set" in line


def test_no_key_for_a_provider_names_its_variable(env: dict[str, str]) -> None:
    line = assert_one_line(run_oai(["chat", "--provider", "gemini", "hi"], env))
    assert "GEMINI_API_KEY" in line and "oai keys set gemini" in line  # never the OpenAI key


@pytest.mark.parametrize(
    ("option", "named"),
    [("temperature", "key=value"), ("=3", "key=value"), ("temprature=0.5", "temprature")],
)
def test_bad_option_is_refused_before_sending(
    server: FakeOpenAI, env: dict[str, str], url: list[str], option: str, named: str
) -> None:
    line = assert_one_line(run_oai(["chat", *url, "-o", option, "hi"], env))
    assert named in line
    assert server.requests == []


def test_unauthorized(server: FakeOpenAI, env: dict[str, str], url: list[str]) -> None:
    # A server that quotes the key back (OpenAI quotes part of it): still never shown.
    server.enqueue(
        Reply.error(401, f"Incorrect API key provided: {API_KEY}", code="invalid_api_key")
    )
    line = assert_one_line(run_oai(["chat", *url, "hi"], env))
    assert "AuthenticationError" in line and "status 401" in line and "***" in line


def test_server_error_after_retries(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    server.enqueue(*[Reply.error(500, "The server had an error", headers=QUICK_RETRY)] * 3)
    line = assert_one_line(run_oai(["chat", *url, "hi"], env))
    assert "InternalServerError" in line and "The server had an error" in line
    assert len(server.requests) == 3  # the client's two retries happened first


def test_html_error_page_is_still_one_line(
    server: FakeOpenAI, env: dict[str, str], url: list[str]
) -> None:
    server.enqueue(Reply.html(status=403))
    line = assert_one_line(run_oai(["models", *url], env))
    assert line.startswith("oai: error: listing models failed: HTTP 403: <html>")


def test_unreachable_server(env: dict[str, str]) -> None:
    line = assert_one_line(run_oai(["chat", "--base-url", "http://127.0.0.1:9/v1", "hi"], env))
    assert "APIConnectionError" in line


def test_debug_shows_the_traceback(server: FakeOpenAI, env: dict[str, str], url: list[str]) -> None:
    server.enqueue(Reply.error(401, f"Incorrect API key provided: {API_KEY}"))
    done = run_oai(["chat", *url, "--debug", "hi"], env)
    assert done.returncode == 1
    assert "Traceback (most recent call last)" in done.stderr
    assert done.stderr.splitlines()[-1].startswith("oai: error: AuthenticationError")
    assert "Incorrect API key provided: ***" in done.stderr  # in the traceback, too, no key


def test_usage_error_is_one_line(env: dict[str, str]) -> None:
    line = assert_one_line(run_oai(["chat", "--temperature", "1", "hi"], env), code=2)
    assert "unrecognized arguments: --temperature" in line and "--help" in line


def test_nothing_to_send(server: FakeOpenAI, env: dict[str, str], url: list[str]) -> None:
    assert "nothing to send" in assert_one_line(run_oai(["chat", *url], env))
    assert server.requests == []
