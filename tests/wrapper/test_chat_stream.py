"""`ChatStream` and `CompletionAccumulator`, sans-I/O: bytes in, chunks and a completion out."""

from __future__ import annotations

import json
from typing import Any

import oai
import pytest
from oai._chat import ChatStream, CompletionAccumulator, content_chunks
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from oai_api.models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from wrapper_support import USAGE, chunk, sse_bytes, text_chunks


def run(data: bytes, *, pieces: int | None = None) -> tuple[list[Any], ChatStream]:
    """Feed `data` (whole, or in pieces of `pieces` bytes); return what was yielded."""
    stream = ChatStream()
    step = pieces or len(data) or 1
    yielded = []
    for i in range(0, len(data), step):
        yielded += list(stream.feed(data[i : i + step]))
    return yielded, stream


def call_delta(index: int, arguments: str = "", **fields: Any) -> dict[str, Any]:
    call: dict[str, Any] = {"index": index, "function": {"arguments": arguments}}
    if "name" in fields:
        call["function"]["name"] = fields.pop("name")
    call.update(fields)
    return call


# -- ChatStream ------------------------------------------------------------------------------


@pytest.mark.parametrize("pieces", [None, 1, 2, 5, 64])
def test_text_stream_yields_each_chunk_and_assembles(pieces: int | None) -> None:
    events = text_chunks("Hel", "lo", " there", usage=USAGE)
    yielded, stream = run(sse_bytes(*events), pieces=pieces)

    assert [payload for payload, _ in yielded] == events
    assert all(isinstance(model, CreateChatCompletionStreamResponse) for _, model in yielded)
    assert stream.done
    assert stream.events == len(events)
    completion = stream.finish()
    assert isinstance(completion, CreateChatCompletionResponse)
    assert completion.object_ == "chat.completion"
    assert completion.id == "chatcmpl-test"
    assert completion.model == "gpt-test"
    assert completion.created == 1_700_000_000
    message = completion.choices[0].message
    assert (message.role, message.content, message.refusal) == ("assistant", "Hello there", None)
    assert completion.choices[0].finish_reason == "stop"
    assert completion.usage.to_dict() == USAGE


def test_a_long_reply_and_long_arguments_are_joined_whole() -> None:
    """Texts are kept as pieces and joined once at the end (adding each delta to a string
    copied the whole text per chunk); what comes out is the same text."""
    words = [f"w{i} " for i in range(3000)]
    arguments = [f'"k{i}": {i}, ' for i in range(500)]
    events = [
        *text_chunks(*words),
        chunk(tool_calls=[call_delta(0, id="call_a", type="function", name="f")]),
        *(chunk(tool_calls=[call_delta(0, piece)]) for piece in arguments),
        *(
            chunk(choices=[{"index": 0, "delta": {"function_call": call}, "finish_reason": None}])
            for call in ({"name": "legacy", "arguments": "{"}, {"arguments": "}"})
        ),
    ]
    _, stream = run(sse_bytes(*events))
    message = stream.finish().choices[0].message
    assert message.content == "".join(words)
    assert message.tool_calls[0].function.arguments == "".join(arguments)
    assert (message.function_call.name, message.function_call.arguments) == ("legacy", "{}")


def test_tool_call_arguments_split_across_chunks() -> None:
    events = [
        chunk(role="assistant", tool_calls=[call_delta(0, id="call_a", type="function", name="f")]),
        chunk(tool_calls=[call_delta(0, '{"ci')]),
        chunk(tool_calls=[call_delta(0, 'ty": ')]),
        chunk(tool_calls=[call_delta(0, '"Paris"}')]),
        chunk(finish_reason="tool_calls"),
    ]
    _, stream = run(sse_bytes(*events), pieces=7)
    choice = stream.finish().choices[0]
    assert choice.finish_reason == "tool_calls"
    assert choice.message.content is None
    (call,) = choice.message.tool_calls
    assert (call.id, call.type_, call.function.name) == ("call_a", "function", "f")
    assert call.function.arguments == '{"city": "Paris"}'
    assert json.loads(call.function.arguments) == {"city": "Paris"}


