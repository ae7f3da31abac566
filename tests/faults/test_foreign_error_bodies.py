"""Error bodies from servers that are not OpenAI, over real HTTP: one rule for all of them.

An error status gives an `ErrorResponse` whose `error.message` says why (FastAPI's `detail`,
Prism's problem+json, LiteLLM's error event), with the body's own fields kept on it; the
exceptions quote the whole reason. Bodies that are not JSON stay text (see test_error_bodies).
"""

from __future__ import annotations

from typing import Any

import oai
import pytest
from faults_support import API_KEY, HELLO, resolve
from oai.testing import FakeOpenAI, Reply
from oai_api.models.error_response import ErrorResponse

PRISM_DETAIL = (
    "Your request is not valid and no HTTP validation response was found in the spec, "
    "so Prism is generating this error for you."
)
PRISM_422 = {
    "type": "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
    "title": "Invalid request",
    "status": 422,
    "detail": PRISM_DETAIL,
    "validation": [
        {
            "location": ["body", "temperature"],
            "severity": "Error",
            "code": "type",
            "message": "must be number",
        },
        {
            "location": ["body"],
            "severity": "Error",
            "code": "required",
            "message": "must have required property 'model'",
        },
    ],
}
REASONS = "body.temperature: must be number; body: must have required property 'model'"
LITELLM_EVENT = {
    "error": {
        "message": "litellm.APIConnectionError: upstream refused",
        "type": "api_error",
        "param": None,
        "code": "500",
    }
}


def problem(data: dict[str, Any]) -> Reply:
    return Reply.json(data, status=data["status"], content_type="application/problem+json")


def llama_401() -> Reply:
    return Reply.json({"detail": "Invalid API key"}, status=401)


def litellm_500() -> Reply:
    return Reply.sse([LITELLM_EVENT], status=500, done=False)


async def test_a_detail_body_is_an_error_response(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(llama_401(), llama_401())
    for call in (anyclient.chat(HELLO), anyclient.chat(HELLO, None, lambda chunk: None)):
        status, error = await resolve(call)
        assert status == 401
        assert isinstance(error, ErrorResponse)
        assert error.error.message == "Invalid API key"
        assert error["detail"] == "Invalid API key"  # the body's own fields stay on it


async def test_a_detail_body_raises_with_its_message(anyclient: Any, server: FakeOpenAI) -> None:
    server.enqueue(llama_401())
    with pytest.raises(oai.AuthenticationError) as info:
        await resolve(anyclient.new_chat_session().send("Hi"))
    assert info.value.message == "Invalid API key"
    assert info.value.body == {"detail": "Invalid API key"}


async def test_prism_422_gives_every_reason(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(max_retries=0)
    server.enqueue(problem(PRISM_422))
    status, error = await resolve(client.chat(HELLO))
    assert status == 422
    assert isinstance(error, ErrorResponse)
    assert error.error.message == f"Invalid request: {REASONS} ({PRISM_DETAIL})"
    assert error.error.type_ == PRISM_422["type"]
    assert error["validation"] == PRISM_422["validation"]


async def test_prism_422_raises_with_the_whole_reason(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(max_retries=0)
    server.enqueue(problem(PRISM_422))
    with pytest.raises(oai.UnprocessableEntityError) as info:
        await resolve(client.new_chat_session().send("Hi"))
    assert REASONS in info.value.message
    assert REASONS in str(info.value)
    assert PRISM_DETAIL in str(info.value)  # nothing cut off
    assert info.value.body == PRISM_422


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        (
            {
                "type": "https://stoplight.io/prism/errors#UNAUTHORIZED",
                "title": "Invalid security scheme used",
                "status": 401,
                "detail": "",
            },
            oai.AuthenticationError,
        ),
        (
            {
                "type": "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR",
                "title": "Route not resolved, no path matched",
                "status": 404,
                "detail": "The route /v1/chat/completions hasn't been found in the specification",
            },
            oai.NotFoundError,
        ),
    ],
)
async def test_prism_401_and_404(
    anyclient: Any, server: FakeOpenAI, data: dict[str, Any], cls: type[oai.APIStatusError]
) -> None:
    server.enqueue(problem(data), problem(data))
    status, error = await resolve(anyclient.models())
    assert status == data["status"]
    assert isinstance(error, ErrorResponse)
    assert error.error.message.startswith(data["title"])
    with pytest.raises(cls) as info:
        await resolve(anyclient.new_chat_session().send("Hi"))
    assert info.value.message.startswith(data["title"])
    assert data["detail"] in info.value.message


async def test_an_sse_error_event_at_an_error_status(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(max_retries=0)
    server.enqueue(litellm_500(), litellm_500())
    for call in (client.chat(HELLO), client.chat(HELLO, None, lambda chunk: None)):
        status, error = await resolve(call)
        assert status == 500
        assert isinstance(error, ErrorResponse)
        assert error.error.message == LITELLM_EVENT["error"]["message"]
        assert (error.error.type_, error.error.code) == ("api_error", "500")


async def test_an_sse_error_event_raises_with_its_message(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(max_retries=0)
    server.enqueue(litellm_500())
    with pytest.raises(oai.InternalServerError) as info:
        await resolve(client.new_chat_session().send("Hi", callback=lambda chunk: None))
    assert info.value.message == LITELLM_EVENT["error"]["message"]
    assert info.value.code == "500"
    assert info.value.body.startswith("data: ")  # not JSON as a whole: kept as its text


async def test_a_429_with_a_detail_body_keeps_the_wait(
    make_client: Any, server: FakeOpenAI
) -> None:
    client = make_client(max_retries=0)
    server.enqueue(Reply.json({"detail": "Slow down"}, status=429, headers={"Retry-After": "7"}))
    status, error = await resolve(client.models())
    assert status == 429
    assert isinstance(error, oai.RateLimitResponse)
    assert (error.error.message, error.retry_after) == ("Slow down", 7.0)


async def test_content_methods_read_foreign_errors_the_same(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(llama_401())
    status, error = await resolve(anyclient.file_content("file-1"))
    assert status == 401
    assert error.error.message == "Invalid API key"


async def test_pages_raise_with_a_foreign_errors_message(
    anyclient: Any, server: FakeOpenAI
) -> None:
    server.enqueue(llama_401())
    with pytest.raises(oai.AuthenticationError) as info:
        if anyclient.__class__.__name__.startswith("Async"):
            [item async for item in anyclient.iter_files()]
        else:
            list(anyclient.iter_files())
    assert info.value.message == "Invalid API key"


async def test_the_key_never_shows_in_a_foreign_error(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client(max_retries=0)
    server.enqueue(problem(PRISM_422), litellm_500())
    _, error = await resolve(client.chat(HELLO))
    assert API_KEY not in repr(error)
    with pytest.raises(oai.InternalServerError) as info:
        await resolve(client.new_chat_session().send("Hi"))
    assert API_KEY not in repr(info.value) + str(info.value)
