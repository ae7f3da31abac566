"""`moderation(input, options, **params)`: results per input as typed models, wire body."""

from __future__ import annotations

from typing import Any

import pytest
from oai.testing import FakeOpenAI
from oai_api.models.create_moderation_response import CreateModerationResponse
from wrapper_support import resolve


async def test_flagged_text(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(anyclient.moderation("I will kill you"))
    assert status == 200
    assert isinstance(response, CreateModerationResponse)
    assert response.model == "omni-moderation-latest"
    [result] = response.results
    assert result.flagged is True
    assert result.categories.violence is True
    assert result.categories.hate is False
    assert result.category_scores.violence > 0.9
    assert result.category_applied_input_types.violence == ["text"]
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/moderations")
    # No model unless asked: the API picks its own default.
    assert request.json() == {"input": "I will kill you"}


async def test_one_result_per_input(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(
        anyclient.moderation(["hello", "I hate this"], model="omni-moderation-2024-09-26")
    )
    assert status == 200
    assert [result.flagged for result in response.results] == [False, True]
    assert response.results[1].categories.hate is True
    assert response.model == "omni-moderation-2024-09-26"


async def test_text_and_image_parts(anyclient: Any, server: FakeOpenAI) -> None:
    parts = [
        {"type": "text", "text": "an attack"},
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
    ]
    status, response = await resolve(anyclient.moderation(parts))
    assert status == 200
    [result] = response.results
    assert result.flagged is True
    assert result.category_applied_input_types.violence == ["text", "image"]
    assert server.last_request.json() == {"input": parts}


async def test_unknown_field_refused(anyclient: Any, server: FakeOpenAI) -> None:
    with pytest.raises(ValueError, match=r"unknown moderation field\(s\): threshold"):
        await resolve(anyclient.moderation("x", {"threshold": 0.5}))
    assert server.requests == []
