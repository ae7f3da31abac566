"""The httpx transports under every client: the one family of plug-ins in `oai`.

A client's httpx client sends through `RetryingTransport` (retries, idempotency keys), which
sends through the transport holding the connections: the caller's `transport=`, the caller's
`http_client=` (`ClientTransport`), or one of ours (`_defaults`; `AsyncPoolTransport` for
asyncio). The `_async_*` modules are the sources of their sync twins (`scripts/unasync.py`).
`_async_pool` is imported only by `async_own_transport`, so `import oai` never loads asyncio;
`_azure` (Azure's routes and tokens, under the retry layer) only by `oai.compat`'s Azure clients.
"""

from ._async_borrowed import AsyncClientTransport
from ._async_retrying import AsyncRetryingTransport
from ._attempts import IDEMPOTENCY_HEADER, SharedPool, add_idempotency_key, reads_whole
from ._borrowed import ClientTransport
from ._defaults import async_own_transport, env_proxy, own_transport
from ._retrying import RetryingTransport

__all__ = [
    "IDEMPOTENCY_HEADER",
    "AsyncClientTransport",
    "AsyncRetryingTransport",
    "ClientTransport",
    "RetryingTransport",
    "SharedPool",
    "add_idempotency_key",
    "async_own_transport",
    "env_proxy",
    "own_transport",
    "reads_whole",
]
