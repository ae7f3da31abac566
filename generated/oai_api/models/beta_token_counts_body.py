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
from ..models.beta_personality_enum_type_1 import (
    BetaPersonalityEnumType1,
    check_beta_personality_enum_type_1,
)
from ..models.beta_tool_choice_options import (
    BetaToolChoiceOptions,
    check_beta_tool_choice_options,
)
from ..models.beta_truncation_enum import BetaTruncationEnum, check_beta_truncation_enum

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam
    from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam
    from ..models.beta_apply_patch_tool_call_item_param import (
        BetaApplyPatchToolCallItemParam,
    )
    from ..models.beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam,
    )
    from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool
    from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from ..models.beta_compaction_summary_item_param import (
        BetaCompactionSummaryItemParam,
    )
    from ..models.beta_compaction_trigger_item_param import (
        BetaCompactionTriggerItemParam,
    )
    from ..models.beta_computer_call_output_item_param import (
        BetaComputerCallOutputItemParam,
    )
    from ..models.beta_computer_tool import BetaComputerTool
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from ..models.beta_conversation_param_2 import BetaConversationParam2
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_easy_input_message import BetaEasyInputMessage
    from ..models.beta_file_search_tool import BetaFileSearchTool
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_call_output_item_param import (
        BetaFunctionCallOutputItemParam,
    )
    from ..models.beta_function_shell_call_item_param import (
        BetaFunctionShellCallItemParam,
    )
    from ..models.beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam,
    )
    from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam
    from ..models.beta_function_tool import BetaFunctionTool
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_image_gen_tool import BetaImageGenTool
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message import BetaInputMessage
    from ..models.beta_item_reference_param import BetaItemReferenceParam
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool import BetaMCPTool
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
    from ..models.beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam,
    )
    from ..models.beta_namespace_tool_param import BetaNamespaceToolParam
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program_item_param import BetaProgramItemParam
    from ..models.beta_program_output_item_param import BetaProgramOutputItemParam
    from ..models.beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam,
    )
    from ..models.beta_reasoning import BetaReasoning
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_response_text_param import BetaResponseTextParam
    from ..models.beta_specific_apply_patch_param import BetaSpecificApplyPatchParam
    from ..models.beta_specific_function_shell_param import (
        BetaSpecificFunctionShellParam,
    )
    from ..models.beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam,
    )
    from ..models.beta_tool_choice_allowed import BetaToolChoiceAllowed
    from ..models.beta_tool_choice_custom import BetaToolChoiceCustom
    from ..models.beta_tool_choice_function import BetaToolChoiceFunction
    from ..models.beta_tool_choice_mcp import BetaToolChoiceMCP
    from ..models.beta_tool_choice_types import BetaToolChoiceTypes
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam,
    )
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall


