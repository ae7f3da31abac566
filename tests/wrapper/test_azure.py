"""`oai.compat.Azure` and `AsyncAzure`, against a loopback stand-in for an Azure resource.

`AzureServer` below records whatever it is sent (method, path, query, headers, body) and
answers the few operations these tests call with canned bodies, so every test can check
exactly what went over the wire. `test_azure_fake.py` runs the client against
`oai.testing.FakeOpenAI`, which serves Azure's roots too, for whole conversations.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import oai
import pytest
from oai._transports._azure import AzureRoutes
from oai.compat import AsyncAzure, Azure
from wrapper_support import HELLO, completion, resolve, sse_bytes, text_chunks

KEY = "azure-secret-key-123"
OPENAI_KEY = "sk-openai-secret-789"
VERSION = "2024-10-21"
REPLY = "Hello from Azure"
PIECES = ("Hello", " from", " Azure")

# -- the loopback server --------------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    """One request as the server received it; header names are lower-cased."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def _canned(path: str, body: bytes) -> tuple[int, str, bytes]:
    """(status, content type, body) for an operation, whichever route it arrived by."""
    if path.endswith("/chat/completions"):
        if json.loads(body).get("stream"):
            return 200, "text/event-stream", sse_bytes(*text_chunks(*PIECES))
        return 200, "application/json", json.dumps(completion(REPLY)).encode()
    if path.endswith("/embeddings"):
        data = [{"object": "embedding", "index": 0, "embedding": [0.5, 0.25]}]
        usage = {"prompt_tokens": 2, "total_tokens": 2}
        answer: dict[str, Any] = {"object": "list", "data": data, "model": "e", "usage": usage}
    elif path.endswith("/files"):
        answer = {"object": "list", "data": [], "first_id": "", "last_id": "", "has_more": False}
    elif path.endswith("/models"):
        answer = {"object": "list", "data": []}
    elif path.endswith("/audio/transcriptions"):
        answer = {"text": "transcribed"}
    else:
        error = {"message": f"no route {path}", "type": "invalid_request_error", "code": None}
        return 404, "application/json", json.dumps({"error": error}).encode()
    return 200, "application/json", json.dumps(answer).encode()


