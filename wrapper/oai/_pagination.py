"""Walking a paged list (files, batches, vector stores, usage, ...) without writing the loop.

The API pages its lists in two ways. Most pages have `data`, `has_more` and `last_id`, and the
next page is asked for with `after=<last_id>`; the usage and cost reports instead give
`next_page`, a token sent back as `page=`. `Cursor` holds both (its `param` says which) and
does no I/O; the client's `_walk` is the thin loop that fetches with it (`_async_client.py`).
Errors raise (an iterator has no `(status, response)` to return), as the matching
`APIStatusError`.
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

    def __init__(self, after: str | None = None, param: str | None = "after") -> None:
        self.after = after
        self.param = param
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
        if self.param is None:
            raise APIError(
                f"page {self.pages} of the list says it has more, but the operation takes no"
                " cursor to ask for the next page",
                status=status,
            )
        if self.param == "page":
            last = getattr(page, "next_page", None)
        else:
            last = getattr(page, "last_id", None)
            if not isinstance(last, str) or not last:
                last = getattr(items[-1], "id", None) if items else None
        if not isinstance(last, str) or not last or last == self.after:
            raise APIError(
                f"page {self.pages} of the list says it has more, but gives no new cursor"
                f" ({'next_page' if self.param == 'page' else 'last_id'} {last!r}) to ask for"
                " the next page",
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