def test_two_tool_calls_by_index_interleaved() -> None:
    events = [
        chunk(role="assistant", tool_calls=[call_delta(0, id="call_0", type="function", name="a")]),
        chunk(tool_calls=[call_delta(1, '{"y"', id="call_1", type="function", name="b")]),
        chunk(tool_calls=[call_delta(0, '{"x": ')]),
        chunk(tool_calls=[call_delta(1, ": 2}")]),
        chunk(tool_calls=[call_delta(0, "1}")]),
        chunk(finish_reason="tool_calls"),
    ]
    _, stream = run(sse_bytes(*events))
    calls = stream.finish().choices[0].message.tool_calls
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_0", "a", '{"x": 1}'),
        ("call_1", "b", '{"y": 2}'),
    ]


def test_tool_calls_arriving_out_of_index_order_are_sorted() -> None:
    events = [
        chunk(tool_calls=[call_delta(1, "{}", id="second", name="b")]),
        chunk(tool_calls=[call_delta(0, "{}", id="first", name="a")]),
        chunk(finish_reason="tool_calls"),
    ]
    _, stream = run(sse_bytes(*events))
    calls = stream.finish().choices[0].message.tool_calls
    assert [c.id for c in calls] == ["first", "second"]
    assert all(c.type_ == "function" for c in calls)  # type defaults to function


def test_n2_choices_interleaved() -> None:
    events = [
        chunk("", index=0, role="assistant"),
        chunk("", index=1, role="assistant"),
        chunk("A0", index=0),
        chunk("B0", index=1),
        chunk("A1", index=0),
        chunk(index=1, finish_reason="length"),
        chunk(index=0, finish_reason="stop"),
    ]
    yielded, stream = run(sse_bytes(*events))
    completion = stream.finish()
    assert [(c.index, c.message.content, c.finish_reason) for c in completion.choices] == [
        (0, "A0A1", "stop"),
        (1, "B0", "length"),
    ]
    pieces = [(c.index, c.content) for data, model in yielded for c in content_chunks(data, model)]
    assert pieces == [(0, "A0"), (1, "B0"), (0, "A1")]


def test_usage_only_chunk() -> None:
    events = [*text_chunks("ok"), chunk(choices=[], usage=USAGE)]
    yielded, stream = run(sse_bytes(*events))
    assert yielded[-1][1].choices == []
    assert yielded[-1][1].usage.total_tokens == 8
    completion = stream.finish()
    assert completion.usage.to_dict() == USAGE
    assert completion.choices[0].message.content == "ok"


def test_no_usage_chunk_means_no_usage() -> None:
    _, stream = run(sse_bytes(*text_chunks("ok")))
    assert stream.finish().usage is None


def test_refusal_deltas_are_joined() -> None:
    events = [
        chunk(role="assistant", refusal="I can't "),
        chunk(refusal="do that."),
        chunk(finish_reason="stop"),
    ]
    _, stream = run(sse_bytes(*events))
    message = stream.finish().choices[0].message
    assert message.refusal == "I can't do that."
    assert message.content is None


def test_logprobs_are_joined() -> None:
    def with_logprobs(text: str) -> dict[str, Any]:
        data = chunk(text)
        entry = {"token": text, "logprob": -0.5, "bytes": list(text.encode()), "top_logprobs": []}
        data["choices"][0]["logprobs"] = {"content": [entry], "refusal": None}
        return data

    events = [with_logprobs("a"), with_logprobs("b"), chunk(finish_reason="stop")]
    _, stream = run(sse_bytes(*events))
    logprobs = stream.finish().choices[0].logprobs
    assert [entry.token for entry in logprobs.content] == ["a", "b"]


def test_legacy_function_call_is_joined() -> None:
    def fc(**function: Any) -> dict[str, Any]:
        data = chunk()
        data["choices"][0]["delta"]["function_call"] = function
        return data

    events = [fc(name="lookup", arguments=""), fc(arguments='{"q":'), fc(arguments=' "x"}')]
    events.append(chunk(finish_reason="function_call"))
    _, stream = run(sse_bytes(*events))
    call = stream.finish().choices[0].message.function_call
    assert (call.name, call.arguments) == ("lookup", '{"q": "x"}')


def test_head_fields_are_kept() -> None:
    events = [
        chunk("x", system_fingerprint="fp_1", service_tier="default"),
        chunk(finish_reason="stop"),
    ]
    _, stream = run(sse_bytes(*events))
    completion = stream.finish()
    assert completion.system_fingerprint == "fp_1"
    assert completion.service_tier == "default"


