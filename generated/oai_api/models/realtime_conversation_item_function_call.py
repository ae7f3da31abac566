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
from ..models.realtime_conversation_item_function_call_object import (
    RealtimeConversationItemFunctionCallObject,
    check_realtime_conversation_item_function_call_object,
)
from ..models.realtime_conversation_item_function_call_status import (
    RealtimeConversationItemFunctionCallStatus,
    check_realtime_conversation_item_function_call_status,
)
from ..models.realtime_conversation_item_function_call_type import (
    RealtimeConversationItemFunctionCallType,
    check_realtime_conversation_item_function_call_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeConversationItemFunctionCall(_OpenModel):
    """Conversation item in which the model calls a function with JSON arguments."""

    type_: RealtimeConversationItemFunctionCallType

    name: str

    arguments: str

    id: str | None = None

    object_: RealtimeConversationItemFunctionCallObject | None = None

    status: RealtimeConversationItemFunctionCallStatus | None = None

    call_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("arguments", "call_id", "id", "name", "object", "status", "type")
    _tags = {"type": ("function_call",), "object": ("realtime.item",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_conversation_item_function_call_type,
            ),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
            ("id", "id", OPTIONAL, None),
            (
                "object_",
                "object",
                OPTIONAL,
                check_realtime_conversation_item_function_call_object,
            ),
            (
                "status",
                "status",
                OPTIONAL,
                check_realtime_conversation_item_function_call_status,
            ),
            ("call_id", "call_id", OPTIONAL, None),
        )
