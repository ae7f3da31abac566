from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.personality_enum_type_1 import (
    PersonalityEnumType1,
    check_personality_enum_type_1,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.truncation_enum import TruncationEnum, check_truncation_enum
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
    )
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.conversation_param_2 import ConversationParam2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
    )
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_text_param import ResponseTextParam
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall


T = TypeVar("T", bound="TokenCountsBody")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AdditionalToolsItemParam, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutputItemParam, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        CodeInterpreterToolCall, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerTool, \
        ComputerToolCall, \
        ComputerUsePreviewTool, \
        ConversationParam2, \
        CustomToolCall, \
        CustomToolCallOutput, \
        CustomToolParam, \
        EasyInputMessage, \
        FileSearchTool, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutputItemParam, \
        FunctionShellToolParam, \
        FunctionTool, \
        FunctionToolCall, \
        ImageGenTool, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        LocalShellToolParam, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPListTools, \
        MCPTool, \
        MCPToolCall, \
        NamespaceToolParam, \
        OutputMessage, \
        ProgramItemParam, \
        ProgramOutputItemParam, \
        ProgrammaticToolCallingParam, \
        Reasoning, \
        ReasoningItem, \
        ResponseTextParam, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        SpecificProgrammaticToolCallingParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchCallItemParam, \
        ToolSearchOutputItemParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool, \
        WebSearchToolCall
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
    )
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.conversation_param_2 import ConversationParam2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
    )
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_text_param import ResponseTextParam
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall

    _models_bound = True


