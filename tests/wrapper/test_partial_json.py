"""`oai._partial_json`: a JSON document read as it arrives, with the value so far.

The property tests compare the parser, at every point of many generated documents fed in
pieces, with `expected_partial`, a slow reference that re-reads the text so far by the rules in
the module's docstring, and at the end with `json.loads`.
"""

from __future__ import annotations

import copy
import json
import random
import re
from typing import Any

import pytest
from oai._partial_json import PartialJSON

MISSING: Any = object()


# -- helpers ------------------------------------------------------------------------------------


def same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (`1 == 1.0 == True` does not count)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def is_prefix(shown: Any, final: Any) -> bool:
    """`shown` could grow into `final`: its containers' keys and items are the first ones of
    `final`'s, all but the last equal, the last a prefix; a string is a start of the final one."""
    if isinstance(final, dict):
        if not isinstance(shown, dict) or list(shown) != list(final)[: len(shown)]:
            return False
        keys = list(shown)
        return all(same(shown[k], final[k]) for k in keys[:-1]) and (
            not keys or is_prefix(shown[keys[-1]], final[keys[-1]])
        )
    if isinstance(final, list):
        if not isinstance(shown, list) or len(shown) > len(final):
            return False
        return all(same(x, y) for x, y in zip(shown[:-1], final, strict=False)) and (
            not shown or is_prefix(shown[-1], final[len(shown) - 1])
        )
    if isinstance(final, str):
        return isinstance(shown, str) and final.startswith(shown)
    return same(shown, final)


def refuse(constant: str) -> Any:
    raise ValueError(f"{constant} is not JSON")


def feed_in_pieces(text: str, rng: random.Random | None = None, most: int = 8) -> PartialJSON:
    parser = PartialJSON()
    i = 0
    while i < len(text):
        size = rng.randint(1, most) if rng else 1
        parser.feed(text[i : i + size])
        i += size
    return parser


# -- the reference: the value so far, by re-reading the text so far -------------------------------

_NUMBER = re.compile(r"-?[0-9][0-9.eE+\-]*|-")
_WS = " \t\n\r"


def expected_partial(text: str) -> Any:
    """What `value` must be after `text`, the start of a valid document, has been fed."""
    value, _, complete = _read(text, _skip(text, 0), root=True)
    return None if value is MISSING or (not complete and not _container(value)) else value


def _container(value: Any) -> bool:
    return isinstance(value, dict | list)


def _skip(text: str, i: int) -> int:
    while i < len(text) and text[i] in _WS:
        i += 1
    return i


def _read(text: str, i: int, root: bool = False) -> tuple[Any, int, bool]:
    """(the value as it must be shown or MISSING, where it stopped, whether it is complete)"""
    if i == len(text):
        return MISSING, i, False
    c = text[i]
    if c == "{":
        found: dict[str, Any] = {}
        i = _skip(text, i + 1)
        while i < len(text):
            if text[i] == "}":
                return found, i + 1, True
            if text[i] == ",":
                i = _skip(text, i + 1)
            key, i, complete = _string(text, i)
            i = _skip(text, i)
            if not complete or i == len(text):
                break
            value, i, complete = _read(text, _skip(text, i + 1))  # past the ':'
            if value is not MISSING:
                found[key] = value
            if not complete:
                break
            i = _skip(text, i)
        return found, i, False
    if c == "[":
        items: list[Any] = []
        i = _skip(text, i + 1)
        while i < len(text):
            if text[i] == "]":
                return items, i + 1, True
            if text[i] == ",":
                i = _skip(text, i + 1)
            value, i, complete = _read(text, i)
            if value is not MISSING:
                items.append(value)
            if not complete:
                break
            i = _skip(text, i)
        return items, i, False
    if c == '"':
        return _string(text, i)
    if c in "tfn":
        word = {"t": "true", "f": "false", "n": "null"}[c]
        if text.startswith(word, i):
            return json.loads(word), i + len(word), True
        return MISSING, len(text), False
    match = _NUMBER.match(text, i)
    assert match, f"not a value at {i}: {text[i:]!r}"
    if match.end() == len(text):  # nothing after it yet: it may go on
        return MISSING, len(text), False
    return json.loads(match.group()), match.end(), True


