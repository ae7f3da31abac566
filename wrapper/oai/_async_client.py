"""`AsyncOpenAI`: the asyncio client, a thin I/O shell over the same core as `OpenAI`.

Every method mirrors `OpenAI`'s; a stream callback may be a plain function or a coroutine
function (its result is awaited when it is awaitable).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, overload

import httpx

from ._audio import AudioRequest, speech_body, transcription_request, translation_request
from ._base_client import BaseClient, Selector, filtered_chunks, raw_chunks
from ._bodies import Prompt, build_body
from ._chat import ChatStream, ContentChunk
from ._downloads import (
    DownloadTarget,
    TargetInput,
    check_target,
    content_request,
    read_content,
)
from ._messages import Message
from ._operations import (
    BATCH_BODY,
    CANCEL_BATCH,
    CANCEL_RESPONSE,
    COMPLETION_BODY,
    CREATE_BATCH,
    CREATE_CHAT_COMPLETION,
    CREATE_COMPLETION,
    CREATE_EMBEDDING,
    CREATE_FILE,
    CREATE_IMAGE,
    CREATE_MODERATION,
    CREATE_RESPONSE,
    CREATE_SPEECH,
    DELETE_FILE,
    DELETE_MODEL,
    DELETE_RESPONSE,
    DOWNLOAD_FILE,
    EMBEDDING_BODY,
    IMAGE_BODY,
    LIST_BATCHES,
    LIST_FILES,
    LIST_INPUT_ITEMS,
    LIST_MODELS,
    MODERATION_BODY,
    RETRIEVE_BATCH,
    RETRIEVE_FILE,
    RETRIEVE_MODEL,
    RETRIEVE_RESPONSE,
    UPLOAD_FILE_BODY,
    ContentOperation,
    Operation,
)
from ._pagination import aiterate_pages, check_page_size
from ._responses import (
    ResponseInput,
    ResponseResult,
    ResponseStream,
    build_response_body,
    check_order,
    query,
    raw_events,
)
from ._responses_session import AsyncResponsesChatSession
from ._results import ErrorValue, error_value_from_response, result_from_response
from ._retrying import AsyncClientTransport, AsyncRetryingTransport, SharedPool, env_proxy
from ._session import AsyncChatSession
from ._sse import EventStream
from ._transport import (
    ChatResult,
    describe,
    encode_request,
    is_event_stream,
    required_id,
    translating_errors,
)
from ._uploads import FileInput, check_upload

if TYPE_CHECKING:
    from oai_api.models.batch import Batch
    from oai_api.models.create_completion_response import CreateCompletionResponse
    from oai_api.models.create_embedding_response import CreateEmbeddingResponse
    from oai_api.models.create_moderation_response import CreateModerationResponse
    from oai_api.models.delete_file_response import DeleteFileResponse
    from oai_api.models.delete_model_response import DeleteModelResponse
    from oai_api.models.images_response import ImagesResponse
    from oai_api.models.list_batches_response import ListBatchesResponse
    from oai_api.models.list_files_response import ListFilesResponse
    from oai_api.models.list_models_response import ListModelsResponse
    from oai_api.models.model import Model
    from oai_api.models.open_ai_file import OpenAIFile
    from oai_api.models.response_item_list import ResponseItemList

    from ._operations import (
        ChatCompletionChunk,
        TranscriptionModel,
        TranslationModel,
    )

ContentT = TypeVar("ContentT")
ModelT = TypeVar("ModelT")
EventT = TypeVar("EventT")


class AsyncOpenAI(BaseClient[httpx.AsyncClient, httpx.AsyncBaseTransport]):
    """The asyncio counterpart of `OpenAI`: same settings, same methods, as coroutines."""

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

    async def create_response(
        self,
        input: ResponseInput,
        options: Mapping[str, Any] | None = None,
        callback: Callable[[Any], object] | None = None,
        **params: Any,
    ) -> ResponseResult:
        """Create a model response; with a callback (plain or coroutine function), stream it."""
        body = build_response_body(
            input, options, params, default_model=self.config.default_model, callback=callback
        )
        return await self._send_response(body, callback, raw_events)

    async def response(
        self, response_id: str, *, include: list[str] | None = None
    ) -> ResponseResult:
        """Fetch a stored response; `include` asks for extra output data."""
        response_id = required_id(response_id, "response_id")
        return await self._call(
            RETRIEVE_RESPONSE, response_id=response_id, **query(include=include)
        )

    async def delete_response(self, response_id: str) -> tuple[int, dict[str, Any] | ErrorValue]:
        """Delete a stored response; a success is `{"id": ..., "deleted": True, ...}`."""
        return await self._call(
            DELETE_RESPONSE, response_id=required_id(response_id, "response_id")
        )

    async def cancel_response(self, response_id: str) -> ResponseResult:
        """Cancel a response created with `background=True` while it is queued or running."""
        return await self._call(
            CANCEL_RESPONSE, response_id=required_id(response_id, "response_id")
        )

    async def response_input_items(
        self,
        response_id: str,
        *,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        include: list[str] | None = None,
    ) -> tuple[int, ResponseItemList | ErrorValue]:
        """One page of the items a response was given as input; see
        `iter_response_input_items()`."""
        return await self._call(
            LIST_INPUT_ITEMS,
            response_id=required_id(response_id, "response_id"),
            **query(
                limit=check_page_size(limit, "limit"),
                order=check_order(order),
                after=after,
                include=include,
            ),
        )

    def iter_response_input_items(
        self,
        response_id: str,
        *,
        order: str | None = None,
        page_size: int | None = None,
        after: str | None = None,
        include: list[str] | None = None,
    ) -> AsyncIterator[Any]:
        """Every input item of a response (`async for`), page after page; errors raise."""
        response_id = required_id(response_id, "response_id")
        args = query(limit=check_page_size(page_size), order=check_order(order), include=include)

        async def fetch(cursor: str | None) -> tuple[int, ResponseItemList | ErrorValue]:
            return await self._call(
                LIST_INPUT_ITEMS,
                raise_status=True,
                response_id=response_id,
                **args,
                **query(after=cursor),
            )

        return aiterate_pages(fetch, after)

    def new_responses_chat_session(
        self,
        model: str | None = None,
        instructions: str | None = None,
        tools: list[Any] | None = None,
        previous_response_id: str | None = None,
        **params: Any,
    ) -> AsyncResponsesChatSession:
        """A conversation over the Responses API: each `send` follows the previous response."""
        return AsyncResponsesChatSession(
            self, model, instructions, tools, previous_response_id, **params
        )

    # -- completions, embeddings, moderations, files, images, audio, batches ----------------

    async def completion(
        self, prompt: Prompt, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, CreateCompletionResponse | ErrorValue]:
        """Complete a prompt with a (legacy) completions model; `n`, `max_tokens`... as options."""
        body = build_body(COMPLETION_BODY, {"prompt": prompt}, options, params)
        return await self._call(CREATE_COMPLETION, body=body.json())

    async def embedding(
        self, input: Prompt, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, CreateEmbeddingResponse | ErrorValue]:
        """Embed a text (or a list of them) as vectors, one per input, in input order."""
        body = build_body(EMBEDDING_BODY, {"input": input}, options, params)
        return await self._call(CREATE_EMBEDDING, body=body.json())

    async def moderation(
        self, input: Any, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, CreateModerationResponse | ErrorValue]:
        """Classify text (or text and image parts) against the usage policies."""
        body = build_body(MODERATION_BODY, {"input": input}, options, params)
        return await self._call(CREATE_MODERATION, body=body.json())

    async def image_generation(
        self, prompt: str, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, ImagesResponse | ErrorValue]:
        """Generate images from a prompt; each comes back as `b64_json` (or a `url`)."""
        body = build_body(IMAGE_BODY, {"prompt": prompt}, options, params)
        return await self._call(CREATE_IMAGE, body=body.json())

    @overload
    async def speech(
        self,
        input: str,
        options: Mapping[str, Any] | None = None,
        *,
        to: None = None,
        **params: Any,
    ) -> tuple[int, bytes | ErrorValue]: ...
    @overload
    async def speech(
        self,
        input: str,
        options: Mapping[str, Any] | None = None,
        *,
        to: TargetInput,
        **params: Any,
    ) -> tuple[int, int | ErrorValue]: ...
    async def speech(
        self,
        input: str,
        options: Mapping[str, Any] | None = None,
        *,
        to: TargetInput | None = None,
        **params: Any,
    ) -> tuple[int, bytes | int | ErrorValue]:
        """Speak `input` aloud: the audio's bytes, or with `to=` (a path or binary file) the
        number of bytes written there as they arrived. `voice` defaults to "alloy"."""
        body = speech_body(input, options, params)
        if to is None:
            return await self._fetch_content(CREATE_SPEECH, body=body.json())
        return await self._download(CREATE_SPEECH, check_target(to), body=body.json())

    async def transcription(
        self, file: FileInput, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, TranscriptionModel | str | ErrorValue]:
        """Transcribe audio. The answer's type follows `response_format`: the generated model
        for `json` (default), `verbose_json` and `diarized_json`; a `str` for `text`, `srt`
        and `vtt`."""
        return await self._send_audio(transcription_request(file, options, params))

    async def translation(
        self, file: FileInput, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, TranslationModel | str | ErrorValue]:
        """Translate audio into English text; the answer's type follows `response_format`."""
        return await self._send_audio(translation_request(file, options, params))

    async def files(
        self,
        purpose: str | None = None,
        *,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
    ) -> tuple[int, ListFilesResponse | ErrorValue]:
        """One page of your files (newest first unless `order="asc"`); see `iter_files()`."""
        return await self._call(
            LIST_FILES,
            purpose=purpose,
            limit=check_page_size(limit, "limit"),
            order=order,
            after=after,
        )

    def iter_files(
        self,
        purpose: str | None = None,
        *,
        order: str | None = None,
        page_size: int | None = None,
        after: str | None = None,
    ) -> AsyncIterator[OpenAIFile]:
        """Every file, page after page: a page is fetched when the loop reaches it.

        An error status raises the matching `APIStatusError`.
        """
        limit = check_page_size(page_size)

        async def fetch(cursor: str | None) -> tuple[int, ListFilesResponse | ErrorValue]:
            return await self._call(
                LIST_FILES,
                raise_status=True,
                purpose=purpose,
                limit=limit,
                order=order,
                after=cursor,
            )

        return aiterate_pages(fetch, after)

    async def file(self, file_id: str) -> tuple[int, OpenAIFile | ErrorValue]:
        """One file's details."""
        return await self._call(RETRIEVE_FILE, file_id=required_id(file_id, "file_id"))

    async def delete_file(self, file_id: str) -> tuple[int, DeleteFileResponse | ErrorValue]:
        """Delete a file."""
        return await self._call(DELETE_FILE, file_id=required_id(file_id, "file_id"))

    async def upload_file(
        self,
        file: FileInput,
        purpose: str,
        options: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> tuple[int, OpenAIFile | ErrorValue]:
        """Upload a file: a path, bytes, a binary file object, or `(filename, content)`."""
        upload = check_upload(file, "file")
        arguments = {"purpose": required_id(purpose, "purpose")}
        body = build_body(UPLOAD_FILE_BODY, arguments, options, params)
        with upload.open() as part:
            return await self._call(CREATE_FILE, body=body, file=part)

    @overload
    async def file_content(
        self, file_id: str, *, to: None = None
    ) -> tuple[int, bytes | ErrorValue]: ...
    @overload
    async def file_content(
        self, file_id: str, *, to: TargetInput
    ) -> tuple[int, int | ErrorValue]: ...
    async def file_content(
        self, file_id: str, *, to: TargetInput | None = None
    ) -> tuple[int, bytes | int | ErrorValue]:
        """A file's content as bytes, or with `to=` the number of bytes written there."""
        file_id = required_id(file_id, "file_id")
        if to is None:
            return await self._fetch_content(DOWNLOAD_FILE, file_id=file_id)
        return await self._download(DOWNLOAD_FILE, check_target(to), file_id=file_id)

    async def create_batch(
        self,
        input_file_id: str,
        endpoint: str,
        options: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> tuple[int, Batch | ErrorValue]:
        """Run the requests of an uploaded JSONL file (purpose "batch") within 24 hours."""
        arguments = {
            "input_file_id": required_id(input_file_id, "input_file_id"),
            "endpoint": required_id(endpoint, "endpoint"),
        }
        body = build_body(BATCH_BODY, arguments, options, params)
        return await self._call(CREATE_BATCH, body=body.json())

    async def batch(self, batch_id: str) -> tuple[int, Batch | ErrorValue]:
        """One batch's status and counts."""
        return await self._call(RETRIEVE_BATCH, batch_id=required_id(batch_id, "batch_id"))

    async def batches(
        self, *, limit: int | None = None, after: str | None = None
    ) -> tuple[int, ListBatchesResponse | ErrorValue]:
        """One page of your batches, newest first; see `iter_batches()`."""
        return await self._call(LIST_BATCHES, limit=check_page_size(limit, "limit"), after=after)

    def iter_batches(
        self, *, page_size: int | None = None, after: str | None = None
    ) -> AsyncIterator[Batch]:
        """Every batch, newest first, page after page; an error status raises."""
        limit = check_page_size(page_size)

        async def fetch(cursor: str | None) -> tuple[int, ListBatchesResponse | ErrorValue]:
            return await self._call(LIST_BATCHES, raise_status=True, limit=limit, after=cursor)

        return aiterate_pages(fetch, after)

    async def cancel_batch(self, batch_id: str) -> tuple[int, Batch | ErrorValue]:
        """Ask for a batch to stop; it is `cancelling` until the requests in flight finish."""
        return await self._call(CANCEL_BATCH, batch_id=required_id(batch_id, "batch_id"))

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

    def _inner_transport(
        self, http_client: httpx.AsyncClient | None, transport: httpx.AsyncBaseTransport | None
    ) -> httpx.AsyncBaseTransport:
        if http_client is not None:
            return AsyncClientTransport(http_client)
        if transport is not None:
            return transport
        # Our constant-time pool (see _async_pool), unless a proxy is configured.
        proxy = env_proxy(self.config.base_url)
        if proxy is not None:
            return httpx.AsyncHTTPTransport(proxy=proxy)
        from ._async_pool import AsyncPoolTransport

        return AsyncPoolTransport()

    def _new_http(
        self, pool: SharedPool[httpx.AsyncBaseTransport], *, owner: bool
    ) -> httpx.AsyncClient:
        transport = AsyncRetryingTransport(pool, self.config.retry, owner=owner)
        return httpx.AsyncClient(transport=transport, timeout=self.config.timeout)

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
        return await self._stream(
            CREATE_CHAT_COMPLETION, ChatStream(), callback, select, raise_status, body=body
        )

    async def _send_response(
        self,
        body: dict[str, Any],
        callback: Callable[[Any], object] | None,
        select: Callable[[Mapping[str, Any], Any], Iterable[Any]],
        *,
        raise_status: bool = False,
    ) -> ResponseResult:
        if callback is None:
            return await self._call(CREATE_RESPONSE, raise_status=raise_status, body=body)
        return await self._stream(
            CREATE_RESPONSE, ResponseStream(), callback, select, raise_status, body=body
        )

    async def _stream(
        self,
        operation: Operation[ModelT],
        stream: EventStream[EventT, ModelT],
        callback: Callable[[Any], object],
        select: Callable[[Mapping[str, Any], EventT], Iterable[Any]],
        raise_status: bool,
        **args: Any,
    ) -> tuple[int, ModelT | ErrorValue]:
        """`OpenAI._stream`, awaiting what the callback returns when it is awaitable."""
        kwargs = operation.build(**args)
        with translating_errors(describe(kwargs)):
            async with self._http.stream(**encode_request(kwargs, self.config.timeout)) as response:
                with translating_errors(describe(kwargs), response):
                    if not is_event_stream(response):
                        await response.aread()
                        return result_from_response(operation, response, raise_status=raise_status)
                    async for data in response.aiter_bytes():
                        for payload, event in stream.feed(data):
                            for item in select(payload, event):
                                result = callback(item)
                                if isinstance(result, Awaitable):
                                    await result
                    return response.status_code, stream.finish()

    async def _fetch_content(
        self, operation: ContentOperation[ContentT], **args: Any
    ) -> tuple[int, ContentT | ErrorValue]:
        kwargs = content_request(operation, **args)
        with translating_errors(describe(kwargs)):
            response = await self._http.request(**encode_request(kwargs, self.config.timeout))
        return read_content(operation, response)

    async def _download(
        self, operation: ContentOperation[bytes], target: DownloadTarget, **args: Any
    ) -> tuple[int, int | ErrorValue]:
        kwargs = content_request(operation, **args)
        with translating_errors(describe(kwargs)):
            async with self._http.stream(**encode_request(kwargs, self.config.timeout)) as response:
                with translating_errors(describe(kwargs), response):
                    if not response.is_success:
                        await response.aread()
                        return response.status_code, error_value_from_response(response)
                    with target.writing() as out:
                        async for data in response.aiter_bytes():
                            out.write(data)
                    return response.status_code, out.written

    async def _send_audio(
        self, request: AudioRequest[ModelT]
    ) -> tuple[int, ModelT | str | ErrorValue]:
        with request.upload.open() as part:
            if isinstance(request.operation, Operation):
                return await self._call(request.operation, body=request.body, file=part)
            return await self._fetch_content(request.operation, body=request.body, file=part)
