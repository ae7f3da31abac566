"""Fixtures for the packaging suite: the wheel built from this repo, installed in a fresh venv.

Type-checking the source tree (`make lint`) cannot tell what a user gets from `pip install`:
a package missing from the wheel, or shipped without its `py.typed`, still looks typed there.
So these fixtures build the real wheel and install it where nothing of the repo is importable.
Both are made once per session, as they take a few seconds each. The build needs hatchling and
the install httpx and attrs from the package index; without it, the tests skip with the reason.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from wheel_support import REPO, isolated_env, leftovers, run_pip


@pytest.fixture(scope="session")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel of this repo, as `pip install /path/to/repo` would build it."""
    before = leftovers()
    out = tmp_path_factory.mktemp("wheel")
    run_pip(["wheel", "--no-deps", "--quiet", "--wheel-dir", str(out), str(REPO)], "build")
    wheels = list(out.glob("oai-*.whl"))
    assert len(wheels) == 1, f"expected one oai wheel, got {wheels}"
    assert leftovers() == before, f"the build left files in the repo: {leftovers() - before}"
    return wheels[0]


@pytest.fixture(scope="session")
def wheel_python(built_wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The interpreter of a new venv holding only the wheel and its runtime dependencies.

    The venv has no pip of its own (making one costs seconds); the dev venv's pip installs
    into it with `--python`.
    """
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", str(venv)],
        check=True,
        timeout=120,
        env=isolated_env(),
    )
    python = venv / "bin" / "python"
    run_pip(["--python", str(python), "install", "--quiet", str(built_wheel)], "install")
    return python
