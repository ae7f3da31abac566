"""Every request the README's and `examples/`' code sends passes the public spec's validation.

The code runs as written against the fake server (see `documented`), which records what it
sends; each recorded request is then sent to Prism unchanged (with a key, since the fake needs
none), and must be accepted. A new example or README block is covered without a new test.
"""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Iterator
from pathlib import Path

import attrs
import httpx
import pytest
from documented import (
    Snippet,
    describe,
    example_names,
    for_prism,
    readme_environment,
    readme_snippets,
    run_example,
    run_snippet,
    script_readme_ids,
)
from oai.testing import FakeOpenAI, RecordedRequest

SNIPPETS = readme_snippets()


def prism_status(request: RecordedRequest, raw: httpx.Client) -> tuple[int, str]:
    """Prism's status for `request` sent again, and its reasons when it refused it.

    Prism's mock answer to a valid `POST /audio/speech` carries the spec's `Transfer-Encoding`
    header filled with `string`, which httpx cannot read; a refusal is an ordinary 422, so an
    answer broken in exactly that way is an acceptance.
    """
    try:
        response = raw.request(**for_prism(request))
    except httpx.RemoteProtocolError as exc:
        if "Transfer-Encoding" in str(exc) and request.route_path == "/audio/speech":
            return 200, ""
        raise
    return response.status_code, response.text


def assert_prism_accepts(requests: list[RecordedRequest], raw: httpx.Client) -> None:
    refused = []
    for request in requests:
        status, reasons = prism_status(request, raw)
        if not 200 <= status < 300:
            refused.append(f"{describe(request)}\n-> {status} {reasons}")
    assert not refused, "Prism refused:\n\n" + "\n\n".join(refused)


@pytest.mark.parametrize("name", example_names())
def test_example_requests_pass_validation(name: str, raw: httpx.Client) -> None:
    with FakeOpenAI() as server:
        result = run_example(name, server)
        requests = server.requests
    assert result.returncode == 0, result.stdout + result.stderr
    assert requests, f"examples/{name} sent no request"
    assert_prism_accepts(requests, raw)


@attrs.frozen
class SnippetRun:
    """What one README block sent, and the traceback if it raised."""

    requests: list[RecordedRequest]
    error: str | None


@pytest.fixture(scope="module")
def readme_runs() -> Iterator[dict[int, SnippetRun]]:
    """Every README block run in order in one namespace, as a reader following along would."""
    runs: dict[int, SnippetRun] = {}
    with (
        FakeOpenAI() as server,
        tempfile.TemporaryDirectory(prefix="oai-readme-") as scratch,
        readme_environment(server, Path(scratch)) as namespace,
    ):
        script_readme_ids(server)
        for snippet in SNIPPETS:
            before = server.received
            error = None
            try:
                run_snippet(snippet, namespace, server)
            except Exception:
                error = traceback.format_exc()
            runs[snippet.line] = SnippetRun(server.requests[before:], error)
        yield runs


@pytest.mark.parametrize("snippet", SNIPPETS, ids=lambda snippet: snippet.name)
def test_readme_snippet_requests_pass_validation(
    snippet: Snippet, readme_runs: dict[int, SnippetRun], raw: httpx.Client
) -> None:
    run = readme_runs[snippet.line]
    assert run.error is None, f"{snippet.name} raised against the fake server:\n{run.error}"
    assert_prism_accepts(run.requests, raw)


def test_readme_snippets_cover_the_wrapper_sections(readme_runs: dict[int, SnippetRun]) -> None:
    """The extraction found the blocks, and they sent requests: not a vacuous pass."""
    assert len(SNIPPETS) >= 25
    assert sum(len(run.requests) for run in readme_runs.values()) >= 50
