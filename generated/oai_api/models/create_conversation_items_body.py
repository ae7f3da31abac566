from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
    )
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
    )
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall


@_attrs_define(repr=False)
class CreateConversationItemsBody(_OpenModel):
    items: list[
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

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("items",)

    @staticmethod
    def _fields() -> Table:
        from ..models.additional_tools_item_param import AdditionalToolsItemParam
        from ..models.apply_patch_tool_call_item_param import (
            ApplyPatchToolCallItemParam,
        )
        from ..models.apply_patch_tool_call_output_item_param import (
            ApplyPatchToolCallOutputItemParam,
        )
        from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
        from ..models.compaction_summary_item_param import CompactionSummaryItemParam
        from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
        from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
        from ..models.computer_tool_call import ComputerToolCall
        from ..models.custom_tool_call import CustomToolCall
        from ..models.custom_tool_call_output import CustomToolCallOutput
        from ..models.easy_input_message import EasyInputMessage
        from ..models.file_search_tool_call import FileSearchToolCall
        from ..models.function_call_output_item_param import FunctionCallOutputItemParam
        from ..models.function_shell_call_item_param import FunctionShellCallItemParam
        from ..models.function_shell_call_output_item_param import (
            FunctionShellCallOutputItemParam,
        )
        from ..models.function_tool_call import FunctionToolCall
        from ..models.image_gen_tool_call import ImageGenToolCall
        from ..models.input_message import InputMessage
        from ..models.item_reference_param import ItemReferenceParam
        from ..models.local_shell_tool_call import LocalShellToolCall
        from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
        from ..models.mcp_approval_request import MCPApprovalRequest
        from ..models.mcp_approval_response import MCPApprovalResponse
        from ..models.mcp_list_tools import MCPListTools
        from ..models.mcp_tool_call import MCPToolCall
        from ..models.output_message import OutputMessage
        from ..models.program_item_param import ProgramItemParam
        from ..models.program_output_item_param import ProgramOutputItemParam
        from ..models.reasoning_item import ReasoningItem
        from ..models.tool_search_call_item_param import ToolSearchCallItemParam
        from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
        from ..models.web_search_tool_call import WebSearchToolCall

        return fields(
            (
                "items",
                "items",
                REQUIRED,
                list_of(
                    one_of(
                        EasyInputMessage,
                        InputMessage,
                        OutputMessage,
                        FileSearchToolCall,
                        ComputerToolCall,
                        ComputerCallOutputItemParam,
                        WebSearchToolCall,
                        FunctionToolCall,
                        FunctionCallOutputItemParam,
                        ToolSearchCallItemParam,
                        ToolSearchOutputItemParam,
                        AdditionalToolsItemParam,
                        ReasoningItem,
                        CompactionSummaryItemParam,
                        ImageGenToolCall,
                        CodeInterpreterToolCall,
                        LocalShellToolCall,
                        LocalShellToolCallOutput,
                        FunctionShellCallItemParam,
                        FunctionShellCallOutputItemParam,
                        ApplyPatchToolCallItemParam,
                        ApplyPatchToolCallOutputItemParam,
                        MCPListTools,
                        MCPApprovalRequest,
                        MCPApprovalResponse,
                        MCPToolCall,
                        CustomToolCallOutput,
                        CustomToolCall,
                        CompactionTriggerItemParam,
                        ItemReferenceParam,
                        ProgramItemParam,
                        ProgramOutputItemParam,
                    )
                ),
            ),
            strict=True,
        )
