from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.image_gen_input_usage_details import ImageGenInputUsageDetails
    from ..models.image_gen_output_tokens_details import ImageGenOutputTokensDetails


@_attrs_define(repr=False)
class ImageGenUsage(_OpenModel):
    """Token usage of an image generation, split into text and image tokens."""

    input_tokens: int
    """ Tokens in the input. """
    total_tokens: int
    """ Input plus output tokens. """
    output_tokens: int
    """ Tokens generated. """
    input_tokens_details: ImageGenInputUsageDetails
    """ Input tokens of an image request by kind. """
    output_tokens_details: ImageGenOutputTokensDetails | None = None
    """ Output tokens of an image request by kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "input_tokens",
        "input_tokens_details",
        "output_tokens",
        "output_tokens_details",
        "total_tokens",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.image_gen_input_usage_details import ImageGenInputUsageDetails
        from ..models.image_gen_output_tokens_details import ImageGenOutputTokensDetails

        return fields(
            ("input_tokens", "input_tokens", REQUIRED, None),
            ("total_tokens", "total_tokens", REQUIRED, None),
            ("output_tokens", "output_tokens", REQUIRED, None),
            (
                "input_tokens_details",
                "input_tokens_details",
                REQUIRED,
                ImageGenInputUsageDetails,
            ),
            (
                "output_tokens_details",
                "output_tokens_details",
                OPTIONAL,
                ImageGenOutputTokensDetails,
            ),
        )
