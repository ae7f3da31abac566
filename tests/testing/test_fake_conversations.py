"""The fake's Conversations API, and ``POST /responses`` with ``conversation``.

Every answer is read with the generated model of the spec, strictly (``read_exactly``), so a
field the fake gets wrong fails here rather than in a client's typed code.
"""

from __future__ import annotations

import threading
from typing import Any

import httpx
import pytest
from fake_shapes import read_exactly, sse_events
from oai.testing import FakeOpenAI
from oai_api.models.conversation_item_list import ConversationItemList
from oai_api.models.conversation_resource import ConversationResource
from oai_api.models.deleted_conversation_resource import DeletedConversationResource
from oai_api.models.function_tool_call_output_resource import FunctionToolCallOutputResource
from oai_api.models.function_tool_call_resource import FunctionToolCallResource
from oai_api.models.message import Message
from oai_api.models.response import Response

MODEL = "gpt-4o"
FIVE = [{"role": "user", "content": f"Message {n}"} for n in range(5)]


def new_conversation(client: httpx.Client, **body: Any) -> dict[str, Any]:
    response = client.post("/conversations", json=body)
    assert response.status_code == 200, response.text
    return read_exactly(ConversationResource, response.json()).to_dict()


def items_of(client: httpx.Client, conversation_id: str, **query: Any) -> list[dict[str, Any]]:
    response = client.get(f"/conversations/{conversation_id}/items", params=query)
    assert response.status_code == 200, response.text
    page = read_exactly(ConversationItemList, response.json())
    return [item.to_dict() for item in page.data]


def texts(items: list[dict[str, Any]]) -> list[str]:
    """Each message's first text part, in the order given."""
    return [item["content"][0]["text"] for item in items if item["type"] == "message"]


def assert_error(response: httpx.Response, status: int, param: str | None) -> str:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert (error["type"], error["param"]) == ("invalid_request_error", param)
    return str(error["message"])


# -- conversations -----------------------------------------------------------------------------


def test_a_conversation_is_created_read_updated_and_deleted(client: httpx.Client) -> None:
    created = client.post("/conversations")  # every field is optional, the body too
    assert created.status_code == 200
    conversation = read_exactly(ConversationResource, created.json())
    assert (conversation.id, conversation.object_, conversation.metadata) == (
        "conv_0001",
        "conversation",
        {},
    )
    assert read_exactly(ConversationResource, client.get("/conversations/conv_0001").json()) == (
        conversation
    )

    updated = client.post("/conversations/conv_0001", json={"metadata": {"topic": "otters"}})
    assert read_exactly(ConversationResource, updated.json()).metadata == {"topic": "otters"}
    assert client.get("/conversations/conv_0001").json()["metadata"] == {"topic": "otters"}

    deleted = client.delete("/conversations/conv_0001")
    assert read_exactly(DeletedConversationResource, deleted.json()).to_dict() == {
        "id": "conv_0001",
        "object": "conversation.deleted",
        "deleted": True,
    }
    message = assert_error(client.get("/conversations/conv_0001"), 404, None)
    assert message == "Conversation with id 'conv_0001' not found."
    assert_error(client.get("/conversations/conv_0001/items"), 404, None)


def test_the_items_a_conversation_starts_with_are_stored_as_the_api_lists_them(
    client: httpx.Client,
) -> None:
    conversation = new_conversation(
        client,
        metadata={"user": "42"},
        items=[
            {"role": "user", "content": "What is the weather?"},
            {"type": "function_call", "call_id": "call_1", "name": "weather", "arguments": "{}"},
            {"type": "function_call_output", "call_id": "call_1", "output": "Sunny"},
            {"role": "assistant", "content": "It is sunny."},
        ],
    )
    assert conversation["metadata"] == {"user": "42"}
    items = items_of(client, conversation["id"], order="asc")

    user = read_exactly(Message, items[0])
    assert (user.role, user.status, user.content[0].to_dict()) == (
        "user",
        "completed",
        {"type": "input_text", "text": "What is the weather?"},
    )
    call = read_exactly(FunctionToolCallResource, items[1])
    assert (call.name, call.call_id, call.status) == ("weather", "call_1", "completed")
    output = read_exactly(FunctionToolCallOutputResource, items[2])
    assert (output.output, output.status) == ("Sunny", "completed")
    assistant = read_exactly(Message, items[3])
    assert assistant.content[0].to_dict() == {
        "type": "output_text",
        "text": "It is sunny.",
        "annotations": [],
        "logprobs": [],
    }
    assert len({item["id"] for item in items}) == 4


