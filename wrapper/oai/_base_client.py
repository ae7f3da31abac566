"""What the sync and async clients have in common, none of it I/O.

A client's story is: resolve the configuration once, turn a call into a request with the
generated builder, hand it to httpx, and read the answer into a generated model. Everything but
handing it to httpx lives here (the configuration) or in `_calls` (each method's prepared call).
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar, Generic, Never, Self, TypeVar

import httpx

from ._config import (
    DEFAULT_BASE_URL,
    DEFAULT_MODEL,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    ClientConfig,
    NotGiven,
    TimeoutTypes,
    unknown_settings_error,
)
from ._retry_policy import RetryPolicy
from ._transports import SharedPool
from ._wire import adopt

if TYPE_CHECKING:
    from oai_api import AuthenticatedClient

HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
TransportT = TypeVar("TransportT", httpx.BaseTransport, httpx.AsyncBaseTransport)


class BaseClient(Generic[HttpT, TransportT]):
    """Configuration and request preparation shared by `OpenAI` and `AsyncOpenAI`.

    The two differ only in the httpx client they drive, hence the type parameters.
    """

    config: ClientConfig

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        organization: str | None = None,
        project: str | None = None,
        default_model: str = DEFAULT_MODEL,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        default_headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        retry_policy: RetryPolicy | None = None,
        http_client: HttpT | None = None,
        transport: TransportT | None = None,
        **unknown: Never,
    ) -> None:
        if unknown:
            raise unknown_settings_error(self._public_name(), unknown, self._setting_names())
        self.config = ClientConfig.resolve(
            api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            default_model=default_model,
            timeout=timeout,
            default_headers=default_headers,
            max_retries=max_retries,
            retry_policy=retry_policy,
            env_prefix=self.env_prefix,
            default_base_url=self.default_base_url,
        )
        if http_client is not None and transport is not None:
            raise ValueError("pass either http_client or transport, not both")
        # Under the retry layer: the caller's transport (ours to close, as httpx would), the
        # caller's http_client (theirs: used, never changed or closed), or a pool of our own.
        inner = self._inner_transport(http_client, transport)
        self._pool: SharedPool[TransportT] = SharedPool(inner, owned=http_client is None)
        self._owns_http = True  # close() closes _http, and with it the pool if ours
        if http_client is not None:
            # What the caller set on their client still goes out with every request.
            self.config = self.config.with_changes(
                headers={**http_client.headers, **self.config.headers}
            )
        self._connect()

    def _connect(self) -> None:
        """Make the httpx client for `config`, over the shared pool."""
        self._http: HttpT = self._new_http(self._pool, owner=self._owns_http)
        adopt(self._http, self.config)
        self._api: AuthenticatedClient | None = None

    @property
    def api(self) -> AuthenticatedClient:
        """The generated low-level client, sharing this client's connections and settings.

        Made on first use: most programs never touch it, and the generated client module is
        not worth importing for them.
        """
        if self._api is None:
            import oai_api

            api = oai_api.AuthenticatedClient(base_url=self.config.base_url, token="")
            if isinstance(self._http, httpx.AsyncClient):
                api.set_async_httpx_client(self._http)
            else:
                api.set_httpx_client(self._http)
            self._api = api
        return self._api

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, for one call or a few.

            client.with_options(max_retries=0, timeout=5).chat(messages)

        The copy shares this client's connection pool: it is cheap to make, has nothing to
        close, and works while this client is open (then it raises `RuntimeError`).
        `default_headers` are added to this client's; an `Idempotency-Key` among them is sent
        instead of a generated one.
        """
        clone = copy.copy(self)
        clone.config = self.config.with_changes(
            timeout=timeout, max_retries=max_retries, headers=default_headers
        )
        clone._owns_http = False
        clone._connect()
        return clone

    def _inner_transport(
        self, http_client: HttpT | None, transport: TransportT | None
    ) -> TransportT:
        """What sends requests under the retry layer (see `__init__`)."""
        raise NotImplementedError

    def _new_http(self, pool: SharedPool[TransportT], *, owner: bool) -> HttpT:
        """An httpx client of our own: the pool under a retrying transport with our policy."""
        raise NotImplementedError

    env_prefix = "OPENAI"
    """Environment variables `<prefix>_API_KEY` and `<prefix>_BASE_URL` fill in missing settings."""

    default_base_url: ClassVar[str] = DEFAULT_BASE_URL
    """Where the client connects when neither the argument nor `<prefix>_BASE_URL` says."""

    @classmethod
    def _public_name(cls) -> str:
        """`oai.OpenAI()`, `oai.compat.Gemini()`: the name users call, not the defining module."""
        module = "oai" if cls.__module__.startswith("oai._") else cls.__module__
        return f"{module}.{cls.__qualname__}()"

    @staticmethod
    def _setting_names() -> list[str]:
        """Every setting a client takes, read from the signature so the list cannot go stale."""
        import inspect

        parameters = inspect.signature(BaseClient.__init__).parameters.values()
        return [p.name for p in parameters if p.name != "self" and p.kind is not p.VAR_KEYWORD]

    @property
    def base_url(self) -> str:
        return self.config.base_url

    @property
    def default_model(self) -> str:
        return self.config.default_model

    @property
    def max_retries(self) -> int:
        return self.config.retry.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self.config.timeout

    def __repr__(self) -> str:
        key = "set" if self.config.api_key else "not set"
        return (
            f"<{type(self).__name__} base_url={self.config.base_url!r}"
            f" default_model={self.config.default_model!r} api_key={key}>"
        )


__all__ = ["BaseClient"]