@_attrs_define
class TokenCountsBody:
    """Request to count the input tokens a Responses call would use, without generating anything."""

    model: None | str = None
    """ Model whose tokenizer and context rules apply, e.g. `gpt-4o`. """
    input_: (
        list[
            AdditionalToolsItemParam
            | ApplyPatchToolCallItemParam
            | ApplyPatchToolCallOutputItemParam
            | CodeInterpreterToolCall
            | CompactionSummaryItemParam
            | CompactionTriggerItemParam
            | ComputerCallOutputItemParam
            | ComputerToolCall
            | CustomToolCall
            | CustomToolCallOutput
            | EasyInputMessage
            | FileSearchToolCall
            | FunctionCallOutputItemParam
            | FunctionShellCallItemParam
            | FunctionShellCallOutputItemParam
            | FunctionToolCall
            | ImageGenToolCall
            | InputMessage
            | ItemReferenceParam
            | LocalShellToolCall
            | LocalShellToolCallOutput
            | MCPApprovalRequest
            | MCPApprovalResponse
            | MCPListTools
            | MCPToolCall
            | OutputMessage
            | ProgramItemParam
            | ProgramOutputItemParam
            | ReasoningItem
            | ToolSearchCallItemParam
            | ToolSearchOutputItemParam
            | WebSearchToolCall
        ]
        | None
        | str
    ) = None
    """ Input to count: a string or a list of input items, as in a Responses request. """
    previous_response_id: None | str = None
    """ Earlier response whose context is counted too; cannot be combined with `conversation`. """
    tools: (
        list[
            ApplyPatchToolParam
            | CodeInterpreterTool
            | ComputerTool
            | ComputerUsePreviewTool
            | CustomToolParam
            | FileSearchTool
            | FunctionShellToolParam
            | FunctionTool
            | ImageGenTool
            | LocalShellToolParam
            | MCPTool
            | NamespaceToolParam
            | ProgrammaticToolCallingParam
            | ToolSearchToolParam
            | WebSearchPreviewTool
            | WebSearchTool
        ]
        | None
    ) = None
    """ Tool definitions to include in the count. """
    text: None | ResponseTextParam = None
    """ Text output settings (format, verbosity) to include in the count. """
    reasoning: None | Reasoning = None
    """ Reasoning settings, for gpt-5 and o-series models. """
    truncation: TruncationEnum | None = None
    """ What to do when input exceeds the context window: `auto` drops the oldest items, `disabled` fails the
    request. """
    instructions: None | str = None
    """ System or developer message to include in the count. """
    personality: PersonalityEnumType1 | str | None = None
    """ Style preset owned by the model, such as `friendly` or `pragmatic`; more values may appear. """
    conversation: ConversationParam2 | None | str = None
    """ Conversation whose items are prepended to the input before counting. """
    tool_choice: (
        None
        | SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | SpecificProgrammaticToolCallingParam
        | ToolChoiceAllowed
        | ToolChoiceCustom
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceOptions
        | ToolChoiceTypes
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
                    isinstance(input_type_0_type_1_item_data, EasyInputMessage)
                    or isinstance(input_type_0_type_1_item_data, InputMessage)
                    or isinstance(input_type_0_type_1_item_data, OutputMessage)
                    or isinstance(input_type_0_type_1_item_data, FileSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, ComputerToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, ComputerCallOutputItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, WebSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, FunctionToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, FunctionCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ToolSearchCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ToolSearchOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, AdditionalToolsItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, ReasoningItem)
                    or isinstance(
                        input_type_0_type_1_item_data, CompactionSummaryItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, ImageGenToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, CodeInterpreterToolCall
                    )
                    or isinstance(input_type_0_type_1_item_data, LocalShellToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, LocalShellToolCallOutput
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, FunctionShellCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, FunctionShellCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ApplyPatchToolCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ApplyPatchToolCallOutputItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, MCPListTools)
                    or isinstance(input_type_0_type_1_item_data, MCPApprovalRequest)
                    or isinstance(input_type_0_type_1_item_data, MCPApprovalResponse)
                    or isinstance(input_type_0_type_1_item_data, MCPToolCall)
                    or isinstance(input_type_0_type_1_item_data, CustomToolCallOutput)
                    or isinstance(input_type_0_type_1_item_data, CustomToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, CompactionTriggerItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, ItemReferenceParam)
                    or isinstance(input_type_0_type_1_item_data, ProgramItemParam)
                    or isinstance(input_type_0_type_1_item_data, ProgramOutputItemParam)
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
                    isinstance(tools_type_0_item_data, FunctionTool)
                    or isinstance(tools_type_0_item_data, FileSearchTool)
                    or isinstance(tools_type_0_item_data, ComputerTool)
                    or isinstance(tools_type_0_item_data, ComputerUsePreviewTool)
                    or isinstance(tools_type_0_item_data, WebSearchTool)
                    or isinstance(tools_type_0_item_data, MCPTool)
                    or isinstance(tools_type_0_item_data, CodeInterpreterTool)
                    or isinstance(tools_type_0_item_data, ProgrammaticToolCallingParam)
                    or isinstance(tools_type_0_item_data, ImageGenTool)
                    or isinstance(tools_type_0_item_data, LocalShellToolParam)
                    or isinstance(tools_type_0_item_data, FunctionShellToolParam)
                    or isinstance(tools_type_0_item_data, CustomToolParam)
                    or isinstance(tools_type_0_item_data, NamespaceToolParam)
                    or isinstance(tools_type_0_item_data, ToolSearchToolParam)
                    or isinstance(tools_type_0_item_data, WebSearchPreviewTool)
                    or isinstance(tools_type_0_item_data, ApplyPatchToolParam)
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
        elif isinstance(_v_text, ResponseTextParam):
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
        elif isinstance(_v_reasoning, Reasoning):
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
        elif isinstance(_v_conversation, ConversationParam2):
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
            isinstance(_v_tool_choice, ToolChoiceAllowed)
            or isinstance(_v_tool_choice, ToolChoiceTypes)
            or isinstance(_v_tool_choice, ToolChoiceFunction)
            or isinstance(_v_tool_choice, ToolChoiceMCP)
            or isinstance(_v_tool_choice, ToolChoiceCustom)
            or isinstance(_v_tool_choice, SpecificProgrammaticToolCallingParam)
            or isinstance(_v_tool_choice, SpecificApplyPatchParam)
            or isinstance(_v_tool_choice, SpecificFunctionShellParam)
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
                    AdditionalToolsItemParam
                    | ApplyPatchToolCallItemParam
                    | ApplyPatchToolCallOutputItemParam
                    | CodeInterpreterToolCall
                    | CompactionSummaryItemParam
                    | CompactionTriggerItemParam
                    | ComputerCallOutputItemParam
                    | ComputerToolCall
                    | CustomToolCall
                    | CustomToolCallOutput
                    | EasyInputMessage
                    | FileSearchToolCall
                    | FunctionCallOutputItemParam
                    | FunctionShellCallItemParam
                    | FunctionShellCallOutputItemParam
                    | FunctionToolCall
                    | ImageGenToolCall
                    | InputMessage
                    | ItemReferenceParam
                    | LocalShellToolCall
                    | LocalShellToolCallOutput
                    | MCPApprovalRequest
                    | MCPApprovalResponse
                    | MCPListTools
                    | MCPToolCall
                    | OutputMessage
                    | ProgramItemParam
                    | ProgramOutputItemParam
                    | ReasoningItem
                    | ToolSearchCallItemParam
                    | ToolSearchOutputItemParam
                    | WebSearchToolCall
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
                            AdditionalToolsItemParam
                            | ApplyPatchToolCallItemParam
                            | ApplyPatchToolCallOutputItemParam
                            | CodeInterpreterToolCall
                            | CompactionSummaryItemParam
                            | CompactionTriggerItemParam
                            | ComputerCallOutputItemParam
                            | ComputerToolCall
                            | CustomToolCall
                            | CustomToolCallOutput
                            | EasyInputMessage
                            | FileSearchToolCall
                            | FunctionCallOutputItemParam
                            | FunctionShellCallItemParam
                            | FunctionShellCallOutputItemParam
                            | FunctionToolCall
                            | ImageGenToolCall
                            | InputMessage
                            | ItemReferenceParam
                            | LocalShellToolCall
                            | LocalShellToolCallOutput
                            | MCPApprovalRequest
                            | MCPApprovalResponse
                            | MCPListTools
                            | MCPToolCall
                            | OutputMessage
                            | ProgramItemParam
                            | ProgramOutputItemParam
                            | ReasoningItem
                            | ToolSearchCallItemParam
                            | ToolSearchOutputItemParam
                            | WebSearchToolCall
                        ):
                            if isinstance(data, dict):
                                if data.get("role") == "assistant":
                                    try:
                                        componentsschemas_item_type_1 = (
                                            OutputMessage.from_dict(data)
                                        )

                                        return componentsschemas_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search_call":
                                    try:
                                        componentsschemas_item_type_2 = (
                                            FileSearchToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_call":
                                    try:
                                        componentsschemas_item_type_3 = (
                                            ComputerToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_call_output":
                                    try:
                                        componentsschemas_item_type_4 = (
                                            ComputerCallOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "web_search_call":
                                    try:
                                        componentsschemas_item_type_5 = (
                                            WebSearchToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call":
                                    try:
                                        componentsschemas_item_type_6 = (
                                            FunctionToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call_output":
                                    try:
                                        componentsschemas_item_type_7 = (
                                            FunctionCallOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search_call":
                                    try:
                                        componentsschemas_item_type_8 = (
                                            ToolSearchCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search_output":
                                    try:
                                        componentsschemas_item_type_9 = (
                                            ToolSearchOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "additional_tools":
                                    try:
                                        componentsschemas_item_type_10 = (
                                            AdditionalToolsItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("role") == "developer":
                                    try:
                                        componentsschemas_item_type_10 = (
                                            AdditionalToolsItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "reasoning":
                                    try:
                                        componentsschemas_item_type_11 = (
                                            ReasoningItem.from_dict(data)
                                        )

                                        return componentsschemas_item_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "compaction":
                                    try:
                                        componentsschemas_item_type_12 = (
                                            CompactionSummaryItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation_call":
                                    try:
                                        componentsschemas_item_type_13 = (
                                            ImageGenToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter_call":
                                    try:
                                        componentsschemas_item_type_14 = (
                                            CodeInterpreterToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_14
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell_call":
                                    try:
                                        componentsschemas_item_type_15 = (
                                            LocalShellToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_15
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell_call_output":
                                    try:
                                        componentsschemas_item_type_16 = (
                                            LocalShellToolCallOutput.from_dict(data)
                                        )

                                        return componentsschemas_item_type_16
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell_call":
                                    try:
                                        componentsschemas_item_type_17 = (
                                            FunctionShellCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_17
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell_call_output":
                                    try:
                                        componentsschemas_item_type_18 = (
                                            FunctionShellCallOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_item_type_18
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch_call":
                                    try:
                                        componentsschemas_item_type_19 = (
                                            ApplyPatchToolCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_19
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch_call_output":
                                    try:
                                        componentsschemas_item_type_20 = (
                                            ApplyPatchToolCallOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_item_type_20
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_list_tools":
                                    try:
                                        componentsschemas_item_type_21 = (
                                            MCPListTools.from_dict(data)
                                        )

                                        return componentsschemas_item_type_21
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_request":
                                    try:
                                        componentsschemas_item_type_22 = (
                                            MCPApprovalRequest.from_dict(data)
                                        )

                                        return componentsschemas_item_type_22
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_response":
                                    try:
                                        componentsschemas_item_type_23 = (
                                            MCPApprovalResponse.from_dict(data)
                                        )

                                        return componentsschemas_item_type_23
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_call":
                                    try:
                                        componentsschemas_item_type_24 = (
                                            MCPToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_24
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom_tool_call_output":
                                    try:
                                        componentsschemas_item_type_25 = (
                                            CustomToolCallOutput.from_dict(data)
                                        )

                                        return componentsschemas_item_type_25
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom_tool_call":
                                    try:
                                        componentsschemas_item_type_26 = (
                                            CustomToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_26
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "compaction_trigger":
                                    try:
                                        componentsschemas_input_item_type_2 = (
                                            CompactionTriggerItemParam.from_dict(data)
                                        )

                                        return componentsschemas_input_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "program":
                                    try:
                                        componentsschemas_input_item_type_4 = (
                                            ProgramItemParam.from_dict(data)
                                        )

                                        return componentsschemas_input_item_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "program_output":
                                    try:
                                        componentsschemas_input_item_type_5 = (
                                            ProgramOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_input_item_type_5
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
                                            "content",
                                            "role",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
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
                                            "id",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
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
                                            "id",
                                            "role",
                                            "tools",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
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
                                            "encrypted_content",
                                            "id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "id",
                                            "result",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
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
                                            "call_id",
                                            "id",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "id",
                                            "output",
                                            "status",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
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
                                            "error",
                                            "id",
                                            "server_label",
                                            "tools",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "arguments",
                                            "id",
                                            "name",
                                            "server_label",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "approval_request_id",
                                            "approve",
                                            "id",
                                            "reason",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
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
                                            "call_id",
                                            "caller",
                                            "id",
                                            "output",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
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
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "call_id",
                                            "code",
                                            "fingerprint",
                                            "id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
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
                                componentsschemas_input_item_type_0 = (
                                    EasyInputMessage.from_dict(data)
                                )

                                return componentsschemas_input_item_type_0
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
                                componentsschemas_item_type_0 = InputMessage.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_0
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
                                componentsschemas_item_type_1 = OutputMessage.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_1
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
                                componentsschemas_item_type_2 = (
                                    FileSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_2
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
                                componentsschemas_item_type_3 = (
                                    ComputerToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_3
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
                                componentsschemas_item_type_4 = (
                                    ComputerCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_4
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
                                componentsschemas_item_type_5 = (
                                    WebSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_5
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
                                componentsschemas_item_type_6 = (
                                    FunctionToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_6
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
                                componentsschemas_item_type_7 = (
                                    FunctionCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "tool_search_call") not in (
                                    "tool_search_call",
                                ):
                                    raise TypeError()
                                if _fits[9] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_8 = (
                                    ToolSearchCallItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "tool_search_output") not in (
                                    "tool_search_output",
                                ):
                                    raise TypeError()
                                if _fits[10] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_9 = (
                                    ToolSearchOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_9
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
                                if _fits[11] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_10 = (
                                    AdditionalToolsItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "reasoning") not in ("reasoning",):
                                    raise TypeError()
                                if _fits[12] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_11 = (
                                    ReasoningItem.from_dict(data)
                                )

                                return componentsschemas_item_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "compaction") not in (
                                    "compaction",
                                ):
                                    raise TypeError()
                                if _fits[13] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_12 = (
                                    CompactionSummaryItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_12
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_generation_call") not in (
                                    "image_generation_call",
                                ):
                                    raise TypeError()
                                if _fits[14] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_13 = (
                                    ImageGenToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_13
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "code_interpreter_call") not in (
                                    "code_interpreter_call",
                                ):
                                    raise TypeError()
                                if _fits[15] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_14 = (
                                    CodeInterpreterToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_14
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "local_shell_call") not in (
                                    "local_shell_call",
                                ):
                                    raise TypeError()
                                if _fits[16] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_15 = (
                                    LocalShellToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "local_shell_call_output") not in (
                                    "local_shell_call_output",
                                ):
                                    raise TypeError()
                                if _fits[17] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_16 = (
                                    LocalShellToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_item_type_16
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell_call") not in (
                                    "shell_call",
                                ):
                                    raise TypeError()
                                if _fits[18] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_17 = (
                                    FunctionShellCallItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_17
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell_call_output") not in (
                                    "shell_call_output",
                                ):
                                    raise TypeError()
                                if _fits[19] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_18 = (
                                    FunctionShellCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_18
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "apply_patch_call") not in (
                                    "apply_patch_call",
                                ):
                                    raise TypeError()
                                if _fits[20] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_19 = (
                                    ApplyPatchToolCallItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_19
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "apply_patch_call_output") not in (
                                    "apply_patch_call_output",
                                ):
                                    raise TypeError()
                                if _fits[21] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_20 = (
                                    ApplyPatchToolCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_20
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_list_tools") not in (
                                    "mcp_list_tools",
                                ):
                                    raise TypeError()
                                if _fits[22] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_21 = MCPListTools.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_21
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_approval_request") not in (
                                    "mcp_approval_request",
                                ):
                                    raise TypeError()
                                if _fits[23] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_22 = (
                                    MCPApprovalRequest.from_dict(data)
                                )

                                return componentsschemas_item_type_22
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_approval_response") not in (
                                    "mcp_approval_response",
                                ):
                                    raise TypeError()
                                if _fits[24] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_23 = (
                                    MCPApprovalResponse.from_dict(data)
                                )

                                return componentsschemas_item_type_23
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp_call") not in ("mcp_call",):
                                    raise TypeError()
                                if _fits[25] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_24 = MCPToolCall.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_24
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom_tool_call_output") not in (
                                    "custom_tool_call_output",
                                ):
                                    raise TypeError()
                                if _fits[26] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_25 = (
                                    CustomToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_item_type_25
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom_tool_call") not in (
                                    "custom_tool_call",
                                ):
                                    raise TypeError()
                                if _fits[27] < _most:
                                    raise TypeError()
                                componentsschemas_item_type_26 = (
                                    CustomToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_26
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "compaction_trigger") not in (
                                    "compaction_trigger",
                                ):
                                    raise TypeError()
                                if _fits[28] < _most:
                                    raise TypeError()
                                componentsschemas_input_item_type_2 = (
                                    CompactionTriggerItemParam.from_dict(data)
                                )

                                return componentsschemas_input_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if _fits[29] < _most:
                                    raise TypeError()
                                componentsschemas_input_item_type_3 = (
                                    ItemReferenceParam.from_dict(data)
                                )

                                return componentsschemas_input_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "program") not in ("program",):
                                    raise TypeError()
                                if _fits[30] < _most:
                                    raise TypeError()
                                componentsschemas_input_item_type_4 = (
                                    ProgramItemParam.from_dict(data)
                                )

                                return componentsschemas_input_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "program_output") not in (
                                    "program_output",
                                ):
                                    raise TypeError()
                                if _fits[31] < _most:
                                    raise TypeError()
                                componentsschemas_input_item_type_5 = (
                                    ProgramOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_input_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                AdditionalToolsItemParam
                                | ApplyPatchToolCallItemParam
                                | ApplyPatchToolCallOutputItemParam
                                | CodeInterpreterToolCall
                                | CompactionSummaryItemParam
                                | CompactionTriggerItemParam
                                | ComputerCallOutputItemParam
                                | ComputerToolCall
                                | CustomToolCall
                                | CustomToolCallOutput
                                | EasyInputMessage
                                | FileSearchToolCall
                                | FunctionCallOutputItemParam
                                | FunctionShellCallItemParam
                                | FunctionShellCallOutputItemParam
                                | FunctionToolCall
                                | ImageGenToolCall
                                | InputMessage
                                | ItemReferenceParam
                                | LocalShellToolCall
                                | LocalShellToolCallOutput
                                | MCPApprovalRequest
                                | MCPApprovalResponse
                                | MCPListTools
                                | MCPToolCall
                                | OutputMessage
                                | ProgramItemParam
                                | ProgramOutputItemParam
                                | ReasoningItem
                                | ToolSearchCallItemParam
                                | ToolSearchOutputItemParam
                                | WebSearchToolCall,
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
                        AdditionalToolsItemParam
                        | ApplyPatchToolCallItemParam
                        | ApplyPatchToolCallOutputItemParam
                        | CodeInterpreterToolCall
                        | CompactionSummaryItemParam
                        | CompactionTriggerItemParam
                        | ComputerCallOutputItemParam
                        | ComputerToolCall
                        | CustomToolCall
                        | CustomToolCallOutput
                        | EasyInputMessage
                        | FileSearchToolCall
                        | FunctionCallOutputItemParam
                        | FunctionShellCallItemParam
                        | FunctionShellCallOutputItemParam
                        | FunctionToolCall
                        | ImageGenToolCall
                        | InputMessage
                        | ItemReferenceParam
                        | LocalShellToolCall
                        | LocalShellToolCallOutput
                        | MCPApprovalRequest
                        | MCPApprovalResponse
                        | MCPListTools
                        | MCPToolCall
                        | OutputMessage
                        | ProgramItemParam
                        | ProgramOutputItemParam
                        | ReasoningItem
                        | ToolSearchCallItemParam
                        | ToolSearchOutputItemParam
                        | WebSearchToolCall
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
                    ApplyPatchToolParam
                    | CodeInterpreterTool
                    | ComputerTool
                    | ComputerUsePreviewTool
                    | CustomToolParam
                    | FileSearchTool
                    | FunctionShellToolParam
                    | FunctionTool
                    | ImageGenTool
                    | LocalShellToolParam
                    | MCPTool
                    | NamespaceToolParam
                    | ProgrammaticToolCallingParam
                    | ToolSearchToolParam
                    | WebSearchPreviewTool
                    | WebSearchTool
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
                            ApplyPatchToolParam
                            | CodeInterpreterTool
                            | ComputerTool
                            | ComputerUsePreviewTool
                            | CustomToolParam
                            | FileSearchTool
                            | FunctionShellToolParam
                            | FunctionTool
                            | ImageGenTool
                            | LocalShellToolParam
                            | MCPTool
                            | NamespaceToolParam
                            | ProgrammaticToolCallingParam
                            | ToolSearchToolParam
                            | WebSearchPreviewTool
                            | WebSearchTool
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "function":
                                    try:
                                        componentsschemas_tool_type_0 = (
                                            FunctionTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search":
                                    try:
                                        componentsschemas_tool_type_1 = (
                                            FileSearchTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer":
                                    try:
                                        componentsschemas_tool_type_2 = (
                                            ComputerTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_use_preview":
                                    try:
                                        componentsschemas_tool_type_3 = (
                                            ComputerUsePreviewTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp":
                                    try:
                                        componentsschemas_tool_type_5 = (
                                            MCPTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter":
                                    try:
                                        componentsschemas_tool_type_6 = (
                                            CodeInterpreterTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "programmatic_tool_calling":
                                    try:
                                        componentsschemas_tool_type_7 = (
                                            ProgrammaticToolCallingParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation":
                                    try:
                                        componentsschemas_tool_type_8 = (
                                            ImageGenTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell":
                                    try:
                                        componentsschemas_tool_type_9 = (
                                            LocalShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell":
                                    try:
                                        componentsschemas_tool_type_10 = (
                                            FunctionShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom":
                                    try:
                                        componentsschemas_tool_type_11 = (
                                            CustomToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "namespace":
                                    try:
                                        componentsschemas_tool_type_12 = (
                                            NamespaceToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search":
                                    try:
                                        componentsschemas_tool_type_13 = (
                                            ToolSearchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch":
                                    try:
                                        componentsschemas_tool_type_15 = (
                                            ApplyPatchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_15
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
                                componentsschemas_tool_type_0 = FunctionTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_0
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
                                componentsschemas_tool_type_1 = (
                                    FileSearchTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer") not in ("computer",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_2 = ComputerTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_2
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
                                componentsschemas_tool_type_3 = (
                                    ComputerUsePreviewTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_3
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
                                componentsschemas_tool_type_4 = WebSearchTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp") not in ("mcp",):
                                    raise TypeError()
                                if _fits[5] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_5 = MCPTool.from_dict(data)

                                return componentsschemas_tool_type_5
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
                                componentsschemas_tool_type_6 = (
                                    CodeInterpreterTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_6
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
                                componentsschemas_tool_type_7 = (
                                    ProgrammaticToolCallingParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_7
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
                                componentsschemas_tool_type_8 = ImageGenTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_8
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
                                componentsschemas_tool_type_9 = (
                                    LocalShellToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell") not in ("shell",):
                                    raise TypeError()
                                if _fits[10] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_10 = (
                                    FunctionShellToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom") not in ("custom",):
                                    raise TypeError()
                                if _fits[11] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_11 = (
                                    CustomToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "namespace") not in ("namespace",):
                                    raise TypeError()
                                if _fits[12] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_12 = (
                                    NamespaceToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_12
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
                                componentsschemas_tool_type_13 = (
                                    ToolSearchToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_13
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
                                componentsschemas_tool_type_14 = (
                                    WebSearchPreviewTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_14
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
                                componentsschemas_tool_type_15 = (
                                    ApplyPatchToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                ApplyPatchToolParam
                                | CodeInterpreterTool
                                | ComputerTool
                                | ComputerUsePreviewTool
                                | CustomToolParam
                                | FileSearchTool
                                | FunctionShellToolParam
                                | FunctionTool
                                | ImageGenTool
                                | LocalShellToolParam
                                | MCPTool
                                | NamespaceToolParam
                                | ProgrammaticToolCallingParam
                                | ToolSearchToolParam
                                | WebSearchPreviewTool
                                | WebSearchTool,
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
                        ApplyPatchToolParam
                        | CodeInterpreterTool
                        | ComputerTool
                        | ComputerUsePreviewTool
                        | CustomToolParam
                        | FileSearchTool
                        | FunctionShellToolParam
                        | FunctionTool
                        | ImageGenTool
                        | LocalShellToolParam
                        | MCPTool
                        | NamespaceToolParam
                        | ProgrammaticToolCallingParam
                        | ToolSearchToolParam
                        | WebSearchPreviewTool
                        | WebSearchTool
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

            def _parse_text(data: object) -> None | ResponseTextParam | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    text_type_0 = ResponseTextParam.from_dict(data)

                    return text_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | ResponseTextParam | Unset, data)

            text = _parse_text(_text_raw)

        _reasoning_raw = d.pop("reasoning", UNSET)
        if _reasoning_raw is None or isinstance(_reasoning_raw, Unset):
            if _reasoning_raw is None:
                _none_flips += ("reasoning",)
            reasoning = None

        else:

            def _parse_reasoning(data: object) -> None | Reasoning | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    reasoning_type_0 = Reasoning.from_dict(data)

                    return reasoning_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | Reasoning | Unset, data)

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
            truncation: TruncationEnum | Unset
            if isinstance(_truncation, Unset):
                truncation = UNSET
            else:
                truncation = check_truncation_enum(_truncation)

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

            def _parse_personality(data: object) -> PersonalityEnumType1 | str | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_personality_enum_type_1 = (
                        check_personality_enum_type_1(data)
                    )

                    return componentsschemas_personality_enum_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(PersonalityEnumType1 | str | Unset, data)

            personality = _parse_personality(_personality_raw)

        _conversation_raw = d.pop("conversation", UNSET)
        if _conversation_raw is None or isinstance(_conversation_raw, Unset):
            if _conversation_raw is None:
                _none_flips += ("conversation",)
            conversation = None

        else:

            def _parse_conversation(
                data: object,
            ) -> ConversationParam2 | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_conversation_param_type_1 = (
                        ConversationParam2.from_dict(data)
                    )

                    return componentsschemas_conversation_param_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(ConversationParam2 | None | str | Unset, data)

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
                None
                | SpecificApplyPatchParam
                | SpecificFunctionShellParam
                | SpecificProgrammaticToolCallingParam
                | ToolChoiceAllowed
                | ToolChoiceCustom
                | ToolChoiceFunction
                | ToolChoiceMCP
                | ToolChoiceOptions
                | ToolChoiceTypes
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "allowed_tools":
                        try:
                            componentsschemas_tool_choice_param_type_1 = (
                                ToolChoiceAllowed.from_dict(data)
                            )

                            return componentsschemas_tool_choice_param_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "function":
                        try:
                            componentsschemas_tool_choice_param_type_3 = (
                                ToolChoiceFunction.from_dict(data)
                            )

                            return componentsschemas_tool_choice_param_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "mcp":
                        try:
                            componentsschemas_tool_choice_param_type_4 = (
                                ToolChoiceMCP.from_dict(data)
                            )

                            return componentsschemas_tool_choice_param_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "custom":
                        try:
                            componentsschemas_tool_choice_param_type_5 = (
                                ToolChoiceCustom.from_dict(data)
                            )

                            return componentsschemas_tool_choice_param_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "programmatic_tool_calling":
                        try:
                            componentsschemas_tool_choice_param_type_6 = (
                                SpecificProgrammaticToolCallingParam.from_dict(data)
                            )

                            return componentsschemas_tool_choice_param_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "apply_patch":
                        try:
                            componentsschemas_tool_choice_param_type_7 = (
                                SpecificApplyPatchParam.from_dict(data)
                            )

                            return componentsschemas_tool_choice_param_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "shell":
                        try:
                            componentsschemas_tool_choice_param_type_8 = (
                                SpecificFunctionShellParam.from_dict(data)
                            )

                            return componentsschemas_tool_choice_param_type_8
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
                    componentsschemas_tool_choice_param_type_0 = (
                        check_tool_choice_options(data)
                    )

                    return componentsschemas_tool_choice_param_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "allowed_tools") not in ("allowed_tools",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    componentsschemas_tool_choice_param_type_1 = (
                        ToolChoiceAllowed.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_1
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
                    componentsschemas_tool_choice_param_type_2 = (
                        ToolChoiceTypes.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "function") not in ("function",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    componentsschemas_tool_choice_param_type_3 = (
                        ToolChoiceFunction.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "mcp") not in ("mcp",):
                        raise TypeError()
                    if _fits[3] < _most:
                        raise TypeError()
                    componentsschemas_tool_choice_param_type_4 = (
                        ToolChoiceMCP.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "custom") not in ("custom",):
                        raise TypeError()
                    if _fits[4] < _most:
                        raise TypeError()
                    componentsschemas_tool_choice_param_type_5 = (
                        ToolChoiceCustom.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_5
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
                    componentsschemas_tool_choice_param_type_6 = (
                        SpecificProgrammaticToolCallingParam.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "apply_patch") not in ("apply_patch",):
                        raise TypeError()
                    if _fits[6] < _most:
                        raise TypeError()
                    componentsschemas_tool_choice_param_type_7 = (
                        SpecificApplyPatchParam.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "shell") not in ("shell",):
                        raise TypeError()
                    if _fits[7] < _most:
                        raise TypeError()
                    componentsschemas_tool_choice_param_type_8 = (
                        SpecificFunctionShellParam.from_dict(data)
                    )

                    return componentsschemas_tool_choice_param_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    None
                    | SpecificApplyPatchParam
                    | SpecificFunctionShellParam
                    | SpecificProgrammaticToolCallingParam
                    | ToolChoiceAllowed
                    | ToolChoiceCustom
                    | ToolChoiceFunction
                    | ToolChoiceMCP
                    | ToolChoiceOptions
                    | ToolChoiceTypes
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

        token_counts_body = cls(
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
            token_counts_body._none_flips = _none_flips

        token_counts_body.additional_properties = d
        return token_counts_body

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
