"""Many calls in flight at once: the one step of `map` that differs between sync and async.

`_async_map.py` is written once, for asyncio, and `scripts/unasync.py` writes `_map.py` from
it, mapping `AsyncWorkers` to `Workers`. The async client runs each call as a task on the
caller's loop; the sync client, which has no loop, runs each in a thread of a pool, through
its own (thread-safe) httpx client, so a sync transport or `http_client` the caller gave is
what sends them. Both answer the same three questions: start this, which have finished
(waiting at most so long), and stop everything.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

__all__ = ["AsyncWorkers", "Workers"]

T = TypeVar("T")
A = TypeVar("A")


class AsyncWorkers(Generic[A, T]):
    """Calls running as tasks of the running loop; `aclose` cancels those still running and
    waits until they have let go of their connections."""

    def __init__(self, size: int) -> None:
        import asyncio

        self._asyncio = asyncio
        self._running: dict[asyncio.Task[T], A] = {}

    def __len__(self) -> int:
        return len(self._running)

    def spawn(self, function: Callable[[A], Awaitable[T]], argument: A) -> None:
        task = self._asyncio.ensure_future(function(argument))
        self._running[task] = argument

    async def finished(self, timeout: float | None) -> list[tuple[A, T]]:
        """What finished, after waiting for at least one for at most `timeout` seconds (None:
        as long as it takes); an exception a call raised is raised here."""
        if not self._running:
            if timeout:
                await self._asyncio.sleep(timeout)
            return []
        done, _ = await self._asyncio.wait(
            self._running, timeout=timeout, return_when=self._asyncio.FIRST_COMPLETED
        )
        return [(self._running.pop(task), task.result()) for task in done]

    async def aclose(self) -> list[tuple[A, T | None]]:
        """Cancel what is running; each call's result, None for one that did not finish."""
        running, self._running = self._running, {}
        for task in running:
            task.cancel()
        if running:
            await self._asyncio.gather(*running, return_exceptions=True)
        return [(argument, _result(task)) for task, argument in running.items()]


class Workers(Generic[A, T]):
    """Calls running in threads, `size` at most; `close` starts nothing more and waits for
    those running (a thread cannot be stopped midway; each ends within the client's timeout)."""

    def __init__(self, size: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=size, thread_name_prefix="oai-map")
        self._running: dict[Future[T], A] = {}

    def __len__(self) -> int:
        return len(self._running)

    def spawn(self, function: Callable[[A], T], argument: A) -> None:
        self._running[self._pool.submit(function, argument)] = argument

    def finished(self, timeout: float | None) -> list[tuple[A, T]]:
        if not self._running:
            if timeout:
                import time

                time.sleep(timeout)
            return []
        done, _ = wait(self._running, timeout=timeout, return_when=FIRST_COMPLETED)
        return [(self._running.pop(future), future.result()) for future in done]

    def close(self) -> list[tuple[A, T | None]]:
        """Start nothing more, wait for what is running; each call's result, None for one that
        never started or raised."""
        running, self._running = self._running, {}
        self._pool.shutdown(wait=True, cancel_futures=True)
        return [(argument, _result(future)) for future, argument in running.items()]


def _result(call: asyncio.Task[T] | Future[T]) -> T | None:
    """What a call finished with; None when it was cancelled or raised."""
    if call.cancelled() or call.exception() is not None:
        return None
    return call.result()
