"""Run the README's and `examples/`' code as written, and collect the requests it sends.

The conformance suite must check exactly what the documentation tells users to send, so the
code is not retyped in tests (it would drift): each example script runs as `make demo` runs
it, and each `python` block of the README's wrapper sections runs in turn in one namespace,
both against `oai.testing.FakeOpenAI`, which answers coherently enough for the code to run to
the end (Prism's mock answers, with `"string"` for every id and argument, would stop it at the
first tool call). The fake records every request; the tests then send each one to Prism.

What the README leaves to the reader (a `messages` list, a `TOOLS` list, `get_weather`, files
to upload) is given in `PRELUDE`; a local server's address is pointed at the fake.
"""

from __future__ import annotations

import ast
import asyncio
import contextlib
import io
import json
import os
import re
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
from oai.testing import FakeOpenAI, RecordedRequest, Reply

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
README = ROOT / "README.md"
# The sections that teach the wrapper; later ones are about this repository, not its use.
FIRST_SECTION, END_SECTION = "## Using the wrapper", "## Regenerating the client"

PRELUDE = """
import base64, json, logging, httpx

messages = [{"role": "user", "content": "Hello"}]
TOOLS = [{
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "The current weather in a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}]

def get_weather(*args, **kwargs):
    return "18 C and sunny"
"""

_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_LOCAL_SERVER = re.compile(r"http://localhost:\d+/v1")


def example_names() -> list[str]:
    return sorted(p.name for p in EXAMPLES.glob("*.py") if p.name != "run_all.py")


@attrs.frozen
class Snippet:
    """One `python` block of the README: its first line number and its code."""

    line: int
    code: str

    @property
    def name(self) -> str:
        return f"README.md:{self.line}"


def readme_snippets() -> list[Snippet]:
    text = README.read_text()
    start, end = text.index(FIRST_SECTION), text.index(END_SECTION)
    return [
        Snippet(text.count("\n", 0, match.start(1)) + 1, match.group(1))
        for match in _BLOCK.finditer(text, start, end)
    ]


def run_example(name: str, server: FakeOpenAI) -> subprocess.CompletedProcess[str]:
    """Run one example script as a user would, pointed at `server`."""
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env["OPENAI_BASE_URL"] = server.base_url
    return subprocess.run(
        [sys.executable, str(EXAMPLES / name)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def script_readme_ids(server: FakeOpenAI) -> None:
    """The README lists `resp_123`'s input items, a response the fake never made: answer it."""
    empty = {"object": "list", "data": [], "has_more": False, "first_id": None, "last_id": None}
    server.route("GET", "/responses/resp_123/input_items", lambda request: Reply.json(empty))


@contextlib.contextmanager
def readme_environment(server: FakeOpenAI, scratch: Path) -> Iterator[dict[str, Any]]:
    """A namespace to run the README's blocks in: the prelude run, files in place, env set.

    The blocks read `OPENAI_BASE_URL` (and the providers' variables) as a user's program
    would; they write and read files relative to the working directory, here `scratch`.
    """
    saved_env, saved_cwd = dict(os.environ), os.getcwd()
    for prefix in ("OPENAI", "GEMINI", "OPENROUTER"):
        os.environ.pop(f"{prefix}_API_KEY", None)
        os.environ[f"{prefix}_BASE_URL"] = server.base_url
    # An Azure resource, as the fake plays one (it serves Azure's roots too).
    os.environ["AZURE_OPENAI_ENDPOINT"] = server.url
    os.environ["AZURE_OPENAI_API_KEY"] = "azure-key-for-the-readme"
    os.environ.pop("OPENAI_API_VERSION", None)
    # A line the chat endpoint answers: the fake runs each line of a batch as a direct call.
    body = {"model": "gpt-4.1-mini", "messages": [{"role": "user", "content": "hi"}]}
    request = {"custom_id": "1", "method": "POST", "url": "/v1/chat/completions", "body": body}
    line = json.dumps(request) + "\n"
    (scratch / "requests.jsonl").write_text(line)
    (scratch / "bonjour.mp3").write_bytes(b"ID3 not really audio")
    os.chdir(scratch)
    # A real module, as a user's program is one: classes the blocks define (dataclasses,
    # TypedDicts) look their module up to resolve their annotations.
    module = types.ModuleType("readme")
    sys.modules["readme"] = module
    namespace: dict[str, Any] = module.__dict__
    try:
        exec(PRELUDE, namespace)
        yield namespace
    finally:
        sys.modules.pop("readme", None)
        os.chdir(saved_cwd)
        os.environ.clear()
        os.environ.update(saved_env)


def run_snippet(snippet: Snippet, namespace: dict[str, Any], server: FakeOpenAI) -> None:
    """Run a block as written (output swallowed), with a local server's URL pointed at `server`.

    A block using `await` runs in a copy of the namespace, as the asyncio program it stands
    for: its `client` is an async one, which the blocks after it must not inherit.
    """
    code = _LOCAL_SERVER.sub(server.base_url, snippet.code)
    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
    compiled = compile(code, snippet.name, "exec", flags=flags)
    with contextlib.redirect_stdout(io.StringIO()):
        if compiled.co_flags & 0x80:  # CO_COROUTINE: the block awaits
            asyncio.run(eval(compiled, dict(namespace)))
        else:
            exec(compiled, namespace)


_LIST_PART = re.compile(rb'(form-data; name="[^"\[]+)\[\]"')


def for_prism(request: RecordedRequest) -> dict[str, Any]:
    """`httpx.Client.request` arguments that send `request` again, to Prism's root.

    One change: a multipart list goes as repeated `name[]` parts, as the API reads it (a
    list sent as repeated `name` would be read as its last item), but Prism knows only the
    schema's `name` and would find a required list (an edit's `image`) missing; so, for
    Prism, parts repeated as `name[]` are renamed `name` (Prism reads repeated parts as a
    list), and their contents are still checked. A one-item `name[]` is left as it is, since
    Prism would read a lone `name` as no list at all.
    """
    headers = {"Authorization": "Bearer sk-test"}
    content_type = request.headers.get("content-type")
    body = request.body
    if content_type is not None:
        headers["Content-Type"] = content_type
        if content_type.startswith("multipart/"):
            names = _LIST_PART.findall(body)
            body = _LIST_PART.sub(
                lambda m: m.group(1) + b'"' if names.count(m.group(1)) > 1 else m.group(0), body
            )
    return {
        "method": request.method,
        "url": request.route_path,
        "params": dict(request.query),
        "headers": headers,
        "content": body,
    }


def describe(request: RecordedRequest) -> str:
    body = request.text if len(request.body) < 3000 else request.text[:3000] + "..."
    query = f"?{dict(request.query)}" if request.query else ""
    return f"{request.method} {request.route_path}{query}\n{body}"


__all__ = [
    "PRELUDE",
    "Snippet",
    "describe",
    "example_names",
    "for_prism",
    "readme_environment",
    "readme_snippets",
    "run_example",
    "run_snippet",
    "script_readme_ids",
]
