"""The Responses API methods of both clients, against the fake server: wire and results."""

from __future__ import annotations

import base64
import json
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai.testing._responses import TINY_PNG
from oai_api.models.error_response import ErrorResponse
from oai_api.models.file_search_tool_call import FileSearchToolCall
from oai_api.models.function_tool_call import FunctionToolCall
from oai_api.models.image_gen_tool_call import ImageGenToolCall
from oai_api.models.output_message import OutputMessage
from oai_api.models.reasoning_item import ReasoningItem
from oai_api.models.response import Response as GeneratedResponse
from oai_api.models.response_completed_event import ResponseCompletedEvent
from oai_api.models.response_created_event import ResponseCreatedEvent
from oai_api.models.response_item_list import ResponseItemList
from oai_api.models.response_text_delta_event import ResponseTextDeltaEvent
from oai_api.models.web_search_tool_call import WebSearchToolCall
from test_responses_stream import call_item, message_item, response_body, text_events
from wrapper_support import API_KEY, DEFAULT_MODEL, WEATHER_PARAMETERS, resolve

WEATHER = {"type": "function", "name": "get_weather", "parameters": WEATHER_PARAMETERS}
WEATHER_ARGUMENTS = {"city": "example", "days": 1}


async def collect(items: Any) -> list[Any]:
    if hasattr(items, "__aiter__"):
        return [item async for item in items]
    return list(items)


# -- create_response --------------------------------------------------------------------------


async def test_create_response_sends_input_and_model_and_returns_a_response(
    anyclient: Any, server: FakeOpenAI
) -> None:
    status, response = await resolve(anyclient.create_response("Hello there"))

    assert status == 200
    assert type(response) is oai.Response
    assert isinstance(response, GeneratedResponse)
    assert (response.id, response.status, response.model) == (
        "resp_0001",
        "completed",
        DEFAULT_MODEL,
    )
    assert response.output_text == "You said: Hello there"
    assert isinstance(response.output[0], OutputMessage)
    assert response.usage.input_tokens == 2
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/responses")
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.headers["Content-Type"] == "application/json"
    assert request.json() == {"input": "Hello there", "model": DEFAULT_MODEL}


async def test_options_and_keywords_merge_keywords_win(anyclient: Any, server: FakeOpenAI) -> None:
    options = {"instructions": "Be terse", "temperature": 0.1, "model": "gpt-4o"}
    await resolve(anyclient.create_response("Hi", options, temperature=0.9, max_output_tokens=5))

    assert server.last_request.json() == {
        "input": "Hi",
        "model": "gpt-4o",
        "instructions": "Be terse",
        "temperature": 0.9,
        "max_output_tokens": 5,
    }


async def test_input_items_are_sent_as_given_and_the_last_user_text_is_answered(
    anyclient: Any, server: FakeOpenAI
) -> None:
    items = [
        {"role": "developer", "content": "Answer in French"},
        {"role": "user", "content": [{"type": "input_text", "text": "First"}]},
        {"type": "message", "role": "assistant", "content": "Premier"},
        {"role": "user", "content": "Second"},
    ]
    status, response = await resolve(anyclient.create_response(items))

    assert status == 200
    assert response.output_text == "You said: Second"
    assert server.last_request.json()["input"] == items


async def test_extra_body_fields_reach_the_wire(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.create_response("Hi", extra_body={"provider_option": {"x": 1}}))

    assert server.last_request.json()["provider_option"] == {"x": 1}


