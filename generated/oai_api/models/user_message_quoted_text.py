from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.user_message_quoted_text_type import (
    UserMessageQuotedTextType,
    check_user_message_quoted_text_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UserMessageQuotedText(_OpenModel):
    """A passage the user quoted in their message."""

    type_: UserMessageQuotedTextType

    text: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("quoted_text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_user_message_quoted_text_type),
            ("text", "text", REQUIRED, None),
        )