# -- problems --------------------------------------------------------------------------------


def test_error_event_raised_after_the_good_chunks_are_yielded() -> None:
    error = {"error": {"message": "overloaded", "type": "server_error", "code": "busy"}}
    data = sse_bytes(chunk("a"), chunk("b"), error, chunk("c"))
    stream = ChatStream()
    yielded: list[Any] = []
    with pytest.raises(oai.StreamError) as info:
        for item in stream.feed(data):
            yielded.append(item)
    assert [payload["choices"][0]["delta"]["content"] for payload, _ in yielded] == ["a", "b"]
    assert "overloaded" in info.value.message
    assert "2 chunk(s)" in info.value.message
    assert (info.value.code, info.value.type) == ("busy", "server_error")
    assert info.value.body == error


def test_named_error_event() -> None:
    data = b'event: error\ndata: {"message": "bad", "code": "x", "param": "p"}\n\n'
    with pytest.raises(oai.StreamError) as info:
        list(ChatStream().feed(data))
    assert (info.value.code, info.value.param) == ("x", "p")
    assert "bad" in info.value.message


def test_error_event_with_non_object_error() -> None:
    with pytest.raises(oai.StreamError, match="rate limited"):
        list(ChatStream().feed(b'data: {"error": "rate limited"}\n\n'))


@pytest.mark.parametrize(
    ("line", "match"),
    [(b"data: {bad json}\n\n", "invalid JSON"), (b'data: "a string"\n\n', "not a JSON object")],
)
def test_invalid_event_data(line: bytes, match: str) -> None:
    stream = ChatStream()
    yielded: list[Any] = []
    with pytest.raises(oai.StreamError, match=match):
        for item in stream.feed(sse_bytes(chunk("a"), done=False) + line):
            yielded.append(item)
    assert len(yielded) == 1


def test_finish_without_done_is_stream_error() -> None:
    _, stream = run(sse_bytes(*text_chunks("a"), done=False))
    with pytest.raises(oai.StreamError, match=r"before \[DONE\], after 3 chunk"):
        stream.finish()


def test_finish_in_the_middle_of_an_event() -> None:
    _, stream = run(sse_bytes(chunk("a"), done=False) + b'data: {"id"')
    with pytest.raises(oai.StreamError, match="middle of an event"):
        stream.finish()


def test_data_after_done_is_ignored() -> None:
    data = sse_bytes(*text_chunks("a")) + b"data: garbage\n\n"
    yielded, stream = run(data, pieces=5)
    assert len(yielded) == 3
    assert list(stream.feed(b"data: {more garbage}\n\n")) == []
    assert stream.finish().choices[0].message.content == "a"


def test_done_completed_by_final_lone_cr() -> None:
    _, stream = run(
        b'data: {"id":"c","object":"chat.completion.chunk","created":1,'
        b'"model":"m","choices":[]}\r\rdata: [DONE]\r\r'
    )
    assert stream.finish().id == "c"


# -- CompletionAccumulator and content chunks ------------------------------------------------


def test_accumulator_on_dicts() -> None:
    accumulator = CompletionAccumulator()
    for event in text_chunks("x", "y", usage=USAGE):
        accumulator.add(event)
    completion = accumulator.completion()
    assert completion.choices[0].message.content == "xy"
    assert completion.usage.total_tokens == 8


def test_content_chunks_one_per_choice_with_text() -> None:
    data = chunk(
        choices=[
            {"index": 0, "delta": {"content": "a"}},
            {"index": 1, "delta": {"content": ""}},
            {"index": 2, "delta": {"content": "c"}},
            {"index": 3, "delta": {"role": "assistant"}},
        ]
    )
    model = CreateChatCompletionStreamResponse.from_dict(data)
    found = content_chunks(data, model)
    assert [(c.index, c.content) for c in found] == [(0, "a"), (2, "c")]
    assert all(c.raw is model for c in found)


def test_content_chunk_is_a_frozen_string_like_value() -> None:
    model = CreateChatCompletionStreamResponse.from_dict(chunk("hi"))
    item = oai.ContentChunk("hi", 0, model)
    assert str(item) == "hi"
    assert f"{item}!" == "hi!"
    with pytest.raises(AttributeError):
        item.content = "changed"  # type: ignore[misc]


