"""Clients for other providers that speak the OpenAI API: Gemini, OpenRouter and Azure OpenAI.

Each is the ordinary client with three things changed — where it connects, which model it asks
for when a call names none, and which environment variables it reads — so everything the client
has (chat, sessions, streaming, the generated `api`) works the same::

    from oai.compat import Gemini
    client = Gemini()                        # key from GEMINI_API_KEY
    status, response = client.chat([{"role": "user", "content": "Hello"}])

A provider's client reads only its own variables (`GEMINI_API_KEY`, `GEMINI_BASE_URL`, ...),
never `OPENAI_*`, so an OpenAI key is never sent to another host. For a server on your own
machine (Ollama, vLLM, llama.cpp, LM Studio) no class is needed:
`oai.new(base_url="http://localhost:11434/v1", api_key="")`.

Azure OpenAI differs in more than an address (its key header, its tokens, its classic routes),
so `Azure` and `AsyncAzure` take settings of their own; see `Azure`.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import Mapping
from typing import Any, ClassVar, cast
from urllib.parse import urlsplit

import attrs
import httpx

from ._async_client import AsyncOpenAI
from ._base_client import BaseClient
from ._client import OpenAI
from ._config import DEFAULT_MODEL, _base_url_problem
from ._transports._azure import (
    AsyncAzureTransport,
    AsyncTokenProvider,
    AzureRoutes,
    AzureTransport,
    TokenProvider,
    deployment_segment,
)

GEMINI_BASE_URL = "https://generativelanguage.googleapis.com/v1beta/openai"
GEMINI_MODEL = "gemini-2.5-flash"
OPENROUTER_BASE_URL = "https://openrouter.ai/api/v1"
OPENROUTER_MODEL = "openai/gpt-4.1"
AZURE_ENDPOINT_ENV = "AZURE_OPENAI_ENDPOINT"
AZURE_API_KEY_ENV = "AZURE_OPENAI_API_KEY"
AZURE_API_VERSION_ENV = "OPENAI_API_VERSION"


class _Provider(BaseClient[Any, Any]):
    """What a provider's client changes: its base URL and model when the caller gives none.

    Precedence is the client's usual one: an argument, then `<env_prefix>_BASE_URL`, then the
    provider's own address (`default_base_url`, resolved and checked by the shared
    configuration, so a bad value is reported with the variable it came from); the model is
    the argument, else the provider's default.
    """

    provider_model: ClassVar[str]

    def __init__(
        self, api_key: str | None = None, *, default_model: str | None = None, **config: Any
    ) -> None:
        """Takes every setting `oai.OpenAI` takes (timeout, default_headers, http_client, ...)."""
        super().__init__(
            api_key,
            default_model=self.provider_model if default_model is None else default_model,
            **config,
        )


class Gemini(_Provider, OpenAI):
    """Google's Gemini models through their OpenAI-compatible endpoint (`GEMINI_API_KEY`)."""

    env_prefix = "GEMINI"
    default_base_url = GEMINI_BASE_URL
    provider_model = GEMINI_MODEL


class AsyncGemini(_Provider, AsyncOpenAI):
    """The asyncio counterpart of `Gemini`."""

    env_prefix = "GEMINI"
    default_base_url = GEMINI_BASE_URL
    provider_model = GEMINI_MODEL


class OpenRouter(_Provider, OpenAI):
    """OpenRouter, one key for many vendors' models (`OPENROUTER_API_KEY`)."""

    env_prefix = "OPENROUTER"
    default_base_url = OPENROUTER_BASE_URL
    provider_model = OPENROUTER_MODEL


class AsyncOpenRouter(_Provider, AsyncOpenAI):
    """The asyncio counterpart of `OpenRouter`."""

    env_prefix = "OPENROUTER"
    default_base_url = OPENROUTER_BASE_URL
    provider_model = OPENROUTER_MODEL


# -- Azure OpenAI -----------------------------------------------------------------------------


