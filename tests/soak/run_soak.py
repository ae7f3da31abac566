"""Soak test: many requests with injected faults; nothing lost, nothing leaked.

    python tests/soak/run_soak.py            # 20,000 sync + 20,000 async (make soak)
    python tests/soak/run_soak.py --quick    # 2,000 + 2,000, to check it works

The fake server runs in a child process, so its memory and threads do not count against the
client's. It answers a share of requests (5 % by default) with a 429, a 500 or a connection
reset, chosen at random; the client retries as usual, except that its waits are shortened to
milliseconds (the run measures the client, not its sleeps). At concurrency 100, the async phase
keeps a hundred calls in flight at once.

Reported and asserted, per phase:
  * no request lost: each one returned (200, or the error status when its retries ran out) or
    raised `oai.APIConnectionError`; nothing else, nothing hangs, and the server saw exactly
    one request per attempt the client logged;
  * no connection left in use, and after `close()` the open file descriptors and pooled
    connections are back where they started;
  * resident memory grew by less than 10 MB from request 1,000 to the end.
The whole run is bounded by --time-limit (a failure if exceeded). Exit status 0 means all held.

Not collected by pytest (the file name does not start with `test_`); not part of `make test`.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import itertools
import logging
import os
import random
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

import httpx
import oai
from oai.testing import FakeOpenAI, RecordedRequest, Reply
from oai.testing._defaults import default_reply

MB = 1024 * 1024
HELLO = [{"role": "user", "content": "Hello there"}]
RSS_FROM = 1_000  # memory growth is measured from this request on, once start-up is over


# -- the server (child process) --------------------------------------------------------------


def serve(fault_rate: float, seed: int) -> None:
    """Serve until stdin closes, then print how many requests and faults there were."""
    chooser = random.Random(seed)
    lock = threading.Lock()
    counts: Counter[str] = Counter()
    numbers = itertools.count(1)
    faults = [
        Reply.error(429, "Rate limit reached", code="rate_limit_exceeded"),
        Reply.error(429, "Rate limit reached", headers={"retry-after-ms": "2"}),
        Reply.error(500, "The server had an error", type="server_error"),
        Reply.drop(reset=True),
    ]

    def answer(request: RecordedRequest) -> Reply:
        with lock:
            fault = chooser.random() < fault_rate
            reply = chooser.choice(faults) if fault else None
            counts["fault" if fault else "normal"] += 1
            number = next(numbers)
        return reply or default_reply(request, number)

    with FakeOpenAI(history=0) as server:
        server.route("POST", "/chat/completions", answer)
        server.route("GET", "/models", answer)
        print(server.base_url, flush=True)
        sys.stdin.read()  # the parent closes our stdin when it is done
        print(server.received, counts["fault"], flush=True)


class Server:
    """The child process serving faults; `stop()` returns (requests received, faults sent)."""

    def __init__(self, fault_rate: float, seed: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve", f"--fault-rate={fault_rate}", f"--seed={seed}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.base_url = self.process.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            raise RuntimeError("the soak server did not start")

    def stop(self) -> tuple[int, int]:
        out, _ = self.process.communicate(timeout=60)
        received, faults = out.split()
        return int(received), int(faults)


# -- measuring -------------------------------------------------------------------------------


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def pooled(client: oai.OpenAI | oai.AsyncOpenAI) -> list[Any]:
    """The connections under `client`: httpx's transport keeps them in its httpcore pool, the
    async client's own pool (oai._transports._async_pool) directly."""
    transport: Any = client._pool.transport
    return list(getattr(transport, "_pool", transport).connections)


def connections(client: oai.OpenAI | oai.AsyncOpenAI) -> tuple[int, int]:
    """(connections in the pool, of which still in use)."""
    pool = pooled(client)
    busy = [c for c in pool if not (c.is_idle() or c.is_closed())]
    return len(pool), len(busy)


