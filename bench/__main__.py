"""`python -m bench`: oai vs raw httpx (vs the official openai package when installed).

    python -m bench                 # the full run, ~2-4 minutes on an idle 2-core machine
    python -m bench --quick         # a smoke run: checks everything works, numbers are rough
    python -m bench --pools         # async pool sizes and transports, instead of the main table
    python -m bench --instructions  # the rows in instructions counted by callgrind, repeatably
    python -m bench --map           # client.map against FakeOpenAI(rate_limit=N): bench/fan_out.py

What happens: the server starts in its own process; each contender gets a client process; each
contender's answers are checked against what the server sent (any difference stops the run);
then every row is measured in interleaved repetitions, as client CPU time (`process_time` of the
client process alone), and medians are reported with the ratio to raw httpx taken within each
repetition. Import time is measured in fresh interpreters; peak RSS is each client process's
own, after it has done everything else. Results: a markdown table on stdout and JSON in
`bench/results/latest.json`. Nothing here is a test: no number makes anything fail.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Any

from . import extras, fan_out, instructions, partial, payloads, pools, report, sizes, upload
from .contenders import CONTENDERS, Contender
from .imports import measure_imports
from .runner import (
    ROOT,
    BenchError,
    Worker,
    compile_bytecode,
    measure_async,
    measure_rows,
    refuse_wrong_answers,
    server_process,
)

FULL = {
    "reps": 15,
    "iterations": {
        "chat": 100,
        "session": 60,
        "stream": 5,
        "embed": 60,
        "response": 80,
        "response_stream": 5,
        "responses_session": 60,
    },
    "async_total": 2000,
    "async_concurrency": 100,
    "async_reps": 5,
    "import_samples": 15,
    "partial_reps": 15,
    "upload_bytes": 2**30,
    "session_exchanges": 500,
}
QUICK = {
    "reps": 3,
    "iterations": {
        "chat": 20,
        "session": 10,
        "stream": 1,
        "embed": 10,
        "response": 15,
        "response_stream": 1,
        "responses_session": 10,
    },
    "async_total": 400,
    "async_concurrency": 100,
    "async_reps": 1,
    "import_samples": 3,
    "partial_reps": 3,
    "upload_bytes": 2**28,
    "session_exchanges": 50,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run (well under a minute)")
    parser.add_argument("--pools", action="store_true", help="async pool sizes and transports")
    parser.add_argument("--sizes", action="store_true", help="package and install sizes vs openai")
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="instructions per request under callgrind (repeatable where CPU time is not)",
    )
    parser.add_argument(
        "--only", default="", help="comma-separated contenders (default: all installed)"
    )
    parser.add_argument(
        "--map", action="store_true", help="client.map against a rate-limited fake, N = 50, 500"
    )
    parser.add_argument("--out", type=Path, help="the JSON file (default bench/results/...)")
    args = parser.parse_args(argv)
    if args.map:
        return fan_out.main(["--quick"] if args.quick else [])
    if args.sizes:
        sized = sizes.run(progress=note)
        report.write_json(args.out or ROOT / "bench" / "results" / "sizes.json", sized)
        print(sized["table"])
        return 0

    if args.instructions and (missing := instructions.missing_tool()):
        print(f"bench: {missing}", file=sys.stderr)
        return 2

    names = [n for n in args.only.split(",") if n] or list(CONTENDERS)
    unknown = [n for n in names if n not in CONTENDERS]
    if unknown:
        parser.error(f"unknown contender(s) {unknown}; choose from {list(CONTENDERS)}")
    if "raw" not in names:
        names.insert(0, "raw")  # the floor every ratio is taken against
    contenders = [CONTENDERS[n] for n in names if CONTENDERS[n].available()]
    for name in names:
        if not CONTENDERS[name].available():
            note(f"{name}: not installed, skipped (pip install -e '.[bench]' adds openai)")
    settings = QUICK if args.quick else FULL
    if args.instructions:
        default_name = "instructions.json"
    elif args.pools:
        default_name = "pools.json"
    else:
        default_name = "quick.json" if args.quick else "latest.json"
    out = args.out or ROOT / "bench" / "results" / default_name
    try:
        if args.instructions:
            results = instructions.run(contenders, progress=note)
        elif args.pools:
            results = pools.run(contenders, quick=args.quick, progress=note)
        else:
            results = run(contenders, settings)
    except BenchError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        return 1
    results["meta"] |= {"quick": args.quick, **machine()}
    report.write_json(out, results)
    print(results["table"])
    print(f"\nJSON: {os.path.relpath(out)}")
    return 0


def run(contenders: list[type[Contender]], settings: dict[str, Any]) -> dict[str, Any]:
    started = time.time()
    load_before = os.getloadavg()
    compile_bytecode()
    with server_process() as base_url:
        workers = [Worker(c, base_url) for c in contenders]
        try:
            for worker, contender in zip(workers, contenders, strict=True):
                refuse_wrong_answers(worker, contender, base_url)
                note(f"check: {contender.label} returns exactly what the server sent")
            samples: dict[str, Any] = measure_rows(
                workers, settings["iterations"], settings["reps"], note
            )
            # What 19 more messages of history cost: it should grow no faster than the floor's.
            samples["history"] = {
                name: [
                    None if s is None or c is None else s - c
                    for s, c in zip(samples["session"][name], samples["chat"][name], strict=True)
                ]
                for name in samples["session"]
            }
            runs = measure_async(
                workers,
                settings["async_total"],
                settings["async_concurrency"],
                settings["async_reps"],
                note,
            )
            samples["async_rps"] = {n: [r["rps"] for r in rs] for n, rs in runs.items()}
            samples["async_cpu"] = {n: [r["cpu_per_request"] for r in rs] for n, rs in runs.items()}
            samples["peak_rss"] = {w.name: [w.call("rss")["max_rss_kb"]] for w in workers}
            versions = {w.name: w.versions for w in workers}
            embed_notes = {w.name: w.embed_note for w in workers if w.embed_note}
        finally:
            for worker in workers:
                worker.close()
        imported = measure_imports(contenders, base_url, settings["import_samples"], note)
    for kind, by_name in imported.items():
        samples[kind] = {name: [s["cpu"] for s in values] for name, values in by_name.items()}
    rows = report.summarise({row: samples[row] for row in report.ROWS if row in samples})
    labels = {c.name: c.label for c in contenders}
    async_run = {"total": settings["async_total"], "concurrency": settings["async_concurrency"]}
    table = report.table(rows, [c.name for c in contenders], labels, async_run)
    if embed_notes:
        table += "\n\n" + "\n".join(f"- embeddings, {n}: {t}" for n, t in embed_notes.items())
    note("partial JSON: a 2,000-chunk structured reply")
    partials = partial.run(settings["partial_reps"])
    table += "\n\n" + partial.table(partials)
    note(f"upload_large_file: {settings['upload_bytes'] // 2**20} MiB in parts")
    uploaded = upload.run(settings["upload_bytes"])
    table += "\n\n" + upload.table(uploaded)
    note(f"with_options() and a session of {2 * settings['session_exchanges']:,} messages")
    extra = extras.run(settings["session_exchanges"])
    table += "\n\n" + extras.table(extra)
    return {
        "meta": {
            "started": time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(started)),
            "seconds": round(time.time() - started, 1),
            "load_average_before": load_before,
            "load_average_after": os.getloadavg(),
            "settings": settings,
            "versions": versions,
            "embeddings": embed_notes,
            "payloads": {
                "chat_messages": len(payloads.CHAT_MESSAGES),
                "session_messages": len(payloads.SESSION_HISTORY) + 1,
                "stream_events": payloads.STREAM_EVENTS,
                "response_bytes": len(json.dumps(payloads.RESPONSE, separators=(",", ":"))),
                "response_stream_events": payloads.RESPONSE_STREAM_EVENTS,
                "embedding_dimensions": payloads.EMBEDDING_DIMENSIONS,
            },
            "method": "client CPU time (process_time of the client process; the server runs "
            "in another); medians over interleaved repetitions; ratios are medians of "
            "per-repetition ratios to raw httpx",
        },
        "rows": rows,
        "partial_json": partials,
        "upload": uploaded,
        "extras": extra,
        "table": table,
    }


def machine() -> dict[str, Any]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }


def note(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
