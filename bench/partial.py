"""What `chunk.partial` costs per chunk of a streamed structured reply, early and late.

A reply of 2,000 chunks is fed to the incremental parser (`oai._partial_json.PartialJSON`) and
through the selector a streamed `response_format=T` call uses (`oai._structured.PartialAnswers`
over `content_chunks`, which builds each `ContentChunk` with its `partial`). The cost per chunk
should not grow with the reply: the report gives the median for the first and the last 10 % of
chunks and their ratio. The approach it replaces, parsing the whole buffer again on every chunk
(jiter's partial mode, the fastest parser of that kind), is measured the same way beside it.
Runs in this process: it measures CPU work on strings, no I/O.
"""

from __future__ import annotations

import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any

from .report import _times

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


def _per_chunk(
    make: Callable[[], Callable[[str], Any]], pieces: list[str], reps: int
) -> list[float]:
    """The median time of each chunk, in µs, over `reps` fresh runs."""
    times: list[list[float]] = [[] for _ in pieces]
    clock = time.perf_counter_ns
    for _ in range(reps):
        feed = make()
        for i, piece in enumerate(pieces):
            started = clock()
            feed(piece)
            times[i].append((clock() - started) / 1000)
    return [statistics.median(t) for t in times]


def _summary(per_chunk: list[float]) -> dict[str, float]:
    tenth = len(per_chunk) // 10
    first = statistics.median(per_chunk[:tenth])
    last = statistics.median(per_chunk[-tenth:])
    return {
        "first_10pct_us": round(first, 2),
        "last_10pct_us": round(last, 2),
        "growth": round(last / first, 2),
        "total_ms": round(sum(per_chunk) / 1000, 2),
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


def check(text: str, pieces: list[str]) -> None:
    """Both of ours must end with exactly the document; a wrong answer stops the bench."""
    from oai._partial_json import PartialJSON

    parser = PartialJSON()
    for piece in pieces:
        parser.feed(piece)
    if parser.close() != json.loads(text):
        raise AssertionError("PartialJSON did not add up to the document")
    feed = _selector()
    last = None
    for piece in pieces:
        last = feed(piece)
    if last != json.loads(text):
        raise AssertionError("the last chunk's partial is not the whole document")


def run(reps: int) -> dict[str, Any]:
    text, pieces = reply()
    check(text, pieces)
    rows: dict[str, Any] = {
        "PartialJSON.feed + .value": _summary(_per_chunk(_parser, pieces, reps)),
        "ContentChunk with .partial (the callback's chunk)": _summary(
            _per_chunk(_selector, pieces, reps)
        ),
    }
    try:
        import jiter  # noqa: F401
    except ImportError:
        rows["re-parse with jiter (not installed)"] = None
    else:
        rows["re-parse the buffer each chunk (jiter, Rust)"] = _summary(
            _per_chunk(_reparse, pieces, reps)
        )
    return {"chunks": len(pieces), "characters": len(text), "reps": reps, "rows": rows}


def table(result: dict[str, Any]) -> str:
    head = (
        f"Partial JSON, a {result['characters']:,}-character reply in {result['chunks']:,}"
        f" chunks ({result['reps']} runs):\n\n"
        "| per chunk | first 10 % | last 10 % | growth | whole reply |\n"
        "|---|---|---|---|---|"
    )
    lines = [head]
    for name, row in result["rows"].items():
        if row is None:
            lines.append(f"| {name} | | | | |")
            continue
        lines.append(
            f"| {name} | {row['first_10pct_us']:.2f} µs | {row['last_10pct_us']:.2f} µs"
            f" | {_times(row['growth'])} | {row['total_ms']:.1f} ms |"
        )
    return "\n".join(lines)
