"""A JSON body may also be a plain mapping, sent exactly as given.

The wrapper validates its callers' input itself and sends plain dicts; built into the body
model and written back by `to_dict()`, a body could gain fields the caller never set, or lose
ones the model does not know. An endpoint with a JSON body now accepts a `Mapping` too, and sends
it as given.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "json_body_mapping",
        "endpoint_macros.py.jinja",
        why=(
            "a JSON body may also be a plain mapping, sent exactly as given: the wrapper validates"
            " its own input and must not gain fields the caller never set"
        ),
    ),
    _patch(
        __file__,
        "body_signature_mapping",
        "endpoint_macros.py.jinja",
        why="the signature of a JSON-body endpoint admits the plain mapping",
    ),
    _patch(
        __file__,
        "mapping_import",
        "endpoint_module.py.jinja",
        why="endpoint modules name Mapping in the body's type (ruff drops it where unused)",
    ),
)
