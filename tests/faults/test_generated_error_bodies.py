"""The generated client reads error bodies by the wrapper's rule (`types.error_json`).

Called directly through `client.api`, an operation's `ErrorResponse` answer used to come from
`ErrorResponse.from_dict(response.json())`: every field unset for llama.cpp's `{"detail": ...}`,
and a JSONDecodeError for an HTML page. Now its message says why, whatever the server sent.
"""

from __future__ import annotations

import json

import oai
import pytest
from faults_support import API_KEY
from oai.testing import FakeOpenAI, Reply
from oai_api.api.chat import create_chat_completion
from oai_api.models.error_response import ErrorResponse

BODY = {"model": "gpt-4.1", "messages": [{"role": "user", "content": "Hi"}]}

# Both our spec and the public one declare an ErrorResponse answer for a 429 here (the public
# one declares no other error status, which then parses as None), so the bodies come with 429.


@pytest.mark.parametrize(
    ("reply", "message", "kept"),
    [
        (Reply.json({"detail": "Invalid API key"}, status=429), "Invalid API key", "detail"),
        (
            Reply.json(
                {
                    "type": "about:blank",
                    "title": "Too Many Requests",
                    "status": 429,
                    "detail": "no route",
                },
                status=429,
                content_type="application/problem+json",
            ),
            "Too Many Requests: no route",
            "title",
        ),
        (
            Reply.raw(
                b'data: {"error": {"message": "upstream refused", "type": "api_error"}}\n\n',
                status=429,
                content_type="text/event-stream",
            ),
            "upstream refused",
            None,
        ),
        (Reply.html("<html><body>Bad gateway</body></html>", status=429), "Bad gateway", None),
    ],
)
def test_error_statuses_parse_with_a_message(
    server: FakeOpenAI, reply: Reply, message: str, kept: str | None
) -> None:
    client = oai.new(API_KEY, base_url=server.url, max_retries=0)
    try:
        server.enqueue(reply)
        answer = create_chat_completion.sync_detailed(client=client.api, body=BODY)
    finally:
        client.close()
    assert isinstance(answer.parsed, ErrorResponse)
    assert message in answer.parsed.error.message
    if kept is not None:  # the body's own fields stay on the model
        assert kept in answer.parsed.additional_properties
    assert API_KEY not in repr(answer.parsed)


def test_openai_error_bodies_are_read_as_they_are(server: FakeOpenAI) -> None:
    error = {"message": "Bad", "type": "invalid_request_error", "param": "model", "code": None}
    client = oai.new(API_KEY, base_url=server.url, max_retries=0)
    try:
        server.enqueue(Reply.json({"error": error}, status=429))
        answer = create_chat_completion.sync_detailed(client=client.api, body=BODY)
    finally:
        client.close()
    assert isinstance(answer.parsed, ErrorResponse)
    assert answer.parsed.to_dict() == {"error": error}
    assert json.loads(answer.content) == {"error": error}
