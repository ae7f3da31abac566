"""What the API returned, sent back as input: chat messages and Responses output items.

Each test gets a real model from the fake server (or one it was told to send), hands it back to
the wrapper as input, and checks the exact JSON the server then received: what only answers
carry is gone, what requests accept is kept as it came.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import oai
import pytest
from oai._input_items import _choose, _request_members, item_as_input, message_as_input
from oai.testing import FakeOpenAI, Reply
from oai_api.models.chat_completion_response_message import ChatCompletionResponseMessage
from oai_api.models.function_tool_call import FunctionToolCall
from oai_api.models.output_message import OutputMessage
from oai_api.models.reasoning_item import ReasoningItem
from oai_api.models.response import Response as GeneratedResponse
from test_responses_stream import event, message_item, response_body
from wrapper_support import WEATHER_ARGUMENTS, WEATHER_PARAMETERS, WEATHER_TOOL, completion, resolve

WEATHER = {"type": "function", "name": "get_weather", "parameters": WEATHER_PARAMETERS}
QUESTION = {"role": "user", "content": "Weather in Paris?"}


def sent_messages(server: FakeOpenAI) -> list[dict[str, Any]]:
    return list(server.last_request.json()["messages"])


def sent_input(server: FakeOpenAI) -> list[dict[str, Any]]:
    return list(server.last_request.json()["input"])


# -- chat -----------------------------------------------------------------------------------


async def forced_call(client: Any, **params: Any) -> ChatCompletionResponseMessage:
    """The message of a chat completion that had to call get_weather."""
    status, response = await resolve(
        client.chat([QUESTION], tools=[WEATHER_TOOL], tool_choice="required", **params)
    )
    assert status == 200
    message = response.choices[0].message
    assert isinstance(message, ChatCompletionResponseMessage)
    return message


def call_message(call_id: str) -> dict[str, Any]:
    """The assistant message a forced get_weather call goes back as."""
    call = {
        "id": call_id,
        "type": "function",
        "function": {"name": "get_weather", "arguments": WEATHER_ARGUMENTS},
    }
    return {"role": "assistant", "content": None, "refusal": None, "tool_calls": [call]}


async def test_a_returned_tool_call_message_goes_back_in_a_mixed_list(
    anyclient: Any, server: FakeOpenAI
) -> None:
    message = await forced_call(anyclient)
    call_id = message.tool_calls[0].id
    result = {"role": "tool", "tool_call_id": call_id, "content": "Sunny"}

    status, response = await resolve(anyclient.chat([QUESTION, message, result]))

    assert status == 200
    assert sent_messages(server) == [QUESTION, call_message(call_id), result]
    assert response.choices[0].message.content == "The tool returned: Sunny"


async def test_a_streamed_reply_message_goes_back_like_a_whole_one(
    anyclient: Any, server: FakeOpenAI
) -> None:
    chunks: list[Any] = []
    message = await forced_call(anyclient, callback=chunks.append)
    call_id = message.tool_calls[0].id

    await resolve(anyclient.chat([QUESTION, message]))

    assert sent_messages(server)[1] == call_message(call_id)


async def test_append_message_takes_a_returned_message(anyclient: Any, server: FakeOpenAI) -> None:
    message = await forced_call(anyclient)
    call_id = message.tool_calls[0].id
    session = anyclient.new_chat_session()
    session.append_message(QUESTION)
    session.append_message(message)
    session.append_message({"role": "tool", "tool_call_id": call_id, "content": "Sunny"})

    answer = await resolve(session.generate_response())

    assert answer == "The tool returned: Sunny"
    assert sent_messages(server)[1] == call_message(call_id)
    assert session.messages[1] == call_message(call_id)
    assert all(type(m) is dict for m in session.messages)


async def test_a_session_starts_from_a_mixed_history(anyclient: Any, server: FakeOpenAI) -> None:
    message = await forced_call(anyclient)
    call_id = message.tool_calls[0].id
    result = {"role": "tool", "tool_call_id": call_id, "content": "Rain"}
    session = anyclient.new_chat_session([QUESTION, message, result])

    answer = await resolve(session.send("And tomorrow?"))

    assert answer == FakeOpenAI.reply_text_for([{"role": "user", "content": "And tomorrow?"}])
    assert sent_messages(server)[:3] == [QUESTION, call_message(call_id), result]


async def test_sync_chat_session_class_takes_returned_messages(
    client: oai.OpenAI, server: FakeOpenAI
) -> None:
    message = await forced_call(client)
    session = oai.ChatSession(client, messages=[QUESTION, message])

    assert session.messages == [QUESTION, call_message(message.tool_calls[0].id)]


async def test_annotations_are_dropped_and_audio_goes_back_as_its_id(
    anyclient: Any, server: FakeOpenAI
) -> None:
    citation = {
        "type": "url_citation",
        "url_citation": {"start_index": 0, "end_index": 5, "url": "https://x.test", "title": "X"},
    }
    audio = {"id": "audio_1", "expires_at": 1_700_000_000, "data": "UklGRg==", "transcript": "Hi"}
    server.enqueue(Reply.json(completion("Sunny.", annotations=[citation], audio=audio)))
    status, response = await resolve(anyclient.chat([QUESTION]))
    assert status == 200

    await resolve(anyclient.chat([QUESTION, response.choices[0].message]))

    assert sent_messages(server)[1] == {
        "role": "assistant",
        "content": "Sunny.",
        "refusal": None,
        "audio": {"id": "audio_1"},
    }


async def test_a_legacy_function_call_goes_back(anyclient: Any, server: FakeOpenAI) -> None:
    function = WEATHER_TOOL["function"]
    status, response = await resolve(
        anyclient.chat([QUESTION], functions=[function], function_call={"name": "get_weather"})
    )
    assert status == 200

    await resolve(anyclient.chat([QUESTION, response.choices[0].message]))

    assert sent_messages(server)[1] == {
        "role": "assistant",
        "content": None,
        "refusal": None,
        "function_call": {"name": "get_weather", "arguments": WEATHER_ARGUMENTS},
    }


async def test_a_refusal_goes_back(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(Reply.json(completion(None, refusal="I can't help with that.")))
    _, response = await resolve(anyclient.chat([QUESTION]))

    await resolve(anyclient.chat([QUESTION, response.choices[0].message]))

    assert sent_messages(server)[1] == {
        "role": "assistant",
        "content": None,
        "refusal": "I can't help with that.",
    }


async def test_a_returned_message_without_content_or_calls_is_refused_by_index(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.json(completion(None)))
    _, response = await resolve(anyclient.chat([QUESTION]))
    empty = response.choices[0].message
    received = server.received

    with pytest.raises(ValueError, match=r"^messages\[1\]\.content is required unless"):
        await resolve(anyclient.chat([QUESTION, empty]))
    session = anyclient.new_chat_session()
    with pytest.raises(ValueError, match=r"^message\.content is required unless"):
        session.append_message(empty)
    with pytest.raises(ValueError, match=r"^messages\[0\]\.content is required unless"):
        anyclient.new_chat_session([empty])
    assert server.received == received
    assert session.messages == []


def test_what_is_not_a_message_is_still_refused_by_index(client: oai.OpenAI) -> None:
    output = OutputMessage.from_dict(message_item("Hi"))  # a Responses item, not a chat message
    with pytest.raises(ValueError, match=r"^messages\[1\]\.content\[0\]\.type must be one of"):
        client.chat([QUESTION, output])
    with pytest.raises(TypeError, match=r"^messages\[1\] must be a dict .* got int"):
        client.chat([QUESTION, 42])


# -- Responses ------------------------------------------------------------------------------


def call_output(call_id: str, output: str = "Sunny") -> dict[str, Any]:
    return {"type": "function_call_output", "call_id": call_id, "output": output}


async def reasoned_call(client: Any, **params: Any) -> Any:
    """A response with a reasoning item and a forced function call."""
    status, response = await resolve(
        client.create_response(
            "Weather in Paris?",
            tools=[WEATHER],
            tool_choice="required",
            reasoning={"effort": "low"},
            **params,
        )
    )
    assert status == 200
    reasoning, call = response.output
    assert isinstance(reasoning, ReasoningItem)
    assert isinstance(call, FunctionToolCall)
    return response


def reasoned_call_input(number: int) -> list[dict[str, Any]]:
    """What the fake's reasoning item and call (response `number`) go back as."""
    return [
        {"type": "reasoning", "id": f"rs_{number:04d}", "summary": []},
        {
            "type": "function_call",
            "id": f"fc_{number:04d}",
            "call_id": f"call_{number:04d}",
            "name": "get_weather",
            "arguments": json.dumps({"city": "example", "days": 1}),
            "status": "completed",
        },
    ]


