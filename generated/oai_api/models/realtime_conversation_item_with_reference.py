from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_conversation_item_with_reference_object import (
    RealtimeConversationItemWithReferenceObject,
    check_realtime_conversation_item_with_reference_object,
)
from ..models.realtime_conversation_item_with_reference_role import (
    RealtimeConversationItemWithReferenceRole,
    check_realtime_conversation_item_with_reference_role,
)
from ..models.realtime_conversation_item_with_reference_status import (
    RealtimeConversationItemWithReferenceStatus,
    check_realtime_conversation_item_with_reference_status,
)
from ..models.realtime_conversation_item_with_reference_type import (
    RealtimeConversationItemWithReferenceType,
    check_realtime_conversation_item_with_reference_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_conversation_item_with_reference_content_item import (
        RealtimeConversationItemWithReferenceContentItem,
    )


@_attrs_define(repr=False)
class RealtimeConversationItemWithReference(_OpenModel):
    """An item to add to the conversation, either given in full or referring to an existing item by ID."""

    id: str | None = None

    type_: RealtimeConversationItemWithReferenceType | None = None

    object_: RealtimeConversationItemWithReferenceObject | None = None

    status: RealtimeConversationItemWithReferenceStatus | None = None

    role: RealtimeConversationItemWithReferenceRole | None = None

    content: list[RealtimeConversationItemWithReferenceContentItem] | None = None

    call_id: str | None = None

    name: str | None = None

    arguments: str | None = None

    output: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "arguments",
        "call_id",
        "content",
        "id",
        "name",
        "object",
        "output",
        "role",
        "status",
        "type",
    )
    _tags = {
        "type": ("message", "function_call", "function_call_output"),
        "object": ("realtime.item",),
        "role": ("user", "assistant", "system"),
    }

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_conversation_item_with_reference_content_item import (
            RealtimeConversationItemWithReferenceContentItem,
        )

        return fields(
            ("id", "id", OPTIONAL, None),
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_conversation_item_with_reference_type,
            ),
            (
                "object_",
                "object",
                OPTIONAL,
                check_realtime_conversation_item_with_reference_object,
            ),
            (
                "status",
                "status",
                OPTIONAL,
                check_realtime_conversation_item_with_reference_status,
            ),
            (
                "role",
                "role",
                OPTIONAL,
                check_realtime_conversation_item_with_reference_role,
            ),
            (
                "content",
                "content",
                OPTIONAL,
                list_of(RealtimeConversationItemWithReferenceContentItem),
            ),
            ("call_id", "call_id", OPTIONAL, None),
            ("name", "name", OPTIONAL, None),
            ("arguments", "arguments", OPTIONAL, None),
            ("output", "output", OPTIONAL, None),
        )
