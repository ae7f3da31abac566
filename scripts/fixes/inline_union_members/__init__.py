"""Inline object members of a top-level union become component schemas, under the same name.

The generator builds a top-level schema in rounds until its references resolve; an inline
object member of a top-level oneOf/anyOf (ResponsesServerEvent, RealtimeTruncation) is then
registered again on each round ("Attempted to generate duplicate models") or, for an inline
`allOf`+`$ref` member, the whole union fails ("Invalid property in union"). Each such member
moves to `components/schemas/<Schema>_type_<i>`, the very name the generator gives it anyway, so
class and module names do not change (`RealtimeTruncation_type_1` -> `RealtimeTruncationType1`).
"""

from __future__ import annotations

from typing import Any

from ..shared import Pass, Spec

__all__ = ["PASSES", "hoist_union_members"]


def _is_inline_object(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and "$ref" not in schema
        and ("properties" in schema or "allOf" in schema)
    )


def hoist_union_members(spec: Spec) -> None:
    """Move inline object members of a top-level oneOf/anyOf into components/schemas."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    for name in list(schemas):
        schema = schemas[name]
        offset = 0
        for key in ("anyOf", "oneOf"):  # the generator numbers anyOf members first
            members = schema.get(key) or []
            for index, member in enumerate(members):
                hoisted = f"{name}_type_{offset + index}"
                if _is_inline_object(member) and hoisted not in schemas:
                    schemas[hoisted] = member
                    members[index] = {"$ref": f"#/components/schemas/{hoisted}"}
            offset += len(members)


PASSES: tuple[Pass, ...] = (hoist_union_members,)
