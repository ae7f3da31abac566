"""The Responses API core, sans-I/O: the event table, `ResponseStream`, the `Response` helpers.

The event helpers here (`event`, `text_events`, `response_body`, ...) are shared with the other
`test_responses*` modules.
"""

from __future__ import annotations

import json
import types
from pathlib import Path
from typing import Any, Literal

import attrs
import oai
import oai._responses as responses_module
import pytest
import yaml
from oai._response_model import Response
from oai._responses import (
    ResponseStream,
    ResponseTextChunk,
    event_models,
    event_table,
    parse_event,
    raw_events,
    text_chunks,
)
from oai_api.models.function_tool_call import FunctionToolCall
from oai_api.models.response import Response as GeneratedResponse
from oai_api.models.response_completed_event import ResponseCompletedEvent
from oai_api.models.response_created_event import ResponseCreatedEvent
from oai_api.models.response_error_event import ResponseErrorEvent
from oai_api.models.response_failed_event import ResponseFailedEvent
from oai_api.models.response_text_delta_event import ResponseTextDeltaEvent

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"

# -- helpers shared by the test_responses* modules -------------------------------------------


def event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, **fields}


def response_body(output: list[dict[str, Any]] | None = None, **fields: Any) -> dict[str, Any]:
    """A `response` object with the fields the spec requires."""
    return {
        "id": "resp_test",
        "object": "response",
        "created_at": 1_700_000_000,
        "status": "completed",
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "model": "gpt-test",
        "output": [] if output is None else output,
        "parallel_tool_calls": True,
        "metadata": {},
        "tool_choice": "auto",
        "tools": [],
        "temperature": 1.0,
        "top_p": 1.0,
        **fields,
    }


def message_item(text: str, item_id: str = "msg_1", status: str = "completed") -> dict[str, Any]:
    part = {"type": "output_text", "text": text, "annotations": [], "logprobs": []}
    return {
        "type": "message",
        "id": item_id,
        "status": status,
        "role": "assistant",
        "content": [part] if text is not None else [],
    }


def call_item(arguments: str = '{"city":"Paris"}', call_id: str = "call_1") -> dict[str, Any]:
    return {
        "type": "function_call",
        "id": "fc_1",
        "call_id": call_id,
        "name": "get_weather",
        "arguments": arguments,
        "status": "completed",
    }


def text_events(*pieces: str, response_id: str = "resp_test") -> list[dict[str, Any]]:
    """A whole text stream, in the API's order, with sequence numbers."""
    text = "".join(pieces)
    started = response_body(id=response_id, status="in_progress")
    at = {"item_id": "msg_1", "output_index": 0}
    events = [
        event("response.created", response=started),
        event("response.in_progress", response=started),
        event(
            "response.output_item.added",
            output_index=0,
            item=message_item("", status="in_progress"),
        ),
        event(
            "response.content_part.added",
            **at,
            content_index=0,
            part={"type": "output_text", "text": "", "annotations": []},
        ),
        *(
            event("response.output_text.delta", **at, content_index=0, delta=piece, logprobs=[])
            for piece in pieces
        ),
        event("response.output_text.done", **at, content_index=0, text=text, logprobs=[]),
        event("response.output_item.done", output_index=0, item=message_item(text)),
        event(
            "response.completed",
            response=response_body([message_item(text)], id=response_id),
        ),
    ]
    return [{**e, "sequence_number": n} for n, e in enumerate(events)]


def sse(*events: dict[str, Any] | str, named: bool = True) -> bytes:
    """The wire form: `event: <type>` (if `named`) and `data: <json>` per event."""
    out = []
    for e in events:
        if isinstance(e, str):
            out.append(e)
        elif named and "type" in e:
            out.append(f"event: {e['type']}\ndata: {json.dumps(e)}\n\n")
        else:
            out.append(f"data: {json.dumps(e)}\n\n")
    return "".join(out).encode()


def run(data: bytes, pieces: int | None = None) -> tuple[list[tuple[dict[str, Any], Any]], Any]:
    stream = ResponseStream()
    step = pieces or len(data) or 1
    got: list[tuple[dict[str, Any], Any]] = []
    for i in range(0, len(data), step):
        got += list(stream.feed(data[i : i + step]))
    return got, stream


