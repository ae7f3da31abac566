"""Every POST carries an Idempotency-Key, made once per call and sent again on each retry."""

from __future__ import annotations

from typing import Any

from faults_support import HELLO, FakeClock, resolve
from oai.testing import FakeOpenAI, Reply
from oai_api.api.models import list_models


async def test_a_post_carries_a_key_and_every_retry_repeats_it(
    anyclient: Any, server: FakeOpenAI, clock: FakeClock
) -> None:
    server.enqueue(Reply.error(500, "down"), Reply.drop())
    status, _ = await resolve(anyclient.chat(HELLO))
    assert status == 200
    keys = [request.headers.get("idempotency-key") for request in server.requests]
    assert len(keys) == 3
    assert keys[0] and keys[0].startswith("oai-")
    assert keys == [keys[0]] * 3


async def test_each_call_gets_its_own_key(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.chat(HELLO))
    await resolve(anyclient.chat(HELLO, None, lambda chunk: None))
    await resolve(anyclient.new_chat_session().send("Hi"))
    keys = {request.headers["idempotency-key"] for request in server.requests}
    assert len(keys) == 3


async def test_a_get_carries_no_key(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.models())
    await resolve(anyclient.model("gpt-4o"))
    assert all("idempotency-key" not in request.headers for request in server.requests)


async def test_the_callers_key_wins_and_is_kept_across_retries(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(Reply.error(503, "busy"))
    mine = anyclient.with_options(default_headers={"Idempotency-Key": "order-42"})
    status, _ = await resolve(mine.chat(HELLO))
    assert status == 200
    assert [r.headers["idempotency-key"] for r in server.requests] == ["order-42", "order-42"]
    # The client it came from still makes its own.
    await resolve(anyclient.chat(HELLO))
    assert server.last_request.headers["idempotency-key"].startswith("oai-")


async def test_a_key_in_the_clients_default_headers_is_used(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(default_headers={"Idempotency-Key": "fixed"})
    await resolve(client.chat(HELLO))
    assert server.last_request.headers["idempotency-key"] == "fixed"


async def test_the_generated_client_posts_with_a_key_too(
    anyclient: Any, server: FakeOpenAI, make_client: Any
) -> None:
    from oai_api.api.chat import create_chat_completion
    from oai_api.models.create_chat_completion_request import CreateChatCompletionRequest

    body = CreateChatCompletionRequest.from_dict({"model": "gpt-4.1", "messages": HELLO})
    if make_client.is_async:
        result = await create_chat_completion.asyncio_detailed(client=anyclient.api, body=body)
        await list_models.asyncio_detailed(client=anyclient.api)
    else:
        result = create_chat_completion.sync_detailed(client=anyclient.api, body=body)
        list_models.sync_detailed(client=anyclient.api)
    assert result.status_code == 200
    post, get = server.requests
    assert post.headers["idempotency-key"].startswith("oai-")
    assert "idempotency-key" not in get.headers
