"""GET /models and /models/{model}: listed and fetched with the key the spec's security asks."""

from __future__ import annotations

from typing import Any

import httpx
import oai
from conformance_support import AUTH, Exchange, assert_accepted, resolve
from oai_api.models.list_models_response import ListModelsResponse
from oai_api.models.model import Model


async def test_models(anyclient: Any, sent: list[Exchange]) -> None:
    listing = assert_accepted(await resolve(anyclient.models()), sent, "/models")
    assert isinstance(listing, ListModelsResponse)


async def test_model(anyclient: Any, sent: list[Exchange]) -> None:
    result = await resolve(anyclient.model("gpt-4.1"))
    assert isinstance(assert_accepted(result, sent, "/models/gpt-4.1"), Model)


def test_control_a_request_without_the_key_is_refused(raw: httpx.Client) -> None:
    """Prism checks the bearer key: the wrapper's passing calls really carried it."""
    response = raw.get("/models")
    assert response.status_code == 401, response.text
    assert raw.get("/models", headers=AUTH).status_code == 200


def test_control_a_client_without_a_key_is_refused(prism_url: str) -> None:
    with oai.new(api_key="", base_url=prism_url, timeout=30) as client:
        status, _ = client.model("gpt-4.1")
    assert status == 401
