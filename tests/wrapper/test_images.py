"""`image_generation(prompt, options, **params)`: images as `b64_json` (or URLs), wire body."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from oai.testing import FakeOpenAI
from oai_api.models.images_response import ImagesResponse
from wrapper_support import resolve

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


async def test_generation_returns_png_images(anyclient: Any, server: FakeOpenAI) -> None:
    status, response = await resolve(
        anyclient.image_generation("A cute baby sea otter", {"model": "gpt-image-1"}, n=2)
    )
    assert status == 200
    assert isinstance(response, ImagesResponse)
    assert len(response.data) == 2
    images = [base64.b64decode(image.b64_json) for image in response.data]
    assert all(image.startswith(PNG_SIGNATURE) for image in images)
    assert images[0] != images[1]
    request = server.last_request
    assert (request.method, request.path) == ("POST", "/v1/images/generations")
    assert request.json() == {"prompt": "A cute baby sea otter", "model": "gpt-image-1", "n": 2}


async def test_no_model_unless_asked(anyclient: Any, server: FakeOpenAI) -> None:
    await resolve(anyclient.image_generation("x", size="1024x1024"))
    assert server.last_request.json() == {"prompt": "x", "size": "1024x1024"}


async def test_url_format(anyclient: Any) -> None:
    status, response = await resolve(anyclient.image_generation("x", response_format="url"))
    assert status == 200
    url = response.data[0].url
    assert url.startswith("data:image/png;base64,")
    assert base64.b64decode(url.partition(",")[2]).startswith(PNG_SIGNATURE)


async def test_too_many_images_is_a_400_value(anyclient: Any) -> None:
    status, error = await resolve(anyclient.image_generation("x", n=11))
    assert status == 400
    assert error.error.param == "n"


@pytest.mark.parametrize("params", [{"stream": True}, {"sizes": "1024x1024"}])
async def test_bad_params_refused(anyclient: Any, server: FakeOpenAI, params: Any) -> None:
    with pytest.raises(ValueError, match="image_generation"):
        await resolve(anyclient.image_generation("x", **params))
    assert server.requests == []
