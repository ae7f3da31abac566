"""Helpers for the packaging suite: running pip and tools on the wheel, away from the repo."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# What pip prints when the index cannot be reached, as opposed to a broken build.
OFFLINE_SIGNS = (
    "NewConnectionError",
    "Max retries exceeded",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "No matching distribution found",
    "Could not find a version that satisfies",
)

# Build by-products that must not be left in the repo.
BUILD_LEFTOVERS = ("build", "dist", "*.egg-info")


def isolated_env() -> dict[str, str]:
    """The environment for tools run on the installed wheel, without paths into the repo.

    `PYTHONPATH` or `MYPYPATH` pointing at `wrapper/` or `generated/` would let the source tree
    stand in for the installed packages and hide exactly what these tests look for.
    """
    env = dict(os.environ)
    for name in ("PYTHONPATH", "MYPYPATH", "MYPY_CACHE_DIR", "VIRTUAL_ENV", "PYTHONHOME"):
        env.pop(name, None)
    env["PYTHONNOUSERSITE"] = "1"
    return env


def run_pip(args: list[str], what: str) -> None:
    """Run pip; skip when the package index is unreachable, fail with its output otherwise."""
    done = subprocess.run(
        [sys.executable, "-m", "pip", *args],
        capture_output=True,
        text=True,
        timeout=600,
        env=isolated_env(),
        check=False,
    )
    if done.returncode == 0:
        return
    output = done.stdout + done.stderr
    if any(sign in output for sign in OFFLINE_SIGNS):
        pytest.skip(f"cannot {what}: the package index looks unreachable\n{output[-1500:]}")
    pytest.fail(f"cannot {what} (pip exited {done.returncode}):\n{output}")


def leftovers() -> set[Path]:
    return {path for pattern in BUILD_LEFTOVERS for path in REPO.glob(pattern)}
