"""Write the wrapper's synchronous modules from their asyncio sources.

    python scripts/unasync.py            # rewrite every sync twin (make unasync)
    python scripts/unasync.py --check    # fail, naming the stale files, if any twin is out of date

The I/O shells of `oai` (the client, the sessions, the retrying transports) are written once,
for asyncio, and their synchronous twins are derived from them, as httpcore derives `_sync/`
from `_async/`. Keeping two hand-written copies in step is what this replaces: they drift
(docstrings first, then behaviour) and every change costs two edits.

The rewrite works on Python tokens, not on text, so that it changes code and never prose: the
`async` and `await` keywords are dropped, and names are mapped by `NAME_RULES` (`AsyncOpenAI` to
`OpenAI`, `aclose` to `close`, `_async_client` to `_client`, ...). Comments and docstrings stay as
they are, so they must be written to be true of both twins; a string that is exactly a name
(an `__all__` entry) is mapped like the name. The result is sorted and formatted by the pinned
ruff, which makes the output a function of the source alone.

What is async-only (the connection pool, awaiting a coroutine callback) stays out of the
sources' bodies: they call a hook whose name maps to a sync function of the same job.
"""

from __future__ import annotations

import argparse
import io
import re
import subprocess
import sys
import tokenize
from pathlib import Path

__all__ = ["NAME_RULES", "TWINS", "unasync_source"]

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wrapper" / "oai"

TWINS: tuple[tuple[str, str], ...] = (
    ("_async_client.py", "_client.py"),
    ("_async_sessions.py", "_sessions.py"),
    ("_async_batch_runs.py", "_batch_runs.py"),
    ("_async_map.py", "_map.py"),
    ("_transports/_async_retrying.py", "_transports/_retrying.py"),
    ("_transports/_async_borrowed.py", "_transports/_borrowed.py"),
)
"""(asyncio source, generated sync twin), relative to `wrapper/oai`."""

NAME_RULES: tuple[tuple[str, str], ...] = (
    # httpx's names that are not "Async" + the sync name.
    (r"^AsyncByteStream$", "SyncByteStream"),
    (r"^handle_async_request$", "handle_request"),
    # Dunders and the `a`-prefixed I/O methods of httpx and of our hooks.
    (r"^__a(enter|exit|iter|next)__$", r"__\1__"),
    (r"^a(close|read|iter_bytes|iter_lines|iter_text|invoke|resolve|gather|check_tools)$", r"\1"),
    (r"^StopAsyncIteration$", "StopIteration"),
    (r"^asynccontextmanager$", "contextmanager"),
    # Our own naming: AsyncX -> X, async_x -> x, _async_x (modules) -> _x.
    (r"^Async([A-Z]\w*)$", r"\1"),
    (r"^async_(\w+)$", r"\1"),
    (r"^_async_(\w+)$", r"_\1"),
)
"""Name mappings, tried in order; the first that matches a whole name applies."""

_COMPILED = [(re.compile(pattern), replacement) for pattern, replacement in NAME_RULES]
_IDENTIFIER = re.compile(r"^(['\"])([A-Za-z_]\w*)\1$")


def sync_name(name: str) -> str:
    for pattern, replacement in _COMPILED:
        if pattern.match(name):
            return pattern.sub(replacement, name)
    return name


def header(source: str) -> str:
    return (
        f"# Generated from {source} by scripts/unasync.py.\n"
        "# Edit that file, then run `make unasync`.\n"
    )


def unasync_source(text: str) -> str:
    """The sync twin of an asyncio module's source, before sorting and formatting."""
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement) in `text`
    for token in tokenize.generate_tokens(io.StringIO(text).readline):
        start = offsets[token.start[0] - 1] + token.start[1]
        end = offsets[token.end[0] - 1] + token.end[1]
        if token.type == tokenize.NAME and token.string in ("async", "await"):
            # Drop the keyword and the space after it: `async def` -> `def`.
            while end < len(text) and text[end] == " ":
                end += 1
            edits.append((start, end, ""))
        elif token.type == tokenize.NAME:
            renamed = sync_name(token.string)
            if renamed != token.string:
                edits.append((start, end, renamed))
        elif token.type == tokenize.STRING:
            match = _IDENTIFIER.match(token.string)
            if match and sync_name(match[2]) != match[2]:
                quote = match[1]
                edits.append((start, end, f"{quote}{sync_name(match[2])}{quote}"))
    out = []
    position = 0
    for start, end, replacement in edits:
        out.append(text[position:start])
        out.append(replacement)
        position = end
    out.append(text[position:])
    return "".join(out)


def _ruff(*args: str, text: str, path: Path) -> str:
    ruff = Path(sys.executable).parent / "ruff"
    # The project's settings, whatever folder `path` is in (line length, import order).
    config = ("--config", str(ROOT / "pyproject.toml"))
    command = [
        str(ruff) if ruff.exists() else "ruff",
        *args,
        *config,
        "--stdin-filename",
        str(path),
        "-",
    ]
    result = subprocess.run(command, input=text, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"ruff {args[0]} failed on the twin of {path}:\n{result.stderr}")
    return result.stdout


def twin_text(source: Path, target: Path, source_name: str) -> str:
    """The full generated text of `target`: header, rewritten source, lint fixes, formatting."""
    text = header(source_name) + unasync_source(source.read_text())
    # The project's own lint rules, fixes included: what reads well nested in `async with`
    # (SIM117) or looped in an async generator (UP028) has a plainer sync form.
    fix = ("check", "--fix", "--unsafe-fixes", "--exit-zero", "--quiet")
    text = _ruff(*fix, text=text, path=target)
    return _ruff("format", "--quiet", text=text, path=target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a twin is out of date")
    parser.add_argument("--package", type=Path, default=PACKAGE, help="default: wrapper/oai")
    args = parser.parse_args(argv)
    stale = []
    for source_name, target_name in TWINS:
        source, target = args.package / source_name, args.package / target_name
        text = twin_text(source, target, source_name)
        current = target.read_text() if target.exists() else None
        if current == text:
            continue
        stale.append(target_name)
        if not args.check:
            target.write_text(text)
    if args.check and stale:
        sys.stderr.write(
            "out of date with their asyncio sources (run `make unasync`): "
            + ", ".join(f"wrapper/oai/{name}" for name in stale)
            + "\n"
        )
        return 1
    for name in stale:
        print(f"wrote wrapper/oai/{name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
