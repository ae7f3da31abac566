"""What only the asyncio client has: coroutine callbacks, concurrency, coroutine methods.

Everything else the async client does is checked by the sync/async-parametrized tests.
"""

from __future__ import annotations

import asyncio
import copy
import inspect
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI, Reply
from oai_api.models.create_chat_completion_stream_response import (
    CreateChatCompletionStreamResponse,
)
from wrapper_support import API_KEY, HELLO, HELLO_REPLY, chunk, resolve, text_chunks


def test_new_async_makes_an_async_client() -> None:
    client = oai.new_async(API_KEY, base_url="http://127.0.0.1:1/v1", default_model="gpt-4o")
    assert isinstance(client, oai.AsyncOpenAI)
    assert client.default_model == "gpt-4o"
    assert client.config.api_key == API_KEY


@pytest.mark.parametrize(
    "name", ["chat", "create_chat_completion", "models", "model", "delete_model", "close"]
)
def test_async_client_methods_are_coroutine_functions(name: str) -> None:
    assert inspect.iscoroutinefunction(getattr(oai.AsyncOpenAI, name))
    assert not inspect.iscoroutinefunction(getattr(oai.OpenAI, name))


@pytest.mark.parametrize("name", ["send", "generate_response"])
def test_async_session_methods_are_coroutine_functions(name: str) -> None:
    assert inspect.iscoroutinefunction(getattr(oai.AsyncChatSession, name))
    assert not inspect.iscoroutinefunction(getattr(oai.ChatSession, name))


async def test_coroutine_callback_is_awaited_in_order(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    got: list[str] = []
    awaited = 0

    async def callback(item: oai.ContentChunk) -> None:
        nonlocal awaited
        await asyncio.sleep(0)
        awaited += 1
        got.append(item.content)

    server.enqueue(Reply.sse(text_chunks("a", "b", "c")))
    status, response = await aclient.chat(HELLO, None, callback)
    assert status == 200
    assert got == ["a", "b", "c"]
    assert awaited == 3
    assert response.choices[0].message.content == "abc"


async def test_plain_function_callback_works_with_async_client(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    got: list[str] = []
    status, response = await aclient.chat(HELLO, None, lambda item: got.append(item.content))
    assert status == 200
    assert "".join(got) == HELLO_REPLY == response.choices[0].message.content


async def test_coroutine_callback_with_create_chat_completion(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    got: list[Any] = []

    async def callback(item: Any) -> None:
        got.append(item)

    status, response = await aclient.create_chat_completion(HELLO, None, callback)
    assert status == 200
    assert got
    assert all(isinstance(item, CreateChatCompletionStreamResponse) for item in got)
    assert response.choices[0].message.content == HELLO_REPLY


async def test_coroutine_callback_in_session(aclient: oai.AsyncOpenAI, server: FakeOpenAI) -> None:
    session = aclient.new_chat_session()
    got: list[str] = []

    async def callback(item: oai.ContentChunk) -> None:
        got.append(str(item))

    answer = await session.send("Hello there", callback)
    assert answer == HELLO_REPLY
    assert "".join(got) == HELLO_REPLY
    assert session.messages[-1] == {"role": "assistant", "content": HELLO_REPLY}

    again = await session.generate_response(append=False, callback=callback)
    assert again == HELLO_REPLY
    assert len(session.messages) == 2


class Boom(Exception):
    pass


async def test_raising_coroutine_callback_propagates_and_keeps_history(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    session = aclient.new_chat_session()
    await session.send("First")
    before = copy.deepcopy(session.messages)
    seen: list[str] = []

    async def callback(item: oai.ContentChunk) -> None:
        seen.append(item.content)
        if len(seen) == 2:
            raise Boom("stop here")

    server.enqueue(Reply.sse(text_chunks("a", "b", "c")))
    with pytest.raises(Boom, match="stop here"):
        await session.send("Second", callback)
    assert seen == ["a", "b"]
    assert session.messages == before
    assert await session.send("Third") == "You said: Third"


async def test_error_event_after_coroutine_callback_chunks(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    got: list[str] = []

    async def callback(item: oai.ContentChunk) -> None:
        got.append(item.content)

    server.enqueue(Reply.sse([chunk("x"), chunk("y"), {"error": {"message": "gone", "code": "c"}}]))
    with pytest.raises(oai.StreamError) as info:
        await aclient.chat(HELLO, None, callback)
    assert got == ["x", "y"]
    assert info.value.code == "c"


async def test_concurrent_requests_on_one_client(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    prompts = [f"prompt {i}" for i in range(6)]

    async def ask(prompt: str, stream: bool) -> str:
        messages = [{"role": "user", "content": prompt}]
        if stream:
            status, response = await aclient.chat(messages, None, lambda item: None)
        else:
            status, response = await aclient.chat(messages)
        assert status == 200
        return response.choices[0].message.content

    answers = await asyncio.gather(*(ask(p, i % 2 == 0) for i, p in enumerate(prompts)))
    assert answers == [f"You said: {p}" for p in prompts]
    assert len(server.requests) == len(prompts)


async def test_concurrent_sessions_keep_separate_histories(
    aclient: oai.AsyncOpenAI, server: FakeOpenAI
) -> None:
    sessions = [aclient.new_chat_session() for _ in range(3)]
    await asyncio.gather(*(s.send(f"I am {i}") for i, s in enumerate(sessions)))
    for i, session in enumerate(sessions):
        assert session.messages == [
            {"role": "user", "content": f"I am {i}"},
            {"role": "assistant", "content": f"You said: I am {i}"},
        ]


async def test_async_context_manager_returns_the_client(server: FakeOpenAI) -> None:
    async with oai.AsyncOpenAI(API_KEY, base_url=server.base_url) as client:
        assert isinstance(client, oai.AsyncOpenAI)
        status, _ = await resolve(client.models())
        assert status == 200
