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
from ..models.transcript_text_usage_tokens_type import (
    TranscriptTextUsageTokensType,
    check_transcript_text_usage_tokens_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.transcript_text_usage_tokens_input_token_details import (
        TranscriptTextUsageTokensInputTokenDetails,
    )


@_attrs_define(repr=False)
class TranscriptTextUsageTokens(_OpenModel):
    """Usage of a transcription billed by tokens."""

    type_: TranscriptTextUsageTokensType
    """ Fixed tag `tokens`. """
    input_tokens: int
    """ Tokens in the input. """
    output_tokens: int
    """ Tokens generated. """
    total_tokens: int
    """ Input plus output tokens. """
    input_token_details: TranscriptTextUsageTokensInputTokenDetails | None = None
    """ Input tokens by kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "input_token_details",
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "type",
    )
    _tags = {"type": ("tokens",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.transcript_text_usage_tokens_input_token_details import (
            TranscriptTextUsageTokensInputTokenDetails,
        )

        return fields(
            ("type_", "type", REQUIRED, check_transcript_text_usage_tokens_type),
            ("input_tokens", "input_tokens", REQUIRED, None),
            ("output_tokens", "output_tokens", REQUIRED, None),
            ("total_tokens", "total_tokens", REQUIRED, None),
            (
                "input_token_details",
                "input_token_details",
                OPTIONAL,
                TranscriptTextUsageTokensInputTokenDetails,
            ),
        )
