"""Responses are read tolerantly; requests stay strict.

The generator's `from_dict` fails the whole response on the first thing the spec did not
foresee: a required field a server left out (`KeyError`), a null where the spec allows none
(`X.from_dict(None)`, `fromisoformat(None)`), an enum value it does not list, a string where it
says a list (iterated into one-character items) or an object. Servers do all of these (a newer
API, a compatible server), and one such value cost the caller the whole answer.

So generated models read by the rules of `oai_api/_model.py` (`Model.from_dict`): a required
field a server left out reads as None and is left out again by `to_dict`, so that a body
round-trips while the constructor still requires the field; a null or missing value parses as
None whatever the declared type; in a model that a response can contain, a value that does not
parse as declared is kept as it came (and raises while `strict_parsing` is set), and `to_dict`
writes it back as it is; a string where a list is declared does not parse as a list
(`list_of`, which the `list_guard` patch makes endpoints use as well).

A model that only request bodies use keeps raising: the wrapper checks a caller's values
through its `from_dict` (the upload helpers refuse an unknown `purpose`), so `mark_request_only`
marks with `x-oai-request-only` every component schema that a request body reaches and no
response does (162 in the public spec), the inline objects inside it, and inline request body
schemas; model_tables' template gives those tables `strict=True`: a value that does not parse
raises, and a missing required field is refused by name (model and field) whether or not strict
parsing is on, so that an incomplete request is not built to fail later or be sent half-empty.
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
        "list_guard",
        _LIST,
        why=(
            "a string where the spec says a list was iterated character by character into a"
            " list of wrong items; an endpoint's list answer is parsed by `_model.list_of`, as"
            " a model's list field is, which refuses it (and a tolerant model keeps it as it came)"
        ),
    ),
)
