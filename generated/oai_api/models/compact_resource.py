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
from ..models.compact_resource_object import (
    CompactResourceObject,
    check_compact_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.additional_tools import AdditionalTools
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import (
        ComputerToolCallOutputResource,
    )
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output import FunctionToolCallOutput
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.message import Message
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_usage import ResponseUsage
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall


@_attrs_define(repr=False)
class CompactResource(_OpenModel):
    """Result of a compaction: the shortened output items, creation time and token usage."""

    id: str

    object_: CompactResourceObject

    output: list[
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutput
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutput
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | Message
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    ]

    created_at: int

    usage: ResponseUsage
    """ Tokens a response consumed, with cache and reasoning details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "object", "output", "usage")
    _tags = {"object": ("response.compaction",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.additional_tools import AdditionalTools
        from ..models.apply_patch_tool_call import ApplyPatchToolCall
        from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
        from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
        from ..models.compaction_body import CompactionBody
        from ..models.computer_tool_call import ComputerToolCall
        from ..models.computer_tool_call_output_resource import (
            ComputerToolCallOutputResource,
        )
        from ..models.custom_tool_call import CustomToolCall
        from ..models.custom_tool_call_output import CustomToolCallOutput
        from ..models.file_search_tool_call import FileSearchToolCall
        from ..models.function_shell_call import FunctionShellCall
        from ..models.function_shell_call_output import FunctionShellCallOutput
        from ..models.function_tool_call import FunctionToolCall
        from ..models.function_tool_call_output import FunctionToolCallOutput
        from ..models.image_gen_tool_call import ImageGenToolCall
        from ..models.local_shell_tool_call import LocalShellToolCall
        from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
        from ..models.mcp_approval_request import MCPApprovalRequest
        from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
        from ..models.mcp_list_tools import MCPListTools
        from ..models.mcp_tool_call import MCPToolCall
        from ..models.message import Message
        from ..models.program import Program
        from ..models.program_output import ProgramOutput
        from ..models.reasoning_item import ReasoningItem
        from ..models.response_usage import ResponseUsage
        from ..models.tool_search_call import ToolSearchCall
        from ..models.tool_search_output import ToolSearchOutput
        from ..models.web_search_tool_call import WebSearchToolCall

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_compact_resource_object),
            (
                "output",
                "output",
                REQUIRED,
                list_of(
                    one_of(
                        Message,
                        Program,
                        ProgramOutput,
                        FunctionToolCall,
                        ToolSearchCall,
                        ToolSearchOutput,
                        AdditionalTools,
                        FunctionToolCallOutput,
                        FileSearchToolCall,
                        WebSearchToolCall,
                        ImageGenToolCall,
                        ComputerToolCall,
                        ComputerToolCallOutputResource,
                        ReasoningItem,
                        CompactionBody,
                        CodeInterpreterToolCall,
                        LocalShellToolCall,
                        LocalShellToolCallOutput,
                        FunctionShellCall,
                        FunctionShellCallOutput,
                        ApplyPatchToolCall,
                        ApplyPatchToolCallOutput,
                        MCPListTools,
                        MCPApprovalRequest,
                        MCPApprovalResponseResource,
                        MCPToolCall,
                        CustomToolCall,
                        CustomToolCallOutput,
                    )
                ),
            ),
            ("created_at", "created_at", REQUIRED, None),
            ("usage", "usage", REQUIRED, ResponseUsage),
        )
