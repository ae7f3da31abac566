from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_response_max_output_tokens_type_1 import (
    RealtimeResponseMaxOutputTokensType1,
    check_realtime_response_max_output_tokens_type_1,
)
from ..models.realtime_response_object import (
    RealtimeResponseObject,
    check_realtime_response_object,
)
from ..models.realtime_response_output_modalities_item import (
    RealtimeResponseOutputModalitiesItem,
    check_realtime_response_output_modalities_item,
)
from ..models.realtime_response_status import (
    RealtimeResponseStatus,
    check_realtime_response_status,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0
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
    from ..models.realtime_response_audio import RealtimeResponseAudio
    from ..models.realtime_response_status_details import RealtimeResponseStatusDetails
    from ..models.realtime_response_usage import RealtimeResponseUsage


@_attrs_define(repr=False)
class RealtimeResponse(_OpenModel):
    """A response produced in a Realtime session: status, output items, audio settings and usage."""

    id: str | None = None

    object_: RealtimeResponseObject | None = None

    status: RealtimeResponseStatus | None = None

    status_details: RealtimeResponseStatusDetails | None = None

    output: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
        ]
        | None
    ) = None

    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    audio: RealtimeResponseAudio | None = None

    usage: RealtimeResponseUsage | None = None

    conversation_id: str | None = None

    output_modalities: list[RealtimeResponseOutputModalitiesItem] | None = None

    max_output_tokens: int | RealtimeResponseMaxOutputTokensType1 | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "audio",
        "conversation_id",
        "id",
        "max_output_tokens",
        "metadata",
        "object",
        "output",
        "output_modalities",
        "status",
        "status_details",
        "usage",
    )
    _tags = {"object": ("realtime.response",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_response_audio import RealtimeResponseAudio
        from ..models.realtime_response_status_details import (
            RealtimeResponseStatusDetails,
        )
        from ..models.realtime_response_usage import RealtimeResponseUsage

        return fields(
            ("id", "id", OPTIONAL, None),
            ("object_", "object", OPTIONAL, check_realtime_response_object),
            ("status", "status", OPTIONAL, check_realtime_response_status),
            (
                "status_details",
                "status_details",
                OPTIONAL,
                RealtimeResponseStatusDetails,
            ),
            (
                "output",
                "output",
                OPTIONAL,
                list_of(
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
                    )
                ),
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            ("audio", "audio", OPTIONAL, RealtimeResponseAudio),
            ("usage", "usage", OPTIONAL, RealtimeResponseUsage),
            ("conversation_id", "conversation_id", OPTIONAL, None),
            (
                "output_modalities",
                "output_modalities",
                OPTIONAL,
                list_of(check_realtime_response_output_modalities_item),
            ),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL,
                one_of(int, check_realtime_response_max_output_tokens_type_1),
            ),
        )