@attrs.frozen
class _AzureSettings:
    """What an Azure client was given, checked, with the environment's values filled in.

    Resolved before anything else is made, so a missing or doubled credential fails at
    construction rather than at the first request. Neither credential is ever shown.
    """

    endpoint: str
    api_key: str | None = attrs.field(repr=False)
    token_provider: AsyncTokenProvider | None = attrs.field(repr=False)
    api_version: str | None
    deployment: str | None

    @property
    def base_url(self) -> str:
        """The v1 API's root; for the classic API, the deployment's (or `/openai` without one).

        The classic root keeps its deployment, as the official SDK's does, so that
        `client.base_url` says where chat goes; `AzureRoutes` sends the other operations
        back to `/openai/...`.
        """
        if self.api_version is None:
            return f"{self.endpoint}/openai/v1"
        if self.deployment is not None:
            return f"{self.endpoint}/openai/deployments/{deployment_segment(self.deployment)}"
        return f"{self.endpoint}/openai"

    @property
    def routes(self) -> AzureRoutes | None:
        """The classic API's routing; the v1 API serves every operation where it is asked."""
        if self.api_version is None:
            return None
        return AzureRoutes.for_endpoint(self.endpoint, self.api_version, self.deployment)

    @classmethod
    def resolve(
        cls,
        owner: str,
        *,
        api_key: object,
        endpoint: object,
        api_version: object,
        deployment: object,
        token_provider: object,
        awaits_tokens: bool,
    ) -> _AzureSettings:
        key, provider = _azure_credentials(owner, api_key, token_provider, awaits_tokens)
        version = api_version if api_version is not None else os.environ.get(AZURE_API_VERSION_ENV)
        if version is not None and not isinstance(version, str):
            raise TypeError(f"api_version must be a string, got {type(version).__name__}")
        if deployment is not None and (not isinstance(deployment, str) or not deployment):
            raise TypeError(f"deployment must be a non-empty string, got {deployment!r}")
        return cls(
            endpoint=_azure_endpoint(owner, endpoint, key),
            api_key=key,
            token_provider=provider,
            api_version=version or None,
            deployment=deployment,
        )


def _azure_credentials(
    owner: str, api_key: object, token_provider: object, awaits_tokens: bool
) -> tuple[str | None, AsyncTokenProvider | None]:
    """Exactly one credential: the argument given, else `AZURE_OPENAI_API_KEY`.

    An explicit token provider wins over a key in the environment, as an explicit argument
    wins everywhere else; giving both arguments is refused, as it can only be a mistake.
    """
    if api_key is not None and token_provider is not None:
        raise ValueError(
            f"{owner} takes one credential: api_key or azure_ad_token_provider, not both"
        )
    if token_provider is not None:
        if not callable(token_provider):
            raise TypeError(
                "azure_ad_token_provider must be a function returning a token, got "
                f"{type(token_provider).__name__}"
            )
        if not awaits_tokens and inspect.iscoroutinefunction(token_provider):
            raise TypeError(
                "azure_ad_token_provider is an async function: the sync client cannot await "
                "it; use oai.compat.AsyncAzure, or a function that returns the token"
            )
        return None, token_provider
    key = api_key if api_key is not None else os.environ.get(AZURE_API_KEY_ENV)
    if key is not None and not isinstance(key, str):
        raise TypeError(f"api_key must be a string, got {type(key).__name__}")
    if not key:
        raise ValueError(
            f"{owner} needs a credential: pass api_key= (sent as the api-key header) or "
            "azure_ad_token_provider= (a function returning a Microsoft Entra ID token), or set "
            f"the {AZURE_API_KEY_ENV} environment variable"
        )
    return key, None