def test_items_page_newest_first_by_default(client: httpx.Client) -> None:
    conversation_id = new_conversation(client, items=FIVE)["id"]
    assert texts(items_of(client, conversation_id)) == [f"Message {n}" for n in (4, 3, 2, 1, 0)]
    assert texts(items_of(client, conversation_id, order="asc")) == [
        f"Message {n}" for n in range(5)
    ]

    first = client.get(f"/conversations/{conversation_id}/items", params={"limit": 2}).json()
    page = read_exactly(ConversationItemList, first)
    assert (page.has_more, page.first_id, page.last_id) == (
        True,
        first["data"][0]["id"],
        first["data"][1]["id"],
    )
    rest = client.get(
        f"/conversations/{conversation_id}/items", params={"limit": 2, "after": page.last_id}
    ).json()
    assert texts(rest["data"]) == ["Message 2", "Message 1"]
    last = client.get(
        f"/conversations/{conversation_id}/items", params={"after": rest["last_id"]}
    ).json()
    assert (texts(last["data"]), last["has_more"]) == (["Message 0"], False)


def test_items_are_added_read_and_deleted_one_by_one(client: httpx.Client) -> None:
    conversation_id = new_conversation(client, items=FIVE[:1])["id"]
    added = client.post(
        f"/conversations/{conversation_id}/items",
        json={
            "items": [{"role": "user", "content": "More"}, {"role": "assistant", "content": "OK"}]
        },
    )
    assert added.status_code == 200
    page = read_exactly(ConversationItemList, added.json())
    assert texts(added.json()["data"]) == ["More", "OK"]
    assert (page.first_id, page.last_id, page.has_more) == (
        added.json()["data"][0]["id"],
        added.json()["data"][1]["id"],
        False,
    )
    assert texts(items_of(client, conversation_id, order="asc")) == ["Message 0", "More", "OK"]

    item_id = page.first_id
    got = client.get(f"/conversations/{conversation_id}/items/{item_id}")
    assert read_exactly(Message, got.json()).content[0].to_dict()["text"] == "More"

    deleted = client.delete(f"/conversations/{conversation_id}/items/{item_id}")
    # The API answers the conversation, not the item.
    assert read_exactly(ConversationResource, deleted.json()).id == conversation_id
    assert texts(items_of(client, conversation_id, order="asc")) == ["Message 0", "OK"]
    message = assert_error(
        client.get(f"/conversations/{conversation_id}/items/{item_id}"), 404, None
    )
    assert message == f"Item with id '{item_id}' not found."
    assert_error(client.delete(f"/conversations/{conversation_id}/items/{item_id}"), 404, None)


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/conversations/conv_nope"),
        ("POST", "/conversations/conv_nope"),
        ("DELETE", "/conversations/conv_nope"),
        ("GET", "/conversations/conv_nope/items"),
        ("POST", "/conversations/conv_nope/items"),
        ("GET", "/conversations/conv_nope/items/msg_1"),
        ("DELETE", "/conversations/conv_nope/items/msg_1"),
    ],
)
def test_an_unknown_conversation_is_a_404_in_the_error_envelope(
    client: httpx.Client, method: str, path: str
) -> None:
    body = {"metadata": {}, "items": [{"role": "user", "content": "x"}]}
    message = assert_error(client.request(method, path, json=body), 404, None)
    assert message == "Conversation with id 'conv_nope' not found."


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"metadata": "not an object"}, "metadata"),
        ({"metadata": {"n": 1}}, "metadata"),
        ({"metadata": {str(n): "v" for n in range(17)}}, "metadata"),
        ({"items": "hello"}, "items"),
        ({"items": [{"role": "user", "content": "x"}] * 21}, "items"),
        ({"items": [{"role": "user", "content": "x"}, "x"]}, "items[1]"),
        ({"items": [{"content": "no role, no type"}]}, "items[0]"),
        ({"items": [{"type": "item_reference", "id": "msg_1"}]}, "items[0]"),
    ],
)
def test_a_bad_new_conversation_is_a_400_naming_the_param(
    client: httpx.Client, body: dict[str, Any], param: str
) -> None:
    assert_error(client.post("/conversations", json=body), 400, param)
    assert_error(client.get("/conversations/conv_0001"), 404, None)  # nothing was created


