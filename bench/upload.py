"""Peak memory of `upload_large_file`: a 1 GB file sent in 64 MB parts.

The claim to check is that memory stays bounded by one part in flight, whatever the file's
size. The file is sparse (it takes no disk, reads as zeros), the server is `FakeOpenAI` in this
process (which keeps no content above 64 MiB, only the parts' sizes), and the upload runs in a
fresh child process, so its peak RSS (`ru_maxrss`) is the client's alone: measured after
`import oai` and the client's first request (the baseline) and after the upload (the peak).
The answer is checked: the file made must have every byte, from the parts in order.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from .runner import BenchError, run_child

__all__ = ["run", "table"]

MIB = 2**20

_CHILD = r"""
import json, resource, sys, time
import oai

base_url, path, part_size = sys.argv[1], sys.argv[2], int(sys.argv[3])
client = oai.new("sk-bench", base_url=base_url, timeout=300)
client.models()  # connections, the generated models of an answer: what any program has
baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
made = client.upload_large_file(path, "batch", part_size=part_size, mime_type="text/plain")
took = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"id": made.id, "bytes": made.bytes_, "baseline_kb": baseline,
                  "peak_kb": peak, "seconds": took}))
"""


def run(size: int, part_size: int = 64 * MIB) -> dict[str, Any]:
    from oai.testing import FakeOpenAI

    with tempfile.TemporaryDirectory() as folder, FakeOpenAI() as server:
        path = Path(folder, "big.jsonl")
        with path.open("wb") as handle:
            handle.truncate(size)  # sparse: no disk used, reads as zeros
        result = run_child("upload", _CHILD, server.base_url, str(path), str(part_size))
        parts = -(-size // part_size)
        sent = [r for r in server.requests if r.path.endswith("/parts")]
        if result["bytes"] != size or len(sent) != parts:
            raise BenchError(
                f"upload: the file made has {result['bytes']} bytes from {len(sent)} parts,"
                f" not {size} from {parts}"
            )
    return {
        "size_mib": size // MIB,
        "part_mib": part_size / MIB,
        "parts": parts,
        "baseline_mib": round(result["baseline_kb"] / 1024, 1),
        "peak_mib": round(result["peak_kb"] / 1024, 1),
        "growth_mib": round((result["peak_kb"] - result["baseline_kb"]) / 1024, 1),
        "seconds": round(result["seconds"], 1),
        "mib_per_second": round(size / MIB / result["seconds"], 1),
    }


def table(result: dict[str, Any]) -> str:
    return "\n".join(
        [
            f"upload_large_file, a {result['size_mib']:,} MiB sparse file in"
            f" {result['parts']} parts of {result['part_mib']:g} MiB, to FakeOpenAI on loopback:",
            "",
            "| peak RSS before | peak RSS after | growth | time | throughput |",
            "|---|---|---|---|---|",
            f"| {result['baseline_mib']} MiB | {result['peak_mib']} MiB"
            f" | {result['growth_mib']} MiB | {result['seconds']} s"
            f" | {result['mib_per_second']} MiB/s |",
        ]
    )
