"""A required body with several content types stays required.

The generator computes "every body is required" with a Jinja `set` inside a loop, which does
not outlive the loop: a required body with several content types (JSON and multipart) was typed
`| Unset = UNSET`, and `Unset` was not imported (NameError at import). A namespace carries the
answer out of the loop, and endpoint modules import `Unset` for the optional ones, whose type
names it.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "bodies_namespace",
        "endpoint_macros.py.jinja",
        why=(
            "a `set` inside a Jinja loop does not outlive the loop, so a required body with several"
            " content types was typed `| Unset = UNSET`; a namespace carries the answer out"
        ),
    ),
    _patch(
        __file__,
        "bodies_required",
        "endpoint_macros.py.jinja",
        why="it reads the namespace that bodies_namespace computes",
    ),
    _patch(
        __file__,
        "unset_import",
        "endpoint_module.py.jinja",
        why="an optional multi-content-type body's type names Unset",
    ),
)