def _string(text: str, i: int) -> tuple[Any, int, bool]:
    """A string from its opening quote: whole, or the longest start that decodes, less a
    trailing high surrogate whose low half may still come."""
    j = i + 1
    while j < len(text) and text[j] != '"':
        j += 2 if text[j] == "\\" else 1
    if j < len(text):
        return json.loads(text[i : j + 1]), j + 1, True
    body = text[i + 1 :]
    for end in range(len(body), -1, -1):
        try:
            shown = json.loads('"' + body[:end] + '"')
        except ValueError:
            continue
        if shown and "\ud800" <= shown[-1] <= "\udbff":
            shown = shown[:-1]
        return shown, len(text), False
    raise AssertionError("unreachable: the empty string decodes")


def test_the_reference_follows_the_rules() -> None:
    """The reference itself, on the examples the module's docstring gives."""
    assert expected_partial('{"a": {"b": [') == {"a": {"b": []}}
    assert expected_partial('{"ke') == {}
    assert expected_partial('{"key": 12') == {}
    assert expected_partial('{"key": 12 ') == {"key": 12}
    assert expected_partial('["x\\u00') == ["x"]
    assert expected_partial('["\\ud83d') == [""]
    assert expected_partial('["\\ud83d\\ude00') == ["\U0001f600"]
    assert expected_partial("[tru") == []
    assert expected_partial('"abc') is None


# -- generated documents -------------------------------------------------------------------------

_PLAIN = "abc xyz/é€中\U0001f600'<>&\u2028\x7f"
_SHORT_ESCAPES = ['\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"]


def _ws(rng: random.Random) -> str:
    return rng.choice(["", "", "", " ", "\n  ", "\t", "\r\n", "  \n\t "])


def _gen_string(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 6)):
        kind = rng.random()
        if kind < 0.45:
            parts.append("".join(rng.choice(_PLAIN) for _ in range(rng.randint(1, 5))))
        elif kind < 0.7:
            parts.append(rng.choice(_SHORT_ESCAPES))
        elif kind < 0.85:  # any BMP character but a surrogate, in either case of hex
            code = rng.choice([rng.randint(0, 0x7F), rng.randint(0x80, 0xD7FF)])
            digits = f"{code:04x}"
            parts.append("\\u" + (digits.upper() if rng.random() < 0.5 else digits))
        elif kind < 0.95:  # a character beyond the BMP as a surrogate pair
            code = rng.randint(0x10000, 0x10FFFF) - 0x10000
            parts.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04X}")
        else:  # a lone surrogate, which json.loads keeps as it is
            parts.append(rng.choice(["\\ud800", "\\udfff", "\\ud83dx"]))
    return '"' + "".join(parts) + '"'


def _gen_number(rng: random.Random) -> str:
    text = rng.choice(["", "-"]) + rng.choice(
        ["0", str(rng.randint(1, 9)), str(rng.randint(10**5, 10**20))]
    )
    if rng.random() < 0.4:
        text += "." + str(rng.randint(0, 10**6)).zfill(rng.randint(1, 4))
    if rng.random() < 0.3:
        text += rng.choice("eE") + rng.choice(["", "+", "-"]) + str(rng.randint(0, 30))
    return text


def _gen_value(rng: random.Random, depth: int) -> str:
    kind = rng.random() if depth < 4 else rng.uniform(0.5, 1)
    if kind < 0.25:
        keys: dict[str, str] = {}  # by decoded key: a repeated key is no prefix of the end
        for _ in range(rng.randint(0, 4)):
            key = _gen_string(rng)
            keys.setdefault(json.loads(key), key)
        members = [
            _ws(rng) + key + _ws(rng) + ":" + _ws(rng) + _gen_value(rng, depth + 1) + _ws(rng)
            for key in keys.values()
        ]
        return "{" + (",".join(members) or _ws(rng)) + "}"
    if kind < 0.5:
        items = [_ws(rng) + _gen_value(rng, depth + 1) + _ws(rng) for _ in range(rng.randint(0, 4))]
        return "[" + (",".join(items) or _ws(rng)) + "]"
    if kind < 0.75:
        return _gen_string(rng)
    if kind < 0.92:
        return _gen_number(rng)
    return rng.choice(["true", "false", "null"])


def generated(count: int, seed: int) -> list[str]:
    """Documents, each with whitespace around it; most of them with an object or array root."""
    rng = random.Random(seed)
    documents = []
    for _ in range(count):
        root = _gen_value(rng, 0)
        while rng.random() < 0.8 and root[0] not in "{[":
            root = _gen_value(rng, 0)
        documents.append(_ws(rng) + root + _ws(rng))
    return documents


