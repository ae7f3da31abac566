"""Helpers for the tests of completions, embeddings, moderations, images, audio, files, batches."""

from __future__ import annotations

from typing import Any

from oai.testing import RecordedRequest
from oai.testing._forms import Form, read_form


async def collect(items: Any) -> list[Any]:
    """Every item of a sync iterator or an async iterator, as a list."""
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


async def first(items: Any) -> Any:
    """The first item of a sync or async iterator (fetching only what that needs)."""
    if hasattr(items, "__anext__"):
        return await items.__anext__()
    return next(items)


def sent_form(request: RecordedRequest) -> Form:
    """The multipart form a request carried, read the way the fake server reads it."""
    form = read_form(request)
    assert isinstance(form, Form), form
    return form
