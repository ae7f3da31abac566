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
from ..models.message_delta_content_refusal_object_type import (
    MessageDeltaContentRefusalObjectType,
    check_message_delta_content_refusal_object_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class MessageDeltaContentRefusalObject(_OpenModel):
    """Streamed change to a message part holding the model's refusal text."""

    index: int

    type_: MessageDeltaContentRefusalObjectType

    refusal: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("index", "refusal", "type")
    _tags = {"type": ("refusal",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("index", "index", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_message_delta_content_refusal_object_type,
            ),
            ("refusal", "refusal", OPTIONAL, None),
        )