class AzureServer:
    """A loopback HTTP server that records every request and answers it with `_canned`, or
    with a queued `(status, headers, body)` first."""

    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.queued: deque[tuple[int, dict[str, str], bytes]] = deque()
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                parts = urlsplit(self.path)
                seen = Seen(
                    self.command,
                    parts.path,
                    dict(parse_qsl(parts.query)),
                    {name.lower(): value for name, value in self.headers.items()},
                    body,
                )
                with server._lock:
                    server.requests.append(seen)
                    queued = server.queued.popleft() if server.queued else None
                if queued is not None:
                    status, headers, content = queued
                    content_type = "application/json"
                else:
                    headers = {}
                    status, content_type, content = _canned(parts.path, body)
                self.send_response(status)
                self.send_header("content-type", content_type)
                self.send_header("content-length", str(len(content)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(content)

            do_GET = do_POST = do_DELETE = _serve

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_port}"

    @property
    def last(self) -> Seen:
        return self.requests[-1]

    def fail(self, status: int, message: str, **headers: str) -> None:
        error = {"message": message, "type": "server_error", "code": None}
        self.queued.append((status, headers, json.dumps({"error": error}).encode()))

    def reset(self) -> None:
        with self._lock:
            self.requests.clear()
            self.queued.clear()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()


@pytest.fixture(scope="module")
def _azure_server() -> Iterator[AzureServer]:
    server = AzureServer()
    yield server
    server.stop()


@pytest.fixture
def azure(_azure_server: AzureServer, monkeypatch: pytest.MonkeyPatch) -> AzureServer:
    """The server, wiped clean, in an environment with no Azure or OpenAI settings."""
    for name in ("AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "OPENAI_API_VERSION"):
        monkeypatch.delenv(name, raising=False)
    _azure_server.reset()
    return _azure_server


@pytest.fixture(params=[Azure, AsyncAzure], ids=["sync", "async"])
async def make(
    request: pytest.FixtureRequest, azure: AzureServer
) -> AsyncIterator[Callable[..., Any]]:
    """Makes clients of one flavour aimed at the server (unless told otherwise), closed after
    the test; `make.cls` is the flavour."""
    cls: type[Any] = request.param
    made: list[Any] = []

    def maker(**kwargs: Any) -> Any:
        kwargs.setdefault("endpoint", azure.url)
        kwargs.setdefault("timeout", 10)
        kwargs.setdefault("max_retries", 0)
        if "azure_ad_token_provider" not in kwargs:
            kwargs.setdefault("api_key", KEY)
        client = cls(**kwargs)
        made.append(client)
        return client

    maker.cls = cls  # type: ignore[attr-defined]
    yield maker
    for client in made:
        await resolve(client.close())


async def drain(items: Any) -> list[Any]:
    """Every item of a sync or an async iterator."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


def counting_tokens() -> tuple[Callable[[], str], list[str]]:
    """A token provider that hands out a new token on each call, and the tokens it gave."""
    given: list[str] = []

    def provider() -> str:
        given.append(f"token-{len(given) + 1}")
        return given[-1]

    return provider, given


# -- the v1 API (the default) ---------------------------------------------------------------------


async def test_api_key_goes_as_the_api_key_header_never_as_bearer(
    make: Any, azure: AzureServer
) -> None:
    client = make()

    status, response = await resolve(client.chat(HELLO))

    assert status == 200
    assert response.choices[0].message.content == REPLY
    seen = azure.last
    assert (seen.method, seen.path) == ("POST", "/openai/v1/chat/completions")
    assert seen.headers["api-key"] == KEY
    assert "authorization" not in seen.headers
    assert seen.query == {}  # the v1 API takes no api-version
    assert seen.json() == {"messages": HELLO, "model": "gpt-4.1"}


async def test_v1_base_url_from_the_endpoint_with_its_trailing_slash_dropped(
    make: Any, azure: AzureServer
) -> None:
    client = make(endpoint=azure.url + "/", deployment="my-gpt")

    assert client.base_url == f"{azure.url}/openai/v1"
    assert client.api._base_url == f"{azure.url}/openai/v1"
    assert client.default_model == "my-gpt"  # the v1 API takes the deployment as the model
    assert client.api_version is None
    await resolve(client.embedding("hi", model="my-embeddings"))
    assert azure.last.path == "/openai/v1/embeddings"
    assert azure.last.json()["model"] == "my-embeddings"


async def test_token_provider_is_asked_on_every_request(make: Any, azure: AzureServer) -> None:
    provider, given = counting_tokens()
    client = make(azure_ad_token_provider=provider)
    assert given == []  # not at construction: a token is fetched when a request needs one

    await resolve(client.chat(HELLO))
    await resolve(client.files())

    assert given == ["token-1", "token-2"]
    assert [seen.headers["authorization"] for seen in azure.requests] == [
        "Bearer token-1",
        "Bearer token-2",
    ]
    assert all("api-key" not in seen.headers for seen in azure.requests)


async def test_a_retry_sends_a_fresh_token(make: Any, azure: AzureServer) -> None:
    provider, given = counting_tokens()
    client = make(azure_ad_token_provider=provider, max_retries=1)
    azure.fail(503, "busy", **{"retry-after-ms": "0"})

    status, _ = await resolve(client.chat(HELLO))

    assert status == 200
    assert given == ["token-1", "token-2"]
    assert [seen.headers["authorization"] for seen in azure.requests] == [
        "Bearer token-1",
        "Bearer token-2",
    ]
    # Both attempts are the one call: same idempotency key, same route.
    assert len({seen.headers["idempotency-key"] for seen in azure.requests}) == 1
    assert {seen.path for seen in azure.requests} == {"/openai/v1/chat/completions"}


async def test_async_client_awaits_an_async_token_provider(azure: AzureServer) -> None:
    calls = 0

    async def provider() -> str:
        nonlocal calls
        calls += 1
        return f"async-token-{calls}"

    async with AsyncAzure(endpoint=azure.url, azure_ad_token_provider=provider) as client:
        await client.chat(HELLO)
        await client.chat(HELLO)

    assert calls == 2
    assert [seen.headers["authorization"] for seen in azure.requests] == [
        "Bearer async-token-1",
        "Bearer async-token-2",
    ]


def test_sync_client_refuses_an_async_token_provider(azure: AzureServer) -> None:
    async def provider() -> str:
        return "never"

    with pytest.raises(TypeError, match="AsyncAzure"):
        Azure(endpoint=azure.url, azure_ad_token_provider=provider)  # type: ignore[arg-type]


async def test_a_provider_that_returns_no_string_fails_before_sending(
    make: Any, azure: AzureServer
) -> None:
    client = make(azure_ad_token_provider=lambda: None)
    with pytest.raises(TypeError, match="azure_ad_token_provider must return a token string"):
        await resolve(client.chat(HELLO))
    assert azure.requests == []


# -- the classic API: api_version, deployments ----------------------------------------------------


async def test_classic_routes_with_a_deployment(make: Any, azure: AzureServer) -> None:
    client = make(api_version=VERSION, deployment="prod-gpt")
    assert client.base_url == f"{azure.url}/openai/deployments/prod-gpt"
    assert client.default_model == "prod-gpt"

    await resolve(client.chat(HELLO, model="ignored-by-azure"))
    await resolve(client.files(limit=2))

    chat, files = azure.requests
    assert chat.path == "/openai/deployments/prod-gpt/chat/completions"
    assert chat.query == {"api-version": VERSION}
    assert chat.headers["api-key"] == KEY
    assert files.path == "/openai/files"  # not a deployment operation
    assert files.query == {"limit": "2", "api-version": VERSION}


async def test_classic_routes_apply_to_the_generated_client(make: Any, azure: AzureServer) -> None:
    from oai_api.api.models import list_models

    client = make(api_version=VERSION, deployment="prod-gpt")
    if make.cls is AsyncAzure:
        response = await list_models.asyncio_detailed(client=client.api)
    else:
        response = list_models.sync_detailed(client=client.api)

    assert response.status_code == 200
    assert (azure.last.path, azure.last.query) == ("/openai/models", {"api-version": VERSION})
    assert azure.last.headers["api-key"] == KEY


async def test_without_a_deployment_the_models_name_the_deployment(
    make: Any, azure: AzureServer
) -> None:
    client = make(api_version=VERSION)
    assert client.base_url == f"{azure.url}/openai"

    await resolve(client.chat(HELLO, model="gpt-4o-eu"))
    await resolve(client.embedding("hi", model="text-embed/large"))
    await resolve(client.files())

    chat, embedding, files = azure.requests
    assert chat.path == "/openai/deployments/gpt-4o-eu/chat/completions"
    assert embedding.path == "/openai/deployments/text-embed%2Flarge/embeddings"  # one segment
    assert files.path == "/openai/files"
    assert {seen.query["api-version"] for seen in azure.requests} == {VERSION}


async def test_a_multipart_model_operation_needs_a_deployment(
    make: Any, azure: AzureServer
) -> None:
    client = make(api_version=VERSION)
    with pytest.raises(ValueError, match=r"multipart form.*deployment="):
        await resolve(client.transcription(("a.wav", b"RIFF"), model="whisper"))
    assert azure.requests == []  # refused before anything was sent

    deployed = make(api_version=VERSION, deployment="whisper-prod")
    status, response = await resolve(deployed.transcription(("a.wav", b"RIFF"), model="whisper"))
    assert (status, response.text) == (200, "transcribed")
    assert azure.last.path == "/openai/deployments/whisper-prod/audio/transcriptions"
    assert azure.last.query == {"api-version": VERSION}
    assert azure.last.headers["content-type"].startswith("multipart/form-data")


async def test_routes_survive_with_options_and_a_callers_http_client(
    make: Any, azure: AzureServer
) -> None:
    http = httpx.AsyncClient() if make.cls is AsyncAzure else httpx.Client()
    try:
        client = make(api_version=VERSION, deployment="dep", http_client=http)
        await resolve(client.with_options(timeout=5, default_headers={"X-Trace": "1"}).chat(HELLO))
    finally:
        if isinstance(http, httpx.AsyncClient):
            await http.aclose()
        else:
            http.close()

    assert azure.last.path == "/openai/deployments/dep/chat/completions"
    assert azure.last.query == {"api-version": VERSION}
    assert azure.last.headers["api-key"] == KEY
    assert azure.last.headers["x-trace"] == "1"


def test_routing_a_routed_request_changes_nothing() -> None:
    """The retry layer sends the same request again, through the routing again."""
    for deployment, model in (("dep", "other"), (None, "from-body")):
        routes = AzureRoutes.for_endpoint("https://res.example.com/gw", VERSION, deployment)
        base = "/gw/openai" + ("/deployments/dep" if deployment else "")
        request = httpx.Request(
            "POST", f"https://res.example.com{base}/chat/completions?x=1", json={"model": model}
        )
        routes.route(request)
        once = str(request.url)
        routes.route(request)
        assert str(request.url) == once
        name = deployment or model
        assert once == (
            f"https://res.example.com/gw/openai/deployments/{name}/chat/completions"
            f"?x=1&api-version={VERSION}"
        )
    elsewhere = httpx.Request("GET", "https://other.example.com/gw/openai/files")
    routes.route(elsewhere)
    assert str(elsewhere.url) == "https://other.example.com/gw/openai/files"


# -- the environment ------------------------------------------------------------------------------


async def test_settings_from_the_environment(
    make: Any, azure: AzureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", azure.url)
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "key-from-env")
    monkeypatch.setenv("OPENAI_API_VERSION", VERSION)
    client = make.cls(timeout=10)
    try:
        assert client.api_version == VERSION
        await resolve(client.chat(HELLO, model="env-dep"))
    finally:
        await resolve(client.close())

    assert azure.last.path == "/openai/deployments/env-dep/chat/completions"
    assert azure.last.query == {"api-version": VERSION}
    assert azure.last.headers["api-key"] == "key-from-env"


async def test_openai_key_and_base_url_are_never_read(
    make: Any, azure: AzureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # would be unreachable
    with pytest.raises(ValueError, match="AZURE_OPENAI_API_KEY"):
        make.cls(endpoint=azure.url)  # an OpenAI key is no Azure credential

    client = make()
    await resolve(client.chat(HELLO))

    assert azure.last.path == "/openai/v1/chat/completions"
    assert OPENAI_KEY not in json.dumps(azure.last.headers)
    assert "authorization" not in azure.last.headers


async def test_an_explicit_token_provider_wins_over_a_key_in_the_environment(
    make: Any, azure: AzureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "key-from-env")
    client = make(azure_ad_token_provider=lambda: "entra-token")
    await resolve(client.chat(HELLO))
    assert azure.last.headers["authorization"] == "Bearer entra-token"
    assert "api-key" not in azure.last.headers


# -- construction errors --------------------------------------------------------------------------


@pytest.mark.parametrize("cls", [Azure, AsyncAzure])
def test_missing_endpoint(cls: type[Any], azure: AzureServer) -> None:
    with pytest.raises(ValueError, match=r"needs the endpoint.*AZURE_OPENAI_ENDPOINT"):
        cls(api_key=KEY)


@pytest.mark.parametrize("cls", [Azure, AsyncAzure])
def test_missing_credentials(cls: type[Any], azure: AzureServer) -> None:
    with pytest.raises(ValueError) as raised:
        cls(endpoint=azure.url)
    for name in ("api_key", "azure_ad_token_provider", "AZURE_OPENAI_API_KEY"):
        assert name in str(raised.value)


@pytest.mark.parametrize("cls", [Azure, AsyncAzure])
def test_both_credentials(cls: type[Any], azure: AzureServer) -> None:
    with pytest.raises(ValueError, match="api_key or azure_ad_token_provider, not both"):
        cls(endpoint=azure.url, api_key=KEY, azure_ad_token_provider=lambda: "t")


@pytest.mark.parametrize(
    ("endpoint", "problem"),
    [
        ("myres.openai.azure.com", "has no scheme"),
        ("https://myres.openai.azure.com/openai/v1/", "ends in /openai/v1"),
        ("https://myres.openai.azure.com/?x=1", "has a query"),
    ],
)
def test_a_bad_endpoint_is_named_with_where_it_came_from(
    endpoint: str, problem: str, azure: AzureServer
) -> None:
    with pytest.raises(ValueError, match=f"from the endpoint argument {problem}"):
        Azure(endpoint=endpoint, api_key=KEY)


def test_base_url_is_refused_and_typos_name_azures_settings(azure: AzureServer) -> None:
    with pytest.raises(TypeError, match="takes endpoint="):
        Azure(endpoint=azure.url, api_key=KEY, base_url="https://elsewhere/v1")
    with pytest.raises(TypeError, match="did you mean 'api_version'"):
        Azure(endpoint=azure.url, api_key=KEY, api_verison=VERSION)


# -- everything else works as for the plain client ------------------------------------------------


async def test_a_streamed_chat(make: Any, azure: AzureServer) -> None:
    provider, _ = counting_tokens()
    client = make(api_version=VERSION, deployment="dep", azure_ad_token_provider=provider)
    pieces: list[str] = []

    status, response = await resolve(
        client.chat(HELLO, callback=lambda c: pieces.append(c.content))
    )

    assert status == 200
    assert "".join(pieces) == REPLY
    assert response.choices[0].message.content == REPLY
    assert azure.last.path == "/openai/deployments/dep/chat/completions"
    assert azure.last.json()["stream"] is True
    assert azure.last.headers["authorization"] == "Bearer token-1"


async def test_a_chat_session(make: Any, azure: AzureServer) -> None:
    client = make(deployment="my-gpt")
    session = client.new_chat_session([{"role": "system", "content": "Be brief."}])

    reply = await resolve(session.send("Hi"))

    assert reply == REPLY
    assert [m["role"] for m in session.messages] == ["system", "user", "assistant"]
    assert azure.last.path == "/openai/v1/chat/completions"
    assert azure.last.json()["model"] == "my-gpt"


async def test_the_key_is_in_no_repr_no_log_and_no_error(
    make: Any, azure: AzureServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    client = make(api_version=VERSION, deployment="dep")
    assert client.config.api_key == KEY
    assert KEY not in repr(client)
    assert KEY not in repr(client.config)
    assert KEY not in repr(client.api)
    assert "auth=api_key" in repr(client)

    azure.fail(401, "Access denied due to invalid subscription key.")
    with pytest.raises(oai.AuthenticationError) as status_error:
        await drain(client.iter_files())  # a walk raises on an error status
    assert KEY not in str(status_error.value)

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    gone = make(endpoint=f"http://127.0.0.1:{closed}", api_version=VERSION)
    with pytest.raises(oai.APIConnectionError) as connection_error:
        await resolve(gone.chat(HELLO))
    assert KEY not in str(connection_error.value)
    assert KEY not in repr(connection_error.value)

    with pytest.raises(ValueError) as endpoint_error:
        Azure(endpoint=f"ftp://{KEY}.example.com", api_key=KEY)
    assert KEY not in str(endpoint_error.value)

    records = [record.getMessage() for record in caplog.records]
    assert records, "httpx/httpcore should have logged at DEBUG"
    assert [record for record in records if KEY in record] == []


async def test_a_token_is_in_no_repr(make: Any) -> None:
    client = make(azure_ad_token_provider=lambda: "entra-token-secret")
    await resolve(client.chat(HELLO))
    assert "entra-token-secret" not in repr(client)
    assert "auth=azure_ad_token_provider" in repr(client)
    assert client.config.api_key is None
