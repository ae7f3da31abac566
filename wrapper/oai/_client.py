# Generated from _async_client.py by scripts/unasync.py.
# Edit that file, then run `make unasync`.
"""The clients, `OpenAI` and `AsyncOpenAI`: thin I/O shells over one sans-I/O core.

Both are written once: `_async_client.py` (`AsyncOpenAI`) is the source, and `scripts/unasync.py`
writes `_client.py` (`OpenAI`) from it, dropping `async` and `await` and mapping the names
(`make unasync`; `make check-gen` fails when it is stale).
Each method prepares its call with the function of the same name in `_calls` (checking the
arguments, building the body, picking the operation) and hands it to `send_call`, the I/O.
With `AsyncOpenAI` a stream callback may also be a coroutine function: what it returns is
awaited when it is awaitable.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast, overload

import httpx

from . import _calls as calls
from ._base_client import BaseClient
from ._bodies import Prompt
from ._callbacks import gather, invoke
from ._chat import ChatResult, ContentChunk, content_chunks, raw_chunks
from ._config import BATCH_MAX_BYTES, BATCH_MAX_LINES, MAP_MAX_CONCURRENCY
from ._downloads import DownloadTarget, TargetInput
from ._messages import MessageInput
from ._pagination import Cursor, Page
from ._responses import ResponseInput, ResponseResult, raw_events
from ._results import ErrorValue
from ._sessions import ChatSession, ResponsesChatSession
from ._transports import (
    ClientTransport,
    RetryingTransport,
    SharedPool,
    own_transport,
)
from ._uploads import FileInput, VectorStoreFileInput
from ._wire import build_request, is_event_stream, release, translating_errors

if TYPE_CHECKING:
    from oai_api.models.batch import Batch
    from oai_api.models.create_completion_response import CreateCompletionResponse
    from oai_api.models.create_embedding_response import CreateEmbeddingResponse
    from oai_api.models.create_moderation_response import CreateModerationResponse
    from oai_api.models.delete_file_response import DeleteFileResponse
    from oai_api.models.delete_model_response import DeleteModelResponse
    from oai_api.models.fine_tuning_job import FineTuningJob
    from oai_api.models.images_response import ImagesResponse
    from oai_api.models.list_batches_response import ListBatchesResponse
    from oai_api.models.list_files_response import ListFilesResponse
    from oai_api.models.list_models_response import ListModelsResponse
    from oai_api.models.model import Model
    from oai_api.models.open_ai_file import OpenAIFile
    from oai_api.models.response_item_list import ResponseItemList
    from oai_api.models.upload import Upload as UploadModel
    from oai_api.models.upload_part import UploadPart
    from oai_api.models.vector_store_file_batch_object import VectorStoreFileBatchObject
    from oai_api.models.vector_store_file_object import VectorStoreFileObject
    from oai_api.models.vector_store_object import VectorStoreObject
    from oai_api.models.vector_store_search_results_page import VectorStoreSearchResultsPage

    from ._batch_results import BatchProgress
    from ._batch_runs import BatchRun
    from ._calls import (
        EventReader,
        PagedCall,
        PreparedCall,
        UploadProgress,
        WaitCall,
        WithFiles,
    )
    from ._fan_out import MapProgress
    from ._map import MapRun
    from ._operations import ChatCompletionChunk, TranscriptionModel, TranslationModel
    from ._parsed_models import ParsedChatCompletion, ParsedResponse
    from ._response_model import Response

ResultT = TypeVar("ResultT")
ItemT = TypeVar("ItemT")
T = TypeVar("T")


class OpenAI(BaseClient[httpx.Client, httpx.BaseTransport]):
    """A client for the OpenAI API (or any compatible server), in the style of lua-openai.

    Calls return `(status, response)`: the generated model on success, the server's error
    otherwise. `api` is the generated low-level client, sharing this client's connections and
    settings, for operations the wrapper does not cover. `OpenAI` and `AsyncOpenAI` have the same
    settings and methods; `AsyncOpenAI`'s are coroutines.
    """

    # -- chat ---------------------------------------------------------------------------------

    @overload
    def chat(
        self,
        messages: Sequence[MessageInput],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ContentChunk], object] | None = None,
        *,
        response_format: type[T],
        **params: Any,
    ) -> tuple[int, ParsedChatCompletion[T] | ErrorValue]: ...
    @overload
    def chat(
        self,
        messages: Sequence[MessageInput],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ContentChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult: ...
    def chat(
        self,
        messages: Sequence[MessageInput],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ContentChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult:
        """Create a chat completion; with a callback, stream it as `ContentChunk`s.

        Returns `(status, response)`. Streaming or not, a success is the whole
        `CreateChatCompletionResponse` (streamed chunks are assembled into it). With
        `response_format=T` (a dataclass, attrs class, TypedDict or pydantic model) the reply
        must fit `T`: each choice's `message.parsed` is a `T` (None for a refusal), each
        streamed chunk's `partial` the JSON so far; a reply cut short or that does not fit
        raises `oai.OutputParseError`.
        """
        call = calls.chat(
            messages, options, callback, params, content_chunks, default_model=self.default_model
        )
        return self.send_call(call)

    @overload
    def create_chat_completion(
        self,
        messages: Sequence[MessageInput],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ChatCompletionChunk], object] | None = None,
        *,
        response_format: type[T],
        **params: Any,
    ) -> tuple[int, ParsedChatCompletion[T] | ErrorValue]: ...
    @overload
    def create_chat_completion(
        self,
        messages: Sequence[MessageInput],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ChatCompletionChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult: ...
    def create_chat_completion(
        self,
        messages: Sequence[MessageInput],
        options: Mapping[str, Any] | None = None,
        callback: Callable[[ChatCompletionChunk], object] | None = None,
        **params: Any,
    ) -> ChatResult:
        """Like `chat()`, but a stream callback receives each raw chunk model."""
        call = calls.chat(
            messages, options, callback, params, raw_chunks, default_model=self.default_model
        )
        return self.send_call(call)

    def new_chat_session(
        self, messages: Sequence[MessageInput] | None = None, **defaults: Any
    ) -> ChatSession:
        """A conversation that keeps its history; `defaults` apply to every request it sends."""
        return ChatSession(self, messages, **defaults)

    # -- models -------------------------------------------------------------------------------

    def models(self) -> tuple[int, ListModelsResponse | ErrorValue]:
        """List the models available to this key."""
        return self.send_call(calls.models())

    def model(self, model_id: str) -> tuple[int, Model | ErrorValue]:
        """Fetch one model's details."""
        return self.send_call(calls.model(model_id))

    def delete_model(self, model_id: str) -> tuple[int, DeleteModelResponse | ErrorValue]:
        """Delete a fine-tuned model you own."""
        return self.send_call(calls.delete_model(model_id))

    # -- responses (Responses API: create/get/delete/cancel, input items, sessions) ----------

    @overload
    def create_response(
        self,
        input: ResponseInput,
        options: Mapping[str, Any] | None = None,
        callback: Callable[[Any], object] | None = None,
        *,
        text_format: type[T],
        **params: Any,
    ) -> tuple[int, ParsedResponse[T] | ErrorValue]: ...
    @overload
    def create_response(
        self,
        input: ResponseInput,
        options: Mapping[str, Any] | None = None,
        callback: Callable[[Any], object] | None = None,
        **params: Any,
    ) -> ResponseResult: ...
    def create_response(
        self,
        input: ResponseInput,
        options: Mapping[str, Any] | None = None,
        callback: Callable[[Any], object] | None = None,
        **params: Any,
    ) -> ResponseResult:
        """Create a model response from `input` (text, or a list of input items).

        Returns `(status, response)`, the response being an `oai.Response` (the generated model
        with `output_text`, `images()` and `function_calls()`). With a callback it is streamed:
        the callback receives every event as the generated model for its `type` (a dict for a
        type the spec does not define), and the response is still returned whole at the end.
        With `text_format=T` (a class, as chat's `response_format`) the response's
        `output_parsed` is its text read into a `T`.
        """
        call = calls.create_response(
            input, options, callback, params, raw_events, default_model=self.default_model
        )
        return self.send_call(call)

    def response(self, response_id: str, *, include: list[str] | None = None) -> ResponseResult:
        """Fetch a stored response; `include` asks for extra output data."""
        return self.send_call(calls.response(response_id, include))

    def delete_response(self, response_id: str) -> tuple[int, dict[str, Any] | ErrorValue | None]:
        """Delete a stored response; a success is `{"id": ..., "deleted": True, ...}`, or None
        from a server that answers with no body, as the spec allows."""
        return self.send_call(calls.delete_response(response_id))

    def cancel_response(self, response_id: str) -> ResponseResult:
        """Cancel a response created with `background=True` while it is queued or running."""
        return self.send_call(calls.cancel_response(response_id))

    def response_input_items(
        self,
        response_id: str,
        *,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
        include: list[str] | None = None,
    ) -> tuple[int, ResponseItemList | ErrorValue]:
        """One page of the items a response was given as input (newest first unless
        `order="asc"`); see `iter_response_input_items()`."""
        call = calls.response_input_items(response_id, limit, order, after, include)
        return self.send_call(call)

    def iter_response_input_items(
        self,
        response_id: str,
        *,
        order: str | None = None,
        page_size: int | None = None,
        after: str | None = None,
        include: list[str] | None = None,
    ) -> Iterator[Any]:
        """Every input item of a response, page after page; an error status raises."""
        pages = calls.iter_response_input_items(response_id, order, page_size, include)
        return self._walk(pages, after)

    def new_responses_chat_session(
        self,
        model: str | None = None,
        instructions: str | None = None,
        tools: list[Any] | None = None,
        previous_response_id: str | None = None,
        *,
        conversation: bool | str | None = None,
        **params: Any,
    ) -> ResponsesChatSession:
        """A conversation over the Responses API: each `send` follows the previous response.

        `conversation=True` keeps it in a Conversation instead, made before the first send
        (`session.conversation_id`), and `conversation="conv_..."` continues one: each turn is
        stored there, and its items can be read with
        `client.paginate(list_conversation_items, session.conversation_id)`.
        """
        return ResponsesChatSession(
            self,
            model,
            instructions,
            tools,
            previous_response_id,
            conversation=conversation,
            **params,
        )

    # -- completions, embeddings, moderations, files, images, audio, batches ----------------

    def completion(
        self, prompt: Prompt, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, CreateCompletionResponse | ErrorValue]:
        """Complete a prompt with a (legacy) completions model; `n`, `max_tokens`... as options."""
        return self.send_call(calls.completion(prompt, options, params))

    def embedding(
        self, input: Prompt, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, CreateEmbeddingResponse | ErrorValue]:
        """Embed a text (or a list of them) as vectors, one per input, in input order."""
        return self.send_call(calls.embedding(input, options, params))

    def moderation(
        self, input: Any, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, CreateModerationResponse | ErrorValue]:
        """Classify text (or text and image parts) against the usage policies."""
        return self.send_call(calls.moderation(input, options, params))

    def image_generation(
        self,
        prompt: str,
        options: Mapping[str, Any] | None = None,
        callback: Callable[[Any], object] | None = None,
        **params: Any,
    ) -> tuple[int, ImagesResponse | ErrorValue]:
        """Generate images from a prompt; each comes back as `b64_json` (or a `url`).

        With a callback it streams: the callback receives each event as its generated model
        (`ImageGenPartialImageEvent` for each of `partial_images` rough renderings, then
        `ImageGenCompletedEvent`), and the finished images are still returned together.
        """
        return self.send_call(calls.image_generation(prompt, options, params, callback))

    def image_edit(
        self,
        image: FileInput | list[FileInput],
        prompt: str,
        options: Mapping[str, Any] | None = None,
        callback: Callable[[Any], object] | None = None,
        *,
        mask: FileInput | None = None,
        **params: Any,
    ) -> tuple[int, ImagesResponse | ErrorValue]:
        """Edit a picture (or blend several, given as a list) as `prompt` says; `mask` marks
        with transparency where the first may change. Files are taken as `upload_file` takes
        them. With a callback it streams, as `image_generation` does (`ImageEdit...Event`s).
        """
        call = calls.image_edit(image, prompt, mask, options, params, callback)
        return self.send_call(call)

    def image_variation(
        self, image: FileInput, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, ImagesResponse | ErrorValue]:
        """Variations of a picture (`dall-e-2`), `n` of them."""
        return self.send_call(calls.image_variation(image, options, params))

    @overload
    def speech(
        self,
        input: str,
        options: Mapping[str, Any] | None = None,
        *,
        to: None = None,
        **params: Any,
    ) -> tuple[int, bytes | ErrorValue]: ...
    @overload
    def speech(
        self,
        input: str,
        options: Mapping[str, Any] | None = None,
        *,
        to: TargetInput,
        **params: Any,
    ) -> tuple[int, int | ErrorValue]: ...
    def speech(
        self,
        input: str,
        options: Mapping[str, Any] | None = None,
        *,
        to: TargetInput | None = None,
        **params: Any,
    ) -> tuple[int, bytes | int | ErrorValue]:
        """Speak `input` aloud: the audio's bytes, or with `to=` (a path or binary file) the
        number of bytes written there as they arrived. `voice` defaults to "alloy"."""
        return self.send_call(calls.speech(input, options, params, to))

    def transcription(
        self, file: FileInput, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, TranscriptionModel | str | ErrorValue]:
        """Transcribe audio. The answer's type follows `response_format`: the generated model
        for `json` (default), `verbose_json` and `diarized_json`; a `str` for `text`, `srt`
        and `vtt`."""
        return self.send_call(calls.transcription(file, options, params))

    def translation(
        self, file: FileInput, options: Mapping[str, Any] | None = None, **params: Any
    ) -> tuple[int, TranslationModel | str | ErrorValue]:
        """Translate audio into English text; the answer's type follows `response_format`."""
        return self.send_call(calls.translation(file, options, params))

    def files(
        self,
        purpose: str | None = None,
        *,
        limit: int | None = None,
        order: str | None = None,
        after: str | None = None,
    ) -> tuple[int, ListFilesResponse | ErrorValue]:
        """One page of your files (newest first unless `order="asc"`); see `iter_files()`."""
        return self.send_call(calls.files(purpose, limit, order, after))

    def iter_files(
        self,
        purpose: str | None = None,
        *,
        order: str | None = None,
        page_size: int | None = None,
        after: str | None = None,
    ) -> Iterator[OpenAIFile]:
        """Every file, page after page: a page is fetched when the loop reaches it.

        An error status raises the matching `APIStatusError`.
        """
        pages = calls.iter_files(purpose, order, page_size)
        return self._walk(pages, after)

    def file(self, file_id: str) -> tuple[int, OpenAIFile | ErrorValue]:
        """One file's details."""
        return self.send_call(calls.file(file_id))

    def delete_file(self, file_id: str) -> tuple[int, DeleteFileResponse | ErrorValue]:
        """Delete a file."""
        return self.send_call(calls.delete_file(file_id))

    def upload_file(
        self,
        file: FileInput,
        purpose: str,
        options: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> tuple[int, OpenAIFile | ErrorValue]:
        """Upload a file: a path, bytes, a binary file object, or `(filename, content)`."""
        return self.send_call(calls.upload_file(file, purpose, options, params))

    def upload_large_file(
        self,
        file: FileInput,
        purpose: str,
        options: Mapping[str, Any] | None = None,
        *,
        part_size: int = calls.PART_SIZE,
        mime_type: str | None = None,
        on_progress: Callable[[UploadProgress], object] | None = None,
        **params: Any,
    ) -> OpenAIFile:
        """Upload a file of up to 8 GB through the Uploads API, in parts; returns the file.

        For files `upload_file()` cannot send in one request (the Files API stops at 512 MB).
        One part is read and in memory at a time; a part that fails to send is retried as any
        request is; a failure that retries cannot mend cancels the upload and raises.
        `on_progress` gets an `UploadProgress` (`sent`, `total`, `parts`) after each part;
        `mime_type` is guessed from the file name when not given.
        """
        upload = calls.upload_large_file(file, purpose, part_size, mime_type, options, params)
        _, created = self.send_call(upload.create())  # every step raises on an error
        upload_id = cast("UploadModel", created).id
        try:
            with upload.parts() as parts:
                for data in parts:
                    _, part = self.send_call(upload.part(upload_id, data))
                    progress = upload.sent_part(cast("UploadPart", part))
                    if on_progress is not None:
                        invoke(on_progress, progress)
            _, done = self.send_call(upload.complete(upload_id))
        except BaseException:
            with contextlib.suppress(Exception):  # the failure that got us here matters more
                self.send_call(upload.cancel(upload_id))
            raise
        return upload.file_of(cast("UploadModel", done))

    @overload
    def file_content(self, file_id: str, *, to: None = None) -> tuple[int, bytes | ErrorValue]: ...
    @overload
    def file_content(self, file_id: str, *, to: TargetInput) -> tuple[int, int | ErrorValue]: ...
    def file_content(
        self, file_id: str, *, to: TargetInput | None = None
    ) -> tuple[int, bytes | int | ErrorValue]:
        """A file's content as bytes, or with `to=` the number of bytes written there."""
        return self.send_call(calls.file_content(file_id, to))

    # -- vector stores (retrieval) -------------------------------------------------------------
    # Files are given as ids (a `str`), or as paths (`pathlib.Path`), bytes, binary files or
    # `(filename, content)`, which are uploaded first (purpose "assistants"); a file uploaded
    # stays in Files if a later step fails. Every step raises on an error status.

    def create_vector_store(
        self,
        name: str | None = None,
        files: Sequence[VectorStoreFileInput] = (),
        options: Mapping[str, Any] | None = None,
        *,
        wait: bool = True,
        timeout: float | None = None,
        **params: Any,
    ) -> VectorStoreObject:
        """A vector store holding `files`, for the `file_search` tool and `search_vector_store`.

        With `wait=True` it returns once every file is processed: then `file_counts.failed`
        says how many could not be, and
        `client.paginate(list_vector_store_files, store.id, filter="failed")` lists them, each
        with its `last_error`. `timeout=` raises `oai.WaitTimeout` (the store is kept).
        """
        plan = calls.create_vector_store(name, files, options, params)
        _, store = self.send_call(plan.call(self._file_ids(plan)))
        created = cast("VectorStoreObject", store)
        if not wait or created.status != "in_progress":
            return created
        reads: WaitCall[VectorStoreObject] = calls.wait_for(
            "VECTOR_STORE", (created.id,), timeout, None
        )
        return self._wait(reads, None)

    def add_to_vector_store(
        self,
        store_id: str,
        files: Sequence[VectorStoreFileInput],
        *,
        wait: bool = True,
        timeout: float | None = None,
        attributes: Mapping[str, Any] | None = None,
        chunking_strategy: Any = None,
    ) -> VectorStoreFileBatchObject:
        """Add files to a vector store as one file batch; with `wait=True`, once all are
        processed (`file_counts` says how many failed)."""
        plan = calls.add_to_vector_store(store_id, files, attributes, chunking_strategy)
        _, batch = self.send_call(plan.call(self._file_ids(plan)))
        created = cast("VectorStoreFileBatchObject", batch)
        if not wait:
            return created
        reads: WaitCall[VectorStoreFileBatchObject] = calls.wait_for(
            "VECTOR_STORE_FILE_BATCH", (store_id, created.id), timeout, None
        )
        return self._wait(reads, None)

    def search_vector_store(
        self,
        store_id: str,
        query: str | list[str],
        options: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> tuple[int, VectorStoreSearchResultsPage | ErrorValue]:
        """The chunks of a store's files that best match `query`, best first, with their
        scores (`max_num_results`, `filters`, `ranking_options` as options)."""
        return self.send_call(calls.search_vector_store(store_id, query, options, params))

    def _file_ids(self, plan: WithFiles[Any]) -> list[str]:
        """The ids of a call's files, in order, uploading those that are not ids yet (all at
        once with `AsyncOpenAI`; an upload that fails raises once the others are done)."""
        return gather(*(self._file_id(source) for source in plan.uploads))

    def _file_id(self, source: str | PreparedCall[OpenAIFile]) -> str:
        if isinstance(source, str):
            return source
        _, uploaded = self.send_call(source)  # raises on an error status
        return cast("OpenAIFile", uploaded).id

    def create_batch(
        self,
        input_file_id: str,
        endpoint: str,
        options: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> tuple[int, Batch | ErrorValue]:
        """Run the requests of an uploaded JSONL file (purpose "batch") within 24 hours."""
        return self.send_call(calls.create_batch(input_file_id, endpoint, options, params))

    def batch(self, batch_id: str) -> tuple[int, Batch | ErrorValue]:
        """One batch's status and counts."""
        return self.send_call(calls.batch(batch_id))

    def batches(
        self, *, limit: int | None = None, after: str | None = None
    ) -> tuple[int, ListBatchesResponse | ErrorValue]:
        """One page of your batches, newest first; see `iter_batches()`."""
        return self.send_call(calls.batches(limit, after))

    def iter_batches(
        self, *, page_size: int | None = None, after: str | None = None
    ) -> Iterator[Batch]:
        """Every batch, newest first, page after page; an error status raises."""
        pages = calls.iter_batches(page_size)
        return self._walk(pages, after)

    def cancel_batch(self, batch_id: str) -> tuple[int, Batch | ErrorValue]:
        """Ask for a batch to stop; it is `cancelling` until the requests in flight finish."""
        return self.send_call(calls.cancel_batch(batch_id))

    def run_batch(
        self,
        requests: Iterable[object],
        *,
        endpoint: str = "/v1/chat/completions",
        state: str | os.PathLike[str] | None = None,
        ordered: bool = True,
        progress: Callable[[BatchProgress], object] | bool | None = None,
        max_lines: int = BATCH_MAX_LINES,
        max_bytes: int = BATCH_MAX_BYTES,
        poll_interval: float | None = None,
        timeout: float | None = None,
        metadata: dict[str, str] | None = None,
    ) -> BatchRun:
        """Run many requests through the Batch API; iterate the run for each one's result.

        `requests` are bodies (or `(custom_id, body)` pairs), each checked as the direct call
        checks it before anything is uploaded; they are written to JSONL files on disk, split
        at `max_lines` and `max_bytes`, uploaded, run as batches and read back. Each result is
        an `ItemResult` whose value is the endpoint's model or a `RequestError`, in input
        order (or as batches finish, `ordered=False`). With `state=` (a path) the run is
        recorded there as it goes: run it again after a crash and it picks up where it was.
        `timeout=` (seconds of waiting) raises `oai.WaitTimeout`; the batches go on at the
        server, and a run with the same `state=` takes them up again.
        """
        from ._batch_runs import BatchRun

        return BatchRun(
            self,
            requests,
            endpoint=endpoint,
            state=state,
            ordered=ordered,
            progress=progress,
            max_lines=max_lines,
            max_bytes=max_bytes,
            poll_interval=poll_interval,
            timeout=timeout,
            metadata=metadata,
        )

    # -- many direct requests at once ---------------------------------------------------------

    def map(
        self,
        requests: Iterable[object],
        *,
        endpoint: str = "/v1/chat/completions",
        concurrency: int | Literal["auto"] = "auto",
        max_concurrency: int = MAP_MAX_CONCURRENCY,
        progress: Callable[[MapProgress], object] | bool | None = None,
    ) -> list[Any]:
        """Send many requests to one endpoint at once; one result per request, in input order.

        `requests` are bodies (or `(custom_id, body)` pairs), each checked as the direct call
        checks it (a list whole, before anything is sent). Each result is the model the direct
        call returns, or a `RequestError` after the client's retries (reported, not raised).
        `concurrency="auto"` starts low, grows while answers succeed and slows down on 429s
        and on what the rate-limit headers say; an int fixes it. `progress` is called with a
        `MapProgress` (done, failed, in flight, total) as it changes. `iter_map` hands the
        results out as they come, and keeps what finished when the caller stops.
        """
        return self.iter_map(
            requests,
            endpoint=endpoint,
            concurrency=concurrency,
            max_concurrency=max_concurrency,
            progress=progress,
        ).collect()

    def iter_map(
        self,
        requests: Iterable[object],
        *,
        endpoint: str = "/v1/chat/completions",
        concurrency: int | Literal["auto"] = "auto",
        max_concurrency: int = MAP_MAX_CONCURRENCY,
        progress: Callable[[MapProgress], object] | bool | None = None,
    ) -> MapRun:
        """`map`, read as it goes: iterate the run for each result in input order. Leaving
        `async with client.iter_map(...) as run:` (a cancel, a break) cancels what is in flight;
        `run.finished` then holds the results that finished and were not handed out."""
        from ._map import MapRun

        return MapRun(
            self,
            requests,
            endpoint=endpoint,
            concurrency=concurrency,
            max_concurrency=max_concurrency,
            progress=progress,
        )

    # -- any list operation -------------------------------------------------------------------

    def paginate(self, endpoint: ModuleType, *path_args: Any, **params: Any) -> Iterator[Any]:
        """Every item of any list operation of the generated client, page after page.

        `endpoint` is its module (`from oai_api.api.vector_stores import list_vector_stores`),
        `path_args` its path parameters in order, `params` its query parameters (`limit` sets
        the page size; `after=` or `page=` where to start). Items are the generated models; a
        page is fetched when the loop reaches it, and an error status raises the matching
        `APIStatusError`.
        """
        pages = calls.paginate(endpoint, path_args, params)
        return self._walk(pages, params.get(pages.cursor) if pages.cursor else None)

    # -- waiting for work to finish ----------------------------------------------------------
    # Each reads the object until it is in a final state and returns it, failed or not (the
    # object says what went wrong); see `_polling` for the waits between reads. `timeout=`
    # (seconds) raises `oai.WaitTimeout` carrying the last state; `on_update` is called with
    # each read that differs from the one before (a coroutine function is awaited); an error
    # status raises the matching `APIStatusError`.

    def wait_for_batch(
        self,
        batch_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: Callable[[Batch], object] | None = None,
    ) -> Batch:
        """The batch once it is completed, failed, expired or cancelled."""
        wait: WaitCall[Batch] = calls.wait_for("BATCH", (batch_id,), timeout, poll_interval)
        return self._wait(wait, on_update)

    def wait_for_response(
        self,
        response_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: Callable[[Response], object] | None = None,
    ) -> Response:
        """A response made with `background=True`, once it is no longer queued or running."""
        ids = (response_id,)
        wait: WaitCall[Response] = calls.wait_for("RESPONSE", ids, timeout, poll_interval)
        return self._wait(wait, on_update)

    def wait_for_fine_tuning_job(
        self,
        job_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: Callable[[FineTuningJob], object] | None = None,
    ) -> FineTuningJob:
        """The fine-tuning job once it has succeeded, failed or been cancelled."""
        wait: WaitCall[FineTuningJob] = calls.wait_for(
            "FINE_TUNING_JOB", (job_id,), timeout, poll_interval
        )
        return self._wait(wait, on_update)

    def wait_for_vector_store_file(
        self,
        store_id: str,
        file_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: Callable[[VectorStoreFileObject], object] | None = None,
    ) -> VectorStoreFileObject:
        """A file of a vector store once it is processed (or failed: see `last_error`)."""
        ids = (store_id, file_id)
        wait: WaitCall[VectorStoreFileObject] = calls.wait_for(
            "VECTOR_STORE_FILE", ids, timeout, poll_interval
        )
        return self._wait(wait, on_update)

    def wait_for_vector_store_file_batch(
        self,
        store_id: str,
        batch_id: str,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
        on_update: Callable[[VectorStoreFileBatchObject], object] | None = None,
    ) -> VectorStoreFileBatchObject:
        """A vector store's file batch once every file in it is done (see `file_counts`)."""
        ids = (store_id, batch_id)
        wait: WaitCall[VectorStoreFileBatchObject] = calls.wait_for(
            "VECTOR_STORE_FILE_BATCH", ids, timeout, poll_interval
        )
        return self._wait(wait, on_update)

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

    def _inner_transport(
        self, http_client: httpx.Client | None, transport: httpx.BaseTransport | None
    ) -> httpx.BaseTransport:
        if http_client is not None:
            return ClientTransport(http_client)
        return transport or own_transport(self.config.base_url)

    def _new_http(self, pool: SharedPool[httpx.BaseTransport], *, owner: bool) -> httpx.Client:
        transport = RetryingTransport(pool, self.config.retry, owner=owner)
        return httpx.Client(transport=transport, timeout=self.config.timeout)

    def send_call(self, call: PreparedCall[ResultT]) -> tuple[int, ResultT | ErrorValue]:
        """Send a prepared call (`oai._calls`) and read its answer: the one place of the I/O.

        Every method above and every session sends through it; it is the protocol sessions
        need of a client (`Sender`, `AsyncSender`).
        """
        with call.request() as kwargs:
            if call.events is not None:
                return self._stream(call, call.events, kwargs)
            if call.target is not None:
                return self._download(call, call.target, kwargs)
            with translating_errors(kwargs):
                response = self._http.send(build_request(self._http, kwargs, self.config))
            release(response)
            return call.read(response, self.config.base_url)

    def _stream(
        self, call: PreparedCall[ResultT], events: EventReader[ResultT], kwargs: dict[str, Any]
    ) -> tuple[int, ResultT | ErrorValue]:
        """Send a streaming request; each item `events` picks from the decoded events goes to
        the callback, and the answer they add up to is returned. An error status or a plain
        JSON answer is read whole instead, as a non-streamed call reads it."""
        with self._streamed(kwargs) as response:
            if not is_event_stream(response):
                response.read()
                return call.read(response, self.config.base_url)
            stream, select, callback = events
            for data in response.iter_bytes():
                for payload, event in stream.feed(data):
                    for item in select(payload, event):
                        invoke(callback, item)
            return response.status_code, stream.finish()

    def _download(
        self, call: PreparedCall[Any], target: DownloadTarget, kwargs: dict[str, Any]
    ) -> tuple[int, Any]:
        """Write a 2xx answer's content to `target` as it arrives; the answer is the number of
        bytes written (an error status is read whole)."""
        with self._streamed(kwargs) as response:
            if not response.is_success:
                response.read()
                return call.read(response, self.config.base_url)
            with target.writing() as out:
                for data in response.iter_bytes():
                    out.write(data)
            return response.status_code, out.written

    @contextlib.contextmanager
    def _streamed(self, kwargs: dict[str, Any]) -> Iterator[httpx.Response]:
        """The answer to a request sent to be read as it arrives, closed after (httpx's
        `stream()` takes the request's arguments, not the request `build_request` made).
        Failures are named as every request's are, reading ones with the answer's request id."""
        with translating_errors(kwargs):
            request = build_request(self._http, kwargs, self.config)
            response = self._http.send(request, stream=True)
        try:
            with translating_errors(kwargs, response):
                yield response
        finally:
            response.close()
            release(response)

    def _wait(self, wait: WaitCall[ResultT], on_update: Callable[[Any], object] | None) -> ResultT:
        """Read an object until `wait.poll` says it is final, sleeping as it says between."""
        poll = wait.poll
        while True:
            _, answer = self.send_call(wait.read)  # an error status raises
            done = poll.take(answer)
            if on_update is not None and poll.changed:
                invoke(on_update, answer)
            if done:
                return cast("ResultT", answer)
            self.config.retry.sleep(poll.delay())

    def _walk(self, pages: PagedCall[Page[ItemT]], after: str | None) -> Iterator[ItemT]:
        """Every item of a paged list, each page fetched when the loop reaches it."""
        cursor = Cursor(after, pages.cursor)
        while not cursor.done:
            yield from cursor.take(*self.send_call(pages.page(cursor.after)))


__all__ = ["OpenAI"]
