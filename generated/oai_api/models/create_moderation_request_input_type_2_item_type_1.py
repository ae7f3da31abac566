from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.create_moderation_request_input_type_2_item_type_1_type import (
    CreateModerationRequestInputType2ItemType1Type,
    check_create_moderation_request_input_type_2_item_type_1_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class CreateModerationRequestInputType2ItemType1(_OpenModel):
    type_: CreateModerationRequestInputType2ItemType1Type
    """ Fixed tag `text`. """
    text: str
    """ Text to check. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("text", "type")
    _tags = {"type": ("text",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_create_moderation_request_input_type_2_item_type_1_type,
            ),
            ("text", "text", REQUIRED, None),
            strict=True,
        )
