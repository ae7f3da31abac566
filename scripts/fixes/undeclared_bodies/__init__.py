"""A success answer that the spec declares without content is returned as it came.

DELETE `/responses/{id}`, `/containers/{id}`, `.../files/{id}` and GET `.../content` declare a
success answer without content, and the generator returned None for it, although the server
sends a JSON object (`{"id": ..., "deleted": true}`) or the file's bytes. An operation whose
only answers are undeclared (typed Any) was even generated without `sync`/`asyncio`, parsing
every answer as None (`parsed_responses`). The endpoint now returns `types.undeclared_body
(response)`: the JSON value when the answer says it is JSON, bytes otherwise, None when empty.
"""

from __future__ import annotations

from ..shared import TemplatePatch
from ..shared import template_patch as _patch

__all__ = ["PATCHES"]

PATCHES: tuple[TemplatePatch, ...] = (
    _patch(
        __file__,
        "undeclared_answer",
        "endpoint_macros.py.jinja",
        why=(
            "a success response declared without content was returned as None although the"
            " server sends a JSON object or the file's bytes"
        ),
    ),
    _patch(
        __file__,
        "parsed_responses",
        "endpoint_module.py.jinja",
        why=(
            "an operation whose only answers are undeclared (typed Any) was generated without"
            " `sync`/`asyncio` and parsed every answer as None"
        ),
    ),
    _patch(
        __file__,
        "undeclared_body_helper",
        "types.py.jinja",
        why="it defines types.undeclared_body, which undeclared_answer calls",
    ),
    _patch(
        __file__,
        "typing_imports",
        "types.py.jinja",
        why="undeclared_body is typed with Any, and names httpx for type checkers only",
    ),
    _patch(
        __file__,
        "httpx_for_type_checkers",
        "types.py.jinja",
        why=(
            "undeclared_body (and error_bodies' error_json) name httpx.Response, imported for"
            " type checkers only so that the types module stays cheap to import"
        ),
    ),
)
