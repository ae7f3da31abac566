"""Each client method's request, prepared without I/O.

A wrapper call's story, top to bottom: check the arguments and build the body (a bad argument
raises ValueError or TypeError here, before anything is sent), pick the operation (the generated
builder that makes the request and the generated model that reads the answer), then send it.
Every step but the last is a function in this module, named after the client method it
prepares, returning a `PreparedCall`. The client adds only the sending: a public method is
`return await self.send_call(calls.<method>(...))` in `_async_client.py`, the one source of both
clients.
"""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

import httpx

from ._arguments import check_order, check_page_size, query, required_id
from ._audio import speech_body, transcription_request, translation_request
from ._bodies import EMPTY, Prompt, build_body, wants_stream
from ._chat import ChatStream, build_chat_body
from ._downloads import DownloadTarget, check_target, content_request, read_content
from ._exceptions import APIError
from ._messages import MessageInput
from ._operations import (
    ADD_UPLOAD_PART,
    BATCH_BODY,
    CANCEL_BATCH,
    CANCEL_RESPONSE,
    CANCEL_UPLOAD,
    COMPLETE_UPLOAD,
    COMPLETION_BODY,
    CREATE_BATCH,
    CREATE_CHAT_COMPLETION,
    CREATE_COMPLETION,
    CREATE_CONVERSATION,
    CREATE_EMBEDDING,
    CREATE_FILE,
    CREATE_IMAGE,
    CREATE_IMAGE_EDIT,
    CREATE_IMAGE_VARIATION,
    CREATE_MODERATION,
    CREATE_RESPONSE,
    CREATE_SPEECH,
    CREATE_UPLOAD,
    CREATE_VECTOR_STORE,
    CREATE_VECTOR_STORE_FILE_BATCH,
    DELETE_FILE,
    DELETE_MODEL,
    DELETE_RESPONSE,
    DOWNLOAD_FILE,
    EMBEDDING_BODY,
    IMAGE_BODY,
    IMAGE_EDIT_BODY,
    IMAGE_VARIATION_BODY,
    LIST_BATCHES,
    LIST_FILES,
    LIST_INPUT_ITEMS,
    LIST_MODELS,
    MODERATION_BODY,
    RETRIEVE_BATCH,
    RETRIEVE_FILE,
    RETRIEVE_MODEL,
    RETRIEVE_RESPONSE,
    SEARCH_BODY,
    SEARCH_VECTOR_STORE,
    UPLOAD_BODY,
    UPLOAD_FILE_BODY,
    VECTOR_STORE_BODY,
    ContentOperation,
    Operation,
)
from ._responses import ResponseStream, build_response_body, raw_events
from ._results import ErrorValue, result_from_response
from ._structured import AnswerType, PartialAnswers, prepare_body
from ._uploads import FormFiles, Upload, check_upload, file_sources, open_all

if TYPE_CHECKING:
    from oai_api.models.batch import Batch
    from oai_api.models.conversation_resource import ConversationResource
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
    from oai_api.models.upload import Upload as UploadModel
    from oai_api.models.upload_part import UploadPart
    from oai_api.models.vector_store_file_batch_object import VectorStoreFileBatchObject
    from oai_api.models.vector_store_object import VectorStoreObject
    from oai_api.models.vector_store_search_results_page import VectorStoreSearchResultsPage

    from ._operations import ChatCompletionResponse, TranscriptionModel, TranslationModel
    from ._polling import Poll, Waiting
    from ._response_model import Response
    from ._sse import EventStream

# Covariant: a call whose answer is read into a `Response` serves where any answer will do.
ResultT = TypeVar("ResultT", covariant=True)
ModelT = TypeVar("ModelT")
ContentT = TypeVar("ContentT")

ReplyT = TypeVar("ReplyT")

Selector = Callable[[Mapping[str, Any], Any], Iterable[Any]]
"""Picks what a stream callback receives from each decoded event: given the event's JSON and its
model, the items to pass on (`_chat.content_chunks`, `_responses.raw_events`, ...)."""