DOCUMENTS = generated(300, seed=1)


def test_the_generated_documents_cover_every_feature() -> None:
    """Lest the property tests below pass for want of cases."""
    everything = "".join(DOCUMENTS)
    for feature in [
        *_SHORT_ESCAPES,
        "\\ud83d",
        "\\uD",
        "e+",
        "E-",
        "-0.",
        "{}",
        "[]",
        "\t",
        "\r\n",
    ]:
        assert feature in everything, feature
    assert sum(len(d) > 200 for d in DOCUMENTS) > 20
    for document in DOCUMENTS:
        json.loads(document)  # and all of them valid


def check_every_step(text: str, rng: random.Random | None) -> None:
    final = json.loads(text)
    parser = PartialJSON()
    root: Any = None
    i = 0
    while i < len(text):
        size = rng.randint(1, 8) if rng else 1
        parser.feed(text[i : i + size])
        i = min(i + size, len(text))
        shown = parser.value
        assert same(shown, expected_partial(text[:i])), (text[:i], shown)
        if shown is not None:
            assert is_prefix(shown, final), (text[:i], shown)
        if _container(shown):
            root = shown if root is None else root
            assert shown is root  # the one live container, from feed to feed
    assert same(parser.close(), final)
    if _container(final):
        assert parser.value is root


@pytest.mark.parametrize("chunk", range(6))
def test_every_position_one_character_at_a_time(chunk: int) -> None:
    for text in DOCUMENTS[chunk::6]:
        check_every_step(text, None)


@pytest.mark.parametrize("seed", range(6))
def test_random_splits(seed: int) -> None:
    rng = random.Random(seed)
    for text in DOCUMENTS[seed::3]:
        check_every_step(text, rng)


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("ensure_ascii", [True, False])
def test_what_json_dumps_writes(indent: int | None, ensure_ascii: bool) -> None:
    rng = random.Random(7)
    for text in DOCUMENTS[:100]:
        document = json.loads(text)
        dumped = json.dumps(document, indent=indent, ensure_ascii=ensure_ascii)
        assert same(feed_in_pieces(dumped, rng).close(), document)
        assert same(feed_in_pieces(dumped).close(), document)


# -- what the value shows, feed by feed --------------------------------------------------------


def test_the_value_so_far() -> None:
    parser = PartialJSON()
    assert parser.value is None
    parser.feed("  ")
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
    assert "k" not in root and "key" not in root  # a key still arriving is not shown
    parser.feed('ey"')
    assert "key" not in root  # nor one whose value has not started
    parser.feed(": nul")
    assert "key" not in root
    parser.feed("l")
    assert root["key"] is None and not parser.done
    parser.feed("}")
    assert parser.done
    assert parser.value is root  # the same live dict all along
    assert parser.close() == {"title": "Hello", "n": 123, "sub": {"list": [True, "x"]}, "key": None}


def test_containers_appear_as_soon_as_they_open() -> None:
    parser = PartialJSON()
    parser.feed('{"a": {"b": [')
    assert parser.value == {"a": {"b": []}}
    parser.feed("[{")
    assert parser.value == {"a": {"b": [[{}]]}}
    parser.feed('}, [], {"c": ')
    assert parser.value == {"a": {"b": [[{}, [], {}]]}}
    parser.feed("[")
    assert parser.value == {"a": {"b": [[{}, [], {"c": []}]]}}


def test_an_array_root_is_live_too() -> None:
    parser = PartialJSON()
    parser.feed("[1, ")
    root = parser.value
    assert root == [1]
    parser.feed('"tw')
    assert root == [1, "tw"]
    parser.feed('o", 3]')
    assert parser.value is root and root == [1, "two", 3] and parser.done


def test_numbers_show_once_they_end() -> None:
    for end in [",", "}", " ", "\n", "\t", "\r"]:
        parser = PartialJSON()
        parser.feed('{"x": -1.5e+1')
        assert parser.value == {}
        parser.feed("0")
        assert parser.value == {}
        parser.feed(end)
        assert parser.value == {"x": -1.5e10} and type(parser.value["x"]) is float
    parser = PartialJSON()
    parser.feed("[7")
    parser.feed("]")
    assert parser.value == [7] and type(parser.value[0]) is int


