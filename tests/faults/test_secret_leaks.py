"""The API key never appears in a repr, a log record at any level, or an error and its traceback.

Every path that could show it is driven here (success, streaming, retries, status errors,
connection errors, timeouts, the generated client, copies) with all loggers at DEBUG.
"""

from __future__ import annotations

import logging
import traceback
from typing import Any

import oai
import pytest
from faults_support import API_KEY, HELLO, chunk, resolve, text_chunks
from oai.testing import FakeOpenAI, Reply
from oai_api.api.models import list_models

SECRET_PART = API_KEY[3:]  # even a key with its prefix cut off must not show


def assert_hidden(text: str) -> None:
    assert SECRET_PART not in text


def rendered(error: BaseException) -> str:
    """The error as a traceback with every frame's locals, its causes included."""
    return "".join(traceback.TracebackException.from_exception(error, capture_locals=True).format())


async def drive_every_path(client: Any, server: FakeOpenAI, is_async: bool) -> list[BaseException]:
    """Calls that succeed, retry, stream, fail; returns what they raised."""
    raised: list[BaseException] = []
    await resolve(client.chat(HELLO))
    await resolve(client.chat(HELLO, None, lambda c: None))
    server.enqueue(Reply.error(429, "slow down", headers={"Retry-After": "1"}), Reply.drop())
    await resolve(client.models())
    if is_async:
        await list_models.asyncio_detailed(client=client.api)
    else:
        list_models.sync_detailed(client=client.api)
    await resolve(client.with_options(max_retries=0).models())
    failures = [
        Reply.error(401, "Incorrect API key provided", code="invalid_api_key"),
        Reply.drop(reset=True),
        Reply.sse([chunk("a"), {"error": {"message": "boom"}}]),
        Reply.sse(text_chunks("a", "b"), drop_after=1),
        Reply.html(),
        Reply.json({}, delay=0.5),
    ]
    quick = client.with_options(max_retries=0, timeout=0.2)
    for failure in failures:
        server.enqueue(failure)
        try:
            await resolve(quick.new_chat_session().send("Hi", lambda c: None))
        except oai.APIError as exc:
            raised.append(exc)
    return raised


async def test_no_log_record_at_any_level_shows_the_key(
    make_client: Any, server: FakeOpenAI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # the root: httpx, httpcore, oai and the rest
    for name in ("httpx", "httpcore", "oai"):
        caplog.set_level(logging.DEBUG, logger=name)
    client = make_client()
    raised = await drive_every_path(client, server, make_client.is_async)
    assert len(raised) == 6
    loggers = {record.name.split(".")[0] for record in caplog.records}
    assert {"httpx", "httpcore", "oai"} <= loggers  # the DEBUG logs really were captured
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s %(args)r")
    for record in caplog.records:
        assert_hidden(formatter.format(record))
    assert_hidden(caplog.text)
    # ... and the key really was sent, so there was something to hide.
    assert server.last_request.headers["authorization"] == f"Bearer {API_KEY}"


async def test_no_error_or_its_traceback_shows_the_key(
    make_client: Any, server: FakeOpenAI
) -> None:
    raised = await drive_every_path(make_client(), server, make_client.is_async)
    kinds = {type(error) for error in raised}
    assert {oai.AuthenticationError, oai.APIConnectionError, oai.StreamError} <= kinds
    assert {oai.InternalServerError, oai.APITimeoutError} <= kinds
    for error in raised:
        assert_hidden(str(error))
        assert_hidden(repr(error))
        assert_hidden(repr(error.body))
        assert_hidden(rendered(error))


@pytest.mark.parametrize("cls", [oai.OpenAI, oai.AsyncOpenAI])
def test_no_repr_shows_the_key(cls: Any) -> None:
    client = cls(API_KEY, base_url="http://127.0.0.1:9/v1", default_headers={"X-A": "b"})
    copy = client.with_options(max_retries=0, timeout=3)
    for thing in (
        client,
        copy,
        client.config,
        copy.config,
        client.config.retry,
        client.api,
        client._http,
        client._http.headers,
        client._http._transport,
    ):
        assert_hidden(repr(thing))
        assert_hidden(str(thing))
