"""An operation that answers with bytes or text asks for them in its `Accept` header.

Every request of a client goes out with the client's headers, `Accept: application/json`
among them. An operation whose success answer is not JSON (speech audio, a file's content, a
video, a skill archive, an SDP answer) then asks for what it will not get, and a server that
honours `Accept` answers 406. Its `_get_kwargs` sets `Accept: */*`, which fits whatever the
operation returns; JSON operations keep the client's.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "accept_any",
        "endpoint_module.py.jinja",
        why=(
            "a bytes or text answer was asked for with the client's `Accept: application/json`,"
            " which a server that honours it refuses with 406"
        ),
    ),
)
