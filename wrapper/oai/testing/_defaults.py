"""What the fake server answers when no reply is queued and no custom route matches: the
built-in endpoint the route table (:mod:`._routes`) names, or the API's unknown-endpoint 404."""

from __future__ import annotations

from ._replies import Reply
from ._request import RecordedRequest
from ._routes import Context, ServerState, resolve
from ._script import Answer

__all__ = ["default_reply", "not_found"]


def default_reply(
    request: RecordedRequest,
    seq: int,
    state: ServerState | None = None,
    scripted: Answer | None = None,
) -> Reply:
    """The built-in endpoint's answer to ``request``, or a 404 when it names none.

    ``seq`` numbers the reply's ids. ``state`` is the server's memory; without one the request
    meets empty stores that are thrown away after it (enough for chat and models, which keep
    nothing). A route handler that wants its server's state calls ``FakeOpenAI.default_reply``.
    ``scripted`` is the model's next move for the chat and Responses endpoints.
    """
    found = resolve(request.method, request.path)
    if found is None:
        return not_found(request)
    handler, params = found
    state = state if state is not None else ServerState()
    return handler(Context(request, seq, params, state, scripted))


def not_found(request: RecordedRequest) -> Reply:
    """OpenAI's answer to an unknown endpoint; naming method and path makes typos obvious."""
    return Reply.error(
        404, f"Invalid URL ({request.method} {request.path})", type="invalid_request_error"
    )
