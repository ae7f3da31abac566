"""JSON read as it arrives: the value so far of a document that is still coming in pieces.

A structured reply streams as thousands of small text chunks, and each chunk given to the
caller carries the object parsed so far. Parsing the whole buffer again on every chunk (what
partial-JSON libraries do) costs more per chunk the longer the reply grows; this parser is a
push parser instead, as `_sse.SSEDecoder` is for events: `feed` reads only the new text and
updates the value in place, so a chunk costs its own length.

What the value shows while the document is incomplete, so that each value shown is a prefix of
the final one and nothing shown is ever taken back:

- every object and array as soon as it opens (`{"a": {"b": [` shows `{"a": {"b": []}}`);
- an object key once its value has started, never while the key's own string is arriving;
- a string value with its text so far, escapes decoded; an escape still arriving (`\\u00`, or
  the high half of a surrogate pair whose low half has not come) is held back, never shown half;
- a number only once it ends (at `,` `}` `]` or whitespace), since `12` may still become `123`,
  and `true`/`false`/`null` once whole; until then their key (or array slot) is not shown;
- a scalar root (a bare string, number, ...) only once complete.

The cost of a feed is the new text: strings are scanned with a regex to the next quote or
backslash, and a string in progress is kept as the text so far plus the new pieces. Showing it
means one `str` of the text so far (a `str` cannot grow in place): a memory copy, about 2 µs
for a string of 100,000 characters, next to the ~1.5 µs a small chunk costs; the bench
(`python -m bench`, "partial JSON") measures that the cost per chunk stays flat.

Only strict JSON is read: `NaN` and `Infinity`, which `json.loads` accepts, are refused.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

__all__ = ["PartialJSON"]

_RUN = re.compile(r'[^"\\\x00-\x1f]+')  # string text up to a quote, a backslash or a control
_NUMBER_CHARS = re.compile(r"[0-9eE+\-.]+")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?")
_WHITESPACE = frozenset(" \t\n\r")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_LITERALS = {"t": ("true", True), "f": ("false", False), "n": ("null", None)}

# What the parser expects next.
_VALUE = 0  # a value (at the root, after ':' or ',' in an array)
_FIRST_ITEM = 1  # a value or ']' (just after '[')
_FIRST_KEY = 2  # a key or '}' (just after '{')
_KEY = 3  # a key (after ',' in an object)
_COLON = 4
_AFTER = 5  # ',' or the container's end, after a value
_STRING = 6
_NUMBER_MODE = 7
_LITERAL = 8
_END = 9  # the root is complete: only whitespace may follow


class PartialJSON:
    """Feed a JSON document in pieces; `value` is what has been parsed so far.

    For an object or array root, `value` is the live container, the same object from feed to
    feed, filled in place (so reading it costs nothing): a caller that keeps it past the next
    feed and wants it as it was must copy it (`copy.deepcopy`). A scalar root appears once
    complete. After a `ValueError` the parser is spent: feed it no more.
    """

    __slots__ = (
        "_escape",
        "_high",
        "_is_key",
        "_key",
        "_literal",
        "_mode",
        "_offset",
        "_pieces",
        "_root",
        "_slot",
        "_stack",
        "_started",
    )

    def __init__(self) -> None:
        self._mode = _VALUE
        self._stack: list[Any] = []  # open containers, innermost last
        self._root: Any = None
        self._started = False
        self._key = ""  # the key whose value comes next in the innermost object
        self._offset = 0  # characters fed before the current piece
        self._pieces: list[str] = []  # the string or number being read
        self._is_key = False
        self._slot: tuple[Any, Any] | None = None  # where a string value in progress is shown
        self._escape: str | None = None  # after a backslash: what came of the escape so far
        self._high: str | None = None  # a high surrogate waiting for its low half
        self._literal: tuple[str, Any, int] = ("", None, 0)

    @property
    def value(self) -> Any:
        """The document so far (the live root container); None until it starts, and while a
        scalar root is incomplete."""
        return self._root

    @property
    def done(self) -> bool:
        """Whether the root value is complete: from then on only whitespace may follow."""
        return self._mode == _END

    def close(self) -> Any:
        """The end of the input: the complete value, or `ValueError` if the document is not.

        Only here can a number at the root end (`42` may be the whole document or `420`'s start).
        """
        if self._mode == _NUMBER_MODE:
            self._end_number(self._offset)
        if self._mode != _END:
            if not self._started:
                raise ValueError("the JSON document is incomplete: no value in the input")
            raise ValueError(
                f"the JSON document is incomplete at character {self._offset} (the end of the"
                f" input): expected {self._expected()}, with {len(self._stack)} container(s) open"
            )
        return self._root

    def _expected(self) -> str:
        mode = self._mode
        if mode == _STRING:
            return "the rest of an object key" if self._is_key else "the rest of a string"
        if mode == _LITERAL:
            return f"the rest of {self._literal[0]!r}"
        if mode == _AFTER:
            return "',' or '}'" if isinstance(self._stack[-1], dict) else "',' or ']'"
        return {
            _VALUE: "a value",
            _FIRST_ITEM: "a value or ']'",
            _FIRST_KEY: "an object key or '}'",
            _KEY: "an object key",
            _COLON: "':'",
        }[mode]

    def feed(self, text: str) -> None:
        """Read the next piece; invalid JSON raises `ValueError` naming its offset."""
        i, n = 0, len(text)
        while i < n:
            mode = self._mode
            if mode == _STRING:
                i = self._read_string(text, i)
                continue
            if mode == _NUMBER_MODE:
                match = _NUMBER_CHARS.match(text, i)
                if match:
                    self._pieces.append(match.group())
                    i = match.end()
                    if i == n:
                        break
                self._end_number(self._offset + i)
                continue
            c = text[i]
            if mode == _LITERAL:
                word, literal, matched = self._literal
                if c != word[matched]:
                    self._fail(self._offset + i, f"{word!r}")
                if matched + 1 == len(word):
                    self._place(literal)
                else:
                    self._literal = (word, literal, matched + 1)
                i += 1
                continue
            i += 1
            if c in _WHITESPACE:
                continue
            if mode in (_VALUE, _FIRST_ITEM):
                if c == "]" and mode == _FIRST_ITEM:
                    self._close_container()
                else:
                    self._start_value(c, self._offset + i - 1)
            elif mode in (_FIRST_KEY, _KEY):
                if c == '"':
                    self._start_string(is_key=True)
                elif c == "}" and mode == _FIRST_KEY:
                    self._close_container()
                else:
                    end = " or '}'" if mode == _FIRST_KEY else ""
                    self._fail(self._offset + i - 1, f"an object key (a string){end}")
            elif mode == _COLON:
                if c != ":":
                    self._fail(self._offset + i - 1, "':'")
                self._mode = _VALUE
            elif mode == _AFTER:
                top = self._stack[-1]
                if c == ",":
                    self._mode = _KEY if isinstance(top, dict) else _VALUE
                elif c == ("}" if isinstance(top, dict) else "]"):
                    self._close_container()
                else:
                    end = "'}'" if isinstance(top, dict) else "']'"
                    self._fail(self._offset + i - 1, f"',' or {end}")
            else:  # _END
                self._fail(self._offset + i - 1, "the end of the document")
        if self._mode == _STRING and self._slot is not None:
            self._show_string()
        self._offset += n

    # -- values ---------------------------------------------------------------------------

    def _start_value(self, c: str, at: int) -> None:
        self._started = True
        if c == "{":
            self._open({}, _FIRST_KEY)
        elif c == "[":
            self._open([], _FIRST_ITEM)
        elif c == '"':
            self._start_string(is_key=False)
        elif c == "-" or "0" <= c <= "9":
            self._pieces = [c]
            self._mode = _NUMBER_MODE
        elif c in _LITERALS:
            word, literal = _LITERALS[c]
            self._literal = (word, literal, 1)
            self._mode = _LITERAL
        else:
            self._fail(at, "a value or ']'" if self._mode == _FIRST_ITEM else "a value")

    def _open(self, container: dict[str, Any] | list[Any], mode: int) -> None:
        self._attach(container)
        self._stack.append(container)
        self._mode = mode

    def _attach(self, value: Any) -> None:
        """Put a value where it belongs: the root, the current key, or the end of an array."""
        if not self._stack:
            self._root = value
        elif isinstance(self._stack[-1], dict):
            self._stack[-1][self._key] = value
        else:
            self._stack[-1].append(value)

    def _place(self, value: Any) -> None:
        """A complete scalar: attach it and move past it."""
        self._attach(value)
        self._mode = _AFTER if self._stack else _END

    def _close_container(self) -> None:
        self._stack.pop()
        self._mode = _AFTER if self._stack else _END

    def _end_number(self, at: int) -> None:
        text = "".join(self._pieces)
        match = _NUMBER.fullmatch(text)
        if match is None:
            self._fail(at - len(text), f"a number, not {text!r}")
        self._place(float(text) if match.group(1) or match.group(2) else int(text))

    # -- strings --------------------------------------------------------------------------

    def _start_string(self, *, is_key: bool) -> None:
        self._started = True
        self._mode = _STRING
        self._pieces = []
        self._is_key = is_key
        self._slot = None
        if not is_key and self._stack:
            top = self._stack[-1]
            if isinstance(top, dict):
                top[self._key] = ""
                self._slot = (top, self._key)
            else:
                top.append("")
                self._slot = (top, len(top) - 1)

    def _read_string(self, text: str, i: int) -> int:
        """Read string text from `i` until the string ends or the piece does; where it stopped."""
        n = len(text)
        pieces = self._pieces
        while i < n:
            if self._escape is not None:
                i = self._read_escape(text, i)
                continue
            match = _RUN.match(text, i)
            if match:
                self._flush_high()
                pieces.append(match.group())
                i = match.end()
                continue
            c = text[i]
            if c == "\\":
                self._escape = ""
                i += 1
            elif c == '"':
                self._flush_high()
                self._end_string()
                return i + 1
            else:
                self._fail(
                    self._offset + i, "an escape (\\n, \\u0001, ...) for a control character"
                )
        return i

    def _read_escape(self, text: str, i: int) -> int:
        escape = self._escape or ""
        c = text[i]
        if not escape:
            if c == "u":
                self._escape = "u"
                return i + 1
            if c not in _ESCAPES:
                self._fail(self._offset + i, 'an escape (one of "\\/bfnrtu)')
            self._flush_high()
            self._pieces.append(_ESCAPES[c])
            self._escape = None
            return i + 1
        if c not in "0123456789abcdefABCDEF":
            self._fail(self._offset + i, "four hex digits after \\u")
        escape += c
        if len(escape) < 5:
            self._escape = escape
            return i + 1
        self._escape = None
        char = chr(int(escape[1:], 16))
        if "\ud800" <= char <= "\udbff":
            self._flush_high()
            self._high = char  # held back until its low half comes (or does not)
        elif "\udc00" <= char <= "\udfff" and self._high is not None:
            pair = (ord(self._high) - 0xD800) * 0x400 + (ord(char) - 0xDC00) + 0x10000
            self._high = None
            self._pieces.append(chr(pair))
        else:
            self._flush_high()
            self._pieces.append(char)
        return i + 1

    def _flush_high(self) -> None:
        """A high surrogate with no low half after it stands alone, as `json.loads` keeps it."""
        if self._high is not None:
            self._pieces.append(self._high)
            self._high = None

    def _end_string(self) -> None:
        text = "".join(self._pieces)
        self._pieces = []
        if self._is_key:
            self._key = text
            self._mode = _COLON
            return
        if self._slot is not None:
            container, key = self._slot
            container[key] = text
            self._slot = None
            self._mode = _AFTER
        else:
            self._place(text)

    def _show_string(self) -> None:
        """Show a string value in progress, its pieces joined into one for the next feed."""
        text = "".join(self._pieces)
        self._pieces = [text]
        assert self._slot is not None
        container, key = self._slot
        container[key] = text

    def _fail(self, at: int, expected: str) -> NoReturn:
        raise ValueError(f"invalid JSON at character {at}: expected {expected}")
