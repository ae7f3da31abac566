from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_image_request_background_type_0 import (
    CreateImageRequestBackgroundType0,
    check_create_image_request_background_type_0,
)
from ..models.create_image_request_model_type_1 import (
    CreateImageRequestModelType1,
    check_create_image_request_model_type_1,
)
from ..models.create_image_request_moderation_type_0 import (
    CreateImageRequestModerationType0,
    check_create_image_request_moderation_type_0,
)
from ..models.create_image_request_output_format_type_0 import (
    CreateImageRequestOutputFormatType0,
    check_create_image_request_output_format_type_0,
)
from ..models.create_image_request_quality_type_0 import (
    CreateImageRequestQualityType0,
    check_create_image_request_quality_type_0,
)
from ..models.create_image_request_response_format_type_0 import (
    CreateImageRequestResponseFormatType0,
    check_create_image_request_response_format_type_0,
)
from ..models.create_image_request_size_type_1 import (
    CreateImageRequestSizeType1,
    check_create_image_request_size_type_1,
)
from ..models.create_image_request_style_type_0 import (
    CreateImageRequestStyleType0,
    check_create_image_request_style_type_0,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateImageRequest(_OpenModel):
    """Body of an image generation request."""

    prompt: str
    """ What to draw. """
    model: CreateImageRequestModelType1 | None | str = None
    """ Image model to use. """
    n: int | None = None
    """ Number of images (dall-e-3: only 1). """
    quality: CreateImageRequestQualityType0 | None = None
    """ Image quality; the values allowed depend on the model. """
    response_format: CreateImageRequestResponseFormatType0 | None = None
    """ Return `url`s or `b64_json` data (dall-e models; GPT image models always return base64). """
    output_format: CreateImageRequestOutputFormatType0 | None = None
    """ File format of the images (GPT image models). """
    output_compression: int | None = None
    """ Compression level 0-100 for webp and jpeg (GPT image models). """
    stream: bool | None = None
    """ Stream partial and final images as server-sent events (GPT image models). """
    partial_images: int | None = None
    """ How many intermediate images to stream (0-3); null for none. """
    size: CreateImageRequestSizeType1 | None | str = None
    """ Image size in pixels, or `auto`; the values allowed depend on the model. """
    moderation: CreateImageRequestModerationType0 | None = None
    """ Content moderation strictness (GPT image models). """
    background: CreateImageRequestBackgroundType0 | None = None
    """ Transparent, opaque or automatic background (GPT image models). """
    style: CreateImageRequestStyleType0 | None = None
    """ `vivid` or `natural` look (dall-e-3). """
    user: str | None = None
    """ Stable end-user identifier for abuse detection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "background",
        "model",
        "moderation",
        "n",
        "output_compression",
        "output_format",
        "partial_images",
        "prompt",
        "quality",
        "response_format",
        "size",
        "stream",
        "style",
        "user",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("prompt", "prompt", REQUIRED, None),
            (
                "model",
                "model",
                OPTIONAL_OR_NULL,
                one_of(str, check_create_image_request_model_type_1, None),
            ),
            ("n", "n", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "quality",
                "quality",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_request_quality_type_0, None),
            ),
            (
                "response_format",
                "response_format",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_request_response_format_type_0, None),
            ),
            (
                "output_format",
                "output_format",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_request_output_format_type_0, None),
            ),
            (
                "output_compression",
                "output_compression",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("partial_images", "partial_images", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "size",
                "size",
                OPTIONAL_OR_NULL,
                one_of(str, check_create_image_request_size_type_1, None),
            ),
            (
                "moderation",
                "moderation",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_request_moderation_type_0, None),
            ),
            (
                "background",
                "background",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_request_background_type_0, None),
            ),
            (
                "style",
                "style",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_request_style_type_0, None),
            ),
            ("user", "user", OPTIONAL, None),
            strict=True,
        )
