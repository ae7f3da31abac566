"""oai: a typed Python SDK for the OpenAI HTTP API.

    import oai
    client = oai.new()                      # key from OPENAI_API_KEY
    status, response = client.chat([{"role": "user", "content": "Hello"}])

The wrapper returns the generated, typed models of `oai_api`; use those directly (through
`client.api`) for anything the wrapper does not cover.
"""

from typing import TYPE_CHECKING, Any

from . import compat  # oai.compat.Gemini, oai.compat.OpenRouter and async twins
from ._async_client import AsyncOpenAI
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
from ._responses_session import AsyncResponsesChatSession, ResponsesChatSession
from ._results import RateLimitResponse
from ._retry import RetryPolicy
from ._session import AsyncChatSession, ChatSession
from ._sse import ServerSentEvent, SSEDecoder
from ._version import __version__

if TYPE_CHECKING:
    from ._response_model import Response


def __getattr__(name: str) -> Any:
    # `oai.Response` subclasses the generated Response model, the largest the wrapper uses:
    # it is imported when first asked for, not by `import oai`.
    if name == "Response":
        from ._response_model import Response

        return Response
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def new(api_key: str | None = None, **config: Any) -> OpenAI:
    """Make a client, as lua-openai's `openai.new(api_key, config)` does; see `OpenAI`."""
    return OpenAI(api_key, **config)


def new_async(api_key: str | None = None, **config: Any) -> AsyncOpenAI:
    """Make an asyncio client; see `AsyncOpenAI`."""
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
