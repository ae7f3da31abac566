# Generated from _transports/_async_borrowed.py by scripts/unasync.py.
# Edit that file, then run `make unasync`.
"""A caller's own httpx client as the transport under ours (the `http_client=` setting).

Written once: `_async_borrowed.py` (`AsyncClientTransport`) is the source of `_borrowed.py`
(`ClientTransport`), which `scripts/unasync.py` writes. The caller's proxies, certificates,
event hooks and mounts apply to every request, and the client is used as lent: never changed,
never closed.
"""

from __future__ import annotations

import httpx

__all__ = ["ClientTransport"]


class ClientTransport(httpx.BaseTransport):
    """Sends through a caller's httpx client (an `httpx.AsyncClient` for `AsyncOpenAI`, an
    `httpx.Client` for `OpenAI`)."""

    def __init__(self, client: httpx.Client) -> None:
        if not isinstance(client, httpx.Client):
            expected = httpx.Client.__name__
            raise TypeError(f"http_client must be an httpx.{expected}, got {type(client).__name__}")
        self.client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _detached(self.client.send(request, stream=True))


def _detached(response: httpx.Response) -> httpx.Response:
    """The caller's client already bound `response` to its request; hand up a plain copy."""
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=response.stream,
        extensions=response.extensions,
    )
