"""The installed wheel brings its pytest plugin: the entry point is in its metadata, and the
module it names imports from the wheel.

The dev venv installs oai editable, so the plugin tests (tests/testing/test_pytest_plugin.py)
would pass even if the wheel lacked the entry point or the module. The fresh venv has no pytest
(it holds only the wheel and its dependencies), so the program here finds pytest at the end of
its path, in the dev venv's site-packages, after the venv's own packages: oai still comes from
the wheel, and the test checks that it does.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from test_wheel_types import site_packages
from wheel_support import isolated_env

PROGRAM = """
import importlib.metadata, json, sys
sys.path.append(sys.argv[1])  # pytest only: what the venv has comes first
(found,) = [ep for ep in importlib.metadata.entry_points(group="pytest11") if ep.name == "oai"]
plugin = found.load()
print(json.dumps({
    "value": found.value,
    "dist": str(found.dist.locate_file("")),
    "plugin": plugin.__file__,
    "fixture": callable(plugin.fake_openai),
}))
"""


def test_the_wheel_registers_its_pytest_plugin(wheel_python: Path, tmp_path: Path) -> None:
    dev_site = Path(pytest.__file__).resolve().parents[1]
    done = subprocess.run(
        [str(wheel_python), "-c", PROGRAM, str(dev_site)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        env=isolated_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    installed = site_packages(wheel_python)
    assert found["value"] == "oai.testing.pytest_plugin"
    assert Path(found["dist"]).resolve() == installed, "the entry point is not the wheel's"
    assert Path(found["plugin"]).resolve().is_relative_to(installed), found["plugin"]
    assert found["fixture"] is True
