"""The fake's image edits, variations and streamed images.

Answers are read with the spec's models, strictly; the images are real PNGs whose colour follows
from what was sent, so a test can tell that a different image or mask made a different answer.
"""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from fake_shapes import read_exactly, sse_events
from oai_api._model import Model
from oai_api.models.image_edit_completed_event import ImageEditCompletedEvent
from oai_api.models.image_edit_partial_image_event import ImageEditPartialImageEvent
from oai_api.models.image_gen_completed_event import ImageGenCompletedEvent
from oai_api.models.image_gen_partial_image_event import ImageGenPartialImageEvent
from oai_api.models.images_response import ImagesResponse

PNG = b"\x89PNG\r\n\x1a\n"
RED = PNG + b"red"
BLUE = PNG + b"blue"


def edit(client: httpx.Client, files: Any = None, **data: Any) -> httpx.Response:
    form = {"prompt": "Add a hat", **data}
    return client.post("/images/edits", data=form, files=files or {"image": ("a.png", RED)})


def images_of(response: httpx.Response) -> list[bytes]:
    """The PNGs of an ``ImagesResponse``, decoded from ``b64_json`` or ``data:`` URLs."""
    assert response.status_code == 200, response.text
    parsed = read_exactly(ImagesResponse, response.json())
    assert parsed.data is not None
    decoded = []
    for image in parsed.data:
        encoded = image.b64_json or (image.url or "").partition("data:image/png;base64,")[2]
        decoded.append(base64.b64decode(encoded))
    assert all(image.startswith(PNG) for image in decoded)
    return decoded


def assert_400(response: httpx.Response, param: str) -> None:
    assert response.status_code == 400, response.text
    assert response.json()["error"]["type"] == "invalid_request_error"
    assert response.json()["error"]["param"] == param


# -- edits -------------------------------------------------------------------------------------


def test_an_edit_answers_pngs_that_follow_from_what_was_sent(client: httpx.Client) -> None:
    first = images_of(edit(client, n="2"))
    assert len(first) == 2 and first[0] != first[1]
    assert images_of(edit(client, n="2")) == first  # deterministic
    assert edit(client).json()["data"][0].keys() == {"b64_json"}  # GPT image models: base64

    other_image = images_of(edit(client, files={"image": ("b.png", BLUE)}))[0]
    other_prompt = images_of(edit(client, prompt="Add a scarf"))[0]
    masked = images_of(
        edit(client, files={"image": ("a.png", RED), "mask": ("m.png", BLUE)}),
    )[0]
    assert len({first[0], other_image, other_prompt, masked}) == 4


def test_an_edit_takes_several_images(client: httpx.Client) -> None:
    both = [("image[]", ("a.png", RED)), ("image[]", ("b.png", BLUE))]
    repeated = [("image", ("a.png", RED)), ("image", ("b.png", BLUE))]
    one = images_of(edit(client, files=[("image[]", ("a.png", RED))]))
    assert images_of(edit(client, files=both)) == images_of(edit(client, files=repeated))
    assert images_of(edit(client, files=both)) != one  # every image counts, not just the last


def test_an_edit_can_answer_urls(client: httpx.Client) -> None:
    answer = edit(client, response_format="url")
    assert answer.json()["data"][0]["url"].startswith("data:image/png;base64,")
    assert images_of(answer) == images_of(edit(client))
    # dall-e-2 answers URLs unless asked otherwise, as the API does.
    assert "url" in edit(client, model="dall-e-2").json()["data"][0]


@pytest.mark.parametrize(
    ("data", "files", "param"),
    [
        ({}, {"mask": ("m.png", BLUE)}, "image"),
        ({"prompt": ""}, None, "prompt"),
        ({"n": "11"}, None, "n"),
        ({"n": "many"}, None, "n"),
        ({"response_format": "gif"}, None, "response_format"),
        ({"stream": "maybe"}, None, "stream"),
        ({"stream": "true", "partial_images": "4"}, None, "partial_images"),
        ({"stream": "true", "size": "256x256"}, None, "size"),
        ({"stream": "true", "quality": "standard"}, None, "quality"),
    ],
)
def test_a_bad_edit_is_a_400_naming_the_param(
    client: httpx.Client, data: dict[str, str], files: Any, param: str
) -> None:
    form = {"prompt": "Add a hat", **data}
    if files is None:
        files = {"image": ("a.png", RED)}
    assert_400(client.post("/images/edits", data=form, files=files), param)


def test_an_edit_without_a_prompt_is_a_400(client: httpx.Client) -> None:
    answer = client.post("/images/edits", files={"image": ("a.png", RED)})
    assert_400(answer, "prompt")
    assert answer.json()["error"]["message"] == "Missing required parameter: 'prompt'."


def test_an_edit_must_be_a_form(client: httpx.Client) -> None:
    assert client.post("/images/edits", json={"prompt": "x"}).status_code == 400


# -- variations --------------------------------------------------------------------------------


def test_variations_answer_urls_by_default_and_follow_the_image(client: httpx.Client) -> None:
    answer = client.post("/images/variations", files={"image": ("a.png", RED)}, data={"n": "3"})
    assert all("url" in image for image in answer.json()["data"])
    red = images_of(answer)
    assert len(set(red)) == 3
    b64 = client.post(
        "/images/variations",
        files={"image": ("a.png", RED)},
        data={"n": "3", "response_format": "b64_json"},
    )
    assert images_of(b64) == red
    blue = client.post("/images/variations", files={"image": ("b.png", BLUE)})
    assert images_of(blue)[0] != red[0]


