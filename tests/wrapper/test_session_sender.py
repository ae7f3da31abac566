"""Sessions need one thing of a client, `send_call` (and its `default_model`): the `Sender`
protocol. Anything that has it can carry a session, and the two clients' halves stay twins."""

from __future__ import annotations

import inspect
from typing import Any

import oai
from oai._calls import PreparedCall
from oai._results import ErrorValue
from oai._sessions import Sender
from oai.testing import FakeOpenAI


class CountingSender:
    """A sender of its own: it forwards to a real client and counts what passes through it."""

    def __init__(self, client: oai.OpenAI, model: str) -> None:
        self.client = client
        self.default_model = model
        self.sent: list[PreparedCall[Any]] = []

    def send_call(self, call: PreparedCall[Any]) -> tuple[int, Any | ErrorValue]:
        self.sent.append(call)
        return self.client.send_call(call)


def test_a_chat_session_runs_on_any_sender(client: oai.OpenAI, server: FakeOpenAI) -> None:
    sender = CountingSender(client, "my-model")
    session: Sender = sender
    chat = oai.ChatSession(session, [{"role": "system", "content": "be brief"}])
    assert chat.send("hello") == "You said: hello"
    assert len(sender.sent) == 1
    assert (
        server.last_request.json()["model"] == "my-model"
    )  # the sender's default, not the client's
    assert [m["role"] for m in chat.messages] == ["system", "user", "assistant"]


def test_a_responses_session_runs_on_any_sender(client: oai.OpenAI, server: FakeOpenAI) -> None:
    sender = CountingSender(client, "my-model")
    session = oai.ResponsesChatSession(sender)
    first = session.send("one")
    session.send("two")
    assert len(sender.sent) == 2
    assert server.last_request.json()["previous_response_id"] == first.id
    assert server.last_request.json()["model"] == "my-model"


def test_the_clients_are_twins() -> None:
    """Every public method of `AsyncOpenAI` is one of `OpenAI` with the same parameters; the
    ones that talk to the server are coroutines there and plain calls here."""

    def methods(cls: type) -> dict[str, Any]:
        return {
            name: value
            for name, value in vars(cls).items()
            if not name.startswith("_") and inspect.isfunction(value)
        }

    sync, async_ = methods(oai.OpenAI), methods(oai.AsyncOpenAI)
    assert sync.keys() == async_.keys()
    assert {"chat", "send_call", "iter_files", "new_chat_session"} <= sync.keys()
    for name, function in sync.items():
        twin = async_[name]
        assert inspect.signature(function).parameters.keys() == (
            inspect.signature(twin).parameters.keys()
        ), name
        assert not inspect.iscoroutinefunction(function), name
    assert inspect.iscoroutinefunction(async_["chat"])
    assert inspect.isasyncgenfunction(vars(oai.AsyncOpenAI)["_walk"])
    assert inspect.isgeneratorfunction(vars(oai.OpenAI)["_walk"])