# -- what OpenAI-compatible servers send -----------------------------------------------------


def calls_of(*events: dict[str, Any]) -> list[tuple[str, str, str]]:
    _, stream = run(sse_bytes(*events))
    calls = stream.finish().choices[0].message.tool_calls
    return [(c.id, c.function.name, c.function.arguments) for c in calls]


def test_tool_calls_without_index_are_told_apart_by_id() -> None:
    # Gemini: whole calls without an index, or a call's arguments in indexless pieces.
    events = [
        chunk(tool_calls=[{"id": "a", "function": {"name": "f", "arguments": "{}"}}]),
        chunk(tool_calls=[{"id": "b", "function": {"name": "g", "arguments": '{"x"'}}]),
        chunk(tool_calls=[{"function": {"arguments": ": 1}"}}]),
        chunk(finish_reason="stop"),
    ]
    assert calls_of(*events) == [("a", "f", "{}"), ("b", "g", '{"x": 1}')]


def test_a_repeated_id_continues_its_call() -> None:
    events = [
        chunk(tool_calls=[{"id": "a", "function": {"name": "f", "arguments": '{"x"'}}]),
        chunk(tool_calls=[{"id": "a", "function": {"name": "f", "arguments": ": 1}"}}]),
    ]
    assert calls_of(*events) == [("a", "f", '{"x": 1}')]


def test_a_new_id_at_a_used_index_starts_a_new_call() -> None:
    # Some proxies number every call 0; a different id still means a different call.
    events = [
        chunk(tool_calls=[call_delta(0, "{}", id="a", name="f")]),
        chunk(tool_calls=[call_delta(0, "[]", id="b", name="g")]),
    ]
    assert calls_of(*events) == [("a", "f", "{}"), ("b", "g", "[]")]


def test_indexed_pieces_without_ids_still_join_by_index() -> None:
    events = [
        chunk(tool_calls=[call_delta(0, "", id="a", name="f")]),
        chunk(tool_calls=[call_delta(0, '{"x": 1}', id="a")]),  # id repeated: same call
        chunk(tool_calls=[call_delta(1, "{}", id="b", name="g")]),
    ]
    assert calls_of(*events) == [("a", "f", '{"x": 1}'), ("b", "g", "{}")]


def test_tool_call_extra_fields_are_kept() -> None:
    signature = {"google": {"thought_signature": "sig"}}
    events = [
        chunk(tool_calls=[{"id": "a", "function": {"name": "f", "arguments": "{}"}}]),
        chunk(tool_calls=[{"extra_content": signature}]),  # metadata-only: the latest call
    ]
    _, stream = run(sse_bytes(*events))
    (call,) = stream.finish().choices[0].message.tool_calls
    assert call.additional_properties == {"extra_content": signature}
    assert call.to_dict()["extra_content"] == signature


def test_unknown_delta_fields_are_joined() -> None:
    def delta(**fields: Any) -> dict[str, Any]:
        data = chunk()
        data["choices"][0]["delta"].update(fields)
        return data

    events = [
        delta(role="assistant", reasoning_content="Let ", details=[1], flag=True, gone=None),
        delta(reasoning_content="me think", details=[2], flag=False, content="Yes"),
        delta(reasoning_content=None, details=[], flag=None),
    ]
    _, stream = run(sse_bytes(*events))
    message = stream.finish().choices[0].message
    assert message.content == "Yes"
    assert message.additional_properties == {
        "reasoning_content": "Let me think",
        "details": [1, 2],
        "flag": False,
    }


def test_usage_chunk_without_choices_key() -> None:
    usage_only = {"id": "chatcmpl-test", "model": "gpt-test", "usage": USAGE}
    yielded, stream = run(sse_bytes(*text_chunks("ok"), usage_only))
    assert yielded[-1][0] == usage_only
    assert content_chunks(*yielded[-1]) == []
    completion = stream.finish()
    assert completion.usage.to_dict() == USAGE
    assert completion.choices[0].message.content == "ok"


def test_chunks_without_object_assemble_to_a_chat_completion() -> None:
    events = text_chunks("a", "b", usage=USAGE)
    for event in events:
        del event["object"]
    _, stream = run(sse_bytes(*events))
    completion = stream.finish()
    assert completion.object_ == "chat.completion"
    assert completion.choices[0].message.content == "ab"