async def test_output_items_go_back_with_a_tool_result(anyclient: Any, server: FakeOpenAI) -> None:
    response = await reasoned_call(anyclient)
    call_id = response.output[1].call_id

    status, answer = await resolve(
        anyclient.create_response([*response.output, call_output(call_id)], tools=[WEATHER])
    )

    assert status == 200
    assert sent_input(server) == [*reasoned_call_input(1), call_output(call_id)]
    assert answer.output_text == "The tool returned: Sunny"


async def test_an_output_message_goes_back_with_its_id_and_status(
    anyclient: Any, server: FakeOpenAI
) -> None:
    _, response = await resolve(anyclient.create_response("Hello there"))
    more = {"role": "user", "content": "Say more."}

    await resolve(anyclient.create_response([*response.output, more]))

    part = {
        "type": "output_text",
        "text": "You said: Hello there",
        "annotations": [],
        "logprobs": [],
    }
    assert sent_input(server) == [
        {
            "id": "msg_0001",
            "type": "message",
            "role": "assistant",
            "content": [part],
            "status": "completed",
        },
        more,
    ]


async def test_a_streamed_responses_output_goes_back(anyclient: Any, server: FakeOpenAI) -> None:
    events: list[Any] = []
    response = await reasoned_call(anyclient, callback=events.append)
    assert events

    await resolve(anyclient.create_response([*response.output, call_output("call_0001")]))

    assert sent_input(server) == [*reasoned_call_input(1), call_output("call_0001")]


