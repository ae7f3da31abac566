"""`map` and `iter_map`: many direct requests at once, in input order; the I/O shell of `FanOut`.

Written once: `_async_map.py` (`AsyncMapRun`) is the source of `_map.py` (`MapRun`), which
`scripts/unasync.py` writes. What to send and when is decided by `FanOut` and `Concurrency`
(no I/O); this module only sends, through `AsyncWorkers` (tasks) or `Workers` (threads), and
reports. A run is read once: as an iterator of results in input order, or whole by `collect()`.
Leaving it (`async with` / `with`, or an exception while it waits) stops it: calls still in
flight are cancelled (the sync form waits for them), and every result that finished is in
`finished` or has been handed out; nothing is lost and no request is left running.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Iterable, Sequence, Sized
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

from ._callbacks import ainvoke
from ._concurrency import Concurrency
from ._exceptions import APIConnectionError
from ._fan_out import Attempt, FanOut, MapProgress, Outcome, check_all
from ._request_items import check_endpoint, prepared_call, progress_hook, request_items
from ._workers import AsyncWorkers

if TYPE_CHECKING:
    import httpx

    from ._async_client import AsyncOpenAI

__all__ = ["AsyncMapRun"]


class AsyncMapRun:
    """The results of `AsyncOpenAI.iter_map(...)`, in input order, one per request: the typed
    model the direct call returns, or a `RequestError` (after the client's retries).

    `finished` holds, by input index, the results that finished and were not handed out yet
    (after a cancel: those past the first unfinished one); `progress` says where the run is.
    """

    def __init__(
        self,
        client: AsyncOpenAI,
        requests: Iterable[object],
        *,
        endpoint: str,
        concurrency: int | Literal["auto"],
        max_concurrency: int,
        progress: Callable[[MapProgress], object] | bool | None,
    ) -> None:
        self._endpoint = check_endpoint(endpoint)
        self._model = client.default_model
        policy = client.config.retry
        controller = Concurrency(concurrency, max_concurrency, max_pause=policy.max_retry_after)
        if isinstance(requests, Sequence):  # bad bodies are refused before anything is sent
            check_all(request_items(requests, self._endpoint, default_model=self._model))
        items = request_items(requests, self._endpoint, default_model=self._model)
        total = len(requests) if isinstance(requests, Sized) else None
        self._plan = FanOut(items, controller, policy, total)
        self._sender = client.with_options(max_retries=0)  # retried here: see `_fan_out`
        self._on_progress = progress_hook(
            progress, "map", lambda counts: (counts.done + counts.failed, counts.total)
        )
        self._reported: MapProgress | None = None
        self._results: AsyncIterator[Any] | None = None

    @property
    def finished(self) -> dict[int, Any]:
        return self._plan.finished

    @property
    def progress(self) -> MapProgress:
        return self._plan.progress

    @property
    def rate_limited(self) -> int:
        """How many answers were 429s (each slowed the run down, and was retried)."""
        return self._plan.controller.rate_limited

    def __aiter__(self) -> AsyncMapRun:
        return self

    async def __anext__(self) -> Any:
        if self._results is None:
            self._results = self._run()
        return await self._results.__anext__()

    async def collect(self) -> list[Any]:
        """Every result, in input order, once all have finished."""
        if self._results is not None:
            raise RuntimeError("this map run is already being read")
        self._plan.keep = True
        async with self:
            async for _ in self:
                pass
        finished = self._plan.finished
        return [finished[index] for index in range(len(finished))]

    async def aclose(self) -> None:
        """Stop the run: see the module docstring."""
        if self._results is None:
            self._results = self._run()
        await self._results.aclose()  # type: ignore[attr-defined]

    async def __aenter__(self) -> AsyncMapRun:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _run(self) -> AsyncIterator[Any]:
        plan, clock = self._plan, time.monotonic
        workers: AsyncWorkers[Attempt, Outcome] = AsyncWorkers(plan.controller.max_concurrency)
        try:
            while not plan.over:
                attempt, wait = plan.next_start(clock())
                while attempt is not None:
                    workers.spawn(self._send, attempt)
                    attempt, wait = plan.next_start(clock())
                if plan.over:
                    break
                await self._report()
                for attempt, outcome in await workers.finished(wait):
                    plan.settle(attempt, clock(), outcome)
                await self._report()
                for result in plan.ready():
                    yield result
        finally:
            for attempt, last in await workers.aclose():
                if last is None:
                    plan.abandon(attempt, clock())
                else:
                    plan.settle(attempt, clock(), last)
        for result in plan.ready():
            yield result
        if plan.error is not None:
            raise plan.error

    async def _send(self, attempt: Attempt) -> Outcome:
        call = prepared_call(self._endpoint, attempt.item.body, default_model=self._model)
        seen: list[httpx.Headers] = []
        try:
            status, value = await self._sender.send_call(call._replace(on_headers=seen.append))
        except APIConnectionError as error:
            return Outcome(None, error)
        return Outcome(status, value, seen[-1] if seen else None)

    async def _report(self) -> None:
        if self._on_progress is None:
            return
        progress = self._plan.progress
        if progress != self._reported:
            self._reported = progress
            await ainvoke(self._on_progress, progress)
