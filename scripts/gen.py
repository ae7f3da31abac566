"""Regenerate the low-level client package `oai_api` from an OpenAPI document.

    python scripts/gen.py --spec openapi.yaml --out generated          # write generated/oai_api
    python scripts/gen.py --spec openapi.yaml --out generated --check  # fail if it would change

The spec is normalised and the generator's templates are patched by the fixes of fixes/ (one
ordered list, `fixes.FIXES`), and the generator runs into a scratch folder outside the
repository, so that neither our ruff settings nor an old output can leak into the result. Only a
complete, warning-free generation replaces the package.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import openapi_python_client
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fixes import FINISHES, apply_patches, normalize

SCRIPTS = Path(__file__).resolve().parent
PACKAGE = "oai_api"


def load_spec(path: Path) -> dict[str, object]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open("rb") as f:
        spec = yaml.load(f, Loader=loader)
    if not isinstance(spec, dict) or "paths" not in spec:
        raise SystemExit(f"{path}: not an OpenAPI document (no `paths`)")
    return spec


def generate(spec_path: Path, workdir: Path) -> Path:
    """Generate into `workdir` and return the package folder; exit on any generator warning."""
    spec = normalize(load_spec(spec_path))
    normalized = workdir / "spec.json"
    normalized.write_text(json.dumps(spec, indent=1, sort_keys=False, default=str))

    templates = workdir / "templates"
    shutil.copytree(Path(openapi_python_client.__file__).parent / "templates", templates)
    apply_patches(templates)

    package = workdir / "out" / PACKAGE
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    command = [
        sys.executable, "-m", "openapi_python_client", "generate",
        "--path", str(normalized),
        "--config", str(SCRIPTS / "generator.yaml"),
        "--custom-template-path", str(templates),
        "--meta", "none",
        "--output-path", str(package),
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    if result.returncode != 0 or "Warning" in output or not package.is_dir():
        sys.stderr.write(output)
        raise SystemExit(f"generation from {spec_path} failed or warned; nothing was written")
    for finish in FINISHES:
        finish(package)
    # With `--meta none` the generator writes no PEP 561 marker; without it a user's type
    # checker treats the installed package as untyped (every model `Any`).
    (package / "py.typed").write_text("")
    # Hand-written modules that the generated code uses (see package_modules/*.py).
    for module in sorted((SCRIPTS / "package_modules").glob("*.py")):
        shutil.copyfile(module, package / module.name)
    return package


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that differ between two package trees (ignoring bytecode caches)."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        found.extend(prefix + name for name in cmp.left_only + cmp.right_only)
        found.extend(prefix + name for name in cmp.diff_files + cmp.funny_files)
        for name, sub in sorted(cmp.subdirs.items()):
            walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=["__pycache__"]), "")
    return sorted(found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spec", type=Path, default=Path("openapi.yaml"))
    parser.add_argument("--out", type=Path, default=Path("generated"))
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()

    target = args.out / PACKAGE
    with tempfile.TemporaryDirectory(prefix="oai-gen-") as scratch:
        fresh = generate(args.spec.resolve(), Path(scratch))
        if args.check:
            changed = differences(fresh, target) if target.is_dir() else ["(missing)"]
            if changed:
                print(f"{target} is out of date with {args.spec}; run `make gen`. Differs:")
                print("\n".join(f"  {name}" for name in changed))
                raise SystemExit(1)
            print(f"{target} matches {args.spec}")
            return
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__"))
    print(f"generated {target} from {args.spec}")


if __name__ == "__main__":
    main()
