"""The models a model's methods use are imported once, by the first call, not by every call.

The generator imports them (its `lazy_imports`) inside `to_dict`/`from_dict`/`to_multipart`,
and again for additional properties: an import statement run on every call, ~1 µs per name,
most of a typed parse. At module level they would make import cycles and import most of the
package (a chat endpoint 283 -> 750 ms). A module function `_bind_models()` imports them and
binds them as globals (`global` + the generator's own import lines); a method's first call runs
it behind `if not _models_bound:`. Type checkers still see the generator's `TYPE_CHECKING`
imports. With union_choice's single-member shortcut this made the typed parse 3-8 times faster.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "methods_bind_models",
        "model.py.jinja",
        count=3,
        why=(
            "the models a model's methods use were imported inside to_dict/from_dict/to_multipart,"
            " an import statement run on every call; they are now bound once, by the first call"
        ),
    ),
    _patch(
        __file__,
        "no_additional_properties_imports",
        "model.py.jinja",
        why=(
            "the models of additional properties were imported again in from_dict; they are among"
            " the model's own lazy imports, which from_dict has bound already"
        ),
    ),
    _patch(
        __file__,
        "bind_models_function",
        "model.py.jinja",
        why="it defines `_bind_models`, which binds the models on first use",
    ),
)
