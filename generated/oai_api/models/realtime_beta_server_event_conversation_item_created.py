from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_conversation_item_created_type import (
    RealtimeBetaServerEventConversationItemCreatedType,
    check_realtime_beta_server_event_conversation_item_created_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_conversation_item_function_call import (
        RealtimeConversationItemFunctionCall,
    )
    from ..models.realtime_conversation_item_function_call_output import (
        RealtimeConversationItemFunctionCallOutput,
    )
    from ..models.realtime_conversation_item_message_assistant import (
        RealtimeConversationItemMessageAssistant,
    )
    from ..models.realtime_conversation_item_message_system import (
        RealtimeConversationItemMessageSystem,
    )
    from ..models.realtime_conversation_item_message_user import (
        RealtimeConversationItemMessageUser,
    )
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall


@_attrs_define(repr=False)
class RealtimeBetaServerEventConversationItemCreated(_OpenModel):
    """Server event announcing a new conversation item, whether from model output, committed input audio or a client
    `conversation.item.create`."""

    event_id: str

    type_: RealtimeBetaServerEventConversationItemCreatedType

    item: (
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
    )
    """ One item of a Realtime conversation: a message, function call or output, or an MCP item. """
    previous_item_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "item", "previous_item_id", "type")
    _tags = {"type": ("conversation.item.created",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_conversation_item_created_type,
            ),
            (
                "item",
                "item",
                REQUIRED,
                one_of(
                    member(
                        "realtime_conversation_item_message_system",
                        "RealtimeConversationItemMessageSystem",
                        ("type", "message"),
                        ("object", "realtime.item"),
                        ("role", "system"),
                    ),
                    member(
                        "realtime_conversation_item_message_user",
                        "RealtimeConversationItemMessageUser",
                        ("type", "message"),
                        ("object", "realtime.item"),
                        ("role", "user"),
                    ),
                    member(
                        "realtime_conversation_item_message_assistant",
                        "RealtimeConversationItemMessageAssistant",
                        ("type", "message"),
                        ("object", "realtime.item"),
                        ("role", "assistant"),
                    ),
                    member(
                        "realtime_conversation_item_function_call",
                        "RealtimeConversationItemFunctionCall",
                        ("type", "function_call"),
                        ("object", "realtime.item"),
                    ),
                    member(
                        "realtime_conversation_item_function_call_output",
                        "RealtimeConversationItemFunctionCallOutput",
                        ("type", "function_call_output"),
                        ("object", "realtime.item"),
                    ),
                    member(
                        "realtime_mcp_approval_response",
                        "RealtimeMCPApprovalResponse",
                        ("type", "mcp_approval_response"),
                    ),
                    member(
                        "realtime_mcp_list_tools",
                        "RealtimeMCPListTools",
                        ("type", "mcp_list_tools"),
                    ),
                    member(
                        "realtime_mcp_tool_call",
                        "RealtimeMCPToolCall",
                        ("type", "mcp_call"),
                    ),
                    member(
                        "realtime_mcp_approval_request",
                        "RealtimeMCPApprovalRequest",
                        ("type", "mcp_approval_request"),
                    ),
                ),
            ),
            (
                "previous_item_id",
                "previous_item_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
        )
