from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="CreateConversationItemsBody")

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
        CodeInterpreterToolCall, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerToolCall, \
        CustomToolCall, \
        CustomToolCallOutput, \
        EasyInputMessage, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutputItemParam, \
        FunctionToolCall, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPListTools, \
        MCPToolCall, \
        OutputMessage, \
        ProgramItemParam, \
        ProgramOutputItemParam, \
        ReasoningItem, \
        ToolSearchCallItemParam, \
        ToolSearchOutputItemParam, \
        WebSearchToolCall
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

    _models_bound = True


@_attrs_define
class CreateConversationItemsBody:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_items = (
            self.items
            if self.items is not None or "items" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_items, list):
            items = _v_items
        else:
            items = []
            for items_item_data in _v_items:
                items_item: dict[str, Any]
                if (
                    isinstance(items_item_data, EasyInputMessage)
                    or isinstance(items_item_data, InputMessage)
                    or isinstance(items_item_data, OutputMessage)
                    or isinstance(items_item_data, FileSearchToolCall)
                    or isinstance(items_item_data, ComputerToolCall)
                    or isinstance(items_item_data, ComputerCallOutputItemParam)
                    or isinstance(items_item_data, WebSearchToolCall)
                    or isinstance(items_item_data, FunctionToolCall)
                    or isinstance(items_item_data, FunctionCallOutputItemParam)
                    or isinstance(items_item_data, ToolSearchCallItemParam)
                    or isinstance(items_item_data, ToolSearchOutputItemParam)
                    or isinstance(items_item_data, AdditionalToolsItemParam)
                    or isinstance(items_item_data, ReasoningItem)
                    or isinstance(items_item_data, CompactionSummaryItemParam)
                    or isinstance(items_item_data, ImageGenToolCall)
                    or isinstance(items_item_data, CodeInterpreterToolCall)
                    or isinstance(items_item_data, LocalShellToolCall)
                    or isinstance(items_item_data, LocalShellToolCallOutput)
                    or isinstance(items_item_data, FunctionShellCallItemParam)
                    or isinstance(items_item_data, FunctionShellCallOutputItemParam)
                    or isinstance(items_item_data, ApplyPatchToolCallItemParam)
                    or isinstance(items_item_data, ApplyPatchToolCallOutputItemParam)
                    or isinstance(items_item_data, MCPListTools)
                    or isinstance(items_item_data, MCPApprovalRequest)
                    or isinstance(items_item_data, MCPApprovalResponse)
                    or isinstance(items_item_data, MCPToolCall)
                    or isinstance(items_item_data, CustomToolCallOutput)
                    or isinstance(items_item_data, CustomToolCall)
                    or isinstance(items_item_data, CompactionTriggerItemParam)
                    or isinstance(items_item_data, ItemReferenceParam)
                    or isinstance(items_item_data, ProgramItemParam)
                    or isinstance(items_item_data, ProgramOutputItemParam)
                ):
                    items_item = items_item_data.to_dict()
                else:
                    items_item = items_item_data
                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "items": items,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _items_raw = d.pop("items", UNSET)
        if _items_raw is None or isinstance(_items_raw, Unset):
            raise KeyError(
                "CreateConversationItemsBody: required field items is missing"
            )

        else:
            items = []
            _items = _items_raw
            if not isinstance(_items, list):
                raise TypeError()
            for items_item_data in _items:

                def _parse_items_item(
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
                                componentsschemas_item_type_1 = OutputMessage.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "file_search_call":
                            try:
                                componentsschemas_item_type_2 = (
                                    FileSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "computer_call":
                            try:
                                componentsschemas_item_type_3 = (
                                    ComputerToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "computer_call_output":
                            try:
                                componentsschemas_item_type_4 = (
                                    ComputerCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "web_search_call":
                            try:
                                componentsschemas_item_type_5 = (
                                    WebSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function_call":
                            try:
                                componentsschemas_item_type_6 = (
                                    FunctionToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function_call_output":
                            try:
                                componentsschemas_item_type_7 = (
                                    FunctionCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "tool_search_call":
                            try:
                                componentsschemas_item_type_8 = (
                                    ToolSearchCallItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "tool_search_output":
                            try:
                                componentsschemas_item_type_9 = (
                                    ToolSearchOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "additional_tools":
                            try:
                                componentsschemas_item_type_10 = (
                                    AdditionalToolsItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "developer":
                            try:
                                componentsschemas_item_type_10 = (
                                    AdditionalToolsItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "reasoning":
                            try:
                                componentsschemas_item_type_11 = (
                                    ReasoningItem.from_dict(data)
                                )

                                return componentsschemas_item_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "compaction":
                            try:
                                componentsschemas_item_type_12 = (
                                    CompactionSummaryItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_12
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "image_generation_call":
                            try:
                                componentsschemas_item_type_13 = (
                                    ImageGenToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_13
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "code_interpreter_call":
                            try:
                                componentsschemas_item_type_14 = (
                                    CodeInterpreterToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_14
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "local_shell_call":
                            try:
                                componentsschemas_item_type_15 = (
                                    LocalShellToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "local_shell_call_output":
                            try:
                                componentsschemas_item_type_16 = (
                                    LocalShellToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_item_type_16
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell_call":
                            try:
                                componentsschemas_item_type_17 = (
                                    FunctionShellCallItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_17
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell_call_output":
                            try:
                                componentsschemas_item_type_18 = (
                                    FunctionShellCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_18
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch_call":
                            try:
                                componentsschemas_item_type_19 = (
                                    ApplyPatchToolCallItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_19
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch_call_output":
                            try:
                                componentsschemas_item_type_20 = (
                                    ApplyPatchToolCallOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_item_type_20
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_list_tools":
                            try:
                                componentsschemas_item_type_21 = MCPListTools.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_21
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_approval_request":
                            try:
                                componentsschemas_item_type_22 = (
                                    MCPApprovalRequest.from_dict(data)
                                )

                                return componentsschemas_item_type_22
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_approval_response":
                            try:
                                componentsschemas_item_type_23 = (
                                    MCPApprovalResponse.from_dict(data)
                                )

                                return componentsschemas_item_type_23
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_call":
                            try:
                                componentsschemas_item_type_24 = MCPToolCall.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_24
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom_tool_call_output":
                            try:
                                componentsschemas_item_type_25 = (
                                    CustomToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_item_type_25
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom_tool_call":
                            try:
                                componentsschemas_item_type_26 = (
                                    CustomToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_26
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "compaction_trigger":
                            try:
                                componentsschemas_input_item_type_2 = (
                                    CompactionTriggerItemParam.from_dict(data)
                                )

                                return componentsschemas_input_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_input_item_type_4 = (
                                    ProgramItemParam.from_dict(data)
                                )

                                return componentsschemas_input_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program_output":
                            try:
                                componentsschemas_input_item_type_5 = (
                                    ProgramOutputItemParam.from_dict(data)
                                )

                                return componentsschemas_input_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_items_item(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
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
                        if data.get("type", "message") not in ("message",) or data.get(
                            "role", "user"
                        ) not in (
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
                        if data.get("type", "message") not in ("message",) or data.get(
                            "role", "user"
                        ) not in (
                            "user",
                            "system",
                            "developer",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_item_type_0 = InputMessage.from_dict(data)

                        return componentsschemas_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "message") not in ("message",) or data.get(
                            "role", "assistant"
                        ) not in ("assistant",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_item_type_1 = OutputMessage.from_dict(data)

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
                        componentsschemas_item_type_2 = FileSearchToolCall.from_dict(
                            data
                        )

                        return componentsschemas_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "computer_call") not in ("computer_call",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_item_type_3 = ComputerToolCall.from_dict(data)

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
                        componentsschemas_item_type_5 = WebSearchToolCall.from_dict(
                            data
                        )

                        return componentsschemas_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function_call") not in ("function_call",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_item_type_6 = FunctionToolCall.from_dict(data)

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
                        ) or data.get("role", "developer") not in ("developer",):
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
                        componentsschemas_item_type_11 = ReasoningItem.from_dict(data)

                        return componentsschemas_item_type_11
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "compaction") not in ("compaction",):
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
                        componentsschemas_item_type_13 = ImageGenToolCall.from_dict(
                            data
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
                        componentsschemas_item_type_15 = LocalShellToolCall.from_dict(
                            data
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
                        if data.get("type", "shell_call") not in ("shell_call",):
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
                        componentsschemas_item_type_21 = MCPListTools.from_dict(data)

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
                        componentsschemas_item_type_22 = MCPApprovalRequest.from_dict(
                            data
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
                        componentsschemas_item_type_23 = MCPApprovalResponse.from_dict(
                            data
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
                        componentsschemas_item_type_24 = MCPToolCall.from_dict(data)

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
                        componentsschemas_item_type_25 = CustomToolCallOutput.from_dict(
                            data
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
                        componentsschemas_item_type_26 = CustomToolCall.from_dict(data)

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

                items_item = _parse_items_item(items_item_data)

                items.append(items_item)

        create_conversation_items_body = cls(
            items=items,
        )
        if _none_flips:
            create_conversation_items_body._none_flips = _none_flips

        create_conversation_items_body.additional_properties = d
        return create_conversation_items_body

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
