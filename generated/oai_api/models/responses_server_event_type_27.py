from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_output_item_done_event_type import (
    ResponseOutputItemDoneEventType,
    check_response_output_item_done_event_type,
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


T = TypeVar("T", bound="ResponsesServerEventType27")

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
        CustomToolCallOutputResource, \
        FileSearchToolCall, \
        FunctionShellCall, \
        FunctionShellCallOutput, \
        FunctionToolCall, \
        FunctionToolCallOutputResource, \
        ImageGenToolCall, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        MCPApprovalRequest, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPToolCall, \
        OutputMessage, \
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

    _models_bound = True


@_attrs_define
class ResponsesServerEventType27:
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
    stream_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_output_index = (
            self.output_index
            if self.output_index is not None or "output_index" not in self._none_flips
            else UNSET
        )

        output_index = _v_output_index

        _v_sequence_number = (
            self.sequence_number
            if self.sequence_number is not None
            or "sequence_number" not in self._none_flips
            else UNSET
        )

        sequence_number = _v_sequence_number

        _v_item = (
            self.item
            if self.item is not None or "item" not in self._none_flips
            else UNSET
        )

        if _v_item is None or isinstance(_v_item, Unset):
            item = _v_item
        else:
            item: dict[str, Any]
            if (
                isinstance(_v_item, OutputMessage)
                or isinstance(_v_item, FileSearchToolCall)
                or isinstance(_v_item, FunctionToolCall)
                or isinstance(_v_item, FunctionToolCallOutputResource)
                or isinstance(_v_item, WebSearchToolCall)
                or isinstance(_v_item, ComputerToolCall)
                or isinstance(_v_item, ComputerToolCallOutputResource)
                or isinstance(_v_item, ReasoningItem)
                or isinstance(_v_item, Program)
                or isinstance(_v_item, ProgramOutput)
                or isinstance(_v_item, ToolSearchCall)
                or isinstance(_v_item, ToolSearchOutput)
                or isinstance(_v_item, AdditionalTools)
                or isinstance(_v_item, CompactionBody)
                or isinstance(_v_item, ImageGenToolCall)
                or isinstance(_v_item, CodeInterpreterToolCall)
                or isinstance(_v_item, LocalShellToolCall)
                or isinstance(_v_item, LocalShellToolCallOutput)
                or isinstance(_v_item, FunctionShellCall)
                or isinstance(_v_item, FunctionShellCallOutput)
                or isinstance(_v_item, ApplyPatchToolCall)
                or isinstance(_v_item, ApplyPatchToolCallOutput)
                or isinstance(_v_item, MCPToolCall)
                or isinstance(_v_item, MCPListTools)
                or isinstance(_v_item, MCPApprovalRequest)
                or isinstance(_v_item, MCPApprovalResponseResource)
                or isinstance(_v_item, CustomToolCall)
                or isinstance(_v_item, CustomToolCallOutputResource)
            ):
                item = _v_item.to_dict()
            else:
                item = _v_item

        _v_stream_id = (
            self.stream_id
            if self.stream_id is not None or "stream_id" in self._none_flips
            else UNSET
        )

        stream_id = _v_stream_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "output_index": output_index,
                    "sequence_number": sequence_number,
                    "item": item,
                }.items()
                if v is not UNSET
            }
        )
        if stream_id is not UNSET:
            field_dict["stream_id"] = stream_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_response_output_item_done_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        output_index = d.pop("output_index", UNSET)
        if (
            output_index is None or isinstance(output_index, Unset)
        ) and strict_parsing.get():
            raise KeyError("output_index")

        if output_index is None or output_index is UNSET:
            if output_index is UNSET:
                _none_flips += ("output_index",)
            output_index = None

        sequence_number = d.pop("sequence_number", UNSET)
        if (
            sequence_number is None or isinstance(sequence_number, Unset)
        ) and strict_parsing.get():
            raise KeyError("sequence_number")

        if sequence_number is None or sequence_number is UNSET:
            if sequence_number is UNSET:
                _none_flips += ("sequence_number",)
            sequence_number = None

        _item_raw = d.pop("item", UNSET)
        if _item_raw is None or isinstance(_item_raw, Unset):
            if strict_parsing.get():
                raise KeyError("item")

            if _item_raw is UNSET:
                _none_flips += ("item",)
            item = None

        else:
            try:

                def _parse_item(
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
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "message":
                            try:
                                componentsschemas_output_item_type_0 = (
                                    OutputMessage.from_dict(data)
                                )

                                return componentsschemas_output_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("role") == "assistant":
                            try:
                                componentsschemas_output_item_type_0 = (
                                    OutputMessage.from_dict(data)
                                )

                                return componentsschemas_output_item_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "file_search_call":
                            try:
                                componentsschemas_output_item_type_1 = (
                                    FileSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function_call":
                            try:
                                componentsschemas_output_item_type_2 = (
                                    FunctionToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function_call_output":
                            try:
                                componentsschemas_output_item_type_3 = (
                                    FunctionToolCallOutputResource.from_dict(data)
                                )

                                return componentsschemas_output_item_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "web_search_call":
                            try:
                                componentsschemas_output_item_type_4 = (
                                    WebSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "computer_call":
                            try:
                                componentsschemas_output_item_type_5 = (
                                    ComputerToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "computer_call_output":
                            try:
                                componentsschemas_output_item_type_6 = (
                                    ComputerToolCallOutputResource.from_dict(data)
                                )

                                return componentsschemas_output_item_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "reasoning":
                            try:
                                componentsschemas_output_item_type_7 = (
                                    ReasoningItem.from_dict(data)
                                )

                                return componentsschemas_output_item_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program":
                            try:
                                componentsschemas_output_item_type_8 = (
                                    Program.from_dict(data)
                                )

                                return componentsschemas_output_item_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "program_output":
                            try:
                                componentsschemas_output_item_type_9 = (
                                    ProgramOutput.from_dict(data)
                                )

                                return componentsschemas_output_item_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "tool_search_call":
                            try:
                                componentsschemas_output_item_type_10 = (
                                    ToolSearchCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "tool_search_output":
                            try:
                                componentsschemas_output_item_type_11 = (
                                    ToolSearchOutput.from_dict(data)
                                )

                                return componentsschemas_output_item_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "additional_tools":
                            try:
                                componentsschemas_output_item_type_12 = (
                                    AdditionalTools.from_dict(data)
                                )

                                return componentsschemas_output_item_type_12
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "compaction":
                            try:
                                componentsschemas_output_item_type_13 = (
                                    CompactionBody.from_dict(data)
                                )

                                return componentsschemas_output_item_type_13
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "image_generation_call":
                            try:
                                componentsschemas_output_item_type_14 = (
                                    ImageGenToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_14
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "code_interpreter_call":
                            try:
                                componentsschemas_output_item_type_15 = (
                                    CodeInterpreterToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "local_shell_call":
                            try:
                                componentsschemas_output_item_type_16 = (
                                    LocalShellToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_16
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "local_shell_call_output":
                            try:
                                componentsschemas_output_item_type_17 = (
                                    LocalShellToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_output_item_type_17
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell_call":
                            try:
                                componentsschemas_output_item_type_18 = (
                                    FunctionShellCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_18
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell_call_output":
                            try:
                                componentsschemas_output_item_type_19 = (
                                    FunctionShellCallOutput.from_dict(data)
                                )

                                return componentsschemas_output_item_type_19
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch_call":
                            try:
                                componentsschemas_output_item_type_20 = (
                                    ApplyPatchToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_20
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch_call_output":
                            try:
                                componentsschemas_output_item_type_21 = (
                                    ApplyPatchToolCallOutput.from_dict(data)
                                )

                                return componentsschemas_output_item_type_21
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_call":
                            try:
                                componentsschemas_output_item_type_22 = (
                                    MCPToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_22
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_list_tools":
                            try:
                                componentsschemas_output_item_type_23 = (
                                    MCPListTools.from_dict(data)
                                )

                                return componentsschemas_output_item_type_23
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_approval_request":
                            try:
                                componentsschemas_output_item_type_24 = (
                                    MCPApprovalRequest.from_dict(data)
                                )

                                return componentsschemas_output_item_type_24
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp_approval_response":
                            try:
                                componentsschemas_output_item_type_25 = (
                                    MCPApprovalResponseResource.from_dict(data)
                                )

                                return componentsschemas_output_item_type_25
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom_tool_call":
                            try:
                                componentsschemas_output_item_type_26 = (
                                    CustomToolCall.from_dict(data)
                                )

                                return componentsschemas_output_item_type_26
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom_tool_call_output":
                            try:
                                componentsschemas_output_item_type_27 = (
                                    CustomToolCallOutputResource.from_dict(data)
                                )

                                return componentsschemas_output_item_type_27
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_item(data)
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
                                    "id",
                                    "queries",
                                    "results",
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
                                    "action",
                                    "id",
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
                                    "created_by",
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
                                    "created_by",
                                    "id",
                                    "output",
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
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "message") not in ("message",) or data.get(
                            "role", "assistant"
                        ) not in ("assistant",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_0 = OutputMessage.from_dict(
                            data
                        )

                        return componentsschemas_output_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "file_search_call") not in (
                            "file_search_call",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_1 = (
                            FileSearchToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function_call") not in ("function_call",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_2 = (
                            FunctionToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function_call_output") not in (
                            "function_call_output",
                        ):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_3 = (
                            FunctionToolCallOutputResource.from_dict(data)
                        )

                        return componentsschemas_output_item_type_3
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
                        componentsschemas_output_item_type_4 = (
                            WebSearchToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "computer_call") not in ("computer_call",):
                            raise TypeError()
                        if _fits[5] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_5 = (
                            ComputerToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "computer_call_output") not in (
                            "computer_call_output",
                        ):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_6 = (
                            ComputerToolCallOutputResource.from_dict(data)
                        )

                        return componentsschemas_output_item_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "reasoning") not in ("reasoning",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_7 = ReasoningItem.from_dict(
                            data
                        )

                        return componentsschemas_output_item_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program") not in ("program",):
                            raise TypeError()
                        if _fits[8] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_8 = Program.from_dict(data)

                        return componentsschemas_output_item_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "program_output") not in (
                            "program_output",
                        ):
                            raise TypeError()
                        if _fits[9] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_9 = ProgramOutput.from_dict(
                            data
                        )

                        return componentsschemas_output_item_type_9
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "tool_search_call") not in (
                            "tool_search_call",
                        ):
                            raise TypeError()
                        if _fits[10] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_10 = (
                            ToolSearchCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_10
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "tool_search_output") not in (
                            "tool_search_output",
                        ):
                            raise TypeError()
                        if _fits[11] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_11 = (
                            ToolSearchOutput.from_dict(data)
                        )

                        return componentsschemas_output_item_type_11
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
                        if _fits[12] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_12 = (
                            AdditionalTools.from_dict(data)
                        )

                        return componentsschemas_output_item_type_12
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "compaction") not in ("compaction",):
                            raise TypeError()
                        if _fits[13] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_13 = (
                            CompactionBody.from_dict(data)
                        )

                        return componentsschemas_output_item_type_13
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
                        componentsschemas_output_item_type_14 = (
                            ImageGenToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_14
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
                        componentsschemas_output_item_type_15 = (
                            CodeInterpreterToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_15
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
                        componentsschemas_output_item_type_16 = (
                            LocalShellToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_16
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
                        componentsschemas_output_item_type_17 = (
                            LocalShellToolCallOutput.from_dict(data)
                        )

                        return componentsschemas_output_item_type_17
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "shell_call") not in ("shell_call",):
                            raise TypeError()
                        if _fits[18] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_18 = (
                            FunctionShellCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_18
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
                        componentsschemas_output_item_type_19 = (
                            FunctionShellCallOutput.from_dict(data)
                        )

                        return componentsschemas_output_item_type_19
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
                        componentsschemas_output_item_type_20 = (
                            ApplyPatchToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_20
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
                        componentsschemas_output_item_type_21 = (
                            ApplyPatchToolCallOutput.from_dict(data)
                        )

                        return componentsschemas_output_item_type_21
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_call") not in ("mcp_call",):
                            raise TypeError()
                        if _fits[22] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_22 = MCPToolCall.from_dict(
                            data
                        )

                        return componentsschemas_output_item_type_22
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_list_tools") not in (
                            "mcp_list_tools",
                        ):
                            raise TypeError()
                        if _fits[23] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_23 = MCPListTools.from_dict(
                            data
                        )

                        return componentsschemas_output_item_type_23
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_approval_request") not in (
                            "mcp_approval_request",
                        ):
                            raise TypeError()
                        if _fits[24] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_24 = (
                            MCPApprovalRequest.from_dict(data)
                        )

                        return componentsschemas_output_item_type_24
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp_approval_response") not in (
                            "mcp_approval_response",
                        ):
                            raise TypeError()
                        if _fits[25] < _most:
                            raise TypeError()
                        componentsschemas_output_item_type_25 = (
                            MCPApprovalResponseResource.from_dict(data)
                        )

                        return componentsschemas_output_item_type_25
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
                        componentsschemas_output_item_type_26 = (
                            CustomToolCall.from_dict(data)
                        )

                        return componentsschemas_output_item_type_26
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
                        componentsschemas_output_item_type_27 = (
                            CustomToolCallOutputResource.from_dict(data)
                        )

                        return componentsschemas_output_item_type_27
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
                        | WebSearchToolCall,
                        data,
                    )

                item = _parse_item(_item_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                item = _item_raw

        stream_id = d.pop("stream_id", UNSET)
        if stream_id is None and strict_parsing.get():
            raise TypeError("stream_id")

        if stream_id is None or stream_id is UNSET:
            if stream_id is None:
                _none_flips += ("stream_id",)
            stream_id = None

        responses_server_event_type_27 = cls(
            type_=type_,
            output_index=output_index,
            sequence_number=sequence_number,
            item=item,
            stream_id=stream_id,
        )
        if _none_flips:
            responses_server_event_type_27._none_flips = _none_flips

        responses_server_event_type_27.additional_properties = d
        return responses_server_event_type_27

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
