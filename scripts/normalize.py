"""Rewrite an OpenAI OpenAPI document into a form openapi-python-client generates cleanly.

Each pass is a small function over the parsed document. Passes never rename an operation, a
schema or a field: the wrapper depends on those names, and so does anyone who regenerates from
the public spec. What each pass does, and what it loosens, is recorded in scripts/README.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Schema = dict[str, Any]
Spec = dict[str, Any]

# Keywords whose value is a single sub-schema, and keywords whose value is a list of them.
_SUBSCHEMA_KEYS = ("items", "not", "additionalProperties", "contains", "if", "then", "else")
_SUBSCHEMA_LIST_KEYS = ("allOf", "anyOf", "oneOf", "prefixItems")


def iter_schemas(spec: Spec) -> Iterator[Schema]:
    """Yield every schema object in the document, nested ones included, each once.

    Walking by schema structure (rather than every dict) matters: a property called `title` or
    `default` is a key of `properties`, not a keyword, and must not be touched.
    """
    seen: set[int] = set()

    def walk(node: Any) -> Iterator[Schema]:
        if not isinstance(node, dict) or id(node) in seen:
            return
        seen.add(id(node))
        yield node
        for key in _SUBSCHEMA_KEYS:
            yield from walk(node.get(key))
        for key in _SUBSCHEMA_LIST_KEYS:
            for member in node.get(key) or ():
                yield from walk(member)
        for sub in (node.get("properties") or {}).values():
            yield from walk(sub)
        for sub in (node.get("patternProperties") or {}).values():
            yield from walk(sub)

    components = spec.get("components") or {}
    for schema in (components.get("schemas") or {}).values():
        yield from walk(schema)
    for holder in _schema_holders(spec):
        yield from walk(holder.get("schema"))


def _schema_holders(spec: Spec) -> Iterator[dict[str, Any]]:
    """Parameters and media types: the places outside components/schemas that hold a schema."""
    components = spec.get("components") or {}
    for parameter in (components.get("parameters") or {}).values():
        yield parameter
    bodies = list((components.get("requestBodies") or {}).values())
    responses = list((components.get("responses") or {}).values())
    for path_item in (spec.get("paths") or {}).values():
        yield from path_item.get("parameters") or ()
        for operation in path_item.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            yield from operation.get("parameters") or ()
            if "requestBody" in operation:
                bodies.append(operation["requestBody"])
            responses.extend((operation.get("responses") or {}).values())
    for holder in bodies + responses:
        yield from ((holder.get("content") or {}).values())


def strip_titles(spec: Spec) -> None:
    """Drop `title` from schemas, so that every class is named after its schema key.

    The generator prefers a title to the key; titles repeat across the public spec, and two
    classes with one name make it drop both models and every endpoint that uses them.
    """
    for schema in iter_schemas(spec):
        schema.pop("title", None)


def strip_defaults(spec: Spec) -> None:
    """Drop `default` from schemas: the server applies its own defaults.

    A generated request model writes every field that has a default into `to_dict()`, so a caller
    who set only `model` and `messages` would send `n`, `temperature`, `stream`... as well.
    """
    for schema in iter_schemas(spec):
        schema.pop("default", None)


Pass = Callable[[Spec], None]

PASSES: tuple[Pass, ...] = (
    strip_titles,
    strip_defaults,
)


def normalize(spec: Spec) -> Spec:
    """Apply every pass, in order, to `spec` (in place) and return it."""
    for apply in PASSES:
        apply(spec)
    return spec
