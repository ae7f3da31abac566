"""The fake server's route table: every built-in endpoint, by method and path, in one place.

Who answers ``GET /v1/files/{file_id}/content``? The entry of :data:`ROUTES` with that method and
template, and nothing else: the endpoint modules (``_chat``, ``_models``, ``_responses``,
``_media``, ``_store``) only build answers, they never look at a path. What comes before the
table -- the API key check, ``without``, queued replies, ``FakeOpenAI.route`` overrides -- is in
``FakeOpenAI._respond``; what comes after it, the unknown-endpoint 404, is ``_defaults``.

Templates are relative to ``/v1``, and only requests under ``/v1`` reach the table, so a client
whose base URL lacks it meets a 404 on every path, as it would from the API. A method the table
does not list for a path gets that same 404, not a 405, because that is what the API sends.

``{name}`` in a template takes one non-empty path segment; ``{name:path}`` takes the rest of the
path, slashes and all, because the model ids of compatible servers hold slashes
(``meta-llama/Llama-3``). Both arrive URL-decoded, so an id the client had to quote (``a%2Fb``)
reaches its handler as the caller wrote it (``a/b``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import unquote

from . import _media, _models
from ._batches import BATCH_ENDPOINTS, BatchStore, LineRunner
from ._chat import chat_completion
from ._conversations import ConversationStore
from ._fine_tuning import FineTuningStore
from ._replies import Reply
from ._request import API_PREFIX, Headers, RecordedRequest, api_route
from ._responses import ResponseStore
from ._script import Answer
from ._store import EndpointStore
from ._uploads import UploadStore
from ._vector_stores import VectorStoreStore

__all__ = ["ROUTES", "SCRIPTED", "Context", "Handler", "ServerState", "resolve"]


@dataclass(frozen=True)
class ServerState:
    """What one fake server remembers between requests: uploaded files and batches, responses.

    Each ``FakeOpenAI`` owns one, so two servers in one process never see each other's objects,
    and ``FakeOpenAI.reset()`` empties it.
    """

    files: EndpointStore = field(default_factory=EndpointStore)
    batches: BatchStore = field(default_factory=BatchStore)
    responses: ResponseStore = field(default_factory=ResponseStore)
    uploads: UploadStore = field(default_factory=UploadStore)
    vector_stores: VectorStoreStore = field(default_factory=VectorStoreStore)
    fine_tuning: FineTuningStore = field(default_factory=FineTuningStore)
    conversations: ConversationStore = field(default_factory=ConversationStore)
    calls_tools: bool = False
    """Play a model that calls every function it is offered (see ``FakeOpenAI``)."""
    poll_after_ms: int | None = 10
    """The ``openai-poll-after-ms`` hint sent with an object that is still working."""

    def clear(self) -> None:
        """Forget every stored object; ids start again from 1."""
        self.files.clear()
        self.batches.clear()
        self.responses.clear()
        self.uploads.clear()
        self.vector_stores.clear()
        self.fine_tuning.clear()
        self.conversations.clear()


@dataclass(frozen=True)
class Context:
    """All a built-in handler may use, in one argument, so that every handler has the same
    signature and the table can hold any of them: the request, its number (for ids), the
    template's parameters and the stored objects of the server that received it."""

    request: RecordedRequest
    seq: int
    params: Mapping[str, str]
    state: ServerState
    scripted: Answer | None = None
    """The model's next move, when a test scripted it (``FakeOpenAI.script``)."""

    def __getitem__(self, name: str) -> str:
        """A path parameter, so table entries stay one line: ``c["file_id"]``."""
        return self.params[name]


#: The endpoints a scripted answer is for: the ones where a model speaks.
SCRIPTED = frozenset({("POST", "/chat/completions"), ("POST", "/responses")})

#: A built-in endpoint: the context of one request in, the reply to send out.
Handler = Callable[[Context], Reply]

