from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.video_model_type_1 import VideoModelType1, check_video_model_type_1
from ..models.video_resource_object import (
    VideoResourceObject,
    check_video_resource_object,
)
from ..models.video_size import VideoSize, check_video_size
from ..models.video_status import VideoStatus, check_video_status

if TYPE_CHECKING:
    from .._model import Table
    from ..models.error_2 import Error2


@_attrs_define(repr=False)
class VideoResource(_OpenModel):
    """A video generation job: model, status and progress, prompt, size, length, timestamps and any error."""

    id: str

    object_: VideoResourceObject

    model: str | VideoModelType1
    """ Video generation model, such as `sora-2` or `sora-2-pro`; other model names are accepted as strings. """
    status: VideoStatus
    """ Stage of a video job: `queued`, `in_progress`, `completed` or `failed`. """
    progress: int

    created_at: int

    completed_at: int | None

    expires_at: int | None

    prompt: None | str

    size: VideoSize
    """ Output resolution as width x height: `720x1280`, `1280x720`, `1024x1792` or `1792x1024`. """
    seconds: str

    remixed_from_video_id: None | str

    error: Error2 | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "completed_at",
        "created_at",
        "error",
        "expires_at",
        "id",
        "model",
        "object",
        "progress",
        "prompt",
        "remixed_from_video_id",
        "seconds",
        "size",
        "status",
    )
    _tags = {"object": ("video",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_video_resource_object),
            ("model", "model", REQUIRED, one_of(str, check_video_model_type_1)),
            ("status", "status", REQUIRED, check_video_status),
            ("progress", "progress", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("completed_at", "completed_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("expires_at", "expires_at", REQUIRED_OR_NULL, one_of(int, None)),
            ("prompt", "prompt", REQUIRED_OR_NULL, one_of(str, None)),
            ("size", "size", REQUIRED, check_video_size),
            ("seconds", "seconds", REQUIRED, None),
            (
                "remixed_from_video_id",
                "remixed_from_video_id",
                REQUIRED_OR_NULL,
                one_of(str, None),
            ),
            (
                "error",
                "error",
                REQUIRED_OR_NULL,
                one_of(member("error_2", "Error2"), None),
            ),
        )
