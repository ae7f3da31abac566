"""The helpers that fixes add to the generated `types.py` are listed in its `__all__`.

union_choice adds `strict_parsing`, undeclared_bodies `undeclared_body`, error_bodies
`error_json`, absent_as_none `model_repr` and query_objects `query_params`; the generator's
`__all__` names only its own types, so type checkers and `from oai_api.types import *` would not
see them. The list is one line of the generator's template, written whole here: the helpers
stand in the module in the order of their fixes, the names in `__all__` in sorted order, and no
per-fix insertion point gives both.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "helpers_in_all",
        "types.py.jinja",
        why="the helpers the fixes define in types.py are exported beside the generator's names",
    ),
)
