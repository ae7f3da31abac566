"""Routing for the built-in endpoints beyond chat, models and responses (``_media``, ``_store``).

``endpoint_reply`` answers completions, embeddings, moderations, images, audio, files and
batches, and returns None for any other path so the caller can try its own routes. Files and
batches are state, and state belongs to one server: the caller passes that server's store.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from urllib.parse import unquote

from . import _media
from ._replies import Reply
from ._request import RecordedRequest
from ._store import EndpointStore

__all__ = ["endpoint_reply"]

_STATELESS: Mapping[tuple[str, str], Callable[[RecordedRequest, int], Reply]] = {
    ("POST", "/completions"): _media.completion,
    ("POST", "/embeddings"): _media.embeddings,
    ("POST", "/moderations"): _media.moderation,
    ("POST", "/images/generations"): _media.image_generation,
    ("POST", "/audio/speech"): _media.speech,
    ("POST", "/audio/transcriptions"): _media.transcription,
    ("POST", "/audio/translations"): _media.translation,
}


def endpoint_reply(request: RecordedRequest, seq: int, store: EndpointStore) -> Reply | None:
    """The built-in answer for ``request``, or None when its path is not one of these endpoints."""
    method, path = request.method, request.route_path
    stateless = _STATELESS.get((method, path))
    if stateless is not None:
        return stateless(request, seq)
    handler = store.routes().get((method, path))
    if handler is not None:
        return handler(request)
    return store.reply_for_id(method, [unquote(part) for part in path.strip("/").split("/")])