def test_bad_updates_lists_and_additions_are_400s_naming_the_param(client: httpx.Client) -> None:
    conversation_id = new_conversation(client, items=FIVE)["id"]
    base = f"/conversations/{conversation_id}"
    assert_error(client.post(base, json={}), 400, "metadata")
    assert_error(client.post(base + "/items", json={}), 400, "items")
    assert_error(client.post(base + "/items", json={"items": []}), 400, "items")
    assert_error(client.get(base + "/items", params={"order": "up"}), 400, "order")
    assert_error(client.get(base + "/items", params={"limit": 0}), 400, "limit")
    assert_error(client.get(base + "/items", params={"limit": 101}), 400, "limit")
    assert_error(client.get(base + "/items", params={"after": "msg_nope"}), 400, "after")
    assert len(items_of(client, conversation_id)) == 5  # nothing was added


def test_reset_forgets_conversations(server: FakeOpenAI, client: httpx.Client) -> None:
    new_conversation(client, items=FIVE)
    server.reset()
    assert_error(client.get("/conversations/conv_0001"), 404, None)
    assert new_conversation(client)["id"] == "conv_0001"  # ids count from 1 again
    assert items_of(client, "conv_0001") == []


def test_concurrent_additions_all_land_with_distinct_ids(client: httpx.Client) -> None:
    conversation_id = new_conversation(client)["id"]
    failures: list[int] = []

    def add(n: int) -> None:
        with httpx.Client(base_url=str(client.base_url), timeout=5) as own:
            for k in range(5):
                item = {"role": "user", "content": f"{n}-{k}"}
                response = own.post(
                    f"/conversations/{conversation_id}/items", json={"items": [item]}
                )
                if response.status_code != 200:
                    failures.append(response.status_code)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    listed = items_of(client, conversation_id, limit=100)
    assert sorted(texts(listed)) == sorted(f"{n}-{k}" for n in range(8) for k in range(5))
    assert len({item["id"] for item in listed}) == 40


# -- responses in a conversation ---------------------------------------------------------------


def respond(client: httpx.Client, **body: Any) -> httpx.Response:
    return client.post("/responses", json={"model": MODEL, **body})


def test_a_response_in_a_conversation_adds_its_input_and_output(client: httpx.Client) -> None:
    conversation_id = new_conversation(client)["id"]
    first = respond(client, input="Hello", conversation=conversation_id)
    assert first.status_code == 200
    response = read_exactly(Response, first.json())
    assert response.conversation is not None and response.conversation.id == conversation_id
    assert response.output[0].to_dict()["content"][0]["text"] == "You said: Hello"

    # The object form of `conversation` names the same conversation.
    second = respond(client, input="Again", conversation={"id": conversation_id})
    assert second.json()["conversation"] == {"id": conversation_id}
    items = items_of(client, conversation_id, order="asc")
    assert [(item["role"], text) for item, text in zip(items, texts(items), strict=True)] == [
        ("user", "Hello"),
        ("assistant", "You said: Hello"),
        ("user", "Again"),
        ("assistant", "You said: Again"),
    ]
    # The output items keep the ids the response gave them.
    assert items[1]["id"] == first.json()["output"][0]["id"]
    assert items[3]["id"] == second.json()["output"][0]["id"]


def test_the_answer_reads_the_conversation_before_the_input(client: httpx.Client) -> None:
    conversation_id = new_conversation(client, items=[{"role": "user", "content": "Earlier"}])["id"]
    # No input of its own: the model answers the last user turn of the conversation.
    answer = respond(client, conversation=conversation_id).json()
    assert answer["output"][0]["content"][0]["text"] == "You said: Earlier"
    # Usage counts the conversation as input too.
    assert answer["usage"]["input_tokens"] == 1
    assert respond(client, input="Now", conversation=conversation_id).json()["usage"][
        "input_tokens"
    ] == len(["Earlier", "You", "said:", "Earlier", "Now"])