def _azure_endpoint(owner: str, endpoint: object, api_key: str | None) -> str:
    """The resource's address, from the argument or `AZURE_OPENAI_ENDPOINT`, checked here so
    that an error names the setting the value came from (the client itself is given a base
    URL that the caller never wrote)."""
    if endpoint is not None:
        value, source = endpoint, "the endpoint argument"
    else:
        value, source = os.environ.get(AZURE_ENDPOINT_ENV), f"the {AZURE_ENDPOINT_ENV} variable"
    if not value:
        raise ValueError(
            f"{owner} needs the endpoint of your Azure OpenAI resource: pass "
            f"endpoint='https://<resource>.openai.azure.com' or set {AZURE_ENDPOINT_ENV}"
        )
    problem = _base_url_problem(value)
    if problem is None and isinstance(value, str):
        parts = urlsplit(value)
        path = parts.path.rstrip("/")
        if parts.query or parts.fragment:
            problem = "has a query or fragment"
        elif path.endswith(("/openai", "/openai/v1")):
            suffix = path[path.rindex("/openai") :]
            problem = f"ends in {suffix}: give the resource's address, the client adds the rest"
    if problem is None:
        assert isinstance(value, str)
        return value.rstrip("/")
    text = str(value)
    if api_key and api_key in text:
        raise ValueError(f"the endpoint from {source} {problem} (not shown: it holds the key)")
    raise ValueError(
        f"the endpoint {text!r} from {source} {problem}; an endpoint looks like "
        "'https://<resource>.openai.azure.com'"
    )


def _with_api_key(headers: object, api_key: str) -> object:
    """`default_headers` with the key added; anything but a mapping is left for the client's
    own check to reject, with its own message."""
    if headers is None:
        return {"api-key": api_key}
    if isinstance(headers, Mapping):
        return {**headers, "api-key": api_key}
    return headers


class _Azure(BaseClient[Any, Any]):
    """What `Azure` and `AsyncAzure` share: their settings, resolved before the client is made.

    Only the transport differs between the two (an async token provider can only be awaited
    by the async one), so each adds its own in `_inner_transport`.
    """

    env_prefix = "AZURE_OPENAI"
    _awaits_tokens: ClassVar[bool] = False
    _azure: _AzureSettings

    def __init__(
        self,
        api_key: str | None = None,
        *,
        endpoint: str | None = None,
        api_version: str | None = None,
        deployment: str | None = None,
        azure_ad_token_provider: AsyncTokenProvider | None = None,
        default_model: str | None = None,
        **config: Any,
    ) -> None:
        """`endpoint` is the resource (`https://<resource>.openai.azure.com`, else
        `AZURE_OPENAI_ENDPOINT`). The credential is `api_key` (else `AZURE_OPENAI_API_KEY`) or
        `azure_ad_token_provider`, a function returning a bearer token, called for every
        request so that tokens refresh. `api_version` (else `OPENAI_API_VERSION`) selects the
        classic routes; `deployment` is then where model operations go (else the JSON body's
        `model`), and in either API it is the default model. Every other setting of
        `oai.OpenAI` is taken too, except `base_url`.
        """
        owner = self._public_name()
        if "base_url" in config:
            raise TypeError(f"{owner} takes endpoint= (the resource's address), not base_url=")
        self._azure = _AzureSettings.resolve(
            owner,
            api_key=api_key,
            endpoint=endpoint,
            api_version=api_version,
            deployment=deployment,
            token_provider=azure_ad_token_provider,
            awaits_tokens=self._awaits_tokens,
        )
        key = self._azure.api_key
        if key is not None:
            config["default_headers"] = _with_api_key(config.get("default_headers"), key)
        if default_model is None:
            default_model = self._azure.deployment or DEFAULT_MODEL
        # "" rather than None: given None, the base client would read AZURE_OPENAI_API_KEY
        # itself and send it as `Authorization: Bearer`, even beside a token provider.
        super().__init__("", base_url=self._azure.base_url, default_model=default_model, **config)
        if key is not None:
            self.config = self.config._replace(api_key=key)

    @staticmethod
    def _setting_names() -> list[str]:
        names = [name for name in BaseClient._setting_names() if name != "base_url"]
        return [*names, "api_version", "azure_ad_token_provider", "deployment", "endpoint"]

    @property
    def api_version(self) -> str | None:
        """The classic API's version, or None for the v1 API."""
        return self._azure.api_version

    @property
    def deployment(self) -> str | None:
        return self._azure.deployment

    def __repr__(self) -> str:
        auth = "azure_ad_token_provider" if self._azure.token_provider else "api_key"
        version = f" api_version={self._azure.api_version!r}" if self._azure.api_version else ""
        return (
            f"<{type(self).__name__} base_url={self.config.base_url!r}{version}"
            f" default_model={self.config.default_model!r} auth={auth}>"
        )


