"""oai: a typed Python SDK for the OpenAI HTTP API.

    import oai
    client = oai.new()                      # key from OPENAI_API_KEY
    status, response = client.chat([{"role": "user", "content": "Hello"}])

The wrapper returns the generated, typed models of `oai_api`; use those directly (through
`client.api`) for anything the wrapper does not cover.
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._chat import ContentChunk
from ._client import OpenAI
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    StreamError,
    UnprocessableEntityError,
)
from ._responses import ResponseTextChunk
from ._retry_policy import RetryPolicy
from ._sessions import ChatSession, ResponsesChatSession
from ._sse import ServerSentEvent, SSEDecoder
from ._version import __version__

if TYPE_CHECKING:
    from . import compat
    from ._async_client import AsyncOpenAI
    from ._async_sessions import AsyncChatSession, AsyncResponsesChatSession
    from ._error_models import RateLimitResponse
    from ._response_model import Response

# Imported when first asked for, not by `import oai`: a program that only makes a sync client
# never pays for asyncio, the async pool, the provider classes or the generated models these
# subclass (`Response` is the largest model the wrapper uses).
_LAZY = {
    "AsyncChatSession": "._async_sessions",
    "AsyncOpenAI": "._async_client",
    "AsyncResponsesChatSession": "._async_sessions",
    "RateLimitResponse": "._error_models",
    "Response": "._response_model",
    "compat": ".compat",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = importlib.import_module(module, __name__)
    value = value if name == "compat" else getattr(value, name)
    globals()[name] = value  # found directly from now on
    return value


def new(api_key: str | None = None, **config: Any) -> OpenAI:
    """Make a client, as lua-openai's `openai.new(api_key, config)` does; see `OpenAI`."""
    return OpenAI(api_key, **config)


def new_async(api_key: str | None = None, **config: Any) -> "AsyncOpenAI":
    """Make an asyncio client; see `AsyncOpenAI`."""
    from ._async_client import AsyncOpenAI

    return AsyncOpenAI(api_key, **config)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncChatSession",
    "AsyncOpenAI",
    "AsyncResponsesChatSession",
    "AuthenticationError",
    "BadRequestError",
    "ChatSession",
    "ConflictError",
    "ContentChunk",
    "InternalServerError",
    "NotFoundError",
    "OpenAI",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitResponse",
    "Response",
    "ResponseTextChunk",
    "ResponsesChatSession",
    "RetryPolicy",
    "SSEDecoder",
    "ServerSentEvent",
    "StreamError",
    "UnprocessableEntityError",
    "__version__",
    "compat",
    "new",
    "new_async",
]
