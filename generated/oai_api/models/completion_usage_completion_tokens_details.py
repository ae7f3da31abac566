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


@_attrs_define(repr=False)
class CompletionUsageCompletionTokensDetails(_OpenModel):
    """Breakdown of generated tokens."""

    accepted_prediction_tokens: int | None = None
    """ Predicted tokens that were used. """
    audio_tokens: int | None = None
    """ Audio tokens generated. """
    reasoning_tokens: int | None = None
    """ Tokens spent on reasoning. """
    text_tokens: int | None = None
    """ Text tokens generated. """
    rejected_prediction_tokens: int | None = None
    """ Predicted tokens that were discarded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "accepted_prediction_tokens",
        "audio_tokens",
        "reasoning_tokens",
        "rejected_prediction_tokens",
        "text_tokens",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "accepted_prediction_tokens",
                "accepted_prediction_tokens",
                OPTIONAL,
                None,
            ),
            ("audio_tokens", "audio_tokens", OPTIONAL, None),
            ("reasoning_tokens", "reasoning_tokens", OPTIONAL, None),
            ("text_tokens", "text_tokens", OPTIONAL, None),
            (
                "rejected_prediction_tokens",
                "rejected_prediction_tokens",
                OPTIONAL,
                None,
            ),
        )
