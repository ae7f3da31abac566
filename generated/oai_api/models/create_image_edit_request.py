from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    FILE,
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_image_edit_request_background_type_0 import (
    CreateImageEditRequestBackgroundType0,
    check_create_image_edit_request_background_type_0,
)
from ..models.create_image_edit_request_model_type_1 import (
    CreateImageEditRequestModelType1,
    check_create_image_edit_request_model_type_1,
)
from ..models.create_image_edit_request_output_format_type_0 import (
    CreateImageEditRequestOutputFormatType0,
    check_create_image_edit_request_output_format_type_0,
)
from ..models.create_image_edit_request_quality_type_0 import (
    CreateImageEditRequestQualityType0,
    check_create_image_edit_request_quality_type_0,
)
from ..models.create_image_edit_request_response_format_type_0 import (
    CreateImageEditRequestResponseFormatType0,
    check_create_image_edit_request_response_format_type_0,
)
from ..models.create_image_edit_request_size_type_1 import (
    CreateImageEditRequestSizeType1,
    check_create_image_edit_request_size_type_1,
)
from ..models.input_fidelity import InputFidelity, check_input_fidelity
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateImageEditRequest(_OpenModel):
    """Multipart form for an image edit: source image(s), a prompt, and optional mask and output settings."""

    image: File | list[File]
    """ Source image file(s). GPT image models take up to 16 `png`, `webp` or `jpg` files under 50MB each;
    `dall-e-2` takes one square `png` under 4MB. """
    prompt: str
    """ What the edited image should look like; up to 32000 characters for GPT image models, 1000 for `dall-e-2`.
    """
    mask: File | None = None
    """ PNG under 4MB, same size as `image`, whose fully transparent pixels mark the region to change; applies to
    the first image when several are sent. """
    background: CreateImageEditRequestBackgroundType0 | None = None
    """ Background of the output for GPT image models: `transparent` (needs `png` or `webp` output), `opaque`, or
    `auto` (default, model decides). """
    model: CreateImageEditRequestModelType1 | None | str = None
    """ Model that performs the edit: `dall-e-2` or a GPT image model such as `gpt-image-1`, `gpt-image-2` or
    `chatgpt-image-latest`; default `gpt-image-1.5`. """
    n: int | None = None
    """ How many edited images to produce, 1 to 10; default 1. """
    size: CreateImageEditRequestSizeType1 | None | str = None
    """ Output dimensions, e.g. `1024x1024`, `1536x1024`, `1024x1536` or `auto`; `gpt-image-2` also accepts custom
    `WIDTHxHEIGHT` (multiples of 16), `dall-e-2` only 256, 512 or 1024 squares. """
    response_format: CreateImageEditRequestResponseFormatType0 | None = None
    """ Only for `dall-e-2`: get `url` links (expire after 60 minutes, the default) or `b64_json` data; GPT image
    models always send base64. """
    output_format: CreateImageEditRequestOutputFormatType0 | None = None
    """ File type of the images GPT image models return: `png` (default), `jpeg` or `webp`. """
    output_compression: int | None = None
    """ Compression from 0 to 100 percent for `jpeg` or `webp` output of GPT image models; default 100. """
    user: str | None = None
    """ Your own stable ID for the end user, which lets OpenAI trace and detect abuse. """
    input_fidelity: InputFidelity | None = None
    """ How closely the output keeps the look of the input images, faces especially: `high` or `low`; not for `gpt-
    image-1-mini`. """
    stream: bool | None = None
    """ When true, receive the edit as server-sent events with partial images before the final one; default false.
    """
    partial_images: int | None = None
    """ How many intermediate images to stream (0-3); null for none. """
    quality: CreateImageEditRequestQualityType0 | None = None
    """ Rendering quality for GPT image models: `low`, `medium`, `high` or `auto` (default); `standard` applies to
    `dall-e-2`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "background",
        "image",
        "input_fidelity",
        "mask",
        "model",
        "n",
        "output_compression",
        "output_format",
        "partial_images",
        "prompt",
        "quality",
        "response_format",
        "size",
        "stream",
        "user",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("image", "image", REQUIRED, one_of(FILE, list_of(FILE))),
            ("prompt", "prompt", REQUIRED, None),
            ("mask", "mask", OPTIONAL, FILE),
            (
                "background",
                "background",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_edit_request_background_type_0, None),
            ),
            (
                "model",
                "model",
                OPTIONAL_OR_NULL,
                one_of(str, check_create_image_edit_request_model_type_1, None),
            ),
            ("n", "n", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "size",
                "size",
                OPTIONAL_OR_NULL,
                one_of(str, check_create_image_edit_request_size_type_1, None),
            ),
            (
                "response_format",
                "response_format",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_edit_request_response_format_type_0, None),
            ),
            (
                "output_format",
                "output_format",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_edit_request_output_format_type_0, None),
            ),
            (
                "output_compression",
                "output_compression",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            ("user", "user", OPTIONAL, None),
            (
                "input_fidelity",
                "input_fidelity",
                OPTIONAL_OR_NULL,
                one_of(check_input_fidelity, None),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("partial_images", "partial_images", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "quality",
                "quality",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_edit_request_quality_type_0, None),
            ),
            strict=True,
        )
