"""A union's member is chosen by the data, and a value no member takes is kept as it came.

The generator's union parser tries each member in turn, keeps the first that does not raise,
and lets the last one's error fail the whole response. With tolerant models (see
tolerant_responses) almost any object parses as the first member model. The spec does say what
tells members apart: the value of `type`, `object`, `role` or `event` (105 `discriminator`s
without mapping, and many more unions without one), or only the keys (a verbose vs a plain
transcription).

`mark_union_tags` records on each object schema (through allOf) `x-oai-tags: {tag: [values]}`,
the const or enum values of each tag property, and `x-oai-keys`, its property names (the union
template of an endpoint reads them from its members; a model's own template writes its tags as
the class's `_tags`, and its keys are those of its field table). A tag defined twice with
different value lists is left out, as is an open string. `oai_api/_model.one_of`, which models
and endpoints (the `construct` patch) both parse a union by, then picks, in this order:

1. a member whose tag has a single value that no other member shares, when the data carries
   that value (three `type: message` members are told apart by `role`);
2. otherwise members are tried in order, a tagged model only when the data's tag values are
   among its own (a missing tag does not exclude it), and a model only when no other member
   model declares more of the data's keys; first strictly, then tolerantly. With a single
   member to parse (`X | None`) the strict pass is left out: it could only choose that member;
3. a value that no member takes (an event type this spec does not know, a list where the spec
   says one object) is kept as it came instead of failing the whole response; while parsing
   strictly it raises instead, unless it is of a member's plain JSON type (a string for
   `str | Model`).

Strictly means with `types.strict_parsing` set (`strict_parsing_flag`): a model then raises on
a missing required field or a null the spec does not allow, and on a value that does not parse
as declared, so the member chosen is one the data fits. Writing a union back needs no choice:
`to_dict` writes each value by what it holds. An endpoint's union query parameter still goes
through the generator's `transform`, where every member gets its own isinstance branch and a
value of no member is written as it is (`to_dict_*`).
"""

from __future__ import annotations

from ..shared import Pass, Schema, Spec, TemplatePatch, flattened, iter_schemas, resolve
from ..shared import template_patch as _patch

__all__ = ["PASSES", "PATCHES", "UNION_TAGS", "mark_union_tags"]

UNION_TAGS = ("type", "object", "role", "event")


def _tag_values(spec: Spec, schema: Schema) -> tuple[str, ...] | None:
    """The strings a tag property allows (a const, or an enum), or None when it is open."""
    target = resolve(spec, schema)
    values = [target["const"]] if "const" in target else target.get("enum") or []
    values = [v for v in values if v is not None]
    if not values or not all(isinstance(v, str) for v in values):
        return None
    return tuple(values)


def mark_union_tags(spec: Spec) -> None:
    """Record on each object schema its tag values (`x-oai-tags`) and its keys (`x-oai-keys`)."""
    for schema in list(iter_schemas(spec)):
        if "properties" not in schema and "allOf" not in schema:
            continue
        properties, _ = flattened(spec, schema)
        tags: dict[str, list[str]] = {}
        for tag in UNION_TAGS:
            values = {_tag_values(spec, d) for d in properties.get(tag, ())}
            if len(values) == 1 and None not in values:
                tags[tag] = list(values.pop() or ())
        if tags:
            schema["x-oai-tags"] = tags
        if properties:
            schema["x-oai-keys"] = sorted(properties)


_UNION = "property_templates/union_property.py.jinja"

PASSES: tuple[Pass, ...] = (mark_union_tags,)
PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "construct",
        _UNION,
        why=(
            "a union member is chosen by the data's `type`/`object`/`role`/`event` values, not as"
            " the first member that does not raise (with tolerant models, the first model for"
            " any object), and a value no member takes is kept as it came; the patch replaces"
            " the generator's whole `construct` macro by a call of `_model.one_of`, which models"
            " use too"
        ),
    ),
    _patch(
        __file__,
        "to_dict_branch_per_member",
        _UNION,
        why=(
            "to_dict: every member is written by its own isinstance branch, so that a value kept"
            " as it came is written back as it came (to_dict_else_as_it_came)"
        ),
    ),
    _patch(
        __file__,
        "to_dict_else_as_it_came",
        _UNION,
        why="the value that no isinstance branch takes is written back unchanged",
    ),
    _patch(
        __file__,
        "endpoint_parsers_import",
        "endpoint_module.py.jinja",
        why=(
            "a union answer is parsed in the endpoint module, by the parsers of oai_api/_model.py"
            " (ruff drops the names a module does not use)"
        ),
    ),
    _patch(
        __file__,
        "strict_parsing_flag",
        "types.py.jinja",
        why="defines types.strict_parsing, the ContextVar a union sets while it parses strictly",
    ),
    _patch(
        __file__,
        "contextvar_import",
        "types.py.jinja",
        why="strict_parsing is a ContextVar",
    ),
)
