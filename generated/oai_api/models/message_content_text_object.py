from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_content_text_object_type import (
    MessageContentTextObjectType,
    check_message_content_text_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_content_text_object_text import MessageContentTextObjectText


@_attrs_define(repr=False)
class MessageContentTextObject(_OpenModel):
    """Message content part holding text, with any annotations."""

    type_: MessageContentTextObjectType

    text: MessageContentTextObjectText

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("text",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_content_text_object_text import (
            MessageContentTextObjectText,
        )

        return fields(
            ("type_", "type", REQUIRED, check_message_content_text_object_type),
            ("text", "text", REQUIRED, MessageContentTextObjectText),
        )
