"""`python -m bench --instructions`: the rows counted in instructions by callgrind, not timed.

Why this mode exists: on a shared 2-core VM the CPU time of one repetition swings 0.7-1.3x
against the next, far too noisy to say whether oai stays within 5-10 % of raw httpx. Callgrind
counts the instructions the client executes, and two runs agree to about 0.1 %, so a ratio of
counts can be judged against those targets. Counts are not time: they ignore cache misses,
branch mispredictions and the cost of system calls, so the CPU table of `python -m bench`
stays the primary one for absolute time; this one is for ratios and for seeing a change of a
few percent.

How: each contender's worker (`bench/worker.py`, the same process and setup the CPU run uses)
runs under `valgrind --tool=callgrind` with collection off; for every row it warms the job up,
then calls `marks_start()` and `marks_stop("<row>|<n>")` from `bench/callgrind_marks.c`
(compiled at run time into a temporary directory) around `n` calls, so each dump holds those
calls and nothing else. The server is not under valgrind. Import is counted the same way in a
fresh interpreter, around `exec()` of the contender's import statement, with the environment
`bench/imports.py` uses.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from . import payloads, report
from .contenders import ROWS, STREAM_ROWS, Contender
from .report import _fmt, _round, _times
from .runner import (
    ROOT,
    USER_ENV,
    BenchError,
    Worker,
    compile_bytecode,
    refuse_wrong_answers,
    server_process,
)

INSTALL_HINT = "on Debian: apt-get install valgrind gcc"
MARKS_SOURCE = Path(__file__).with_name("callgrind_marks.c")
WARMUP = 3
"""Calls before the start mark: the connection opens, lazy imports run, caches fill."""
ITERATIONS = {row: 3 if row in STREAM_ROWS else 10 for row in ROWS}
"""Counted calls per row: few, as valgrind is ~50x slower; the count barely varies anyway."""
ASYNC_TOTAL, ASYNC_CONCURRENCY = 400, 100
"""The async row's burst (the CPU run's quick setting): requests counted, and how many at once.
Its CPU-time row swings with the VM's load by more than the 3x target's margin; a count of
instructions per request does not, and a client-bound burst's throughput is its inverse."""
IMPORT_RUNS = 3
HASH_SEED = "0"
"""A fixed seed, so that dict and set layouts (and the instructions they cost) repeat."""

_TRIGGER = "desc: Trigger: Client Request: "
_IMPORT = """
import ctypes
marks = ctypes.CDLL({marks!r})
marks.marks_start()
exec({statement!r})
marks.marks_stop(b"import|1")
"""
# What each row's count is divided into, for the table.
UNITS: dict[str, tuple[str, float]] = {
    "import": ("M instr", 1e-6),
    **{row: ("k instr/event" if row in STREAM_ROWS else "k instr/req", 1e-3) for row in ROWS},
    "async_cpu": ("k instr/req", 1e-3),
}


def missing_tool() -> str | None:
    """Why this mode cannot run here, in one line, or None when it can."""
    for tool in ("valgrind", "gcc"):
        if shutil.which(tool) is None:
            return f"--instructions needs {tool}, which is not on PATH ({INSTALL_HINT})"
    probe = subprocess.run(
        ["gcc", "-E", "-x", "c", "-o", "/dev/null", "-"],
        input="#include <valgrind/callgrind.h>\n",
        capture_output=True,
        text=True,
        check=False,
    )
    if probe.returncode != 0:
        return f"--instructions needs the header <valgrind/callgrind.h>, not found ({INSTALL_HINT})"
    return None


def build_marks(directory: Path) -> Path:
    """Compile the marks library into `directory` (a temporary one: never into the repo)."""
    library = directory / "callgrind_marks.so"
    built = subprocess.run(
        ["gcc", "-shared", "-fPIC", "-O2", "-o", str(library), str(MARKS_SOURCE)],
        capture_output=True,
        text=True,
        check=False,
    )
    if built.returncode != 0:
        raise BenchError(f"gcc could not build {MARKS_SOURCE.name}:\n{built.stderr}")
    return library


def callgrind(out_file: Path) -> list[str]:
    """The valgrind command line that counts only what lies between the marks."""
    return [
        "valgrind",
        "--tool=callgrind",
        "--collect-atstart=no",
        "--instr-atstart=no",
        f"--callgrind-out-file={out_file}",
        "--quiet",  # valgrind's banner would bury the progress lines
    ]


# -- reading callgrind's dumps -------------------------------------------------------------------