class EventReader(NamedTuple, Generic[ResultT]):
    """How a 2xx event stream is read: `stream` decodes the events and adds them up to the
    answer, `select` picks from each what `callback` receives. Used for one request only."""

    stream: EventStream[Any, ResultT]
    select: Selector
    callback: Callable[[Any], object]


class PreparedCall(NamedTuple, Generic[ResultT]):
    """A checked request, ready to send, and how its answer is read into a `ResultT`.

    `operation` is the generated builder to call with `args`, and what a 2xx answer is read
    into: a model (`Operation`) or content (`ContentOperation`). `uploads` (form field, file)
    are opened only while the request is sent, and go to the builder as `files`. The answer is
    read whole, unless `events` says how to read a stream of events or `target` where to write
    the content as it arrives (an error status is always read whole).
    """

    operation: Operation[Any] | ContentOperation[Any]
    args: Mapping[str, Any] = EMPTY
    raise_status: bool = False
    uploads: FormFiles = ()
    events: EventReader[ResultT] | None = None
    target: DownloadTarget | None = None
    on_headers: Callable[[httpx.Headers], object] | None = None
    """Sees the headers of an answer read whole, before it is read (a poll's hint)."""

    def request(self) -> AbstractContextManager[dict[str, Any]]:
        """The generated builder's request arguments; the uploads are open while they last."""
        if not self.uploads:
            return nullcontext(self._build(self.args))  # half the cost of a generator's
        return self._with_uploads()

    @contextmanager
    def _with_uploads(self) -> Iterator[dict[str, Any]]:
        with open_all(self.uploads) as files:
            yield self._build({**self.args, "files": files})

    def _build(self, args: Mapping[str, Any]) -> dict[str, Any]:
        if isinstance(self.operation, ContentOperation):
            return content_request(self.operation, **args)
        return self.operation.build(**args)

    def read(
        self, response: httpx.Response, base_url: str | None = None
    ) -> tuple[int, ResultT | ErrorValue]:
        """An answer read whole: the model (or content) on success, else the server's error.

        `base_url` is the client's: a 404 that raises says when it seems to lack `/v1`.
        """
        if self.on_headers is not None:
            self.on_headers(response.headers)
        if isinstance(self.operation, ContentOperation):
            return read_content(self.operation, response)
        return result_from_response(
            self.operation, response, raise_status=self.raise_status, base_url=base_url
        )


class Turn(NamedTuple, Generic[ModelT, ReplyT]):
    """One turn of a session: the call to send, and `finish`, which reads its answer into the
    session's state and says what the turn returns (raising on a failure, state untouched)."""

    call: PreparedCall[ModelT]
    finish: Callable[[int, ModelT | ErrorValue], ReplyT]


class PagedCall(Generic[ResultT]):
    """A list walked page after page (`iter_files()`, ...): `page(cursor)` is the call for the
    page after `cursor`, and an error status raises, since an iterator has no status to return.

    `cursor` is the query parameter that asks for the next page: `after`, or `page` (usage
    reports); None for a list answered in one page. (A plain class: the clients take it as a
    call for any kind of page, which a generic tuple would not let them.)
    """

    __slots__ = ("args", "cursor", "operation")

    def __init__(
        self, operation: Operation[ResultT], args: Mapping[str, Any], cursor: str | None = "after"
    ) -> None:
        self.operation = operation
        self.args = args
        self.cursor = cursor

    def page(self, cursor: str | None) -> PreparedCall[ResultT]:
        more = query(**{self.cursor: cursor}) if self.cursor else {}
        return _call(self.operation, raise_status=True, **self.args, **more)


def _call(
    operation: Operation[ModelT], *, raise_status: bool = False, **args: Any
) -> PreparedCall[ModelT]:
    """A call whose answer is read whole into `operation`'s model."""
    return PreparedCall(operation, args, raise_status=raise_status)


