from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.reasoning_text_content_type import (
    ReasoningTextContentType,
    check_reasoning_text_content_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ReasoningTextContent(_OpenModel):
    """Raw reasoning text of a reasoning item."""

    type_: ReasoningTextContentType
    """ Fixed tag `reasoning_text`. """
    text: str
    """ The reasoning text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("reasoning_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_reasoning_text_content_type),
            ("text", "text", REQUIRED, None),
        )
