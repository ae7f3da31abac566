"""What `chunk.partial` costs per chunk of a streamed structured reply, early and late.

A reply of 2,000 chunks is fed to the incremental parser (`oai._partial_json.PartialJSON`) and
through the selector a streamed `response_format=T` call uses (`oai._structured.PartialAnswers`
over `content_chunks`, which builds each `ContentChunk` with its `partial`). The cost per chunk
should not grow with the reply: the report gives the median for the first and the last 10 % of
chunks and their ratio. The approach it replaces, parsing the whole buffer again on every chunk
(jiter's partial mode, the fastest parser of that kind), is measured the same way beside it.

Each chunk is timed alone (`perf_counter_ns` around the call, so each figure includes one clock
read, some 0.05 µs), in `reps` fresh runs over the whole reply; a chunk's figure is its median
over the runs, and the whole reply's is the median over runs of the sum of its chunks. Runs in
this process: it measures CPU work on strings, no I/O. Both of ours, and the re-parse, must end
with exactly `json.loads` of the reply, or the bench stops.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from .report import _times
from .runner import BenchError

__all__ = ["reply", "run", "table"]

CHUNKS = 2000


def reply() -> tuple[str, list[str]]:
    """A realistic structured reply, and its text cut at 1,999 places (fixed seed)."""
    rng = random.Random(13)
    words = ["river", "stone", "light", "harbour", "market", "bridge", "garden", "tower", "lamp"]
    document = {
        "title": "A week on the coast",
        "items": [
            {
                "name": f"{rng.choice(words)} {rng.choice(words)}",
                "day": i % 7 + 1,
                "price": round(rng.uniform(5, 90), 2),
                "note": " ".join(rng.choice(words) for _ in range(6)),
            }
            for i in range(60)
        ],
        "summary": " ".join(rng.choice(words) for _ in range(450)),
    }
    text = json.dumps(document)
    cuts = sorted(rng.sample(range(1, len(text)), CHUNKS - 1))
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    return text, pieces


def _measure(
    make: Callable[[], Callable[[str], Any]], pieces: list[str], reps: int
) -> dict[str, float]:
    """Each chunk's median time over `reps` fresh runs (µs), and the whole reply's (ms)."""
    times: list[list[float]] = [[] for _ in pieces]
    totals: list[float] = []
    clock = time.perf_counter_ns
    for _ in range(reps):
        feed = make()
        total = 0
        for i, piece in enumerate(pieces):
            started = clock()
            feed(piece)
            took = clock() - started
            times[i].append(took / 1000)
            total += took
        totals.append(total / 1e6)
    return _summary([statistics.median(t) for t in times], statistics.median(totals))


def _summary(per_chunk: list[float], total_ms: float) -> dict[str, float]:
    tenth = len(per_chunk) // 10
    first = statistics.median(per_chunk[:tenth])
    last = statistics.median(per_chunk[-tenth:])
    return {
        "first_10pct_us": round(first, 2),
        "last_10pct_us": round(last, 2),
        "growth": round(last / first, 2),
        "total_ms": round(total_ms, 2),
    }


def _parser() -> Callable[[str], Any]:
    from oai._partial_json import PartialJSON

    parser = PartialJSON()

    def feed(piece: str) -> Any:
        parser.feed(piece)
        return parser.value

    return feed


def _selector() -> Callable[[str], Any]:
    from oai._chat import content_chunks
    from oai._structured import PartialAnswers

    select = PartialAnswers(content_chunks)

    def feed(piece: str) -> Any:
        payload = {"choices": [{"index": 0, "delta": {"content": piece}}]}
        return select(payload, None)[0].partial

    return feed


def _reparse() -> Callable[[str], Any]:
    import jiter

    buffer: list[str] = []

    def feed(piece: str) -> Any:
        buffer.append(piece)
        return jiter.from_json("".join(buffer).encode(), partial_mode="trailing-strings")

    return feed


def check(text: str, pieces: list[str], reparse: bool) -> None:
    """Each contender must end with exactly the document; a wrong answer stops the bench."""
    from oai._partial_json import PartialJSON

    wanted = json.loads(text)
    parser = PartialJSON()
    for piece in pieces:
        parser.feed(piece)
    if parser.close() != wanted:
        raise BenchError("partial JSON: PartialJSON.close() is not json.loads of the reply")
    contenders = [("the last chunk's partial", _selector)]
    if reparse:
        contenders.append(("jiter's re-parse of the whole reply", _reparse))
    for name, make in contenders:
        feed = make()
        last = None
        for piece in pieces:
            last = feed(piece)
        if last != wanted:
            raise BenchError(f"partial JSON: {name} is not json.loads of the reply")


def run(reps: int) -> dict[str, Any]:
    text, pieces = reply()
    try:
        import jiter  # noqa: F401
    except ImportError:
        reparse = False
    else:
        reparse = True
    check(text, pieces, reparse)
    rows: dict[str, Any] = {
        "PartialJSON.feed + .value": _measure(_parser, pieces, reps),
        "ContentChunk with .partial (the callback's chunk)": _measure(_selector, pieces, reps),
    }
    notes = []
    if reparse:
        rows["re-parse the buffer each chunk (jiter, Rust)"] = _measure(_reparse, pieces, reps)
    else:
        notes.append("re-parsing the buffer each chunk not measured: jiter is not installed")
    return {
        "chunks": len(pieces),
        "characters": len(text),
        "reps": reps,
        "rows": rows,
        "notes": notes,
    }


def table(result: dict[str, Any]) -> str:
    head = (
        f"Partial JSON, a {result['characters']:,}-character reply in {result['chunks']:,}"
        f" chunks ({result['reps']} runs):\n\n"
        "| per chunk | first 10 % | last 10 % | growth | whole reply |\n"
        "|---|---|---|---|---|"
    )
    lines = [head]
    for name, row in result["rows"].items():
        lines.append(
            f"| {name} | {row['first_10pct_us']:.2f} µs | {row['last_10pct_us']:.2f} µs"
            f" | {_times(row['growth'])} | {row['total_ms']:.1f} ms |"
        )
    if result["notes"]:
        lines += ["", *(f"- {note}" for note in result["notes"])]
    return "\n".join(lines)
