from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_beta_response_usage_input_token_details import (
        RealtimeBetaResponseUsageInputTokenDetails,
    )
    from ..models.realtime_beta_response_usage_output_token_details import (
        RealtimeBetaResponseUsageOutputTokenDetails,
    )


@_attrs_define(repr=False)
class RealtimeBetaResponseUsage(_OpenModel):
    total_tokens: int | None = None

    input_tokens: int | None = None

    output_tokens: int | None = None

    input_token_details: RealtimeBetaResponseUsageInputTokenDetails | None = None

    output_token_details: RealtimeBetaResponseUsageOutputTokenDetails | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "input_token_details",
        "input_tokens",
        "output_token_details",
        "output_tokens",
        "total_tokens",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_response_usage_input_token_details import (
            RealtimeBetaResponseUsageInputTokenDetails,
        )
        from ..models.realtime_beta_response_usage_output_token_details import (
            RealtimeBetaResponseUsageOutputTokenDetails,
        )

        return fields(
            ("total_tokens", "total_tokens", OPTIONAL, None),
            ("input_tokens", "input_tokens", OPTIONAL, None),
            ("output_tokens", "output_tokens", OPTIONAL, None),
            (
                "input_token_details",
                "input_token_details",
                OPTIONAL,
                RealtimeBetaResponseUsageInputTokenDetails,
            ),
            (
                "output_token_details",
                "output_token_details",
                OPTIONAL,
                RealtimeBetaResponseUsageOutputTokenDetails,
            ),
        )
