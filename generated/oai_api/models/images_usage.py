from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.images_usage_input_tokens_details import ImagesUsageInputTokensDetails


@_attrs_define(repr=False)
class ImagesUsage(_OpenModel):
    """Token usage of an image generation (GPT image models)."""

    total_tokens: int
    """ Input plus output tokens. """
    input_tokens: int
    """ Tokens in the input. """
    output_tokens: int
    """ Tokens generated. """
    input_tokens_details: ImagesUsageInputTokensDetails
    """ Input tokens by kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_tokens", "input_tokens_details", "output_tokens", "total_tokens")

    @staticmethod
    def _fields() -> Table:
        from ..models.images_usage_input_tokens_details import (
            ImagesUsageInputTokensDetails,
        )

        return fields(
            ("total_tokens", "total_tokens", REQUIRED, None),
            ("input_tokens", "input_tokens", REQUIRED, None),
            ("output_tokens", "output_tokens", REQUIRED, None),
            (
                "input_tokens_details",
                "input_tokens_details",
                REQUIRED,
                ImagesUsageInputTokensDetails,
            ),
        )
