"""Configuration mistakes are refused when the client is made, in words that name the setting.

A misspelt setting or a base URL without a scheme used to surface as a `TypeError` about an
internal class, or as an httpx error on the first call; these tests hold the clearer errors.
"""

from __future__ import annotations

from typing import Any

import oai
import pytest
from oai.compat import AsyncGemini, AsyncOpenRouter, Gemini, OpenRouter
from oai.testing import FakeOpenAI

SECRET = "sk-secret-key-do-not-show-123"

FACTORIES = [
    (oai.new, "oai.OpenAI()"),
    (oai.new_async, "oai.AsyncOpenAI()"),
    (oai.OpenAI, "oai.OpenAI()"),
    (oai.AsyncOpenAI, "oai.AsyncOpenAI()"),
    (Gemini, "oai.compat.Gemini()"),
    (AsyncGemini, "oai.compat.AsyncGemini()"),
    (OpenRouter, "oai.compat.OpenRouter()"),
    (AsyncOpenRouter, "oai.compat.AsyncOpenRouter()"),
]
CLIENT_CLASSES = [oai.OpenAI, oai.AsyncOpenAI, Gemini, AsyncGemini, OpenRouter, AsyncOpenRouter]


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for prefix in ("OPENAI", "GEMINI", "OPENROUTER"):
        monkeypatch.delenv(f"{prefix}_API_KEY", raising=False)
        monkeypatch.delenv(f"{prefix}_BASE_URL", raising=False)


# -- unknown settings ------------------------------------------------------------------------


@pytest.mark.parametrize(("factory", "name"), FACTORIES)
def test_a_misspelt_setting_names_the_client_and_the_close_match(factory: Any, name: str) -> None:
    with pytest.raises(TypeError) as caught:
        factory(base_ur="http://127.0.0.1:8000/v1")
    message = str(caught.value)
    assert message.startswith(f"{name} got an unknown setting: 'base_ur'")
    assert "(did you mean 'base_url'?)" in message
    assert "BaseClient" not in message and "__init__" not in message
    assert "http://127.0.0.1:8000/v1" not in message  # values are not quoted


def test_every_unknown_setting_is_listed_with_the_settings_there_are() -> None:
    with pytest.raises(TypeError) as caught:
        oai.new(api_ky=SECRET, tmeout=5, colour="blue")
    message = str(caught.value)
    assert "unknown settings: 'api_ky' (did you mean 'api_key'?), 'colour'," in message
    assert "'tmeout' (did you mean 'timeout'?)" in message
    assert "its settings are api_key, base_url, default_headers, default_model," in message
    assert SECRET not in message


# -- base URL --------------------------------------------------------------------------------

BAD_URLS = [
    ("localhost:8000/v1", "has no scheme: use 'http://localhost:8000/v1'"),
    ("127.0.0.1:11434/v1", "has no scheme: use 'http://127.0.0.1:11434/v1'"),
    ("192.168.1.20:8000/v1", "has no scheme: use 'http://192.168.1.20:8000/v1'"),
    ("api.openai.com/v1", "has no scheme: use 'https://api.openai.com/v1'"),
    ("htps://api.openai.com/v1", "has the scheme 'htps', not http or https: use 'https://api"),
    ("http:///v1", "has no host: a base URL looks like 'https://api.openai.com/v1'"),
    (" https://api.openai.com/v1", "has spaces around it"),
]


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
@pytest.mark.parametrize(("url", "says"), BAD_URLS)
def test_a_bad_base_url_argument_is_refused_at_construction(cls: Any, url: str, says: str) -> None:
    with pytest.raises(ValueError) as caught:
        cls(SECRET, base_url=url)
    message = str(caught.value)
    assert message.startswith(f"base URL {url!r} from the base_url argument {says}")
    assert SECRET not in message


@pytest.mark.parametrize(
    ("cls", "variable"),
    [
        (oai.OpenAI, "OPENAI_BASE_URL"),
        (oai.AsyncOpenAI, "OPENAI_BASE_URL"),
        (Gemini, "GEMINI_BASE_URL"),
        (AsyncOpenRouter, "OPENROUTER_BASE_URL"),
    ],
)
def test_a_bad_base_url_from_the_environment_names_the_variable(
    cls: Any, variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, "localhost:8000/v1")
    monkeypatch.setenv(variable.replace("BASE_URL", "API_KEY"), SECRET)
    with pytest.raises(ValueError) as caught:
        cls()
    message = str(caught.value)
    assert message.startswith(
        f"base URL 'localhost:8000/v1' from the {variable} environment variable has no scheme:"
        " use 'http://localhost:8000/v1'"
    )
    assert SECRET not in message


def test_nothing_is_sent_when_the_base_url_is_refused(
    server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url.removeprefix("http://"))
    with pytest.raises(ValueError, match="OPENAI_BASE_URL environment variable has no scheme"):
        oai.new()
    assert server.received == 0


def test_a_good_argument_wins_over_a_bad_variable(
    server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "localhost:8000/v1")
    with oai.new(base_url=server.base_url) as client:
        status, _ = client.models()
    assert status == 200


@pytest.mark.parametrize("where", ["argument", "variable"])
def test_a_base_url_holding_the_key_is_refused_without_quoting_it(
    where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pasting the key where the URL goes is an easy slip; the message must not echo it."""
    monkeypatch.setenv("OPENAI_API_KEY", SECRET)
    if where == "variable":
        monkeypatch.setenv("OPENAI_BASE_URL", SECRET)
    with pytest.raises(ValueError) as caught:
        oai.new(base_url=SECRET) if where == "argument" else oai.new()
    message = str(caught.value)
    assert SECRET not in message and "sk-" not in message
    assert "has no scheme (its value is not shown: it holds an API key)" in message


@pytest.mark.parametrize("url", ["http://localhost:8000/v1", "HTTPS://api.openai.com/v1/"])
def test_good_base_urls_are_kept(url: str) -> None:
    with oai.new(base_url=url) as client:
        assert client.base_url == url.rstrip("/")
