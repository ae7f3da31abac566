"""Deterministic example values for a JSON Schema.

The fake server fills tool-call arguments and structured-output replies with these, so code
that parses them into typed objects gets something valid and predictable to work with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["example_for"]

_MAX_DEPTH = 8
_SCALARS: dict[str, Any] = {
    "string": "example",
    "integer": 1,
    "number": 1.5,
    "boolean": True,
    "null": None,
}


def example_for(schema: Mapping[str, Any]) -> Any:
    """Return one value matching ``schema``.

    The rules, in order: ``const``; the first ``enum`` value; a local ``$ref`` is followed;
    the first branch of ``anyOf``/``oneOf``/``allOf``; then by ``type`` (the first non-null
    one if it is a list): objects get every property, arrays get one item, strings
    ``"example"``, integers ``1``, numbers ``1.5``, booleans ``true``.
    """
    return _example(schema, schema, 0)


def _example(schema: Any, root: Mapping[str, Any], depth: int) -> Any:
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return None
    if "const" in schema:
        return schema["const"]
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        return enum[0]
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _example(_resolve(ref, root), root, depth + 1)
    for keyword in ("anyOf", "oneOf", "allOf"):
        branches = schema.get(keyword)
        if isinstance(branches, list) and branches:
            return _example(branches[0], root, depth + 1)

    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or (kind is None and "properties" in schema):
        properties = schema.get("properties")
        if not isinstance(properties, Mapping):
            return {}
        return {name: _example(sub, root, depth + 1) for name, sub in properties.items()}
    if kind == "array":
        items = schema.get("items")
        return [_example(items, root, depth + 1)] if isinstance(items, Mapping) else []
    return _SCALARS.get(kind) if isinstance(kind, str) else None


def _resolve(ref: str, root: Mapping[str, Any]) -> Any:
    """Follow a local JSON pointer such as ``#/$defs/Address``; anything else resolves to None."""
    if not ref.startswith("#"):
        return None
    node: Any = root
    for part in ref[1:].split("/")[1:]:
        if not isinstance(node, Mapping):
            return None
        node = node.get(part.replace("~1", "/").replace("~0", "~"))
    return node