def test_literals_show_once_whole() -> None:
    parser = PartialJSON()
    parser.feed("[t")
    for piece, shown in [
        ("r", []),
        ("u", []),
        ("e", [True]),
        (",f", [True]),
        ("alse", [True, False]),
    ]:
        parser.feed(piece)
        assert parser.value == shown
    parser.feed(", n")
    parser.feed("ull")
    assert parser.value == [True, False, None]


def test_a_string_shows_its_escapes_decoded() -> None:
    parser = PartialJSON()
    parser.feed('["a\\')
    assert parser.value == ["a"]  # the backslash waits for what it escapes
    parser.feed("n\\/\\b\\f\\r\\t\\\\")
    assert parser.value == ["a\n/\b\f\r\t\\"]
    parser.feed('\\"')
    assert parser.value == ['a\n/\b\f\r\t\\"']


def test_a_unicode_escape_is_held_back_until_whole() -> None:
    parser = PartialJSON()
    parser.feed('["caf')
    for piece in ["\\", "u", "0", "0", "e"]:
        parser.feed(piece)
        assert parser.value == ["caf"]
    parser.feed("9")
    assert parser.value == ["café"]


def test_a_surrogate_pair_is_held_back_until_both_halves_come() -> None:
    parser = PartialJSON()
    parser.feed('{"s": "x')
    for piece in ["\\ud83d", "\\", "u", "de", "0"]:
        parser.feed(piece)
        assert parser.value == {"s": "x"}  # never half a character
    parser.feed("0")
    assert parser.value == {"s": "x\U0001f600"} and len(parser.value["s"]) == 2


def test_a_lone_high_surrogate_shows_once_something_else_follows() -> None:
    parser = PartialJSON()
    parser.feed('["\\ud800')
    assert parser.value == [""]
    parser.feed("z")
    assert parser.value == ["\ud800z"]
    parser.feed('", "\\ud800"]')
    assert parser.close() == json.loads('["\\ud800z", "\\ud800"]')


def test_a_scalar_root_appears_once_complete() -> None:
    parser = PartialJSON()
    parser.feed('"abc')
    assert parser.value is None and not parser.done
    parser.feed('"')
    assert parser.value == "abc" and parser.done
    number = PartialJSON()
    number.feed("42")
    assert number.value is None and not number.done  # it may be 420
    assert number.close() == 42
    spaced = PartialJSON()
    spaced.feed(" -0.5e-3 ")
    assert spaced.done and spaced.value == -0.0005
    for text, value in [("true", True), ("false", False)]:
        literal = PartialJSON()
        literal.feed(text)
        assert literal.done and literal.value is value
    null = PartialJSON()
    null.feed("nul")
    assert not null.done
    null.feed("l")
    assert null.done and null.close() is None


def test_whitespace_everywhere() -> None:
    text = ' \t\r\n{ \n"a" \t: \r[ 1 ,\n2 , { } , [ ] , "x" ] , "b"\n:\nnull\t}\r\n '
    for rng in [None, random.Random(3)]:
        parser = feed_in_pieces(text, rng)
        assert parser.done
        assert parser.close() == {"a": [1, 2, {}, [], "x"], "b": None}


def test_deep_nesting() -> None:
    depth = 200  # json.loads, which recurses, can go no deeper than 1,000 levels in all
    text = '{"a": ' * depth + "[" * depth + '"deep"' + "]" * depth + "}" * depth
    assert feed_in_pieces(text, random.Random(1)).close() == json.loads(text)
    # Far deeper than json.loads can go: the parser keeps a stack, it does not recurse.
    depth = 100_000
    parser = PartialJSON()
    parser.feed("[" * depth + "0" + "]" * depth)
    node, levels = parser.close(), 0
    while node != 0:
        node, levels = node[0], levels + 1
    assert levels == depth


def test_a_snapshot_is_the_callers_copy() -> None:
    parser = PartialJSON()
    parser.feed('{"a": [1, ')
    snapshot = copy.deepcopy(parser.value)
    parser.feed('2], "b": "c"}')
    assert snapshot == {"a": [1]} and parser.value == {"a": [1, 2], "b": "c"}


def test_empty_feeds_change_nothing() -> None:
    parser = PartialJSON()
    for piece in ["", '{"a"', "", ": ", "", '"b', "", '"}', ""]:
        parser.feed(piece)
    assert parser.close() == {"a": "b"}


