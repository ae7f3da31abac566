"""oai: a typed Python SDK for the OpenAI HTTP API.

    import oai
    client = oai.new()                      # key from OPENAI_API_KEY
    status, response = client.chat([{"role": "user", "content": "Hello"}])

The wrapper returns the generated, typed models of `oai_api`; use those directly (through
`client.api`) for anything the wrapper does not cover.

Where things are: flat private modules, one job each, with one package for the one family of
plug-ins (`_transports`). A call goes down this list: client method, prepared call, wire.

    _async_client      the client's methods and its I/O (`send_call`): the source of `_client`
    _async_sessions    chat and Responses sessions' I/O: the source of `_sessions`
    _base_client       what both clients share: settings, connection set-up, `with_options`
    _config            settings resolved from arguments, the environment and defaults
    _calls             each method's prepared call: which operation, which body, which model
    _operations        the generated builders and models the wrapper uses, by operation
    _chat              chat: the body, the chunk stream, what a stream callback receives
    _chat_session      a chat session's bookkeeping (what a turn sends, keeps, returns)
    _responses         Responses API: the body, the event stream, its callbacks' items
    _responses_session a Responses session's bookkeeping (the chain of response ids)
    _response_model    `oai.Response`, the generated model with helpers
    _audio, _uploads, _downloads       audio bodies, multipart uploads, content to a file
    _arguments, _bodies, _messages     checks of ids, options, fields and chat messages
    _sse               server-sent events, decoded
    _results, _exceptions, _error_models   answers read into models, errors and error values
    _wire              bodies encoded, transport failures named
    _callbacks         how a stream callback is called (awaited in the async client)
    _pagination        the cursor that walks a paged list
    _retry_policy      when to retry and how long to wait, without I/O
    _transports/       retrying and borrowed transports, default transports, the async pool
    _generated         generated names imported on first use
    _version, _version_hint, compat, testing

`_client`, `_sessions`, `_transports/_retrying` and `_transports/_borrowed` are generated from
their `_async_` sources by `scripts/unasync.py`: edit the source. Some modules exist apart so
that `import oai` does not load them: `_async_client` and `_async_sessions` (asyncio programs
only), `_transports/_async_pool` (asyncio), `_response_model` and `_error_models` (they
subclass generated models) and `compat`; the names below load them on first use.
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
