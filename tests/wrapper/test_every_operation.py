"""Every operation of the spec is in the shipped client, and builds the request the spec says.

The operations are read from `openapi.yaml`, not listed here: for each, the generated endpoint
module is found under the generator's own names, imported, and its `_get_kwargs` called with a
value for every path, query and header parameter; the method, the URL and the query names must
be the spec's.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import pkgutil
import typing
from types import SimpleNamespace
from typing import Any

import oai_api.api
import pytest
from spec_support import OPERATIONS, argument_name, endpoint_module, resolve


def value_for(schema: dict[str, Any]) -> Any:
    """A value of the parameter's type, as a caller would pass it."""
    schema = resolve(schema)
    for key in ("anyOf", "oneOf"):
        members = [m for m in schema.get(key, []) if m.get("type") != "null"]
        if members:
            return value_for(members[0])
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if "enum" in schema:
        return next(v for v in schema["enum"] if v is not None)
    if kind == "integer":
        return 1
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return True
    if kind == "array":
        return [value_for(schema.get("items") or {"type": "string"})]
    if schema.get("format") == "date-time":
        return datetime.datetime(2026, 1, 2, tzinfo=datetime.UTC)
    return "v"


def model_in(annotation: Any) -> Any:
    """The generated model among a parameter's types (an object-valued query), if any."""
    return next((t for t in typing.get_args(annotation) if hasattr(t, "from_dict")), None)


def body_for(operation: dict[str, Any], signature: inspect.Signature) -> Any:
    content = (operation.get("requestBody") or {}).get("content") or {}
    if "application/json" in content and "Mapping" in str(signature.parameters["body"].annotation):
        return {}
    return SimpleNamespace(to_multipart=lambda: [], payload=b"", to_tuple=lambda: ("f", b""))


@pytest.mark.parametrize(
    ("path", "method", "operation"),
    OPERATIONS,
    ids=[operation["operationId"] for _, _, operation in OPERATIONS],
)
def test_the_operation_builds_the_request_the_spec_says(
    path: str, method: str, operation: dict[str, Any]
) -> None:
    module = endpoint_module(operation)
    assert hasattr(module, "sync_detailed") and hasattr(module, "asyncio_detailed")
    signature = inspect.signature(module._get_kwargs)
    arguments: dict[str, Any] = {}
    expected_url, _, fixed_query = path.partition("?")
    query: set[str] = set(dict(p.split("=") for p in fixed_query.split("&") if p))
    for parameter in operation.get("parameters", []):
        name = argument_name(parameter["name"])
        assert name in signature.parameters, (parameter["name"], list(signature.parameters))
        if parameter["in"] == "path":
            arguments[name] = f"v-{parameter['name']}"
            expected_url = expected_url.replace("{" + parameter["name"] + "}", arguments[name])
        else:
            schema = parameter.get("schema") or {}
            model = model_in(signature.parameters[name].annotation)
            if model is None:
                arguments[name] = value_for(schema)
                if parameter["in"] == "query":
                    query.add(parameter["name"])
            else:
                # An object in the query: each field is sent as `name[field]`, the way the
                # OpenAI API reads it (scripts/fixes/query_objects).
                fields = resolve(schema).get("properties") or {"key": {"type": "string"}}  # a map
                field, field_schema = next(iter(fields.items()))
                arguments[name] = model.from_dict({field: value_for(field_schema)})
                query.add(f"{parameter['name']}[{field}]")
    if "body" in signature.parameters:
        arguments["body"] = body_for(operation, signature)
    kwargs = module._get_kwargs(**arguments)
    assert kwargs["method"] == method
    assert kwargs["url"] == expected_url
    assert set(kwargs.get("params") or {}) == query


def test_every_generated_endpoint_is_an_operation_of_the_spec() -> None:
    generated = {
        info.name
        for info in pkgutil.walk_packages(oai_api.api.__path__, "oai_api.api.")
        if not info.ispkg and hasattr(importlib.import_module(info.name), "_get_kwargs")
    }
    assert generated == {endpoint_module(operation).__name__ for _, _, operation in OPERATIONS}
