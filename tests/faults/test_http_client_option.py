"""A caller's own httpx client: used for sending, never changed or closed; retries still apply.

And the environment's proxy settings, which httpx honours for clients it sets up itself.
"""

from __future__ import annotations

from typing import Any

import httpx
import oai
import pytest
from faults_support import API_KEY, HELLO, FakeClock, resolve
from oai._transports import env_proxy
from oai.testing import FakeOpenAI, Reply


def hook_recorder(is_async: bool, seen: list[str]) -> Any:
    if is_async:

        async def hook(request: httpx.Request) -> None:
            seen.append(request.url.path)

        return hook

    def sync_hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    return sync_hook


async def test_a_callers_client_sends_every_attempt_and_retries_apply(
    make_client: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    seen: list[str] = []
    http = make_client.http(
        event_hooks={"request": [hook_recorder(make_client.is_async, seen)]},
        headers={"X-From-Caller": "yes"},
    )
    client = make_client(http_client=http)
    server.enqueue(Reply.error(503, "busy"))
    status, _ = await resolve(client.chat(HELLO))
    assert status == 200
    assert seen == ["/v1/chat/completions", "/v1/chat/completions"]
    assert clock.waits == [0.5]
    for request in server.requests:
        assert request.headers["X-From-Caller"] == "yes"
        assert request.headers["Authorization"] == f"Bearer {API_KEY}"


async def test_a_callers_client_is_left_as_it_was(make_client: Any, server: FakeOpenAI) -> None:
    http = make_client.http()
    headers_before = dict(http.headers)
    client = make_client(http_client=http, organization="org-1")
    await resolve(client.models())
    assert dict(http.headers) == headers_before
    assert str(http.base_url) == ""
    await resolve(client.close())
    assert not http.is_closed


def test_the_wrong_flavour_of_client_is_a_type_error() -> None:
    with httpx.Client() as sync_http, pytest.raises(TypeError, match="http_client"):
        oai.AsyncOpenAI(API_KEY, http_client=sync_http)  # type: ignore[arg-type]


async def test_the_wrong_flavour_for_the_sync_client_too() -> None:
    async with httpx.AsyncClient() as async_http:
        with pytest.raises(TypeError, match="http_client"):
            oai.OpenAI(API_KEY, http_client=async_http)  # type: ignore[arg-type]


# -- proxies from the environment ------------------------------------------------------------


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


def test_env_proxy_follows_the_usual_variables(no_proxy_env: pytest.MonkeyPatch) -> None:
    assert env_proxy("https://api.openai.com/v1") is None
    no_proxy_env.setenv("HTTPS_PROXY", "http://proxy.local:3128")
    assert env_proxy("https://api.openai.com/v1") == "http://proxy.local:3128"
    assert env_proxy("http://127.0.0.2:8000/v1") is None  # HTTPS_PROXY is for https only
    no_proxy_env.setenv("NO_PROXY", "api.openai.com")
    assert env_proxy("https://api.openai.com/v1") is None
    no_proxy_env.setenv("ALL_PROXY", "http://all.local:3128")
    assert env_proxy("http://example.com/v1") == "http://all.local:3128"


async def test_requests_go_through_the_environments_proxy(
    make_client: Any, server: FakeOpenAI, no_proxy_env: pytest.MonkeyPatch
) -> None:
    """The fake server stands in for the proxy: it sees the request for the far host."""
    no_proxy_env.setenv("HTTP_PROXY", server.url)
    cls = oai.AsyncOpenAI if make_client.is_async else oai.OpenAI
    client = cls(API_KEY, base_url="http://api.example.invalid/v1", max_retries=0)
    try:
        status, _ = await resolve(client.models())
    finally:
        await resolve(client.close())
    assert status == 200
    assert server.last_request.path == "/v1/models"
    assert server.last_request.headers["host"] == "api.example.invalid"
