"""Fine-tuning jobs of the fake: a job that walks its states while the client watches.

A client's ``wait_for`` on a fine-tuning job has more to handle than a batch: four working
states (``validating_files``, ``queued``, ``running``) before ``succeeded``, a result that is
a new model name and a results file, a failure found only at validation (a training file that
is not JSONL of chat examples), cancellation, and an event log read in pages, newest first,
while the job runs. As with batches, the job moves on by being read, never by the clock: each
read shows its state and then takes it one step on, so the number of polls is known and every
read of a working job carries the ``openai-poll-after-ms`` hint.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._chat import CREATED
from ._forms import invalid, read_json
from ._replies import Reply
from ._request import RecordedRequest
from ._store import EndpointStore, _no_such, metadata_problem, page_of, poll_headers

__all__ = ["FineTuningStore"]

_LIST_LIMIT = (20, 100)
_FINAL = frozenset({"succeeded", "failed", "cancelled"})
_RESOLVED = {"batch_size": 1, "learning_rate_multiplier": 2.0, "n_epochs": 3}
_AUTO = {"batch_size": "auto", "learning_rate_multiplier": "auto", "n_epochs": "auto"}
_ORGANIZATION = "org-fake"


@dataclass
class _Job:
    public: dict[str, Any]
    problem: str | None
    """Why validation will fail the job, decided when it was created; None if it will pass."""
    examples: int
    words: int
    suffix: str
    events: list[dict[str, Any]] = field(default_factory=list)


class FineTuningStore:
    """The fine-tuning jobs of one fake server. Thread-safe: one lock guards them all."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every job; ids start again from 1."""
        with self._lock:
            self._jobs: dict[str, _Job] = {}
            self._count = 0

    def _next(self) -> int:
        self._count += 1
        return self._count

    # -- endpoints -----------------------------------------------------------------------------

    def create(self, request: RecordedRequest, files: EndpointStore) -> Reply:
        body = read_json(request)
        if isinstance(body, Reply):
            return body
        problem = _create_problem(body)
        if problem is not None:
            return problem
        training = _tuning_file(files, body["training_file"], "training_file")
        if isinstance(training, Reply):
            return training
        if body.get("validation_file") is not None:
            checked = _tuning_file(files, body["validation_file"], "validation_file")
            if isinstance(checked, Reply):
                return checked
        examples, words, failure = _examine(body["training_file"], training)
        with self._lock:
            number = self._next()
            hyperparameters = _hyperparameters(body)
            method = body.get("method") or {
                "type": "supervised",
                "supervised": {"hyperparameters": dict(hyperparameters)},
            }
            job = _Job(
                public={
                    "object": "fine_tuning.job",
                    "id": f"ftjob-{number:04d}",
                    "model": body["model"],
                    "created_at": CREATED + number,
                    "finished_at": None,
                    "fine_tuned_model": None,
                    "organization_id": _ORGANIZATION,
                    "result_files": [],
                    "status": "validating_files",
                    "validation_file": body.get("validation_file"),
                    "training_file": body["training_file"],
                    "hyperparameters": hyperparameters,
                    "trained_tokens": None,
                    "error": None,
                    "seed": body["seed"] if body.get("seed") is not None else number,
                    "estimated_finish": None,
                    "integrations": body.get("integrations"),
                    "method": method,
                    "metadata": body.get("metadata"),
                },
                problem=failure,
                examples=examples,
                words=words,
                suffix=body.get("suffix") or "",
            )
            self._jobs[job.public["id"]] = job
            self._event(job, f"Created fine-tuning job: {job.public['id']}")
            self._event(job, f"Validating training file: {body['training_file']}")
            return Reply.json(job.public)

    def list(self, request: RecordedRequest) -> Reply:
        wanted = {
            key[len("metadata[") : -1]: value
            for key, value in request.query.items()
            if key.startswith("metadata[") and key.endswith("]")
        }
        none = request.query.get("metadata") == "null"
        with self._lock:
            jobs = [dict(job.public) for job in reversed(self._jobs.values())]  # newest first
        if none:
            jobs = [job for job in jobs if not job["metadata"]]
        jobs = [
            job
            for job in jobs
            if all((job["metadata"] or {}).get(key) == value for key, value in wanted.items())
        ]
        return _without_cursors(page_of(jobs, request.query, _LIST_LIMIT))

    def job(self, job_id: str, files: EndpointStore, poll_after_ms: int | None = None) -> Reply:
        """The job as it is now, then one step further along for the next read."""
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                return _no_such("FineTuningJob", job_id)
            working = job.public["status"] not in _FINAL
            reply = Reply.json(job.public, headers=poll_headers(poll_after_ms, working))
            self._advance(job, files)
            return reply

    def cancel(self, job_id: str) -> Reply:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                return _no_such("FineTuningJob", job_id)
            status = job.public["status"]
            if status == "cancelled":
                return Reply.json(job.public)
            if status in _FINAL:
                return Reply.error(
                    409,
                    f"Cannot cancel fine-tuning job {job_id}: its status is {status!r}.",
                    type="invalid_request_error",
                )
            job.public["status"] = "cancelled"
            self._event(job, "Fine-tuning job cancelled")
            return Reply.json(job.public)

    def events(self, job_id: str, request: RecordedRequest) -> Reply:
        with self._lock:
            job = self._jobs.get(job_id)
            if job is None:
                return _no_such("FineTuningJob", job_id)
            events = [dict(event) for event in reversed(job.events)]  # newest first
        return _without_cursors(page_of(events, request.query, _LIST_LIMIT))

    # -- helpers (called with the lock held) -----------------------------------------------------

    def _event(
        self,
        job: _Job,
        message: str,
        *,
        level: str = "info",
        kind: str = "message",
        data: Mapping[str, Any] | None = None,
    ) -> int:
        number = self._next()
        job.events.append(
            {
                "object": "fine_tuning.job.event",
                "id": f"ftevent-{number:04d}",
                "created_at": CREATED + number,
                "level": level,
                "message": message,
                "type": kind,
                "data": dict(data or {}),
            }
        )
        return CREATED + number

    def _advance(self, job: _Job, files: EndpointStore) -> None:
        public = job.public
        status = public["status"]
        if status == "validating_files" and job.problem is not None:
            stamp = self._event(job, job.problem, level="error")
            error = {"code": "invalid_training_file", "message": job.problem}
            public.update(
                status="failed", finished_at=stamp, error={**error, "param": "training_file"}
            )
        elif status == "validating_files":
            self._event(job, "Files validated, moving job to queued state")
            public["status"] = "queued"
        elif status == "queued":
            resolved = {
                name: _RESOLVED[name] if value == "auto" else value
                for name, value in public["hyperparameters"].items()
            }
            public.update(status="running", hyperparameters=resolved)
            method = public["method"]
            if method.get("type") == "supervised":
                method["supervised"] = {"hyperparameters": dict(resolved)}
            self._event(job, "Fine-tuning job started")
        elif status == "running":
            self._succeed(job, files)

    def _succeed(self, job: _Job, files: EndpointStore) -> None:
        public = job.public
        epochs = public["hyperparameters"]["n_epochs"]
        steps = max(1, job.examples) * epochs
        rows = ["step,train_loss,train_accuracy"]
        for step in range(1, steps + 1):
            loss = round(2.0 / (1 + step), 4)
            rows.append(f"{step},{loss},{round(1 - loss / 2, 4)}")
            self._event(
                job,
                f"Step {step}/{steps}: training loss={loss}",
                kind="metrics",
                data={"step": step, "train_loss": loss, "total_steps": steps},
            )
        results = files.add_file(
            "step_metrics.csv", "fine-tune-results", ("\n".join(rows) + "\n").encode()
        )
        number = public["id"].removeprefix("ftjob-")
        model = f"ft:{public['model']}:{_ORGANIZATION}:{job.suffix}:{number}"
        self._event(job, f"New fine-tuned model created: {model}")
        stamp = self._event(job, "The job has successfully completed")
        public.update(
            status="succeeded",
            fine_tuned_model=model,
            trained_tokens=job.words * epochs,
            finished_at=stamp,
            result_files=[results["id"]],
        )


