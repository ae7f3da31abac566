"""Responses are read tolerantly; requests stay strict.

The generator's `from_dict` fails the whole response on the first thing the spec did not
foresee: a required field a server left out (`KeyError`), a null where the spec allows none
(`X.from_dict(None)`, `fromisoformat(None)`), an enum value it does not list, a string where it
says a list (iterated into one-character items) or an object. Servers do all of these (a newer
API, a compatible server), and one such value cost the caller the whole answer.

So in generated models: a required field is popped with the default UNSET
(`pop_required_with_unset`) and left out again by `to_dict` (`to_dict_skips_unset_*`), so that a
body round-trips while the constructor still requires it; a null or missing value parses as None
whatever the declared type, and in a model that a response can contain a value that does not
parse as declared is kept as it came (`parse_or_keep`; it calls absent_as_none's
`_none_for_absent` and union_choice's `_refused_when_strict`, and re-raises while
`strict_parsing` is set); `to_dict` writes a tolerated None/UNSET or kept value back as it is
(`to_dict_writes_back_what_came`, `list_items_as_they_came`); a string where a list is declared
raises, so that it is kept as it came or the union member does not fit (`*list_guard`).

A model that only request bodies use keeps raising: the wrapper checks a caller's values
through its `from_dict` (the upload helpers refuse an unknown `purpose`), so `mark_request_only`
marks with `x-oai-request-only` every component schema that a request body reaches and no
response does (162 in the public spec), the inline objects inside it, and inline request body
schemas; `parse_or_keep` keeps those strict, and `required_in_requests` makes their `from_dict`
refuse a missing required field (naming the model and the field) whether or not strict parsing
is on, so that an incomplete request is not built to fail later or be sent half-empty.
"""

from __future__ import annotations

from typing import Any

from ..shared import Pass, Spec, TemplatePatch, nested, operations, reachable
from ..shared import template_patch as _patch

__all__ = ["PASSES", "PATCHES", "mark_request_only"]


def mark_request_only(spec: Spec) -> None:
    """Mark the object schemas that only requests use: their models parse strictly."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    requests: list[Any] = []
    responses: list[Any] = [(spec.get("components") or {}).get("responses") or {}]
    for _, _, operation in operations(spec):
        requests.append(operation.get("requestBody") or {})
        responses.append(operation.get("responses") or {})
    by_response = reachable(spec, responses)
    by_request = reachable(spec, requests)
    roots = [schemas[name] for name in sorted(by_request - by_response)]
    roots += [
        media.get("schema") for body in requests for media in (body.get("content") or {}).values()
    ]
    for root in roots:
        if not isinstance(root, dict) or "$ref" in root:
            continue
        for schema in nested(root):
            if "properties" in schema or "allOf" in schema:
                schema["x-oai-request-only"] = True


_LIST = "property_templates/list_property.py.jinja"

PASSES: tuple[Pass, ...] = (mark_request_only,)
PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "pop_required_with_unset",
        "model.py.jinja",
        why=(
            "a required field that a server leaves out parses as UNSET, which to_dict leaves out"
            " again, so the body round-trips; the constructor still requires the field"
        ),
    ),
    _patch(
        __file__,
        "required_in_requests",
        "model.py.jinja",
        why=(
            "a request-only model's from_dict let a missing required field through, to fail later"
            " (or be sent as a repr); it raises naming the field, strict mode or not"
        ),
    ),
    _patch(
        __file__,
        "parse_or_keep",
        "model.py.jinja",
        why=(
            "a null or missing field parses as None whatever its declared type, and in a model"
            " that responses use a value that does not parse as declared is kept as it came"
            " instead of failing the whole response"
        ),
    ),
    _patch(
        __file__,
        "to_dict_writes_back_what_came",
        "model.py.jinja",
        why=(
            "a None, UNSET or undeclared value that a tolerant from_dict let in is written back"
            " as it came by to_dict instead of failing on `None.to_dict()`"
        ),
    ),
    _patch(
        __file__,
        "to_dict_skips_unset_open",
        "model.py.jinja",
        why=(
            "a required field that was missing from a parsed response (UNSET) is left out of"
            " to_dict() rather than written as an Unset object"
        ),
    ),
    _patch(
        __file__,
        "to_dict_skips_unset_close",
        "model.py.jinja",
        why="it closes the comprehension that to_dict_skips_unset_open opens",
    ),
    _patch(
        __file__,
        "list_guard",
        _LIST,
        why=(
            "a string where the spec says a list was iterated character by character into a"
            " list of wrong items; it now fails to parse as a list (and is kept as it came)"
        ),
    ),
    _patch(__file__, "optional_list_guard", _LIST, why="list_guard is needed for an optional list"),
    _patch(
        __file__,
        "list_items_as_they_came",
        _LIST,
        why="a list of models that was kept as it came is written back as it came",
    ),
)
