from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_item_list_object import (
    ConversationItemListObject,
    check_conversation_item_list_object,
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
    from ..models.function_tool_call_output_resource import (
        FunctionToolCallOutputResource,
    )
    from ..models.function_tool_call_resource import FunctionToolCallResource
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
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall


T = TypeVar("T", bound="ConversationItemList")

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
        FunctionToolCallOutputResource, \
        FunctionToolCallResource, \
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
    from ..models.function_tool_call_output_resource import (
        FunctionToolCallOutputResource,
    )
    from ..models.function_tool_call_resource import FunctionToolCallResource
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
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.web_search_tool_call import WebSearchToolCall

    _models_bound = True


@_attrs_define
class ConversationItemList:
    """A page of conversation items, with the first and last IDs and whether more follow."""

    object_: ConversationItemListObject
    data: list[
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
        | FunctionToolCallOutputResource
        | FunctionToolCallResource
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
    has_more: bool
    first_id: str
    last_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" not in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str = _v_object_

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_data, list):
            data = _v_data
        else:
            data = []
            for data_item_data in _v_data:
                data_item: dict[str, Any]
                if (
                    isinstance(data_item_data, Message)
                    or isinstance(data_item_data, FunctionToolCallResource)
                    or isinstance(data_item_data, FunctionToolCallOutputResource)
                    or isinstance(data_item_data, FileSearchToolCall)
                    or isinstance(data_item_data, WebSearchToolCall)
                    or isinstance(data_item_data, ImageGenToolCall)
                    or isinstance(data_item_data, ComputerToolCall)
                    or isinstance(data_item_data, ComputerToolCallOutputResource)
                    or isinstance(data_item_data, ToolSearchCall)
                    or isinstance(data_item_data, ToolSearchOutput)
                    or isinstance(data_item_data, AdditionalTools)
                    or isinstance(data_item_data, ReasoningItem)
                    or isinstance(data_item_data, Program)
                    or isinstance(data_item_data, ProgramOutput)
                    or isinstance(data_item_data, CompactionBody)
                    or isinstance(data_item_data, CodeInterpreterToolCall)
                    or isinstance(data_item_data, LocalShellToolCall)
                    or isinstance(data_item_data, LocalShellToolCallOutput)
                    or isinstance(data_item_data, FunctionShellCall)
                    or isinstance(data_item_data, FunctionShellCallOutput)
                    or isinstance(data_item_data, ApplyPatchToolCall)
                    or isinstance(data_item_data, ApplyPatchToolCallOutput)
                    or isinstance(data_item_data, MCPListTools)
                    or isinstance(data_item_data, MCPApprovalRequest)
                    or isinstance(data_item_data, MCPApprovalResponseResource)
                    or isinstance(data_item_data, MCPToolCall)
                    or isinstance(data_item_data, CustomToolCall)
                    or isinstance(data_item_data, CustomToolCallOutput)
                ):
                    data_item = data_item_data.to_dict()
                else:
                    data_item = data_item_data
                data.append(data_item)

        _v_has_more = (
            self.has_more
            if self.has_more is not None or "has_more" not in self._none_flips
            else UNSET
        )

        has_more = _v_has_more

        _v_first_id = (
            self.first_id
            if self.first_id is not None or "first_id" not in self._none_flips
            else UNSET
        )

        first_id = _v_first_id

        _v_last_id = (
            self.last_id
            if self.last_id is not None or "last_id" not in self._none_flips
            else UNSET
        )

        last_id = _v_last_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "object": object_,
                    "data": data,
                    "has_more": has_more,
                    "first_id": first_id,
                    "last_id": last_id,
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
        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if strict_parsing.get():
                raise KeyError("object")

            if _object__raw is UNSET:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                object_ = check_conversation_item_list_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        _data_raw = d.pop("data", UNSET)
        if _data_raw is None or isinstance(_data_raw, Unset):
            if strict_parsing.get():
                raise KeyError("data")

            if _data_raw is UNSET:
                _none_flips += ("data",)
            data = None

        else:
            try:
                data = []
                _data = _data_raw
                if not isinstance(_data, list):
                    raise TypeError()
                for data_item_data in _data:

                    def _parse_data_item(
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
                        | FunctionToolCallOutputResource
                        | FunctionToolCallResource
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
                                    componentsschemas_conversation_item_type_0 = (
                                        Message.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call":
                                try:
                                    componentsschemas_conversation_item_type_1 = (
                                        FunctionToolCallResource.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call_output":
                                try:
                                    componentsschemas_conversation_item_type_2 = (
                                        FunctionToolCallOutputResource.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search_call":
                                try:
                                    componentsschemas_conversation_item_type_3 = (
                                        FileSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "web_search_call":
                                try:
                                    componentsschemas_conversation_item_type_4 = (
                                        WebSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation_call":
                                try:
                                    componentsschemas_conversation_item_type_5 = (
                                        ImageGenToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call":
                                try:
                                    componentsschemas_conversation_item_type_6 = (
                                        ComputerToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call_output":
                                try:
                                    componentsschemas_conversation_item_type_7 = (
                                        ComputerToolCallOutputResource.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_call":
                                try:
                                    componentsschemas_conversation_item_type_8 = (
                                        ToolSearchCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_output":
                                try:
                                    componentsschemas_conversation_item_type_9 = (
                                        ToolSearchOutput.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "additional_tools":
                                try:
                                    componentsschemas_conversation_item_type_10 = (
                                        AdditionalTools.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "reasoning":
                                try:
                                    componentsschemas_conversation_item_type_11 = (
                                        ReasoningItem.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program":
                                try:
                                    componentsschemas_conversation_item_type_12 = (
                                        Program.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program_output":
                                try:
                                    componentsschemas_conversation_item_type_13 = (
                                        ProgramOutput.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "compaction":
                                try:
                                    componentsschemas_conversation_item_type_14 = (
                                        CompactionBody.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_14
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter_call":
                                try:
                                    componentsschemas_conversation_item_type_15 = (
                                        CodeInterpreterToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_15
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call":
                                try:
                                    componentsschemas_conversation_item_type_16 = (
                                        LocalShellToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_16
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call_output":
                                try:
                                    componentsschemas_conversation_item_type_17 = (
                                        LocalShellToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_17
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call":
                                try:
                                    componentsschemas_conversation_item_type_18 = (
                                        FunctionShellCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_18
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call_output":
                                try:
                                    componentsschemas_conversation_item_type_19 = (
                                        FunctionShellCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_19
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call":
                                try:
                                    componentsschemas_conversation_item_type_20 = (
                                        ApplyPatchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_20
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call_output":
                                try:
                                    componentsschemas_conversation_item_type_21 = (
                                        ApplyPatchToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_21
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_list_tools":
                                try:
                                    componentsschemas_conversation_item_type_22 = (
                                        MCPListTools.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_22
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_request":
                                try:
                                    componentsschemas_conversation_item_type_23 = (
                                        MCPApprovalRequest.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_23
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_response":
                                try:
                                    componentsschemas_conversation_item_type_24 = (
                                        MCPApprovalResponseResource.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_24
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_call":
                                try:
                                    componentsschemas_conversation_item_type_25 = (
                                        MCPToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_25
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call":
                                try:
                                    componentsschemas_conversation_item_type_26 = (
                                        CustomToolCall.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_26
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call_output":
                                try:
                                    componentsschemas_conversation_item_type_27 = (
                                        CustomToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_conversation_item_type_27
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
                                return _parse_data_item(data)
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
                                        "arguments",
                                        "call_id",
                                        "caller",
                                        "created_by",
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
                                        "created_by",
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
                            componentsschemas_conversation_item_type_0 = (
                                Message.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function_call") not in (
                                "function_call",
                            ):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_1 = (
                                FunctionToolCallResource.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function_call_output") not in (
                                "function_call_output",
                            ):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_2 = (
                                FunctionToolCallOutputResource.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_2
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
                            componentsschemas_conversation_item_type_3 = (
                                FileSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search_call") not in (
                                "web_search_call",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_4 = (
                                WebSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_generation_call") not in (
                                "image_generation_call",
                            ):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_5 = (
                                ImageGenToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call") not in (
                                "computer_call",
                            ):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_6 = (
                                ComputerToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call_output") not in (
                                "computer_call_output",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_7 = (
                                ComputerToolCallOutputResource.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_call") not in (
                                "tool_search_call",
                            ):
                                raise TypeError()
                            if _fits[8] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_8 = (
                                ToolSearchCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_output") not in (
                                "tool_search_output",
                            ):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_9 = (
                                ToolSearchOutput.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_9
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
                            if _fits[10] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_10 = (
                                AdditionalTools.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "reasoning") not in ("reasoning",):
                                raise TypeError()
                            if _fits[11] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_11 = (
                                ReasoningItem.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program") not in ("program",):
                                raise TypeError()
                            if _fits[12] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_12 = (
                                Program.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program_output") not in (
                                "program_output",
                            ):
                                raise TypeError()
                            if _fits[13] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_13 = (
                                ProgramOutput.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "compaction") not in ("compaction",):
                                raise TypeError()
                            if _fits[14] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_14 = (
                                CompactionBody.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_14
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
                            componentsschemas_conversation_item_type_15 = (
                                CodeInterpreterToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_15
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
                            componentsschemas_conversation_item_type_16 = (
                                LocalShellToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_16
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
                            componentsschemas_conversation_item_type_17 = (
                                LocalShellToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell_call") not in ("shell_call",):
                                raise TypeError()
                            if _fits[18] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_18 = (
                                FunctionShellCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_18
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
                            componentsschemas_conversation_item_type_19 = (
                                FunctionShellCallOutput.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_19
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
                            componentsschemas_conversation_item_type_20 = (
                                ApplyPatchToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_20
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
                            componentsschemas_conversation_item_type_21 = (
                                ApplyPatchToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_21
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
                            componentsschemas_conversation_item_type_22 = (
                                MCPListTools.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_22
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
                            componentsschemas_conversation_item_type_23 = (
                                MCPApprovalRequest.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_23
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
                            componentsschemas_conversation_item_type_24 = (
                                MCPApprovalResponseResource.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_call") not in ("mcp_call",):
                                raise TypeError()
                            if _fits[25] < _most:
                                raise TypeError()
                            componentsschemas_conversation_item_type_25 = (
                                MCPToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_25
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
                            componentsschemas_conversation_item_type_26 = (
                                CustomToolCall.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_26
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
                            componentsschemas_conversation_item_type_27 = (
                                CustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_conversation_item_type_27
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
                            | FunctionToolCallOutputResource
                            | FunctionToolCallResource
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

                    data_item = _parse_data_item(data_item_data)

                    data.append(data_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                data = _data_raw

        has_more = d.pop("has_more", UNSET)
        if (has_more is None or isinstance(has_more, Unset)) and strict_parsing.get():
            raise KeyError("has_more")

        if has_more is None or has_more is UNSET:
            if has_more is UNSET:
                _none_flips += ("has_more",)
            has_more = None

        first_id = d.pop("first_id", UNSET)
        if (first_id is None or isinstance(first_id, Unset)) and strict_parsing.get():
            raise KeyError("first_id")

        if first_id is None or first_id is UNSET:
            if first_id is UNSET:
                _none_flips += ("first_id",)
            first_id = None

        last_id = d.pop("last_id", UNSET)
        if (last_id is None or isinstance(last_id, Unset)) and strict_parsing.get():
            raise KeyError("last_id")

        if last_id is None or last_id is UNSET:
            if last_id is UNSET:
                _none_flips += ("last_id",)
            last_id = None

        conversation_item_list = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
        )
        if _none_flips:
            conversation_item_list._none_flips = _none_flips

        conversation_item_list.additional_properties = d
        return conversation_item_list

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
