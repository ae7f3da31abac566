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
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_image_variation_request_model_type_1 import (
    CreateImageVariationRequestModelType1,
    check_create_image_variation_request_model_type_1,
)
from ..models.create_image_variation_request_response_format_type_0 import (
    CreateImageVariationRequestResponseFormatType0,
    check_create_image_variation_request_response_format_type_0,
)
from ..models.create_image_variation_request_size_type_0 import (
    CreateImageVariationRequestSizeType0,
    check_create_image_variation_request_size_type_0,
)
from ..types import File

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateImageVariationRequest(_OpenModel):
    """Multipart form for creating variations of one image with `dall-e-2`."""

    image: File
    """ Square PNG file under 4MB that the variations are based on. """
    model: CreateImageVariationRequestModelType1 | None | str = None
    """ Model to use; only `dall-e-2` is accepted, which is also the default. """
    n: int | None = None
    """ How many variations to produce, 1 to 10; default 1. """
    response_format: CreateImageVariationRequestResponseFormatType0 | None = None
    """ Return `url` links (default; they expire after 60 minutes) or base64 data in `b64_json`. """
    size: CreateImageVariationRequestSizeType0 | None = None
    """ Dimensions of each variation: `256x256`, `512x512` or `1024x1024` (default). """
    user: str | None = None
    """ Your own stable ID for the end user, which lets OpenAI trace and detect abuse. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image", "model", "n", "response_format", "size", "user")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("image", "image", REQUIRED, FILE),
            (
                "model",
                "model",
                OPTIONAL_OR_NULL,
                one_of(str, check_create_image_variation_request_model_type_1, None),
            ),
            ("n", "n", OPTIONAL_OR_NULL, one_of(int, None)),
            (
                "response_format",
                "response_format",
                OPTIONAL_OR_NULL,
                one_of(
                    check_create_image_variation_request_response_format_type_0, None
                ),
            ),
            (
                "size",
                "size",
                OPTIONAL_OR_NULL,
                one_of(check_create_image_variation_request_size_type_0, None),
            ),
            ("user", "user", OPTIONAL, None),
            strict=True,
        )
