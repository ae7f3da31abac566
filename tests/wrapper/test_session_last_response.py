"""`session.last_response`: the whole completion behind a reply, streamed or not."""

from __future__ import annotations

import copy
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai_api.models.create_chat_completion_response import CreateChatCompletionResponse
from test_session import FAILURES
from wrapper_support import DEFAULT_MODEL, USAGE, chunk, completion, resolve, text_chunks

STREAMED = pytest.mark.parametrize("streamed", [False, True], ids=["plain", "streamed"])


def callback_for(streamed: bool) -> Any:
    return (lambda item: None) if streamed else None


@STREAMED
async def test_last_response_is_the_whole_completion(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    session = anyclient.new_chat_session()
    assert session.last_response is None

    answer = await resolve(session.send("Hello there", callback_for(streamed)))

    response = session.last_response
    assert isinstance(response, CreateChatCompletionResponse)
    assert response.object_ == "chat.completion"
    assert response.id == "chatcmpl-1"
    assert response.model == DEFAULT_MODEL
    assert response.system_fingerprint == "fp_fake"
    (choice,) = response.choices
    assert choice.message.content == answer == "You said: Hello there"
    assert choice.finish_reason == "stop"
    words = len(answer.split())
    assert response.usage.to_dict() == {
        "prompt_tokens": 2,
        "completion_tokens": words,
        "total_tokens": 2 + words,
    }


@STREAMED
async def test_n2_keeps_every_choice_and_replies_with_the_first(
    anyclient: Any, server: FakeOpenAI, streamed: bool
) -> None:
    session = anyclient.new_chat_session(n=2)
    answer = await resolve(session.send("Pick", callback_for(streamed)))

    expected = [FakeOpenAI.reply_text_for([{"role": "user", "content": "Pick"}], i) for i in (0, 1)]
    assert answer == expected[0]
    choices = session.last_response.choices
    assert [(c.index, c.message.content, c.finish_reason) for c in choices] == [
        (0, expected[0], "stop"),
        (1, expected[1], "stop"),
    ]
    assert session.messages[-1] == {"role": "assistant", "content": expected[0]}
    assert len(session.messages) == 2


async def test_streamed_n2_callback_sees_both_choices(anyclient: Any, server: FakeOpenAI) -> None:
    session = anyclient.new_chat_session()
    seen: dict[int, str] = {0: "", 1: ""}

    def collect(item: oai.ContentChunk) -> None:
        seen[item.index] += item.content

    await resolve(session.send("Pick", collect, n=2))
    assert seen == {c.index: c.message.content for c in session.last_response.choices}


async def test_queued_stream_finish_reason_and_usage(anyclient: Any, server: FakeOpenAI) -> None:
    events = [chunk("Cut", role="assistant"), chunk(" off", finish_reason="length")]
    events.append(chunk(choices=[], usage=USAGE))
    server.enqueue(Reply.sse(events))
    session = anyclient.new_chat_session()
    assert await resolve(session.send("Long story", lambda item: None)) == "Cut off"
    response = session.last_response
    assert response.choices[0].finish_reason == "length"
    assert response.usage.to_dict() == USAGE
    assert (response.id, response.model) == ("chatcmpl-test", "gpt-test")


async def test_generate_response_without_append_sets_last_response(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session(messages=[{"role": "user", "content": "Q"}])
    await resolve(session.generate_response(append=False))
    assert session.last_response.choices[0].message.content == "You said: Q"
    assert len(session.messages) == 1


@pytest.mark.parametrize("failure", list(FAILURES))
async def test_failure_keeps_the_previous_last_response(
    anyclient: Any, server: FakeOpenAI, failure: str
) -> None:
    queued, callback, exc = FAILURES[failure]
    session = anyclient.new_chat_session()
    await resolve(session.send("First"))
    response = session.last_response
    server.enqueue(queued)
    with pytest.raises(exc):
        await resolve(session.send("Second", callback))
    assert session.last_response is response


async def test_error_status_keeps_the_previous_last_response(
    anyclient: Any, server: FakeOpenAI
) -> None:
    session = anyclient.new_chat_session()
    await resolve(session.send("First"))
    response = session.last_response
    server.enqueue(Reply.error(429, "Slow down", type="requests"))
    with pytest.raises(oai.RateLimitError):
        await resolve(session.send("Second", lambda item: None))
    assert session.last_response is response


# -- chunks from OpenAI-compatible servers ---------------------------------------------------


def without_object(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for event in events:
        event.pop("object", None)
    return events


# name: events of a text stream saying "Hi there", in a shape some compatible server sends
COMPATIBLE_STREAMS: dict[str, list[Any]] = {
    "no object field": without_object(text_chunks("Hi", " there", usage=USAGE)),
    "usage-only chunk, empty choices": text_chunks("Hi", " there", usage=USAGE),
    "usage chunk without choices": [
        *text_chunks("Hi", " there"),
        {"id": "chatcmpl-test", "created": 1, "model": "gpt-test", "usage": USAGE},
    ],
    "usage on the finish chunk": [
        chunk("Hi", role="assistant"),
        chunk(" there"),
        chunk(finish_reason="stop", usage=USAGE),
    ],
    "null choices and usage until the end": [
        {**chunk("Hi", role="assistant"), "usage": None},
        {**chunk(" there"), "usage": None},
        {**chunk(finish_reason="stop"), "usage": None},
        {"id": "chatcmpl-test", "model": "gpt-test", "choices": None, "usage": USAGE},
    ],
    "no index on choices": [
        {"id": "x", "choices": [{"delta": {"role": "assistant", "content": "Hi"}}]},
        {"id": "x", "choices": [{"delta": {"content": " there"}, "finish_reason": "stop"}]},
        {"id": "x", "choices": [], "usage": USAGE},
    ],
}


@pytest.mark.parametrize("shape", list(COMPATIBLE_STREAMS))
async def test_compatible_server_streams_in_a_session(
    anyclient: Any, server: FakeOpenAI, shape: str
) -> None:
    server.enqueue(Reply.sse(copy.deepcopy(COMPATIBLE_STREAMS[shape])))
    session = anyclient.new_chat_session()
    got: list[str] = []

    answer = await resolve(session.send("Hi", lambda item: got.append(str(item))))

    assert answer == "Hi there"
    assert got == ["Hi", " there"]
    assert session.messages[-1] == {"role": "assistant", "content": "Hi there"}
    response = session.last_response
    assert response.choices[0].finish_reason == "stop"
    assert response.usage.to_dict() == USAGE


async def test_compatible_server_reasoning_deltas_are_kept_but_not_sent_back(
    anyclient: Any, server: FakeOpenAI
) -> None:
    def thinking(text: str) -> dict[str, Any]:
        data = chunk()
        data["choices"][0]["delta"]["reasoning_content"] = text
        return data

    events = [
        {**thinking("Let me "), "object": "chat.completion.chunk"},
        thinking("think."),
        chunk("Done", role="assistant"),
        chunk(finish_reason="stop"),
    ]
    server.enqueue(Reply.sse(events))
    session = anyclient.new_chat_session()

    assert await resolve(session.send("Q", lambda item: None)) == "Done"

    message = session.last_response.choices[0].message
    assert message.additional_properties == {"reasoning_content": "Let me think."}
    assert session.messages[-1] == {"role": "assistant", "content": "Done"}
    await resolve(session.send("Next"))
    assert server.last_request.json()["messages"][1] == {"role": "assistant", "content": "Done"}


async def test_stream_without_a_usage_chunk_has_no_usage(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.sse(text_chunks("ok")))
    session = anyclient.new_chat_session()
    await resolve(session.send("Hi", lambda item: None))
    assert session.last_response.usage is None


async def test_choice_without_a_message_is_api_error_and_history_unchanged(
    anyclient: Any, server: FakeOpenAI
) -> None:
    body = completion()
    del body["choices"][0]["message"]
    server.enqueue(Reply.json(body))
    session = anyclient.new_chat_session()
    with pytest.raises(oai.APIError, match="no message"):
        await resolve(session.send("Hi"))
    assert session.messages == []
    assert session.last_response is None
