"""Run every example: against the real API when OPENAI_API_KEY is set, else a local fake server.

The local server is `oai.testing.FakeOpenAI`; its replies are canned, but every request and
response goes over real HTTP, through the same code a real call uses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

from oai.testing import FakeOpenAI


def examples(here: Path) -> list[str]:
    """Every script beside this one, in name order."""
    return sorted(path.name for path in here.glob("*.py") if path.name != Path(__file__).name)


def main() -> int:
    here = Path(__file__).resolve().parent
    env = dict(os.environ)
    with ExitStack() as stack:
        if env.get("OPENAI_API_KEY"):
            print("OPENAI_API_KEY is set: running the examples against the real API\n")
        else:
            server = stack.enter_context(FakeOpenAI())
            env["OPENAI_BASE_URL"] = server.base_url
            print(f"OPENAI_API_KEY is not set: running the examples against {server.base_url}\n")
        for name in examples(here):
            print(f"=== examples/{name}")
            result = subprocess.run([sys.executable, str(here / name)], env=env, check=False)
            if result.returncode != 0:
                print(f"examples/{name} failed with exit code {result.returncode}")
                return result.returncode
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
