"""How big oai is to ship and install, beside the official `openai` package, measured in one run.

    python -m bench --sizes

For oai: the source of both packages (modules, lines, bytes), the wheel `pip wheel` builds, and
a `pip install` of that wheel into an empty folder, timed, bytecode compilation included (pip's
default), with the size it leaves in site-packages. For openai: its latest release from the
package registry, downloaded (not timed) and installed the same way. Neither installs its
dependencies (`--no-deps`): what is compared is the package itself.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

__all__ = ["run"]


def source_figures(folder: Path) -> dict[str, int]:
    files = [p for p in folder.rglob("*.py") if "__pycache__" not in p.parts]
    return {
        "modules": len(files),
        "lines": sum(len(p.read_bytes().splitlines()) for p in files),
        "bytes": sum(p.stat().st_size for p in files),
    }


def tree_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def install(wheel: Path, packages: list[str], scratch: Path) -> dict[str, float]:
    """Install `wheel` into an empty folder; the seconds it took and the bytes it left."""
    site = scratch / f"site-{wheel.name.split('-')[0]}"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "pip", "--quiet", "install", "--no-deps", "--no-index",
         "--target", str(site), str(wheel)],
        check=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    installed = sum(tree_bytes(site / name) for name in packages if (site / name).exists())
    return {"install_s": round(seconds, 2), "installed_bytes": installed}


def run(progress: Callable[[str], None]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="oai-sizes-") as scratch_name:
        scratch = Path(scratch_name)
        progress("sizes: building oai's wheel")
        wheel = [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps"]
        subprocess.run([*wheel, "-w", str(scratch / "oai"), str(ROOT)], check=True)
        ours = next((scratch / "oai").glob("oai-*.whl"))
        generated = source_figures(ROOT / "generated" / "oai_api")
        wrapper = source_figures(ROOT / "wrapper" / "oai")
        results["oai"] = {
            "version": ours.name.split("-")[1],
            "modules": generated["modules"] + wrapper["modules"],
            "lines": generated["lines"] + wrapper["lines"],
            "source_bytes": generated["bytes"] + wrapper["bytes"],
            "wheel_bytes": ours.stat().st_size,
            **install(ours, ["oai", "oai_api"], scratch),
        }
        progress("sizes: downloading the latest openai")
        download = subprocess.run(
            [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
             "-d", str(scratch / "openai"), "openai"],
            check=False, capture_output=True, text=True,
        )  # fmt: skip
        theirs = next((scratch / "openai").glob("openai-*.whl"), None)
        if download.returncode != 0 or theirs is None:
            progress(f"sizes: openai could not be downloaded, skipped: {download.stderr[-300:]}")
        else:
            with tempfile.TemporaryDirectory() as unpacked:
                subprocess.run(
                    [sys.executable, "-m", "zipfile", "-e", str(theirs), unpacked], check=True
                )
                figures = source_figures(Path(unpacked) / "openai")
            results["openai"] = {
                "version": theirs.name.split("-")[1],
                "modules": figures["modules"],
                "lines": figures["lines"],
                "source_bytes": figures["bytes"],
                "wheel_bytes": theirs.stat().st_size,
                **install(theirs, ["openai"], scratch),
            }
    results["table"] = table(results)
    return results


def table(results: dict[str, Any]) -> str:
    rows = [
        ("version", "version", str),
        ("modules", "modules (.py)", lambda v: f"{v:,}"),
        ("lines", "lines", lambda v: f"{v:,}"),
        ("source_bytes", "source", lambda v: f"{v / 2**20:.1f} MB"),
        ("wheel_bytes", "wheel", lambda v: f"{v / 2**20:.1f} MB"),
        ("installed_bytes", "installed (with bytecode)", lambda v: f"{v / 2**20:.1f} MB"),
        ("install_s", "`pip install` of the wheel", lambda v: f"{v:.1f} s"),
    ]
    names = [name for name in ("oai", "openai") if name in results]
    lines = ["| | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for key, label, fmt in rows:
        cells = [fmt(results[name][key]) for name in names]
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
