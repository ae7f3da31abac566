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
    from ..models.response_usage_input_tokens_details import (
        ResponseUsageInputTokensDetails,
    )
    from ..models.response_usage_output_tokens_details import (
        ResponseUsageOutputTokensDetails,
    )


@_attrs_define(repr=False)
class ResponseUsage(_OpenModel):
    """Tokens a response consumed, with cache and reasoning details."""

    input_tokens: int
    """ Tokens in the input. """
    input_tokens_details: ResponseUsageInputTokensDetails
    """ Input token breakdown. """
    output_tokens: int
    """ Tokens generated. """
    output_tokens_details: ResponseUsageOutputTokensDetails
    """ Output token breakdown. """
    total_tokens: int
    """ Input plus output tokens. """
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
        from ..models.response_usage_input_tokens_details import (
            ResponseUsageInputTokensDetails,
        )
        from ..models.response_usage_output_tokens_details import (
            ResponseUsageOutputTokensDetails,
        )

        return fields(
            ("input_tokens", "input_tokens", REQUIRED, None),
            (
                "input_tokens_details",
                "input_tokens_details",
                REQUIRED,
                ResponseUsageInputTokensDetails,
            ),
            ("output_tokens", "output_tokens", REQUIRED, None),
            (
                "output_tokens_details",
                "output_tokens_details",
                REQUIRED,
                ResponseUsageOutputTokensDetails,
            ),
            ("total_tokens", "total_tokens", REQUIRED, None),
        )