@pytest.mark.parametrize(
    ("data", "param"),
    [({"size": "1536x1024"}, "size"), ({"n": "0"}, "n"), ({"stream": "true"}, "stream")],
)
def test_a_bad_variation_is_a_400_naming_the_param(
    client: httpx.Client, data: dict[str, str], param: str
) -> None:
    answer = client.post("/images/variations", files={"image": ("a.png", RED)}, data=data)
    assert_400(answer, param)


def test_a_variation_without_an_image_is_a_400(client: httpx.Client) -> None:
    answer = client.post("/images/variations", files={"mask": ("m.png", RED)}, data={"n": "1"})
    assert_400(answer, "image")
    assert answer.json()["error"]["message"] == "Missing required parameter: 'image'."


# -- streams -----------------------------------------------------------------------------------


def check_stream(
    answer: httpx.Response,
    kind: str,
    partial_model: type[Model],
    completed_model: type[Model],
    partials: int,
) -> list[dict[str, Any]]:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/event-stream")
    assert "[DONE]" not in answer.text  # the completed event ends the stream
    events = sse_events(answer.text)
    names = [name for name, _ in events]
    assert names == [f"{kind}.partial_image"] * partials + [f"{kind}.completed"]
    assert [data["type"] for _, data in events] == names  # each event: line names its data
    for index, (_, data) in enumerate(events[:-1]):
        read_exactly(partial_model, data)
        assert data["partial_image_index"] == index
    read_exactly(completed_model, events[-1][1])
    images = [base64.b64decode(data["b64_json"]) for _, data in events]
    assert all(image.startswith(PNG) for image in images)
    assert len(set(images)) == partials + 1  # each partial image differs from the final one
    return [data for _, data in events]


@pytest.mark.parametrize("partials", [0, 1, 2, 3])
def test_a_streamed_generation_sends_partial_images_then_the_completed_one(
    client: httpx.Client, partials: int
) -> None:
    body = {"prompt": "An otter", "model": "gpt-image-1"}
    answer = client.post(
        "/images/generations", json={**body, "stream": True, "partial_images": partials}
    )
    events = check_stream(
        answer, "image_generation", ImageGenPartialImageEvent, ImageGenCompletedEvent, partials
    )
    # The completed image is the one the same request without stream answers.
    whole = client.post("/images/generations", json=body).json()["data"][0]["b64_json"]
    assert events[-1]["b64_json"] == whole
    assert events[-1]["usage"]["input_tokens_details"]["text_tokens"] == 2
    settings = {key: events[-1][key] for key in ("size", "quality", "background", "output_format")}
    assert settings == {
        "size": "auto",
        "quality": "auto",
        "background": "auto",
        "output_format": "png",
    }


def test_a_streamed_generation_reports_the_settings_asked_for(client: httpx.Client) -> None:
    asked = {
        "size": "1024x1536",
        "quality": "high",
        "background": "opaque",
        "output_format": "webp",
    }
    answer = client.post(
        "/images/generations", json={"prompt": "An otter", "stream": True, **asked}
    )
    events = check_stream(
        answer, "image_generation", ImageGenPartialImageEvent, ImageGenCompletedEvent, 0
    )
    assert {key: events[-1][key] for key in asked} == asked


@pytest.mark.parametrize("partials", [0, 2, 3])
def test_a_streamed_edit_sends_partial_images_then_the_completed_one(
    client: httpx.Client, partials: int
) -> None:
    files = [("image[]", ("a.png", RED)), ("image[]", ("b.png", BLUE))]
    answer = edit(client, files=files, stream="true", partial_images=str(partials))
    events = check_stream(
        answer, "image_edit", ImageEditPartialImageEvent, ImageEditCompletedEvent, partials
    )
    assert events[-1]["b64_json"] == edit(client, files=files).json()["data"][0]["b64_json"]
    usage = events[-1]["usage"]
    assert usage["input_tokens_details"]["image_tokens"] == 2 * 272  # both images were read
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]


def test_stream_false_answers_json(client: httpx.Client) -> None:
    assert len(images_of(edit(client, stream="false"))) == 1
    generated = client.post("/images/generations", json={"prompt": "x", "stream": False})
    assert len(images_of(generated)) == 1


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"prompt": "x", "stream": True, "partial_images": 4}, "partial_images"),
        ({"prompt": "x", "stream": True, "partial_images": -1}, "partial_images"),
        ({"prompt": "x", "stream": True, "partial_images": True}, "partial_images"),
        ({"prompt": "x", "stream": "yes"}, "stream"),
        ({"prompt": "x", "stream": True, "background": "sky"}, "background"),
        ({"prompt": "x", "stream": True, "output_format": "gif"}, "output_format"),
        ({"stream": True}, "prompt"),
    ],
)
def test_a_bad_streamed_generation_is_a_400_naming_the_param(
    client: httpx.Client, body: dict[str, Any], param: str
) -> None:
    assert_400(client.post("/images/generations", json=body), param)
