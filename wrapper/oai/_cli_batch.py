"""`oai batch FILE`: a JSONL file of requests through the Batch API, the results as JSONL.

A line of FILE is what the Batch API itself takes (`{"custom_id", "method", "url", "body"}`),
or `{"custom_id", "body"}`, or a bare body (its id is then `line-<n>`), so a file written for
the API by hand or by another tool runs as it is. The run's state file is kept in the oai home,
named for FILE's absolute path, so the same command after a crash, a Ctrl-C or a closed
laptop picks up where it stopped, and once done prints the results again without sending
anything. `requests_of` and `result_line` are the wording, with no I/O.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._cli_errors import CLIError

if TYPE_CHECKING:
    from ._batch_results import BatchProgress
    from ._cli import Context
    from ._request_items import ItemResult

__all__ = ["add_batch_arguments", "requests_of", "result_line", "run_batch_command", "state_path"]

DEFAULT_ENDPOINT = "/v1/chat/completions"


def requests_of(lines: Iterable[str], endpoint: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """`(custom_id, body)` for each non-blank line, read as it is reached; a line that is not
    a JSON object, or that names another endpoint than the run's, fails naming its number."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            request = json.loads(line)
        except ValueError:
            raise CLIError(f"line {number} is not JSON") from None
        if not isinstance(request, dict):
            raise CLIError(f"line {number} is not a JSON object")
        if "body" not in request:
            yield f"line-{number}", request
            continue
        url = request.get("url", endpoint)
        if url != endpoint:
            raise CLIError(f"line {number} is for {url!r}, the run for {endpoint!r} (--endpoint)")
        custom_id = request.get("custom_id", f"line-{number}")
        if not isinstance(custom_id, str) or not isinstance(request["body"], dict):
            raise CLIError(f"line {number}: custom_id must be a string and body an object")
        yield custom_id, request["body"]


def endpoint_of(path: Path) -> str:
    """The url the file's first line names, as the Batch API's own lines do, or chat's."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    break  # requests_of names the line
                if isinstance(first, dict) and isinstance(first.get("url"), str):
                    return str(first["url"])
                break
    return DEFAULT_ENDPOINT


def result_line(result: ItemResult) -> str:
    """One JSON line: the answer as the API sent it, or what went wrong."""
    from ._request_items import RequestError

    value = result.value
    line: dict[str, Any] = {"custom_id": result.custom_id}
    if isinstance(value, RequestError):
        line["error"] = {
            "status": value.status,
            "code": value.code,
            "message": value.message,
            "type": value.type,
            "retryable": value.retryable,
        }
    else:
        line["response"] = value.to_dict()
    return json.dumps(line, ensure_ascii=False)


def state_path(data: Path, source: Path) -> Path:
    """Where the run of `source` keeps its state: one file per input file, in the home."""
    digest = hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:16]
    return data / "batches" / f"{source.name}-{digest}.sqlite"


def run_batch_command(args: argparse.Namespace, ctx: Context) -> int:
    from ._cli_progress import Progress

    source = Path(args.file)
    if not source.is_file():
        raise CLIError(f"no such file: {source}")
    endpoint = args.endpoint or endpoint_of(source)
    state = Path(args.state) if args.state else state_path(ctx.home.paths.data, source)
    state.parent.mkdir(parents=True, exist_ok=True)
    ctx.stderr.write(f"state: {state} (run the same command again to resume)\n")
    progress = Progress(ctx.stderr, f"batch {source.name}")

    def show(counts: BatchProgress) -> None:
        progress.update(counts.completed + counts.failed, counts.total, counted=True)

    failed = 0
    with source.open(encoding="utf-8") as lines:
        run = ctx.client(args).run_batch(
            requests_of(lines, endpoint), endpoint=endpoint, state=state, progress=show
        )
        try:
            for result in run:
                failed += not result.ok
                ctx.stdout.write(result_line(result) + "\n")
        finally:
            progress.finish()
    if failed:
        ctx.stderr.write(f"{failed} request(s) failed: see their error lines\n")
    return 1 if failed else 0


def add_batch_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("file", help="a JSONL file of requests (its path names the run)")
    command.add_argument("-e", "--endpoint", help="default: the first line's url, else chat")
    command.add_argument("--state", help="the state file (default: one in the oai home)")
