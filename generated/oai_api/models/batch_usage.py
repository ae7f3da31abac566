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
    from ..models.batch_usage_input_tokens_details import BatchUsageInputTokensDetails
    from ..models.batch_usage_output_tokens_details import BatchUsageOutputTokensDetails


@_attrs_define(repr=False)
class BatchUsage(_OpenModel):
    """Tokens used by all requests of the batch (batches created after September 2025)."""

    input_tokens: int
    """ Input tokens over all requests. """
    input_tokens_details: BatchUsageInputTokensDetails
    """ Input token breakdown. """
    output_tokens: int
    """ Output tokens over all requests. """
    output_tokens_details: BatchUsageOutputTokensDetails
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
        from ..models.batch_usage_input_tokens_details import (
            BatchUsageInputTokensDetails,
        )
        from ..models.batch_usage_output_tokens_details import (
            BatchUsageOutputTokensDetails,
        )

        return fields(
            ("input_tokens", "input_tokens", REQUIRED, None),
            (
                "input_tokens_details",
                "input_tokens_details",
                REQUIRED,
                BatchUsageInputTokensDetails,
            ),
            ("output_tokens", "output_tokens", REQUIRED, None),
            (
                "output_tokens_details",
                "output_tokens_details",
                REQUIRED,
                BatchUsageOutputTokensDetails,
            ),
            ("total_tokens", "total_tokens", REQUIRED, None),
        )
