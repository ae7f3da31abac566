"""Azure OpenAI's routes and bearer tokens, put on each request by a transport plug-in.

`oai.compat.Azure` is the ordinary client pointed at an Azure resource; two things about Azure
cannot be said once in the configuration and so are done here, request by request:

- the classic (`api_version`) API serves the model operations under
  `/openai/deployments/<deployment>/...` and everything else under `/openai/...`, with an
  `api-version` query on both; without a configured deployment the deployment is the JSON
  body's `model`, which only the finished request knows;
- a token from `azure_ad_token_provider` expires, so it is asked for on every request.

Why a transport rather than an `httpx.Auth`: routing is not authentication, and an `Auth` on
the client is silently replaced by any request that passes its own `auth=`. A transport is
the family of plug-ins every request of the client, of its `with_options` copies and of
`client.api` already goes through, so nothing can route around it.

Why under the retry layer, not above it: each attempt asks for the token again, so a retry
that waited out a backoff never sends one that expired meanwhile. The retry layer sends the
same request object again, so the rewrite is made to be a fixed point: routing a routed
request changes nothing.

`AzureRoutes` is the routing, without I/O; `AzureTransport` and `AsyncAzureTransport` apply it
and the token around the transport that holds the connections.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from urllib.parse import quote

import attrs
import httpx

__all__ = [
    "DEPLOYMENT_OPERATIONS",
    "AsyncAzureTransport",
    "AsyncTokenProvider",
    "AzureRoutes",
    "AzureTransport",
    "TokenProvider",
    "deployment_segment",
]

DEPLOYMENT_OPERATIONS = frozenset(
    {
        "/chat/completions",
        "/completions",
        "/embeddings",
        "/audio/speech",
        "/audio/transcriptions",
        "/audio/translations",
        "/images/generations",
        "/images/edits",
    }
)
"""The operations the classic API serves per deployment (paths relative to `/openai`)."""

TokenProvider = Callable[[], str]
"""Returns a Microsoft Entra ID bearer token; called for every request."""

AsyncTokenProvider = Callable[[], str | Awaitable[str]]
"""As `TokenProvider`; `AsyncAzure` also awaits what it returns when that is awaitable."""

_PROVIDER = "azure_ad_token_provider"


def deployment_segment(name: str) -> str:
    """A deployment's name as one path segment (a `/` in it must not start a new one)."""
    return quote(name, safe="")


@attrs.frozen
class AzureRoutes:
    """Where the classic API serves a request that was built against `{endpoint}/openai...`.

    Only requests to the endpoint's origin under `root` are touched; anything else passes as
    it is. `deployment`, when set, wins over any `model` in the body, as the URL a deployment
    is addressed by is what Azure reads.
    """

    origin: tuple[str, str, int | None]
    """(scheme, host, port) of the endpoint, as httpx spells them."""
    root: str
    """The raw (percent-encoded) path of `{endpoint}/openai`, without a trailing slash."""
    api_version: str
    deployment: str | None = None

    @classmethod
    def for_endpoint(
        cls, endpoint: str, api_version: str, deployment: str | None = None
    ) -> AzureRoutes:
        url = httpx.URL(endpoint)
        root = url.raw_path.decode("ascii").rstrip("/") + "/openai"
        return cls((url.scheme, url.host, url.port), root, api_version, deployment)

    def route(self, request: httpx.Request) -> None:
        """Point `request` at the route the classic API serves it under, in place."""
        url = request.url
        if (url.scheme, url.host, url.port) != self.origin:
            return
        raw_path, mark, query = url.raw_path.partition(b"?")
        path = raw_path.decode("ascii")
        if not path.startswith(self.root + "/"):
            return
        operation = path[len(self.root) :]
        if self.deployment is not None:
            own = "/deployments/" + deployment_segment(self.deployment)
            if operation.startswith(own + "/"):
                operation = operation[len(own) :]
        if operation in DEPLOYMENT_OPERATIONS:
            name = self.deployment if self.deployment is not None else _model(request, operation)
            path = f"{self.root}/deployments/{deployment_segment(name)}{operation}"
        else:
            path = self.root + operation
        routed = url.copy_with(raw_path=path.encode("ascii") + mark + query)
        request.url = routed.copy_set_param("api-version", self.api_version)


def _model(request: httpx.Request, operation: str) -> str:
    """The body's `model`, which names the deployment when the client was given none.

    A multipart form (a transcription, an image edit) is not read: its fields are only known
    as it streams out, after the URL has been sent. Such a request is refused here, before
    anything is sent, rather than sent to a route Azure answers with a 404.
    """
    content_type = request.headers.get("content-type", "")
    body: object = None
    if content_type.startswith("application/json"):
        try:
            body = json.loads(request.content)
        except (httpx.RequestNotRead, ValueError):
            body = None
    model = body.get("model") if isinstance(body, dict) else None
    if isinstance(model, str) and model:
        return model
    what = (
        "sends a multipart form, whose model cannot be read before it is sent"
        if content_type.startswith("multipart/")
        else "names no model"
    )
    raise ValueError(
        f"{request.method} {operation} {what}: with api_version and no deployment, Azure() "
        "sends a model operation to the deployment its JSON body's model names; make the "
        "client with deployment= for this call"
    )


def _bearer(token: object) -> str:
    """The Authorization value for what the provider returned; the token is never quoted."""
    if inspect.isawaitable(token):
        close = getattr(token, "close", None)
        if close is not None:
            close()  # a coroutine never awaited would warn about it later
        raise TypeError(
            f"{_PROVIDER} returned an awaitable: the sync Azure client cannot await it; "
            "use oai.compat.AsyncAzure, or a provider that returns the token string"
        )
    if not isinstance(token, str):
        raise TypeError(f"{_PROVIDER} must return a token string, not {type(token).__name__}")
    if not token:
        raise ValueError(f"{_PROVIDER} returned an empty token")
    return f"Bearer {token}"


class AzureTransport(httpx.BaseTransport):
    """Routes each request (when `routes` is set) and adds a fresh bearer token (when
    `token_provider` is set), then sends it through `transport`, which it closes with itself."""

    def __init__(
        self,
        transport: httpx.BaseTransport,
        routes: AzureRoutes | None = None,
        token_provider: TokenProvider | None = None,
    ) -> None:
        self.transport = transport
        self.routes = routes
        self.token_provider = token_provider

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.routes is not None:
            self.routes.route(request)
        if self.token_provider is not None:
            request.headers["Authorization"] = _bearer(self.token_provider())
        return self.transport.handle_request(request)

    def close(self) -> None:
        self.transport.close()


class AsyncAzureTransport(httpx.AsyncBaseTransport):
    """`AzureTransport` for asyncio; the token provider may be sync or async."""

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport,
        routes: AzureRoutes | None = None,
        token_provider: AsyncTokenProvider | None = None,
    ) -> None:
        self.transport = transport
        self.routes = routes
        self.token_provider = token_provider

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.routes is not None:
            self.routes.route(request)
        if self.token_provider is not None:
            token = self.token_provider()
            if inspect.isawaitable(token):
                token = await token
            request.headers["Authorization"] = _bearer(token)
        return await self.transport.handle_async_request(request)

    async def aclose(self) -> None:
        await self.transport.aclose()
