"""Run the wrapper's test suite against a client generated from the public OpenAI spec.

    python scripts/test_upstream.py                      # `make test-upstream`
    python scripts/test_upstream.py -- -x -k chat        # arguments after -- go to pytest

The public spec is looked for at ../shared/openai-openapi/openapi.yaml (beside the repository).
Where it is missing (a fresh clone) this says so and exits 0: CI runs the target everywhere.
Otherwise the spec is generated into a temporary folder and every wrapper-level test (all of
tests/ but the generator's own tests/scripts and the Prism suite tests/conformance) runs with
PYTHONPATH=wrapper:<that folder>, so that the fresh `oai_api` shadows the checked-in
generated/ (examples run as subprocesses inherit it). Exits with pytest's status.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen import PACKAGE, generate

ROOT = Path(__file__).resolve().parents[1]
PUBLIC_SPEC = ROOT.parent / "shared" / "openai-openapi" / "openapi.yaml"
# Not wrapper tests: the generator's own (they generate their own specs) and the Prism suite
# (`make test-conformance`, which needs Node).
IGNORED = ("tests/scripts", "tests/conformance")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=PUBLIC_SPEC)
    parser.add_argument("pytest_args", nargs="*", help="passed to pytest (after --)")
    args = parser.parse_args()
    if not args.spec.is_file():
        print(f"test-upstream skipped: no public spec at {args.spec} (clone openai-openapi"
              " beside this repository as ../shared/openai-openapi to run it)")  # fmt: skip
        return
    with tempfile.TemporaryDirectory(prefix="oai-upstream-") as scratch:
        print(f"generating {args.spec} into {scratch} ...", flush=True)
        root = generate(args.spec.resolve(), Path(scratch)).parent
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "wrapper"), str(root)])
        probe = [sys.executable, "-c", f"import {PACKAGE}; print({PACKAGE}.__file__)"]
        found = subprocess.run(probe, env=env, capture_output=True, text=True, check=True)
        if not Path(found.stdout.strip()).is_relative_to(root):
            raise SystemExit(f"{PACKAGE} came from {found.stdout.strip()}, not from {root}")
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests"]
        command += [f"--ignore={path}" for path in IGNORED]
        command += ["-m", "not upstream", *args.pytest_args]
        print(f"running the wrapper suite against {found.stdout.strip()}", flush=True)
        code = subprocess.run(command, cwd=ROOT, env=env, check=False).returncode
    raise SystemExit(code)


if __name__ == "__main__":
    main()