#: Every built-in endpoint: ``(method, template relative to /v1)`` -> its handler.
ROUTES: Mapping[tuple[str, str], Handler] = {
    # chat and models
    ("POST", "/chat/completions"): (
        lambda c: chat_completion(c.request, c.seq, c.scripted, c.state.calls_tools)
    ),
    ("GET", "/models"): lambda c: _models.list_models(),
    ("GET", "/models/{model:path}"): lambda c: _models.model(c["model"]),
    ("DELETE", "/models/{model:path}"): lambda c: _models.delete_model(c["model"]),
    # responses
    ("POST", "/responses"): (
        lambda c: c.state.responses.create(
            c.request,
            c.scripted,
            c.state.calls_tools,
            conversations=c.state.conversations,
            poll_after_ms=c.state.poll_after_ms,
            vector_stores=c.state.vector_stores,
        )
    ),
    ("GET", "/responses/{response_id}"): (
        lambda c: c.state.responses.get(c["response_id"], c.state.poll_after_ms)
    ),
    ("DELETE", "/responses/{response_id}"): lambda c: c.state.responses.delete(c["response_id"]),
    ("POST", "/responses/{response_id}/cancel"): (
        lambda c: c.state.responses.cancel(c["response_id"])
    ),
    ("GET", "/responses/{response_id}/input_items"): (
        lambda c: c.state.responses.input_items(c["response_id"], c.request.query)
    ),
    # conversations
    ("POST", "/conversations"): lambda c: c.state.conversations.create(c.request),
    ("GET", "/conversations/{conversation_id}"): (
        lambda c: c.state.conversations.get(c["conversation_id"])
    ),
    ("POST", "/conversations/{conversation_id}"): (
        lambda c: c.state.conversations.update(c["conversation_id"], c.request)
    ),
    ("DELETE", "/conversations/{conversation_id}"): (
        lambda c: c.state.conversations.delete(c["conversation_id"])
    ),
    ("GET", "/conversations/{conversation_id}/items"): (
        lambda c: c.state.conversations.list_items(c["conversation_id"], c.request.query)
    ),
    ("POST", "/conversations/{conversation_id}/items"): (
        lambda c: c.state.conversations.add_items(c["conversation_id"], c.request)
    ),
    ("GET", "/conversations/{conversation_id}/items/{item_id}"): (
        lambda c: c.state.conversations.item(c["conversation_id"], c["item_id"])
    ),
    ("DELETE", "/conversations/{conversation_id}/items/{item_id}"): (
        lambda c: c.state.conversations.delete_item(c["conversation_id"], c["item_id"])
    ),
    # stateless endpoints
    ("POST", "/completions"): lambda c: _media.completion(c.request, c.seq),
    ("POST", "/embeddings"): lambda c: _media.embeddings(c.request, c.seq),
    ("POST", "/moderations"): lambda c: _media.moderation(c.request, c.seq),
    ("POST", "/images/generations"): lambda c: _media.image_generation(c.request, c.seq),
    ("POST", "/images/edits"): lambda c: _media.image_edit(c.request, c.seq),
    ("POST", "/images/variations"): lambda c: _media.image_variation(c.request, c.seq),
    ("POST", "/audio/speech"): lambda c: _media.speech(c.request, c.seq),
    ("POST", "/audio/transcriptions"): lambda c: _media.transcription(c.request, c.seq),
    ("POST", "/audio/translations"): lambda c: _media.translation(c.request, c.seq),
    # files
    ("POST", "/files"): lambda c: c.state.files.upload_file(c.request),
    ("GET", "/files"): lambda c: c.state.files.list_files(c.request),
    ("GET", "/files/{file_id}"): lambda c: c.state.files.file(c["file_id"]),
    ("DELETE", "/files/{file_id}"): lambda c: c.state.files.delete_file(c["file_id"]),
    ("GET", "/files/{file_id}/content"): lambda c: c.state.files.file_content(c["file_id"]),
    # batches
    ("POST", "/batches"): lambda c: c.state.batches.create(c.request, c.state.files),
    ("GET", "/batches"): lambda c: c.state.batches.page(c.request),
    ("GET", "/batches/{batch_id}"): (
        lambda c: c.state.batches.get(
            c["batch_id"], c.state.files, _batch_runner(c.state), c.state.poll_after_ms
        )
    ),
    ("POST", "/batches/{batch_id}/cancel"): (
        lambda c: c.state.batches.cancel(c["batch_id"], c.state.files)
    ),
    # uploads
    ("POST", "/uploads"): lambda c: c.state.uploads.create(c.request),
    ("POST", "/uploads/{upload_id}/parts"): (
        lambda c: c.state.uploads.add_part(c["upload_id"], c.request)
    ),
    ("POST", "/uploads/{upload_id}/complete"): (
        lambda c: c.state.uploads.complete(c["upload_id"], c.request, c.state.files)
    ),
    ("POST", "/uploads/{upload_id}/cancel"): lambda c: c.state.uploads.cancel(c["upload_id"]),
    # vector stores
    ("POST", "/vector_stores"): lambda c: c.state.vector_stores.create(c.request, c.state.files),
    ("GET", "/vector_stores"): lambda c: c.state.vector_stores.list(c.request),
    ("GET", "/vector_stores/{vector_store_id}"): (
        lambda c: c.state.vector_stores.get(c["vector_store_id"], c.state.poll_after_ms)
    ),
    ("POST", "/vector_stores/{vector_store_id}"): (
        lambda c: c.state.vector_stores.modify(c["vector_store_id"], c.request)
    ),
    ("DELETE", "/vector_stores/{vector_store_id}"): (
        lambda c: c.state.vector_stores.delete(c["vector_store_id"])
    ),
    ("POST", "/vector_stores/{vector_store_id}/files"): (
        lambda c: c.state.vector_stores.create_file(c["vector_store_id"], c.request, c.state.files)
    ),
    ("GET", "/vector_stores/{vector_store_id}/files"): (
        lambda c: c.state.vector_stores.list_files(c["vector_store_id"], c.request)
    ),
    ("GET", "/vector_stores/{vector_store_id}/files/{file_id}"): (
        lambda c: c.state.vector_stores.file(
            c["vector_store_id"], c["file_id"], c.state.poll_after_ms
        )
    ),
    ("DELETE", "/vector_stores/{vector_store_id}/files/{file_id}"): (
        lambda c: c.state.vector_stores.delete_file(c["vector_store_id"], c["file_id"])
    ),
    ("POST", "/vector_stores/{vector_store_id}/file_batches"): (
        lambda c: c.state.vector_stores.create_batch(c["vector_store_id"], c.request, c.state.files)
    ),
    ("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}"): (
        lambda c: c.state.vector_stores.batch(
            c["vector_store_id"], c["batch_id"], c.state.poll_after_ms
        )
    ),
    ("POST", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel"): (
        lambda c: c.state.vector_stores.cancel_batch(c["vector_store_id"], c["batch_id"])
    ),
    ("GET", "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files"): (
        lambda c: c.state.vector_stores.batch_files(c["vector_store_id"], c["batch_id"], c.request)
    ),
    ("POST", "/vector_stores/{vector_store_id}/search"): (
        lambda c: c.state.vector_stores.search_endpoint(c["vector_store_id"], c.request)
    ),
    # fine-tuning
    ("POST", "/fine_tuning/jobs"): lambda c: c.state.fine_tuning.create(c.request, c.state.files),
    ("GET", "/fine_tuning/jobs"): lambda c: c.state.fine_tuning.list(c.request),
    ("GET", "/fine_tuning/jobs/{fine_tuning_job_id}"): (
        lambda c: c.state.fine_tuning.job(
            c["fine_tuning_job_id"], c.state.files, c.state.poll_after_ms
        )
    ),
    ("POST", "/fine_tuning/jobs/{fine_tuning_job_id}/cancel"): (
        lambda c: c.state.fine_tuning.cancel(c["fine_tuning_job_id"])
    ),
    ("GET", "/fine_tuning/jobs/{fine_tuning_job_id}/events"): (
        lambda c: c.state.fine_tuning.events(c["fine_tuning_job_id"], c.request)
    ),
}

