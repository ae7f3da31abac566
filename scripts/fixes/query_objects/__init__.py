"""Object-valued query parameters are sent as the OpenAI API reads them, not as a repr.

Several list operations filter by an object in the query: `metadata` (a map) on chat
completions and fine-tuning jobs, `effective_at` (`gt`/`gte`/`lt`/`lte`) on audit logs. The
generator puts a map's dict into `params` as it is, which httpx sends as the text of a Python
repr (`metadata=%7B%27k%27...`), and spreads an object's fields into the query under their own
names (`gt=1`), losing the parameter's. Every parameter now keeps its name, and
`types.query_params` writes an object's fields as `name[field]=value`, the bracketed form the
API's own documentation uses, leaving out unset and None values as before.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "named_objects",
        "endpoint_macros.py.jinja",
        why="an object parameter's fields were spread into the query under their own names",
    ),
    _patch(
        __file__,
        "deep_objects",
        "endpoint_macros.py.jinja",
        why="a map in the query was sent as the repr of a Python dict",
    ),
    _patch(
        __file__,
        "query_params_helper",
        "types.py.jinja",
        why="it defines types.query_params, which deep_objects calls",
    ),
)
