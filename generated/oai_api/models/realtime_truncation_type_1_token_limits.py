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
class RealtimeTruncationType1TokenLimits(_OpenModel):
    """Custom token limits for this strategy; the model's defaults apply when omitted."""

    post_instructions: int | None = None
    """ Token budget for the conversation after instructions and tool definitions; truncation starts beyond it. At
    most the context window minus max output tokens. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("post_instructions",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("post_instructions", "post_instructions", OPTIONAL, None),
        )
