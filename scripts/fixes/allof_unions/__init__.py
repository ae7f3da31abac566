"""A schema that extends a union with `allOf` becomes a union of the extended members.

`ResponsesWebSocketStreamEvent` (in some published specs) is `allOf: [ResponseStreamEvent,
{stream_id}]`: any streamed event plus one more field. The generator merges an allOf into one
model and cannot merge a union ("Cannot take allOf a non-object"), so it dropped the schema and
failed the whole generation. The extension is distributed over the union's members: the schema
becomes `anyOf: [{allOf: [member, extension]}, ...]`, exactly the same set of values, and each
member is then hoisted and named like any inline union member (inline_union_members).
Nothing is loosened. Only a union given by reference fails the generator; an inline `anyOf`
inside the allOf (`BetaResponsesWebSocketStreamEvent` in 2.3.0) is read as an open object
with the extension's fields, the rest kept in `additional_properties`, and is left so.
"""

from __future__ import annotations

import copy

from ..shared import Pass, Spec, resolve

__all__ = ["PASSES", "distribute_allof_unions"]


def _union(spec: Spec, schema: object) -> list[object] | None:
    """The members of a union given by reference, else None."""
    if not isinstance(schema, dict) or "$ref" not in schema:
        return None
    target = resolve(spec, schema)
    if "properties" in target or "allOf" in target:
        return None
    members = target.get("oneOf") or target.get("anyOf")
    return list(members) if members else None


def distribute_allof_unions(spec: Spec) -> None:
    """Rewrite `allOf: [Union, extension...]` as a union of each member with the extension."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for schema in schemas.values():
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        if not parts:
            continue
        unions = [i for i, part in enumerate(parts) if _union(spec, part) is not None]
        if len(unions) != 1:
            continue
        members = _union(spec, parts[unions[0]]) or []
        rest = [part for i, part in enumerate(parts) if i != unions[0]]
        del schema["allOf"]
        schema["anyOf"] = [{"allOf": [copy.deepcopy(m), *copy.deepcopy(rest)]} for m in members]


PASSES: tuple[Pass, ...] = (distribute_allof_unions,)