@_attrs_define(repr=False)
class BetaTokenCountsBody(_OpenModel):
    """Beta request to count the input tokens a Responses call would use, without generating anything."""

    model: None | str = None
    """ Model whose tokenizer and context rules apply, e.g. `gpt-4o`. """
    input_: (
        list[
            BetaAdditionalToolsItemParam
            | BetaAgentMessageItemParam
            | BetaApplyPatchToolCallItemParam
            | BetaApplyPatchToolCallOutputItemParam
            | BetaCodeInterpreterToolCall
            | BetaCompactionSummaryItemParam
            | BetaCompactionTriggerItemParam
            | BetaComputerCallOutputItemParam
            | BetaComputerToolCall
            | BetaCustomToolCall
            | BetaCustomToolCallOutput
            | BetaEasyInputMessage
            | BetaFileSearchToolCall
            | BetaFunctionCallOutputItemParam
            | BetaFunctionShellCallItemParam
            | BetaFunctionShellCallOutputItemParam
            | BetaFunctionToolCall
            | BetaImageGenToolCall
            | BetaInputMessage
            | BetaItemReferenceParam
            | BetaLocalShellToolCall
            | BetaLocalShellToolCallOutput
            | BetaMCPApprovalRequest
            | BetaMCPApprovalResponse
            | BetaMCPListTools
            | BetaMCPToolCall
            | BetaMultiAgentCallItemParam
            | BetaMultiAgentCallOutputItemParam
            | BetaOutputMessage
            | BetaProgramItemParam
            | BetaProgramOutputItemParam
            | BetaReasoningItem
            | BetaToolSearchCallItemParam
            | BetaToolSearchOutputItemParam
            | BetaWebSearchToolCall
        ]
        | None
        | str
    ) = None
    """ Input to count: a string or a list of input items, as in a Responses request. """
    previous_response_id: None | str = None
    """ Earlier response whose context is counted too; cannot be combined with `conversation`. """
    tools: (
        list[
            BetaApplyPatchToolParam
            | BetaCodeInterpreterTool
            | BetaComputerTool
            | BetaComputerUsePreviewTool
            | BetaCustomToolParam
            | BetaFileSearchTool
            | BetaFunctionShellToolParam
            | BetaFunctionTool
            | BetaImageGenTool
            | BetaLocalShellToolParam
            | BetaMCPTool
            | BetaNamespaceToolParam
            | BetaProgrammaticToolCallingParam
            | BetaToolSearchToolParam
            | BetaWebSearchPreviewTool
            | BetaWebSearchTool
        ]
        | None
    ) = None
    """ Tool definitions to include in the count. """
    text: BetaResponseTextParam | None = None
    """ Text output settings (format, verbosity) to include in the count. """
    reasoning: BetaReasoning | None = None
    """ Reasoning settings, for gpt-5 and o-series models. """
    truncation: BetaTruncationEnum | None = None
    """ What to do when input exceeds the context window: `auto` drops the oldest items, `disabled` fails the
    request. """
    instructions: None | str = None
    """ System or developer message to include in the count. """
    personality: BetaPersonalityEnumType1 | str | None = None
    """ Style preset owned by the model, such as `friendly` or `pragmatic`; more values may appear. """
    conversation: BetaConversationParam2 | None | str = None
    """ Conversation whose items are prepended to the input before counting. """
    tool_choice: (
        BetaSpecificApplyPatchParam
        | BetaSpecificFunctionShellParam
        | BetaSpecificProgrammaticToolCallingParam
        | BetaToolChoiceAllowed
        | BetaToolChoiceCustom
        | BetaToolChoiceFunction
        | BetaToolChoiceMCP
        | BetaToolChoiceOptions
        | BetaToolChoiceTypes
        | None
    ) = None
    """ How the model would pick tools; part of the counted request. """
    parallel_tool_calls: bool | None = None
    """ Whether the model may call several tools at once. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "conversation",
        "input",
        "instructions",
        "model",
        "parallel_tool_calls",
        "personality",
        "previous_response_id",
        "reasoning",
        "text",
        "tool_choice",
        "tools",
        "truncation",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("model", "model", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "input_",
                "input",
                OPTIONAL_OR_NULL,
                one_of(
                    str,
                    list_of(
                        one_of(
                            member(
                                "beta_easy_input_message",
                                "BetaEasyInputMessage",
                                ("type", "message"),
                            ),
                            member(
                                "beta_input_message",
                                "BetaInputMessage",
                                ("type", "message"),
                            ),
                            member(
                                "beta_output_message",
                                "BetaOutputMessage",
                                ("type", "message"),
                                ("role", "assistant"),
                            ),
                            member(
                                "beta_file_search_tool_call",
                                "BetaFileSearchToolCall",
                                ("type", "file_search_call"),
                            ),
                            member(
                                "beta_computer_tool_call",
                                "BetaComputerToolCall",
                                ("type", "computer_call"),
                            ),
                            member(
                                "beta_computer_call_output_item_param",
                                "BetaComputerCallOutputItemParam",
                                ("type", "computer_call_output"),
                            ),
                            member(
                                "beta_web_search_tool_call",
                                "BetaWebSearchToolCall",
                                ("type", "web_search_call"),
                            ),
                            member(
                                "beta_function_tool_call",
                                "BetaFunctionToolCall",
                                ("type", "function_call"),
                            ),
                            member(
                                "beta_function_call_output_item_param",
                                "BetaFunctionCallOutputItemParam",
                                ("type", "function_call_output"),
                            ),
                            member(
                                "beta_agent_message_item_param",
                                "BetaAgentMessageItemParam",
                                ("type", "agent_message"),
                            ),
                            member(
                                "beta_multi_agent_call_item_param",
                                "BetaMultiAgentCallItemParam",
                                ("type", "multi_agent_call"),
                            ),
                            member(
                                "beta_multi_agent_call_output_item_param",
                                "BetaMultiAgentCallOutputItemParam",
                                ("type", "multi_agent_call_output"),
                            ),
                            member(
                                "beta_tool_search_call_item_param",
                                "BetaToolSearchCallItemParam",
                                ("type", "tool_search_call"),
                            ),
                            member(
                                "beta_tool_search_output_item_param",
                                "BetaToolSearchOutputItemParam",
                                ("type", "tool_search_output"),
                            ),
                            member(
                                "beta_additional_tools_item_param",
                                "BetaAdditionalToolsItemParam",
                                ("type", "additional_tools"),
                                ("role", "developer"),
                            ),
                            member(
                                "beta_reasoning_item",
                                "BetaReasoningItem",
                                ("type", "reasoning"),
                            ),
                            member(
                                "beta_compaction_summary_item_param",
                                "BetaCompactionSummaryItemParam",
                                ("type", "compaction"),
                            ),
                            member(
                                "beta_image_gen_tool_call",
                                "BetaImageGenToolCall",
                                ("type", "image_generation_call"),
                            ),
                            member(
                                "beta_code_interpreter_tool_call",
                                "BetaCodeInterpreterToolCall",
                                ("type", "code_interpreter_call"),
                            ),
                            member(
                                "beta_local_shell_tool_call",
                                "BetaLocalShellToolCall",
                                ("type", "local_shell_call"),
                            ),
                            member(
                                "beta_local_shell_tool_call_output",
                                "BetaLocalShellToolCallOutput",
                                ("type", "local_shell_call_output"),
                            ),
                            member(
                                "beta_function_shell_call_item_param",
                                "BetaFunctionShellCallItemParam",
                                ("type", "shell_call"),
                            ),
                            member(
                                "beta_function_shell_call_output_item_param",
                                "BetaFunctionShellCallOutputItemParam",
                                ("type", "shell_call_output"),
                            ),
                            member(
                                "beta_apply_patch_tool_call_item_param",
                                "BetaApplyPatchToolCallItemParam",
                                ("type", "apply_patch_call"),
                            ),
                            member(
                                "beta_apply_patch_tool_call_output_item_param",
                                "BetaApplyPatchToolCallOutputItemParam",
                                ("type", "apply_patch_call_output"),
                            ),
                            member(
                                "beta_mcp_list_tools",
                                "BetaMCPListTools",
                                ("type", "mcp_list_tools"),
                            ),
                            member(
                                "beta_mcp_approval_request",
                                "BetaMCPApprovalRequest",
                                ("type", "mcp_approval_request"),
                            ),
                            member(
                                "beta_mcp_approval_response",
                                "BetaMCPApprovalResponse",
                                ("type", "mcp_approval_response"),
                            ),
                            member(
                                "beta_mcp_tool_call",
                                "BetaMCPToolCall",
                                ("type", "mcp_call"),
                            ),
                            member(
                                "beta_custom_tool_call_output",
                                "BetaCustomToolCallOutput",
                                ("type", "custom_tool_call_output"),
                            ),
                            member(
                                "beta_custom_tool_call",
                                "BetaCustomToolCall",
                                ("type", "custom_tool_call"),
                            ),
                            member(
                                "beta_compaction_trigger_item_param",
                                "BetaCompactionTriggerItemParam",
                                ("type", "compaction_trigger"),
                            ),
                            member(
                                "beta_item_reference_param", "BetaItemReferenceParam"
                            ),
                            member(
                                "beta_program_item_param",
                                "BetaProgramItemParam",
                                ("type", "program"),
                            ),
                            member(
                                "beta_program_output_item_param",
                                "BetaProgramOutputItemParam",
                                ("type", "program_output"),
                            ),
                        )
                    ),
                    None,
                ),
            ),
            (
                "previous_response_id",
                "previous_response_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "tools",
                "tools",
                OPTIONAL_OR_NULL,
                one_of(
                    list_of(
                        one_of(
                            member(
                                "beta_function_tool",
                                "BetaFunctionTool",
                                ("type", "function"),
                            ),
                            member(
                                "beta_file_search_tool",
                                "BetaFileSearchTool",
                                ("type", "file_search"),
                            ),
                            member(
                                "beta_computer_tool",
                                "BetaComputerTool",
                                ("type", "computer"),
                            ),
                            member(
                                "beta_computer_use_preview_tool",
                                "BetaComputerUsePreviewTool",
                                ("type", "computer_use_preview"),
                            ),
                            member("beta_web_search_tool", "BetaWebSearchTool"),
                            member("beta_mcp_tool", "BetaMCPTool", ("type", "mcp")),
                            member(
                                "beta_code_interpreter_tool",
                                "BetaCodeInterpreterTool",
                                ("type", "code_interpreter"),
                            ),
                            member(
                                "beta_programmatic_tool_calling_param",
                                "BetaProgrammaticToolCallingParam",
                                ("type", "programmatic_tool_calling"),
                            ),
                            member(
                                "beta_image_gen_tool",
                                "BetaImageGenTool",
                                ("type", "image_generation"),
                            ),
                            member(
                                "beta_local_shell_tool_param",
                                "BetaLocalShellToolParam",
                                ("type", "local_shell"),
                            ),
                            member(
                                "beta_function_shell_tool_param",
                                "BetaFunctionShellToolParam",
                                ("type", "shell"),
                            ),
                            member(
                                "beta_custom_tool_param",
                                "BetaCustomToolParam",
                                ("type", "custom"),
                            ),
                            member(
                                "beta_namespace_tool_param",
                                "BetaNamespaceToolParam",
                                ("type", "namespace"),
                            ),
                            member(
                                "beta_tool_search_tool_param",
                                "BetaToolSearchToolParam",
                                ("type", "tool_search"),
                            ),
                            member(
                                "beta_web_search_preview_tool",
                                "BetaWebSearchPreviewTool",
                            ),
                            member(
                                "beta_apply_patch_tool_param",
                                "BetaApplyPatchToolParam",
                                ("type", "apply_patch"),
                            ),
                        )
                    ),
                    None,
                ),
            ),
            (
                "text",
                "text",
                OPTIONAL_OR_NULL,
                one_of(
                    member("beta_response_text_param", "BetaResponseTextParam"), None
                ),
            ),
            (
                "reasoning",
                "reasoning",
                OPTIONAL_OR_NULL,
                one_of(member("beta_reasoning", "BetaReasoning"), None),
            ),
            ("truncation", "truncation", OPTIONAL, check_beta_truncation_enum),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "personality",
                "personality",
                OPTIONAL,
                one_of(str, check_beta_personality_enum_type_1),
            ),
            (
                "conversation",
                "conversation",
                OPTIONAL_OR_NULL,
                one_of(
                    str,
                    member("beta_conversation_param_2", "BetaConversationParam2"),
                    None,
                ),
            ),
            (
                "tool_choice",
                "tool_choice",
                OPTIONAL_OR_NULL,
                one_of(
                    check_beta_tool_choice_options,
                    member(
                        "beta_tool_choice_allowed",
                        "BetaToolChoiceAllowed",
                        ("type", "allowed_tools"),
                    ),
                    member("beta_tool_choice_types", "BetaToolChoiceTypes"),
                    member(
                        "beta_tool_choice_function",
                        "BetaToolChoiceFunction",
                        ("type", "function"),
                    ),
                    member(
                        "beta_tool_choice_mcp", "BetaToolChoiceMCP", ("type", "mcp")
                    ),
                    member(
                        "beta_tool_choice_custom",
                        "BetaToolChoiceCustom",
                        ("type", "custom"),
                    ),
                    member(
                        "beta_specific_programmatic_tool_calling_param",
                        "BetaSpecificProgrammaticToolCallingParam",
                        ("type", "programmatic_tool_calling"),
                    ),
                    member(
                        "beta_specific_apply_patch_param",
                        "BetaSpecificApplyPatchParam",
                        ("type", "apply_patch"),
                    ),
                    member(
                        "beta_specific_function_shell_param",
                        "BetaSpecificFunctionShellParam",
                        ("type", "shell"),
                    ),
                    None,
                ),
            ),
            (
                "parallel_tool_calls",
                "parallel_tool_calls",
                OPTIONAL_OR_NULL,
                one_of(bool, None),
            ),
            strict=True,
        )
