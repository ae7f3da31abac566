"""`oai.compat`: provider clients, checked against the fake server (never the real hosts)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import attrs
import oai
import pytest
from oai.compat import AsyncGemini, AsyncOpenRouter, Gemini, OpenRouter
from oai.testing import FakeOpenAI, Reply
from wrapper_support import HELLO, HELLO_REPLY, resolve


@attrs.frozen
class Provider:
    cls: type[Any]
    prefix: str
    base_url: str
    model: str

    @property
    def is_async(self) -> bool:
        return issubclass(self.cls, oai.AsyncOpenAI)


PROVIDERS = [
    Provider(
        Gemini,
        "GEMINI",
        "https://generativelanguage.googleapis.com/v1beta/openai",
        "gemini-2.5-flash",
    ),
    Provider(
        AsyncGemini,
        "GEMINI",
        "https://generativelanguage.googleapis.com/v1beta/openai",
        "gemini-2.5-flash",
    ),
    Provider(OpenRouter, "OPENROUTER", "https://openrouter.ai/api/v1", "openai/gpt-4.1"),
    Provider(AsyncOpenRouter, "OPENROUTER", "https://openrouter.ai/api/v1", "openai/gpt-4.1"),
]
PROVIDER_KEY = "provider-secret-456"
OPENAI_KEY = "sk-openai-secret-789"


@pytest.fixture(autouse=True)
def _clean_provider_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for prefix in ("GEMINI", "OPENROUTER"):
        for name in ("API_KEY", "BASE_URL"):
            monkeypatch.delenv(f"{prefix}_{name}", raising=False)


@pytest.fixture(params=PROVIDERS, ids=lambda p: p.cls.__name__)
def provider(request: pytest.FixtureRequest) -> Provider:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
async def make(provider: Provider) -> AsyncIterator[Callable[..., Any]]:
    """Makes clients of the provider's class, closed after the test."""
    made: list[Any] = []

    def maker(*args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("timeout", 10)
        client = provider.cls(*args, **kwargs)
        made.append(client)
        return client

    yield maker
    for client in made:
        await resolve(client.close())


def test_classes_are_clients_with_everything_the_client_has() -> None:
    assert issubclass(Gemini, oai.OpenAI)
    assert issubclass(OpenRouter, oai.OpenAI)
    assert issubclass(AsyncGemini, oai.AsyncOpenAI)
    assert issubclass(AsyncOpenRouter, oai.AsyncOpenAI)
    assert oai.compat.Gemini is Gemini  # reachable as oai.compat after `import oai`
    for name in ("chat", "create_chat_completion", "new_chat_session", "models", "close"):
        assert getattr(Gemini, name) is getattr(oai.OpenAI, name)
        assert getattr(AsyncOpenRouter, name) is getattr(oai.AsyncOpenAI, name)


async def test_provider_defaults(make: Any, provider: Provider) -> None:
    client = make()
    assert client.base_url == provider.base_url
    assert client.default_model == provider.model
    assert client.config.api_key is None
    assert client.api._base_url == provider.base_url
    assert isinstance(client, oai.AsyncOpenAI if provider.is_async else oai.OpenAI)


async def test_key_from_the_providers_env_var_and_model_on_the_wire(
    make: Any, provider: Provider, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{provider.prefix}_API_KEY", PROVIDER_KEY)
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    client = make(base_url=server.base_url)

    status, response = await resolve(client.chat(HELLO))

    assert status == 200
    assert response.choices[0].message.content == HELLO_REPLY
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/chat/completions")
    assert request.headers["Authorization"] == f"Bearer {PROVIDER_KEY}"
    assert request.json() == {"messages": HELLO, "model": provider.model}


async def test_an_openai_key_is_never_sent_to_a_provider(
    make: Any, provider: Provider, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # would be unreachable
    client = make(base_url=server.base_url)
    assert client.config.api_key is None
    await resolve(client.chat(HELLO))
    assert "Authorization" not in server.last_request.headers


async def test_base_url_from_the_providers_env_var(
    make: Any, provider: Provider, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{provider.prefix}_BASE_URL", server.base_url + "/")
    client = make(PROVIDER_KEY)
    assert client.base_url == server.base_url
    status, _ = await resolve(client.chat(HELLO))
    assert status == 200
    assert server.last_request.headers["Authorization"] == f"Bearer {PROVIDER_KEY}"


async def test_explicit_arguments_win(
    make: Any, provider: Provider, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{provider.prefix}_API_KEY", "from-env")
    monkeypatch.setenv(f"{provider.prefix}_BASE_URL", "http://127.0.0.1:9/v1")
    client = make(
        PROVIDER_KEY,
        base_url=server.base_url,
        default_model="my-model",
        default_headers={"X-Title": "oai tests"},
    )
    assert client.config.timeout.read == 10  # the client's other settings pass through
    await resolve(client.chat(HELLO))
    request = server.last_request
    assert request.headers["Authorization"] == f"Bearer {PROVIDER_KEY}"
    assert request.headers["X-Title"] == "oai tests"
    assert request.json()["model"] == "my-model"
    await resolve(client.chat(HELLO, model="per-call"))
    assert server.last_request.json()["model"] == "per-call"


@pytest.mark.parametrize("bad", ["", 5])
def test_bad_default_model_is_refused(provider: Provider, bad: Any) -> None:
    with pytest.raises(ValueError, match="default_model"):
        provider.cls(PROVIDER_KEY, default_model=bad)


async def test_repr_never_shows_the_key(
    make: Any, provider: Provider, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(f"{provider.prefix}_API_KEY", PROVIDER_KEY)
    client = make()
    text = repr(client)
    assert PROVIDER_KEY not in text
    assert PROVIDER_KEY not in repr(client.config)
    assert text.startswith(f"<{provider.cls.__name__} ")
    assert provider.base_url in text
    assert provider.model in text
    assert "api_key=set" in text


async def test_errors_never_show_the_key(make: Any, provider: Provider, server: FakeOpenAI) -> None:
    client = make(PROVIDER_KEY, base_url=server.base_url)
    server.enqueue(Reply.error(401, "Incorrect API key provided", code="invalid_api_key"))
    session = client.new_chat_session()
    with pytest.raises(oai.AuthenticationError) as info:
        await resolve(session.send("Hi"))
    assert PROVIDER_KEY not in str(info.value)
    assert PROVIDER_KEY not in repr(info.value)


async def test_sessions_and_streaming_work(
    make: Any, provider: Provider, server: FakeOpenAI
) -> None:
    client = make(PROVIDER_KEY, base_url=server.base_url)
    session = client.new_chat_session()
    got: list[str] = []

    answer = await resolve(session.send("Stream it", lambda item: got.append(str(item))))

    assert answer == "You said: Stream it"
    assert "".join(got) == answer
    assert server.last_request.json()["model"] == provider.model
    assert session.last_response.usage.total_tokens > 0


# -- local servers: the plain client, any base URL, no key -----------------------------------


@pytest.mark.parametrize("flavour", [oai.new, oai.new_async], ids=["sync", "async"])
async def test_local_server_with_no_key(
    flavour: Any, server: FakeOpenAI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)  # api_key="" keeps it from being sent
    client = flavour(api_key="", base_url=server.base_url, default_model="llama3.2")
    try:
        assert "api_key=not set" in repr(client)
        session = client.new_chat_session()
        assert await resolve(session.send("Hi", lambda item: None)) == "You said: Hi"
        request = server.last_request
        assert "Authorization" not in request.headers
        assert request.json()["model"] == "llama3.2"
    finally:
        await resolve(client.close())
