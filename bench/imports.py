"""Import time, measured in fresh interpreters with the bytecode already cached.

A process imports the contender's module between two readings of its own CPU clock (the
interpreter's start-up is not counted) and prints the difference; a first, unrecorded run of each
makes sure every `.pyc` exists. "First call" also makes a client and sends one chat request, which
shows work a library defers from import to first use.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Any

from .contenders import API_KEY, Contender
from .runner import ROOT, USER_ENV, BenchError

_IMPORT = """
import time
cpu, wall = time.process_time(), time.perf_counter()
{statement}
print(time.process_time() - cpu, time.perf_counter() - wall)
"""

_FIRST_CALL = """
import time
cpu, wall = time.process_time(), time.perf_counter()
{statement}
{call}
print(time.process_time() - cpu, time.perf_counter() - wall)
"""

_MESSAGES = "[{'role': 'user', 'content': 'Hello'}]"
_CALLS = {
    "raw": (
        "r = httpx.post('{url}/v1/chat/completions', headers={{'Authorization': 'Bearer {key}'}},"
        " content=json.dumps({{'model': 'gpt-4.1', 'messages': {messages}}}).encode());"
        " json.loads(r.content)"
    ),
    "httpx2": (
        "r = httpx2.post('{url}/v1/chat/completions', headers={{'Authorization': 'Bearer {key}'}},"
        " content=json.dumps({{'model': 'gpt-4.1', 'messages': {messages}}}).encode());"
        " json.loads(r.content)"
    ),
    "oai": "oai.new('{key}', base_url='{url}/v1').chat({messages})",
    "openai": (
        "openai.OpenAI(api_key='{key}', base_url='{url}/v1')"
        ".chat.completions.create(model='gpt-4.1', messages={messages})"
    ),
}


def _run(code: str) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=USER_ENV,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise BenchError(f"a fresh interpreter failed:\n{done.stderr}")
    cpu, wall = done.stdout.split()[-2:]
    return float(cpu), float(wall)


def measure_imports(
    contenders: Sequence[type[Contender]], base_url: str, samples: int, progress: Any
) -> dict[str, dict[str, list[dict[str, float]]]]:
    """`{"import": {name: [...]}, "first_call": {name: [...]}}`, each sample `{cpu, wall}`."""
    codes = {}
    for contender in contenders:
        call = _CALLS[contender.name].format(url=base_url, key=API_KEY, messages=_MESSAGES)
        codes[contender.name] = {
            "import": _IMPORT.format(statement=contender.import_statement),
            "first_call": _FIRST_CALL.format(statement=contender.import_statement, call=call),
        }
    for code in codes.values():  # compile and cache every .pyc before measuring
        _run(code["first_call"])
    results: dict[str, dict[str, list[dict[str, float]]]] = {
        kind: {c.name: [] for c in contenders} for kind in ("import", "first_call")
    }
    for sample in range(samples):
        shift = sample % len(contenders)
        for contender in [*contenders[shift:], *contenders[:shift]]:
            for kind in ("import", "first_call"):
                cpu, wall = _run(codes[contender.name][kind])
                results[kind][contender.name].append({"cpu": cpu, "wall": wall})
        progress(f"imports: sample {sample + 1}/{samples}")
    return results
