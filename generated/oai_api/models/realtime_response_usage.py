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
    from ..models.realtime_response_usage_input_token_details import (
        RealtimeResponseUsageInputTokenDetails,
    )
    from ..models.realtime_response_usage_output_token_details import (
        RealtimeResponseUsageOutputTokenDetails,
    )


@_attrs_define(repr=False)
class RealtimeResponseUsage(_OpenModel):
    total_tokens: int | None = None

    input_tokens: int | None = None

    output_tokens: int | None = None

    input_token_details: RealtimeResponseUsageInputTokenDetails | None = None

    output_token_details: RealtimeResponseUsageOutputTokenDetails | None = None

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
        from ..models.realtime_response_usage_input_token_details import (
            RealtimeResponseUsageInputTokenDetails,
        )
        from ..models.realtime_response_usage_output_token_details import (
            RealtimeResponseUsageOutputTokenDetails,
        )

        return fields(
            ("total_tokens", "total_tokens", OPTIONAL, None),
            ("input_tokens", "input_tokens", OPTIONAL, None),
            ("output_tokens", "output_tokens", OPTIONAL, None),
            (
                "input_token_details",
                "input_token_details",
                OPTIONAL,
                RealtimeResponseUsageInputTokenDetails,
            ),
            (
                "output_token_details",
                "output_token_details",
                OPTIONAL,
                RealtimeResponseUsageOutputTokenDetails,
            ),
        )
