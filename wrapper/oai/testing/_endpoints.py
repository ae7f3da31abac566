"""Routing for the built-in endpoints beyond chat and models (see ``_media`` and ``_store``).

``endpoint_reply`` answers completions, embeddings, moderations, images, audio, files and
batches, and returns None for any other path so the caller can try its own routes.

Files and batches are state, and state belongs to one server. A server passes its own
``EndpointStore``; without one, ``store_for`` finds the store of the server a request was sent
to by the host and port it was addressed to (such a store outlives ``FakeOpenAI.reset()``).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from urllib.parse import unquote

from . import _media
from ._replies import Reply
from ._request import RecordedRequest
from ._store import EndpointStore

__all__ = ["endpoint_reply", "store_for"]

_STATELESS: Mapping[tuple[str, str], Callable[[RecordedRequest, int], Reply]] = {
    ("POST", "/completions"): _media.completion,
    ("POST", "/embeddings"): _media.embeddings,
    ("POST", "/moderations"): _media.moderation,
    ("POST", "/images/generations"): _media.image_generation,
    ("POST", "/audio/speech"): _media.speech,
    ("POST", "/audio/transcriptions"): _media.transcription,
    ("POST", "/audio/translations"): _media.translation,
}

_stores: dict[str, EndpointStore] = {}
_stores_lock = threading.Lock()


def store_for(address: str) -> EndpointStore:
    """The files and batches of the server at ``address`` (``"127.0.0.1:<port>"``)."""
    with _stores_lock:
        return _stores.setdefault(address, EndpointStore())


def endpoint_reply(
    request: RecordedRequest, seq: int, store: EndpointStore | None = None
) -> Reply | None:
    """The built-in answer for ``request``, or None when its path is not one of these endpoints."""
    method, path = request.method, request.route_path
    stateless = _STATELESS.get((method, path))
    if stateless is not None:
        return stateless(request, seq)
    if store is None:
        store = store_for(request.headers.get("host", ""))
    handler = store.routes().get((method, path))
    if handler is not None:
        return handler(request)
    return store.reply_for_id(method, [unquote(part) for part in path.strip("/").split("/")])
