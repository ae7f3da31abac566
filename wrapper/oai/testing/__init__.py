"""A fake OpenAI server for testing code that talks to the OpenAI API.

::

    from oai.testing import FakeOpenAI, Reply

    with FakeOpenAI() as server:
        server.enqueue(Reply.error(429, "Rate limit reached", code="rate_limit_exceeded"))
        client = make_client(base_url=server.base_url)  # first call is rate limited,
        ...                                             # the retry gets the default reply
        assert len(server.requests) == 2

Only the standard library is used, so this package imports without the rest of ``oai``.

Which built-in endpoint answers a request (``GET /v1/files/{file_id}/content``, say) is written in
one place: the route table ``ROUTES`` in ``oai.testing._routes``, by method and path template.
"""

from ._replies import Reply, SSEEvent
from ._request import RecordedRequest
from ._schema import example_for
from ._script import Answer, refusal, text, tool_calls
from ._server import FakeOpenAI, RouteHandler

__all__ = [
    "Answer",
    "FakeOpenAI",
    "RecordedRequest",
    "Reply",
    "RouteHandler",
    "SSEEvent",
    "example_for",
    "refusal",
    "text",
    "tool_calls",
]
