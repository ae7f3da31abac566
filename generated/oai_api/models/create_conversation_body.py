from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
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
    from ..models.metadata_type_0 import MetadataType0
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall


@_attrs_define(repr=False)
class CreateConversationBody(_OpenModel):
    """Body for creating a conversation; every field is optional."""

    metadata: MetadataType0 | None = None
    """ Up to 16 key-value string pairs to tag the conversation (keys up to 64 characters, values up to 512). """
    items: (
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
    ) = None
    """ Items the conversation starts with, at most 20. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("items", "metadata")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            (
                "items",
                "items",
                OPTIONAL_OR_NULL,
                one_of(
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
            strict=True,
        )
