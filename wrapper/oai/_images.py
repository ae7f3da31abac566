"""Image requests without I/O: generations, edits and variations, and their event streams.

An edit sends its pictures as a multipart form, like an audio file, but there may be several
(the GPT image models blend up to sixteen), each a form part of its own under `image[]`; one
picture goes as `image`, which every model accepts. With a callback, a generation or an edit
streams: the server sends `partial_images` rough renderings as it works and each finished
image last. `ImageStream` decodes those events into their generated models, hands them on,
and adds the finished ones up into the `ImagesResponse` the call would have returned
unstreamed, so a caller gets the same answer either way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from ._bodies import Body, BodySpec, build_body, wants_stream
from ._exceptions import StreamError
from ._generated import load
from ._sse import SSEDecoder, event_payload
from ._uploads import FormFiles, check_upload

if TYPE_CHECKING:
    from oai_api.models.images_response import ImagesResponse

__all__ = [
    "ImageRequest",
    "ImageStream",
    "image_body",
    "image_edit_request",
    "image_variation_request",
]

# Each event `type` and the generated model it is read into.
_EVENTS = {
    "image_generation.partial_image": (
        "image_gen_partial_image_event",
        "ImageGenPartialImageEvent",
    ),
    "image_generation.completed": ("image_gen_completed_event", "ImageGenCompletedEvent"),
    "image_edit.partial_image": ("image_edit_partial_image_event", "ImageEditPartialImageEvent"),
    "image_edit.completed": ("image_edit_completed_event", "ImageEditCompletedEvent"),
}
_MOST_IMAGES = 16


@attrs.frozen
class ImageRequest:
    """A multipart image request: its files, each under its form field, and its fields."""

    uploads: FormFiles
    body: Body


def image_edit_request(
    image: object,
    prompt: object,
    mask: object,
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    spec: BodySpec,
    callback: object,
) -> ImageRequest:
    """`image_edit(image_or_images, prompt, mask=...)`: a list is several pictures."""
    if not isinstance(prompt, str) or not prompt:
        raise ValueError(f"prompt must be a non-empty string, got {prompt!r:.80}")
    if isinstance(image, list):
        if not 1 <= len(image) <= _MOST_IMAGES:
            raise ValueError(f"image takes 1 to {_MOST_IMAGES} pictures, got {len(image)}")
        field = "image[]" if len(image) > 1 else "image"
        uploads = tuple((field, check_upload(item, f"image[{i}]")) for i, item in enumerate(image))
    else:
        uploads = (("image", check_upload(image, "image")),)
    if mask is not None:
        uploads += (("mask", check_upload(mask, "mask")),)
    return _request(uploads, {"prompt": prompt}, options, params, spec, callback)


def image_variation_request(
    image: object,
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    spec: BodySpec,
) -> ImageRequest:
    uploads = (("image", check_upload(image, "image")),)
    return _request(uploads, {}, options, params, spec, None)


def _request(
    uploads: FormFiles,
    arguments: Mapping[str, Any],
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    spec: BodySpec,
    callback: object,
) -> ImageRequest:
    return ImageRequest(uploads, image_body(spec, arguments, options, params, callback))


def image_body(
    spec: BodySpec,
    arguments: Mapping[str, Any],
    options: Mapping[str, Any] | None,
    params: Mapping[str, Any],
    callback: object,
) -> Body:
    """An image request's fields: with a callback it streams; `stream=True` without one is
    refused, since the partial images would have nowhere to go."""
    stream = wants_stream(options, params, callback)
    body = build_body(spec, arguments, options, params)
    if body.fields.get("stream") and not stream:
        raise ValueError(f"{spec.what}(stream=True) needs a callback to receive the partial images")
    if stream:
        body.fields["stream"] = True
    return body


class ImageStream:
    """Decodes a streamed generation or edit; `finish()` is the `ImagesResponse` of the
    finished images, in the order they came, which raises if none came."""

    def __init__(self) -> None:
        self._decoder = SSEDecoder()
        self._finished: list[Any] = []
        self.events = 0

    def feed(self, data: bytes) -> Iterator[tuple[dict[str, Any], Any]]:
        for text, name, _, _ in self._decoder.feed(data):
            if text == "[DONE]":
                continue
            payload = event_payload(text, self.events + 1)
            self.events += 1
            kind = payload.get("type")
            if name == "error" or "error" in payload or kind == "error":
                error = payload.get("error", payload)
                message = error.get("message") if isinstance(error, Mapping) else None
                raise StreamError(
                    f"the image stream failed at event {self.events}: {message or error!r:.200}",
                    body=payload,
                )
            where = _EVENTS.get(kind) if isinstance(kind, str) else None
            model = load(f"models.{where[0]}", where[1]).from_dict(payload) if where else payload
            if isinstance(kind, str) and kind.endswith(".completed"):
                self._finished.append(payload)
            yield payload, model

    def finish(self) -> ImagesResponse:
        if not self._finished:
            raise StreamError(
                f"the image stream ended after {self.events} event(s) without a finished image"
            )
        last = self._finished[-1]
        answer = {
            "created": last.get("created_at"),
            "data": [{"b64_json": done.get("b64_json")} for done in self._finished],
            **{k: last[k] for k in ("background", "output_format", "quality", "size") if k in last},
        }
        if "usage" in last:
            answer["usage"] = last["usage"]
        model: ImagesResponse = load("models.images_response", "ImagesResponse").from_dict(answer)
        return model
