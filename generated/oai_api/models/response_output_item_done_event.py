from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.response_output_item_done_event_type import (
    ResponseOutputItemDoneEventType,
    check_response_output_item_done_event_type,
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
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import (
        FunctionToolCallOutputResource,
    )
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_output import ProgramOutput
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall


@_attrs_define(repr=False)
class ResponseOutputItemDoneEvent(_OpenModel):
    """Stream event `response.output_item.done`: an output item is complete."""

    type_: ResponseOutputItemDoneEventType
    """ Event type, fixed to `response.output_item.done`. """
    output_index: int
    """ Position of the output item in the response. """
    sequence_number: int
    """ Position of this event in the stream. """
    item: (
        AdditionalTools
        | ApplyPatchToolCall
        | ApplyPatchToolCallOutput
        | CodeInterpreterToolCall
        | CompactionBody
        | ComputerToolCall
        | ComputerToolCallOutputResource
        | CustomToolCall
        | CustomToolCallOutputResource
        | FileSearchToolCall
        | FunctionShellCall
        | FunctionShellCallOutput
        | FunctionToolCall
        | FunctionToolCallOutputResource
        | ImageGenToolCall
        | LocalShellToolCall
        | LocalShellToolCallOutput
        | MCPApprovalRequest
        | MCPApprovalResponseResource
        | MCPListTools
        | MCPToolCall
        | OutputMessage
        | Program
        | ProgramOutput
        | ReasoningItem
        | ToolSearchCall
        | ToolSearchOutput
        | WebSearchToolCall
    )
    """ One output item of a response, told apart by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("item", "output_index", "sequence_number", "type")
    _tags = {"type": ("response.output_item.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_response_output_item_done_event_type),
            ("output_index", "output_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "item",
                "item",
                REQUIRED,
                one_of(
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
                        "function_tool_call",
                        "FunctionToolCall",
                        ("type", "function_call"),
                    ),
                    member(
                        "function_tool_call_output_resource",
                        "FunctionToolCallOutputResource",
                        ("type", "function_call_output"),
                    ),
                    member(
                        "web_search_tool_call",
                        "WebSearchToolCall",
                        ("type", "web_search_call"),
                    ),
                    member(
                        "computer_tool_call",
                        "ComputerToolCall",
                        ("type", "computer_call"),
                    ),
                    member(
                        "computer_tool_call_output_resource",
                        "ComputerToolCallOutputResource",
                        ("type", "computer_call_output"),
                    ),
                    member("reasoning_item", "ReasoningItem", ("type", "reasoning")),
                    member("program", "Program", ("type", "program")),
                    member(
                        "program_output", "ProgramOutput", ("type", "program_output")
                    ),
                    member(
                        "tool_search_call",
                        "ToolSearchCall",
                        ("type", "tool_search_call"),
                    ),
                    member(
                        "tool_search_output",
                        "ToolSearchOutput",
                        ("type", "tool_search_output"),
                    ),
                    member(
                        "additional_tools",
                        "AdditionalTools",
                        ("type", "additional_tools"),
                    ),
                    member("compaction_body", "CompactionBody", ("type", "compaction")),
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
                        "function_shell_call",
                        "FunctionShellCall",
                        ("type", "shell_call"),
                    ),
                    member(
                        "function_shell_call_output",
                        "FunctionShellCallOutput",
                        ("type", "shell_call_output"),
                    ),
                    member(
                        "apply_patch_tool_call",
                        "ApplyPatchToolCall",
                        ("type", "apply_patch_call"),
                    ),
                    member(
                        "apply_patch_tool_call_output",
                        "ApplyPatchToolCallOutput",
                        ("type", "apply_patch_call_output"),
                    ),
                    member("mcp_tool_call", "MCPToolCall", ("type", "mcp_call")),
                    member(
                        "mcp_list_tools", "MCPListTools", ("type", "mcp_list_tools")
                    ),
                    member(
                        "mcp_approval_request",
                        "MCPApprovalRequest",
                        ("type", "mcp_approval_request"),
                    ),
                    member(
                        "mcp_approval_response_resource",
                        "MCPApprovalResponseResource",
                        ("type", "mcp_approval_response"),
                    ),
                    member(
                        "custom_tool_call",
                        "CustomToolCall",
                        ("type", "custom_tool_call"),
                    ),
                    member(
                        "custom_tool_call_output_resource",
                        "CustomToolCallOutputResource",
                        ("type", "custom_tool_call_output"),
                    ),
                ),
            ),
        )