@pytest.mark.parametrize(
    ("call", "error", "match"),
    [
        (lambda c: c.create_response(None), TypeError, "input must be a string or a list"),
        (lambda c: c.create_response({"role": "user"}), TypeError, "input must be a string"),
        (lambda c: c.create_response(["hi"]), TypeError, r"input\[0\] must be a dict"),
        (
            lambda c: c.create_response([{"content": "hi"}]),
            ValueError,
            r"input\[0\] needs a 'role'",
        ),
        (
            lambda c: c.create_response([{"role": "robot", "content": "hi"}]),
            ValueError,
            r"input\[0\].role must be one of user",
        ),
        (
            lambda c: c.create_response([{"role": "user", "content": "a"}, {"role": "user"}]),
            ValueError,
            r"input\[1\].content must be a string or a list",
        ),
        (
            lambda c: c.create_response([{"type": "function_call_output", "output": "x"}]),
            ValueError,
            r"input\[0\].call_id is required",
        ),
        (
            lambda c: c.create_response([{"type": "item_reference"}]),
            ValueError,
            r"input\[0\].id is required",
        ),
        (lambda c: c.create_response("hi", temprature=1), ValueError, "unknown create_response"),
        (lambda c: c.create_response("hi", {"input": "x"}), ValueError, "pass input as an arg"),
        (
            lambda c: c.create_response("hi", stream=True),
            ValueError,
            "stream=True needs a callback",
        ),
        (
            lambda c: c.create_response("hi", callback=print, stream=False),
            ValueError,
            "callback was given but stream=False",
        ),
        (lambda c: c.create_response("hi", callback="print"), TypeError, "callback must be"),
        (lambda c: c.create_response("hi", model=4), TypeError, "model must be a string"),
        (lambda c: c.create_response("hi", options=[1]), TypeError, "options must be a dict"),
        (lambda c: c.response(""), ValueError, "response_id must be a non-empty string"),
        (lambda c: c.delete_response(None), ValueError, "response_id must be"),
        (lambda c: c.cancel_response(7), ValueError, "response_id must be"),
        (lambda c: c.response_input_items("r", limit=0), ValueError, "limit must be a whole"),
        (lambda c: c.response_input_items("r", order="up"), ValueError, "order must be 'asc'"),
    ],
)
async def test_bad_arguments_are_refused_before_anything_is_sent(
    anyclient: Any, server: FakeOpenAI, call: Any, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        await resolve(call(anyclient))
    assert server.requests == []


async def test_error_status_is_returned_as_the_servers_error(
    anyclient: Any, server: FakeOpenAI
) -> None:
    status, error = await resolve(
        anyclient.create_response("Hi", previous_response_id="resp_missing")
    )

    assert status == 400
    assert isinstance(error, ErrorResponse)
    assert error.error.message == "Previous response with id 'resp_missing' not found."
    assert error.error.param == "previous_response_id"

    server.enqueue(Reply.error(429, "Slow down", code="rate_limit_exceeded"))
    status, error = await resolve(anyclient.create_response("Hi"))
    assert (status, error.error.code) == (429, "rate_limit_exceeded")


async def test_a_2xx_that_is_not_a_response_is_an_error(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json({"object": "list", "data": []}))

    with pytest.raises(oai.APIError, match="createResponse answered 200 without id, output"):
        await resolve(anyclient.create_response("Hi"))


async def test_previous_response_id_chains_on_the_wire(anyclient: Any, server: FakeOpenAI) -> None:
    _, first = await resolve(anyclient.create_response("One"))
    status, second = await resolve(anyclient.create_response("Two", previous_response_id=first.id))

    assert status == 200
    assert second.previous_response_id == first.id
    assert server.last_request.json()["previous_response_id"] == "resp_0001"


# -- output items -----------------------------------------------------------------------------


async def test_forced_function_call_comes_back_as_a_function_call_item(anyclient: Any) -> None:
    _, response = await resolve(
        anyclient.create_response("Weather?", tools=[WEATHER], tool_choice="required")
    )

    [call] = response.function_calls()
    assert isinstance(call, FunctionToolCall)
    assert (call.name, call.call_id) == ("get_weather", "call_0001")
    assert json.loads(call.arguments) == WEATHER_ARGUMENTS
    assert response.output_text == ""


@pytest.mark.parametrize("stream", [False, True])
async def test_other_output_items_parse_and_pass_through(anyclient: Any, stream: bool) -> None:
    tools = [{"type": "web_search"}, {"type": "file_search"}, {"type": "image_generation"}]
    events: list[Any] = []
    callback = events.append if stream else None
    _, response = await resolve(
        anyclient.create_response(
            "Draw a cat", callback=callback, tools=tools, reasoning={"effort": "low"}
        )
    )

    kinds = [type(item) for item in response.output]
    assert kinds == [
        ReasoningItem,
        WebSearchToolCall,
        FileSearchToolCall,
        ImageGenToolCall,
        OutputMessage,
    ]
    assert response.images() == [TINY_PNG]
    assert base64.b64decode(response.images()[0]).startswith(b"\x89PNG")
    assert response.output_text == "You said: Draw a cat"
    if stream:
        types = [getattr(e, "type_", None) for e in events]
        assert "response.web_search_call.searching" in types
        assert "response.image_generation_call.partial_image" in types
        assert all(not isinstance(e, dict) for e in events)


async def test_structured_text_format_is_answered_with_schema_json(anyclient: Any) -> None:
    text = {"format": {"type": "json_schema", "name": "w", "schema": WEATHER_PARAMETERS}}
    _, response = await resolve(anyclient.create_response("Weather?", text=text))

    assert json.loads(response.output_text) == WEATHER_ARGUMENTS


# -- streaming --------------------------------------------------------------------------------


async def test_streaming_delivers_every_event_as_its_model_and_returns_the_response(
    anyclient: Any, server: FakeOpenAI
) -> None:
    events: list[Any] = []
    status, response = await resolve(anyclient.create_response("Stream me", callback=events.append))

    assert status == 200
    assert server.last_request.json() == {
        "input": "Stream me",
        "model": DEFAULT_MODEL,
        "stream": True,
    }
    assert isinstance(events[0], ResponseCreatedEvent)
    assert isinstance(events[-1], ResponseCompletedEvent)
    assert [e.sequence_number for e in events] == list(range(len(events)))
    deltas = [e.delta for e in events if isinstance(e, ResponseTextDeltaEvent)]
    assert "".join(deltas) == "You said: Stream me"
    assert type(response) is oai.Response
    assert response.output_text == "You said: Stream me"
    # `output_text` is computed, and left out of `to_dict()` as the server left it out.
    assert response.to_dict() == events[-1].response.to_dict()
    assert "output_text" not in response.to_dict()


async def test_async_client_awaits_a_coroutine_callback(aclient: oai.AsyncOpenAI) -> None:
    seen: list[str] = []

    async def callback(event: Any) -> None:
        seen.append(type(event).__name__)

    status, response = await aclient.create_response("Hi", callback=callback)

    assert status == 200
    assert seen[0] == "ResponseCreatedEvent" and seen[-1] == "ResponseCompletedEvent"
    assert response.output_text == "You said: Hi"


async def test_streamed_function_call_arguments_arrive_in_pieces(anyclient: Any) -> None:
    events: list[Any] = []
    _, response = await resolve(
        anyclient.create_response(
            "Weather?", callback=events.append, tools=[WEATHER], tool_choice="required"
        )
    )

    pieces = [e.delta for e in events if e.type_ == "response.function_call_arguments.delta"]
    assert len(pieces) > 1
    assert json.loads("".join(pieces)) == WEATHER_ARGUMENTS
    assert json.loads(response.function_calls()[0].arguments) == WEATHER_ARGUMENTS


async def test_streaming_an_error_status_returns_it_without_calling_back(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.error(503, "Try later", type="server_error"))
    events: list[Any] = []
    status, error = await resolve(anyclient.create_response("Hi", callback=events.append))

    assert (status, error.error.message) == (503, "Try later")
    assert events == []


async def test_a_json_answer_to_a_streaming_request_is_read_whole(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.json(response_body([message_item("Plain")])))
    events: list[Any] = []
    status, response = await resolve(anyclient.create_response("Hi", callback=events.append))

    assert (status, response.output_text, events) == (200, "Plain", [])


async def test_unknown_events_reach_the_callback_as_dicts(
    anyclient: Any, server: FakeOpenAI
) -> None:
    events = text_events("Hi")
    events.insert(2, {"type": "response.new_kind", "value": 1})
    server.enqueue(Reply.sse(events, done=False))
    got: list[Any] = []
    _, response = await resolve(anyclient.create_response("x", callback=got.append))

    assert got[2] == {"type": "response.new_kind", "value": 1}
    assert response.output_text == "Hi"


@pytest.mark.parametrize(
    ("last", "match"),
    [
        (
            {"type": "error", "code": "boom", "message": "Exploded", "param": None},
            "error event in stream after 6 event",
        ),
        (
            {
                "type": "response.failed",
                "response": response_body(
                    [], status="failed", error={"code": "c", "message": "No"}
                ),
            },
            "the response failed after 6 event",
        ),
    ],
)
async def test_error_and_failed_events_raise_after_the_callback_saw_everything(
    anyclient: Any, server: FakeOpenAI, last: dict[str, Any], match: str
) -> None:
    server.enqueue(Reply.sse([*text_events("a", "b")[:6], last], done=False))
    got: list[Any] = []

    with pytest.raises(oai.StreamError, match=match):
        await resolve(anyclient.create_response("x", callback=got.append))
    assert len(got) == 7
    assert got[-1].type_ == last["type"]


async def test_a_stream_cut_short_raises(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.sse(text_events("a", "b"), drop_after=4))

    with pytest.raises(oai.APIError):
        await resolve(anyclient.create_response("x", callback=lambda e: None))


async def test_a_stream_that_ends_without_completing_raises(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.sse(text_events("a", "b")[:-1], done=False))
    got: list[Any] = []

    with pytest.raises(oai.StreamError, match=r"ended before response\.completed, after 8 event"):
        await resolve(anyclient.create_response("x", callback=got.append))
    assert len(got) == 8


async def test_a_callback_that_raises_stops_the_stream(anyclient: Any) -> None:
    def callback(event: Any) -> None:
        if isinstance(event, ResponseTextDeltaEvent):
            raise RuntimeError("stop here")

    with pytest.raises(RuntimeError, match="stop here"):
        await resolve(anyclient.create_response("x", callback=callback))


# -- get, delete, cancel ----------------------------------------------------------------------


async def test_response_fetches_a_stored_response(anyclient: Any, server: FakeOpenAI) -> None:
    _, created = await resolve(anyclient.create_response("Keep me"))
    status, fetched = await resolve(
        anyclient.response(created.id, include=["message.output_text.logprobs"])
    )

    assert status == 200
    assert type(fetched) is oai.Response
    assert fetched.to_dict() == created.to_dict()
    request = server.last_request
    assert (request.method, request.path) == ("GET", "/v1/responses/resp_0001")
    assert request.query == {"include": "message.output_text.logprobs"}
    assert request.body == b""


async def test_unknown_and_unstored_responses_are_not_found(anyclient: Any) -> None:
    _, unstored = await resolve(anyclient.create_response("Forget me", store=False))
    for response_id in ("resp_nope", unstored.id):
        status, error = await resolve(anyclient.response(response_id))
        assert status == 404
        assert error.error.message == f"Response with id '{response_id}' not found."


async def test_ids_are_quoted_into_the_path(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.response("a/b c"))

    assert server.last_request.path == "/v1/responses/a%2Fb%20c"


async def test_delete_response_deletes_it(anyclient: Any, server: FakeOpenAI) -> None:
    _, created = await resolve(anyclient.create_response("Delete me"))
    status, deleted = await resolve(anyclient.delete_response(created.id))

    assert status == 200
    assert deleted == {"id": created.id, "object": "response", "deleted": True}
    assert (server.last_request.method, server.last_request.path) == (
        "DELETE",
        f"/v1/responses/{created.id}",
    )
    status, error = await resolve(anyclient.delete_response(created.id))
    assert (status, isinstance(error, ErrorResponse)) == (404, True)
    assert (await resolve(anyclient.response(created.id)))[0] == 404


async def test_cancel_response_cancels_a_background_response(
    anyclient: Any, server: FakeOpenAI
) -> None:
    _, queued = await resolve(anyclient.create_response("Slow", background=True))
    status, cancelled = await resolve(anyclient.cancel_response(queued.id))

    assert queued.status == "queued" and queued.output == []
    assert status == 200
    assert type(cancelled) is oai.Response
    assert (cancelled.id, cancelled.status) == (queued.id, "cancelled")
    assert (server.last_request.method, server.last_request.path) == (
        "POST",
        f"/v1/responses/{queued.id}/cancel",
    )
    assert (await resolve(anyclient.response(queued.id)))[1].status == "cancelled"


async def test_a_background_response_has_finished_when_fetched(anyclient: Any) -> None:
    _, queued = await resolve(anyclient.create_response("Slow", background=True))
    # The fake moves a background response on a step per read: in progress, then completed.
    _, working = await resolve(anyclient.response(queued.id))
    _, finished = await resolve(anyclient.response(queued.id))

    assert (working.status, working.output) == ("in_progress", [])
    assert (finished.status, finished.output_text) == ("completed", "You said: Slow")
    status, error = await resolve(anyclient.cancel_response(queued.id))
    assert status == 400
    assert error.error.message == "Cannot cancel a response with status 'completed'."


async def test_only_background_responses_can_be_cancelled(anyclient: Any) -> None:
    _, done = await resolve(anyclient.create_response("Quick"))
    status, error = await resolve(anyclient.cancel_response(done.id))

    assert status == 400
    assert "background=true" in error.error.message


# -- input items ------------------------------------------------------------------------------

FIVE = [{"role": "user", "content": f"Message {n}"} for n in range(5)]


async def test_response_input_items_lists_the_input_newest_first(
    anyclient: Any, server: FakeOpenAI
) -> None:
    _, created = await resolve(anyclient.create_response(FIVE))
    status, page = await resolve(anyclient.response_input_items(created.id, limit=2))

    assert status == 200
    assert isinstance(page, ResponseItemList)
    assert [item.content[0].text for item in page.data] == ["Message 4", "Message 3"]
    assert page.has_more is True
    assert page.last_id == page.data[-1].id
    request = server.last_request
    assert (request.method, request.path) == ("GET", f"/v1/responses/{created.id}/input_items")
    assert request.query == {"limit": "2"}

    _, page = await resolve(
        anyclient.response_input_items(created.id, order="asc", after=page.data[0].id)
    )
    assert server.last_request.query == {"order": "asc", "after": "msg_0001_4"}
    assert page.data == []


async def test_iter_response_input_items_walks_every_page(
    anyclient: Any, server: FakeOpenAI
) -> None:
    _, created = await resolve(anyclient.create_response(FIVE))
    before = len(server.requests)

    items = await collect(anyclient.iter_response_input_items(created.id, page_size=2, order="asc"))

    assert [item.content[0].text for item in items] == [f"Message {n}" for n in range(5)]
    queries = [r.query for r in server.requests[before:]]
    assert queries == [
        {"limit": "2", "order": "asc"},
        {"limit": "2", "order": "asc", "after": "msg_0001_1"},
        {"limit": "2", "order": "asc", "after": "msg_0001_3"},
    ]


async def test_iter_response_input_items_raises_on_an_error_status(anyclient: Any) -> None:
    with pytest.raises(oai.NotFoundError, match="Response with id 'resp_gone' not found"):
        await collect(anyclient.iter_response_input_items("resp_gone"))


async def test_a_tool_round_trip_without_a_session(anyclient: Any) -> None:
    _, first = await resolve(
        anyclient.create_response("Weather?", tools=[WEATHER], tool_choice="required")
    )
    [call] = first.function_calls()
    reply = {"type": "function_call_output", "call_id": call.call_id, "output": "Sunny"}
    _, second = await resolve(
        anyclient.create_response([reply], previous_response_id=first.id, tools=[WEATHER])
    )

    assert second.output_text == "The tool returned: Sunny"


def test_queued_reply_shapes_parse(client: oai.OpenAI, server: FakeOpenAI) -> None:
    """A hand-made answer with every kind of item parses, whatever the fake would send."""
    output = [message_item("A"), call_item(), {"type": "reasoning", "id": "r", "summary": []}]
    server.enqueue(Reply.json(response_body(output)))

    _, response = client.create_response("x")

    assert [type(i).__name__ for i in response.output] == [
        "OutputMessage",
        "FunctionToolCall",
        "ReasoningItem",
    ]
