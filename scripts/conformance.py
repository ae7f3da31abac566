"""`make test-conformance`: the wrapper's requests, validated by Prism serving the public spec.

    python scripts/conformance.py [pytest arguments]

Stoplight Prism (`prism mock`) answers every request that breaks the spec's schema with 422, so
running `tests/conformance` against it proves that what the wrapper sends is what the real API
accepts. This script does the set-up those tests need and nothing else:

1. skip (exit 0, with the reason) when `../shared/openai-openapi/openapi.yaml` is absent;
2. install Prism, pinned by `tests/conformance/package-lock.json`, into
   `tests/conformance/node_modules` (`npm ci`; nothing to do when the pinned version is there);
3. write a copy of the spec that Prism can validate with (see `prism_ready`);
4. start `prism mock` on a free port of 127.0.0.1, wait until it answers, run pytest on
   `tests/conformance` with its URL in `OAI_PRISM_URL`, and stop Prism whatever happens.

The exit status is pytest's.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT.parent / "shared" / "openai-openapi" / "openapi.yaml"
SUITE = ROOT / "tests" / "conformance"
PRISM = SUITE / "node_modules" / ".bin" / "prism"
URL_ENV = "OAI_PRISM_URL"
# Prism needs 7-12 s on an idle 2-core machine; give a busy one room before calling it stuck.
START_TIMEOUT = 180.0

sys.path.insert(0, str(ROOT / "scripts"))
from fixes.nullable import rewrite_nullable  # noqa: E402  (sibling scripts, not a package)
from fixes.shared import iter_schemas  # noqa: E402


def log(message: str) -> None:
    print(f"conformance: {message}", flush=True)


def pinned_version() -> str:
    return str(
        json.loads((SUITE / "package.json").read_text())["dependencies"]["@stoplight/prism-cli"]
    )


def installed_version() -> str | None:
    manifest = SUITE / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    if not PRISM.exists() or not manifest.exists():
        return None
    return str(json.loads(manifest.read_text()).get("version"))


def install_prism() -> None:
    """`npm ci` from the lock file, unless the pinned Prism is already installed."""
    wanted = pinned_version()
    if installed_version() == wanted:
        return
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit(
            "conformance: npm was not found; the suite needs Node.js (20+) and npm to install"
            f" @stoplight/prism-cli {wanted} into {SUITE.relative_to(ROOT)}/node_modules"
        )
    log(f"installing @stoplight/prism-cli {wanted} into {SUITE.relative_to(ROOT)}/node_modules")
    started = time.monotonic()
    # --ignore-scripts: Prism needs no install step; its only one is a usage-analytics ping.
    env = {**os.environ, "SCARF_ANALYTICS": "false"}
    subprocess.run(
        [npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=SUITE,
        env=env,
        check=True,
    )
    if installed_version() != wanted:
        raise SystemExit(f"conformance: npm ci did not install @stoplight/prism-cli {wanted}")
    log(f"installed in {time.monotonic() - started:.1f} s")


# `oneOf`s whose members overlap by design, where the API accepts a value matching several.
OVERLAPPING_ONE_OFS = {
    # `{"role": "user", "content": [{"type": "input_text", ...}]}` is both an EasyInputMessage
    # and an InputMessage: as a `oneOf`, every user message with content parts is refused.
    "InputItem",
}


def prism_ready(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with 3.0-style `nullable` rewritten into 3.1 terms, and two `oneOf`s fixed.

    The public spec declares OpenAPI 3.1 but uses `nullable: true`, often without a `type`
    beside it. Prism's validator refuses to compile such a schema and then skips request
    validation for the whole operation without a word (7 of the 72 operations whose JSON body
    has required fields, POST /chat/completions and /moderations among them): every request
    would pass. The rewrite is the generator's own (`fixes.nullable.rewrite_nullable`); it accepts
    what `nullable` meant. Two `oneOf`s would then refuse what the API accepts, and become
    lenient as described in `_one_null_member` and `OVERLAPPING_ONE_OFS`; nothing else changes.
    """
    rewrite_nullable(spec)
    for schema in iter_schemas(spec):
        _one_null_member(schema)
    schemas = spec["components"]["schemas"]
    for name in OVERLAPPING_ONE_OFS:
        schemas[name]["anyOf"] = schemas[name].pop("oneOf")
    return spec


