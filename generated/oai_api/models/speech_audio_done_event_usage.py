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


@_attrs_define(repr=False)
class SpeechAudioDoneEventUsage(_OpenModel):
    """Tokens used by the request."""

    input_tokens: int
    """ Tokens in the input text. """
    output_tokens: int
    """ Audio tokens generated. """
    total_tokens: int
    """ Input plus output tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input_tokens", "output_tokens", "total_tokens")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("input_tokens", "input_tokens", REQUIRED, None),
            ("output_tokens", "output_tokens", REQUIRED, None),
            ("total_tokens", "total_tokens", REQUIRED, None),
        )
