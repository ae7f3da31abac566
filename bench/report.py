# ruff: noqa: RUF001 -- the tables use the multiplication sign on purpose
"""The results: one table (markdown, so the README can take it as it is) and one JSON file."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .runner import median, paired_ratio

# row key -> (label, unit, scale to unit, target as text, the limit oai/raw must stay under)
ROWS: dict[str, tuple[str, str, float, str, float | None]] = {
    "import": ("`import` (fresh process, CPU)", "ms", 1e3, "≤ 1.25×", 1.25),
    "first_call": ("import + client + first chat (CPU)", "ms", 1e3, "—", None),
    "chat": ("`chat()`, 2 messages, typed", "µs/req", 1e6, "≤ 1.1×", 1.1),
    "session": ("session `send()`, 21 messages", "µs/req", 1e6, "≤ 1.15×", 1.15),
    "history": ("session minus chat: 19 more messages", "µs/req", 1e6, "—", None),
    "stream": ("streaming, per chunk, typed + callback", "µs/chunk", 1e6, "≤ 1.5×", 1.5),
    "embed": ("embeddings, 1536 floats, typed", "µs/req", 1e6, "≤ 1.05×", 1.05),
    "response": ("`create_response()`, a 3.1 KB Response, typed", "µs/req", 1e6, "≤ 1.1×", 1.1),
    "response_stream": (
        "Responses stream, per event, typed + callback",
        "µs/event",
        1e6,
        "≤ 1.3×",
        1.3,
    ),
    "responses_session": ("Responses session `send()`", "µs/req", 1e6, "—", None),
    "async_rps": (
        "async chat, {total:,} req at concurrency {concurrency}",
        "req/s",
        1.0,
        "≥ 3× openai",
        None,
    ),
    "async_cpu": ("async, CPU per request", "µs/req", 1e6, "—", None),
    "peak_rss": ("peak RSS after all of the above", "MB", 1 / 1024, "≤ 1.1×", 1.1),
}


ASYNC_OVER_OFFICIAL = 3.0
"""Async throughput: oai must serve at least this many times the official client's."""


def summarise(samples: dict[str, dict[str, list[float | None]]]) -> dict[str, Any]:
    """Medians and paired ratios to raw httpx for every row that has samples."""
    rows: dict[str, Any] = {}
    for row, by_contender in samples.items():
        floor = by_contender.get("raw", [])
        rows[row] = {
            "unit": ROWS[row][1],
            "median": {name: _scaled(row, median(values)) for name, values in by_contender.items()},
            "ratio_to_raw": {
                name: _round(paired_ratio(values, floor)) for name, values in by_contender.items()
            },
            "samples": {
                name: [_scaled(row, v) for v in values] for name, values in by_contender.items()
            },
        }
        if row == "async_rps":  # more is better: oai against the official client and its httpx2
            oai = by_contender.get("oai")
            for other in ("openai", "httpx2"):
                if oai and by_contender.get(other):
                    ratio = paired_ratio(oai, by_contender[other])
                    rows[row][f"ratio_oai_to_{other}"] = _round(ratio)
        target = ROWS[row][4]
        if target is not None:
            ratio = rows[row]["ratio_to_raw"].get("oai")
            rows[row]["target"] = f"oai/raw ≤ {target}"
            rows[row]["meets_target"] = None if ratio is None else ratio <= target
        elif row == "async_rps":
            ratio = rows[row].get("ratio_oai_to_openai")
            fork = rows[row].get("ratio_oai_to_httpx2")
            rows[row]["target"] = "oai ≥ 3 × openai, and ≥ raw httpx2"
            rows[row]["meets_target"] = (
                None
                if ratio is None
                else ratio >= ASYNC_OVER_OFFICIAL and (fork is None or fork >= 1.0)
            )
    return rows


def _scaled(row: str, value: float | None) -> float | None:
    return None if value is None else _round(value * ROWS[row][2])


def _round(value: float | None) -> float | None:
    if value is None:
        return None
    return round(value, 3 if abs(value) < 10 else 1)


def table(
    rows: dict[str, Any], names: list[str], labels: dict[str, str], async_run: dict[str, int]
) -> str:
    """A markdown table: each contender's median, its ratio to raw httpx, the target, verdict."""
    others, lines = table_head(names, labels)
    for row, (label, unit, _, target, _limit) in ROWS.items():
        if row not in rows:
            continue
        data = rows[row]
        cells = [label.format(**async_run), unit, _fmt(data["median"].get("raw"))]
        for name in others:
            cells += [_fmt(data["median"].get(name)), _times(data["ratio_to_raw"].get(name))]
        if row == "async_rps" and data.get("ratio_oai_to_openai") is not None:
            target = f"≥ 3× openai ({_times(data['ratio_oai_to_openai'])} of it)"
            if data.get("ratio_oai_to_httpx2") is not None:
                target += f", ≥ httpx2 ({_times(data['ratio_oai_to_httpx2'])})"
        verdict = {True: "pass", False: "**FAIL**", None: "—"}[data.get("meets_target")]
        cells += [target, verdict]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def table_head(names: Sequence[str], labels: dict[str, str]) -> tuple[list[str], list[str]]:
    """The contenders other than raw, and the header lines every results table starts with."""
    others = [n for n in names if n != "raw"]
    header = ["what", "unit", labels.get("raw", "raw")]
    for name in others:
        header += [labels[name], f"{name}/raw"]
    header += ["target (oai)", "oai"]
    return others, ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]


def _fmt(value: float | None) -> str:
    if value is None:
        return "n/a"
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 100:
        return f"{value:.0f}"
    return f"{value:.1f}" if value >= 10 else f"{value:.2f}"


def _times(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{ratio:.2f}×"


def write_json(path: Path, results: dict[str, Any]) -> None:
    """Write through a `.tmp` file (ignored by git) so a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    os.replace(temporary, path)
