"""`python -m bench --map`: `client.map` against a fake server that allows N requests a second.

    python -m bench --map            # N = 50 and N = 500, ~10 s each, sync and async
    python -m bench --map --quick    # ~2 s each: a smoke run (make bench-map [QUICK=1])

The server is `oai.testing.FakeOpenAI(rate_limit=N)` in a process of its own (so its work and
the client's do not share one interpreter): a bucket of N requests that refills at N a second,
a 429 `rate_limit_exceeded` above it. The client runs `map` over enough requests to take about
`seconds` at that rate. What is reported, per N and client: requests a second achieved, against
what the bucket allowed in that time (N a second, plus the N it held at the start), and the
share of requests that met a 429. The issue's targets: at least 90 % of the allowed rate and at
most 1 % of requests rate limited; a row that misses one says so (nothing fails: the run is a
measurement). Results: a table on stdout, JSON in `bench/results/map.json`.

    python -m bench.fan_out --serve N   # the server alone: prints "READY <port>", stops with stdin
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results" / "map.json"
RATES = (50, 500)
TARGET_RATE = 0.90
TARGET_LIMITED = 0.01


def serve(rate: float) -> None:
    """Run the rate-limited fake until stdin closes; the 429 count goes to stdout on request."""
    from oai.testing import FakeOpenAI

    with FakeOpenAI(rate_limit=rate, history=0) as server:
        print(f"READY {server.port}", flush=True)
        for line in sys.stdin:
            if line.strip() == "count":
                print(f"{server.rate_limited} {server.received}", flush=True)
            elif line.strip() == "reset":
                server.reset()
                print("ok", flush=True)


class Server:
    """`serve` in a child process, asked for its counts over a pipe."""

    def __init__(self, rate: float) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bench.fan_out", "--serve", str(rate)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        words = self._line().split()
        if not words or words[0] != "READY":
            raise RuntimeError("the rate-limited fake server did not start")
        self.base_url = f"http://127.0.0.1:{words[1]}/v1"

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._line().strip()

    def counts(self) -> tuple[int, int]:
        """(429s sent, requests received) since the last reset."""
        limited, received = self.ask("count").split()
        return int(limited), int(received)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=10)


def bodies(count: int) -> Iterator[dict[str, Any]]:
    for number in range(count):
        yield {"model": "gpt-4.1", "messages": [{"role": "user", "content": f"item {number}"}]}


def run_map(base_url: str, count: int, form: str) -> tuple[float, int]:
    """(seconds, results that are models) for one `map` of `count` requests."""
    import oai

    if form == "async":

        async def main() -> tuple[float, list[Any]]:
            async with oai.AsyncOpenAI("bench-key", base_url=base_url) as client:
                start = time.perf_counter()
                results = await client.map(bodies(count))
                return time.perf_counter() - start, results

        seconds, results = asyncio.run(main())
    else:
        with oai.OpenAI("bench-key", base_url=base_url) as client:
            start = time.perf_counter()
            results = client.map(bodies(count))
            seconds = time.perf_counter() - start
    return seconds, sum(not isinstance(result, oai.RequestError) for result in results)


def measure(rate: int, seconds: float, forms: tuple[str, ...]) -> list[dict[str, Any]]:
    count = int(rate * (seconds + 1))  # the bucket's first N go at once, then N a second
    server = Server(rate)
    rows = []
    try:
        for form in forms:
            server.ask("reset")
            took, answered = run_map(server.base_url, count, form)
            limited, received = server.counts()
            allowed = rate + rate * took  # what the bucket let through in that time
            rows.append(
                {
                    "rate_limit": rate,
                    "form": form,
                    "requests": count,
                    "answered": answered,
                    "seconds": round(took, 3),
                    "achieved_per_s": round(count / took, 1),
                    "allowed_per_s": round(allowed / took, 1),
                    "share_of_allowed": round(count / allowed, 4),
                    "sent": received,
                    "rate_limited": limited,
                    "share_limited": round(limited / count, 4),
                    "ok": count / allowed >= TARGET_RATE
                    and limited / count <= TARGET_LIMITED
                    and answered == count,
                }
            )
    finally:
        server.close()
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    lines = [
        "| N (req/s) | client | requests | seconds | achieved req/s | of allowed | 429s"
        " | of requests |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {row['rate_limit']} | {row['form']} | {row['requests']:,} | {row['seconds']:.2f}"
            f" | {row['achieved_per_s']:.1f} | {row['share_of_allowed']:.1%}"
            f" | {row['rate_limited']} | {row['share_limited']:.2%} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="~2 s per row instead of ~10 s")
    parser.add_argument("--serve", type=float, help=argparse.SUPPRESS)
    parser.add_argument("--seconds", type=float, default=None, help="length of each run")
    parser.add_argument("--form", choices=("async", "sync"), action="append")
    args = parser.parse_args(argv)
    if args.serve is not None:
        serve(args.serve)
        return 0
    seconds = args.seconds or (2.0 if args.quick else 10.0)
    forms = tuple(args.form or ("async", "sync"))
    rows = [row for rate in RATES for row in measure(rate, seconds, forms)]
    print(table(rows))
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "machine": platform.machine(),
                "when": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()),
                "seconds_per_row": seconds,
                "targets": {"share_of_allowed": TARGET_RATE, "share_limited": TARGET_LIMITED},
                "rows": rows,
            },
            indent=2,
        )
        + "\n"
    )
    missed = [f"N={row['rate_limit']} {row['form']}" for row in rows if not row["ok"]]
    if missed:
        print("\ntargets missed (>= 90 % of the allowed rate, <= 1 % 429s): " + ", ".join(missed))
    print(f"\nJSON: {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
