"""The API key must never show up in a repr, a log record or an error message."""

from __future__ import annotations

import logging

import oai
import pytest
from oai.testing import FakeOpenAI, Reply

KEY = "sk-very-secret-key-0123456789"


def test_key_is_not_in_reprs() -> None:
    client = oai.new(KEY, base_url="http://127.0.0.1:9/v1")
    assert KEY not in repr(client)
    assert KEY not in repr(client.config)
    assert KEY not in repr(client.api)
    client.close()


def test_key_is_not_in_debug_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeOpenAI() as server, oai.new(KEY, base_url=server.base_url) as client:
        status, _ = client.chat([{"role": "user", "content": "hi"}])
        assert status == 200
        assert server.last_request.headers["authorization"] == f"Bearer {KEY}"
        server.enqueue(Reply.error(401, "Incorrect API key provided", code="invalid_api_key"))
        session = client.new_chat_session()
        with pytest.raises(oai.AuthenticationError) as caught:
            session.send("hi")
        assert KEY not in str(caught.value) and KEY not in repr(caught.value)
        client.chat([{"role": "user", "content": "hi"}], callback=lambda chunk: None)
    records = [r.getMessage() for r in caplog.records]
    assert records, "httpx/httpcore should have logged at DEBUG"
    assert not [r for r in records if KEY in r]


def test_key_is_not_in_connection_errors() -> None:
    with (
        oai.new(KEY, base_url="http://127.0.0.1:9/v1") as client,
        pytest.raises(oai.APIConnectionError) as caught,
    ):
        client.chat([{"role": "user", "content": "hi"}])
    assert KEY not in str(caught.value)
