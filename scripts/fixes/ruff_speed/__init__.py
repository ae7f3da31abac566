"""The templates write what ruff's fix pass would otherwise rewrite, thousands of times over.

`generator.yaml`'s post hook runs ruff's fixes over the output; it merged the duplicate
`isinstance(x, str)` branch of every literal-enum union member (SIM114), in a loop that took
seconds of the generation. Written so by the template, the output is the same and the
generation faster. (It also rewrote thousands of `cls: type[T]` classmethods to `Self`, before
model_tables gave every model the one `from_dict` of `oai_api/_model.Model`.)
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "literal_enum_member_as_is",
        "property_templates/union_property.py.jinja",
        why=(
            "a literal enum member is written as it is, like the members without a transform;"
            " its own isinstance branch would repeat the final one, which ruff merges (SIM114)"
        ),
    ),
)
