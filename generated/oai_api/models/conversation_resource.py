from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.conversation_resource_object import (
    ConversationResourceObject,
    check_conversation_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ConversationResource(_OpenModel):
    """A conversation: its ID, metadata and creation time (Unix seconds)."""

    id: str

    object_: ConversationResourceObject

    metadata: Any

    created_at: int

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "metadata", "object")
    _tags = {"object": ("conversation",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_conversation_resource_object),
            ("metadata", "metadata", REQUIRED_OR_NULL, None),
            ("created_at", "created_at", REQUIRED, None),
        )