def _create_problem(body: Mapping[str, Any]) -> Reply | None:
    for name in ("model", "training_file"):
        if not isinstance(body.get(name), str) or not body[name]:
            return invalid(
                f"Missing required parameter: '{name}'.",
                param=name,
                code="missing_required_parameter" if name not in body else None,
            )
    suffix = body.get("suffix")
    if suffix is not None and (not isinstance(suffix, str) or not 1 <= len(suffix) <= 64):
        return invalid("Invalid 'suffix': expected 1 to 64 characters.", param="suffix")
    seed = body.get("seed")
    if seed is not None and (
        not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed <= 2_147_483_647
    ):
        return invalid("Invalid 'seed': expected an integer from 0 to 2147483647.", param="seed")
    validation = body.get("validation_file")
    if validation is not None and not isinstance(validation, str):
        return invalid("Invalid 'validation_file': expected a file id.", param="validation_file")
    method = body.get("method")
    if method is not None and (
        not isinstance(method, dict)
        or method.get("type") not in ("supervised", "dpo", "reinforcement")
    ):
        return invalid(
            "Invalid 'method': type is one of 'supervised', 'dpo', 'reinforcement'.",
            param="method",
        )
    hyperparameters = body.get("hyperparameters")
    if hyperparameters is not None and _hyperparameters_problem(hyperparameters):
        return invalid(
            "Invalid 'hyperparameters': batch_size, learning_rate_multiplier and n_epochs are "
            "'auto' or positive numbers.",
            param="hyperparameters",
        )
    return metadata_problem(body.get("metadata"))