def rebuilt_stream(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A stream whose `response.completed` leaves the output out: the items are rebuilt."""
    started = response_body(status="in_progress")
    events = [event("response.created", response=started)]
    for index, item in enumerate(items):
        events.append(event("response.output_item.added", output_index=index, item=item))
        events.append(event("response.output_item.done", output_index=index, item=item))
    events.append(event("response.completed", response=response_body(output=[])))
    return events


REALISTIC_REASONING = {
    "type": "reasoning",
    "id": "rs_real",
    "summary": [{"type": "summary_text", "text": "Looked up the weather."}],
    "encrypted_content": "gAAAAABo-opaque-blob==",
    "status": None,  # sent as null: not a value the request side allows
}
REALISTIC_CALL = {
    "type": "function_call",
    "id": "fc_real",
    "call_id": "call_real",
    "name": "get_weather",
    "arguments": '{"city":"Paris"}',
    "status": "completed",
    "server_note": "an answer-only key this client does not know",
}
TOOL_OUTPUT = {  # the output-side resource of a tool result, as conversations list it back
    "type": "function_call_output",
    "id": "fco_real",
    "call_id": "call_real",
    "output": "18 C",
    "status": "completed",
    "created_by": "user_123",
}


def realistic_input() -> list[dict[str, Any]]:
    reasoning = {key: value for key, value in REALISTIC_REASONING.items() if key != "status"}
    call = {key: value for key, value in REALISTIC_CALL.items() if key != "server_note"}
    output = {key: value for key, value in TOOL_OUTPUT.items() if key != "created_by"}
    return [reasoning, call, output]


@pytest.mark.parametrize("streamed", [False, True], ids=["whole", "rebuilt-from-stream"])
async def test_output_only_fields_are_left_out_and_accepted_ones_kept(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    items = [REALISTIC_REASONING, REALISTIC_CALL, TOOL_OUTPUT]
    if streamed:
        server.enqueue(Reply.sse(rebuilt_stream(items)))
    else:
        server.enqueue(Reply.json(response_body(items)))
    events: list[Any] = []
    status, response = await resolve(
        anyclient.create_response("Weather?", callback=events.append if streamed else None)
    )
    assert status == 200
    assert [type(item).__name__ for item in response.output] == [
        "ReasoningItem",
        "FunctionToolCall",
        "FunctionToolCallOutputResource",
    ]

    await resolve(anyclient.create_response(response.output))

    assert sent_input(server) == realistic_input()


async def test_a_responses_session_sends_returned_items(anyclient: Any, server: FakeOpenAI) -> None:
    response = await reasoned_call(anyclient)
    session = anyclient.new_responses_chat_session(tools=[WEATHER], store=False)

    reply = await resolve(session.send([*response.output, call_output("call_0001")]))

    assert reply.output_text == "The tool returned: Sunny"
    assert sent_input(server) == [*reasoned_call_input(1), call_output("call_0001")]


async def test_the_checks_still_apply_to_a_returned_item(
    anyclient: Any, server: FakeOpenAI
) -> None:
    broken = OutputMessage.from_dict({**message_item("Hi"), "content": None})
    received = server.received
    with pytest.raises(ValueError, match=r"^input\[1\]\.content must be a string or a list"):
        await resolve(anyclient.create_response([{"role": "user", "content": "Hi"}, broken]))
    with pytest.raises(TypeError, match=r"^input\[0\] must be a dict .* got int"):
        await resolve(anyclient.create_response([42]))
    assert server.received == received


# -- the rule, read off the generated models ------------------------------------------------


def output_item_models() -> list[type[Any]]:
    from oai_api._model import _table

    output = next(f for f in _table(GeneratedResponse).fields if f[1] == "output")
    return list(output[4].item.members)


INPUT_ITEMS = ("create_response", "CreateResponse", "input")


@pytest.mark.parametrize("model", output_item_models(), ids=lambda model: model.__name__)
def test_every_output_item_type_has_an_input_item_to_go_back_as(model: type[Any]) -> None:
    """The spec lets every output item type come back as input; each finds its request side."""
    (kind,) = model._tags["type"]
    member = _choose(_request_members(*INPUT_ITEMS), {"type": kind})
    assert member is not None
    assert member._tags["type"] == (kind,)


def test_an_item_of_a_kind_no_request_member_fits_goes_as_it_came() -> None:
    """Not cut down to `ItemReferenceParam`, which has no tag and declares `id` and `type`."""
    item = FunctionToolCall.from_dict({**REALISTIC_CALL, "type": "future_call"})
    assert item_as_input(item) == item.to_dict()


def test_an_item_whose_tags_the_request_side_refuses_goes_as_it_came() -> None:
    """Output `additional_tools` may have any role; input takes `developer` only."""
    from oai_api.models.additional_tools import AdditionalTools

    data = {"type": "additional_tools", "id": "at_1", "role": "user", "tools": []}
    assert item_as_input(AdditionalTools.from_dict(data)) == data
    developer = {**data, "role": "developer"}
    assert item_as_input(AdditionalTools.from_dict(developer)) == developer


async def test_a_typed_item_with_a_role_is_not_checked_as_a_message(
    anyclient: Any, server: FakeOpenAI
) -> None:
    """`additional_tools` carries a `role` and `tools`, no `content`: it is not a message."""
    from oai_api.models.additional_tools import AdditionalTools

    data = {"type": "additional_tools", "id": "at_1", "role": "developer", "tools": [WEATHER]}
    status, _ = await resolve(
        anyclient.create_response([AdditionalTools.from_dict(data), QUESTION])
    )

    assert status == 200
    assert sent_input(server) == [data, QUESTION]


def test_an_item_reference_is_still_recognised() -> None:
    from oai_api.models.item_reference_param import ItemReferenceParam

    reference = {"type": "item_reference", "id": "msg_1"}
    assert item_as_input(ItemReferenceParam.from_dict(reference)) == reference


def test_message_conversion_matches_the_history_a_session_keeps() -> None:
    message = ChatCompletionResponseMessage.from_dict(
        completion(None, tool_calls=call_message("call_1")["tool_calls"])["choices"][0]["message"]
    )
    assert message_as_input(message) == call_message("call_1")


def test_import_oai_loads_no_generated_model() -> None:
    code = "import sys, oai; print([m for m in sys.modules if m.startswith('oai_api.models')])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def test_an_audio_reply_goes_back_by_its_id_alone(anyclient: Any, server: FakeOpenAI) -> None:
    """A spoken reply has no text: the request names its audio, which the API accepts."""
    spoken = ChatCompletionResponseMessage.from_dict(
        {
            "role": "assistant",
            "content": None,
            "refusal": None,
            "audio": {"id": "audio_1", "data": "AAAA", "expires_at": 1, "transcript": "Hi"},
        }
    )
    messages = [{"role": "user", "content": "Say hi"}, spoken, {"role": "user", "content": "Again"}]
    status, _ = await resolve(anyclient.chat(messages))
    assert status == 200
    assert server.last_request.json()["messages"][1] == {
        "role": "assistant",
        "content": None,
        "refusal": None,
        "audio": {"id": "audio_1"},
    }
