"""`AsyncOpenAI`: the asyncio client, a thin I/O shell over the same core as `OpenAI`.

Every method mirrors `OpenAI`'s; a stream callback may be a plain function or a coroutine
function (its result is awaited when it is awaitable).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import Any, TypeVar

import httpx
from oai_api.models.delete_model_response import DeleteModelResponse
from oai_api.models.list_models_response import ListModelsResponse
from oai_api.models.model import Model

from ._base_client import BaseClient, Selector, filtered_chunks, raw_chunks
from ._chat import ChatStream, ContentChunk
from ._messages import Message
from ._operations import (
    CREATE_CHAT_COMPLETION,
    DELETE_MODEL,
    LIST_MODELS,
    RETRIEVE_MODEL,
    ChatCompletionChunk,
    Operation,
)
from ._results import ErrorValue, result_from_response
from ._session import AsyncChatSession
from ._transport import (
    ChatResult,
    describe,
    encode_request,
    is_event_stream,
    required_id,
    translating_errors,
)

ModelT = TypeVar("ModelT")


class AsyncOpenAI(BaseClient[httpx.AsyncClient, httpx.AsyncBaseTransport]):
    """The asyncio counterpart of `OpenAI`: same settings, same methods, as coroutines."""

    def _new_http(self, transport: httpx.AsyncBaseTransport | None) -> httpx.AsyncClient:
        return httpx.AsyncClient(transport=transport, timeout=self.config.timeout)

    # -- chat ---------------------------------------------------------------------------------

    async def chat(
        self,
        messages: list[Message],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ContentChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult:
        """Create a chat completion; with a callback, stream it as `ContentChunk`s."""
        body = self._chat_body(messages, options, callback, params)
        return await self._send_chat(body, callback, filtered_chunks)

    async def create_chat_completion(
        self,
        messages: list[Message],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ChatCompletionChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult:
        """Like `chat()`, but a stream callback receives each raw chunk model."""
        body = self._chat_body(messages, options, callback, params)
        return await self._send_chat(body, callback, raw_chunks)

    def new_chat_session(
        self, messages: list[Message] | None = None, **defaults: Any
    ) -> AsyncChatSession:
        """A conversation that keeps its history; `defaults` apply to every request it sends."""
        return AsyncChatSession(self, messages, **defaults)

    # -- models -------------------------------------------------------------------------------

    async def models(self) -> tuple[int, ListModelsResponse | ErrorValue]:
        """List the models available to this key."""
        return await self._call(LIST_MODELS)

    async def model(self, model_id: str) -> tuple[int, Model | ErrorValue]:
        """Fetch one model's details."""
        return await self._call(RETRIEVE_MODEL, model=required_id(model_id, "model_id"))

    async def delete_model(self, model_id: str) -> tuple[int, DeleteModelResponse | ErrorValue]:
        """Delete a fine-tuned model you own."""
        return await self._call(DELETE_MODEL, model=required_id(model_id, "model_id"))

    # -- responses (Responses API: create/get/delete/cancel, input items, sessions) ----------

    # -- completions, embeddings, moderations, files, images, audio, batches ----------------

    # -- lifecycle ----------------------------------------------------------------------------

    async def close(self) -> None:
        """Release pooled connections (unless the httpx client was passed in by the caller)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncOpenAI:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- I/O ----------------------------------------------------------------------------------

    async def _call(
        self, operation: Operation[ModelT], *, raise_status: bool = False, **args: Any
    ) -> tuple[int, ModelT | ErrorValue]:
        kwargs = operation.build(**args)
        with translating_errors(describe(kwargs)):
            response = await self._http.request(**encode_request(kwargs, self.config.timeout))
        return result_from_response(operation, response, raise_status=raise_status)

    async def _send_chat(
        self,
        body: dict[str, Any],
        callback: Callable[[Any], object] | None,
        select: Selector,
        *,
        raise_status: bool = False,
    ) -> ChatResult:
        if callback is None:
            return await self._call(CREATE_CHAT_COMPLETION, raise_status=raise_status, body=body)
        kwargs = CREATE_CHAT_COMPLETION.build(body=body)
        with translating_errors(describe(kwargs)):
            async with self._http.stream(**encode_request(kwargs, self.config.timeout)) as response:
                if not is_event_stream(response):
                    await response.aread()
                    return result_from_response(
                        CREATE_CHAT_COMPLETION, response, raise_status=raise_status
                    )
                stream = ChatStream()
                async for data in response.aiter_bytes():
                    for payload, chunk in stream.feed(data):
                        for item in select(payload, chunk):
                            result = callback(item)
                            if inspect.isawaitable(result):
                                await result
                return response.status_code, stream.finish()
