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
from ..models.realtime_conversation_item_function_call_output_object import (
    RealtimeConversationItemFunctionCallOutputObject,
    check_realtime_conversation_item_function_call_output_object,
)
from ..models.realtime_conversation_item_function_call_output_status import (
    RealtimeConversationItemFunctionCallOutputStatus,
    check_realtime_conversation_item_function_call_output_status,
)
from ..models.realtime_conversation_item_function_call_output_type import (
    RealtimeConversationItemFunctionCallOutputType,
    check_realtime_conversation_item_function_call_output_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeConversationItemFunctionCallOutput(_OpenModel):
    """Conversation item carrying the result of a function call back to the model."""

    type_: RealtimeConversationItemFunctionCallOutputType

    call_id: str

    output: str

    id: str | None = None

    object_: RealtimeConversationItemFunctionCallOutputObject | None = None

    status: RealtimeConversationItemFunctionCallOutputStatus | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "id", "object", "output", "status", "type")
    _tags = {"type": ("function_call_output",), "object": ("realtime.item",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_conversation_item_function_call_output_type,
            ),
            ("call_id", "call_id", REQUIRED, None),
            ("output", "output", REQUIRED, None),
            ("id", "id", OPTIONAL, None),
            (
                "object_",
                "object",
                OPTIONAL,
                check_realtime_conversation_item_function_call_output_object,
            ),
            (
                "status",
                "status",
                OPTIONAL,
                check_realtime_conversation_item_function_call_output_status,
            ),
        )
