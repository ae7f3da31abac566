"""OpenAPI 3.0's `nullable` in a 3.1 document, written as 3.1 says it.

The public spec says `openapi: 3.1.0` but marks nullable values with 3.0's `nullable: true`. The
generator ignores the keyword beside a `$ref` (a nullable reference became non-nullable), fails
on an allOf member that is only `{nullable: true}` ("Cannot take allOf a non-object": RunObject,
CreateRunRequest, ... and every user dropped), and keeps an enum strict when `null` is not among
its values (13 such enums). Tools that validate 3.1 skip the keyword altogether. So every
`nullable` is rewritten into what it means in 3.1 (`type: [t, "null"]`, `anyOf` with
`{type: null}`, `null` among an enum's values), which loosens nothing.

A nullable enum, in that form, makes the generator write one enum class per combination it
tries (three identical classes for a chat chunk's `finish_reason`); `split_nullable_enums`
writes it as `anyOf: [{the enum}, {type: null}]`, one enum class, optional with None.
"""

from __future__ import annotations

from typing import Any

from ..shared import Pass, Schema, Spec, iter_schemas

__all__ = ["PASSES", "rewrite_nullable", "split_nullable_enums"]

_NULL: Schema = {"type": "null"}


def _is_nullable_marker(member: Any) -> bool:
    """An allOf member that says only `nullable: true` (perhaps with a description)."""
    return (
        isinstance(member, dict)
        and "nullable" in member
        and set(member)
        <= {
            "nullable",
            "description",
        }
    )


def _drop_nullable_allof_members(schema: Schema) -> None:
    """Turn `allOf: [{$ref: X}, {nullable: true}]` into `{$ref: X, nullable: true}`.

    The generator treats each allOf member as an object to merge, and a bare `nullable` member
    is not one ("Cannot take allOf a non-object"): the whole schema, and every model and
    endpoint using it, is dropped.
    """
    members = schema.get("allOf")
    if not members or not any(_is_nullable_marker(m) for m in members):
        return
    markers = [m for m in members if _is_nullable_marker(m)]
    kept = [m for m in members if not _is_nullable_marker(m)]
    if any(m.get("nullable") for m in markers):
        schema["nullable"] = True
    for marker in markers:
        if "description" in marker:
            schema.setdefault("description", marker["description"])
    if len(kept) == 1 and set(kept[0]) == {"$ref"}:
        del schema["allOf"]
        schema["$ref"] = kept[0]["$ref"]
    else:
        schema["allOf"] = kept


def _allow_null(schema: Schema) -> None:
    """Make `schema` also accept null, in 3.1 terms."""
    if "$ref" in schema:
        schema["anyOf"] = [{"$ref": schema.pop("$ref")}, dict(_NULL)]
        return
    if "enum" in schema and None not in schema["enum"]:
        schema["enum"] = [*schema["enum"], None]
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list):
        if "null" not in kind:
            kind.append("null")
    elif schema.get("oneOf") or schema.get("anyOf"):
        key = "oneOf" if schema.get("oneOf") else "anyOf"
        if _NULL not in schema[key]:
            schema[key].append(dict(_NULL))
    elif schema.get("allOf"):
        schema["anyOf"] = [{"allOf": schema.pop("allOf")}, dict(_NULL)]
    # No type at all: the schema already admits null.


def rewrite_nullable(spec: Spec) -> None:
    """Rewrite OpenAPI 3.0 `nullable` into 3.1 (`type: [..., "null"]`, `anyOf` with null)."""
    for schema in iter_schemas(spec):
        _drop_nullable_allof_members(schema)
        if schema.pop("nullable", False):
            _allow_null(schema)


def split_nullable_enums(spec: Spec) -> None:
    """Write a nullable enum as `anyOf: [{the enum}, {type: null}]`: one enum class, not three."""
    for schema in iter_schemas(spec):
        kind, values = schema.get("type"), schema.get("enum")
        if not isinstance(kind, list) or "null" not in kind or not isinstance(values, list):
            continue
        if "anyOf" in schema or "oneOf" in schema:
            continue
        others = [t for t in kind if t != "null"]
        del schema["type"], schema["enum"]
        enum: Schema = {"type": others[0] if len(others) == 1 else others}
        enum["enum"] = [v for v in values if v is not None]
        schema["anyOf"] = [enum, dict(_NULL)]


PASSES: tuple[Pass, ...] = (rewrite_nullable, split_nullable_enums)
