"""What the conformance tests share: recording what the wrapper sent, and judging Prism's answer.

Prism (`make test-conformance` starts it) validates each request against the public spec and
answers 422 with its reasons when one breaks the schema, and a 2xx mock answer otherwise. A test
passes when every request the wrapper made was accepted; on failure the message shows the
request body and Prism's reasons.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import attrs
import httpx

URL_ENV = "OAI_PRISM_URL"
API_KEY = "sk-test"
AUTH = {"Authorization": f"Bearer {API_KEY}"}


async def resolve(value: Any) -> Any:
    """Await `value` if it is awaitable: lets one test body drive a sync or an async client."""
    if inspect.isawaitable(value):
        return await value
    return value


@attrs.frozen
class Exchange:
    """One request the wrapper sent, and the status Prism gave it."""

    method: str
    path: str
    content_type: str
    body: bytes
    status: int

    def json(self) -> Any:
        return json.loads(self.body)

    def describe(self) -> str:
        body = self.body.decode("utf-8", errors="replace")
        if len(body) > 2000:
            body = body[:2000] + "..."
        return (
            f"{self.method} {self.path} ({self.content_type or 'no body'}) -> {self.status}\n{body}"
        )


def _exchange(request: httpx.Request, status: int) -> Exchange:
    return Exchange(
        method=request.method,
        path=request.url.path,
        content_type=request.headers.get("content-type", ""),
        body=request.content,
        status=status,
    )


class RecordingTransport(httpx.HTTPTransport):
    """The ordinary transport, noting each request and the status it got."""

    def __init__(self, log: list[Exchange]) -> None:
        super().__init__()
        self.log = log

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()  # a multipart body is a stream until read; reading keeps it resendable
        response = super().handle_request(request)
        self.log.append(_exchange(request, response.status_code))
        return response


class AsyncRecordingTransport(httpx.AsyncHTTPTransport):
    """`RecordingTransport` for the async client."""

    def __init__(self, log: list[Exchange]) -> None:
        super().__init__()
        self.log = log

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        response = await super().handle_async_request(request)
        self.log.append(_exchange(request, response.status_code))
        return response


def assert_accepted(result: tuple[int, Any], log: list[Exchange], path: str) -> Any:
    """Every request went to `path` and passed validation; the call succeeded. Returns the value.

    Prism's reasons travel in the 422 body, which the wrapper hands back as the error value, so
    they appear in the failure message together with what was sent.
    """
    assert log, "the wrapper sent no request"
    sent = "\n\n".join(exchange.describe() for exchange in log)
    assert all(exchange.path == path for exchange in log), f"expected {path}, sent:\n{sent}"
    status, value = result
    assert 200 <= status < 300, f"Prism refused the request ({status}): {value}\n\nsent:\n{sent}"
    assert all(200 <= exchange.status < 300 for exchange in log), sent
    return value


def assert_refused(response: httpx.Response, *reasons: str) -> None:
    """A negative control: Prism refused a request that breaks the schema, for that reason.

    These prove that validation is really on for an operation: a silently skipped validation
    (what Prism does with a schema it cannot compile) would answer 200 here.
    """
    assert response.status_code == 422, (
        f"expected a 422, got {response.status_code}: {response.text}"
    )
    messages = " | ".join(item["message"] for item in response.json()["validation"])
    for reason in reasons:
        assert reason in messages, f"{reason!r} not among Prism's reasons: {messages}"