def test_a_tool_loop_over_a_conversation_calls_each_function_once() -> None:
    tools = [
        {"type": "function", "name": "first", "parameters": {"type": "object"}},
        {"type": "function", "name": "second", "parameters": {"type": "object"}},
    ]
    with FakeOpenAI(calls_tools=True) as server, httpx.Client(base_url=server.base_url) as client:
        conversation_id = new_conversation(client)["id"]
        calls = []
        body: dict[str, Any] = {"input": "Go", "tools": tools, "conversation": conversation_id}
        for _ in range(3):
            output = respond(client, **body).json()["output"]
            if output[-1]["type"] != "function_call":
                break
            call = output[-1]
            calls.append(call["name"])
            result = {"type": "function_call_output", "call_id": call["call_id"], "output": "ok"}
            body = {"input": [result], "tools": tools, "conversation": conversation_id}
        assert calls == ["first", "second"]  # the conversation's items say what was answered
        assert output[-1]["content"][0]["text"] == "The tool returned: ok"


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"input": "x", "conversation": "conv_nope"}, 404, None),
        ({"input": "x", "conversation": {"id": "conv_nope"}}, 404, None),
        ({"input": "x", "conversation": 7}, 400, "conversation"),
        ({"input": "x", "conversation": {"name": "no id"}}, 400, "conversation"),
        (
            {"input": "x", "conversation": "CONV", "previous_response_id": "resp_0001"},
            400,
            "conversation",
        ),
        ({"input": 5, "conversation": "CONV"}, 400, "input"),
        ({"model": "", "input": "x", "conversation": "CONV"}, 400, "model"),
    ],
)
def test_a_failed_response_adds_nothing_to_the_conversation(
    client: httpx.Client, body: dict[str, Any], status: int, param: str | None
) -> None:
    conversation_id = new_conversation(client, items=FIVE[:1])["id"]
    respond(client, input="First")  # resp_0001, for previous_response_id to find
    for key, value in body.items():
        if value == "CONV":
            body[key] = conversation_id
    message = assert_error(respond(client, **body), status, param)
    if status == 404:
        assert message == "Conversation with id 'conv_nope' not found."
    assert texts(items_of(client, conversation_id)) == ["Message 0"]
    assert client.get("/responses/resp_0002").status_code == 404  # and no response was made


def test_a_streamed_response_adds_to_the_conversation(client: httpx.Client) -> None:
    conversation_id = new_conversation(client)["id"]
    streamed = respond(client, input="Stream me", conversation=conversation_id, stream=True)
    events = sse_events(streamed.text)
    assert events[-1][1]["response"]["conversation"] == {"id": conversation_id}
    assert texts(items_of(client, conversation_id, order="asc")) == [
        "Stream me",
        "You said: Stream me",
    ]


def test_a_background_response_adds_its_output_when_it_completes(client: httpx.Client) -> None:
    conversation_id = new_conversation(client)["id"]
    queued = respond(client, input="Later", conversation=conversation_id, background=True).json()
    assert texts(items_of(client, conversation_id)) == ["Later"]  # the input, at once
    client.get(f"/responses/{queued['id']}")  # in progress
    assert texts(items_of(client, conversation_id)) == ["Later"]
    completed = client.get(f"/responses/{queued['id']}").json()
    assert completed["status"] == "completed"
    assert texts(items_of(client, conversation_id, order="asc")) == ["Later", "You said: Later"]
    client.get(f"/responses/{queued['id']}")  # reading it again adds nothing more
    assert len(items_of(client, conversation_id)) == 2


def test_a_cancelled_background_response_adds_no_output(client: httpx.Client) -> None:
    conversation_id = new_conversation(client)["id"]
    queued = respond(client, input="Never mind", conversation=conversation_id, background=True)
    response_id = queued.json()["id"]
    assert client.post(f"/responses/{response_id}/cancel").json()["status"] == "cancelled"
    client.get(f"/responses/{response_id}")
    client.get(f"/responses/{response_id}")
    assert texts(items_of(client, conversation_id)) == ["Never mind"]


def test_an_empty_page_still_has_string_ids(client: httpx.Client) -> None:
    conversation_id = new_conversation(client, items=FIVE[:1])["id"]
    only = items_of(client, conversation_id)[0]["id"]
    after = client.get(f"/conversations/{conversation_id}/items", params={"after": only}).json()
    page = read_exactly(ConversationItemList, after)  # the schema requires strings, not null
    assert (page.data, page.has_more, page.first_id, page.last_id) == ([], False, "", "")


def test_read_exactly_refuses_what_the_spec_does_not_declare() -> None:
    """The shape checks above can fail: a missing field, an extra key, a wrong type."""
    good = {"id": "conv_1", "object": "conversation", "metadata": {}, "created_at": 1}
    assert read_exactly(ConversationResource, good).id == "conv_1"
    missing = {key: value for key, value in good.items() if key != "created_at"}
    for bad in (missing, {**good, "extra": 1}, {**good, "created_at": "soon"}):
        with pytest.raises((AssertionError, KeyError, TypeError, ValueError)):
            read_exactly(ConversationResource, bad)
