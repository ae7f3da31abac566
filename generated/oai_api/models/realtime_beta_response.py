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
from ..models.realtime_beta_response_max_output_tokens_type_1 import (
    RealtimeBetaResponseMaxOutputTokensType1,
    check_realtime_beta_response_max_output_tokens_type_1,
)
from ..models.realtime_beta_response_modalities_item import (
    RealtimeBetaResponseModalitiesItem,
    check_realtime_beta_response_modalities_item,
)
from ..models.realtime_beta_response_object import (
    RealtimeBetaResponseObject,
    check_realtime_beta_response_object,
)
from ..models.realtime_beta_response_output_audio_format import (
    RealtimeBetaResponseOutputAudioFormat,
    check_realtime_beta_response_output_audio_format,
)
from ..models.realtime_beta_response_status import (
    RealtimeBetaResponseStatus,
    check_realtime_beta_response_status,
)
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0
    from ..models.realtime_beta_response_status_details import (
        RealtimeBetaResponseStatusDetails,
    )
    from ..models.realtime_beta_response_usage import RealtimeBetaResponseUsage
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
class RealtimeBetaResponse(_OpenModel):
    """A response produced in a Realtime session: status, output items, usage and the settings it used."""

    id: str | None = None

    object_: RealtimeBetaResponseObject | None = None

    status: RealtimeBetaResponseStatus | None = None

    status_details: RealtimeBetaResponseStatusDetails | None = None

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
    usage: RealtimeBetaResponseUsage | None = None

    conversation_id: str | None = None

    voice: str | VoiceIdsSharedType1 | None = None
    """ Voice name; any string, with built-in voices listed. """
    modalities: list[RealtimeBetaResponseModalitiesItem] | None = None

    output_audio_format: RealtimeBetaResponseOutputAudioFormat | None = None

    temperature: float | None = None

    max_output_tokens: int | RealtimeBetaResponseMaxOutputTokensType1 | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "conversation_id",
        "id",
        "max_output_tokens",
        "metadata",
        "modalities",
        "object",
        "output",
        "output_audio_format",
        "status",
        "status_details",
        "temperature",
        "usage",
        "voice",
    )
    _tags = {"object": ("realtime.response",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_response_status_details import (
            RealtimeBetaResponseStatusDetails,
        )
        from ..models.realtime_beta_response_usage import RealtimeBetaResponseUsage

        return fields(
            ("id", "id", OPTIONAL, None),
            ("object_", "object", OPTIONAL, check_realtime_beta_response_object),
            ("status", "status", OPTIONAL, check_realtime_beta_response_status),
            (
                "status_details",
                "status_details",
                OPTIONAL,
                RealtimeBetaResponseStatusDetails,
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
            ("usage", "usage", OPTIONAL, RealtimeBetaResponseUsage),
            ("conversation_id", "conversation_id", OPTIONAL, None),
            ("voice", "voice", OPTIONAL, one_of(str, check_voice_ids_shared_type_1)),
            (
                "modalities",
                "modalities",
                OPTIONAL,
                list_of(check_realtime_beta_response_modalities_item),
            ),
            (
                "output_audio_format",
                "output_audio_format",
                OPTIONAL,
                check_realtime_beta_response_output_audio_format,
            ),
            ("temperature", "temperature", OPTIONAL, None),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL,
                one_of(int, check_realtime_beta_response_max_output_tokens_type_1),
            ),
        )
