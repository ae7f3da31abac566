"""`OpenAI`: the synchronous client, a thin I/O shell over the shared sans-I/O core."""

from __future__ import annotations

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
from ._session import ChatSession
from ._transport import (
    ChatResult,
    describe,
    encode_request,
    is_event_stream,
    required_id,
    translating_errors,
)

ModelT = TypeVar("ModelT")


class OpenAI(BaseClient[httpx.Client, httpx.BaseTransport]):
    """A client for the OpenAI API (or any compatible server), in the style of lua-openai.

    Calls return `(status, response)`: the generated model on success, the server's error
    otherwise. `api` is the generated low-level client, sharing this client's connections and
    settings, for operations the wrapper does not cover.
    """

    def _new_http(self, transport: httpx.BaseTransport | None) -> httpx.Client:
        return httpx.Client(transport=transport, timeout=self.config.timeout)

    # -- chat ---------------------------------------------------------------------------------

    def chat(
        self,
        messages: list[Message],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ContentChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult:
        """Create a chat completion; with a callback, stream it as `ContentChunk`s.

        Returns `(status, response)`. Streaming or not, a success is the whole
        `CreateChatCompletionResponse` (streamed chunks are assembled into it).
        """
        body = self._chat_body(messages, options, callback, params)
        return self._send_chat(body, callback, filtered_chunks)

    def create_chat_completion(
        self,
        messages: list[Message],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ChatCompletionChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult:
        """Like `chat()`, but a stream callback receives each raw chunk model."""
        body = self._chat_body(messages, options, callback, params)
        return self._send_chat(body, callback, raw_chunks)

    def new_chat_session(
        self, messages: list[Message] | None = None, **defaults: Any
    ) -> ChatSession:
        """A conversation that keeps its history; `defaults` apply to every request it sends."""
        return ChatSession(self, messages, **defaults)

    # -- models -------------------------------------------------------------------------------

    def models(self) -> tuple[int, ListModelsResponse | ErrorValue]:
        """List the models available to this key."""
        return self._call(LIST_MODELS)

    def model(self, model_id: str) -> tuple[int, Model | ErrorValue]:
        """Fetch one model's details."""
        return self._call(RETRIEVE_MODEL, model=required_id(model_id, "model_id"))

    def delete_model(self, model_id: str) -> tuple[int, DeleteModelResponse | ErrorValue]:
        """Delete a fine-tuned model you own."""
        return self._call(DELETE_MODEL, model=required_id(model_id, "model_id"))

    # -- responses (Responses API: create/get/delete/cancel, input items, sessions) ----------

    # -- completions, embeddings, moderations, files, images, audio, batches ----------------

    # -- lifecycle ----------------------------------------------------------------------------

    def close(self) -> None:
        """Release pooled connections (unless the httpx client was passed in by the caller)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> OpenAI:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- I/O ----------------------------------------------------------------------------------

    def _call(
        self, operation: Operation[ModelT], *, raise_status: bool = False, **args: Any
    ) -> tuple[int, ModelT | ErrorValue]:
        kwargs = operation.build(**args)
        with translating_errors(describe(kwargs)):
            response = self._http.request(**encode_request(kwargs, self.config.timeout))
        return result_from_response(operation, response, raise_status=raise_status)

    def _send_chat(
        self,
        body: dict[str, Any],
        callback: Callable[[Any], object] | None,
        select: Selector,
        *,
        raise_status: bool = False,
    ) -> ChatResult:
        if callback is None:
            return self._call(CREATE_CHAT_COMPLETION, raise_status=raise_status, body=body)
        kwargs = CREATE_CHAT_COMPLETION.build(body=body)
        with (
            translating_errors(describe(kwargs)),
            self._http.stream(**encode_request(kwargs, self.config.timeout)) as response,
        ):
            if not is_event_stream(response):
                response.read()
                return result_from_response(
                    CREATE_CHAT_COMPLETION, response, raise_status=raise_status
                )
            stream = ChatStream()
            for data in response.iter_bytes():
                for payload, chunk in stream.feed(data):
                    for item in select(payload, chunk):
                        callback(item)
            return response.status_code, stream.finish()
