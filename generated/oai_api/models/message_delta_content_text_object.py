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
from ..models.message_delta_content_text_object_type import (
    MessageDeltaContentTextObjectType,
    check_message_delta_content_text_object_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.message_delta_content_text_object_text import (
        MessageDeltaContentTextObjectText,
    )


@_attrs_define(repr=False)
class MessageDeltaContentTextObject(_OpenModel):
    """Streamed change to a message part holding text."""

    index: int

    type_: MessageDeltaContentTextObjectType

    text: MessageDeltaContentTextObjectText | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("index", "text", "type")
    _tags = {"type": ("text",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.message_delta_content_text_object_text import (
            MessageDeltaContentTextObjectText,
        )

        return fields(
            ("index", "index", REQUIRED, None),
            ("type_", "type", REQUIRED, check_message_delta_content_text_object_type),
            ("text", "text", OPTIONAL, MessageDeltaContentTextObjectText),
        )
