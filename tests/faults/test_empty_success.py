"""A 2xx with no body, where the spec declares none, is a success; elsewhere it is an error.

`DELETE /responses/{id}` declares a 200 without content, and some servers send just that.
Which operations may answer so is read off the specs, so that one added later is not missed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import oai
import pytest
import yaml
from faults_support import resolve
from oai import _operations
from oai._operations import Operation
from oai.testing import FakeOpenAI, Reply

ROOT = Path(__file__).resolve().parents[2]
SPECS = [ROOT / "openapi.yaml", ROOT.parent / "shared" / "openai-openapi" / "openapi.yaml"]


async def test_delete_response_with_an_empty_200_is_a_success(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.empty(200))
    assert await resolve(anyclient.delete_response("resp_1")) == (200, None)
    assert (server.last_request.method, server.last_request.path) == (
        "DELETE",
        "/v1/responses/resp_1",
    )


async def test_delete_response_with_a_204_or_blank_body_is_a_success(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.empty(204), Reply.raw(b"\r\n", content_type="application/json"))
    assert await resolve(anyclient.delete_response("resp_1")) == (204, None)
    assert await resolve(anyclient.delete_response("resp_1")) == (200, None)


async def test_delete_response_still_reads_the_body_openai_sends(
    anyclient: Any, server: FakeOpenAI
) -> None:
    deleted = {"id": "resp_1", "object": "response", "deleted": True}
    server.enqueue(Reply.json(deleted))
    assert await resolve(anyclient.delete_response("resp_1")) == (200, deleted)


async def test_an_empty_200_where_the_spec_declares_a_body_is_still_an_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.empty(200))
    with pytest.raises(oai.APIError, match="deleteFile answered 200 with a body that is not"):
        await resolve(anyclient.delete_file("file-1"))


def wrapper_operations() -> list[Operation[Any]]:
    found: list[Operation[Any]] = []
    for value in vars(_operations).values():
        candidates = value.values() if isinstance(value, dict) else [value]
        found += [c for c in candidates if isinstance(c, Operation)]
    return found


def bodiless_successes(spec: Path) -> set[str]:
    """The operationIds some 2xx answer of which declares no content."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    paths = yaml.load(spec.read_text(), Loader=loader)["paths"]
    return {
        operation["operationId"]
        for methods in paths.values()
        for operation in methods.values()
        if isinstance(operation, dict) and "operationId" in operation
        for code, answer in operation.get("responses", {}).items()
        if str(code).startswith("2") and not (answer or {}).get("content")
    }


@pytest.mark.parametrize("spec", SPECS, ids=lambda path: path.parent.name)
def test_every_operation_whose_spec_declares_no_body_accepts_none(spec: Path) -> None:
    if not spec.exists():
        pytest.skip(f"{spec} is not here")
    bodiless = bodiless_successes(spec)
    operations = wrapper_operations()
    assert len(operations) > 20  # the table was found
    assert {op.name for op in operations if op.empty_success} == {
        op.name for op in operations if op.name in bodiless
    }
