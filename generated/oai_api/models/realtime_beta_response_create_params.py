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
from ..models.realtime_beta_response_create_params_conversation_type_1 import (
    RealtimeBetaResponseCreateParamsConversationType1,
    check_realtime_beta_response_create_params_conversation_type_1,
)
from ..models.realtime_beta_response_create_params_max_output_tokens_type_1 import (
    RealtimeBetaResponseCreateParamsMaxOutputTokensType1,
    check_realtime_beta_response_create_params_max_output_tokens_type_1,
)
from ..models.realtime_beta_response_create_params_modalities_item import (
    RealtimeBetaResponseCreateParamsModalitiesItem,
    check_realtime_beta_response_create_params_modalities_item,
)
from ..models.realtime_beta_response_create_params_output_audio_format import (
    RealtimeBetaResponseCreateParamsOutputAudioFormat,
    check_realtime_beta_response_create_params_output_audio_format,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.metadata_type_0 import MetadataType0
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_beta_response_create_params_tools_item import (
        RealtimeBetaResponseCreateParamsToolsItem,
    )
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
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


@_attrs_define(repr=False)
class RealtimeBetaResponseCreateParams(_OpenModel):
    """Settings for one Realtime response, overriding the session's defaults for that response only."""

    modalities: list[RealtimeBetaResponseCreateParamsModalitiesItem] | None = None

    instructions: str | None = None

    voice: str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1 | None = None
    """ Which voice speaks, by built-in name or by the id of a voice you created. """
    output_audio_format: RealtimeBetaResponseCreateParamsOutputAudioFormat | None = None

    tools: list[RealtimeBetaResponseCreateParamsToolsItem] | None = None

    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | None = None

    temperature: float | None = None

    max_output_tokens: (
        int | RealtimeBetaResponseCreateParamsMaxOutputTokensType1 | None
    ) = None

    conversation: RealtimeBetaResponseCreateParamsConversationType1 | str | None = None

    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    prompt: None | PromptType0 = None
    """ A stored prompt template to use, with its version and variable values. """
    input_: (
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

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "conversation",
        "input",
        "instructions",
        "max_output_tokens",
        "metadata",
        "modalities",
        "output_audio_format",
        "prompt",
        "temperature",
        "tool_choice",
        "tools",
        "voice",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_response_create_params_tools_item import (
            RealtimeBetaResponseCreateParamsToolsItem,
        )

        return fields(
            (
                "modalities",
                "modalities",
                OPTIONAL,
                list_of(check_realtime_beta_response_create_params_modalities_item),
            ),
            ("instructions", "instructions", OPTIONAL, None),
            (
                "voice",
                "voice",
                OPTIONAL,
                one_of(
                    str,
                    check_voice_ids_shared_type_1,
                    member(
                        "voice_ids_or_custom_voice_type_1", "VoiceIdsOrCustomVoiceType1"
                    ),
                ),
            ),
            (
                "output_audio_format",
                "output_audio_format",
                OPTIONAL,
                check_realtime_beta_response_create_params_output_audio_format,
            ),
            (
                "tools",
                "tools",
                OPTIONAL,
                list_of(RealtimeBetaResponseCreateParamsToolsItem),
            ),
            (
                "tool_choice",
                "tool_choice",
                OPTIONAL,
                one_of(
                    check_tool_choice_options,
                    member(
                        "tool_choice_function",
                        "ToolChoiceFunction",
                        ("type", "function"),
                    ),
                    member("tool_choice_mcp", "ToolChoiceMCP", ("type", "mcp")),
                ),
            ),
            ("temperature", "temperature", OPTIONAL, None),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL,
                one_of(
                    int,
                    check_realtime_beta_response_create_params_max_output_tokens_type_1,
                ),
            ),
            (
                "conversation",
                "conversation",
                OPTIONAL,
                one_of(
                    str, check_realtime_beta_response_create_params_conversation_type_1
                ),
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            (
                "prompt",
                "prompt",
                OPTIONAL_OR_NULL,
                one_of(member("prompt_type_0", "PromptType0"), None),
            ),
            (
                "input_",
                "input",
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
        )
