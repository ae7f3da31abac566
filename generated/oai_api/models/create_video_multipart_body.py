from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    FILE,
    OPTIONAL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.video_model_type_1 import VideoModelType1, check_video_model_type_1
from ..models.video_seconds import VideoSeconds, check_video_seconds
from ..models.video_size import VideoSize, check_video_size
from ..types import File

if TYPE_CHECKING:
    from .._model import Table
    from ..models.image_ref_param_2 import ImageRefParam2


@_attrs_define(repr=False)
class CreateVideoMultipartBody(_OpenModel):
    """Multipart form for starting a video job: prompt, and optionally model, reference image, length and size."""

    prompt: str
    """ Description of the video to generate, 1 to 32000 characters. """
    model: str | VideoModelType1 | None = None
    """ Video generation model, such as `sora-2` or `sora-2-pro`; other model names are accepted as strings. """
    input_reference: File | ImageRefParam2 | None = None
    """ Optional image that guides generation: an uploaded file, or an object with exactly one of `image_url` or
    `file_id`. """
    seconds: VideoSeconds | None = None
    """ Clip length in seconds: `4`, `8` or `12`. """
    size: VideoSize | None = None
    """ Output resolution as width x height: `720x1280`, `1280x720`, `1024x1792` or `1792x1024`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_reference", "model", "prompt", "seconds", "size")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("prompt", "prompt", REQUIRED, None),
            ("model", "model", OPTIONAL, one_of(str, check_video_model_type_1)),
            (
                "input_reference",
                "input_reference",
                OPTIONAL,
                one_of(FILE, member("image_ref_param_2", "ImageRefParam2")),
            ),
            ("seconds", "seconds", OPTIONAL, check_video_seconds),
            ("size", "size", OPTIONAL, check_video_size),
            strict=True,
        )
