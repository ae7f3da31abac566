"""`oai._partial_json`: a JSON document read as it arrives, with the value so far."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from oai._partial_json import PartialJSON

DOCUMENTS: list[Any] = [
    {"title": "Trip", "stops": [{"city": "Nice", "nights": 2}], "ok": True, "none": None},
    {"esc": 'quote " slash \\ / \b\f\n\r\t é 😀 \x01', "e": -1.5e10, "z": 0, "f": 0.25},
    [[], {}, [[[]]], {"a": {"b": {"c": [1, 2, 3]}}}],
    "just a string",
    12345,
    -0.5,
    True,
    None,
    {"deep": [[[[[[[[[[{"x": "y"}]]]]]]]]]]},
]


def feed_in_pieces(text: str, sizes: list[int]) -> PartialJSON:
    parser = PartialJSON()
    i = 0
    for size in sizes:
        parser.feed(text[i : i + size])
        i += size
    parser.feed(text[i:])
    return parser


@pytest.mark.parametrize("document", DOCUMENTS)
def test_any_split_gives_what_json_loads_gives(document: Any) -> None:
    for text in (json.dumps(document), json.dumps(document, indent=2, ensure_ascii=False)):
        for seed in range(30):
            rng = random.Random(seed)
            sizes = [rng.randint(1, 6) for _ in range(len(text))]
            assert feed_in_pieces(text, sizes).close() == json.loads(text)
        assert feed_in_pieces(text, [1] * len(text)).close() == json.loads(text)


def test_unicode_escapes_split_anywhere() -> None:
    text = '{"s": "a\\u00e9b\\ud83d\\ude00c\\ud800"}'
    for cut in range(len(text)):
        parser = PartialJSON()
        parser.feed(text[:cut])
        shown = (parser.value or {}).get("s", "")
        assert "\\" not in shown and not shown.endswith("\ud83d")  # never half an escape
        parser.feed(text[cut:])
        assert parser.close() == json.loads(text)


def test_the_value_so_far() -> None:
    parser = PartialJSON()
    assert parser.value is None
    parser.feed('{"title": "Hel')
    root = parser.value
    assert root == {"title": "Hel"}
    parser.feed('lo", "n": 12')
    assert root == {"title": "Hello"}  # 12 may still become 123
    parser.feed('3, "sub": {"list": [tr')
    assert root == {"title": "Hello", "n": 123, "sub": {"list": []}}
    parser.feed('ue, "x')
    assert root == {"title": "Hello", "n": 123, "sub": {"list": [True, "x"]}}
    parser.feed('"]}, "k')
    assert "k" not in root  # a key still arriving is not shown
    parser.feed('ey": null}')
    assert parser.done
    assert parser.value is root  # the same live dict all along
    assert parser.close() == {"title": "Hello", "n": 123, "sub": {"list": [True, "x"]}, "key": None}


def test_a_scalar_root_appears_once_complete() -> None:
    parser = PartialJSON()
    parser.feed('"abc')
    assert parser.value is None
    parser.feed('"')
    assert parser.value == "abc"
    number = PartialJSON()
    number.feed("42")
    assert number.value is None and not number.done
    assert number.close() == 42


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ('{"a" 1}', 5, "':'"),
        ("[1,]", 3, "a value"),
        ('{"a": 1} x', 9, "the end of the document"),
        ("[01]", 1, "a number"),
        ('"\x01"', 1, "control character"),
        ('"\\x"', 2, "an escape"),
        ('"\\u12g4"', 5, "hex digits"),
        ("{1: 2}", 1, "an object key"),
        ("[1 2]", 3, "',' or ']'"),
        ("nul!", 3, "'null'"),
    ],
)
def test_invalid_json_names_the_offset(text: str, offset: int, expected: str) -> None:
    parser = PartialJSON()
    with pytest.raises(ValueError) as caught:
        for ch in text:
            parser.feed(ch)
        parser.close()
    assert f"at character {offset}:" in str(caught.value)
    assert expected in str(caught.value)


def test_an_incomplete_document_does_not_close() -> None:
    parser = PartialJSON()
    parser.feed('{"a": [1, 2')
    with pytest.raises(ValueError, match="not complete"):
        parser.close()
    with pytest.raises(ValueError, match="empty input"):
        PartialJSON().close()
