"""Image edits and variations as multipart uploads, and streamed generations and edits, against
the fake server (which answers with tiny real PNGs and the API's image events)."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import oai
import pytest
from oai.testing import FakeOpenAI
from oai_api.models.image_edit_completed_event import ImageEditCompletedEvent
from oai_api.models.image_edit_partial_image_event import ImageEditPartialImageEvent
from oai_api.models.image_gen_completed_event import ImageGenCompletedEvent
from oai_api.models.image_gen_partial_image_event import ImageGenPartialImageEvent
from oai_api.models.images_response import ImagesResponse
from wrapper_support import resolve

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def is_png(b64: str | None) -> bool:
    return b64 is not None and base64.b64decode(b64).startswith(b"\x89PNG\r\n\x1a\n")


def form_names(body: bytes) -> list[str]:
    return [n.decode() for n in re.findall(rb'form-data; name="([^"]+)"', body)]


async def test_an_edit_sends_the_picture_and_mask(
    make_client: Any, server: FakeOpenAI, tmp_path: Path
) -> None:
    picture = tmp_path / "cat.png"
    picture.write_bytes(PNG)
    client = make_client()
    status, answer = await resolve(
        client.image_edit(picture, "Give the cat a hat", mask=("mask.png", PNG), n=2)
    )
    assert status == 200 and isinstance(answer, ImagesResponse)
    assert len(answer.data) == 2 and all(is_png(image.b64_json) for image in answer.data)
    sent = server.last_request
    assert sent.path == "/v1/images/edits"
    assert form_names(sent.body) == ["prompt", "n", "image", "mask"]
    assert b'filename="cat.png"' in sent.body and b"Give the cat a hat" in sent.body


async def test_several_pictures_go_as_image_list(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    pictures = [("a.png", PNG), ("b.png", PNG), ("c.png", PNG)]
    status, answer = await resolve(client.image_edit(pictures, "A collage", model="gpt-image-1"))
    assert status == 200 and len(answer.data) == 1
    assert form_names(server.last_request.body).count("image[]") == 3


async def test_a_variation(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    status, answer = await resolve(client.image_variation(PNG, n=3, size="256x256"))
    assert status == 200 and len(answer.data) == 3
    assert server.last_request.path == "/v1/images/variations"
    assert "prompt" not in form_names(server.last_request.body)


async def test_a_streamed_generation(make_client: Any, server: FakeOpenAI) -> None:
    events: list[Any] = []
    client = make_client()
    status, answer = await resolve(
        client.image_generation("A lighthouse", None, events.append, partial_images=2)
    )
    assert status == 200
    assert [type(e) for e in events] == [
        ImageGenPartialImageEvent,
        ImageGenPartialImageEvent,
        ImageGenCompletedEvent,
    ]
    assert [e.partial_image_index for e in events[:2]] == [0, 1]
    assert isinstance(answer, ImagesResponse) and len(answer.data) == 1
    assert answer.data[0].b64_json == events[-1].b64_json and is_png(answer.data[0].b64_json)
    assert server.last_request.json()["stream"] is True


async def test_a_streamed_edit(make_client: Any, server: FakeOpenAI) -> None:
    events: list[Any] = []
    client = make_client()
    status, answer = await resolve(
        client.image_edit(PNG, "Add a moon", None, events.append, partial_images=1)
    )
    assert status == 200
    assert [type(e) for e in events] == [ImageEditPartialImageEvent, ImageEditCompletedEvent]
    assert answer.data[0].b64_json == events[-1].b64_json
    assert b'name="stream"\r\n\r\ntrue' in server.last_request.body


async def test_an_async_callback_is_awaited(server: FakeOpenAI) -> None:
    seen: list[str] = []

    async def on_event(event: Any) -> None:
        seen.append(event.type_)

    async with oai.AsyncOpenAI(base_url=server.base_url, api_key="sk-test") as client:
        status, _ = await client.image_generation("A fox", None, on_event, partial_images=1)
    assert status == 200
    assert seen == ["image_generation.partial_image", "image_generation.completed"]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda c: c.image_edit(PNG, ""), ValueError, "prompt must be a non-empty string"),
        (lambda c: c.image_edit([], "x"), ValueError, "image takes 1 to 16 pictures, got 0"),
        (lambda c: c.image_edit([PNG] * 17, "x"), ValueError, "image takes 1 to 16"),
        (lambda c: c.image_edit(42, "x"), TypeError, "image must be a path, bytes"),
        (lambda c: c.image_edit(PNG, "x", mask=3.5), TypeError, "mask must be a path"),
        (lambda c: c.image_edit(PNG, "x", stream=True), ValueError, "needs a callback"),
        (lambda c: c.image_generation("x", stream=True), ValueError, "needs a callback"),
        (lambda c: c.image_variation("missing.png"), ValueError, "does not exist"),
    ],
)
async def test_bad_arguments_fail_before_sending(
    make_client: Any, server: FakeOpenAI, call: Any, error: type, message: str
) -> None:
    client = make_client()
    with pytest.raises(error, match=message):
        await resolve(call(client))
    assert server.received == 0


async def test_an_error_status_is_returned(make_client: Any, server: FakeOpenAI) -> None:
    client = make_client()
    events: list[Any] = []
    status, error = await resolve(client.image_edit(PNG, "x", None, events.append, n=0))
    assert status == 400 and events == []
    assert error.error.param == "n"
