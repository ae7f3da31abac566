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
class ImagesUsageInputTokensDetails(_OpenModel):
    """Input tokens by kind."""

    text_tokens: int
    """ Text tokens in the input. """
    image_tokens: int
    """ Image tokens in the input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("image_tokens", "text_tokens")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("text_tokens", "text_tokens", REQUIRED, None),
            ("image_tokens", "image_tokens", REQUIRED, None),
        )