def _content(
    operation: ContentOperation[ContentT], to: object, **args: Any
) -> PreparedCall[ContentT | int]:
    """A call for content: kept in memory, or with `to=` written there (then: the byte count)."""
    if to is None:
        return PreparedCall(operation, args)
    return PreparedCall(operation, args, target=check_target(to))


def _body_call(
    operation: Operation[ModelT],
    body: dict[str, Any],
    stream: Callable[[], EventStream[Any, ModelT]],
    callback: Callable[[Any], object] | None,
    select: Selector,
    raise_status: bool,
) -> PreparedCall[ModelT]:
    """A call with a JSON body that is streamed when there is a callback: its events are
    decoded by a fresh `stream()`, and `select` picks what the callback receives."""
    events = None if callback is None else EventReader(stream(), select, callback)
    return PreparedCall(operation, {"body": body}, raise_status=raise_status, events=events)


# -- any list operation ------------------------------------------------------------------------


class ListOperation(NamedTuple):
    """What `paginate` needs to know of a list operation, read once from its endpoint module:
    the builder's signature says which arguments are path parameters (in order) and which are
    query parameters, and whether the list pages by `after` or by `page`; the reader's return
    type says which model a page is."""

    name: str
    path: tuple[str, ...]
    query: frozenset[str]
    required: frozenset[str]
    cursor: str | None
    operation: Operation[Any]
    aliases: Mapping[str, str] = EMPTY


@functools.cache
def list_operation(endpoint: ModuleType) -> ListOperation:
    """The list operation of a generated endpoint module; a module that is none is refused."""
    from typing import get_args, get_type_hints

    build = getattr(endpoint, "_get_kwargs", None)
    read = getattr(endpoint, "_parse_response", None)
    name = getattr(endpoint, "__name__", repr(endpoint))
    if build is None or read is None:
        raise TypeError(f"paginate() takes an endpoint module of oai_api.api, got {name}")
    short = name.rsplit(".", 1)[-1]
    parameters = inspect.signature(build).parameters.values()
    keywords = frozenset(p.name for p in parameters if p.kind is p.KEYWORD_ONLY)
    # A parameter named like a builtin gets a trailing `_` (`filter_`): the API's name works too.
    aliases = {name[:-1]: name for name in keywords if name.endswith("_")}
    # An answer with `has_more` but no cursor to send back (a file's content) is one page.
    cursor = "after" if "after" in keywords else "page" if "page" in keywords else None
    answer = get_type_hints(read)["return"]
    pages = [m for m in get_args(answer) or (answer,) if "data" in getattr(m, "_keys", ())]
    if len(pages) != 1:
        raise TypeError(f"{short} does not answer with one list model (with `data`)")
    return ListOperation(
        short,
        tuple(p.name for p in parameters if p.kind is p.POSITIONAL_OR_KEYWORD),
        keywords,
        frozenset(p.name for p in parameters if p.kind is p.KEYWORD_ONLY and p.default is p.empty),
        cursor,
        Operation(short, build, pages[0].from_dict, requires=("data",)),
        aliases,
    )


def paginate(
    endpoint: ModuleType, path_args: Sequence[Any], params: Mapping[str, Any]
) -> PagedCall[Any]:
    """A walk through any list operation of the generated client, from its endpoint module.

    Refused before anything is sent: a module that is no list operation, missing or extra path
    arguments, unknown or missing parameters. None-valued parameters are left out, as unset.
    """
    listing = list_operation(endpoint)
    if len(path_args) != len(listing.path):
        wanted = ", ".join(listing.path) or "none"
        raise TypeError(
            f"{listing.name} takes {len(listing.path)} path argument(s) ({wanted}),"
            f" got {len(path_args)}"
        )
    given = {listing.aliases.get(k, k): v for k, v in query(**params).items()}
    unknown = sorted(set(given) - listing.query)
    if unknown:
        raise TypeError(
            f"{listing.name} has no parameter(s) {', '.join(unknown)};"
            f" it takes {', '.join(sorted(listing.query))}"
        )
    missing = sorted(listing.required - set(given))
    if missing:
        raise TypeError(f"{listing.name} needs the parameter(s) {', '.join(missing)}")
    path = {
        name: required_id(value, name) for name, value in zip(listing.path, path_args, strict=True)
    }
    args = {**path, **{k: v for k, v in given.items() if k != listing.cursor}}
    return PagedCall(listing.operation, args, listing.cursor)


