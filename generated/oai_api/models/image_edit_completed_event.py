from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.image_edit_completed_event_background import (
    ImageEditCompletedEventBackground,
    check_image_edit_completed_event_background,
)
from ..models.image_edit_completed_event_output_format import (
    ImageEditCompletedEventOutputFormat,
    check_image_edit_completed_event_output_format,
)
from ..models.image_edit_completed_event_quality import (
    ImageEditCompletedEventQuality,
    check_image_edit_completed_event_quality,
)
from ..models.image_edit_completed_event_size import (
    ImageEditCompletedEventSize,
    check_image_edit_completed_event_size,
)
from ..models.image_edit_completed_event_type import (
    ImageEditCompletedEventType,
    check_image_edit_completed_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.images_usage import ImagesUsage


@_attrs_define(repr=False)
class ImageEditCompletedEvent(_OpenModel):
    """Stream event carrying the finished edited image, its settings and token usage."""

    type_: ImageEditCompletedEventType

    b64_json: str

    created_at: int

    size: ImageEditCompletedEventSize

    quality: ImageEditCompletedEventQuality

    background: ImageEditCompletedEventBackground

    output_format: ImageEditCompletedEventOutputFormat

    usage: ImagesUsage
    """ Token usage of an image generation (GPT image models). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "b64_json",
        "background",
        "created_at",
        "output_format",
        "quality",
        "size",
        "type",
        "usage",
    )
    _tags = {"type": ("image_edit.completed",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.images_usage import ImagesUsage

        return fields(
            ("type_", "type", REQUIRED, check_image_edit_completed_event_type),
            ("b64_json", "b64_json", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("size", "size", REQUIRED, check_image_edit_completed_event_size),
            ("quality", "quality", REQUIRED, check_image_edit_completed_event_quality),
            (
                "background",
                "background",
                REQUIRED,
                check_image_edit_completed_event_background,
            ),
            (
                "output_format",
                "output_format",
                REQUIRED,
                check_image_edit_completed_event_output_format,
            ),
            ("usage", "usage", REQUIRED, ImagesUsage),
        )
