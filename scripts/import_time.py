"""Measure how long `import oai` and one generated endpoint module take, in fresh processes.

    python scripts/import_time.py                              # against generated/
    python scripts/import_time.py --generated /tmp/up -n 15    # a client generated elsewhere

Each import runs in a new interpreter with PYTHONPATH=wrapper:<generated>, so the measured
client shadows the installed `generated/`. One warm-up run per import writes the bytecode
caches first; the table shows the median (and min/max) of the timed runs, in milliseconds, of
the import statement alone (interpreter start-up excluded), and the median CPU time of the
same runs, which a busy machine disturbs less than wall time. `import httpx` is shown for
reference: every one of the others includes it. A benchmark, not a test: it prints numbers and
fails only with `--limit` when a median is above it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IMPORTS = (
    "httpx",
    "oai",
    "oai_api.api.chat.create_chat_completion",
    "oai_api.api.responses.create_response",
)
_TIMER = (
    "import time; wall, cpu = time.perf_counter(), time.process_time(); import {name};"
    " print((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)"
)


def time_import(name: str, generated: Path, runs: int) -> list[tuple[float, float]] | str:
    """(wall, CPU) milliseconds of `import name` in `runs` fresh processes, or the error."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "wrapper"), str(generated)])
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", _TIMER.format(name=name)]
    times: list[tuple[float, float]] = []
    for run in range(runs + 1):  # the first run writes the bytecode caches and is not counted
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            return result.stderr.strip().splitlines()[-1] if result.stderr.strip() else "failed"
        if run:
            wall, cpu = result.stdout.split()
            times.append((float(wall), float(cpu)))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=Path, default=ROOT / "generated",
                        help="folder that contains oai_api/")  # fmt: skip
    parser.add_argument("-n", "--runs", type=int, default=15)
    parser.add_argument("--limit", type=float, help="fail when a median (ms) is above this")
    parser.add_argument("imports", nargs="*", default=list(IMPORTS), help="modules to import")
    args = parser.parse_args()
    generated = args.generated.resolve()
    if not (generated / "oai_api").is_dir():
        raise SystemExit(f"{generated} holds no oai_api/")
    print(f"import times, {args.runs} fresh processes each, bytecode cached ({generated})")
    print(f"{'import':<48} {'median':>8} {'min':>8} {'max':>8} {'CPU':>8}")
    over: list[str] = []
    for name in args.imports:
        times = time_import(name, generated, args.runs)
        if isinstance(times, str):
            print(f"{name:<48} FAILED: {times}")
            over.append(name)
            continue
        walls = [wall for wall, _ in times]
        median, cpu = statistics.median(walls), statistics.median(cpu for _, cpu in times)
        print(f"{name:<48} {median:>6.1f}ms {min(walls):>6.1f}ms {max(walls):>6.1f}ms"
              f" {cpu:>6.1f}ms")  # fmt: skip
        if args.limit is not None and median > args.limit and name != "httpx":
            over.append(name)
    print(f"(load average {', '.join(f'{x:.2f}' for x in os.getloadavg())})")
    if over:
        raise SystemExit(f"failed or over the limit: {', '.join(over)}")


if __name__ == "__main__":
    main()