def collect(data: bytes) -> tuple[list[Any], BaseException | None]:
    """Feed `data`; return the events yielded before any error, and the error."""
    stream = ResponseStream()
    got = []
    try:
        for _payload, model in stream.feed(data):
            got.append(model)
        stream.finish()
    except oai.APIError as exc:
        return got, exc
    return got, None


# -- the event table --------------------------------------------------------------------------


def _spec_event_types() -> dict[str, str]:
    """`type` -> schema name for every member of the spec's ResponseStreamEvent union."""
    schemas = yaml.safe_load(SPEC.read_text())["components"]["schemas"]
    found = {}
    for branch in schemas["ResponseStreamEvent"]["anyOf"]:
        name = branch["$ref"].rsplit("/", 1)[-1]
        kind = schemas[name]["properties"]["type"]
        values = kind.get("enum") or [kind.get("const")]
        found[values[0]] = name
    return found


def test_every_event_type_of_the_spec_has_its_generated_model() -> None:
    expected = _spec_event_types()
    table = event_models()

    assert len(expected) > 50
    assert set(expected) <= set(table)
    for kind, schema_name in expected.items():
        assert table[kind].__name__ == schema_name, kind


def test_the_table_is_built_once() -> None:
    assert event_models() is event_models()


def _event_module(name: str, class_name: str, kind: str) -> types.ModuleType:
    module = types.ModuleType(name)
    literal_name = f"{class_name}Type"
    setattr(module, literal_name, Literal[kind])
    cls = attrs.make_class(class_name, {"type_": attrs.field(type=literal_name)})
    cls.__module__ = name
    setattr(module, class_name, cls)
    return module


def test_ga_event_models_win_over_beta_duplicates_in_any_order() -> None:
    modules = {
        "beta_response_text_delta_event": _event_module(
            "beta_response_text_delta_event", "BetaResponseTextDeltaEvent", "response.x.delta"
        ),
        "response_text_delta_event": _event_module(
            "response_text_delta_event", "ResponseTextDeltaEvent", "response.x.delta"
        ),
        "beta_response_only_event": _event_module(
            "beta_response_only_event", "BetaResponseOnlyEvent", "response.only_beta"
        ),
    }
    for names in (list(modules), list(reversed(modules))):
        table = event_table(names, modules.__getitem__)
        assert table["response.x.delta"].__name__ == "ResponseTextDeltaEvent"
        assert table["response.only_beta"].__name__ == "BetaResponseOnlyEvent"


def test_event_model_reads_the_table_without_importing_every_event_module() -> None:
    """The first streamed response imported all event modules (about 120 ms); now the types
    are read from the sources, and only the module of an event that arrives is imported."""
    import subprocess
    import sys

    script = (
        "import sys, oai._responses as r\n"
        "before = set(sys.modules)\n"
        "model = r.event_model('response.output_text.delta')\n"
        "new = [m for m in set(sys.modules) - before if m.endswith('_event')]\n"
        "print(model.__name__, sorted(new))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert out.stdout.split() == [
        "ResponseTextDeltaEvent",
        "['oai_api.models.response_text_delta_event']",
    ]
    table = event_models()
    assert {kind: responses_module.event_model(kind) for kind in table} == dict(table)
    assert responses_module.event_model("response.brand_new") is None


def test_a_module_without_a_literal_type_adds_nothing() -> None:
    module = types.ModuleType("response_odd_event")
    cls = attrs.make_class("ResponseOddEvent", {"type_": attrs.field(type="str")})
    cls.__module__ = "response_odd_event"
    module.ResponseOddEvent = cls  # type: ignore[attr-defined]
    module.helper = len  # type: ignore[attr-defined]

    assert event_table(["response_odd_event"], {"response_odd_event": module}.__getitem__) == {}


