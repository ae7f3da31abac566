"""A request body offered as JSON and as multipart with the same schema is sent one way.

Some operations (CreateVideoRemix, CreateContainerFile, CreateSkill, CreateSkillVersion) accept
one schema both as `application/json` and as `multipart/form-data`. The generator tells the two
apart by the body's Python type, which is the same model for both: its two `isinstance`
branches both match, so the request carries `files=` and `json=` and the Content-Type of the
last branch (multipart bytes labelled JSON, or `{}` sent as a form). Only one content type is
kept: multipart when the schema has a file field (`format: binary`), since a file cannot go as
JSON, JSON otherwise, since every value fits there and nothing is lost.
"""

from __future__ import annotations

import json
from typing import Any

from ..shared import Pass, Spec, operations

__all__ = ["PASSES", "one_content_type_per_schema"]

JSON, FORM = "application/json", "multipart/form-data"


def _has_file(spec: Spec, schema: Any, seen: frozenset[str] = frozenset()) -> bool:
    if isinstance(schema, list):
        return any(_has_file(spec, item, seen) for item in schema)
    if not isinstance(schema, dict):
        return False
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
        name = ref.rsplit("/", 1)[-1]
        target = spec.get("components", {}).get("schemas", {}).get(name)
        return name not in seen and _has_file(spec, target, seen | {name})
    if schema.get("format") == "binary":
        return True
    children = [*(schema.get("properties") or {}).values(), schema.get("items")]
    children += [m for key in ("allOf", "anyOf", "oneOf") for m in schema.get(key) or []]
    return _has_file(spec, children, seen)


def one_content_type_per_schema(spec: Spec) -> None:
    """Keep one of JSON and multipart where a body offers both with the same schema."""
    for _, _, operation in operations(spec):
        content = (operation.get("requestBody") or {}).get("content") or {}
        if JSON not in content or FORM not in content:
            continue
        schema = content[JSON].get("schema")
        if json.dumps(schema, sort_keys=True) != json.dumps(
            content[FORM].get("schema"), sort_keys=True
        ):
            continue
        del content[JSON if _has_file(spec, schema) else FORM]


PASSES: tuple[Pass, ...] = (one_content_type_per_schema,)
