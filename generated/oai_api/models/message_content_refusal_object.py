from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.message_content_refusal_object_type import (
    MessageContentRefusalObjectType,
    check_message_content_refusal_object_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MessageContentRefusalObject(_OpenModel):
    """Message content part in which the assistant declines to answer, giving its refusal text."""

    type_: MessageContentRefusalObjectType

    refusal: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("refusal", "type")
    _tags = {"type": ("refusal",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_message_content_refusal_object_type),
            ("refusal", "refusal", REQUIRED, None),
        )