def read_dump(path: Path) -> tuple[str | None, int | None]:
    """A dump's mark name (None for the dump valgrind writes at exit) and its instruction total."""
    name = totals = None
    with path.open() as lines:
        for line in lines:
            if line.startswith(_TRIGGER):
                name = line[len(_TRIGGER) :].strip()
            elif line.startswith("totals:"):
                totals = int(line.split()[1])
    return name, totals


def read_marks(prefix: Path) -> dict[str, int]:
    """`{mark name: instructions}` from the dumps `<prefix>.1`, `<prefix>.2`, ..."""
    found: dict[str, int] = {}
    for path in prefix.parent.glob(prefix.name + ".*"):
        if not path.suffix[1:].isdigit():
            continue
        name, totals = read_dump(path)
        if name is None or totals is None:
            continue
        if name in found:
            raise BenchError(f"two callgrind dumps are both marked {name!r} ({prefix})")
        found[name] = totals
    return found


def per_unit(mark: str, totals: int) -> tuple[str, float]:
    """The row a mark `<row>|<n>` belongs to, and its instructions per call (or per event)."""
    row, _, calls = mark.rpartition("|")
    value = totals / int(calls)
    if row in STREAM_ROWS:
        value /= getattr(payloads, STREAM_ROWS[row])
    return row, value


# -- measuring -----------------------------------------------------------------------------------

Progress = Callable[[str], None]


def measure_rows(
    contenders: Sequence[type[Contender]],
    base_url: str,
    marks: Path,
    directory: Path,
    progress: Progress,
) -> tuple[dict[str, dict[str, float | None]], dict[str, dict[str, str]]]:
    """Instructions per call (per event for streams) by row and contender, and versions."""
    counts: dict[str, dict[str, float | None]] = {row: {} for row in (*ROWS, "async_cpu")}
    versions: dict[str, dict[str, str]] = {}
    for contender in contenders:
        started = time.perf_counter()
        prefix = directory / contender.name
        env = {**USER_ENV, "PYTHONHASHSEED": HASH_SEED}
        worker = Worker(contender, base_url, wrapper=callgrind(prefix), env=env)
        try:
            versions[contender.name] = worker.versions
            marked = {}
            for row in ROWS:
                n = ITERATIONS[row]
                done = worker.call("instructions", row=row, n=n, warmup=WARMUP, marks=str(marks))
                marked[row] = None if done is None else done["mark"]
            done = worker.call(
                "instructions_async",
                total=ASYNC_TOTAL,
                concurrency=ASYNC_CONCURRENCY,
                marks=str(marks),
            )
            marked["async_cpu"] = None if done is None else done["mark"]
        finally:
            worker.close()  # valgrind has written every dump once the worker has exited
        found = read_marks(prefix)
        for row, mark in marked.items():
            if mark is not None and mark not in found:
                raise BenchError(f"{contender.name}: no callgrind dump marked {mark!r}")
            counts[row][contender.name] = None if mark is None else per_unit(mark, found[mark])[1]
        progress(f"instructions: {contender.label}, {time.perf_counter() - started:.0f} s")
    return counts, versions


def measure_imports(
    contenders: Sequence[type[Contender]], marks: Path, directory: Path, progress: Progress
) -> dict[str, list[int]]:
    """Instructions of each contender's import statement, `IMPORT_RUNS` fresh interpreters each.

    A first run outside valgrind (where the marks are no-ops) writes every `.pyc`, as
    `bench/imports.py` does before it measures, so that no run counts compiling. The counted
    runs go side by side, one per core: a count, unlike a time, does not care what else runs,
    and the official client's import alone takes half a minute under valgrind.
    """
    env = {**USER_ENV, "PYTHONHASHSEED": HASH_SEED}  # bytecode written and read, as for the CPU row
    codes = {
        c.name: _IMPORT.format(marks=str(marks), statement=c.import_statement) for c in contenders
    }
    for code in codes.values():
        _fresh([sys.executable, "-c", code], env)

    def count(name: str, run: int) -> int:
        prefix = directory / f"import-{name}-{run}"
        _fresh([*callgrind(prefix), sys.executable, "-c", codes[name]], env)
        totals = read_marks(prefix).get("import|1")
        if totals is None:
            raise BenchError(f"{name}: no callgrind dump for the import")
        return totals

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        futures = {
            name: [pool.submit(count, name, run) for run in range(IMPORT_RUNS)] for name in codes
        }
        samples = {}
        for contender in contenders:
            samples[contender.name] = [future.result() for future in futures[contender.name]]
            progress(f"instructions: import, {contender.label}")
    return samples