class RetryCounter(logging.Handler):
    """Counts the client's retry log records (one per retry)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.getMessage().startswith("retrying "):
            self.count += 1


class Phase:
    """The bookkeeping of one phase: outcomes, memory marks, the time limit."""

    def __init__(self, name: str, total: int, deadline: float) -> None:
        self.name = name
        self.total = total
        self.deadline = deadline
        self.outcomes: Counter[str] = Counter()
        self.done = 0
        self.rss_from = 0
        self.started = time.monotonic()

    def record(self, outcome: str) -> None:
        self.outcomes[outcome] += 1
        self.done += 1
        if self.done == RSS_FROM:
            gc.collect()
            self.rss_from = rss()
        if time.monotonic() > self.deadline:
            raise TimeoutError(f"{self.name}: the time limit ran out after {self.done} requests")

    @property
    def lost(self) -> int:
        return sum(n for outcome, n in self.outcomes.items() if outcome.startswith("LOST"))


def outcome_of(result: Any) -> str:
    status, _ = result
    return "ok" if status == 200 else f"HTTP {status} after retries"


def failure_of(exc: BaseException) -> str:
    if isinstance(exc, oai.APIConnectionError):
        return f"{type(exc).__name__} after retries"
    return f"LOST: {type(exc).__name__}: {exc}"


def call_for(number: int) -> Callable[[Any], Any]:
    """Most calls are plain chats; every tenth streams, every twentieth lists models."""
    if number % 20 == 0:
        return lambda client: client.models()
    if number % 10 == 0:
        return lambda client: client.chat(HELLO, None, lambda chunk: None)
    return lambda client: client.chat(HELLO)


# -- the two phases --------------------------------------------------------------------------


def policy() -> oai.RetryPolicy:
    return oai.RetryPolicy(initial_delay=0.001, max_delay=0.01)


def run_sync(base_url: str, total: int, deadline: float) -> dict[str, Any]:
    phase = Phase("sync", total, deadline)
    fds_before = open_fds()
    client = oai.OpenAI("sk-soak", base_url=base_url, retry_policy=policy(), timeout=30)
    for number in range(1, total + 1):
        try:
            phase.record(outcome_of(call_for(number)(client)))
        except oai.OpenAIError as exc:
            phase.record(failure_of(exc))
    return finish(phase, client, fds_before, close=client.close)


async def run_async(base_url: str, total: int, concurrency: int, deadline: float) -> dict[str, Any]:
    phase = Phase("async", total, deadline)
    fds_before = open_fds()
    client = oai.AsyncOpenAI("sk-soak", base_url=base_url, retry_policy=policy(), timeout=30)
    numbers = iter(range(1, total + 1))

    async def worker() -> None:
        for number in numbers:  # shared: each number is taken by one worker
            try:
                phase.record(outcome_of(await call_for(number)(client)))
            except oai.OpenAIError as exc:
                phase.record(failure_of(exc))

    await asyncio.wait_for(
        asyncio.gather(*(worker() for _ in range(concurrency))),
        timeout=max(deadline - time.monotonic(), 1),
    )
    pool, busy = connections(client)
    await client.close()
    return finish(phase, client, fds_before, pool=(pool, busy))


def finish(
    phase: Phase,
    client: Any,
    fds_before: int,
    *,
    close: Callable[[], None] | None = None,
    pool: tuple[int, int] | None = None,
) -> dict[str, Any]:
    if pool is None:
        pool = connections(client)
    if close is not None:
        close()
    gc.collect()
    return {
        "phase": phase.name,
        "requests": phase.done,
        "seconds": time.monotonic() - phase.started,
        "outcomes": dict(phase.outcomes),
        "lost": phase.lost + (phase.total - phase.done),
        "pool at end": pool[0],
        "in use at end": pool[1],
        "pool after close": len(pooled(client)),
        "fds before": fds_before,
        "fds after close": open_fds(),
        "rss at request 1,000 MB": phase.rss_from / MB,
        "rss at end MB": rss() / MB,
        "rss growth MB": (rss() - phase.rss_from) / MB,
    }


# -- main ------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="2,000 + 2,000 requests")
    parser.add_argument("--requests", type=int, help="requests per phase (default 20,000)")
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--fault-rate", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--time-limit", type=float, default=1800.0, help="seconds, whole run")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.fault_rate, args.seed)
        return 0
    total = args.requests or (2_000 if args.quick else 20_000)
    if total < RSS_FROM:
        parser.error(f"--requests must be at least {RSS_FROM} (memory is measured from there)")

    retries = RetryCounter()
    logging.getLogger("oai").addHandler(retries)
    logging.getLogger("oai").setLevel(logging.INFO)
    deadline = time.monotonic() + args.time_limit
    server = Server(args.fault_rate, args.seed)
    try:
        print(f"soak: {total:,} sync + {total:,} async requests (concurrency {args.concurrency}),")
        print(f"      {args.fault_rate:.0%} answered with 429/500/reset, httpx {httpx.__version__}")
        results = [run_sync(server.base_url, total, deadline)]
        results.append(asyncio.run(run_async(server.base_url, total, args.concurrency, deadline)))
    finally:
        received, faults = server.stop()
    attempts = 2 * total + retries.count

    problems = []
    for result in results:
        print(f"\n{result['phase']}: {result['requests']:,} requests in {result['seconds']:.1f} s")
        for key, value in result.items():
            if key not in ("phase", "requests", "seconds"):
                print(f"  {key}: {value:.2f}" if isinstance(value, float) else f"  {key}: {value}")
        if result["lost"]:
            problems.append(f"{result['phase']}: {result['lost']} request(s) lost")
        if result["in use at end"] or result["pool after close"]:
            problems.append(f"{result['phase']}: connections left in use or open")
        if result["fds after close"] != result["fds before"]:
            problems.append(f"{result['phase']}: file descriptors not back to the start")
        if result["rss growth MB"] >= 10:
            problems.append(f"{result['phase']}: memory grew {result['rss growth MB']:.1f} MB")
    print(f"\nserver: {received:,} requests received, {faults:,} faults injected")
    print(f"client: {attempts:,} attempts ({2 * total:,} calls + {retries.count:,} retries)")
    if received != attempts:
        problems.append(f"the server received {received} requests for {attempts} attempts")
    print(
        "\n"
        + (
            "FAILED:\n  " + "\n  ".join(problems)
            if problems
            else "OK: nothing lost, nothing leaked"
        )
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