def _hyperparameters_problem(value: Any) -> bool:
    if not isinstance(value, dict) or set(value) - set(_AUTO):
        return True
    return not all(
        v == "auto" or (isinstance(v, int | float) and not isinstance(v, bool) and v > 0)
        for v in value.values()
    )


def _hyperparameters(body: Mapping[str, Any]) -> dict[str, Any]:
    method = body.get("method") or {}
    chosen = (method.get(method.get("type", "")) or {}).get("hyperparameters")
    return {**_AUTO, **(chosen or body.get("hyperparameters") or {})}


def _tuning_file(
    files: EndpointStore, file_id: str, param: str
) -> tuple[dict[str, Any], bytes | None] | Reply:
    stored = files.lookup(file_id)
    if stored is None or stored[0]["purpose"] != "fine-tune":
        return invalid(
            f"Invalid '{param}': {file_id!r} is not a file uploaded with purpose 'fine-tune'.",
            param=param,
        )
    return stored


def _examine(
    file_id: str, stored: tuple[dict[str, Any], bytes | None]
) -> tuple[int, int, str | None]:
    """``(examples, words, problem)`` for a training file: chat examples, one JSON a line."""
    record, content = stored
    if content is None:  # a large upload the fake keeps no content for: take it on trust
        return 10, record["bytes"] // 4, None
    lines = [line for line in content.splitlines() if line.strip()]
    if not lines:
        return 0, 0, f"The training file {file_id} is empty."
    words = 0
    for number, line in enumerate(lines, start=1):
        try:
            example = json.loads(line)
        except ValueError:
            return 0, 0, f"Line {number} of the training file {file_id} is not valid JSON."
        shaped = isinstance(example, dict) and (
            any(isinstance(example.get(key), list) for key in ("messages", "input"))
            or isinstance(example.get("prompt"), str)
        )
        if not shaped:
            return 0, 0, f"Line {number} of the training file {file_id} is not an example."
        words += len(line.split())
    return len(lines), words, None


def _without_cursors(reply: Reply) -> Reply:
    """Fine-tuning lists carry only ``has_more``: drop the ``first_id``/``last_id`` of
    :func:`page_of` (a 400 passes through)."""
    if reply.status != 200:
        return reply
    page = json.loads(reply.body)
    page.pop("first_id", None)
    page.pop("last_id", None)
    return Reply.json(page)
