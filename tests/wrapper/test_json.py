"""`_json.loads` reads what `json.loads` reads, and refuses what it refuses, the same way."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from oai._json import loads

SAME = [
    '{"a":1,"b":[true,false,null],"c":{"d":"é\\u00e9\\ud83d\\ude00"}}',
    "[1,2.5,-3e2]",
    '{"x":NaN,"y":Infinity}',  # json.loads takes these; so must we
    ' {"a":1}',  # whitespace before
    '{"a":1}\n',  # and after
    '"just a string"',
    "42",
    "null",
    '{"a":"\\ud800"}',  # a lone surrogate, kept
]
REFUSED = ["", "{", '{"a":1}{"b":2}', '{"a":1} x', "{'a':1}", '{"a":01}', "nope"]
REFUSED_TEXT = ["\ufeff{}"]  # as text; as bytes, json.loads reads a BOM as UTF-8's (kept in SAME)


def same(value: Any, expected: Any) -> bool:
    if isinstance(expected, float) and math.isnan(expected):
        return isinstance(value, float) and math.isnan(value)
    if isinstance(expected, dict):
        return value.keys() == expected.keys() and all(same(value[k], expected[k]) for k in value)
    return bool(value == expected and type(value) is type(expected))


@pytest.mark.parametrize("text", SAME)
@pytest.mark.parametrize("kind", ["str", "utf-8", "utf-16", "utf-8-sig"])
def test_reads_as_json_loads(text: str, kind: str) -> None:
    data: str | bytes = text if kind == "str" else text.encode(kind, "surrogatepass")
    assert same(loads(data), json.loads(data))


@pytest.mark.parametrize(
    ("text", "kind"),
    [(t, "str") for t in REFUSED + REFUSED_TEXT] + [(t, "utf-8") for t in REFUSED],
)
def test_refuses_as_json_loads(text: str, kind: str) -> None:
    data: str | bytes = text if kind == "str" else text.encode()
    with pytest.raises(ValueError) as ours:
        loads(data)
    with pytest.raises(ValueError) as theirs:
        json.loads(data)
    assert type(ours.value) is type(theirs.value)
    assert str(ours.value) == str(theirs.value)


def test_invalid_utf8_is_refused_as_json_loads_refuses_it() -> None:
    data = b'{"a":"\xff"}'
    with pytest.raises(UnicodeDecodeError):
        json.loads(data)
    with pytest.raises(UnicodeDecodeError):
        loads(data)


def test_an_api_body_is_read_without_json_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the API sends (one value, nothing around it) goes straight to the scanner; only
    the rest takes `json.loads`' longer way."""
    import oai._json

    fallbacks: list[Any] = []
    real = json.loads
    monkeypatch.setattr(oai._json.json, "loads", lambda data: fallbacks.append(data) or real(data))
    assert loads('{"id":"chatcmpl-1","choices":[]}') == {"id": "chatcmpl-1", "choices": []}
    assert loads(b'{"object":"list","data":[]}') == {"object": "list", "data": []}
    assert fallbacks == []
    assert loads(' {"a":1}') == {"a": 1}
    assert fallbacks == [' {"a":1}']