def test_duplicate_keys_end_as_json_loads_has_them() -> None:
    text = '{"a": 1, "b": 2, "a": "last"}'
    assert feed_in_pieces(text).close() == json.loads(text)


# -- errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "offset", "expected"),
    [
        ('{"a" 1}', 5, "':'"),
        ("[1,]", 3, "a value"),
        ("[,1]", 1, "a value or ']'"),
        ('{"a": 1,}', 8, "an object key (a string)"),
        ('{"a": }', 6, "a value"),
        ("{1: 2}", 1, "an object key (a string) or '}'"),
        ("{'a': 2}", 1, "an object key"),
        ("[1 2]", 3, "',' or ']'"),
        ('{"a": 1 "b": 2}', 8, "',' or '}'"),
        ("[1}", 2, "',' or ']'"),
        ('{"a": 1]', 7, "',' or '}'"),
        ("[01]", 1, "a number, not '01'"),
        ("[1.]", 1, "a number, not '1.'"),
        ("[-]", 1, "a number, not '-'"),
        ("[1e+]", 1, "a number"),
        ("[.5]", 1, "a value"),
        ("[+1]", 1, "a value"),
        ("[NaN]", 1, "a value"),
        ("[Infinity]", 1, "a value"),
        ("nul!", 3, "'null'"),
        ("[tRue]", 2, "'true'"),
        ('"\x01"', 1, "an escape (\\n, \\u0001, ...) for a control character"),
        ('["a\nb"]', 3, "an escape (\\n, \\u0001, ...) for a control character"),
        ('"\\x"', 2, 'an escape (one of "\\/bfnrtu)'),
        ('"\\u12g4"', 5, "four hex digits after \\u"),
        ('"\\U0041"', 2, 'an escape (one of "\\/bfnrtu)'),
        # trailing garbage: only whitespace may follow the root
        ('{"a": 1} x', 9, "the end of the document"),
        ("{}{}", 2, "the end of the document"),
        ("[] ,", 3, "the end of the document"),
        ("[]]", 2, "the end of the document"),
        ('"a" "b"', 4, "the end of the document"),
        ("1 2", 2, "the end of the document"),
        ("true false", 5, "the end of the document"),
        ("nullx", 4, "the end of the document"),
        ("12a", 2, "the end of the document"),
    ],
)
def test_invalid_json_names_the_offset_and_what_was_expected(
    text: str, offset: int, expected: str
) -> None:
    with pytest.raises(ValueError):
        json.loads(text, parse_constant=refuse)  # the cases are invalid (strict) JSON indeed
    for rng in [None, random.Random(len(text)), "whole"]:
        parser = PartialJSON()
        with pytest.raises(ValueError) as caught:
            if rng == "whole":
                parser.feed(text)
            else:
                assert not isinstance(rng, str)
                i = 0
                while i < len(text):  # the offset counts everything fed so far
                    size = rng.randint(1, 3) if rng else 1
                    parser.feed(text[i : i + size])
                    i += size
            parser.close()
        assert f"invalid JSON at character {offset}: expected {expected}" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "an object key or '}'"),
        ('{"a', "the rest of an object key"),
        ('{"a"', "':'"),
        ('{"a": ', "a value"),
        ('{"a": "b', "the rest of a string"),
        ('{"a": 1', "',' or '}'"),
        ('{"a": 1,', "an object key"),
        ("[", "a value or ']'"),
        ("[1, ", "a value"),
        ("[[1]", "',' or ']'"),
        ("[tr", "the rest of 'true'"),
        ('"unterminated', "the rest of a string"),
        ('"\\u00', "the rest of a string"),
        ("-", "a number, not '-'"),
    ],
)
def test_close_refuses_an_incomplete_document(text: str, expected: str) -> None:
    parser = PartialJSON()
    parser.feed(text)
    with pytest.raises(ValueError) as caught:
        parser.close()
    message = str(caught.value)
    assert expected in message
    if not expected.startswith("a number"):
        assert f"incomplete at character {len(text)}" in message


def test_close_refuses_empty_input() -> None:
    for text in ["", "  \n\t"]:
        parser = PartialJSON()
        parser.feed(text)
        with pytest.raises(ValueError, match="incomplete: no value"):
            parser.close()


def test_close_ends_a_number_at_the_root() -> None:
    for text in ["0", "-12", "1.5E-2", "  7  "]:
        parser = PartialJSON()
        parser.feed(text)
        assert same(parser.close(), json.loads(text))
