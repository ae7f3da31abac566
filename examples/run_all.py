"""Run every example: against a local fake server, or the server your environment names.

With neither OPENAI_API_KEY nor OPENAI_BASE_URL set, the examples run against
`oai.testing.FakeOpenAI`, a local server whose replies are canned but whose every request and
response goes over real HTTP, through the same code a real call uses. Otherwise they run
against OPENAI_BASE_URL (the real API when it is not set).

OpenAI-compatible servers rarely serve every endpoint (audio, images, batches...). An example
that stops on a 404, 405 or 501 is reported as skipped, with the path the server does not
serve; any other failure counts as one. The exit status is 0 when nothing failed.

    python examples/run_all.py                    # every example
    python examples/run_all.py --example PATH REPORT
        # one example, as the run above starts each: REPORT gets the JSON list of the HTTP
        # answers it received, which is how the run tells "not served" from a failure
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

# What a server answers for an endpoint it does not have: no such route, not for this method,
# not implemented.
NOT_SERVED = (404, 405, 501)


def examples(here: Path) -> list[str]:
    """Every script beside this one, in name order."""
    return sorted(path.name for path in here.glob("*.py") if path.name != Path(__file__).name)


# -- one example, in the child process --------------------------------------------------------


def record_answers(answers: list[dict[str, Any]]) -> None:
    """Note every HTTP answer any httpx client of this process receives (never a header).

    The examples make their clients with `oai.new()`, as a user would; an event hook added to
    every httpx client is how the runner sees their answers without changing a line of them.
    """

    def note(response: httpx.Response) -> None:
        answer: dict[str, Any] = {
            "method": response.request.method,
            "url": str(response.request.url.copy_with(query=None)),
            "status": response.status_code,
        }
        if response.status_code >= 400:
            response.read()
            answer["message"] = error_message(response)
        answers.append(answer)

    async def anote(response: httpx.Response) -> None:
        if response.status_code >= 400:
            await response.aread()
        note(response)

    for cls, hook in ((httpx.Client, note), (httpx.AsyncClient, anote)):
        init = cls.__init__

        def hooked(self: Any, *args: Any, _init: Any = init, _hook: Any = hook, **kw: Any) -> None:
            _init(self, *args, **kw)
            self.event_hooks["response"].append(_hook)

        cls.__init__ = hooked  # type: ignore[method-assign]


def error_message(response: httpx.Response) -> str:
    """The error's message, read by the rule the client itself uses, else the body's start."""
    from oai_api._error_bodies import error_from_body

    fields = error_from_body(response.content, response.headers.get("content-type"))
    return (fields["message"] if fields else response.text)[:200]


def run_one(path: str, report: str) -> int:
    """Run the example at `path` as `__main__`, then write what it received to `report`."""
    answers: list[dict[str, Any]] = []
    record_answers(answers)
    sys.argv = [path]
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as exc:
        if exc.code is None or exc.code == 0:
            return 0
        if not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
        return exc.code if isinstance(exc.code, int) else 1
    finally:
        Path(report).write_text(json.dumps(answers))
    return 0


# -- every example, in the parent process -----------------------------------------------------


def skip_reason(answers: list[dict[str, Any]], base_url: str) -> str | None:
    """Why an example that failed is skipped, or None when it is a failure.

    Only the last answer counts: the examples stop at the first error status, so the last
    answer is the one that stopped it.
    """
    if not answers or answers[-1]["status"] not in NOT_SERVED:
        return None
    last = answers[-1]
    path = urlsplit(last["url"]).path.removeprefix(urlsplit(base_url).path.rstrip("/"))
    message = last.get("message", "")
    if last["status"] == 404 and "model" in message.lower():
        return f"the server at {base_url} lacks the model {path} asks for (404: {message})"
    return f"the server at {base_url} does not serve {path} ({last['status']})"


def target(env: dict[str, str], stack: ExitStack) -> tuple[str, str]:
    """Where the examples go, and how to say so (the base URL, never the key).

    A bad OPENAI_BASE_URL is refused here, once, in the words the client uses, rather than by
    every example in turn.
    """
    if not env.get("OPENAI_BASE_URL") and not env.get("OPENAI_API_KEY"):
        from oai.testing import FakeOpenAI

        server = stack.enter_context(FakeOpenAI(calls_tools=True))
        env["OPENAI_BASE_URL"] = server.base_url
        return server.base_url, (
            f"OPENAI_API_KEY is not set: running the examples against {server.base_url}"
            " (a local fake server)"
        )
    import oai

    with oai.new() as client:  # what every example will make: the same settings, checked
        base_url = client.base_url
    key = "with an API key" if env.get("OPENAI_API_KEY") else "without an API key"
    if env.get("OPENAI_BASE_URL"):
        return base_url, f"OPENAI_BASE_URL is set: running the examples against {base_url}, {key}"
    return base_url, f"OPENAI_API_KEY is set: running the examples against {base_url}"


def main() -> int:
    here = Path(__file__).resolve().parent
    env = dict(os.environ)
    passed, skipped, failed = [], [], []
    with ExitStack() as stack:
        try:
            base_url, where = target(env, stack)
        except ValueError as exc:
            print(f"cannot run the examples: {exc}")
            return 2
        print(where + "\n")
        scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="oai-demo-")))
        for name in examples(here):
            print(f"=== examples/{name}", flush=True)
            report = scratch / f"{name}.json"
            command = [sys.executable, __file__, "--example", str(here / name), str(report)]
            result = subprocess.run(command, env=env, check=False)
            answers = json.loads(report.read_text()) if report.exists() else []
            if result.returncode == 0:
                passed.append(name)
            elif (reason := skip_reason(answers, base_url)) is not None:
                print(f"skipped: {reason}")
                skipped.append(name)
            else:
                print(f"examples/{name} failed with exit code {result.returncode}")
                failed.append(name)
            print(flush=True)
    print(f"{len(passed)} passed, {len(skipped)} skipped, {len(failed)} failed", end="")
    print(f" ({', '.join(failed)})" if failed else "")
    return 1 if failed else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--example"] and len(sys.argv) == 4:
        raise SystemExit(run_one(sys.argv[2], sys.argv[3]))
    raise SystemExit(main())
