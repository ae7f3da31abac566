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
from ..models.realtime_response_create_params_conversation_type_1 import (
    RealtimeResponseCreateParamsConversationType1,
    check_realtime_response_create_params_conversation_type_1,
)
from ..models.realtime_response_create_params_max_output_tokens_type_1 import (
    RealtimeResponseCreateParamsMaxOutputTokensType1,
    check_realtime_response_create_params_max_output_tokens_type_1,
)
from ..models.realtime_response_create_params_output_modalities_item import (
    RealtimeResponseCreateParamsOutputModalitiesItem,
    check_realtime_response_create_params_output_modalities_item,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options

if TYPE_CHECKING:
    from .._model import Table
    from ..models.mcp_tool import MCPTool
    from ..models.metadata_type_0 import MetadataType0
    from ..models.prompt_type_0 import PromptType0
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
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_response_create_params_audio import (
        RealtimeResponseCreateParamsAudio,
    )
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


@_attrs_define(repr=False)
class RealtimeResponseCreateParams(_OpenModel):
    """Settings for one Realtime response, overriding the session's defaults for that response only."""

    output_modalities: list[RealtimeResponseCreateParamsOutputModalitiesItem] | None = (
        None
    )

    instructions: str | None = None

    audio: RealtimeResponseCreateParamsAudio | None = None

    tools: list[MCPTool | RealtimeFunctionTool] | None = None

    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | None = None

    parallel_tool_calls: bool | None = None

    reasoning: RealtimeReasoning | None = None
    """ Reasoning settings for Realtime models that can reason, e.g. `gpt-realtime-2`. """
    max_output_tokens: int | RealtimeResponseCreateParamsMaxOutputTokensType1 | None = (
        None
    )

    conversation: RealtimeResponseCreateParamsConversationType1 | str | None = None

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
        "audio",
        "conversation",
        "input",
        "instructions",
        "max_output_tokens",
        "metadata",
        "output_modalities",
        "parallel_tool_calls",
        "prompt",
        "reasoning",
        "tool_choice",
        "tools",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_reasoning import RealtimeReasoning
        from ..models.realtime_response_create_params_audio import (
            RealtimeResponseCreateParamsAudio,
        )

        return fields(
            (
                "output_modalities",
                "output_modalities",
                OPTIONAL,
                list_of(check_realtime_response_create_params_output_modalities_item),
            ),
            ("instructions", "instructions", OPTIONAL, None),
            ("audio", "audio", OPTIONAL, RealtimeResponseCreateParamsAudio),
            (
                "tools",
                "tools",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "realtime_function_tool",
                            "RealtimeFunctionTool",
                            ("type", "function"),
                        ),
                        member("mcp_tool", "MCPTool", ("type", "mcp")),
                    )
                ),
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
            ("parallel_tool_calls", "parallel_tool_calls", OPTIONAL, None),
            ("reasoning", "reasoning", OPTIONAL, RealtimeReasoning),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL,
                one_of(
                    int, check_realtime_response_create_params_max_output_tokens_type_1
                ),
            ),
            (
                "conversation",
                "conversation",
                OPTIONAL,
                one_of(str, check_realtime_response_create_params_conversation_type_1),
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