# -- waiting for work to finish -----------------------------------------------------------------


class WaitCall(NamedTuple, Generic[ResultT]):
    """A wait for one object: `read` fetches it (an error status raises; the headers go to
    `poll` for its hint), `poll` says when to stop and how long to sleep between reads."""

    read: PreparedCall[ResultT]
    poll: Poll[Any]


def wait_for(
    kind: str, ids: Sequence[str], timeout: float | None, poll_interval: float | None
) -> WaitCall[Any]:
    """A wait for the object `ids` name, of the kind `_polling.<kind>` (`BATCH`, ...).

    `_polling` is imported here, by the first wait: `import oai` does not load it.
    """
    from . import _polling

    waiting: Waiting[Any] = getattr(_polling, kind)
    path = {
        name: required_id(value, argument)
        for (name, argument), value in zip(waiting.path, ids, strict=True)
    }
    poll = _polling.Poll(
        waiting, "/".join(path.values()), timeout=timeout, poll_interval=poll_interval
    )
    read: PreparedCall[Any] = PreparedCall(
        waiting.operation, path, raise_status=True, on_headers=poll.hint
    )
    return WaitCall(read, poll)


def _endpoint(name: str) -> ModuleType:
    """A generated endpoint module (`files.list_files`), imported on first use."""
    return importlib.import_module(f"oai_api.api.{name}")


# -- chat ---------------------------------------------------------------------------------------


def chat(
    messages: Sequence[MessageInput],
    options: Mapping[str, Any] | None,
    callback: Callable[[Any], object] | None,
    params: Mapping[str, Any],
    select: Selector,
    *,
    default_model: str,
) -> PreparedCall[ChatCompletionResponse]:
    """`chat()` and `create_chat_completion()`, which differ only in what `select` picks."""
    stream = wants_stream(options, params, callback)
    body = build_chat_body(messages, options, params, default_model=default_model, stream=stream)
    return chat_call(body, callback, select, answer=prepare_body(body, "chat"))


def chat_call(
    body: dict[str, Any],
    callback: Callable[[Any], object] | None,
    select: Selector,
    *,
    raise_status: bool = False,
    answer: AnswerType[Any] | None = None,
) -> PreparedCall[ChatCompletionResponse]:
    """A chat request whose body is built (sessions build their own): streamed with a callback.

    With an `answer` type (`prepare_body`), the completion is read into it, streamed or not,
    and each streamed text chunk carries the reply parsed so far.
    """
    if answer is None:
        return _body_call(CREATE_CHAT_COMPLETION, body, ChatStream, callback, select, raise_status)
    operation = CREATE_CHAT_COMPLETION._replace(parse=answer.parse_completion)
    stream = functools.partial(ChatStream, answer.parse_completion)
    return _body_call(operation, body, stream, callback, PartialAnswers(select), raise_status)


# -- models -------------------------------------------------------------------------------------


def models() -> PreparedCall[ListModelsResponse]:
    return _call(LIST_MODELS)


def model(model_id: str) -> PreparedCall[Model]:
    return _call(RETRIEVE_MODEL, model=required_id(model_id, "model_id"))


def delete_model(model_id: str) -> PreparedCall[DeleteModelResponse]:
    return _call(DELETE_MODEL, model=required_id(model_id, "model_id"))


# -- responses ----------------------------------------------------------------------------------


def create_response(
    input: object,
    options: Mapping[str, Any] | None,
    callback: Callable[[Any], object] | None,
    params: Mapping[str, Any],
    select: Selector,
    *,
    default_model: str,
) -> PreparedCall[Response]:
    body = build_response_body(
        input, options, params, default_model=default_model, callback=callback
    )
    return response_call(body, callback, select, answer=prepare_body(body, "responses"))


