"""Client construction: key, base URL, headers, default model, timeout, httpx client, lifecycle."""

from __future__ import annotations

from typing import Any

import httpx
import oai
import pytest
from oai.testing import FakeOpenAI
from wrapper_support import API_KEY, DEFAULT_MODEL, HELLO, completion, resolve

# -- API key --------------------------------------------------------------------------------


@pytest.mark.parametrize("factory", [oai.new, oai.new_async, oai.OpenAI, oai.AsyncOpenAI])
async def test_api_key_falls_back_to_env(
    factory: Any, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env-456")
    client = factory(base_url=server.base_url)
    try:
        status, _ = await resolve(client.models())
    finally:
        await resolve(client.close())
    assert status == 200
    assert server.last_request.headers["Authorization"] == "Bearer sk-from-env-456"


async def test_explicit_api_key_beats_env(
    make_client: Any, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env-456")
    client = make_client(api_key="sk-explicit-789")
    await resolve(client.models())
    assert server.last_request.headers["Authorization"] == "Bearer sk-explicit-789"


async def test_positional_api_key(server: FakeOpenAI) -> None:
    with oai.new("sk-positional", base_url=server.base_url) as client:
        client.models()
    assert server.last_request.headers["Authorization"] == "Bearer sk-positional"
    async with oai.new_async("sk-positional-async", base_url=server.base_url) as aclient:
        await aclient.models()
    assert server.last_request.headers["Authorization"] == "Bearer sk-positional-async"


async def test_no_key_at_all_sends_no_authorization_header(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(api_key=None)
    status, response = await resolve(client.chat(HELLO))
    assert status == 200
    assert response.choices[0].message.content == FakeOpenAI.reply_text_for(HELLO)
    assert "authorization" not in server.last_request.headers
    assert "api_key=not set" in repr(client)


async def test_server_requiring_a_key_sees_the_clients_key(make_client: Any) -> None:
    with FakeOpenAI(api_key=API_KEY) as secured:
        good = make_client(base_url=secured.base_url)
        bad = make_client(base_url=secured.base_url, api_key="sk-wrong")
        status, _ = await resolve(good.models())
        assert status == 200
        status, error = await resolve(bad.models())
        assert status == 401
        assert error.error.code == "invalid_api_key"


# -- base URL --------------------------------------------------------------------------------


@pytest.mark.parametrize("factory", [oai.new, oai.new_async])
async def test_base_url_falls_back_to_env(
    factory: Any, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    client = factory(API_KEY)
    try:
        assert client.base_url == server.base_url
        status, _ = await resolve(client.models())
    finally:
        await resolve(client.close())
    assert status == 200
    assert server.last_request.path == "/v1/models"


async def test_explicit_base_url_beats_env(
    make_client: Any, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # discard port: unreachable
    client = make_client(base_url=server.base_url)
    status, _ = await resolve(client.models())
    assert status == 200


def test_default_base_url_is_openai() -> None:
    with oai.OpenAI(API_KEY) as client:
        assert client.base_url == "https://api.openai.com/v1"


async def test_base_url_trailing_slash_is_harmless(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(base_url=server.base_url + "/")
    await resolve(client.model("gpt-4o"))
    assert server.last_request.path == "/v1/models/gpt-4o"


# -- headers ---------------------------------------------------------------------------------


async def test_organization_and_project_headers(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(organization="org-abc", project="proj_xyz")
    await resolve(client.chat(HELLO))
    headers = server.last_request.headers
    assert headers["OpenAI-Organization"] == "org-abc"
    assert headers["OpenAI-Project"] == "proj_xyz"


async def test_no_organization_or_project_headers_by_default(
    anyclient: Any, server: FakeOpenAI
) -> None:
    await resolve(anyclient.chat(HELLO))
    assert "openai-organization" not in server.last_request.headers
    assert "openai-project" not in server.last_request.headers


async def test_default_headers_are_sent_on_every_request(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(default_headers={"X-Custom": "yes", "User-Agent": "my-app/1.0"})
    await resolve(client.chat(HELLO))
    await resolve(client.models())
    for request in server.requests:
        assert request.headers["X-Custom"] == "yes"
        assert request.headers["User-Agent"] == "my-app/1.0"


async def test_default_user_agent_and_accept(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.models())
    assert server.last_request.headers["User-Agent"] == f"oai-python/{oai.__version__}"
    assert server.last_request.headers["Accept"] == "application/json"


# -- default model ---------------------------------------------------------------------------


async def test_default_model_used_when_call_gives_none(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(default_model="gpt-4o-mini")
    assert client.default_model == "gpt-4o-mini"
    status, response = await resolve(client.chat(HELLO))
    assert status == 200
    assert server.last_request.json()["model"] == "gpt-4o-mini"
    assert response.model == "gpt-4o-mini"


async def test_builtin_default_model(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.chat(HELLO))
    assert server.last_request.json()["model"] == DEFAULT_MODEL


async def test_call_model_beats_default_model(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(default_model="gpt-4o-mini")
    await resolve(client.chat(HELLO, model="gpt-4.1-nano"))
    assert server.last_request.json()["model"] == "gpt-4.1-nano"
    await resolve(client.chat(HELLO, {"model": "gpt-4o"}))
    assert server.last_request.json()["model"] == "gpt-4o"


@pytest.mark.parametrize("cls", [oai.OpenAI, oai.AsyncOpenAI])
@pytest.mark.parametrize("bad", ["", None, 5])
def test_invalid_default_model_rejected(cls: Any, bad: Any) -> None:
    with pytest.raises(ValueError, match="default_model"):
        cls(API_KEY, default_model=bad)


# -- timeout ---------------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [oai.OpenAI, oai.AsyncOpenAI])
@pytest.mark.parametrize(
    ("timeout", "expected_read"),
    [(5, 5.0), (2.5, 2.5), (httpx.Timeout(7.0, connect=1.0), 7.0), (None, None)],
)
def test_valid_timeouts(cls: Any, timeout: Any, expected_read: float | None) -> None:
    client = cls(API_KEY, timeout=timeout)
    assert isinstance(client.config.timeout, httpx.Timeout)
    assert client.config.timeout.read == expected_read


@pytest.mark.parametrize("cls", [oai.OpenAI, oai.AsyncOpenAI])
@pytest.mark.parametrize("timeout", [0, -1, 0.0, -0.5, httpx.Timeout(5.0, pool=0)])
def test_non_positive_timeout_is_value_error(cls: Any, timeout: Any) -> None:
    with pytest.raises(ValueError, match="timeout"):
        cls(API_KEY, timeout=timeout)


@pytest.mark.parametrize("cls", [oai.OpenAI, oai.AsyncOpenAI])
@pytest.mark.parametrize("timeout", ["5", True, [5], object()])
def test_wrong_type_timeout_is_type_error(cls: Any, timeout: Any) -> None:
    with pytest.raises(TypeError, match="timeout"):
        cls(API_KEY, timeout=timeout)


# -- http_client / transport -----------------------------------------------------------------


async def test_http_client_is_adopted_and_used(make_client: Any, server: FakeOpenAI) -> None:
    seen: list[httpx.Request] = []
    if make_client.is_async:

        async def hook(request: httpx.Request) -> None:
            seen.append(request)

    else:

        def hook(request: httpx.Request) -> None:
            seen.append(request)

    http = make_client.http(event_hooks={"request": [hook]})
    client = make_client(http_client=http, organization="org-adopted")
    status, _ = await resolve(client.chat(HELLO))
    assert status == 200
    assert len(seen) == 1
    assert seen[0].url.path == "/v1/chat/completions"
    # The caller's client sent it, with the wrapper's base URL and headers on the request.
    assert server.last_request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert server.last_request.headers["OpenAI-Organization"] == "org-adopted"


async def test_close_leaves_a_passed_http_client_open(make_client: Any, server: FakeOpenAI) -> None:
    http = make_client.http()
    client = make_client(http_client=http)
    await resolve(client.models())
    await resolve(client.close())
    assert not http.is_closed
    # Still usable by its owner.
    response = await resolve(http.get(server.base_url + "/models"))
    assert response.status_code == 200


class CountingTransport(httpx.BaseTransport):
    """Forwards to a real transport, counting requests and noticing close()."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.calls = 0
        self.closed = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.closed = True
        self.inner.close()


class AsyncCountingTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.calls = 0
        self.closed = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        self.closed = True
        await self.inner.aclose()


async def test_transport_is_used(make_client: Any, server: FakeOpenAI) -> None:
    transport = AsyncCountingTransport() if make_client.is_async else CountingTransport()
    client = make_client(transport=transport)
    await resolve(client.chat(HELLO))
    await resolve(client.models())
    assert transport.calls == 2
    assert len(server.requests) == 2


def test_mock_transport_needs_no_server() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=completion("from the mock"))

    with oai.OpenAI(
        API_KEY, base_url="http://mock.invalid/v1", transport=httpx.MockTransport(handler)
    ) as client:
        status, response = client.chat(HELLO)
    assert status == 200
    assert response.choices[0].message.content == "from the mock"
    assert len(calls) == 1
    assert str(calls[0].url) == "http://mock.invalid/v1/chat/completions"
    assert calls[0].headers["Authorization"] == f"Bearer {API_KEY}"


async def test_async_mock_transport_needs_no_server() -> None:
    calls: list[httpx.Request] = []

    async def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200, json=completion("from the async mock"))

    async with oai.AsyncOpenAI(
        API_KEY, base_url="http://mock.invalid/v1", transport=httpx.MockTransport(handler)
    ) as client:
        status, response = await client.chat(HELLO)
    assert status == 200
    assert response.choices[0].message.content == "from the async mock"
    assert len(calls) == 1


def test_every_request_carries_the_timeout_of_its_client_or_copy() -> None:
    """The timeout goes with the httpx client each (copy of a) client makes, not per call."""
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=completion("ok"))

    with oai.OpenAI(
        API_KEY,
        base_url="http://mock.invalid/v1",
        timeout=30,
        transport=httpx.MockTransport(handler),
    ) as client:
        client.chat(HELLO)
        client.with_options(timeout=httpx.Timeout(4, connect=1)).chat(HELLO)
        client.chat(HELLO)
    assert [(t["read"], t["connect"]) for t in seen] == [(30, 5), (4, 1), (30, 5)]


def test_http_client_and_transport_together_is_value_error() -> None:
    with httpx.Client() as http, pytest.raises(ValueError, match="http_client"):
        oai.OpenAI(API_KEY, http_client=http, transport=httpx.HTTPTransport())


async def test_async_http_client_and_transport_together_is_value_error() -> None:
    async with httpx.AsyncClient() as http:
        with pytest.raises(ValueError, match="http_client"):
            oai.AsyncOpenAI(API_KEY, http_client=http, transport=httpx.AsyncHTTPTransport())


# -- lifecycle -------------------------------------------------------------------------------


def test_context_manager_closes_own_transport(server: FakeOpenAI) -> None:
    transport = CountingTransport()
    with oai.OpenAI(API_KEY, base_url=server.base_url, transport=transport) as client:
        assert client.chat(HELLO)[0] == 200
        assert not transport.closed
    assert transport.closed


async def test_async_context_manager_closes_own_transport(server: FakeOpenAI) -> None:
    transport = AsyncCountingTransport()
    async with oai.AsyncOpenAI(API_KEY, base_url=server.base_url, transport=transport) as client:
        assert (await client.chat(HELLO))[0] == 200
        assert not transport.closed
    assert transport.closed


async def test_close_closes_own_transport(make_client: Any) -> None:
    transport = AsyncCountingTransport() if make_client.is_async else CountingTransport()
    client = make_client(transport=transport)
    await resolve(client.models())
    await resolve(client.close())
    assert transport.closed


# -- never show the key ----------------------------------------------------------------------


@pytest.mark.parametrize("cls", [oai.OpenAI, oai.AsyncOpenAI])
def test_repr_never_contains_the_key(cls: Any) -> None:
    client = cls(API_KEY, base_url="http://127.0.0.1:1/v1", organization="org-1")
    for text in (repr(client), str(client), repr(client.config), str(client.config)):
        assert API_KEY not in text
        assert "secret" not in text
    assert "api_key=set" in repr(client)
    assert cls.__name__ in repr(client)
