from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.images_response_background import (
    ImagesResponseBackground,
    check_images_response_background,
)
from ..models.images_response_output_format import (
    ImagesResponseOutputFormat,
    check_images_response_output_format,
)
from ..models.images_response_quality import (
    ImagesResponseQuality,
    check_images_response_quality,
)
from ..models.images_response_size import ImagesResponseSize, check_images_response_size

if TYPE_CHECKING:
    from .._model import Table
    from ..models.image import Image
    from ..models.image_gen_usage import ImageGenUsage


@_attrs_define(repr=False)
class ImagesResponse(_OpenModel):
    """Generated images with the settings actually used and token usage."""

    created: int
    """ When the images were created (Unix seconds). """
    data: list[Image] | None = None
    """ The images. """
    background: ImagesResponseBackground | None = None
    """ Background used. """
    output_format: ImagesResponseOutputFormat | None = None
    """ File format used. """
    size: ImagesResponseSize | None = None
    """ Size used. """
    quality: ImagesResponseQuality | None = None
    """ Quality used. """
    usage: ImageGenUsage | None = None
    """ Token usage of an image generation, split into text and image tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "background",
        "created",
        "data",
        "output_format",
        "quality",
        "size",
        "usage",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.image import Image
        from ..models.image_gen_usage import ImageGenUsage

        return fields(
            ("created", "created", REQUIRED, None),
            ("data", "data", OPTIONAL, list_of(Image)),
            ("background", "background", OPTIONAL, check_images_response_background),
            (
                "output_format",
                "output_format",
                OPTIONAL,
                check_images_response_output_format,
            ),
            ("size", "size", OPTIONAL, check_images_response_size),
            ("quality", "quality", OPTIONAL, check_images_response_quality),
            ("usage", "usage", OPTIONAL, ImageGenUsage),
        )
