"""A field the server left out reads as None, and `to_dict()` still writes back what came.

The generator reads an absent field as its `Unset` sentinel: user code crashed on `'Unset'
object has no attribute ...`, needed a second test besides `is None`, and reprs were full of
`<Unset object at 0x...>`. Optional fields are now declared `X | None = None` (`declaration`),
so that one test means "not there" and the types say so.

What `to_dict()` writes stays what was sent: None means "left out" for an optional field and
"null" for a required one, and the model's `_none_flips` names the fields where it means the
other (an optional field the server sent as null, a required one it left out). `from_dict`
turns UNSET into None and records the flips (`_none_for_absent`, called by `none_for_absent`
and by tolerant_responses' `parse_or_keep`); `to_dict`/`to_multipart` read each field as sent
(`_v_<name>`: None back to UNSET where it was left out), so that the property templates, which
skip UNSET, run as the generator wrote them. `repr()` is `types.model_repr`, which shows only
what `to_dict()` would write. A model you build yourself cannot say "send null" for an optional
field: pass a plain mapping as the body for that.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

_MODEL = "model.py.jinja"

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "declaration",
        _MODEL,
        count=2,
        why="an optional field is declared `X | None = None` (the `_declaration` macro)",
    ),
    _patch(
        __file__,
        "none_flips_field",
        _MODEL,
        why=(
            "every model records where its None means the other thing and shows in its repr"
            " only what it holds (types.model_repr)"
        ),
    ),
    _patch(
        __file__,
        "to_dict_as_sent",
        _MODEL,
        why="to_dict reads each field as sent: None back to UNSET where it was left out",
    ),
    _patch(
        __file__,
        "to_multipart_as_sent",
        _MODEL,
        why="to_multipart, like to_dict, leaves out what was left out",
    ),
    _patch(
        __file__,
        "from_dict_collects_flips",
        _MODEL,
        why="from_dict collects the fields whose None means the other thing",
    ),
    _patch(
        __file__,
        "from_dict_stores_flips",
        _MODEL,
        why="it stores what from_dict collected on the new model",
    ),
    # After `declaration`: the macros hold the very text that `declaration` replaces.
    _patch(
        __file__,
        "macros",
        _MODEL,
        why="it defines `_declaration`, `_none_for_absent` and `_as_sent`, which the others call",
    ),
    _patch(
        __file__,
        "none_for_absent",
        _MODEL,
        why="a field without a parser that came as null or UNSET reads as None, its flip recorded",
    ),
    _patch(
        __file__,
        "model_repr_import",
        _MODEL,
        why="every model's repr is types.model_repr",
    ),
    _patch(
        __file__,
        "model_repr_helper",
        "types.py.jinja",
        why="it defines types.model_repr",
    ),
    _patch(
        __file__,
        "model_repr_imports",
        "types.py.jinja",
        why="model_repr is typed with Any and tells required fields by attrs' NOTHING",
    ),
)
