"""The fake answers under Azure OpenAI's roots as under `/v1`, and nowhere else."""

from __future__ import annotations

import httpx
import pytest
from oai.testing import FakeOpenAI
from oai.testing._request import api_route


@pytest.mark.parametrize(
    ("path", "route"),
    [
        ("/v1/chat/completions", "/chat/completions"),
        ("/openai/v1/chat/completions", "/chat/completions"),
        ("/openai/deployments/my-gpt/chat/completions", "/chat/completions"),
        ("/openai/files", "/files"),
        ("/openai/deployments/", None),
        ("/openai/deployments/gpt", None),
        ("/chat/completions", None),
        ("/v2/chat/completions", None),
    ],
)
def test_api_route(path: str, route: str | None) -> None:
    assert api_route(path) == route


def test_an_azure_path_is_served_and_recorded_as_sent(server: FakeOpenAI) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "Hi"}]}
    answer = httpx.post(
        f"{server.url}/openai/deployments/m/chat/completions?api-version=1", json=body
    )
    assert answer.status_code == 200
    assert answer.json()["choices"][0]["message"]["content"] == "You said: Hi"
    assert server.last_request.path == "/openai/deployments/m/chat/completions"
    assert server.last_request.route_path == "/chat/completions"
    assert httpx.get(f"{server.url}/azure/files").status_code == 404