def response_call(
    body: dict[str, Any],
    callback: Callable[[Any], object] | None,
    select: Selector,
    *,
    raise_status: bool = False,
    answer: AnswerType[Any] | None = None,
) -> PreparedCall[Response]:
    """A Responses request whose body is built (sessions build their own); an `answer` type
    reads the output text into it, as for chat."""
    if answer is None:
        return _body_call(CREATE_RESPONSE, body, ResponseStream, callback, select, raise_status)
    operation = CREATE_RESPONSE._replace(parse=answer.parse_response)
    stream = functools.partial(ResponseStream, answer.parse_response)
    return _body_call(operation, body, stream, callback, PartialAnswers(select), raise_status)


def create_conversation() -> PreparedCall[ConversationResource]:
    """An empty Conversation, for a session to keep its turns in."""
    return _call(CREATE_CONVERSATION, raise_status=True, body={})


def response(response_id: str, include: list[str] | None) -> PreparedCall[Response]:
    response_id = required_id(response_id, "response_id")
    return _call(RETRIEVE_RESPONSE, response_id=response_id, **query(include=include))


def delete_response(response_id: str) -> PreparedCall[dict[str, Any] | None]:
    return _call(DELETE_RESPONSE, response_id=required_id(response_id, "response_id"))


def cancel_response(response_id: str) -> PreparedCall[Response]:
    return _call(CANCEL_RESPONSE, response_id=required_id(response_id, "response_id"))


def response_input_items(
    response_id: str,
    limit: int | None,
    order: str | None,
    after: str | None,
    include: list[str] | None,
) -> PreparedCall[ResponseItemList]:
    return _call(
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
    response_id: str, order: str | None, page_size: int | None, include: list[str] | None
) -> PagedCall[ResponseItemList]:
    return paginate(
        _endpoint("responses.list_input_items"),
        (required_id(response_id, "response_id"),),
        {"limit": check_page_size(page_size), "order": check_order(order), "include": include},
    )


# -- completions, embeddings, moderations, images, audio ----------------------------------------


