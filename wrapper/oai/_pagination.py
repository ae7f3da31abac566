"""Walking a cursor-paged list (files, batches, response input items) without writing the loop.

The API pages its lists the same way everywhere: each page has `data`, `has_more` and `last_id`,
and the next page is asked for with `after=<last_id>`. `Cursor` holds that logic and does no
I/O; the client's `_walk` is the thin loop that fetches with it (`_async_client.py`). Errors
raise (an iterator has no `(status, response)` to return), as the matching `APIStatusError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, TypeVar, cast

from ._exceptions import APIError, status_error_class
from ._results import ErrorValue

ItemT = TypeVar("ItemT")
ItemT_co = TypeVar("ItemT_co", covariant=True)


class Page(Protocol[ItemT_co]):
    """What every list answer of the API has (the generated list models all fit)."""

    @property
    def data(self) -> Sequence[ItemT_co]: ...

    @property
    def has_more(self) -> bool: ...


class Cursor:
    """Where a walk through a list stands: the `after` for the next page, or done.

    `take(status, answer)` returns the page's items and moves the cursor on. An error answer
    raises; so does a page that says there is more but gives no way to ask for it, or one that
    would ask for the same page again, since either would loop forever.
    """

    def __init__(self, after: str | None = None) -> None:
        self.after = after
        self.done = False
        self.pages = 0

    def take(self, status: int, answer: Page[ItemT] | ErrorValue) -> Sequence[ItemT]:
        if not 200 <= status < 300:  # the answer is the server's error, not a page
            raise _page_error(status, answer, self.pages)
        page = cast("Page[ItemT]", answer)
        self.pages += 1
        items = page.data
        if not page.has_more:
            self.done = True
            return items
        last = getattr(page, "last_id", None)
        if not isinstance(last, str) or not last:
            last = getattr(items[-1], "id", None) if items else None
        if not isinstance(last, str) or not last or last == self.after:
            raise APIError(
                f"page {self.pages} of the list says it has more, but gives no new cursor"
                f" (last_id {last!r}) to ask for the next page",
                status=status,
            )
        self.after = last
        return items


def _page_error(status: int, answer: Any, pages: int) -> APIError:
    message = getattr(getattr(answer, "error", None), "message", None) or str(answer)[:200]
    where = f"page {pages + 1} of the list"
    if status >= 400:
        return status_error_class(status)(f"{where}: {message}", status=status, body=answer)
    return APIError(f"{where} answered {status}, not a page: {message}", status=status, body=answer)


__all__ = ["Cursor", "Page"]