def test_parse_event_gives_the_model_or_a_dict_for_unknown_types() -> None:
    delta = event("response.output_text.delta", item_id="m", output_index=0, content_index=0)
    parsed = parse_event({**delta, "delta": "Hi", "sequence_number": 3, "logprobs": []}, 1)
    unknown = parse_event(event("response.brand_new", extra=[1, 2]), 2)
    untyped = parse_event({"hello": "world"}, 3)

    assert isinstance(parsed, ResponseTextDeltaEvent)
    assert (parsed.delta, parsed.sequence_number) == ("Hi", 3)
    assert unknown == {"type": "response.brand_new", "extra": [1, 2]}
    assert type(unknown) is dict
    assert untyped == {"hello": "world"}


def test_an_event_that_does_not_fit_its_model_is_a_stream_error() -> None:
    # A response model keeps what does not fit; read strictly (as a union tries its members),
    # the completed event without its response does not fit, and says so by event and model.
    from oai_api.types import strict_parsing

    strictly = strict_parsing.set(True)
    try:
        with pytest.raises(
            oai.StreamError,
            match=r"event 4 \(response.completed\) does not fit ResponseCompletedEvent: KeyError",
        ):
            parse_event({"type": "response.completed", "sequence_number": 9}, 4)
    finally:
        strict_parsing.reset(strictly)


# -- ResponseStream ---------------------------------------------------------------------------


@pytest.mark.parametrize("pieces", [None, 1, 3, 17, 100])
def test_text_stream_yields_each_event_as_its_model_and_the_response(
    pieces: int | None,
) -> None:
    events = text_events("Hel", "lo", " there")
    got, stream = run(sse(*events), pieces)

    assert [payload for payload, _ in got] == events
    models = [model for _, model in got]
    assert isinstance(models[0], ResponseCreatedEvent)
    assert [m.delta for m in models if isinstance(m, ResponseTextDeltaEvent)] == [
        "Hel",
        "lo",
        " there",
    ]
    assert isinstance(models[-1], ResponseCompletedEvent)
    assert stream.done and stream.events == len(events)
    response = stream.finish()
    assert type(response) is Response
    assert isinstance(response, GeneratedResponse)
    assert (response.id, response.status, response.output_text) == (
        "resp_test",
        "completed",
        "Hello there",
    )


def test_the_type_comes_from_the_event_line_when_the_data_has_none() -> None:
    final = {"response": response_body([message_item("ok")])}
    data = b"event: response.completed\ndata: " + json.dumps(final).encode() + b"\n\n"
    got, stream = run(data)

    assert isinstance(got[0][1], ResponseCompletedEvent)
    assert stream.finish().output_text == "ok"


def test_unknown_event_types_reach_the_caller_as_dicts() -> None:
    events = text_events("Hi")
    events.insert(3, event("response.something_new", detail={"a": 1}, sequence_number=99))
    events.insert(4, {"type": ["not", "a", "name"]})  # a type that is not even a string
    got, stream = run(sse(*events, named=False))

    assert got[3][1] == {
        "type": "response.something_new",
        "detail": {"a": 1},
        "sequence_number": 99,
    }
    assert got[4][1] == {"type": ["not", "a", "name"]}
    assert stream.finish().output_text == "Hi"


def test_a_done_marker_is_tolerated_and_events_after_the_end_are_ignored() -> None:
    events = text_events("Hi")
    late = event("response.output_text.delta", delta="late")
    got, stream = run(sse(*events, "data: [DONE]\n\n", late))

    assert len(got) == len(events)
    assert stream.finish().output_text == "Hi"


def test_error_event_is_delivered_then_raised_with_its_details() -> None:
    events = text_events("Hel", "lo")[:5]
    error = event("error", code="server_error", message="The model broke", param=None)
    got, exc = collect(sse(*events, {**error, "sequence_number": 5}, *text_events("x")[5:]))

    assert len(got) == len(events) + 1
    assert isinstance(got[-1], ResponseErrorEvent)
    assert isinstance(exc, oai.StreamError)
    assert exc.message == "error event in stream after 5 event(s): The model broke"
    assert exc.code == "server_error"
    assert exc.body["message"] == "The model broke"