def completion(
    prompt: Prompt, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> PreparedCall[CreateCompletionResponse]:
    body = build_body(COMPLETION_BODY, {"prompt": prompt}, options, params)
    return _call(CREATE_COMPLETION, body=body.json())


def embedding(
    input: Prompt, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> PreparedCall[CreateEmbeddingResponse]:
    body = build_body(EMBEDDING_BODY, {"input": input}, options, params)
    return _call(CREATE_EMBEDDING, body=body.json())


def moderation(
    input: Any, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> PreparedCall[CreateModerationResponse]:
    body = build_body(MODERATION_BODY, {"input": input}, options, params)
    return _call(CREATE_MODERATION, body=body.json())


def image_generation(
    prompt: str,
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    callback: Callable[[Any], object] | None,
) -> PreparedCall[ImagesResponse]:
    from ._images import ImageStream, image_body

    body = image_body(IMAGE_BODY, {"prompt": prompt}, options, params, callback)
    return _body_call(CREATE_IMAGE, body.json(), ImageStream, callback, raw_events, False)


def image_edit(
    image: object,
    prompt: str,
    mask: object,
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    callback: Callable[[Any], object] | None,
) -> PreparedCall[ImagesResponse]:
    from ._images import ImageStream, image_edit_request

    request = image_edit_request(image, prompt, mask, options, params, IMAGE_EDIT_BODY, callback)
    events = None if callback is None else EventReader(ImageStream(), raw_events, callback)
    return PreparedCall(
        CREATE_IMAGE_EDIT, {"body": request.body}, uploads=request.uploads, events=events
    )


def image_variation(
    image: object, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> PreparedCall[ImagesResponse]:
    from ._images import image_variation_request

    request = image_variation_request(image, options, params, IMAGE_VARIATION_BODY)
    return PreparedCall(CREATE_IMAGE_VARIATION, {"body": request.body}, uploads=request.uploads)


def speech(
    input: str, options: Mapping[str, Any] | None, params: Mapping[str, Any], to: object
) -> PreparedCall[bytes | int]:
    body = speech_body(input, options, params)
    return _content(CREATE_SPEECH, to, body=body.json())


def transcription(
    file: object, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> PreparedCall[TranscriptionModel | str]:
    request = transcription_request(file, options, params)
    return PreparedCall(
        request.operation, {"body": request.body}, uploads=(("file", request.upload),)
    )


def translation(
    file: object, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> PreparedCall[TranslationModel | str]:
    request = translation_request(file, options, params)
    return PreparedCall(
        request.operation, {"body": request.body}, uploads=(("file", request.upload),)
    )


# -- files --------------------------------------------------------------------------------------


def files(
    purpose: str | None, limit: int | None, order: str | None, after: str | None
) -> PreparedCall[ListFilesResponse]:
    limit = check_page_size(limit, "limit")
    return _call(LIST_FILES, purpose=purpose, limit=limit, order=order, after=after)


def iter_files(
    purpose: str | None, order: str | None, page_size: int | None
) -> PagedCall[ListFilesResponse]:
    params = {"purpose": purpose, "limit": check_page_size(page_size), "order": check_order(order)}
    return paginate(_endpoint("files.list_files"), (), params)


def file(file_id: str) -> PreparedCall[OpenAIFile]:
    return _call(RETRIEVE_FILE, file_id=required_id(file_id, "file_id"))


def delete_file(file_id: str) -> PreparedCall[DeleteFileResponse]:
    return _call(DELETE_FILE, file_id=required_id(file_id, "file_id"))


def upload_file(
    file: object, purpose: str, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> PreparedCall[OpenAIFile]:
    upload = check_upload(file, "file")
    arguments = {"purpose": required_id(purpose, "purpose")}
    body = build_body(UPLOAD_FILE_BODY, arguments, options, params)
    return PreparedCall(CREATE_FILE, {"body": body}, uploads=(("file", upload),))


def file_content(file_id: str, to: object) -> PreparedCall[bytes | int]:
    return _content(DOWNLOAD_FILE, to, file_id=required_id(file_id, "file_id"))


# -- a big file in parts (the Uploads API) ------------------------------------------------------

PART_SIZE = 64 * 2**20
"""The part size `upload_large_file` uses, and the largest the API takes."""
_MOST_BYTES = 8 * 2**30  # an upload's limit


class UploadProgress(NamedTuple):
    """How far `upload_large_file` has got, given to `on_progress` after each part."""

    sent: int
    total: int
    parts: int

    @property
    def fraction(self) -> float:
        return self.sent / self.total


class PartedUpload:
    """One file on its way through the Uploads API, without the I/O.

    The steps are calls: `create()` announces the file (its name, purpose, size and type:
    the API checks the parts against them), `part()` sends each piece that `parts()` reads,
    `complete()` asks for the parts, in the order sent, to become one file (with their MD5, so
    the server can tell if what it joined is what was read), `cancel()` gives up, so an
    upload that failed does not linger until it expires. Every call raises on an error
    status: a half-done upload has no `(status, response)` to return.
    """

    def __init__(
        self,
        file: object,
        purpose: str,
        part_size: int,
        mime_type: str | None,
        options: Mapping[str, Any] | None,
        params: Mapping[str, Any],
    ) -> None:
        import hashlib  # here, not at the top: `import oai` need not load OpenSSL
        import mimetypes

        if isinstance(part_size, bool) or not isinstance(part_size, int):
            raise TypeError(f"part_size must be a number of bytes, got {type(part_size).__name__}")
        if not 1 <= part_size <= PART_SIZE:
            raise ValueError(
                f"part_size must be between 1 and {PART_SIZE} bytes (64 MiB, the API's largest"
                f" part), got {part_size}"
            )
        self.source = check_upload(file, "file")
        self.total = self.source.size("file")
        if self.total == 0:
            raise ValueError("file has no bytes to upload")
        if self.total > _MOST_BYTES:
            raise ValueError(
                f"file is {self.total} bytes; an upload takes at most {_MOST_BYTES} (8 GiB)"
            )
        self.part_size = part_size
        guessed = mime_type or mimetypes.guess_type(self.source.filename)[0]
        if guessed is None and self.source.filename.endswith(".jsonl"):
            guessed = "application/jsonl"  # batch and fine-tuning files; mimetypes lacks it
        arguments = {
            "filename": self.source.filename,
            "purpose": required_id(purpose, "purpose"),
            "bytes": self.total,
            "mime_type": guessed or "application/octet-stream",
        }
        self.body = build_body(UPLOAD_BODY, arguments, options, params).json()
        self.part_ids: list[str] = []
        self.read = 0
        self._md5 = hashlib.md5(usedforsecurity=False)

    def create(self) -> PreparedCall[UploadModel]:
        return _call(CREATE_UPLOAD, raise_status=True, body=self.body)

    def parts(self) -> AbstractContextManager[Iterator[Upload]]:
        """The file's parts, one in memory at a time; a path is open while this lasts."""
        return self.source.parts(self.part_size, self._read)

    def _read(self, data: memoryview) -> None:
        self.read += len(data)
        self._md5.update(data)

    def part(self, upload_id: str, data: Upload) -> PreparedCall[UploadPart]:
        args = {"upload_id": upload_id, "body": None}
        return PreparedCall(ADD_UPLOAD_PART, args, raise_status=True, uploads=(("data", data),))

    def sent_part(self, part: UploadPart) -> UploadProgress:
        """Record a part the server took (parts go one at a time, so every byte read so far
        has been sent); what a progress display is told."""
        self.part_ids.append(part.id)
        return UploadProgress(self.read, self.total, len(self.part_ids))

    def complete(self, upload_id: str) -> PreparedCall[UploadModel]:
        if self.read != self.total:
            # The file changed size while it was read: the API would refuse the parts anyway.
            raise ValueError(
                f"file gave {self.read} bytes, not the {self.total} it had when the upload began"
            )
        body = {"part_ids": list(self.part_ids), "md5": self._md5.hexdigest()}
        return _call(COMPLETE_UPLOAD, raise_status=True, upload_id=upload_id, body=body)

    def cancel(self, upload_id: str) -> PreparedCall[UploadModel]:
        return _call(CANCEL_UPLOAD, raise_status=True, upload_id=upload_id)

    @staticmethod
    def file_of(upload: UploadModel) -> OpenAIFile:
        """The file a completed upload made."""
        file = getattr(upload, "file", None)
        if upload.status != "completed" or file is None:
            raise APIError(
                f"upload {upload.id} was completed, but the answer is {upload.status!r}"
                " with no file"
            )
        return cast("OpenAIFile", file)


upload_large_file = PartedUpload
"""`upload_large_file()`'s prepared steps: the checked file and each step's call."""


# -- vector stores (retrieval) ------------------------------------------------------------------


class WithFiles(NamedTuple, Generic[ResultT]):
    """A call that takes file ids, some of which are files to upload first: `uploads` are
    those uploads (or the ids given, as they are), `call(ids)` the call once all are ids."""

    uploads: tuple[str | PreparedCall[OpenAIFile], ...]
    call: Callable[[list[str]], PreparedCall[ResultT]]


def _uploads_of(files: object) -> tuple[str | PreparedCall[OpenAIFile], ...]:
    """Each source as an id, or the upload (purpose `assistants`, the one file search reads)."""
    body = build_body(UPLOAD_FILE_BODY, {"purpose": "assistants"}, None, {})
    return tuple(
        source
        if isinstance(source, str)
        else PreparedCall(
            CREATE_FILE, {"body": body}, raise_status=True, uploads=(("file", source),)
        )
        for source in file_sources(files, "files")
    )


def create_vector_store(
    name: str | None, files: object, options: Mapping[str, Any] | None, params: Mapping[str, Any]
) -> WithFiles[VectorStoreObject]:
    uploads = _uploads_of(files)
    if "file_ids" in params or (options and "file_ids" in options):
        raise TypeError("create_vector_store() takes its files as files=[...], ids among them")
    body = build_body(VECTOR_STORE_BODY, query(name=name), options, params).json()

    def call(ids: list[str]) -> PreparedCall[VectorStoreObject]:
        return _call(
            CREATE_VECTOR_STORE, raise_status=True, body={**body, **query(file_ids=ids or None)}
        )

    return WithFiles(uploads, call)


def add_to_vector_store(
    store_id: str, files: object, attributes: Mapping[str, Any] | None, chunking_strategy: Any
) -> WithFiles[VectorStoreFileBatchObject]:
    store_id = required_id(store_id, "store_id")
    uploads = _uploads_of(files)
    if not uploads:
        raise ValueError("files is empty: there is nothing to add to the vector store")
    extra = query(attributes=attributes, chunking_strategy=chunking_strategy)

    def call(ids: list[str]) -> PreparedCall[VectorStoreFileBatchObject]:
        body = {"file_ids": ids, **extra}
        return _call(
            CREATE_VECTOR_STORE_FILE_BATCH, raise_status=True, vector_store_id=store_id, body=body
        )

    return WithFiles(uploads, call)


def search_vector_store(
    store_id: str,
    query_text: str | list[str],
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
) -> PreparedCall[VectorStoreSearchResultsPage]:
    store_id = required_id(store_id, "store_id")
    if not isinstance(query_text, (str, list)) or not query_text:
        raise ValueError(
            f"query must be a non-empty string (or list of them), got {query_text!r:.80}"
        )
    body = build_body(SEARCH_BODY, {"query": query_text}, options, params).json()
    return _call(SEARCH_VECTOR_STORE, vector_store_id=store_id, body=body)


# -- batches ------------------------------------------------------------------------------------


def create_batch(
    input_file_id: str,
    endpoint: str,
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
) -> PreparedCall[Batch]:
    arguments = {
        "input_file_id": required_id(input_file_id, "input_file_id"),
        "endpoint": required_id(endpoint, "endpoint"),
    }
    body = build_body(BATCH_BODY, arguments, options, params)
    return _call(CREATE_BATCH, body=body.json())


def batch(batch_id: str) -> PreparedCall[Batch]:
    return _call(RETRIEVE_BATCH, batch_id=required_id(batch_id, "batch_id"))


def batches(limit: int | None, after: str | None) -> PreparedCall[ListBatchesResponse]:
    return _call(LIST_BATCHES, limit=check_page_size(limit, "limit"), after=after)


def iter_batches(page_size: int | None) -> PagedCall[ListBatchesResponse]:
    return paginate(_endpoint("batch.list_batches"), (), {"limit": check_page_size(page_size)})


def cancel_batch(batch_id: str) -> PreparedCall[Batch]:
    return _call(CANCEL_BATCH, batch_id=required_id(batch_id, "batch_id"))


__all__ = [
    "PART_SIZE",
    "EventReader",
    "ListOperation",
    "PagedCall",
    "PartedUpload",
    "PreparedCall",
    "Selector",
    "Turn",
    "UploadProgress",
    "WaitCall",
    "WithFiles",
    "add_to_vector_store",
    "batch",
    "batches",
    "cancel_batch",
    "cancel_response",
    "chat",
    "chat_call",
    "completion",
    "create_batch",
    "create_conversation",
    "create_response",
    "create_vector_store",
    "delete_file",
    "delete_model",
    "delete_response",
    "embedding",
    "file",
    "file_content",
    "files",
    "image_edit",
    "image_generation",
    "image_variation",
    "iter_batches",
    "iter_files",
    "iter_response_input_items",
    "list_operation",
    "model",
    "models",
    "moderation",
    "paginate",
    "response",
    "response_call",
    "response_input_items",
    "search_vector_store",
    "speech",
    "transcription",
    "translation",
    "upload_file",
    "upload_large_file",
    "wait_for",
]