class Azure(_Azure, OpenAI):
    """Azure OpenAI: the v1 API by default, the classic deployment routes with `api_version`.

    ::

        client = Azure(endpoint="https://myres.openai.azure.com", api_key=key)  # or env vars
        status, response = client.chat(messages, model="my-gpt-4o")  # a deployment's name

    A key goes in the `api-key` header, as Azure expects it. An Entra ID token expires within
    the hour, so `azure_ad_token_provider` is asked for one on every attempt of every request
    and it goes as `Authorization: Bearer`. The v1 API at `{endpoint}/openai/v1` is the OpenAI
    API with deployment names as models, so only the address and the key header change. The
    classic API (`api_version`, else `OPENAI_API_VERSION`) wants
    `/openai/deployments/<name>/...?api-version=...` for model operations and
    `/openai/...?api-version=...` for the rest; see `oai._transports._azure`. Without a
    `deployment`, a JSON body's `model` names it; a multipart request (a transcription, an
    image edit) is then refused before it is sent, as its form cannot be read in advance.
    Everything else is the plain client's (sessions, streaming, retries, `api`,
    `with_options`). `OPENAI_API_KEY` and `OPENAI_BASE_URL` are never read: an OpenAI key is
    never sent to Azure.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        endpoint: str | None = None,
        api_version: str | None = None,
        deployment: str | None = None,
        azure_ad_token_provider: TokenProvider | None = None,
        default_model: str | None = None,
        **config: Any,
    ) -> None:
        """Takes what `AsyncAzure` takes, but its token provider must return the token itself:
        this client has no event loop to await one in."""
        super().__init__(
            api_key,
            endpoint=endpoint,
            api_version=api_version,
            deployment=deployment,
            azure_ad_token_provider=azure_ad_token_provider,
            default_model=default_model,
            **config,
        )

    def _inner_transport(
        self, http_client: httpx.Client | None, transport: httpx.BaseTransport | None
    ) -> httpx.BaseTransport:
        inner = super()._inner_transport(http_client, transport)
        routes, provider = self._azure.routes, self._azure.token_provider
        if routes is None and provider is None:
            return inner
        # Not an async function (checked when the client was made); an awaitable it returns
        # anyway is refused with the request.
        return AzureTransport(inner, routes, cast(TokenProvider | None, provider))


class AsyncAzure(_Azure, AsyncOpenAI):
    """The asyncio counterpart of `Azure`; `azure_ad_token_provider` may be async."""

    _awaits_tokens = True

    def _inner_transport(
        self, http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None
    ) -> httpx.AsyncBaseTransport:
        inner = super()._inner_transport(http_client, transport)
        routes, provider = self._azure.routes, self._azure.token_provider
        if routes is None and provider is None:
            return inner
        return AsyncAzureTransport(inner, routes, provider)


__all__ = [
    "AZURE_API_KEY_ENV",
    "AZURE_API_VERSION_ENV",
    "AZURE_ENDPOINT_ENV",
    "GEMINI_BASE_URL",
    "GEMINI_MODEL",
    "OPENROUTER_BASE_URL",
    "OPENROUTER_MODEL",
    "AsyncAzure",
    "AsyncGemini",
    "AsyncOpenRouter",
    "Azure",
    "Gemini",
    "OpenRouter",
]
