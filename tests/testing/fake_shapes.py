"""Reading the fake's answers with the generated models, strictly, so a test proves their shape.

A generated model reads a response tolerantly: a missing field becomes None, a key the spec does
not declare is kept aside in ``additional_properties``, a value of the wrong type is kept as it
came. That is right for a client and useless for proving that the fake answers as the spec says,
so ``read_exactly`` turns all three into failures: it reads with ``strict_parsing`` on (missing
required fields and misfit values raise, unions must find the member the data fits), walks what
it read for undeclared keys, writes it back to check that nothing was lost -- and, since the
models do not check a plain string or number against its type, checks the data against the
model's schema in ``openapi.yaml`` too (``spec_errors``: types, enums, required and undeclared
keys, through ``$ref``, ``allOf`` and unions).
"""

from __future__ import annotations

from typing import Any, TypeVar

import attrs
from oai_api._model import Model
from oai_api.types import strict_parsing
from spec_support import SCHEMAS

__all__ = ["read_exactly", "spec_errors", "sse_events"]

M = TypeVar("M", bound=Model)


def read_exactly(model: type[M], data: Any) -> M:
    """``data`` read as ``model``; fails if any part of it is not exactly what the spec says."""
    assert isinstance(data, dict), data
    token = strict_parsing.set(True)
    try:
        parsed = model.from_dict(data)
    finally:
        strict_parsing.reset(token)
    _no_undeclared_keys(parsed, model.__name__)
    assert parsed.to_dict() == data
    errors = spec_errors({"$ref": f"#/components/schemas/{model.__name__}"}, data)
    assert not errors, "\n".join(errors)
    return parsed


_TYPES: dict[str, Any] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def spec_errors(schema: dict[str, Any], value: Any, where: str = "$") -> list[str]:
    """What in ``value`` breaks ``schema`` (a schema of ``openapi.yaml``); empty when nothing.

    Stricter than JSON Schema in one way, on purpose: an object schema that lists its
    properties and says nothing of others allows no others, as the API sends none.
    """
    schema = _resolved(schema)
    if "allOf" in schema:
        merged = [_resolved(part) for part in schema["allOf"]]
        errors = [e for part in merged for e in spec_errors({**part, "_open": True}, value, where)]
        if isinstance(value, dict) and not schema.get("_open"):
            declared = set().union(*(_properties(part) for part in merged))
            errors += [f"{where}.{key}: not in the spec" for key in set(value) - declared]
        return errors
    for keyword in ("anyOf", "oneOf"):
        if keyword in schema:
            branches = [spec_errors(branch, value, where) for branch in schema[keyword]]
            if not any(not errors for errors in branches):
                return [f"{where}: fits no branch of {keyword}: {min(branches, key=len)}"]
            return []
    if "const" in schema and value != schema["const"]:
        return [f"{where}: {value!r} is not {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not one of {schema['enum']}"]
    kinds = schema.get("type")
    if kinds is None and "properties" in schema:
        kinds = "object"
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(_TYPES[kind](value) for kind in kinds):
            return [f"{where}: {value!r} is not of type {kinds}"]
    errors: list[str] = []
    if isinstance(value, dict):
        properties = schema.get("properties") or {}
        errors += [
            f"{where}.{key}: required" for key in schema.get("required", ()) if key not in value
        ]
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                errors += spec_errors(properties[key], item, f"{where}.{key}")
            elif isinstance(extra, dict):
                errors += spec_errors(extra, item, f"{where}.{key}")
            elif properties and extra is None and not schema.get("_open"):
                errors.append(f"{where}.{key}: not in the spec")
    if isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            errors += spec_errors(schema["items"], item, f"{where}[{index}]")
    return errors


def _resolved(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        schema = {**SCHEMAS[schema["$ref"].rsplit("/", 1)[-1]], **rest}
    return schema


def _properties(schema: dict[str, Any]) -> set[str]:
    """Every property an object schema declares, through its own ``allOf``."""
    schema = _resolved(schema)
    declared = set(schema.get("properties") or ())
    for part in schema.get("allOf", ()):
        declared |= _properties(part)
    return declared


def _no_undeclared_keys(value: Any, where: str) -> None:
    if isinstance(value, list):
        for index, item in enumerate(value):
            _no_undeclared_keys(item, f"{where}[{index}]")
    elif isinstance(value, Model):
        extra = getattr(value, "additional_properties", None)
        # A model that declares no keys is a map (`Metadata`): its extra keys are its data.
        if extra and type(value)._keys:
            raise AssertionError(f"{where} ({type(value).__name__}): undeclared keys {extra}")
        for field in attrs.fields(type(value)):
            if field.name != "additional_properties":
                _no_undeclared_keys(getattr(value, field.name), f"{where}.{field.name}")
    elif isinstance(value, dict):
        # A dict where the spec declares a model would have been read as one; what is left is
        # free-form (`{}` schemas), with nothing to check.
        pass


def sse_events(text: str) -> list[tuple[str | None, dict[str, Any]]]:
    """The ``(event:, data:)`` pairs of a server-sent event stream, data parsed as JSON."""
    import json

    events: list[tuple[str | None, dict[str, Any]]] = []
    for block in text.split("\n\n"):
        if not block.strip():
            continue
        name = None
        data = []
        for line in block.split("\n"):
            if line.startswith("event: "):
                name = line[len("event: ") :]
            elif line.startswith("data: "):
                data.append(line[len("data: ") :])
        events.append((name, json.loads("\n".join(data))))
    return events
