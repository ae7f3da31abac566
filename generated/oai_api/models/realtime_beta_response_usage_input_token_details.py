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
    from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
    )


@_attrs_define(repr=False)
class RealtimeBetaResponseUsageInputTokenDetails(_OpenModel):
    cached_tokens: int | None = None

    text_tokens: int | None = None

    image_tokens: int | None = None

    audio_tokens: int | None = None

    cached_tokens_details: (
        RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails | None
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "audio_tokens",
        "cached_tokens",
        "cached_tokens_details",
        "image_tokens",
        "text_tokens",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_response_usage_input_token_details_cached_tokens_details import (
            RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
        )

        return fields(
            ("cached_tokens", "cached_tokens", OPTIONAL, None),
            ("text_tokens", "text_tokens", OPTIONAL, None),
            ("image_tokens", "image_tokens", OPTIONAL, None),
            ("audio_tokens", "audio_tokens", OPTIONAL, None),
            (
                "cached_tokens_details",
                "cached_tokens_details",
                OPTIONAL,
                RealtimeBetaResponseUsageInputTokenDetailsCachedTokensDetails,
            ),
        )
