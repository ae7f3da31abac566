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
    _exchange_log      what a session keeps of each exchange (usage, timing) for saving
    _saved_sessions    sessions as saved records and back, no I/O
    _session_store     saved sessions on disk: the SQLite `SessionStore`, JSON files
    _response_model    `oai.Response`, the generated model with helpers
    _audio, _uploads, _downloads       audio bodies, multipart uploads, content to a file
    _images            image edits and variations, and streamed image events
    _polling           waiting for background work: when to read again, when to stop
    _arguments, _bodies, _messages     checks of ids, options, fields and chat messages
    _input_items       models the API returned, as the request input they go back as
    _structured        `response_format=T` / `text_format=T`: the schema sent, the reply read
    _schema, _convert  Python types as strict JSON schemas; JSON read into them and back
    _partial_json      a JSON document parsed as it streams in (`chunk.partial`)
    _parsed_models     the answer models of a structured call (`message.parsed`, ...)
    _tools             tools from functions (`function_tool`), and the rules for their calls
    _sse               server-sent events, decoded
    _pieces            streamed text kept as its pieces, joined once
    _results, _exceptions, _error_models   answers read into models, errors and error values
    _wire              bodies encoded, transport failures named
    _callbacks         how a stream callback is called (awaited in the async client)
    _pagination        the cursor that walks a paged list
    _retry_policy      when to retry and how long to wait, without I/O
    _transports/       retrying and borrowed transports, default transports, the async pool
    _generated         generated names imported on first use
    _version, _version_hint, compat, webhooks, testing

`_client`, `_sessions`, `_transports/_retrying` and `_transports/_borrowed` are generated from
their `_async_` sources by `scripts/unasync.py`: edit the source. Some modules exist apart so
that `import oai` does not load them: `_async_client` and `_async_sessions` (asyncio programs
only), `_transports/_async_pool` (asyncio), `_response_model` and `_error_models` (they
subclass generated models), `compat`, and everything typed answers and tools need
(`_tools`, `_schema`, `_convert`, `_partial_json`, `_parsed_models`), `_polling` and `_images`
(loaded by the first wait or image edit), `_saved_sessions` and `_session_store` (sqlite3:
the first save or load) and `webhooks`; the names below load them on first use.
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
    OutputParseError,
    PermissionDeniedError,
    RateLimitError,
    RefusalError,
    SessionNotFoundError,
    SessionStoreError,
    StreamError,
    ToolCallError,
    ToolLoopError,
    UnprocessableEntityError,
    WaitTimeout,
    WebhookVerificationError,
)
from ._responses import ResponseTextChunk
from ._retry_policy import RetryPolicy
from ._sessions import ChatSession, ResponsesChatSession
from ._sse import ServerSentEvent, SSEDecoder
from ._version import __version__

if TYPE_CHECKING:
    from . import compat, webhooks
    from ._async_batch_runs import AsyncBatchRun
    from ._async_client import AsyncOpenAI
    from ._async_map import AsyncMapRun
    from ._async_sessions import AsyncChatSession, AsyncResponsesChatSession
    from ._batch_results import BatchProgress
    from ._batch_runs import BatchRun
    from ._error_models import RateLimitResponse
    from ._fan_out import MapProgress
    from ._map import MapRun
    from ._parsed_models import ParsedChatCompletion, ParsedResponse
    from ._request_items import ItemResult, RequestError
    from ._response_model import Response
    from ._saved_sessions import SavedConversation, SavedExchange
    from ._session_store import SessionStore
    from ._tools import FunctionTool, ToolEvent, function_tool

# Imported when first asked for, not by `import oai`: a program that only makes a sync client
# never pays for asyncio, the async pool, the provider classes or the generated models these
# subclass (`Response` is the largest model the wrapper uses), nor one that sends no function
# for the tools' schema building.
_LAZY = {
    "AsyncBatchRun": "._async_batch_runs",
    "AsyncChatSession": "._async_sessions",
    "AsyncMapRun": "._async_map",
    "AsyncOpenAI": "._async_client",
    "AsyncResponsesChatSession": "._async_sessions",
    "BatchProgress": "._batch_results",
    "BatchRun": "._batch_runs",
    "FunctionTool": "._tools",
    "ItemResult": "._request_items",
    "MapProgress": "._fan_out",
    "MapRun": "._map",
    "ParsedChatCompletion": "._parsed_models",
    "ParsedResponse": "._parsed_models",
    "RateLimitResponse": "._error_models",
    "RequestError": "._request_items",
    "Response": "._response_model",
    "SavedConversation": "._saved_sessions",
    "SavedExchange": "._saved_sessions",
    "SessionStore": "._session_store",
    "ToolEvent": "._tools",
    "compat": ".compat",
    "function_tool": "._tools",
    "webhooks": ".webhooks",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = importlib.import_module(module, __name__)
    value = value if name in ("compat", "webhooks") else getattr(value, name)
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
    "AsyncBatchRun",
    "AsyncChatSession",
    "AsyncMapRun",
    "AsyncOpenAI",
    "AsyncResponsesChatSession",
    "AuthenticationError",
    "BadRequestError",
    "BatchProgress",
    "BatchRun",
    "ChatSession",
    "ConflictError",
    "ContentChunk",
    "FunctionTool",
    "InternalServerError",
    "ItemResult",
    "MapProgress",
    "MapRun",
    "NotFoundError",
    "OpenAI",
    "OpenAIError",
    "OutputParseError",
    "ParsedChatCompletion",
    "ParsedResponse",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimitResponse",
    "RefusalError",
    "RequestError",
    "Response",
    "ResponseTextChunk",
    "ResponsesChatSession",
    "RetryPolicy",
    "SSEDecoder",
    "SavedConversation",
    "SavedExchange",
    "ServerSentEvent",
    "SessionNotFoundError",
    "SessionStore",
    "SessionStoreError",
    "StreamError",
    "ToolCallError",
    "ToolEvent",
    "ToolLoopError",
    "UnprocessableEntityError",
    "WaitTimeout",
    "WebhookVerificationError",
    "__version__",
    "compat",
    "function_tool",
    "new",
    "new_async",
    "webhooks",
]
