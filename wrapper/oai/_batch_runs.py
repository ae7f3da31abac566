# Generated from _async_batch_runs.py by scripts/unasync.py.
# Edit that file, then run `make unasync`.
"""`run_batch`'s I/O: many requests through the Batch API, resumable from a state file.

The source of `_batch_runs` (`make unasync`). What is decided, not done, lives elsewhere:
the input files and their split in `_batch_files`, what is left to do in `_batch_state`, how
results are matched back and released in `_batch_results`. This shell writes the files,
sends the uploads, creates the batches, reads them until they end, downloads what they made
and hands out the results, recording each step as `_batch_state` says. The state file is
SQLite on local disk, read and written in place, not awaited: a step's record is a few
milliseconds.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from . import _calls as calls
from ._batch_files import (
    RunDigest,
    Splitter,
    check_limits,
    lines_of,
    part_name,
    write_parts,
)
from ._batch_results import BatchProgress, PartResults, Release, item_result, progress_of
from ._batch_state import PartRecord, StateFile, next_step
from ._callbacks import invoke
from ._config import BATCH_MAX_BYTES, BATCH_MAX_LINES
from ._exceptions import APIError
from ._request_items import (
    ItemResult,
    RequestError,
    answer_operation,
    check_endpoint,
    progress_hook,
    request_items,
)

if TYPE_CHECKING:
    from oai_api.models.batch import Batch
    from oai_api.models.open_ai_file import OpenAIFile

    from ._calls import WaitCall
    from ._client import OpenAI

__all__ = ["BatchRun"]


class BatchRun:
    """One `run_batch()`: iterate it for each request's `ItemResult`, once.

    The value of each result is the endpoint's typed model, or a `RequestError` (its `status`
    and `message`; `retryable` when the request never ran or may succeed later). After the
    loop, `retry_requests()` gives the `(custom_id, body)` pairs of the retryable ones, to
    pass to another `run_batch()`; `progress` is the last `BatchProgress` seen.
    """

    def __init__(
        self,
        client: OpenAI,
        requests: Iterable[object],
        *,
        endpoint: str,
        state: str | os.PathLike[str] | None,
        ordered: bool,
        progress: Callable[[BatchProgress], object] | bool | None,
        max_lines: int = BATCH_MAX_LINES,
        max_bytes: int = BATCH_MAX_BYTES,
        poll_interval: float | None = None,
        timeout: float | None = None,
        metadata: dict[str, str] | None = None,
    ) -> None:
        self.endpoint = check_endpoint(endpoint)
        self._limits = check_limits(max_lines, max_bytes)
        if state is not None and not isinstance(state, (str, os.PathLike)):
            raise TypeError(f"state must be a path, got {type(state).__name__}")
        self._state = None if state is None else Path(state)
        if self._state is not None and not self._state.parent.is_dir():
            raise ValueError(
                f"state {str(self._state)!r}: the folder it would go in does not exist"
            )
        if metadata is not None and not isinstance(metadata, dict):
            raise TypeError(f"metadata must be a dict of strings, got {type(metadata).__name__}")
        calls.wait_for("BATCH", ("batch",), timeout, poll_interval)  # checks both, sends nothing
        self._client = client
        self._requests = requests
        self._ordered = ordered
        self._on_progress = progress_hook(
            progress, "batch", lambda counts: (counts.completed + counts.failed, counts.total)
        )
        self._poll = (timeout, poll_interval)
        self._metadata = dict(metadata or {})
        self._operation = answer_operation(self.endpoint)
        self._retry: list[tuple[str, dict[str, Any]]] = []
        self._started = False
        self.progress: BatchProgress | None = None

    def retry_requests(self) -> list[tuple[str, dict[str, Any]]]:
        """The `(custom_id, body)` pairs of the requests that may be sent again, as the loop
        met them: pass them to `run_batch()` (with another state path) to resubmit them."""
        return list(self._retry)

    def __iter__(self) -> Iterator[ItemResult]:
        if self._started:
            raise RuntimeError(
                "a batch run is iterated once; call run_batch() again (with the same state=)"
                " to read its results again"
            )
        self._started = True
        return self._results()

    def _results(self) -> Iterator[ItemResult]:
        with _workspace(self._state) as (state, folder):
            try:
                parts = self._prepare(state, folder)
                for record in parts:
                    self._submit(state, folder, record)
                yield from self._collect(state, folder)
            finally:
                state.close()

    # -- writing -----------------------------------------------------------------------------

    def _prepare(self, state: StateFile, folder: Path) -> list[PartRecord]:
        """Write the input files, or, when the state says they were, check that the requests
        are the ones they hold."""
        items = request_items(
            self._requests, self.endpoint, default_model=self._client.default_model
        )
        digest = RunDigest(self.endpoint, *self._limits)
        splitter = Splitter(*self._limits)
        recorded = state.meta("digest")
        if recorded is None:
            run_id = state.run_id
            files = write_parts(
                items,
                self.endpoint,
                splitter,
                digest,
                lambda part: folder / part_name(run_id, part),
            )
            state.record_written(files, digest.hexdigest())
        else:
            for _ in lines_of(items, self.endpoint, splitter, digest):
                pass
            if digest.hexdigest() != recorded:
                raise ValueError(
                    f"the state file {state.path} belongs to a run of other requests (or another"
                    " endpoint or split): give this run a new state path"
                )
        parts = state.parts()
        for record in parts:
            path = folder / part_name(state.run_id, record.part)
            if not record.imported and not path.is_file():
                raise ValueError(
                    f"the input file {path} of the state file {state.path} is gone, and its"
                    " batch's results are not yet read in: the run cannot go on without it"
                )
        return parts

    # -- uploading and creating ---------------------------------------------------------------

    def _submit(self, state: StateFile, folder: Path, record: PartRecord) -> None:
        path = folder / part_name(state.run_id, record.part)
        step = next_step(record)
        if step == "find_upload":
            found = self._find_upload(path.name, record.size)
            if found is None:
                step = "upload"
            else:
                state.update(record.part, file_id=found)
                step = "create"
        if step == "upload":
            state.update(record.part, upload_sent=1)
            upload = calls.upload_file(path, "batch", None, {})._replace(raise_status=True)
            _, uploaded = self._client.send_call(upload)
            state.update(record.part, file_id=cast("OpenAIFile", uploaded).id)
            step = "create"
        record = state.parts()[record.part]
        if step == "find_batch":
            batch_id = self._find_batch(cast(str, record.file_id))
            if batch_id is not None:
                state.update(record.part, batch_id=batch_id)
                return
            step = "create"
        if step == "create":
            state.update(record.part, create_sent=1)
            metadata = {**self._metadata, "oai_run": state.run_id, "oai_part": str(record.part)}
            creation = calls.create_batch(
                cast(str, record.file_id), self.endpoint, None, {"metadata": metadata}
            )._replace(raise_status=True)
            _, batch = self._client.send_call(creation)
            state.update(record.part, batch_id=cast("Batch", batch).id)

    def _find_upload(self, name: str, size: int) -> str | None:
        """The file an upload that was sent but not recorded made, if the server has it."""
        for file in self._client.iter_files(purpose="batch"):
            if file.filename == name and file.bytes_ == size:
                return str(file.id)
        return None

    def _find_batch(self, file_id: str) -> str | None:
        """The batch a creation that was sent but not recorded made, found by its input."""
        for batch in self._client.iter_batches():
            if batch.input_file_id == file_id:
                return str(batch.id)
        return None

    # -- waiting and reading back -------------------------------------------------------------

    def _collect(self, state: StateFile, folder: Path) -> Iterator[ItemResult]:
        """Read every unfinished batch until it ends, reading each in as it does; results go
        out as `Release` says. A batch found final is read once more for its files."""
        release = Release(self._ordered)
        waits: dict[int, WaitCall[Batch]] = {}
        for record in state.parts():
            if next_step(record) != "done":
                batch_id = cast(str, record.batch_id)
                waits[record.part] = calls.wait_for("BATCH", (batch_id,), *self._poll)
                continue
            for part in release.add(record.part):
                for result in self._handed_out(state, part):
                    yield result
        self._report(state)
        while waits:
            for number, wait in list(waits.items()):
                _, answer = self._client.send_call(wait.read)  # an error status raises
                batch = cast("Batch", answer)
                final = wait.poll.take(batch)
                counts = batch.to_dict().get("request_counts") or {}
                state.update(
                    number,
                    status=batch.status,
                    completed=int(counts.get("completed") or 0),
                    failed=int(counts.get("failed") or 0),
                    final=int(final),
                )
                if not final:
                    continue
                del waits[number]
                self._download(state, folder, state.parts()[number], batch)
                for part in release.add(number):
                    for result in self._handed_out(state, part):
                        yield result
            self._report(state)
            if waits:
                delay = min(wait.poll.delay() for wait in waits.values())
                self._client.config.retry.sleep(delay)

    def _download(self, state: StateFile, folder: Path, record: PartRecord, batch: Batch) -> None:
        """Download a finished batch's output and error files and read them in, with a result
        for every request the files do not answer; then the downloads are deleted."""
        fields = batch.to_dict()
        downloads = []
        for kind in ("output", "error"):
            file_id = fields.get(f"{kind}_file_id")
            if not file_id:
                continue
            target = folder / f"{kind}-{state.run_id}-{record.part:05d}.jsonl"
            status, got = self._client.file_content(file_id, to=target)
            if not 200 <= status < 300:
                raise APIError(
                    f"downloading the batch {kind} file {file_id} answered {status}: {got}"
                )
            downloads.append(target)
        source = folder / part_name(state.run_id, record.part)
        with open(source, "rb") as requests:
            reading = PartResults(record.first)
            offset = 0
            for line in requests:
                reading.add_input(line, offset)
                offset += len(line)
            state.import_results(record.part, _with_bodies(reading, downloads, fields, requests))
        for path in downloads:
            path.unlink()

    def _handed_out(self, state: StateFile, part: int) -> Iterator[ItemResult]:
        for index, custom_id, ok, data, retry in state.results(part):
            result = item_result(self._operation, index, custom_id, ok, data)
            if retry is not None and isinstance(result.value, RequestError):
                self._retry.append((custom_id, json.loads(retry)))
            yield result

    def _report(self, state: StateFile) -> None:
        progress = progress_of(
            (r.completed, r.failed, r.requests, r.imported) for r in state.parts()
        )
        if progress != self.progress:
            self.progress = progress
            if self._on_progress is not None:
                invoke(self._on_progress, progress)


def _with_bodies(
    reading: PartResults, downloads: list[Path], batch: dict[str, Any], requests: Any
) -> Iterator[tuple[Any, str | None]]:
    """Each result of a part, with the request's body when it may be sent again (read from the
    input file where the result says it is)."""

    def rows() -> Iterator[Any]:
        for path in downloads:
            with open(path, "rb") as lines:
                for line in lines:
                    row = reading.answer(line)
                    if row is not None:
                        yield row
        yield from reading.unanswered(batch)

    for row in rows():
        body = None
        if row.retry is not None:
            requests.seek(row.retry[0])
            body = json.dumps(json.loads(requests.read(row.retry[1]))["body"])
        yield row, body


@contextlib.contextmanager
def _workspace(state: Path | None) -> Iterator[tuple[StateFile, Path]]:
    """The state file and the folder of the run's files: next to `state`, or temporary."""
    if state is not None:
        folder = state.with_name(state.name + ".files")
        folder.mkdir(exist_ok=True)
        yield StateFile(state), folder
        return
    folder = Path(tempfile.mkdtemp(prefix="oai-batch-"))
    try:
        yield StateFile(folder / "state.sqlite"), folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
