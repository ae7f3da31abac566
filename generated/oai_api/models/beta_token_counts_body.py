from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_personality_enum_type_1 import (
    BetaPersonalityEnumType1,
    check_beta_personality_enum_type_1,
)
from ..models.beta_tool_choice_options import (
    BetaToolChoiceOptions,
    check_beta_tool_choice_options,
)
from ..models.beta_truncation_enum import BetaTruncationEnum, check_beta_truncation_enum
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="BetaTokenCountsBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAdditionalToolsItemParam, \
        BetaAgentMessageItemParam, \
        BetaApplyPatchToolCallItemParam, \
        BetaApplyPatchToolCallOutputItemParam, \
        BetaApplyPatchToolParam, \
        BetaCodeInterpreterTool, \
        BetaCodeInterpreterToolCall, \
        BetaCompactionSummaryItemParam, \
        BetaCompactionTriggerItemParam, \
        BetaComputerCallOutputItemParam, \
        BetaComputerTool, \
        BetaComputerToolCall, \
        BetaComputerUsePreviewTool, \
        BetaConversationParam2, \
        BetaCustomToolCall, \
        BetaCustomToolCallOutput, \
        BetaCustomToolParam, \
        BetaEasyInputMessage, \
        BetaFileSearchTool, \
        BetaFileSearchToolCall, \
        BetaFunctionCallOutputItemParam, \
        BetaFunctionShellCallItemParam, \
        BetaFunctionShellCallOutputItemParam, \
        BetaFunctionShellToolParam, \
        BetaFunctionTool, \
        BetaFunctionToolCall, \
        BetaImageGenTool, \
        BetaImageGenToolCall, \
        BetaInputMessage, \
        BetaItemReferenceParam, \
        BetaLocalShellToolCall, \
        BetaLocalShellToolCallOutput, \
        BetaLocalShellToolParam, \
        BetaMCPApprovalRequest, \
        BetaMCPApprovalResponse, \
        BetaMCPListTools, \
        BetaMCPTool, \
        BetaMCPToolCall, \
        BetaMultiAgentCallItemParam, \
        BetaMultiAgentCallOutputItemParam, \
        BetaNamespaceToolParam, \
        BetaOutputMessage, \
        BetaProgramItemParam, \
        BetaProgramOutputItemParam, \
        BetaProgrammaticToolCallingParam, \
        BetaReasoning, \
        BetaReasoningItem, \
        BetaResponseTextParam, \
        BetaSpecificApplyPatchParam, \
        BetaSpecificFunctionShellParam, \
        BetaSpecificProgrammaticToolCallingParam, \
        BetaToolChoiceAllowed, \
        BetaToolChoiceCustom, \
        BetaToolChoiceFunction, \
        BetaToolChoiceMCP, \
        BetaToolChoiceTypes, \
        BetaToolSearchCallItemParam, \
        BetaToolSearchOutputItemParam, \
        BetaToolSearchToolParam, \
        BetaWebSearchPreviewTool, \
        BetaWebSearchTool, \
        BetaWebSearchToolCall
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

    _models_bound = True


