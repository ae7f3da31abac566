"""`_wire.header` / `add_header`: the cheap header reads must answer exactly as httpx's own."""

from __future__ import annotations

import httpx
import pytest
from oai._wire import add_header, header

HEADERS = [
    ("Content-Type", "application/json"),
    ("Set-Cookie", "a=1"),
    ("X-Request-ID", "req_1"),
    ("set-cookie", "b=2"),
]


@pytest.mark.parametrize("name", ["content-type", "set-cookie", "x-request-id", "absent"])
def test_header_reads_as_httpx_reads(name: str) -> None:
    headers = httpx.Headers(HEADERS)
    assert header(headers, name) == headers.get(name)


def test_header_decodes_as_httpx_decodes() -> None:
    headers = httpx.Headers([(b"X-Name", "Zoë".encode())])
    assert header(headers, "x-name") == headers.get("x-name") == "Zoë"


def test_add_header_is_seen_by_httpx_and_sent() -> None:
    headers = httpx.Headers(HEADERS)
    add_header(headers, "Idempotency-Key", "oai-1")
    assert headers.get("idempotency-key") == "oai-1"
    assert headers.raw[-1] == (b"Idempotency-Key", b"oai-1")
    request = httpx.Request("POST", "http://127.0.0.1/", headers=headers)
    assert request.headers["idempotency-key"] == "oai-1"


def test_header_falls_back_to_get_without_httpx_internals() -> None:
    class Plain(dict[str, str]):
        encoding = "ascii"

    plain = Plain({"content-type": "text/plain"})
    assert header(plain, "content-type") == "text/plain"  # type: ignore[arg-type]
    add_header(plain, "x-a", "1")  # type: ignore[arg-type]
    assert plain["x-a"] == "1"
