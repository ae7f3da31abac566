"""Import every module of a generated package, and count its endpoint modules.

    python scripts/check_imports.py /tmp/up          # the folder that holds oai_api/

A module that fails to import (a NameError from a missing import, a syntax error from a bad
template patch) is invisible to the generator and to ruff's fix-only pass; this finds it. Every
name in `oai_api.models.__all__` is then looked up, which checks the table of the lazy
`models/__init__.py`. Exits non-zero when any module or name fails.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

PACKAGE = "oai_api"


def import_all(root: Path, package: str = PACKAGE) -> tuple[list[str], dict[str, str]]:
    """Import `package` from `root` and every module below it: (names imported, failures)."""
    sys.path.insert(0, str(root))
    try:
        top = importlib.import_module(package)
        names = [package]
        failures: dict[str, str] = {}
        for info in pkgutil.walk_packages(top.__path__, prefix=f"{package}."):
            try:
                importlib.import_module(info.name)
            except Exception:
                failures[info.name] = traceback.format_exc(limit=1).strip().splitlines()[-1]
            else:
                names.append(info.name)
        models = sys.modules.get(f"{package}.models")
        for name in getattr(models, "__all__", ()):
            try:
                getattr(models, name)
            except Exception:
                error = traceback.format_exc(limit=1).strip().splitlines()[-1]
                failures[f"{package}.models.{name}"] = error
        return names, failures
    finally:
        sys.path.remove(str(root))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path, help=f"folder that contains {PACKAGE}/")
    args = parser.parse_args()
    names, failures = import_all(args.root.resolve())
    endpoints = [n for n in names if n.count(".") == 3 and n.split(".")[1] == "api"]
    print(f"imported {len(names)} modules ({len(endpoints)} endpoint modules)")
    for name, error in sorted(failures.items()):
        print(f"FAILED {name}: {error}")
    if failures:
        raise SystemExit(f"{len(failures)} modules failed to import")


if __name__ == "__main__":
    main()
