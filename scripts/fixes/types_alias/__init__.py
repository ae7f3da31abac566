"""Endpoint modules use `types.Response` through an alias, so a model `Response` cannot shadow it.

The public spec has a schema named `Response` (the Responses API's answer), which makes a model
class `Response`; an endpoint module that imports it shadows the generator's `types.Response`,
the detailed result every endpoint builds. Endpoint modules import the types module as `_types`
and write `_types.Response`. No class or module is renamed.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

_ENDPOINT = "endpoint_module.py.jinja"

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "types_import",
        _ENDPOINT,
        why=(
            "a schema named `Response` makes a model class `Response` that endpoint modules import"
            " too, shadowing `types.Response`; the types module is imported under an alias"
        ),
    ),
    _patch(
        __file__,
        "response_annotations",
        _ENDPOINT,
        count=3,
        why="the detailed results are the aliased `types.Response`",
    ),
    _patch(
        __file__,
        "response_constructor",
        _ENDPOINT,
        why="the detailed results are the aliased `types.Response`",
    ),
)