@pytest.mark.parametrize("line", ["", "event: error\n"])
def test_an_error_envelope_without_a_type_raises_before_reaching_the_callback(line: str) -> None:
    error = {"error": {"message": "Overloaded", "type": "server_error", "code": None}}
    got, exc = collect(sse(*text_events("Hi")[:2], f"{line}data: {json.dumps(error)}\n\n"))

    assert len(got) == 2
    assert isinstance(exc, oai.StreamError)
    assert exc.message == "error event in stream after 2 event(s): Overloaded"
    assert exc.type == "server_error"


def test_response_failed_is_delivered_then_raised_with_the_response_error() -> None:
    failed = response_body(
        [], status="failed", error={"code": "rate_limit_exceeded", "message": "Slow down"}
    )
    events = [*text_events("Hi")[:3], event("response.failed", response=failed, sequence_number=3)]
    got, exc = collect(sse(*events))

    assert isinstance(got[-1], ResponseFailedEvent)
    assert len(got) == 4
    assert isinstance(exc, oai.StreamError)
    assert exc.message == "the response failed after 3 event(s): Slow down"
    assert exc.code == "rate_limit_exceeded"


def test_response_incomplete_ends_the_stream_with_an_incomplete_response() -> None:
    events = text_events("Hi")
    final = response_body(
        [message_item("Hi", status="incomplete")],
        status="incomplete",
        incomplete_details={"reason": "max_output_tokens"},
    )
    events[-1] = event("response.incomplete", response=final, sequence_number=9)
    _, stream = run(sse(*events))

    response = stream.finish()
    assert (response.status, response.output_text) == ("incomplete", "Hi")


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (sse(*text_events("Hi")[:-1]), r"ended before response.completed, after 7 event"),
        (sse(*text_events("Hi")[:2]) + b"data: {", r"ended in the middle of an event"),
        (b"", r"after 0 event"),
    ],
)
def test_a_stream_that_stops_early_is_an_error(data: bytes, match: str) -> None:
    _, stream = run(data)
    with pytest.raises(oai.StreamError, match=match):
        stream.finish()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("data: {not json}\n\n", "invalid JSON in stream event 3: '{not json}'"),
        ("data: [1, 2]\n\n", "stream event 3 is not a JSON object: '[1, 2]'"),
    ],
)
def test_garbage_is_an_error_after_the_valid_events(raw: str, expected: str) -> None:
    got, exc = collect(sse(*text_events("Hi")[:2], raw))

    assert len(got) == 2
    assert isinstance(exc, oai.StreamError)
    assert exc.message == expected


def test_output_left_out_of_the_final_event_is_rebuilt_from_the_events() -> None:
    at = {"output_index": 1, "item_id": "msg_1"}
    started = message_item("", status="in_progress")
    started["content"] = []
    events = [
        event("response.created", response=response_body([], status="in_progress")),
        event("response.output_item.added", output_index=0, item={**call_item(""), "id": "fc_1"}),
        event("response.function_call_arguments.delta", output_index=0, delta='{"city":'),
        event("response.function_call_arguments.delta", output_index=0, delta='"Rome"}'),
        event("response.output_item.added", output_index=1, item=started),
        event("response.content_part.added", **at, content_index=0, part={"type": "output_text"}),
        event("response.output_text.delta", **at, content_index=0, delta="Sun"),
        event("response.output_text.delta", **at, content_index=0, delta="ny"),
        event("response.completed", response=response_body(None) | {"output": []}),
    ]
    _, stream = run(sse(*events))
    response = stream.finish()

    assert response.output_text == "Sunny"
    [call] = response.function_calls()
    assert (call.name, call.arguments) == ("get_weather", '{"city":"Rome"}')


