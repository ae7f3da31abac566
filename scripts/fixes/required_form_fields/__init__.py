"""A multipart request refuses to go out without a required field.

A multipart request model built without one of its required fields (`from_dict` of a form that
lacks it, or a None passed for it) was sent anyway: `to_multipart` crashed on the missing file
(`'Unset' object has no attribute 'to_tuple'`) or sent the text `None` or the sentinel's repr
as the field's value (createVoiceConsent, createVoice). It now raises a `ValueError` naming the
model and the field before anything is sent.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "refuse_missing",
        "model.py.jinja",
        why="a form without a required field was sent with a repr, or crashed mid-encoding",
    ),
)
