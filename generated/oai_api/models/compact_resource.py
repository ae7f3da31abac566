from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.compact_resource_object import (
    CompactResourceObject,
    check_compact_resource_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="CompactResource")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AdditionalTools, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallOutput, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        CustomToolCall, \
        CustomToolCallOutput, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCall, \
        FunctionToolCallOutput, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        Message, \
        Program, \
        ProgramOutput, \
        ReasoningItem, \
        ResponseUsage, \
        ToolSearchCall, \
        ToolSearchOutput, \
        WebSearchToolCall
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

    _models_bound = True


@_attrs_define
class CompactResource:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_output = (
            self.output
            if self.output is not None or "output" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output, list):
            output = _v_output
        else:
            output = []
            for output_item_data in _v_output:
                output_item: dict[str, Any]
                if (
                    isinstance(output_item_data, Message)
                    or isinstance(output_item_data, Program)
                    or isinstance(output_item_data, ProgramOutput)
                    or isinstance(output_item_data, FunctionToolCall)
                    or isinstance(output_item_data, ToolSearchCall)
                    or isinstance(output_item_data, ToolSearchOutput)
                    or isinstance(output_item_data, AdditionalTools)
                    or isinstance(output_item_data, FunctionToolCallOutput)
                    or isinstance(output_item_data, FileSearchToolCall)
                    or isinstance(output_item_data, WebSearchToolCall)
                    or isinstance(output_item_data, ImageGenToolCall)
                    or isinstance(output_item_data, ComputerToolCall)
                    or isinstance(output_item_data, ComputerToolCallOutputResource)
                    or isinstance(output_item_data, ReasoningItem)
                    or isinstance(output_item_data, CompactionBody)
                    or isinstance(output_item_data, CodeInterpreterToolCall)
                    or isinstance(output_item_data, LocalShellToolCall)
                    or isinstance(output_item_data, LocalShellToolCallOutput)
                    or isinstance(output_item_data, FunctionShellCall)
                    or isinstance(output_item_data, FunctionShellCallOutput)
                    or isinstance(output_item_data, ApplyPatchToolCall)
                    or isinstance(output_item_data, ApplyPatchToolCallOutput)
                    or isinstance(output_item_data, MCPListTools)
                    or isinstance(output_item_data, MCPApprovalRequest)
                    or isinstance(output_item_data, MCPApprovalResponseResource)
                    or isinstance(output_item_data, MCPToolCall)
                    or isinstance(output_item_data, CustomToolCall)
                    or isinstance(output_item_data, CustomToolCallOutput)
                ):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data
                output.append(output_item)

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, ResponseUsage):
            usage = _v_usage
        else:
            usage = _v_usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "object": object_,
                    "output": output,
                    "created_at": created_at,
                    "usage": usage,
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
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_compact_resource_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _output_raw = d.pop("output", UNSET)
        if _output_raw is None or isinstance(_output_raw, Unset):
            if strict_parsing.get():
                raise KeyError("output")

            if _output_raw is UNSET:
                _none_flips += ("output",)
            output = None

        else:
            try:
                output = []
                _output = _output_raw
                if not isinstance(_output, list):
                    raise TypeError()
                for output_item_data in _output:

                    def _parse_output_item(
                        data: object,
                    ) -> (
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
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "message":
                                try:
                                    componentsschemas_item_field_type_0 = (
                                        Message.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program":
                                try:
                                    componentsschemas_item_field_type_1 = (
                                        Program.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program_output":
                                try:
                                    componentsschemas_item_field_type_2 = (
                                        ProgramOutput.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call":
                                try:
                                    componentsschemas_item_field_type_3 = (
                                        FunctionToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_call":
                                try:
                                    componentsschemas_item_field_type_4 = (
                                        ToolSearchCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_output":
                                try:
                                    componentsschemas_item_field_type_5 = (
                                        ToolSearchOutput.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "additional_tools":
                                try:
                                    componentsschemas_item_field_type_6 = (
                                        AdditionalTools.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call_output":
                                try:
                                    componentsschemas_item_field_type_7 = (
                                        FunctionToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search_call":
                                try:
                                    componentsschemas_item_field_type_8 = (
                                        FileSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "web_search_call":
                                try:
                                    componentsschemas_item_field_type_9 = (
                                        WebSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation_call":
                                try:
                                    componentsschemas_item_field_type_10 = (
                                        ImageGenToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call":
                                try:
                                    componentsschemas_item_field_type_11 = (
                                        ComputerToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call_output":
                                try:
                                    componentsschemas_item_field_type_12 = (
                                        ComputerToolCallOutputResource.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "reasoning":
                                try:
                                    componentsschemas_item_field_type_13 = (
                                        ReasoningItem.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "compaction":
                                try:
                                    componentsschemas_item_field_type_14 = (
                                        CompactionBody.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_14
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter_call":
                                try:
                                    componentsschemas_item_field_type_15 = (
                                        CodeInterpreterToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_15
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call":
                                try:
                                    componentsschemas_item_field_type_16 = (
                                        LocalShellToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_16
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call_output":
                                try:
                                    componentsschemas_item_field_type_17 = (
                                        LocalShellToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_17
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call":
                                try:
                                    componentsschemas_item_field_type_18 = (
                                        FunctionShellCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_18
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call_output":
                                try:
                                    componentsschemas_item_field_type_19 = (
                                        FunctionShellCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_19
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call":
                                try:
                                    componentsschemas_item_field_type_20 = (
                                        ApplyPatchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_20
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call_output":
                                try:
                                    componentsschemas_item_field_type_21 = (
                                        ApplyPatchToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_21
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_list_tools":
                                try:
                                    componentsschemas_item_field_type_22 = (
                                        MCPListTools.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_22
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_request":
                                try:
                                    componentsschemas_item_field_type_23 = (
                                        MCPApprovalRequest.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_23
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_response":
                                try:
                                    componentsschemas_item_field_type_24 = (
                                        MCPApprovalResponseResource.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_24
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_call":
                                try:
                                    componentsschemas_item_field_type_25 = (
                                        MCPToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_25
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call":
                                try:
                                    componentsschemas_item_field_type_26 = (
                                        CustomToolCall.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_26
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call_output":
                                try:
                                    componentsschemas_item_field_type_27 = (
                                        CustomToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_item_field_type_27
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
                                return _parse_output_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
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
                                        "arguments",
                                        "call_id",
                                        "created_by",
                                        "execution",
                                        "id",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "call_id",
                                        "created_by",
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
                                        "id",
                                        "status",
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
                                        "created_by",
                                        "id",
                                        "output",
                                        "status",
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
                                        "created_by",
                                        "encrypted_content",
                                        "id",
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
                                        "created_by",
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
                                        "created_by",
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
                                        "created_by",
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
                                        "created_by",
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
                                        "input",
                                        "name",
                                        "namespace",
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
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "message") not in (
                                "message",
                            ) or data.get("role", "unknown") not in (
                                "unknown",
                                "user",
                                "assistant",
                                "system",
                                "critic",
                                "discriminator",
                                "developer",
                                "tool",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_0 = Message.from_dict(
                                data
                            )

                            return componentsschemas_item_field_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program") not in ("program",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_1 = Program.from_dict(
                                data
                            )

                            return componentsschemas_item_field_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program_output") not in (
                                "program_output",
                            ):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_2 = (
                                ProgramOutput.from_dict(data)
                            )

                            return componentsschemas_item_field_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function_call") not in (
                                "function_call",
                            ):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_3 = (
                                FunctionToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_call") not in (
                                "tool_search_call",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_4 = (
                                ToolSearchCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_output") not in (
                                "tool_search_output",
                            ):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_5 = (
                                ToolSearchOutput.from_dict(data)
                            )

                            return componentsschemas_item_field_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "additional_tools") not in (
                                "additional_tools",
                            ) or data.get("role", "unknown") not in (
                                "unknown",
                                "user",
                                "assistant",
                                "system",
                                "critic",
                                "discriminator",
                                "developer",
                                "tool",
                            ):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_6 = (
                                AdditionalTools.from_dict(data)
                            )

                            return componentsschemas_item_field_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function_call_output") not in (
                                "function_call_output",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_7 = (
                                FunctionToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_item_field_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_search_call") not in (
                                "file_search_call",
                            ):
                                raise TypeError()
                            if _fits[8] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_8 = (
                                FileSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search_call") not in (
                                "web_search_call",
                            ):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_9 = (
                                WebSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_generation_call") not in (
                                "image_generation_call",
                            ):
                                raise TypeError()
                            if _fits[10] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_10 = (
                                ImageGenToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call") not in (
                                "computer_call",
                            ):
                                raise TypeError()
                            if _fits[11] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_11 = (
                                ComputerToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call_output") not in (
                                "computer_call_output",
                            ):
                                raise TypeError()
                            if _fits[12] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_12 = (
                                ComputerToolCallOutputResource.from_dict(data)
                            )

                            return componentsschemas_item_field_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "reasoning") not in ("reasoning",):
                                raise TypeError()
                            if _fits[13] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_13 = (
                                ReasoningItem.from_dict(data)
                            )

                            return componentsschemas_item_field_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "compaction") not in ("compaction",):
                                raise TypeError()
                            if _fits[14] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_14 = (
                                CompactionBody.from_dict(data)
                            )

                            return componentsschemas_item_field_type_14
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
                            componentsschemas_item_field_type_15 = (
                                CodeInterpreterToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_15
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
                            componentsschemas_item_field_type_16 = (
                                LocalShellToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_16
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
                            componentsschemas_item_field_type_17 = (
                                LocalShellToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_item_field_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell_call") not in ("shell_call",):
                                raise TypeError()
                            if _fits[18] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_18 = (
                                FunctionShellCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_18
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
                            componentsschemas_item_field_type_19 = (
                                FunctionShellCallOutput.from_dict(data)
                            )

                            return componentsschemas_item_field_type_19
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
                            componentsschemas_item_field_type_20 = (
                                ApplyPatchToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_20
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
                            componentsschemas_item_field_type_21 = (
                                ApplyPatchToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_item_field_type_21
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
                            componentsschemas_item_field_type_22 = (
                                MCPListTools.from_dict(data)
                            )

                            return componentsschemas_item_field_type_22
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
                            componentsschemas_item_field_type_23 = (
                                MCPApprovalRequest.from_dict(data)
                            )

                            return componentsschemas_item_field_type_23
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
                            componentsschemas_item_field_type_24 = (
                                MCPApprovalResponseResource.from_dict(data)
                            )

                            return componentsschemas_item_field_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_call") not in ("mcp_call",):
                                raise TypeError()
                            if _fits[25] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_25 = (
                                MCPToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom_tool_call") not in (
                                "custom_tool_call",
                            ):
                                raise TypeError()
                            if _fits[26] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_26 = (
                                CustomToolCall.from_dict(data)
                            )

                            return componentsschemas_item_field_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom_tool_call_output") not in (
                                "custom_tool_call_output",
                            ):
                                raise TypeError()
                            if _fits[27] < _most:
                                raise TypeError()
                            componentsschemas_item_field_type_27 = (
                                CustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_item_field_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
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
                            | WebSearchToolCall,
                            data,
                        )

                    output_item = _parse_output_item(output_item_data)

                    output.append(output_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if strict_parsing.get():
                raise KeyError("usage")

            if _usage_raw is UNSET:
                _none_flips += ("usage",)
            usage = None

        else:
            try:
                usage = ResponseUsage.from_dict(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        compact_resource = cls(
            id=id,
            object_=object_,
            output=output,
            created_at=created_at,
            usage=usage,
        )
        if _none_flips:
            compact_resource._none_flips = _none_flips

        compact_resource.additional_properties = d
        return compact_resource

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
