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
from ..types import File

if TYPE_CHECKING:
    from .._model import Table
    from ..models.video_reference_input_param import VideoReferenceInputParam


@_attrs_define(repr=False)
class CreateVideoEditMultipartBody(_OpenModel):
    """Multipart form for editing a video: the source video and an edit prompt."""

    video: File | VideoReferenceInputParam
    """ Video to edit: an uploaded file, or a reference to a finished video by ID. """
    prompt: str
    """ What to change in the source video, 1 to 32000 characters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("prompt", "video")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "video",
                "video",
                REQUIRED,
                one_of(
                    FILE,
                    member("video_reference_input_param", "VideoReferenceInputParam"),
                ),
            ),
            ("prompt", "prompt", REQUIRED, None),
            strict=True,
        )