def test_the_deltas_are_joined_only_when_the_final_event_has_no_output(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The final event nearly always carries the output: the deltas are then only kept.
    joins: list[str] = []
    real_add_piece = responses_module.add_piece
    monkeypatch.setattr(
        responses_module, "add_piece", lambda *a: joins.append(a[1]) or real_add_piece(*a)
    )
    _, stream = run(sse(*text_events("Hi", " there")))
    assert stream.finish().output_text == "Hi there"
    assert joins == []

    *events, final = text_events("Hi", " there")
    _, stream = run(sse(*events, {**final, "response": {**final["response"], "output": []}}))
    assert stream.finish().output_text == "Hi there"
    assert joins and set(joins) == {"text"}


def test_a_finished_item_replaces_what_its_deltas_built() -> None:
    events = [
        event(
            "response.output_item.added",
            output_index=0,
            item=message_item("", status="in_progress"),
        ),
        event("response.output_text.delta", output_index=0, content_index=0, delta="draft"),
        event("response.output_item.done", output_index=0, item=message_item("final")),
        event(
            "response.completed",
            response={k: v for k, v in response_body().items() if k != "output"},
        ),
    ]
    _, stream = run(sse(*events))

    assert stream.finish().output_text == "final"


def test_a_final_event_without_a_response_uses_the_last_snapshot() -> None:
    events = [
        event("response.created", response=response_body([], status="in_progress", id="resp_9")),
        event("response.output_item.done", output_index=0, item=message_item("Done")),
        event("response.completed"),
    ]
    _, stream = run(sse(*events))
    response = stream.finish()

    assert (response.id, response.status, response.output_text) == ("resp_9", "completed", "Done")


def test_a_final_event_with_no_response_at_all_is_an_error() -> None:
    got, exc = collect(sse(event("response.completed")))

    assert got == []
    assert isinstance(exc, oai.StreamError)
    assert "response.completed carries no response" in str(exc)


# -- selecting what a callback receives -------------------------------------------------------


def test_raw_selection_passes_every_event_and_text_selection_only_new_text() -> None:
    events = text_events("Hel", "", "lo")
    got, _ = run(sse(*events))

    raw = [item for payload, model in got for item in raw_events(payload, model)]
    chunks = [item for payload, model in got for item in text_chunks(payload, model)]
    assert raw == [model for _, model in got]
    assert [str(c) for c in chunks] == ["Hel", "lo"]
    assert all(isinstance(c, ResponseTextChunk) for c in chunks)
    assert chunks[0].raw is got[4][1]
    assert (chunks[0].output_index, chunks[0].content_index, chunks[0].item_id) == (0, 0, "msg_1")


# -- Response helpers -------------------------------------------------------------------------


def test_output_text_joins_every_output_text_part_of_every_message() -> None:
    second = message_item("two", item_id="msg_2")
    second["content"].append({"type": "refusal", "refusal": "no"})
    second["content"].append({"type": "output_text", "text": " three", "annotations": []})
    output = [
        {"type": "reasoning", "id": "rs_1", "summary": []},
        message_item("one "),
        call_item(),
        second,
    ]
    response = Response.from_dict(response_body(output))

    assert response.output_text == "one two three"
    assert response.to_dict()["output"] == output
    assert "output_text" not in response.to_dict()  # computed, not sent: not given back


def test_output_text_is_empty_without_messages_and_ignores_what_a_server_sent() -> None:
    response = Response.from_dict(response_body([call_item()], output_text="stale"))
    missing = Response.from_dict({"id": "resp_x", "output": None})

    assert response.output_text == ""
    assert response.to_dict()["output_text"] == "stale"  # what was sent is given back
    assert missing.output_text == "" and missing.images() == [] and missing.function_calls() == []


def test_images_and_function_calls_come_from_their_items_in_order() -> None:
    output = [
        {"type": "image_generation_call", "id": "ig_1", "status": "completed", "result": "AAA="},
        {"type": "image_generation_call", "id": "ig_2", "status": "generating", "result": None},
        call_item(call_id="call_a"),
        {"type": "web_search_call", "id": "ws_1", "status": "completed", "action": None},
        {"type": "image_generation_call", "id": "ig_3", "status": "completed", "result": "BBB="},
        call_item(call_id="call_b"),
    ]
    response = Response.from_dict(response_body(output))

    assert response.images() == ["AAA=", "BBB="]
    calls = response.function_calls()
    assert [c.call_id for c in calls] == ["call_a", "call_b"]
    assert all(isinstance(c, FunctionToolCall) for c in calls)
