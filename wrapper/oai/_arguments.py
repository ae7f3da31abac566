"""Checks of the arguments a caller passes by hand: ids, list orders, page sizes, value kinds.

Each is made before anything is sent, and fails naming the argument and what it got. They are
kept together because every API family uses the same ones, and a message should read the same
whichever call it comes from.
"""

from __future__ import annotations

import math
from typing import Any

__all__ = [
    "check_order",
    "check_page_size",
    "check_seconds",
    "kind_of",
    "optional_id",
    "query",
    "required_id",
]


def required_id(value: object, name: str) -> str:
    """Ids go into the URL path: an empty or non-string one would address the wrong resource."""
    if not isinstance(value, str) or not value:
        raise ValueError(f"{name} must be a non-empty string, got {value!r}")
    return value


def optional_id(value: object, name: str) -> str | None:
    """An id that may be left out (None), but is never empty when given."""
    return None if value is None else required_id(value, name)


def check_order(order: object) -> str | None:
    """A list's sort order, checked before it goes into the URL."""
    if order is not None and order not in ("asc", "desc"):
        raise ValueError(f"order must be 'asc' or 'desc', got {order!r}")
    return order


def check_page_size(value: object, name: str = "page_size") -> int | None:
    """A page size (`limit`) is a whole number of items, 1 or more; None leaves the API's own."""
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ValueError(f"{name} must be a whole number of items, 1 or more; got {value!r}")
    return value


def check_seconds(value: object, name: str) -> float | None:
    """A length of time (a timeout, an interval): a positive, finite number of seconds, or
    None for none given."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"{name} must be a number of seconds or None, got {type(value).__name__}")
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
    return float(value)


def query(**args: Any) -> dict[str, Any]:
    """The query arguments a caller gave; the generated builders take no None."""
    return {name: value for name, value in args.items() if value is not None}


def kind_of(value: object) -> str:
    """How an error message names what it got instead: the type's name."""
    return type(value).__name__
