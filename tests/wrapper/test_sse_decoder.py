"""`SSEDecoder`, sans-I/O: bytes in, events out, whatever the split."""

from __future__ import annotations

import pytest
from oai import ServerSentEvent, SSEDecoder


def decode(*pieces: bytes) -> tuple[list[ServerSentEvent], SSEDecoder]:
    decoder = SSEDecoder()
    events: list[ServerSentEvent] = []
    for piece in pieces:
        events += decoder.feed(piece)
    decoder.end()
    return events, decoder


STREAM = (
    b": comment at the start\n"
    b"data: first\n\n"
    b'event: update\r\nid: 7\r\nretry: 1500\r\ndata: {"a": 1}\r\n\r\n'
    b"data: line one\rdata: line two\r\r"
    b"data:  two spaces\n:ping\n\n"
    b"data: caf\xc3\xa9 \xe2\x82\xac\n\n"
    b"data\n\n"
    b"data: last\r\n\r\n"
)
# `id` (the last event id) and `retry` (the reconnection time) persist across events.
EXPECTED = [
    ServerSentEvent(data="first"),
    ServerSentEvent(data='{"a": 1}', event="update", id="7", retry=1500),
    ServerSentEvent(data="line one\nline two", id="7", retry=1500),
    ServerSentEvent(data=" two spaces", id="7", retry=1500),
    ServerSentEvent(data="caf\u00e9 \u20ac", id="7", retry=1500),
    ServerSentEvent(data="", id="7", retry=1500),
    ServerSentEvent(data="last", id="7", retry=1500),
]


def test_whole_stream_at_once() -> None:
    events, decoder = decode(STREAM)
    assert events == EXPECTED
    assert decoder.truncated is False


def test_split_at_every_byte_position_gives_the_same_events() -> None:
    for cut in range(len(STREAM) + 1):
        events, decoder = decode(STREAM[:cut], STREAM[cut:])
        assert events == EXPECTED, f"split at byte {cut}"
        assert decoder.truncated is False


def test_split_at_every_pair_of_positions() -> None:
    for first in range(0, len(STREAM), 3):
        for second in range(first, len(STREAM) + 1, 5):
            events, _ = decode(STREAM[:first], STREAM[first:second], STREAM[second:])
            assert events == EXPECTED, f"split at {first} and {second}"


def test_each_event_unpacks_as_its_fields_in_order() -> None:
    """What the API streams read: each event as (data, event, id, retry), whatever the split."""
    for cut in range(0, len(STREAM) + 1, 7):
        decoder = SSEDecoder()
        events = decoder.feed(STREAM[:cut]) + decoder.feed(STREAM[cut:])
        assert [ServerSentEvent(*tuple(e)) for e in events] == EXPECTED, f"split at byte {cut}"
    whole = SSEDecoder()
    assert whole.feed(b"event: done\ndata: {}\n\n") == [("{}", "done", None, None)]


def test_one_byte_at_a_time() -> None:
    events, _ = decode(*(STREAM[i : i + 1] for i in range(len(STREAM))))
    assert events == EXPECTED


def test_feed_returns_events_as_soon_as_they_complete() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\n") == []
    assert decoder.pending
    assert decoder.feed(b"\ndata: b") == [ServerSentEvent(data="a")]
    assert decoder.feed(b"\n\n") == [ServerSentEvent(data="b")]
    assert not decoder.pending
    assert decoder.feed(b"") == []


@pytest.mark.parametrize("newline", [b"\n", b"\r\n", b"\r"], ids=["LF", "CRLF", "CR"])
def test_line_endings(newline: bytes) -> None:
    stream = b"data: x" + newline + b"data: y" + newline + newline + b"data: z" + newline * 2
    events, decoder = decode(stream)
    assert events == [ServerSentEvent(data="x\ny"), ServerSentEvent(data="z")]
    assert not decoder.truncated


def test_crlf_split_between_cr_and_lf_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    assert decoder.feed(b"\n") == []  # the LF completes the CRLF: not an empty line
    assert decoder.feed(b"\r") == [ServerSentEvent(data="a")]  # a CR alone ends a line
    assert decoder.feed(b"\n") == []  # ...and this LF only completes that CRLF
    assert decoder.feed(b"\n") == []  # a second empty line dispatches nothing more


def test_comments_are_ignored_and_do_not_dispatch() -> None:
    events, _ = decode(b": hello\n\n:\n\ndata: x\n: inside\ndata: y\n\n")
    assert events == [ServerSentEvent(data="x\ny")]


