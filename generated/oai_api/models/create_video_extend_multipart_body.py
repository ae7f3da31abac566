from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    FILE,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.video_seconds import VideoSeconds, check_video_seconds
from ..types import File

if TYPE_CHECKING:
    from .._model import Table
    from ..models.video_reference_input_param import VideoReferenceInputParam


@_attrs_define(repr=False)
class CreateVideoExtendMultipartBody(_OpenModel):
    """Multipart form for extending a video: the source video, a prompt and the extension length."""

    video: File | VideoReferenceInputParam
    """ Video to extend: a reference to a finished video by ID, or an uploaded file. """
    prompt: str
    """ Directions for the new footage, 1 to 32000 characters. """
    seconds: VideoSeconds
    """ Clip length in seconds: `4`, `8` or `12`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prompt", "seconds", "video")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "video",
                "video",
                REQUIRED,
                one_of(
                    member("video_reference_input_param", "VideoReferenceInputParam"),
                    FILE,
                ),
            ),
            ("prompt", "prompt", REQUIRED, None),
            ("seconds", "seconds", REQUIRED, check_video_seconds),
            strict=True,
        )
