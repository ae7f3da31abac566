"""What the fake server answers when no reply is queued and no custom route matches."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from ._chat import chat_completion
from ._endpoints import endpoint_reply
from ._replies import Reply
from ._request import API_PREFIX, RecordedRequest
from ._responses import ResponseStore
from ._store import EndpointStore

__all__ = ["MODELS", "ServerState", "default_reply", "not_found"]

#: The models ``GET /v1/models`` lists, as ``(id, created, owned_by)``.
MODELS: tuple[tuple[str, int, str], ...] = (
    ("gpt-4.1", 1744316542, "system"),
    ("gpt-4.1-mini", 1744318173, "system"),
    ("gpt-4.1-nano", 1744321707, "system"),
    ("gpt-4o", 1715367049, "system"),
    ("gpt-4o-mini", 1721172741, "system"),
)

_MODEL_PREFIX = API_PREFIX + "/models/"


@dataclass(frozen=True)
class ServerState:
    """What one fake server remembers between requests: uploaded files and batches, responses.

    Each ``FakeOpenAI`` owns one, so two servers in one process never see each other's objects,
    and ``FakeOpenAI.reset()`` empties it.
    """

    files: EndpointStore = field(default_factory=EndpointStore)
    responses: ResponseStore = field(default_factory=ResponseStore)

    def clear(self) -> None:
        """Forget every stored object; ids start again from 1."""
        self.files.clear()
        self.responses.clear()


def default_reply(request: RecordedRequest, seq: int, state: ServerState | None = None) -> Reply:
    """Route ``request`` to the built-in endpoint for its method and path, or a 404.

    ``seq`` numbers the reply's ids. ``state`` is the server's memory; without one the request
    meets empty stores that are thrown away after it (enough for chat and models, which keep
    nothing). A route handler that wants its server's state calls ``FakeOpenAI.default_reply``.
    """
    if state is None:
        state = ServerState()
    method, path = request.method, request.path
    if (method, path) == ("POST", API_PREFIX + "/chat/completions"):
        return chat_completion(request, seq)
    if (method, path) == ("GET", API_PREFIX + "/models"):
        return Reply.json({"object": "list", "data": [_model(*model) for model in MODELS]})
    if method in ("GET", "DELETE") and path.startswith(_MODEL_PREFIX):
        return _model_by_id(method, unquote(path[len(_MODEL_PREFIX) :]))
    if (reply := state.responses.reply(request)) is not None:  # /responses...
        return reply
    if (reply := endpoint_reply(request, seq, state.files)) is not None:  # completions ... batches
        return reply
    return not_found(request)


def not_found(request: RecordedRequest) -> Reply:
    """OpenAI's answer to an unknown endpoint; naming method and path makes typos obvious."""
    return Reply.error(
        404, f"Invalid URL ({request.method} {request.path})", type="invalid_request_error"
    )


def _model(model_id: str, created: int, owned_by: str) -> dict[str, Any]:
    return {"id": model_id, "object": "model", "created": created, "owned_by": owned_by}


def _model_by_id(method: str, model_id: str) -> Reply:
    known = next((model for model in MODELS if model[0] == model_id), None)
    if known is None:
        return Reply.error(
            404,
            f"The model '{model_id}' does not exist or you do not have access to it.",
            type="invalid_request_error",
            code="model_not_found",
        )
    if method == "DELETE":
        # Stateless on purpose: deleting does not remove the model from later listings.
        return Reply.json({"id": model_id, "object": "model", "deleted": True})
    return Reply.json(_model(*known))
