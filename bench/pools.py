"""`python -m bench --pools`: async throughput by pool size and pool implementation.

The async row (2,000 chat requests, 100 at a time) is run with each library's default
transport, with httpx's transport (httpcore's pool) at several sizes, and with oai's own pool
(`oai._transports._async_pool.AsyncPoolTransport`), for raw httpx and oai; the official client
with its own defaults, for reference. Same interleaving and medians as the main run; requests
per second (wall) and client CPU per request are both reported, since a pool that wastes CPU
shows up in the second long before the first on a machine with cores to spare.

httpcore's pool re-plans every connection for each queued request, so its CPU per request grows
with the pool's size; oai's pool does constant work per request at any size. Small httpcore
pools look good here only because the local server answers at once: against an API that takes
seconds per answer, 10 connections would cap 100 concurrent requests at 10 in flight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import report
from .contenders import Contender
from .runner import Worker, connections_opened, median, server_process


def _limits(most: int, keep: int) -> dict[str, int]:
    return {"max_connections": most, "max_keepalive_connections": keep}


DEFAULT = "library default (raw: httpcore 100/20; oai: oai pool 100/100; openai: httpx2 1000/100)"

# (label, limits or None for the pool's defaults, pool: `default`, `httpcore` or `oai`)
CONFIGS: list[tuple[str, dict[str, int] | None, str]] = [
    (DEFAULT, None, "default"),
    ("httpcore, 100 max, 20 keep-alive (httpx default)", None, "httpcore"),
    ("httpcore, 100 max, 100 keep-alive", _limits(100, 100), "httpcore"),
    ("httpcore, 1000 max, 100 keep-alive (openai's)", _limits(1000, 100), "httpcore"),
    ("httpcore, 20 max, 20 keep-alive", _limits(20, 20), "httpcore"),
    ("httpcore, 10 max, 10 keep-alive", _limits(10, 10), "httpcore"),
    ("oai pool, 100 max, 100 keep-alive (oai default)", None, "oai"),
    ("oai pool, 20 max, 20 keep-alive", _limits(20, 20), "oai"),
]


def run(
    contenders: list[type[Contender]], *, quick: bool, progress: Callable[[str], None]
) -> dict[str, Any]:
    total, concurrency, reps = (400, 100, 1) if quick else (2000, 100, 3)
    samples: dict[tuple[str, str], list[dict[str, float]]] = {}
    with server_process() as base_url:
        workers = [Worker(c, base_url) for c in contenders]
        try:
            for rep in range(reps):
                for label, limits, pool in CONFIGS:
                    for worker in workers:
                        if worker.name == "openai" and pool != "default":
                            continue  # the official client is measured with its own defaults
                        before = connections_opened(base_url)
                        result = worker.call(
                            "async", total=total, concurrency=concurrency, limits=limits, pool=pool
                        )
                        if result is not None:
                            # less one for the count request itself
                            result["connections"] = connections_opened(base_url) - before - 1
                            samples.setdefault((worker.name, label), []).append(result)
                    progress(f"pools: {label}, repetition {rep + 1}/{reps}")
        finally:
            for worker in workers:
                worker.close()
    rows: list[dict[str, Any]] = []
    for (name, label), results in samples.items():
        rows.append(
            {
                "contender": name,
                "pool": label,
                "rps": report._round(median([r["rps"] for r in results])),
                "cpu_us_per_request": report._round(
                    median([r["cpu_per_request"] * 1e6 for r in results])
                ),
                "connections_opened": median([r["connections"] for r in results]),
                "samples": results,
            }
        )
    lines = [
        f"async: {total} chat requests, concurrency {concurrency}, median of {reps}",
        "",
        "| contender | pool | req/s | CPU µs/req | connections opened |",
        "|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row['contender']} | {row['pool']} | {report._fmt(row['rps'])}"
            f" | {report._fmt(row['cpu_us_per_request'])} | {row['connections_opened']:.0f} |"
        )
    return {
        "meta": {"total": total, "concurrency": concurrency, "reps": reps},
        "pools": rows,
        "table": "\n".join(lines),
    }