def test_multi_line_data_joined_with_newline() -> None:
    events, _ = decode(b'data: {\ndata:   "k": 1\ndata: }\n\n')
    assert events == [ServerSentEvent(data='{\n  "k": 1\n}')]


def test_single_leading_space_stripped_only_once() -> None:
    events, _ = decode(b"data:x\n\ndata: x\n\ndata:  x\n\ndata:\tx\n\n")
    assert [event.data for event in events] == ["x", "x", " x", "\tx"]


def test_event_id_and_retry_fields() -> None:
    events, _ = decode(
        b"event: delta\nid: abc\nretry: 250\ndata: 1\n\n"
        b"data: 2\n\n"  # event name resets; id persists (it is the last event id)
        b"id: x\0y\nretry: soon\ndata: 3\n\n"  # ignored: id with NUL, non-numeric retry
    )
    assert events == [
        ServerSentEvent(data="1", event="delta", id="abc", retry=250),
        ServerSentEvent(data="2", id="abc", retry=250),
        ServerSentEvent(data="3", id="abc", retry=250),
    ]


def test_event_without_data_is_not_dispatched() -> None:
    events, decoder = decode(b"event: ping\n\nid: 3\n\ndata: real\n\n")
    assert events == [ServerSentEvent(data="real", id="3")]
    assert not decoder.truncated


def test_unknown_fields_are_ignored() -> None:
    events, _ = decode(b"foo: bar\ndata: x\nbaz\n\n")
    assert events == [ServerSentEvent(data="x")]


@pytest.mark.parametrize(
    "tail",
    [b"data: half", b"data: half\n", b"data: a\r\ndata: b\r\n", b"event: e\n", b"dat"],
)
def test_end_with_a_partial_event_sets_truncated(tail: bytes) -> None:
    events, decoder = decode(b"data: whole\n\n", tail)
    assert events == [ServerSentEvent(data="whole")]  # the partial event is discarded
    assert decoder.truncated is True


def test_end_after_complete_events_is_not_truncated() -> None:
    events, decoder = decode(b"data: a\n\n: trailing comment\n")
    assert events == [ServerSentEvent(data="a")]
    assert decoder.truncated is False


def test_final_lone_cr_completes_the_line() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\r\r") == [ServerSentEvent(data="x")]
    decoder.end()
    assert decoder.truncated is False


def test_final_lone_cr_after_data_line_is_still_truncated() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: x\r") == []
    decoder.end()
    assert decoder.truncated is True


def test_end_resets_the_decoder() -> None:
    decoder = SSEDecoder()
    decoder.feed(b"data: partial")
    decoder.end()
    assert decoder.truncated
    assert decoder.feed(b"data: fresh\n\n") == [ServerSentEvent(data="fresh")]


def test_invalid_utf8_is_replaced_not_raised() -> None:
    events, _ = decode(b"data: \xff\xfe ok\n\n")
    assert events == [ServerSentEvent(data="\ufffd\ufffd ok")]


def test_utf8_character_split_across_feeds() -> None:
    data = "data: \u20ac\n\n".encode()
    cut = data.index(b"\xe2") + 1
    events, _ = decode(data[:cut], data[cut:])
    assert events == [ServerSentEvent(data="\u20ac")]


@pytest.mark.parametrize(
    "piece",
    [
        b'data: {"a": 1}\n\n',  # the API's usual piece: read whole
        b"data:  two spaces\n\n",  # only one space is the separator
        b"data: caf\xc3\xa9\n\n",
        b"data: [DONE]\n\n",
        b'event: response.output_text.delta\ndata: {"delta": "x"}\n\n',  # Responses' piece
        b"event: caf\xc3\xa9\ndata: x\n\n",
        b"event:  spaced\ndata:  spaced\n\n",
        b"event: named\ndata: one\ndata: two\n\n",  # two data lines: line by line
        b"event: only a name\n\n",  # no data: nothing to dispatch
        b"event: x\nid: 9\n\n",
    ],
)
def test_a_piece_holding_one_whole_event_decodes_as_line_by_line(piece: bytes) -> None:
    """Each event in its own piece, as the API sends them, gives what a byte-wise feed gives,
    with the `id` and `retry` of earlier events carried over."""
    prefix = b"id: 7\nretry: 30\ndata: first\n\n"
    whole = SSEDecoder()
    events = whole.feed(prefix) + whole.feed(piece)
    bytewise = SSEDecoder()
    expected = [
        e for i in range(len(prefix + piece)) for e in bytewise.feed((prefix + piece)[i : i + 1])
    ]
    assert events == expected
    assert all(e.retry == 30 for e in events)
    assert all(e.id == ("9" if b"id: 9" in piece else "7") for e in events[1:])
