# ruff: noqa: RUF001 -- the table's ratios use the multiplication sign, as bench/report.py does
"""`python -m bench --instructions`: reading callgrind's dumps, and callgrind counting for real.

The reading is tested on hand-written dumps so that it runs everywhere; the counting needs
valgrind and gcc, and is skipped with the reason where they are missing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import instructions, payloads  # noqa: E402
from bench.runner import BenchError  # noqa: E402


def _dump(path: Path, trigger: str, totals: int) -> None:
    """The lines of a callgrind dump that matter here, among some that do not."""
    path.write_text(
        "# callgrind format\nversion: 1\ncreator: callgrind-3.19.0\n\n"
        f"desc: Timerange: Basic block 0 - 1000\ndesc: Trigger: {trigger}\n\n"
        f"positions: line\nevents: Ir\nsummary: {totals}\n\nfn=(1) main\n16 {totals}\n\n"
        f"totals: {totals}\n"
    )


def test_dumps_become_counts_per_call_ratios_and_verdicts(tmp_path: Path) -> None:
    _dump(tmp_path / "raw.1", "Client Request: chat|10", 2_000_000)
    _dump(tmp_path / "raw.2", "Client Request: stream|3", 6_000_000)
    _dump(tmp_path / "raw", "Program termination", 0)  # valgrind's own, at exit
    _dump(tmp_path / "oai.1", "Client Request: chat|10", 2_100_000)
    _dump(tmp_path / "oai.2", "Client Request: stream|3", 9_000_000)

    raw = instructions.read_marks(tmp_path / "raw")
    assert raw == {"chat|10": 2_000_000, "stream|3": 6_000_000}
    oai = instructions.read_marks(tmp_path / "oai")
    assert instructions.per_unit("chat|10", raw["chat|10"]) == ("chat", 200_000)
    row, per_event = instructions.per_unit("stream|3", raw["stream|3"])
    assert row == "stream"
    assert per_event == pytest.approx(2_000_000 / payloads.STREAM_EVENTS)

    per_call = instructions.per_unit
    counts: dict[str, dict[str, float | None]] = {
        "chat": {
            "raw": per_call("chat|10", raw["chat|10"])[1],
            "oai": per_call("chat|10", oai["chat|10"])[1],
        },
        "stream": {
            "raw": per_call("stream|3", raw["stream|3"])[1],
            "oai": per_call("stream|3", oai["stream|3"])[1],
        },
        "embed": {"raw": 100_000.0, "oai": 104_000.0, "openai": None},
    }
    rows = instructions.summarise(counts)

    chat = rows["chat"]
    assert chat["unit"] == "k instr/req"
    assert chat["value"] == {"raw": 200.0, "oai": 210.0}
    assert chat["ratio_to_raw"]["oai"] == pytest.approx(1.05)
    assert chat["meets_target"] is True  # limit 1.1
    stream = rows["stream"]
    assert stream["unit"] == "k instr/event"
    assert stream["ratio_to_raw"]["oai"] == pytest.approx(1.5)
    assert stream["meets_target"] is True  # limit 1.5: at the limit still passes
    assert rows["embed"]["ratio_to_raw"] == {"raw": 1.0, "oai": 1.04, "openai": None}
    assert rows["embed"]["meets_target"] is True

    counts["chat"]["oai"] = 230_000.0  # 1.15x against a 1.1x limit
    rows = instructions.summarise(counts)
    assert rows["chat"]["meets_target"] is False

    labels = {"raw": "raw", "oai": "oai", "openai": "openai"}
    lines = instructions.table(rows, ["raw", "oai", "openai"], labels).splitlines()
    chat_line = next(line for line in lines if "`chat()`" in line)
    assert "| 1.15× |" in chat_line
    assert chat_line.endswith("| **FAIL** |")
    embed_line = next(line for line in lines if line.startswith("| embeddings"))
    assert "| n/a | n/a |" in embed_line  # openai could not do it: no number, no ratio
    assert embed_line.endswith("| pass |")


def test_the_async_row_is_judged_against_the_official_client_and_httpx2() -> None:
    """Throughput of a client-bound burst is the inverse of its cost per request: 3x the
    official client's throughput is a third of its instructions, httpx2's at most as many."""
    counts: dict[str, dict[str, float | None]] = {
        "async_cpu": {"raw": 6_000_000.0, "oai": 3_000_000.0, "openai": 9_300_000.0}
    }
    row = instructions.summarise(counts)["async_cpu"]
    assert row["unit"] == "k instr/req"
    assert row["ratio_openai_to_oai"] == pytest.approx(3.1)
    assert row["ratio_httpx2_to_oai"] is None  # not installed: judged on the official alone
    assert row["meets_target"] is True

    counts["async_cpu"]["httpx2"] = 2_900_000.0  # httpx2 cheaper than oai: fails
    assert instructions.summarise(counts)["async_cpu"]["meets_target"] is False
    counts["async_cpu"] |= {"httpx2": 5_000_000.0, "openai": 8_700_000.0}  # 2.9x the official
    row = instructions.summarise(counts)["async_cpu"]
    assert row["meets_target"] is False
    names = ["raw", "oai", "openai", "httpx2"]
    line = instructions.table({"async_cpu": row}, names, {n: n for n in names}).splitlines()[-1]
    assert "openai ≥ 3× oai (2.90×), httpx2 ≥ oai (1.67×)" in line
    assert line.endswith("| **FAIL** |")


def test_a_duplicate_mark_is_refused(tmp_path: Path) -> None:
    _dump(tmp_path / "raw.1", "Client Request: chat|10", 1)
    _dump(tmp_path / "raw.2", "Client Request: chat|10", 2)
    with pytest.raises(BenchError, match="both marked"):
        instructions.read_marks(tmp_path / "raw")


_LOOP = """
import ctypes
marks = ctypes.CDLL({marks!r})
marks.marks_stop.argtypes = [ctypes.c_char_p]

def work():
    return sum(i * i for i in range(500))

for _ in range(30):  # past the adaptive interpreter's specialising, as the bench warms up
    work()
for n in (10, 20):
    marks.marks_start()
    for _ in range(n):
        work()
    marks.marks_stop(f"work|{{n}}".encode())
"""


@pytest.mark.skipif(
    instructions.missing_tool() is not None,
    reason=f"needs valgrind, gcc and <valgrind/callgrind.h>: {instructions.missing_tool()}",
)
def test_callgrind_counts_twice_the_loop_as_twice_the_instructions(tmp_path: Path) -> None:
    marks = instructions.build_marks(tmp_path)
    prefix = tmp_path / "loop"
    done = subprocess.run(
        [*instructions.callgrind(prefix), sys.executable, "-c", _LOOP.format(marks=str(marks))],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONHASHSEED": "0", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    found = instructions.read_marks(prefix)
    assert set(found) == {"work|10", "work|20"}
    assert found["work|10"] > 100_000  # the loop, not just the marks' own calls
    assert found["work|20"] / found["work|10"] == pytest.approx(2, rel=0.1)
