"""An error answer is read as OpenAI's error object, whatever shape the server gave it.

Compatible servers answer errors as `{"detail": ...}`, problem+json, an SSE error event or an
HTML page. Parsed as the spec's `ErrorResponse`, each gave an error with no message, or failed
in `response.json()`. An endpoint now reads an `ErrorResponse` answer through
`types.error_json(response)`, which turns the body into `{"error": {...}}` (the body's own keys
stay beside `error`, so nothing it said is lost; a body that is not JSON gives its text as the
message).

The rule itself is hand-written Python, not template text: `scripts/package_modules/
_error_bodies.py`, which gen.py copies into the package as `oai_api._error_bodies` and which the
wrapper uses too. `error_json`'s annotation names httpx, which undeclared_bodies imports for
type checkers.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "error_json_answer",
        "endpoint_macros.py.jinja",
        why=(
            "an `ErrorResponse` answer is read through types.error_json, so that a compatible"
            ' server\'s `{"detail": ...}`, problem+json, SSE error or HTML page gives its message'
        ),
    ),
    _patch(
        __file__,
        "error_json_helper",
        "types.py.jinja",
        why="it defines types.error_json, which error_json_answer calls",
    ),
    _patch(__file__, "any_import", "types.py.jinja", why="error_json is typed with Any"),
)
