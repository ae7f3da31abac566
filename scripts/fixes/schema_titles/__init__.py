"""Classes are named after schema keys, not titles.

The generator prefers a schema's `title` to its key when it names a class. Titles repeat across
the public spec, and two classes with one name make the generator drop both models and every
endpoint that uses them. Dropping the titles leaves the keys, which are unique, and which the
wrapper relies on.
"""

from __future__ import annotations

from ..shared import Pass, Spec, iter_schemas

__all__ = ["PASSES", "strip_titles"]


def strip_titles(spec: Spec) -> None:
    """Drop `title` from schemas, so that every class is named after its schema key."""
    for schema in iter_schemas(spec):
        schema.pop("title", None)


PASSES: tuple[Pass, ...] = (strip_titles,)
