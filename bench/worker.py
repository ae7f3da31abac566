"""A client process: one contender, driven by the runner one command at a time.

    python -m bench.worker <contender> <base_url>

Commands arrive as JSON lines on stdin and each gets one JSON line back. The process keeps its
clients (and their pooled connections) between commands, so the runner can interleave short
runs of every contender; CPU time is read with `time.process_time()`, which counts this process
only (the server runs in another). The contender's library is imported by this process alone,
so its peak RSS at the end is what that library costs.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import json
import os
import resource
import sys
import time
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .contenders import CONTENDERS, STREAM_ROWS, Contender, Unavailable

if TYPE_CHECKING:
    import ctypes


def run_row(contender: Contender, row: str, n: int) -> dict[str, float]:
    """Do one job `n` times; return the client CPU and wall time it took."""
    job = _job(contender, row)
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(n):
        job()
    return {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall}


def _job(contender: Contender, row: str) -> Any:
    if row in STREAM_ROWS:
        received: list[Any] = []
        streaming = getattr(contender, row)

        def stream() -> None:
            streaming(received.append)
            received.clear()

        return stream
    return getattr(contender, row)


async def _burst(contender: Contender, client: Any, total: int, concurrency: int) -> None:
    left = total

    async def one_by_one() -> None:
        nonlocal left
        while left > 0:
            left -= 1
            await contender.achat(client)

    await asyncio.gather(*(one_by_one() for _ in range(concurrency)))


def run_async(
    contender: Contender,
    total: int,
    concurrency: int,
    limits: dict[str, int] | None = None,
    pool: str = "default",
) -> dict[str, float]:
    """`total` chat requests, `concurrency` at a time, on one async client.

    A warm-up burst of `concurrency` requests opens the connections first, as a long-running
    service would have them open; the pool then keeps or drops them as its limits say.
    """

    wall, cpu = time.perf_counter(), time.process_time()

    def start() -> None:
        nonlocal wall, cpu
        wall, cpu = time.perf_counter(), time.process_time()

    def stop() -> None:
        nonlocal wall, cpu
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu

    _warm_burst(contender, total, concurrency, limits, pool, start, stop)
    return {"rps": total / wall, "cpu_per_request": cpu / total, "wall": wall, "cpu": cpu}


def _warm_burst(
    contender: Contender,
    total: int,
    concurrency: int,
    limits: dict[str, int] | None,
    pool: str,
    start: Callable[[], object],
    stop: Callable[[], object],
    timeout: float | None = None,
) -> None:
    """The async burst that both the timed and the counted async rows measure: connections
    opened by a first burst, then `start()`, `total` requests, `stop()`."""

    async def main() -> None:
        client = contender.new_async(limits, pool, timeout)
        try:
            await _burst(contender, client, concurrency, concurrency)
            gc.collect()
            start()
            await _burst(contender, client, total, concurrency)
            stop()
        finally:
            await contender.aclose(client)

    asyncio.run(main())


def profile_row(contender: Contender, row: str, n: int, path: str) -> dict[str, Any]:
    """Run a job under cProfile and save the stats (for finding hot spots, not for timing)."""
    import cProfile

    job = _job(contender, row)
    profiler = cProfile.Profile()
    profiler.runcall(lambda: [job() for _ in range(n)])
    profiler.dump_stats(path)
    return {"path": path}


def count_row(contender: Contender, row: str, n: int, warmup: int, marks: str) -> dict[str, str]:
    """Do one job `n` times between callgrind marks, for `python -m bench --instructions`.

    Everything before the start mark (start-up, imports, the warm-up calls that open the
    connection and fill caches) is left out of the count; the mark's name tells the parent how
    many calls the dump holds.
    """
    library = _marks(marks)
    job = _job(contender, row)
    for _ in range(warmup):
        job()
    name = f"{row}|{n}"
    gc.collect()
    library.marks_start()
    for _ in range(n):
        job()
    library.marks_stop(name.encode())
    return {"mark": name}


UNDER_VALGRIND_TIMEOUT = 600.0
"""Seconds for every phase of a request in the counted async burst, about 50x slower there."""


def count_async(contender: Contender, total: int, concurrency: int, marks: str) -> dict[str, str]:
    """The async burst of `run_async` between callgrind marks: instructions per request at
    `concurrency`, with the event loop's own work (which a time would include too) counted."""
    library = _marks(marks)
    name = f"async|{total}"
    _warm_burst(
        contender,
        total,
        concurrency,
        None,
        "default",
        library.marks_start,
        lambda: library.marks_stop(name.encode()),
        timeout=UNDER_VALGRIND_TIMEOUT,
    )
    return {"mark": name}


@functools.cache
def _marks(path: str) -> ctypes.CDLL:
    """The marks library (`bench/callgrind_marks.c`). ctypes is imported here, not at the top,
    so that a worker that only times holds no more than it did before this mode existed."""
    import ctypes

    library = ctypes.CDLL(path)
    library.marks_start.argtypes = []
    library.marks_start.restype = None
    library.marks_stop.argtypes = [ctypes.c_char_p]
    library.marks_stop.restype = None
    return library


def handle(contender: Contender, command: dict[str, Any]) -> Any:
    op = command["op"]
    if op == "check":
        return contender.check()
    if op == "run":
        return run_row(contender, command["row"], command["n"])
    if op == "async":
        return run_async(
            contender,
            command["total"],
            command["concurrency"],
            command.get("limits"),
            command.get("pool", "default"),
        )
    if op == "profile":
        return profile_row(contender, command["row"], command["n"], command["path"])
    if op == "instructions":
        return count_row(
            contender, command["row"], command["n"], command["warmup"], command["marks"]
        )
    if op == "instructions_async":
        return count_async(contender, command["total"], command["concurrency"], command["marks"])
    if op == "rss":
        return {"max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    raise ValueError(f"unknown command {op!r}")


def main() -> None:
    name, base_url = sys.argv[1], sys.argv[2]
    # Replies go to a private copy of stdout, so a library that prints cannot garble them.
    replies = os.fdopen(os.dup(sys.stdout.fileno()), "w")
    sys.stdout = sys.stderr
    contender = CONTENDERS[name](base_url)
    hello = {"versions": contender.versions(), "embed_note": contender.embed_note}
    replies.write(json.dumps({"ok": hello}) + "\n")
    replies.flush()
    for line in sys.stdin:
        command = json.loads(line)
        if command["op"] == "exit":
            break
        try:
            reply: dict[str, Any] = {"ok": handle(contender, command)}
        except Unavailable as exc:
            reply = {"unavailable": str(exc)}
        except Exception:
            reply = {"error": traceback.format_exc()}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


if __name__ == "__main__":
    main()
