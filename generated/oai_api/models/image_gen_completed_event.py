from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.image_gen_completed_event_background import (
    ImageGenCompletedEventBackground,
    check_image_gen_completed_event_background,
)
from ..models.image_gen_completed_event_output_format import (
    ImageGenCompletedEventOutputFormat,
    check_image_gen_completed_event_output_format,
)
from ..models.image_gen_completed_event_quality import (
    ImageGenCompletedEventQuality,
    check_image_gen_completed_event_quality,
)
from ..models.image_gen_completed_event_size import (
    ImageGenCompletedEventSize,
    check_image_gen_completed_event_size,
)
from ..models.image_gen_completed_event_type import (
    ImageGenCompletedEventType,
    check_image_gen_completed_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.images_usage import ImagesUsage


@_attrs_define(repr=False)
class ImageGenCompletedEvent(_OpenModel):
    """Stream event with the final image of a generation request."""

    type_: ImageGenCompletedEventType
    """ Event type, fixed to `image_generation.completed`. """
    b64_json: str
    """ Base64 data of the final image. """
    created_at: int
    """ When the event was created (Unix seconds). """
    size: ImageGenCompletedEventSize
    """ Size of the image. """
    quality: ImageGenCompletedEventQuality
    """ Quality of the image. """
    background: ImageGenCompletedEventBackground
    """ Background of the image. """
    output_format: ImageGenCompletedEventOutputFormat
    """ File format of the image. """
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
    _tags = {"type": ("image_generation.completed",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.images_usage import ImagesUsage

        return fields(
            ("type_", "type", REQUIRED, check_image_gen_completed_event_type),
            ("b64_json", "b64_json", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            ("size", "size", REQUIRED, check_image_gen_completed_event_size),
            ("quality", "quality", REQUIRED, check_image_gen_completed_event_quality),
            (
                "background",
                "background",
                REQUIRED,
                check_image_gen_completed_event_background,
            ),
            (
                "output_format",
                "output_format",
                REQUIRED,
                check_image_gen_completed_event_output_format,
            ),
            ("usage", "usage", REQUIRED, ImagesUsage),
        )
