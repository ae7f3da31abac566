"""Responses sessions kept in a Conversation: `conversation=True` makes one, an id joins one;
every send goes with `conversation`, never `previous_response_id`."""

from __future__ import annotations

from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply, text, tool_calls
from oai_api.api.conversations import list_conversation_items
from wrapper_support import resolve


async def items_of(client: Any, conversation_id: str) -> list[Any]:
    walk = client.paginate(list_conversation_items, conversation_id, order="asc")
    if isinstance(client, oai.AsyncOpenAI):
        return [item async for item in walk]
    return list(walk)


def roles(items: list[Any]) -> list[str]:
    return [getattr(item, "role", getattr(item, "type", "?")) for item in items]


async def test_a_new_conversation_holds_every_turn(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    session = client.new_responses_chat_session(instructions="Be brief.", conversation=True)
    assert session.conversation_id is None  # made on the first send, not before
    await resolve(session.send("My name is Ada."))
    conversation_id = session.conversation_id
    assert isinstance(conversation_id, str) and conversation_id
    await resolve(session.send("What is my name?"))
    sent = [r for r in server.requests if r.path == "/v1/responses"]
    assert [r.json()["conversation"] for r in sent] == [conversation_id, conversation_id]
    assert all("previous_response_id" not in r.json() for r in sent)
    assert next(r.path for r in server.requests) == "/v1/conversations"
    items = await items_of(client, conversation_id)
    assert roles(items) == ["user", "assistant", "user", "assistant"]
    assert len(session.response_history) == 2


async def test_an_id_continues_a_conversation(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    first = client.new_responses_chat_session(conversation=True)
    await resolve(first.send("Remember the number 7."))
    again = client.new_responses_chat_session(conversation=first.conversation_id)
    assert again.conversation_id == first.conversation_id
    await resolve(again.send("Which number?"))
    assert len(await items_of(client, first.conversation_id)) == 4
    assert sum(r.path == "/v1/conversations" for r in server.requests) == 1


async def test_a_failed_send_changes_nothing(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    session = client.new_responses_chat_session(conversation=True)
    await resolve(session.send("Hello"))
    before = (session.current_response_id, list(session.response_history))
    server.enqueue(Reply.error(500, "overloaded"))
    with pytest.raises(oai.InternalServerError):
        await resolve(session.send("Are you there?"))
    assert (session.current_response_id, session.response_history) == before
    assert len(await items_of(client, session.conversation_id)) == 2


async def test_a_tool_run_sends_outputs_to_the_conversation(
    make_client: Any, server: FakeOpenAI
) -> None:
    def get_weather(city: str) -> str:
        """The weather in a city."""
        return f"sunny in {city}"

    server.script(tool_calls(("get_weather", {"city": "Oslo"})), text("It is sunny in Oslo."))
    client = make_client()
    session = client.new_responses_chat_session(conversation=True)
    answer = await resolve(session.run("Weather in Oslo?", tools=[get_weather]))
    assert answer == "It is sunny in Oslo."
    sent = [r.json() for r in server.requests if r.path == "/v1/responses"]
    assert len(sent) == 2 and all("previous_response_id" not in body for body in sent)
    assert sent[1]["input"][0]["type"] == "function_call_output"
    assert sent[1]["conversation"] == session.conversation_id


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"conversation": True, "previous_response_id": "resp_1"},
            ValueError,
            "either a conversation or previous_response_id, not both",
        ),
        ({"conversation": 3}, TypeError, "conversation must be True, a conversation id"),
        ({"conversation": ""}, TypeError, "conversation must be True"),
    ],
)
async def test_bad_settings_are_refused_before_sending(
    make_client: Any, server: FakeOpenAI, kwargs: dict[str, Any], error: type, message: str
) -> None:
    client = make_client()
    with pytest.raises(error, match=message):
        client.new_responses_chat_session(**kwargs)
    assert server.received == 0


async def test_a_conversation_that_cannot_be_made_raises(
    make_client: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.error(403, "no conversations for this key"))
    client = make_client()
    session = client.new_responses_chat_session(conversation=True)
    with pytest.raises(oai.PermissionDeniedError):
        await resolve(session.send("Hi"))
    assert session.conversation_id is None and session.response_history == []
    await resolve(session.send("Hi"))  # tries again, and this time it is made
    assert session.conversation_id is not None
