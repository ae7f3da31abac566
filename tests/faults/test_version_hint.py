"""A 404 from a base URL without `/v1` says that `/v1` may be missing.

`http://127.0.0.1:8000` for a server that serves `/v1/...` answers 404 on every path; the
exception names the likely fix. Base URLs that name a version (Gemini's `/v1beta/openai`,
OpenRouter's `/api/v1`) or are Azure deployment paths get no hint, and the hint never shows a
password or query the URL held.
"""

from __future__ import annotations

from typing import Any

import oai
import pytest
from faults_support import API_KEY, HELLO, resolve
from oai._version_hint import version_hint
from oai.testing import FakeOpenAI, Reply


async def test_a_404_without_v1_hints_at_it(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(base_url=server.url)  # the server serves /v1/...
    with pytest.raises(oai.NotFoundError) as info:
        await resolve(client.new_chat_session().send("Hi"))
    message = info.value.message
    assert message.startswith("Invalid URL (POST /chat/completions). Hint: the base URL")
    assert f"try base_url={server.url + '/v1'!r}" in message
    assert "Hint" in str(info.value)
    assert API_KEY not in str(info.value)


async def test_the_error_value_keeps_the_servers_message(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(base_url=server.url)
    status, error = await resolve(client.chat(HELLO))
    assert status == 404
    assert error.error.message == "Invalid URL (POST /chat/completions)"


async def first_item(items: Any) -> Any:
    """The first item of a sync or an async iterator."""
    if hasattr(items, "__anext__"):
        return await items.__anext__()
    return next(items)


async def test_pages_get_the_hint_too(make_client: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json({"detail": "Not Found"}, status=404))
    client = make_client(base_url=server.url)
    with pytest.raises(oai.NotFoundError, match=r"Not Found\. Hint: .* names no API version"):
        await first_item(client.iter_files())


async def test_a_404_with_v1_has_no_hint(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(oai.NotFoundError) as info:
        await first_item(anyclient.iter_response_input_items("resp_missing"))
    assert "not found" in str(info.value)
    assert "Hint" not in str(info.value)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://api.openai.com/v1",
        "http://localhost:8000/v1/",
        "https://openrouter.ai/api/v1",
        "https://generativelanguage.googleapis.com/v1beta/openai",
        "https://example.openai.azure.com/openai/deployments/gpt-4o",
        "https://example.openai.azure.com/openai/v1",
        "https://proxy.example/V2/openai",
        None,
        "",
    ],
)
def test_base_urls_that_name_a_version_get_no_hint(base_url: str | None) -> None:
    assert version_hint(base_url) is None


@pytest.mark.parametrize(
    ("base_url", "suggested"),
    [
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000/v1"),
        ("http://127.0.0.1:8000/", "http://127.0.0.1:8000/v1"),
        ("https://openrouter.ai/api", "https://openrouter.ai/api/v1"),
        ("http://localhost:11434/version1", "http://localhost:11434/version1/v1"),
    ],
)
def test_base_urls_without_a_version_get_a_hint(base_url: str, suggested: str) -> None:
    hint = version_hint(base_url)
    assert hint is not None
    assert hint.endswith(f"try base_url={suggested!r}")


def test_the_hint_never_shows_credentials_in_the_url() -> None:
    hint = version_hint("http://user:sk-secret@proxy.example:8080/api?key=sk-other#x")
    assert hint is not None
    assert "sk-secret" not in hint
    assert "sk-other" not in hint
    assert "'http://proxy.example:8080/api/v1'" in hint
