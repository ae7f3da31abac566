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
from ..models.personality_enum_type_1 import (
    PersonalityEnumType1,
    check_personality_enum_type_1,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..models.truncation_enum import TruncationEnum, check_truncation_enum

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class TokenCountsBody(_OpenModel):
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
                                "easy_input_message",
                                "EasyInputMessage",
                                ("type", "message"),
                            ),
                            member(
                                "input_message", "InputMessage", ("type", "message")
                            ),
                            member(
                                "output_message",
                                "OutputMessage",
                                ("type", "message"),
                                ("role", "assistant"),
                            ),
                            member(
                                "file_search_tool_call",
                                "FileSearchToolCall",
                                ("type", "file_search_call"),
                            ),
                            member(
                                "computer_tool_call",
                                "ComputerToolCall",
                                ("type", "computer_call"),
                            ),
                            member(
                                "computer_call_output_item_param",
                                "ComputerCallOutputItemParam",
                                ("type", "computer_call_output"),
                            ),
                            member(
                                "web_search_tool_call",
                                "WebSearchToolCall",
                                ("type", "web_search_call"),
                            ),
                            member(
                                "function_tool_call",
                                "FunctionToolCall",
                                ("type", "function_call"),
                            ),
                            member(
                                "function_call_output_item_param",
                                "FunctionCallOutputItemParam",
                                ("type", "function_call_output"),
                            ),
                            member(
                                "tool_search_call_item_param",
                                "ToolSearchCallItemParam",
                                ("type", "tool_search_call"),
                            ),
                            member(
                                "tool_search_output_item_param",
                                "ToolSearchOutputItemParam",
                                ("type", "tool_search_output"),
                            ),
                            member(
                                "additional_tools_item_param",
                                "AdditionalToolsItemParam",
                                ("type", "additional_tools"),
                                ("role", "developer"),
                            ),
                            member(
                                "reasoning_item", "ReasoningItem", ("type", "reasoning")
                            ),
                            member(
                                "compaction_summary_item_param",
                                "CompactionSummaryItemParam",
                                ("type", "compaction"),
                            ),
                            member(
                                "image_gen_tool_call",
                                "ImageGenToolCall",
                                ("type", "image_generation_call"),
                            ),
                            member(
                                "code_interpreter_tool_call",
                                "CodeInterpreterToolCall",
                                ("type", "code_interpreter_call"),
                            ),
                            member(
                                "local_shell_tool_call",
                                "LocalShellToolCall",
                                ("type", "local_shell_call"),
                            ),
                            member(
                                "local_shell_tool_call_output",
                                "LocalShellToolCallOutput",
                                ("type", "local_shell_call_output"),
                            ),
                            member(
                                "function_shell_call_item_param",
                                "FunctionShellCallItemParam",
                                ("type", "shell_call"),
                            ),
                            member(
                                "function_shell_call_output_item_param",
                                "FunctionShellCallOutputItemParam",
                                ("type", "shell_call_output"),
                            ),
                            member(
                                "apply_patch_tool_call_item_param",
                                "ApplyPatchToolCallItemParam",
                                ("type", "apply_patch_call"),
                            ),
                            member(
                                "apply_patch_tool_call_output_item_param",
                                "ApplyPatchToolCallOutputItemParam",
                                ("type", "apply_patch_call_output"),
                            ),
                            member(
                                "mcp_list_tools",
                                "MCPListTools",
                                ("type", "mcp_list_tools"),
                            ),
                            member(
                                "mcp_approval_request",
                                "MCPApprovalRequest",
                                ("type", "mcp_approval_request"),
                            ),
                            member(
                                "mcp_approval_response",
                                "MCPApprovalResponse",
                                ("type", "mcp_approval_response"),
                            ),
                            member(
                                "mcp_tool_call", "MCPToolCall", ("type", "mcp_call")
                            ),
                            member(
                                "custom_tool_call_output",
                                "CustomToolCallOutput",
                                ("type", "custom_tool_call_output"),
                            ),
                            member(
                                "custom_tool_call",
                                "CustomToolCall",
                                ("type", "custom_tool_call"),
                            ),
                            member(
                                "compaction_trigger_item_param",
                                "CompactionTriggerItemParam",
                                ("type", "compaction_trigger"),
                            ),
                            member("item_reference_param", "ItemReferenceParam"),
                            member(
                                "program_item_param",
                                "ProgramItemParam",
                                ("type", "program"),
                            ),
                            member(
                                "program_output_item_param",
                                "ProgramOutputItemParam",
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
                                "function_tool", "FunctionTool", ("type", "function")
                            ),
                            member(
                                "file_search_tool",
                                "FileSearchTool",
                                ("type", "file_search"),
                            ),
                            member(
                                "computer_tool", "ComputerTool", ("type", "computer")
                            ),
                            member(
                                "computer_use_preview_tool",
                                "ComputerUsePreviewTool",
                                ("type", "computer_use_preview"),
                            ),
                            member("web_search_tool", "WebSearchTool"),
                            member("mcp_tool", "MCPTool", ("type", "mcp")),
                            member(
                                "code_interpreter_tool",
                                "CodeInterpreterTool",
                                ("type", "code_interpreter"),
                            ),
                            member(
                                "programmatic_tool_calling_param",
                                "ProgrammaticToolCallingParam",
                                ("type", "programmatic_tool_calling"),
                            ),
                            member(
                                "image_gen_tool",
                                "ImageGenTool",
                                ("type", "image_generation"),
                            ),
                            member(
                                "local_shell_tool_param",
                                "LocalShellToolParam",
                                ("type", "local_shell"),
                            ),
                            member(
                                "function_shell_tool_param",
                                "FunctionShellToolParam",
                                ("type", "shell"),
                            ),
                            member(
                                "custom_tool_param",
                                "CustomToolParam",
                                ("type", "custom"),
                            ),
                            member(
                                "namespace_tool_param",
                                "NamespaceToolParam",
                                ("type", "namespace"),
                            ),
                            member(
                                "tool_search_tool_param",
                                "ToolSearchToolParam",
                                ("type", "tool_search"),
                            ),
                            member("web_search_preview_tool", "WebSearchPreviewTool"),
                            member(
                                "apply_patch_tool_param",
                                "ApplyPatchToolParam",
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
                one_of(member("response_text_param", "ResponseTextParam"), None),
            ),
            (
                "reasoning",
                "reasoning",
                OPTIONAL_OR_NULL,
                one_of(member("reasoning", "Reasoning"), None),
            ),
            ("truncation", "truncation", OPTIONAL, check_truncation_enum),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "personality",
                "personality",
                OPTIONAL,
                one_of(str, check_personality_enum_type_1),
            ),
            (
                "conversation",
                "conversation",
                OPTIONAL_OR_NULL,
                one_of(str, member("conversation_param_2", "ConversationParam2"), None),
            ),
            (
                "tool_choice",
                "tool_choice",
                OPTIONAL_OR_NULL,
                one_of(
                    check_tool_choice_options,
                    member(
                        "tool_choice_allowed",
                        "ToolChoiceAllowed",
                        ("type", "allowed_tools"),
                    ),
                    member("tool_choice_types", "ToolChoiceTypes"),
                    member(
                        "tool_choice_function",
                        "ToolChoiceFunction",
                        ("type", "function"),
                    ),
                    member("tool_choice_mcp", "ToolChoiceMCP", ("type", "mcp")),
                    member(
                        "tool_choice_custom", "ToolChoiceCustom", ("type", "custom")
                    ),
                    member(
                        "specific_programmatic_tool_calling_param",
                        "SpecificProgrammaticToolCallingParam",
                        ("type", "programmatic_tool_calling"),
                    ),
                    member(
                        "specific_apply_patch_param",
                        "SpecificApplyPatchParam",
                        ("type", "apply_patch"),
                    ),
                    member(
                        "specific_function_shell_param",
                        "SpecificFunctionShellParam",
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
