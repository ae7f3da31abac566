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
    from ..models.beta_response_usage_input_tokens_details import (
        BetaResponseUsageInputTokensDetails,
    )
    from ..models.beta_response_usage_output_tokens_details import (
        BetaResponseUsageOutputTokensDetails,
    )


@_attrs_define(repr=False)
class BetaResponseUsage(_OpenModel):
    """Token counts for the response: input, output (with reasoning breakdown) and total."""

    input_tokens: int

    input_tokens_details: BetaResponseUsageInputTokensDetails

    output_tokens: int

    output_tokens_details: BetaResponseUsageOutputTokensDetails

    total_tokens: int

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
        from ..models.beta_response_usage_input_tokens_details import (
            BetaResponseUsageInputTokensDetails,
        )
        from ..models.beta_response_usage_output_tokens_details import (
            BetaResponseUsageOutputTokensDetails,
        )

        return fields(
            ("input_tokens", "input_tokens", REQUIRED, None),
            (
                "input_tokens_details",
                "input_tokens_details",
                REQUIRED,
                BetaResponseUsageInputTokensDetails,
            ),
            ("output_tokens", "output_tokens", REQUIRED, None),
            (
                "output_tokens_details",
                "output_tokens_details",
                REQUIRED,
                BetaResponseUsageOutputTokensDetails,
            ),
            ("total_tokens", "total_tokens", REQUIRED, None),
        )