@_attrs_define
class BetaTokenCountsBody:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" in self._none_flips
            else UNSET
        )

        input_: list[dict[str, Any]] | None | str | Unset
        if isinstance(_v_input_, Unset):
            input_ = UNSET
        elif isinstance(_v_input_, list):
            input_ = []
            for input_type_0_type_1_item_data in _v_input_:
                input_type_0_type_1_item: dict[str, Any]
                if (
                    isinstance(input_type_0_type_1_item_data, BetaEasyInputMessage)
                    or isinstance(input_type_0_type_1_item_data, BetaInputMessage)
                    or isinstance(input_type_0_type_1_item_data, BetaOutputMessage)
                    or isinstance(input_type_0_type_1_item_data, BetaFileSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, BetaComputerToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaComputerCallOutputItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaWebSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, BetaFunctionToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaFunctionCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaAgentMessageItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaMultiAgentCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaMultiAgentCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaToolSearchCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaToolSearchOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaAdditionalToolsItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaReasoningItem)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCompactionSummaryItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaImageGenToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCodeInterpreterToolCall
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaLocalShellToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaLocalShellToolCallOutput
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaFunctionShellCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data,
                        BetaFunctionShellCallOutputItemParam,
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaApplyPatchToolCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data,
                        BetaApplyPatchToolCallOutputItemParam,
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaMCPListTools)
                    or isinstance(input_type_0_type_1_item_data, BetaMCPApprovalRequest)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaMCPApprovalResponse
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaMCPToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCustomToolCallOutput
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaCustomToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCompactionTriggerItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaItemReferenceParam)
                    or isinstance(input_type_0_type_1_item_data, BetaProgramItemParam)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaProgramOutputItemParam
                    )
                ):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                else:
                    input_type_0_type_1_item = input_type_0_type_1_item_data
                input_.append(input_type_0_type_1_item)

        else:
            input_ = _v_input_

        _v_previous_response_id = (
            self.previous_response_id
            if self.previous_response_id is not None
            or "previous_response_id" in self._none_flips
            else UNSET
        )

        previous_response_id: None | str | Unset
        if isinstance(_v_previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = _v_previous_response_id

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(_v_tools, Unset):
            tools = UNSET
        elif isinstance(_v_tools, list):
            tools = []
            for tools_type_0_item_data in _v_tools:
                tools_type_0_item: dict[str, Any]
                if (
                    isinstance(tools_type_0_item_data, BetaFunctionTool)
                    or isinstance(tools_type_0_item_data, BetaFileSearchTool)
                    or isinstance(tools_type_0_item_data, BetaComputerTool)
                    or isinstance(tools_type_0_item_data, BetaComputerUsePreviewTool)
                    or isinstance(tools_type_0_item_data, BetaWebSearchTool)
                    or isinstance(tools_type_0_item_data, BetaMCPTool)
                    or isinstance(tools_type_0_item_data, BetaCodeInterpreterTool)
                    or isinstance(
                        tools_type_0_item_data, BetaProgrammaticToolCallingParam
                    )
                    or isinstance(tools_type_0_item_data, BetaImageGenTool)
                    or isinstance(tools_type_0_item_data, BetaLocalShellToolParam)
                    or isinstance(tools_type_0_item_data, BetaFunctionShellToolParam)
                    or isinstance(tools_type_0_item_data, BetaCustomToolParam)
                    or isinstance(tools_type_0_item_data, BetaNamespaceToolParam)
                    or isinstance(tools_type_0_item_data, BetaToolSearchToolParam)
                    or isinstance(tools_type_0_item_data, BetaWebSearchPreviewTool)
                    or isinstance(tools_type_0_item_data, BetaApplyPatchToolParam)
                ):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data
                tools.append(tools_type_0_item)

        else:
            tools = _v_tools

        _v_text = (
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        text: dict[str, Any] | None | Unset
        if isinstance(_v_text, Unset):
            text = UNSET
        elif isinstance(_v_text, BetaResponseTextParam):
            text = _v_text.to_dict()
        else:
            text = _v_text

        _v_reasoning = (
            self.reasoning
            if self.reasoning is not None or "reasoning" in self._none_flips
            else UNSET
        )

        reasoning: dict[str, Any] | None | Unset
        if isinstance(_v_reasoning, Unset):
            reasoning = UNSET
        elif isinstance(_v_reasoning, BetaReasoning):
            reasoning = _v_reasoning.to_dict()
        else:
            reasoning = _v_reasoning

        _v_truncation = (
            self.truncation
            if self.truncation is not None or "truncation" in self._none_flips
            else UNSET
        )

        if _v_truncation is None or isinstance(_v_truncation, Unset):
            truncation = _v_truncation
        else:
            truncation: str | Unset = UNSET
            if not isinstance(_v_truncation, Unset):
                truncation = _v_truncation

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" in self._none_flips
            else UNSET
        )

        instructions: None | str | Unset
        if isinstance(_v_instructions, Unset):
            instructions = UNSET
        else:
            instructions = _v_instructions

        _v_personality = (
            self.personality
            if self.personality is not None or "personality" in self._none_flips
            else UNSET
        )

        if _v_personality is None or isinstance(_v_personality, Unset):
            personality = _v_personality
        else:
            personality: str | Unset
            if isinstance(_v_personality, Unset):
                personality = UNSET
            else:
                personality = _v_personality

        _v_conversation = (
            self.conversation
            if self.conversation is not None or "conversation" in self._none_flips
            else UNSET
        )

        conversation: dict[str, Any] | None | str | Unset
        if isinstance(_v_conversation, Unset):
            conversation = UNSET
        elif isinstance(_v_conversation, BetaConversationParam2):
            conversation = _v_conversation.to_dict()
        else:
            conversation = _v_conversation

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" in self._none_flips
            else UNSET
        )

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(_v_tool_choice, Unset):
            tool_choice = UNSET
        elif (
            isinstance(_v_tool_choice, BetaToolChoiceAllowed)
            or isinstance(_v_tool_choice, BetaToolChoiceTypes)
            or isinstance(_v_tool_choice, BetaToolChoiceFunction)
            or isinstance(_v_tool_choice, BetaToolChoiceMCP)
            or isinstance(_v_tool_choice, BetaToolChoiceCustom)
            or isinstance(_v_tool_choice, BetaSpecificProgrammaticToolCallingParam)
            or isinstance(_v_tool_choice, BetaSpecificApplyPatchParam)
            or isinstance(_v_tool_choice, BetaSpecificFunctionShellParam)
        ):
            tool_choice = _v_tool_choice.to_dict()
        else:
            tool_choice = _v_tool_choice

        _v_parallel_tool_calls = (
            self.parallel_tool_calls
            if self.parallel_tool_calls is not None
            or "parallel_tool_calls" in self._none_flips
            else UNSET
        )

        parallel_tool_calls: bool | None | Unset
        if isinstance(_v_parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = _v_parallel_tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if model is not UNSET:
            field_dict["model"] = model
        if input_ is not UNSET:
            field_dict["input"] = input_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if tools is not UNSET:
            field_dict["tools"] = tools
        if text is not UNSET:
            field_dict["text"] = text
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if personality is not UNSET:
            field_dict["personality"] = personality
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            model = _parse_model(_model_raw)

        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if _input__raw is None:
                _none_flips += ("input_",)
            input_ = None

        else:

            def _parse_input_(
                data: object,
            ) -> (
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
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    input_type_0_type_1 = []
                    _input_type_0_type_1 = data
                    if not isinstance(_input_type_0_type_1, list):
                        raise TypeError()
                    for input_type_0_type_1_item_data in _input_type_0_type_1:

                        def _parse_input_type_0_type_1_item(
                            data: object,
                        ) -> (
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
                        ):
                            if isinstance(data, dict):
                                if data.get("role") == "assistant":
                                    try:
                                        componentsschemas_beta_item_type_1 = (
                                            BetaOutputMessage.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search_call":
                                    try:
                                        componentsschemas_beta_item_type_2 = (
                                            BetaFileSearchToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_call":
                                    try:
                                        componentsschemas_beta_item_type_3 = (
                                            BetaComputerToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_call_output":
                                    try:
                                        componentsschemas_beta_item_type_4 = (
                                            BetaComputerCallOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_item_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "web_search_call":
                                    try:
                                        componentsschemas_beta_item_type_5 = (
                                            BetaWebSearchToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call":
                                    try:
                                        componentsschemas_beta_item_type_6 = (
                                            BetaFunctionToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call_output":
                                    try:
                                        componentsschemas_beta_item_type_7 = (
                                            BetaFunctionCallOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_item_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "agent_message":
                                    try:
                                        componentsschemas_beta_item_type_8 = (
                                            BetaAgentMessageItemParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "multi_agent_call":
                                    try:
                                        componentsschemas_beta_item_type_9 = (
                                            BetaMultiAgentCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "multi_agent_call_output":
                                    try:
                                        componentsschemas_beta_item_type_10 = (
                                            BetaMultiAgentCallOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_item_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search_call":
                                    try:
                                        componentsschemas_beta_item_type_11 = (
                                            BetaToolSearchCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search_output":
                                    try:
                                        componentsschemas_beta_item_type_12 = (
                                            BetaToolSearchOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_item_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "additional_tools":
                                    try:
                                        componentsschemas_beta_item_type_13 = (
                                            BetaAdditionalToolsItemParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("role") == "developer":
                                    try:
                                        componentsschemas_beta_item_type_13 = (
                                            BetaAdditionalToolsItemParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "reasoning":
                                    try:
                                        componentsschemas_beta_item_type_14 = (
                                            BetaReasoningItem.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_14
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "compaction":
                                    try:
                                        componentsschemas_beta_item_type_15 = (
                                            BetaCompactionSummaryItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_item_type_15
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation_call":
                                    try:
                                        componentsschemas_beta_item_type_16 = (
                                            BetaImageGenToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_16
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter_call":
                                    try:
                                        componentsschemas_beta_item_type_17 = (
                                            BetaCodeInterpreterToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_17
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell_call":
                                    try:
                                        componentsschemas_beta_item_type_18 = (
                                            BetaLocalShellToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_18
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell_call_output":
                                    try:
                                        componentsschemas_beta_item_type_19 = (
                                            BetaLocalShellToolCallOutput.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_19
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell_call":
                                    try:
                                        componentsschemas_beta_item_type_20 = (
                                            BetaFunctionShellCallItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_item_type_20
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell_call_output":
                                    try:
                                        componentsschemas_beta_item_type_21 = BetaFunctionShellCallOutputItemParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_item_type_21
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch_call":
                                    try:
                                        componentsschemas_beta_item_type_22 = (
                                            BetaApplyPatchToolCallItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_item_type_22
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch_call_output":
                                    try:
                                        componentsschemas_beta_item_type_23 = BetaApplyPatchToolCallOutputItemParam.from_dict(
                                            data
                                        )

                                        return componentsschemas_beta_item_type_23
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_list_tools":
                                    try:
                                        componentsschemas_beta_item_type_24 = (
                                            BetaMCPListTools.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_24
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_request":
                                    try:
                                        componentsschemas_beta_item_type_25 = (
                                            BetaMCPApprovalRequest.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_25
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_response":
                                    try:
                                        componentsschemas_beta_item_type_26 = (
                                            BetaMCPApprovalResponse.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_26
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_call":
                                    try:
                                        componentsschemas_beta_item_type_27 = (
                                            BetaMCPToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_27
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom_tool_call_output":
                                    try:
                                        componentsschemas_beta_item_type_28 = (
                                            BetaCustomToolCallOutput.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_28
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom_tool_call":
                                    try:
                                        componentsschemas_beta_item_type_29 = (
                                            BetaCustomToolCall.from_dict(data)
                                        )

                                        return componentsschemas_beta_item_type_29
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "compaction_trigger":
                                    try:
                                        componentsschemas_beta_input_item_type_2 = (
                                            BetaCompactionTriggerItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_input_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "program":
                                    try:
                                        componentsschemas_beta_input_item_type_4 = (
                                            BetaProgramItemParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_input_item_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "program_output":
                                    try:
                                        componentsschemas_beta_input_item_type_5 = (
                                            BetaProgramOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_input_item_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass

                            if not strict_parsing.get():
                                strictly = strict_parsing.set(True)
                                try:
                                    return _parse_input_type_0_type_1_item(data)
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "content",
                                            "phase",
                                            "role",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "content",
                                            "role",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "content",
                                            "id",
                                            "phase",
                                            "role",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "id",
                                            "queries",
                                            "results",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "actions",
                                            "agent",
                                            "call_id",
                                            "id",
                                            "pending_safety_checks",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "acknowledged_safety_checks",
                                            "agent",
                                            "call_id",
                                            "id",
                                            "output",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "agent",
                                            "id",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "arguments",
                                            "call_id",
                                            "caller",
                                            "id",
                                            "name",
                                            "namespace",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "caller",
                                            "id",
                                            "name",
                                            "namespace",
                                            "output",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "author",
                                            "content",
                                            "id",
                                            "recipient",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "agent",
                                            "arguments",
                                            "call_id",
                                            "id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "agent",
                                            "call_id",
                                            "id",
                                            "output",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "arguments",
                                            "call_id",
                                            "execution",
                                            "id",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "execution",
                                            "id",
                                            "status",
                                            "tools",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "id",
                                            "role",
                                            "tools",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "content",
                                            "encrypted_content",
                                            "id",
                                            "status",
                                            "summary",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "encrypted_content",
                                            "id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "id",
                                            "result",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "code",
                                            "container_id",
                                            "id",
                                            "outputs",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "agent",
                                            "call_id",
                                            "id",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "id",
                                            "output",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "agent",
                                            "call_id",
                                            "caller",
                                            "environment",
                                            "id",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "caller",
                                            "id",
                                            "max_output_length",
                                            "output",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "caller",
                                            "id",
                                            "operation",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "caller",
                                            "id",
                                            "output",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "error",
                                            "id",
                                            "server_label",
                                            "tools",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "arguments",
                                            "id",
                                            "name",
                                            "server_label",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "approval_request_id",
                                            "approve",
                                            "id",
                                            "reason",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "approval_request_id",
                                            "arguments",
                                            "error",
                                            "id",
                                            "name",
                                            "output",
                                            "server_label",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "caller",
                                            "id",
                                            "output",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "caller",
                                            "id",
                                            "input",
                                            "name",
                                            "namespace",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "code",
                                            "fingerprint",
                                            "id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "agent",
                                            "call_id",
                                            "id",
                                            "result",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "message") not in (
                                    "message",
                                ) or data.get("role", "user") not in (
                                    "user",
                                    "assistant",
                                    "system",
                                    "developer",
                                ):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                componentsschemas_beta_input_item_type_0 = (
                                    BetaEasyInputMessage.from_dict(data)
                                )

                                return componentsschemas_beta_input_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "message") not in (
                                    "message",
                                ) or data.get("role", "user") not in (
                                    "user",
                                    "system",
                                    "developer",
                                ):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_0 = (
                                    BetaInputMessage.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "message") not in (
                                    "message",
                                ) or data.get("role", "assistant") not in (
                                    "assistant",
                                ):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_1 = (
                                    BetaOutputMessage.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "file_search_call") not in (
                                    "file_search_call",
                                ):
                                    raise TypeError()
                                if _fits[3] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_2 = (
                                    BetaFileSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer_call") not in (
                                    "computer_call",
                                ):
                                    raise TypeError()
                                if _fits[4] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_3 = (
                                    BetaComputerToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer_call_output") not in (
                                    "computer_call_output",
                                ):
                                    raise TypeError()
                                if _fits[5] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_4 = (
                                    BetaComputerCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "web_search_call") not in (
                                    "web_search_call",
                                ):
                                    raise TypeError()
                                if _fits[6] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_5 = (
                                    BetaWebSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "function_call") not in (
                                    "function_call",
                                ):
                                    raise TypeError()
                                if _fits[7] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_6 = (
                                    BetaFunctionToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "function_call_output") not in (
                                    "function_call_output",
                                ):
                                    raise TypeError()
                                if _fits[8] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_7 = (
                                    BetaFunctionCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "agent_message") not in (
                                    "agent_message",
                                ):
                                    raise TypeError()
                                if _fits[9] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_8 = (
                                    BetaAgentMessageItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "multi_agent_call") not in (
                                    "multi_agent_call",
                                ):
                                    raise TypeError()
                                if _fits[10] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_9 = (
                                    BetaMultiAgentCallItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "multi_agent_call_output") not in (
                                    "multi_agent_call_output",
                                ):
                                    raise TypeError()
                                if _fits[11] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_10 = (
                                    BetaMultiAgentCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "tool_search_call") not in (
                                    "tool_search_call",
                                ):
                                    raise TypeError()
                                if _fits[12] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_11 = (
                                    BetaToolSearchCallItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "tool_search_output") not in (
                                    "tool_search_output",
                                ):
                                    raise TypeError()
                                if _fits[13] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_12 = (
                                    BetaToolSearchOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_12
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "additional_tools") not in (
                                    "additional_tools",
                                ) or data.get("role", "developer") not in (
                                    "developer",
                                ):
                                    raise TypeError()
                                if _fits[14] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_13 = (
                                    BetaAdditionalToolsItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_13
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "reasoning") not in ("reasoning",):
                                    raise TypeError()
                                if _fits[15] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_14 = (
                                    BetaReasoningItem.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_14
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "compaction") not in (
                                    "compaction",
                                ):
                                    raise TypeError()
                                if _fits[16] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_15 = (
                                    BetaCompactionSummaryItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_generation_call") not in (
                                    "image_generation_call",
                                ):
                                    raise TypeError()
                                if _fits[17] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_16 = (
                                    BetaImageGenToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_16
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "code_interpreter_call") not in (
                                    "code_interpreter_call",
                                ):
                                    raise TypeError()
                                if _fits[18] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_17 = (
                                    BetaCodeInterpreterToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_17
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "local_shell_call") not in (
                                    "local_shell_call",
                                ):
                                    raise TypeError()
                                if _fits[19] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_18 = (
                                    BetaLocalShellToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_18
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "local_shell_call_output") not in (
                                    "local_shell_call_output",
                                ):
                                    raise TypeError()
                                if _fits[20] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_19 = (
                                    BetaLocalShellToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_19
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell_call") not in (
                                    "shell_call",
                                ):
                                    raise TypeError()
                                if _fits[21] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_20 = (
                                    BetaFunctionShellCallItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_20
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell_call_output") not in (
                                    "shell_call_output",
                                ):
                                    raise TypeError()
                                if _fits[22] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_21 = (
                                    BetaFunctionShellCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_21
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "apply_patch_call") not in (
                                    "apply_patch_call",
                                ):
                                    raise TypeError()
                                if _fits[23] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_22 = (
                                    BetaApplyPatchToolCallItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_22
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "apply_patch_call_output") not in (
                                    "apply_patch_call_output",
                                ):
                                    raise TypeError()
                                if _fits[24] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_23 = (
                                    BetaApplyPatchToolCallOutputItemParam.from_dict(
                                        data
                                    )
                                )

                                return componentsschemas_beta_item_type_23
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_list_tools") not in (
                                    "mcp_list_tools",
                                ):
                                    raise TypeError()
                                if _fits[25] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_24 = (
                                    BetaMCPListTools.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_24
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_approval_request") not in (
                                    "mcp_approval_request",
                                ):
                                    raise TypeError()
                                if _fits[26] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_25 = (
                                    BetaMCPApprovalRequest.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_25
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_approval_response") not in (
                                    "mcp_approval_response",
                                ):
                                    raise TypeError()
                                if _fits[27] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_26 = (
                                    BetaMCPApprovalResponse.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_26
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_call") not in ("mcp_call",):
                                    raise TypeError()
                                if _fits[28] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_27 = (
                                    BetaMCPToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_27
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom_tool_call_output") not in (
                                    "custom_tool_call_output",
                                ):
                                    raise TypeError()
                                if _fits[29] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_28 = (
                                    BetaCustomToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_28
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom_tool_call") not in (
                                    "custom_tool_call",
                                ):
                                    raise TypeError()
                                if _fits[30] < _most:
                                    raise TypeError()
                                componentsschemas_beta_item_type_29 = (
                                    BetaCustomToolCall.from_dict(data)
                                )

                                return componentsschemas_beta_item_type_29
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "compaction_trigger") not in (
                                    "compaction_trigger",
                                ):
                                    raise TypeError()
                                if _fits[31] < _most:
                                    raise TypeError()
                                componentsschemas_beta_input_item_type_2 = (
                                    BetaCompactionTriggerItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_input_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if _fits[32] < _most:
                                    raise TypeError()
                                componentsschemas_beta_input_item_type_3 = (
                                    BetaItemReferenceParam.from_dict(data)
                                )

                                return componentsschemas_beta_input_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "program") not in ("program",):
                                    raise TypeError()
                                if _fits[33] < _most:
                                    raise TypeError()
                                componentsschemas_beta_input_item_type_4 = (
                                    BetaProgramItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_input_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "program_output") not in (
                                    "program_output",
                                ):
                                    raise TypeError()
                                if _fits[34] < _most:
                                    raise TypeError()
                                componentsschemas_beta_input_item_type_5 = (
                                    BetaProgramOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_beta_input_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
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
                                | BetaWebSearchToolCall,
                                data,
                            )

                        input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                            input_type_0_type_1_item_data
                        )

                        input_type_0_type_1.append(input_type_0_type_1_item)

                    return input_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
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
                    | Unset,
                    data,
                )

            input_ = _parse_input_(_input__raw)

        _previous_response_id_raw = d.pop("previous_response_id", UNSET)
        if _previous_response_id_raw is None or isinstance(
            _previous_response_id_raw, Unset
        ):
            if _previous_response_id_raw is None:
                _none_flips += ("previous_response_id",)
            previous_response_id = None

        else:

            def _parse_previous_response_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            previous_response_id = _parse_previous_response_id(
                _previous_response_id_raw
            )

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:

            def _parse_tools(
                data: object,
            ) -> (
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
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tools_type_0 = []
                    _tools_type_0 = data
                    if not isinstance(_tools_type_0, list):
                        raise TypeError()
                    for tools_type_0_item_data in _tools_type_0:

                        def _parse_tools_type_0_item(
                            data: object,
                        ) -> (
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
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "function":
                                    try:
                                        componentsschemas_beta_tool_type_0 = (
                                            BetaFunctionTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search":
                                    try:
                                        componentsschemas_beta_tool_type_1 = (
                                            BetaFileSearchTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer":
                                    try:
                                        componentsschemas_beta_tool_type_2 = (
                                            BetaComputerTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_use_preview":
                                    try:
                                        componentsschemas_beta_tool_type_3 = (
                                            BetaComputerUsePreviewTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp":
                                    try:
                                        componentsschemas_beta_tool_type_5 = (
                                            BetaMCPTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter":
                                    try:
                                        componentsschemas_beta_tool_type_6 = (
                                            BetaCodeInterpreterTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "programmatic_tool_calling":
                                    try:
                                        componentsschemas_beta_tool_type_7 = (
                                            BetaProgrammaticToolCallingParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_tool_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation":
                                    try:
                                        componentsschemas_beta_tool_type_8 = (
                                            BetaImageGenTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell":
                                    try:
                                        componentsschemas_beta_tool_type_9 = (
                                            BetaLocalShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell":
                                    try:
                                        componentsschemas_beta_tool_type_10 = (
                                            BetaFunctionShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom":
                                    try:
                                        componentsschemas_beta_tool_type_11 = (
                                            BetaCustomToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "namespace":
                                    try:
                                        componentsschemas_beta_tool_type_12 = (
                                            BetaNamespaceToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search":
                                    try:
                                        componentsschemas_beta_tool_type_13 = (
                                            BetaToolSearchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch":
                                    try:
                                        componentsschemas_beta_tool_type_15 = (
                                            BetaApplyPatchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_15
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass

                            if not strict_parsing.get():
                                strictly = strict_parsing.set(True)
                                try:
                                    return _parse_tools_type_0_item(data)
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "allowed_callers",
                                            "defer_loading",
                                            "description",
                                            "name",
                                            "output_schema",
                                            "parameters",
                                            "strict",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "filters",
                                            "max_num_results",
                                            "ranking_options",
                                            "type",
                                            "vector_store_ids",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "display_height",
                                            "display_width",
                                            "environment",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "external_web_access",
                                            "filters",
                                            "search_context_size",
                                            "type",
                                            "user_location",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "allowed_tools",
                                            "authorization",
                                            "connector_id",
                                            "defer_loading",
                                            "headers",
                                            "require_approval",
                                            "server_description",
                                            "server_label",
                                            "server_url",
                                            "tunnel_id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "container",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "background",
                                            "input_fidelity",
                                            "input_image_mask",
                                            "model",
                                            "moderation",
                                            "output_compression",
                                            "output_format",
                                            "partial_images",
                                            "quality",
                                            "size",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "environment",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "defer_loading",
                                            "description",
                                            "format",
                                            "name",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "description",
                                            "name",
                                            "tools",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "description",
                                            "execution",
                                            "parameters",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "search_content_types",
                                            "search_context_size",
                                            "type",
                                            "user_location",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "function") not in ("function",):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_0 = (
                                    BetaFunctionTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "file_search") not in (
                                    "file_search",
                                ):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_1 = (
                                    BetaFileSearchTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer") not in ("computer",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_2 = (
                                    BetaComputerTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer_use_preview") not in (
                                    "computer_use_preview",
                                ):
                                    raise TypeError()
                                if _fits[3] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_3 = (
                                    BetaComputerUsePreviewTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "web_search") not in (
                                    "web_search",
                                    "web_search_2025_08_26",
                                ):
                                    raise TypeError()
                                if _fits[4] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_4 = (
                                    BetaWebSearchTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp") not in ("mcp",):
                                    raise TypeError()
                                if _fits[5] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_5 = (
                                    BetaMCPTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "code_interpreter") not in (
                                    "code_interpreter",
                                ):
                                    raise TypeError()
                                if _fits[6] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_6 = (
                                    BetaCodeInterpreterTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get(
                                    "type", "programmatic_tool_calling"
                                ) not in ("programmatic_tool_calling",):
                                    raise TypeError()
                                if _fits[7] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_7 = (
                                    BetaProgrammaticToolCallingParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_generation") not in (
                                    "image_generation",
                                ):
                                    raise TypeError()
                                if _fits[8] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_8 = (
                                    BetaImageGenTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "local_shell") not in (
                                    "local_shell",
                                ):
                                    raise TypeError()
                                if _fits[9] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_9 = (
                                    BetaLocalShellToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell") not in ("shell",):
                                    raise TypeError()
                                if _fits[10] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_10 = (
                                    BetaFunctionShellToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom") not in ("custom",):
                                    raise TypeError()
                                if _fits[11] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_11 = (
                                    BetaCustomToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "namespace") not in ("namespace",):
                                    raise TypeError()
                                if _fits[12] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_12 = (
                                    BetaNamespaceToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_12
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "tool_search") not in (
                                    "tool_search",
                                ):
                                    raise TypeError()
                                if _fits[13] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_13 = (
                                    BetaToolSearchToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_13
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "web_search_preview") not in (
                                    "web_search_preview",
                                    "web_search_preview_2025_03_11",
                                ):
                                    raise TypeError()
                                if _fits[14] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_14 = (
                                    BetaWebSearchPreviewTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_14
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "apply_patch") not in (
                                    "apply_patch",
                                ):
                                    raise TypeError()
                                if _fits[15] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_15 = (
                                    BetaApplyPatchToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
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
                                | BetaWebSearchTool,
                                data,
                            )

                        tools_type_0_item = _parse_tools_type_0_item(
                            tools_type_0_item_data
                        )

                        tools_type_0.append(tools_type_0_item)

                    return tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
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
                    | Unset,
                    data,
                )

            tools = _parse_tools(_tools_raw)

        _text_raw = d.pop("text", UNSET)
        if _text_raw is None or isinstance(_text_raw, Unset):
            if _text_raw is None:
                _none_flips += ("text",)
            text = None

        else:

            def _parse_text(data: object) -> BetaResponseTextParam | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    text_type_0 = BetaResponseTextParam.from_dict(data)

                    return text_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaResponseTextParam | None | Unset, data)

            text = _parse_text(_text_raw)

        _reasoning_raw = d.pop("reasoning", UNSET)
        if _reasoning_raw is None or isinstance(_reasoning_raw, Unset):
            if _reasoning_raw is None:
                _none_flips += ("reasoning",)
            reasoning = None

        else:

            def _parse_reasoning(data: object) -> BetaReasoning | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    reasoning_type_0 = BetaReasoning.from_dict(data)

                    return reasoning_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaReasoning | None | Unset, data)

            reasoning = _parse_reasoning(_reasoning_raw)

        _truncation_raw = d.pop("truncation", UNSET)
        if _truncation_raw is None or isinstance(_truncation_raw, Unset):
            if _truncation_raw is None and strict_parsing.get():
                raise TypeError("truncation")

            if _truncation_raw is None:
                _none_flips += ("truncation",)
            truncation = None

        else:
            _truncation = _truncation_raw
            truncation: BetaTruncationEnum | Unset
            if isinstance(_truncation, Unset):
                truncation = UNSET
            else:
                truncation = check_beta_truncation_enum(_truncation)

        _instructions_raw = d.pop("instructions", UNSET)
        if _instructions_raw is None or isinstance(_instructions_raw, Unset):
            if _instructions_raw is None:
                _none_flips += ("instructions",)
            instructions = None

        else:

            def _parse_instructions(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            instructions = _parse_instructions(_instructions_raw)

        _personality_raw = d.pop("personality", UNSET)
        if _personality_raw is None or isinstance(_personality_raw, Unset):
            if _personality_raw is None and strict_parsing.get():
                raise TypeError("personality")

            if _personality_raw is None:
                _none_flips += ("personality",)
            personality = None

        else:

            def _parse_personality(
                data: object,
            ) -> BetaPersonalityEnumType1 | str | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_beta_personality_enum_type_1 = (
                        check_beta_personality_enum_type_1(data)
                    )

                    return componentsschemas_beta_personality_enum_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaPersonalityEnumType1 | str | Unset, data)

            personality = _parse_personality(_personality_raw)

        _conversation_raw = d.pop("conversation", UNSET)
        if _conversation_raw is None or isinstance(_conversation_raw, Unset):
            if _conversation_raw is None:
                _none_flips += ("conversation",)
            conversation = None

        else:

            def _parse_conversation(
                data: object,
            ) -> BetaConversationParam2 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_beta_conversation_param_type_1 = (
                        BetaConversationParam2.from_dict(data)
                    )

                    return componentsschemas_beta_conversation_param_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaConversationParam2 | None | str | Unset, data)

            conversation = _parse_conversation(_conversation_raw)

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if _tool_choice_raw is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:

            def _parse_tool_choice(
                data: object,
            ) -> (
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
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "allowed_tools":
                        try:
                            componentsschemas_beta_tool_choice_param_type_1 = (
                                BetaToolChoiceAllowed.from_dict(data)
                            )

                            return componentsschemas_beta_tool_choice_param_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "function":
                        try:
                            componentsschemas_beta_tool_choice_param_type_3 = (
                                BetaToolChoiceFunction.from_dict(data)
                            )

                            return componentsschemas_beta_tool_choice_param_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "mcp":
                        try:
                            componentsschemas_beta_tool_choice_param_type_4 = (
                                BetaToolChoiceMCP.from_dict(data)
                            )

                            return componentsschemas_beta_tool_choice_param_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "custom":
                        try:
                            componentsschemas_beta_tool_choice_param_type_5 = (
                                BetaToolChoiceCustom.from_dict(data)
                            )

                            return componentsschemas_beta_tool_choice_param_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "programmatic_tool_calling":
                        try:
                            componentsschemas_beta_tool_choice_param_type_6 = (
                                BetaSpecificProgrammaticToolCallingParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_choice_param_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "apply_patch":
                        try:
                            componentsschemas_beta_tool_choice_param_type_7 = (
                                BetaSpecificApplyPatchParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_choice_param_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "shell":
                        try:
                            componentsschemas_beta_tool_choice_param_type_8 = (
                                BetaSpecificFunctionShellParam.from_dict(data)
                            )

                            return componentsschemas_beta_tool_choice_param_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_tool_choice(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                if isinstance(data, dict):
                    _fits = (
                        len(
                            {
                                "mode",
                                "tools",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "name",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "name",
                                "server_label",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "name",
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "type",
                            }.intersection(data)
                        ),
                    )
                else:
                    _fits = (
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                        0,
                    )
                _most = max(_fits)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_0 = (
                        check_beta_tool_choice_options(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "allowed_tools") not in ("allowed_tools",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_1 = (
                        BetaToolChoiceAllowed.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "file_search") not in (
                        "file_search",
                        "web_search_preview",
                        "computer",
                        "computer_use_preview",
                        "computer_use",
                        "web_search_preview_2025_03_11",
                        "image_generation",
                        "code_interpreter",
                    ):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_2 = (
                        BetaToolChoiceTypes.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "function") not in ("function",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_3 = (
                        BetaToolChoiceFunction.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "mcp") not in ("mcp",):
                        raise TypeError()
                    if _fits[3] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_4 = (
                        BetaToolChoiceMCP.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "custom") not in ("custom",):
                        raise TypeError()
                    if _fits[4] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_5 = (
                        BetaToolChoiceCustom.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "programmatic_tool_calling") not in (
                        "programmatic_tool_calling",
                    ):
                        raise TypeError()
                    if _fits[5] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_6 = (
                        BetaSpecificProgrammaticToolCallingParam.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "apply_patch") not in ("apply_patch",):
                        raise TypeError()
                    if _fits[6] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_7 = (
                        BetaSpecificApplyPatchParam.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "shell") not in ("shell",):
                        raise TypeError()
                    if _fits[7] < _most:
                        raise TypeError()
                    componentsschemas_beta_tool_choice_param_type_8 = (
                        BetaSpecificFunctionShellParam.from_dict(data)
                    )

                    return componentsschemas_beta_tool_choice_param_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
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
                    | Unset,
                    data,
                )

            tool_choice = _parse_tool_choice(_tool_choice_raw)

        _parallel_tool_calls_raw = d.pop("parallel_tool_calls", UNSET)
        if _parallel_tool_calls_raw is None or isinstance(
            _parallel_tool_calls_raw, Unset
        ):
            if _parallel_tool_calls_raw is None:
                _none_flips += ("parallel_tool_calls",)
            parallel_tool_calls = None

        else:

            def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            parallel_tool_calls = _parse_parallel_tool_calls(_parallel_tool_calls_raw)

        beta_token_counts_body = cls(
            model=model,
            input_=input_,
            previous_response_id=previous_response_id,
            tools=tools,
            text=text,
            reasoning=reasoning,
            truncation=truncation,
            instructions=instructions,
            personality=personality,
            conversation=conversation,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
        )
        if _none_flips:
            beta_token_counts_body._none_flips = _none_flips

        beta_token_counts_body.additional_properties = d
        return beta_token_counts_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
