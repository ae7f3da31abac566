"""`oai.compat.Azure` against `FakeOpenAI`, which answers under Azure's roots as under `/v1`:
whole calls, sessions and uploads, in both the v1 and the classic API."""

from __future__ import annotations

from collections.abc import Iterator

import oai
import pytest
from oai.compat import AsyncAzure, Azure
from oai.testing import FakeOpenAI

KEY = "azure-key-for-tests"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeOpenAI]:
    for name in ("AZURE_OPENAI_ENDPOINT", "AZURE_OPENAI_API_KEY", "OPENAI_API_VERSION"):
        monkeypatch.delenv(name, raising=False)
    with FakeOpenAI(api_key=KEY) as server:
        yield server


def test_the_v1_api(fake: FakeOpenAI) -> None:
    with Azure(endpoint=fake.url, api_key=KEY) as client:
        session = client.new_chat_session(model="my-gpt")
        assert session.send("Hello") == "You said: Hello"
        status, uploaded = client.upload_file(("notes.txt", b"some notes"), "assistants")
        assert status == 200
        assert client.file_content(uploaded.id) == (200, b"some notes")
    assert {r.path for r in fake.requests} >= {"/openai/v1/chat/completions", "/openai/v1/files"}
    assert all(r.headers["api-key"] == KEY for r in fake.requests)


def test_the_classic_api(fake: FakeOpenAI) -> None:
    with Azure(
        endpoint=fake.url, api_key=KEY, api_version="2024-10-21", deployment="gpt"
    ) as client:
        status, completion = client.chat([{"role": "user", "content": "Hi"}])
        assert status == 200 and completion.choices[0].message.content == "You said: Hi"
        status, page = client.files()
        assert status == 200 and page.data == []
    chat, files = fake.requests
    assert chat.path == "/openai/deployments/gpt/chat/completions"
    assert files.path == "/openai/files"
    assert chat.query["api-version"] == files.query["api-version"] == "2024-10-21"


async def test_the_async_client_and_a_wrong_key(fake: FakeOpenAI) -> None:
    async with AsyncAzure(endpoint=fake.url, api_key=KEY) as client:
        session = client.new_responses_chat_session()
        response = await session.send("Hello")
        assert response.output_text == "You said: Hello"
    async with AsyncAzure(endpoint=fake.url, api_key="wrong", max_retries=0) as client:
        with pytest.raises(oai.AuthenticationError):
            await client.new_chat_session().send("Hello")
