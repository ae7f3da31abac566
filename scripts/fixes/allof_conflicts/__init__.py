"""A property that allOf members define incompatibly is widened to accept both definitions.

The generator merges an allOf into one model and fails when a member redefines a property it
cannot merge: `top_logprobs` as `int | None` and as `int` ("int | None can't be merged with
int"), a `status` enum with another list of values ("can't redefine a literal enum property
with incompatible lists of values"). It then drops the model and every endpoint that uses it
(CreateResponse, CreateChatCompletionRequest, ...).

The property becomes the union of the definitions, or the superset of the enum values, marked
`x-widened`. That loosens: `top_logprobs` of CreateModelResponseProperties, CreateResponse,
CreateChatCompletionRequest, ResponsesClientEventResponseCreate and their Beta twins also
accepts null; `status` of (Beta)ComputerToolCallOutputResource accepts `in_progress`,
`completed`, `incomplete`, `failed`. A referenced member that carries the property is inlined
(copied) into that allOf only, so that the shared schema keeps its own, stricter, definition
everywhere else; referenced bases are fixed first, so that users of a fixed base are not
inlined.
"""

from __future__ import annotations

import copy
from typing import Any

from ..shared import Pass, Schema, Spec, flattened, iter_schemas, resolve

__all__ = ["PASSES", "widen_allof_conflicts"]

_NOTES = ("description", "example", "examples", "deprecated", "x-stainless-const")


def _kind(spec: Spec, schema: Schema) -> str | frozenset[Any]:
    """How the generator will see a property: a union, an enum's values, or anything else."""
    target = resolve(spec, schema)
    kind = target.get("type")
    if target.get("anyOf") or target.get("oneOf") or (isinstance(kind, list) and len(kind) > 1):
        return "union"
    if "enum" in target:
        return "union" if None in target["enum"] else frozenset(target["enum"])
    return "plain"


def _unmergeable(spec: Spec, definitions: list[Schema]) -> bool:
    """True when the generator cannot merge these definitions of one allOf property.

    It cannot merge a union with a non-union ("int | None can't be merged with int"), nor two
    enums when neither's values contain the other's.
    """
    kinds = [_kind(spec, d) for d in definitions]
    if "union" in kinds and any(k != "union" for k in kinds):
        return True
    enums = [k for k in kinds if isinstance(k, frozenset)]
    return any(not (a <= b or b <= a) for a in enums for b in enums)


def _alternatives(schema: Schema) -> list[Schema]:
    """The non-union schemas a (possibly union) schema accepts, notes left out."""
    members = schema.get("anyOf") or schema.get("oneOf")
    if members and "properties" not in schema:
        return [alt for member in members for alt in _alternatives(member)]
    bare = {k: v for k, v in schema.items() if k not in _NOTES}
    if isinstance(bare.get("type"), list):
        return [{**bare, "type": kind} for kind in bare["type"]]
    return [bare]


def _widened(spec: Spec, definitions: list[Schema]) -> Schema:
    """One schema accepting whatever any of `definitions` accepts: the union, or the superset."""
    notes = {k: v for d in definitions for k, v in d.items() if k in _NOTES}
    resolved = [resolve(spec, d) for d in definitions]
    if all(isinstance(_kind(spec, d), frozenset) for d in definitions):
        values = list(dict.fromkeys(v for d in resolved for v in d["enum"]))
        kinds = {d.get("type") for d in resolved} - {None}
        widened: Schema = {"enum": values, **({"type": kinds.pop()} if len(kinds) == 1 else {})}
    else:
        unique: dict[str, Schema] = {}
        for definition in definitions:
            for alt in _alternatives(definition):
                unique.setdefault(repr(sorted(alt.items(), key=lambda kv: kv[0])), alt)
        widened = {"anyOf": list(unique.values())}
    return {
        **notes,
        **widened,
        "x-widened": "allOf redefinitions merged by scripts/fixes/allof_conflicts",
    }


def _inlined(spec: Spec, member: Schema, widened: dict[str, Schema]) -> Schema:
    """A copy of a referenced allOf member as one inline object, with `widened` properties."""
    properties, required = flattened(spec, member)
    merged = {
        name: copy.deepcopy(widened.get(name) or _widened_or_last(spec, definitions))
        for name, definitions in properties.items()
    }
    return {"type": "object", "properties": merged, "required": required}


def _widened_or_last(spec: Spec, definitions: list[Schema]) -> Schema:
    if _unmergeable(spec, definitions):
        return _widened(spec, definitions)
    return definitions[-1]


def _widen_allof(spec: Spec, schema: Schema) -> None:
    properties, _ = flattened(spec, schema)
    widened = {
        name: _widened(spec, definitions)
        for name, definitions in properties.items()
        if _unmergeable(spec, definitions)
    }
    if not widened:
        return
    members = schema["allOf"]
    for index, member in enumerate(members):
        if "$ref" in member:
            if set(flattened(spec, member)[0]) & set(widened):
                members[index] = _inlined(spec, member, widened)
            continue
        for name in set(member.get("properties") or ()) & set(widened):
            member["properties"][name] = copy.deepcopy(widened[name])
    for name in set(schema.get("properties") or ()) & set(widened):
        schema["properties"][name] = copy.deepcopy(widened[name])


def widen_allof_conflicts(spec: Spec) -> None:
    """Merge a property that allOf members define incompatibly into one wider definition."""
    done: set[int] = set()

    def visit(schema: Schema) -> None:
        # Referenced members first, so that a fixed base is not inlined into its users.
        if id(schema) in done:
            return
        done.add(id(schema))
        for member in schema.get("allOf") or ():
            visit(resolve(spec, member))
        if schema.get("allOf"):
            _widen_allof(spec, schema)

    for schema in list(iter_schemas(spec)):
        visit(schema)


PASSES: tuple[Pass, ...] = (widen_allof_conflicts,)
