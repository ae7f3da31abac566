"""One operation of every tag, called through `client.api`, passes Prism's validation and its
answer parses into the model the spec declares.

The operations are picked from `openapi.yaml`, not listed here: per tag, a GET that needs
nothing but path parameters when there is one, else the first operation whose JSON body can be
made from its schema's required fields; a deprecated one only where the tag has nothing else.
Beyond the wrapper's calls, this is the part of the generated client most users reach through
`client.api`.
"""

from __future__ import annotations

from typing import Any

import oai
import oai_api.models
import pytest
from conformance_support import API_KEY, Exchange, RecordingTransport
from spec_support import OPERATIONS, argument_name, endpoint_module, resolve, tag


def minimal(schema: dict[str, Any], depth: int = 0) -> Any:
    """The smallest value the schema accepts, built from its required fields."""
    schema = resolve(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            value = minimal(member, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        members = [m for m in schema.get(key, []) if resolve(m).get("type") != "null"]
        if members:
            return minimal(members[0], depth + 1)
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if "const" in schema:
        return schema["const"]
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {
            name: minimal(properties.get(name, {}), depth + 1)
            for name in schema.get("required", [])
        }
    if kind == "array":
        count = schema.get("minItems", 0)
        return [minimal(schema.get("items", {}), depth + 1) for _ in range(count)]
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    return "x" * max(1, schema.get("minLength", 1))


def candidates(operation: dict[str, Any]) -> tuple[bool, int, str] | None:
    """How simple an operation is to call (lower first), or None when it cannot be made here."""
    if any(p.get("required") and p["in"] == "header" for p in operation.get("parameters", [])):
        return None
    success = operation["responses"].get("200") or operation["responses"].get("201") or {}
    schema = (success.get("content") or {}).get("application/json", {}).get("schema", {})
    if "$ref" not in schema:
        return None
    body = (operation.get("requestBody") or {}).get("content") or {}
    if body and "application/json" not in body:
        return None
    required_query = any(
        p.get("required") and p["in"] == "query" for p in operation.get("parameters", [])
    )
    level = 2 if body else 1 if required_query else 0
    return bool(operation.get("deprecated")), level, operation["operationId"]


def one_per_tag() -> list[tuple[str, str, str, dict[str, Any]]]:
    best: dict[str, tuple[tuple[bool, int, str], str, str, dict[str, Any]]] = {}
    for path, method, operation in OPERATIONS:
        rank = candidates(operation)  # deprecated ones only where a tag has nothing else
        if rank is not None and (tag(operation) not in best or rank < best[tag(operation)][0]):
            best[tag(operation)] = (rank, path, method, operation)
    return [(name, path, method, op) for name, (_, path, method, op) in sorted(best.items())]


PICKED = one_per_tag()


def arguments(operation: dict[str, Any]) -> dict[str, Any]:
    args: dict[str, Any] = {}
    for parameter in operation.get("parameters", []):
        if parameter["in"] == "path" or parameter.get("required"):
            value = minimal(parameter.get("schema", {})) if parameter["in"] != "path" else "x1"
            args[argument_name(parameter["name"])] = value
    body = (operation.get("requestBody") or {}).get("content", {}).get("application/json")
    if body is not None:
        args["body"] = minimal(body["schema"])
    return args


def test_every_tag_has_an_operation_picked() -> None:
    missing = {tag(operation) for *_, operation in OPERATIONS} - {name for name, *_ in PICKED}
    assert len(PICKED) >= 30
    assert not missing - {"Realtime"}, missing  # Realtime's calls all need SDP or sessions


@pytest.mark.parametrize(
    ("name", "path", "method", "operation"), PICKED, ids=[n for n, *_ in PICKED]
)
def test_an_operation_of_the_tag_passes_validation_and_parses(
    name: str,
    path: str,
    method: str,
    operation: dict[str, Any],
    prism_url: str,
    sent: list[Exchange],
) -> None:
    module = endpoint_module(operation)
    success = operation["responses"].get("200") or operation["responses"].get("201")
    declared = success["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
    with oai.new(api_key=API_KEY, base_url=prism_url, transport=RecordingTransport(sent)) as client:
        result = module.sync_detailed(client=client.api, **arguments(operation))
    assert [exchange.status for exchange in sent] == [result.status_code]
    assert 200 <= result.status_code < 300, sent[0].describe()
    assert sent[0].method == method.upper()
    model = getattr(oai_api.models, declared, None)
    if model is not None:
        assert isinstance(result.parsed, model), type(result.parsed).__name__
    else:  # a declared union has no class of its own: the answer is one of its members
        assert result.parsed is not None
        assert type(result.parsed).__name__ != "ErrorResponse"
