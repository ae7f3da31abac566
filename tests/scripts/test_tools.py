"""The scripts around the generator: determinism, the example measure, test-upstream's skip."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from scripts_support import (
    ROOT,
    STRING,
    enum,
    fixes,
    generate,
    generated,
    json_content,
    obj,
    ref,
    spec_with,
    write_spec,
)

sys.path.insert(0, str(ROOT / "scripts"))
import measure_examples as m
from gen import differences

RUN = obj({"id": STRING, "object": enum("thread.run"), "status": enum("queued", "completed")})
RUN_EVENT = obj({"event": enum("thread.run.created", "thread.run.completed"), "data": ref("Run")})
SSE = "\n\n".join(
    f"event: thread.run.{event}\ndata: {json.dumps({'id': 'r', 'status': status})}"
    for event, status in (("created", "queued"), ("completed", "completed"))
)


def example_spec() -> dict[str, Any]:
    """Operations with examples of each kind the measure reads."""
    runs = {
        "operationId": "createRun",
        "requestBody": json_content(obj({"stream": {"type": "boolean"}})),
        "responses": {"200": {"description": "ok", **json_content(ref("Run"))}},
        "x-oaiMeta": {
            "examples": [
                {"response": json.dumps({"id": "r", "object": "thread.run", "status": "queued"})},
                {"response": SSE},
            ]
        },
    }
    delete = {
        "operationId": "deleteRun",
        "parameters": [{"name": "id", "in": "path", "required": True, "schema": STRING}],
        "responses": {"200": {"description": "no content declared"}},
        "x-oaiMeta": {"examples": {"response": '{"id": "r", "deleted": true}'}},
    }
    schemas = {
        "Run": {**RUN, "x-oaiMeta": {"example": '{"id": "r", "status": "paused"}'}},
        "RunEvent": {"oneOf": [RUN_EVENT]},
        "Broken": {**obj({"n": {"type": "integer"}}), "example": "{ elided ... }"},
    }
    return spec_with(schemas, {"/runs": {"post": runs}, "/runs/{id}": {"delete": delete}})


def test_measure_reads_every_kind_of_example(tmp_path: Path) -> None:
    spec = example_spec()
    with generated(tmp_path, spec) as root:
        normalized = fixes.normalize(json.loads(json.dumps(spec)))
        result = m.measure(m.Measurer(normalized, root), list(m.collect(normalized)))
    # the JSON answer, two streamed envelopes, the undeclared DELETE body, Run's own example
    assert (result.passed, result.failures, result.unreadable) == (5, [], 1)
    assert result.untyped == ['schema Run x-oaiMeta: .status = "paused"']


def test_generation_is_byte_identical(tmp_path: Path) -> None:
    spec = write_spec(tmp_path, example_spec())
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, second = generate(spec, tmp_path / "a"), generate(spec, tmp_path / "b")
    assert differences(first, second) == []
    assert (first / "models" / "__init__.py").read_bytes() == (
        second / "models" / "__init__.py"
    ).read_bytes()


def test_test_upstream_skips_without_the_public_spec(tmp_path: Path) -> None:
    missing = tmp_path / "openapi.yaml"
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "test_upstream.py"), "--spec", str(missing)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert f"test-upstream skipped: no public spec at {missing}" in result.stdout