_JSON = Headers([("content-type", "application/json")])
if any(("POST", url.removeprefix(API_PREFIX)) not in ROUTES for url in BATCH_ENDPOINTS):
    raise ValueError("every endpoint a batch may run needs its POST entry in ROUTES")


def _batch_runner(state: ServerState) -> LineRunner:
    """How a batch runs one of its requests: through the same table entry a direct request
    reaches, so it meets that endpoint's checks and answers (never queued or scripted ones)."""

    def run(url: str, body: bytes, seq: int) -> Reply:
        handler = ROUTES["POST", url.removeprefix(API_PREFIX)]
        request = RecordedRequest(
            method="POST", path=url, query={}, headers=_JSON, body=body, received_at=0.0
        )
        return handler(Context(request, seq, {}, state))

    return run


_REST = ":path}"


def _template(template: str) -> tuple[str, ...]:
    """A template's segments, checked once at import so a typo in the table fails loudly."""
    segments = tuple(template.split("/")[1:])
    if not template.startswith("/") or any(segment.endswith(_REST) for segment in segments[:-1]):
        raise ValueError(f"route templates start with '/' and end any {{:path}}: {template!r}")
    return segments


_COMPILED = [
    (method, _template(template), handler) for (method, template), handler in ROUTES.items()
]


def resolve(method: str, path: str) -> tuple[Handler, dict[str, str]] | None:
    """The handler for ``method path`` (the full path, ``/v1`` or an Azure root included,
    see ``api_route``) and the template's
    parameters, decoded; None when the table has no such endpoint."""
    route = api_route(path)
    if route is None:
        return None
    parts = route.split("/")[1:]
    for route_method, segments, handler in _COMPILED:
        if route_method == method and (params := _match(segments, parts)) is not None:
            return handler, params
    return None


def _match(segments: tuple[str, ...], parts: list[str]) -> dict[str, str] | None:
    params: dict[str, str] = {}
    for index, segment in enumerate(segments):
        if index >= len(parts):
            return None
        if segment.endswith(_REST):
            params[segment[1 : -len(_REST)]] = unquote("/".join(parts[index:]))
            return params
        if segment.startswith("{"):
            if not parts[index]:
                return None
            params[segment[1:-1]] = unquote(parts[index])
        elif parts[index] != segment:
            return None
    return params if len(parts) == len(segments) else None