def _one_null_member(schema: dict[str, Any]) -> None:
    """Drop an added `{type: null}` from a `oneOf` whose other members already admit null.

    `rewrite_nullable` appends `{type: null}` to a nullable `oneOf`; when a member is nullable
    itself (StopConfiguration: a nullable string or an array), null then matches two members and
    `oneOf` refuses it, so `"stop": null`, which the API accepts, would be rejected.
    """
    members = schema.get("oneOf")
    if not members or _NULL not in members:
        return
    if any(m != _NULL and _admits_null(m) for m in members):
        schema["oneOf"] = [m for m in members if m != _NULL]


_NULL = {"type": "null"}


def _admits_null(schema: Any) -> bool:
    kind = schema.get("type") if isinstance(schema, dict) else None
    return kind == "null" or (isinstance(kind, list) and "null" in kind)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_listening(url: str, process: subprocess.Popen[bytes], log_path: Path) -> float:
    """Poll until Prism answers HTTP (any status); return the seconds it took."""
    started = time.monotonic()
    while time.monotonic() - started < START_TIMEOUT:
        if process.poll() is not None:
            raise SystemExit(
                f"conformance: Prism exited with status {process.returncode} before listening:\n"
                + tail(log_path)
            )
        try:
            httpx.get(f"{url}/models", timeout=2.0)
            return time.monotonic() - started
        except httpx.TransportError:
            time.sleep(0.25)
    raise SystemExit(
        f"conformance: Prism did not answer within {START_TIMEOUT:.0f} s:\n" + tail(log_path)
    )


_ROUTE_LISTING = re.compile(r"\[CLI\].*info\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+http")


def tail(path: Path, lines: int = 40) -> str:
    """The end of Prism's log, without the start-up listing of every route it serves."""
    try:
        text = path.read_text(errors="replace")
    except OSError:
        return "(no Prism log)"
    kept = [line for line in text.splitlines() if not _ROUTE_LISTING.search(line)]
    return "\n".join(kept[-lines:])


@contextmanager
def prism_mock(spec_path: Path, log_path: Path) -> Iterator[str]:
    """Run `prism mock` for the duration of the block; yield its base URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [str(PRISM), "mock", "--host", "127.0.0.1", "--port", str(port), str(spec_path)]
    with log_path.open("wb") as output:
        # Its own process group, so that stopping it also stops anything it started.
        process = subprocess.Popen(
            command, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        seconds = wait_until_listening(url, process, log_path)
        log(f"Prism {installed_version()} listening on {url} after {seconds:.1f} s")
        yield url
    finally:
        stop(process)


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def raise_on_sigterm() -> None:
    """Turn SIGTERM into SystemExit, so that `finally` stops Prism as it does for Ctrl-C."""

    def handler(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, handler)


def main(pytest_args: list[str]) -> int:
    if not SPEC.exists():
        log(
            f"SKIPPED: {SPEC} does not exist. The conformance suite validates the wrapper's"
            " requests against the public OpenAI spec, which is expected in"
            " ../shared/openai-openapi/ next to this repository."
        )
        return 0
    raise_on_sigterm()
    install_prism()
    with tempfile.TemporaryDirectory(prefix="oai-conformance-") as scratch:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with SPEC.open("rb") as f:
            spec = yaml.load(f, Loader=loader)
        spec_path = Path(scratch) / "openapi.json"
        spec_path.write_text(json.dumps(prism_ready(spec), default=str))
        log_path = Path(scratch) / "prism.log"
        with prism_mock(spec_path, log_path) as url:
            started = time.monotonic()
            command = [sys.executable, "-m", "pytest", str(SUITE), *pytest_args]
            result = subprocess.run(command, cwd=ROOT, env={**os.environ, URL_ENV: url})
            log(f"pytest finished in {time.monotonic() - started:.1f} s")
            return result.returncode


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:
        log("interrupted; Prism stopped")
        sys.exit(130)
