"""The server applies its own defaults; a request sends only what the caller set.

A generated request model writes every field that has a `default` into `to_dict()`, so a caller
who set only `model` and `messages` would send `n`, `temperature`, `stream`... as well; and a
default that is not among its enum's values makes the generator fail. Dropping `default` from
schemas loosens nothing: the server knows its defaults.
"""

from __future__ import annotations

from ..shared import Pass, Spec, iter_schemas

__all__ = ["PASSES", "strip_defaults"]


def strip_defaults(spec: Spec) -> None:
    """Drop `default` from schemas."""
    for schema in iter_schemas(spec):
        schema.pop("default", None)


PASSES: tuple[Pass, ...] = (strip_defaults,)
