"""The retrying transport: every request of a client (and of its `client.api`) goes through it.

Written once: `_async_retrying.py` (`AsyncRetryingTransport`) is the source of `_retrying.py`
(`RetryingTransport`), which `scripts/unasync.py` writes. Either sits between the httpx client
and the transport that owns the connections, so the wrapper's calls and the generated client's
get the same retries, idempotency keys and closing rules. The rules live in `RetryPolicy` and
the bookkeeping in `_attempts`; this module only carries them out.

A retry happens inside the transport, before any response is handed up. So a streamed answer is
retried only while nothing of it has reached the caller; once its headers are handed up, a
failure in the middle of the body is the caller's to see, never retried. Error responses and
JSON bodies are read whole here, inside the loop, which also makes a connection lost halfway
through a JSON answer retryable, and returns the connection to the pool before the wait.
"""

from __future__ import annotations

import httpx

from .._retry_policy import RetryPolicy
from ._attempts import Attempts, SharedPool, add_idempotency_key, reads_whole, settled

__all__ = ["AsyncRetryingTransport"]


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    """Sends each request through the pool's transport, retrying as `policy` says; see the
    module docstring. Only the client that owns the pool (`owner`) closes it."""

    def __init__(
        self,
        pool: SharedPool[httpx.AsyncBaseTransport],
        policy: RetryPolicy | None = None,
        *,
        owner: bool = True,
    ) -> None:
        self.pool = pool
        self.policy = policy or RetryPolicy()
        self.owner = owner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.pool.check_open()
        add_idempotency_key(request)
        attempts = Attempts(self.policy, request)
        while True:
            try:
                response = await self._attempt(request)
            except httpx.StreamConsumed:
                if attempts.last is None:
                    raise
                return attempts.give_up()
            except httpx.TransportError as error:
                wait = attempts.after_error(error)
                if wait is None:
                    raise
            else:
                wait = attempts.after_response(response)
                if wait is None:
                    return response
            await self.policy.async_sleep(wait)

    async def _attempt(self, request: httpx.Request) -> httpx.Response:
        response = await self.pool.transport.handle_async_request(request)
        if response.is_stream_consumed or not reads_whole(response):
            return response
        wire = response.stream
        assert isinstance(wire, httpx.AsyncByteStream)
        try:
            raw = b"".join([part async for part in wire])
        finally:
            await wire.aclose()  # the connection goes back to the pool
        return settled(response, raw)

    async def aclose(self) -> None:
        if self.owner and not self.pool.closed:
            self.pool.closed = True
            if self.pool.owned:
                await self.pool.transport.aclose()