def _fresh(command: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise BenchError(f"a fresh interpreter failed:\n{done.stderr}")


# -- results -------------------------------------------------------------------------------------


def summarise(counts: dict[str, dict[str, float | None]]) -> dict[str, Any]:
    """Each row's counts in its unit, the ratios to raw httpx and the verdict on oai's."""
    rows: dict[str, Any] = {}
    for row in report.ROWS:
        if row not in counts:
            continue
        unit, scale = UNITS[row]
        by_name = counts[row]
        floor = by_name.get("raw")
        ratios = {
            name: None if value is None or not floor else _round(value / floor)
            for name, value in by_name.items()
        }
        limit = report.ROWS[row][4]
        oai = ratios.get("oai")
        rows[row] = {
            "unit": unit,
            "value": {n: None if v is None else _round(v * scale) for n, v in by_name.items()},
            "ratio_to_raw": ratios,
            "instructions": {n: None if v is None else round(v) for n, v in by_name.items()},
            "target": None if limit is None else f"oai/raw ≤ {limit}",
            "meets_target": None if limit is None or oai is None else oai <= limit,
        }
        if row == "async_cpu":
            rows[row] |= _async_verdict(by_name)
    return rows


def _async_verdict(by_name: dict[str, float | None]) -> dict[str, Any]:
    """The async target in instructions: a burst bound by the client's CPU serves requests at
    the inverse of their cost, so "3x the official client's throughput" reads as costing at
    most a third of its instructions per request, and "at least raw httpx2's" as no more."""
    oai = by_name.get("oai")
    found: dict[str, Any] = {"target": "openai/oai ≥ 3, httpx2/oai ≥ 1"}
    for other in ("openai", "httpx2"):
        value = by_name.get(other)
        found[f"ratio_{other}_to_oai"] = None if not oai or value is None else _round(value / oai)
    official, fork = found["ratio_openai_to_oai"], found["ratio_httpx2_to_oai"]
    found["meets_target"] = (
        None
        if official is None
        else official >= report.ASYNC_OVER_OFFICIAL and (fork is None or fork >= 1.0)
    )
    return found


def table(rows: dict[str, Any], names: Sequence[str], labels: dict[str, str]) -> str:
    """The CPU table's layout (`report.table`), with counts in place of times."""
    others, lines = report.table_head(names, labels)
    for row, (label, _unit, _scale, target, _limit) in report.ROWS.items():
        if row not in rows:
            continue
        data = rows[row]
        cells = [label, data["unit"], _fmt(data["value"].get("raw"))]
        for name in others:
            cells += [_fmt(data["value"].get(name)), _times(data["ratio_to_raw"].get(name))]
        if data.get("ratio_openai_to_oai") is not None:
            target = f"openai ≥ 3× oai ({_times(data['ratio_openai_to_oai'])})"  # noqa: RUF001
            if data.get("ratio_httpx2_to_oai") is not None:
                target += f", httpx2 ≥ oai ({_times(data['ratio_httpx2_to_oai'])})"
        verdict = {True: "pass", False: "**FAIL**", None: "—"}[data["meets_target"]]
        lines.append("| " + " | ".join([*cells, target, verdict]) + " |")
    return "\n".join(lines)


def run(contenders: Sequence[type[Contender]], progress: Progress) -> dict[str, Any]:
    """Check every contender's answers (as the CPU run does), then count every row."""
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="bench-callgrind-") as temporary:
        directory = Path(temporary)
        marks = build_marks(directory)
        compile_bytecode()
        with server_process() as base_url:
            for contender in contenders:
                worker = Worker(contender, base_url)  # not under valgrind: only correctness
                try:
                    refuse_wrong_answers(worker, contender, base_url)
                finally:
                    worker.close()
                progress(f"check: {contender.label} returns exactly what the server sent")
            counts, versions = measure_rows(contenders, base_url, marks, directory, progress)
        imports = measure_imports(contenders, marks, directory, progress)
    counts["import"] = {name: statistics.median(values) for name, values in imports.items()}
    rows = summarise(counts)
    rows["import"]["samples"] = imports
    names = [c.name for c in contenders]
    labels = {c.name: c.label for c in contenders}
    valgrind = subprocess.run(
        ["valgrind", "--version"], capture_output=True, text=True, check=False
    )
    return {
        "meta": {
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
            "seconds": round(time.time() - started, 1),
            "valgrind": valgrind.stdout.strip(),
            "versions": versions,
            "iterations": ITERATIONS,
            "warmup": WARMUP,
            "import_runs": IMPORT_RUNS,
            "method": "instructions executed by the client process (callgrind's Ir), counted "
            "only between marks around the measured calls; the server is not under valgrind; "
            f"PYTHONHASHSEED={HASH_SEED}; import is the median of fresh interpreters",
        },
        "rows": rows,
        "table": table(rows, names, labels),
    }
