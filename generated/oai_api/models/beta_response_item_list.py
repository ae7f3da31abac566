from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_response_item_list_object import (
    BetaResponseItemListObject,
    check_beta_response_item_list_object,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_additional_tools import BetaAdditionalTools
    from ..models.beta_agent_message import BetaAgentMessage
    from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall
    from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
    from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from ..models.beta_compaction_body import BetaCompactionBody
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_computer_tool_call_output_resource import (
        BetaComputerToolCallOutputResource,
    )
    from ..models.beta_custom_tool_call_output_resource import (
        BetaCustomToolCallOutputResource,
    )
    from ..models.beta_custom_tool_call_resource import BetaCustomToolCallResource
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_shell_call import BetaFunctionShellCall
    from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput
    from ..models.beta_function_tool_call_output_resource import (
        BetaFunctionToolCallOutputResource,
    )
    from ..models.beta_function_tool_call_resource import BetaFunctionToolCallResource
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message_resource import BetaInputMessageResource
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response_resource import (
        BetaMCPApprovalResponseResource,
    )
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_multi_agent_call import BetaMultiAgentCall
    from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program import BetaProgram
    from ..models.beta_program_output import BetaProgramOutput
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_tool_search_call import BetaToolSearchCall
    from ..models.beta_tool_search_output import BetaToolSearchOutput
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall


T = TypeVar("T", bound="BetaResponseItemList")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAdditionalTools, \
        BetaAgentMessage, \
        BetaApplyPatchToolCall, \
        BetaApplyPatchToolCallOutput, \
        BetaCodeInterpreterToolCall, \
        BetaCompactionBody, \
        BetaComputerToolCall, \
        BetaComputerToolCallOutputResource, \
        BetaCustomToolCallOutputResource, \
        BetaCustomToolCallResource, \
        BetaFileSearchToolCall, \
        BetaFunctionShellCall, \
        BetaFunctionShellCallOutput, \
        BetaFunctionToolCallOutputResource, \
        BetaFunctionToolCallResource, \
        BetaImageGenToolCall, \
        BetaInputMessageResource, \
        BetaLocalShellToolCall, \
        BetaLocalShellToolCallOutput, \
        BetaMCPApprovalRequest, \
        BetaMCPApprovalResponseResource, \
        BetaMCPListTools, \
        BetaMCPToolCall, \
        BetaMultiAgentCall, \
        BetaMultiAgentCallOutput, \
        BetaOutputMessage, \
        BetaProgram, \
        BetaProgramOutput, \
        BetaReasoningItem, \
        BetaToolSearchCall, \
        BetaToolSearchOutput, \
        BetaWebSearchToolCall
    from ..models.beta_additional_tools import BetaAdditionalTools
    from ..models.beta_agent_message import BetaAgentMessage
    from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall
    from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
    from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from ..models.beta_compaction_body import BetaCompactionBody
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_computer_tool_call_output_resource import (
        BetaComputerToolCallOutputResource,
    )
    from ..models.beta_custom_tool_call_output_resource import (
        BetaCustomToolCallOutputResource,
    )
    from ..models.beta_custom_tool_call_resource import BetaCustomToolCallResource
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_shell_call import BetaFunctionShellCall
    from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput
    from ..models.beta_function_tool_call_output_resource import (
        BetaFunctionToolCallOutputResource,
    )
    from ..models.beta_function_tool_call_resource import BetaFunctionToolCallResource
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message_resource import BetaInputMessageResource
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response_resource import (
        BetaMCPApprovalResponseResource,
    )
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_multi_agent_call import BetaMultiAgentCall
    from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program import BetaProgram
    from ..models.beta_program_output import BetaProgramOutput
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_tool_search_call import BetaToolSearchCall
    from ..models.beta_tool_search_output import BetaToolSearchOutput
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall

    _models_bound = True


@_attrs_define
class BetaResponseItemList:
    """One page of items, with cursors for fetching the next page."""

    object_: BetaResponseItemListObject
    data: list[
        BetaAdditionalTools
        | BetaAgentMessage
        | BetaApplyPatchToolCall
        | BetaApplyPatchToolCallOutput
        | BetaCodeInterpreterToolCall
        | BetaCompactionBody
        | BetaComputerToolCall
        | BetaComputerToolCallOutputResource
        | BetaCustomToolCallOutputResource
        | BetaCustomToolCallResource
        | BetaFileSearchToolCall
        | BetaFunctionShellCall
        | BetaFunctionShellCallOutput
        | BetaFunctionToolCallOutputResource
        | BetaFunctionToolCallResource
        | BetaImageGenToolCall
        | BetaInputMessageResource
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponseResource
        | BetaMCPListTools
        | BetaMCPToolCall
        | BetaMultiAgentCall
        | BetaMultiAgentCallOutput
        | BetaOutputMessage
        | BetaProgram
        | BetaProgramOutput
        | BetaReasoningItem
        | BetaToolSearchCall
        | BetaToolSearchOutput
        | BetaWebSearchToolCall
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
                    isinstance(data_item_data, BetaInputMessageResource)
                    or isinstance(data_item_data, BetaOutputMessage)
                    or isinstance(data_item_data, BetaFileSearchToolCall)
                    or isinstance(data_item_data, BetaComputerToolCall)
                    or isinstance(data_item_data, BetaComputerToolCallOutputResource)
                    or isinstance(data_item_data, BetaWebSearchToolCall)
                    or isinstance(data_item_data, BetaFunctionToolCallResource)
                    or isinstance(data_item_data, BetaFunctionToolCallOutputResource)
                    or isinstance(data_item_data, BetaAgentMessage)
                    or isinstance(data_item_data, BetaMultiAgentCall)
                    or isinstance(data_item_data, BetaMultiAgentCallOutput)
                    or isinstance(data_item_data, BetaToolSearchCall)
                    or isinstance(data_item_data, BetaToolSearchOutput)
                    or isinstance(data_item_data, BetaAdditionalTools)
                    or isinstance(data_item_data, BetaReasoningItem)
                    or isinstance(data_item_data, BetaProgram)
                    or isinstance(data_item_data, BetaProgramOutput)
                    or isinstance(data_item_data, BetaCompactionBody)
                    or isinstance(data_item_data, BetaImageGenToolCall)
                    or isinstance(data_item_data, BetaCodeInterpreterToolCall)
                    or isinstance(data_item_data, BetaLocalShellToolCall)
                    or isinstance(data_item_data, BetaLocalShellToolCallOutput)
                    or isinstance(data_item_data, BetaFunctionShellCall)
                    or isinstance(data_item_data, BetaFunctionShellCallOutput)
                    or isinstance(data_item_data, BetaApplyPatchToolCall)
                    or isinstance(data_item_data, BetaApplyPatchToolCallOutput)
                    or isinstance(data_item_data, BetaMCPListTools)
                    or isinstance(data_item_data, BetaMCPApprovalRequest)
                    or isinstance(data_item_data, BetaMCPApprovalResponseResource)
                    or isinstance(data_item_data, BetaMCPToolCall)
                    or isinstance(data_item_data, BetaCustomToolCallResource)
                    or isinstance(data_item_data, BetaCustomToolCallOutputResource)
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
                object_ = check_beta_response_item_list_object(_object__raw)

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
                        BetaAdditionalTools
                        | BetaAgentMessage
                        | BetaApplyPatchToolCall
                        | BetaApplyPatchToolCallOutput
                        | BetaCodeInterpreterToolCall
                        | BetaCompactionBody
                        | BetaComputerToolCall
                        | BetaComputerToolCallOutputResource
                        | BetaCustomToolCallOutputResource
                        | BetaCustomToolCallResource
                        | BetaFileSearchToolCall
                        | BetaFunctionShellCall
                        | BetaFunctionShellCallOutput
                        | BetaFunctionToolCallOutputResource
                        | BetaFunctionToolCallResource
                        | BetaImageGenToolCall
                        | BetaInputMessageResource
                        | BetaLocalShellToolCall
                        | BetaLocalShellToolCallOutput
                        | BetaMCPApprovalRequest
                        | BetaMCPApprovalResponseResource
                        | BetaMCPListTools
                        | BetaMCPToolCall
                        | BetaMultiAgentCall
                        | BetaMultiAgentCallOutput
                        | BetaOutputMessage
                        | BetaProgram
                        | BetaProgramOutput
                        | BetaReasoningItem
                        | BetaToolSearchCall
                        | BetaToolSearchOutput
                        | BetaWebSearchToolCall
                    ):
                        if isinstance(data, dict):
                            if data.get("role") == "assistant":
                                try:
                                    componentsschemas_beta_item_resource_type_1 = (
                                        BetaOutputMessage.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search_call":
                                try:
                                    componentsschemas_beta_item_resource_type_2 = (
                                        BetaFileSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call":
                                try:
                                    componentsschemas_beta_item_resource_type_3 = (
                                        BetaComputerToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call_output":
                                try:
                                    componentsschemas_beta_item_resource_type_4 = (
                                        BetaComputerToolCallOutputResource.from_dict(
                                            data
                                        )
                                    )

                                    return componentsschemas_beta_item_resource_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "web_search_call":
                                try:
                                    componentsschemas_beta_item_resource_type_5 = (
                                        BetaWebSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call":
                                try:
                                    componentsschemas_beta_item_resource_type_6 = (
                                        BetaFunctionToolCallResource.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call_output":
                                try:
                                    componentsschemas_beta_item_resource_type_7 = (
                                        BetaFunctionToolCallOutputResource.from_dict(
                                            data
                                        )
                                    )

                                    return componentsschemas_beta_item_resource_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "agent_message":
                                try:
                                    componentsschemas_beta_item_resource_type_8 = (
                                        BetaAgentMessage.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "multi_agent_call":
                                try:
                                    componentsschemas_beta_item_resource_type_9 = (
                                        BetaMultiAgentCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "multi_agent_call_output":
                                try:
                                    componentsschemas_beta_item_resource_type_10 = (
                                        BetaMultiAgentCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_call":
                                try:
                                    componentsschemas_beta_item_resource_type_11 = (
                                        BetaToolSearchCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_output":
                                try:
                                    componentsschemas_beta_item_resource_type_12 = (
                                        BetaToolSearchOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "additional_tools":
                                try:
                                    componentsschemas_beta_item_resource_type_13 = (
                                        BetaAdditionalTools.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "reasoning":
                                try:
                                    componentsschemas_beta_item_resource_type_14 = (
                                        BetaReasoningItem.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_14
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program":
                                try:
                                    componentsschemas_beta_item_resource_type_15 = (
                                        BetaProgram.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_15
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program_output":
                                try:
                                    componentsschemas_beta_item_resource_type_16 = (
                                        BetaProgramOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_16
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "compaction":
                                try:
                                    componentsschemas_beta_item_resource_type_17 = (
                                        BetaCompactionBody.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_17
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation_call":
                                try:
                                    componentsschemas_beta_item_resource_type_18 = (
                                        BetaImageGenToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_18
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter_call":
                                try:
                                    componentsschemas_beta_item_resource_type_19 = (
                                        BetaCodeInterpreterToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_19
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call":
                                try:
                                    componentsschemas_beta_item_resource_type_20 = (
                                        BetaLocalShellToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_20
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call_output":
                                try:
                                    componentsschemas_beta_item_resource_type_21 = (
                                        BetaLocalShellToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_21
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call":
                                try:
                                    componentsschemas_beta_item_resource_type_22 = (
                                        BetaFunctionShellCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_22
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call_output":
                                try:
                                    componentsschemas_beta_item_resource_type_23 = (
                                        BetaFunctionShellCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_23
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call":
                                try:
                                    componentsschemas_beta_item_resource_type_24 = (
                                        BetaApplyPatchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_24
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call_output":
                                try:
                                    componentsschemas_beta_item_resource_type_25 = (
                                        BetaApplyPatchToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_25
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_list_tools":
                                try:
                                    componentsschemas_beta_item_resource_type_26 = (
                                        BetaMCPListTools.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_26
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_request":
                                try:
                                    componentsschemas_beta_item_resource_type_27 = (
                                        BetaMCPApprovalRequest.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_27
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_response":
                                try:
                                    componentsschemas_beta_item_resource_type_28 = (
                                        BetaMCPApprovalResponseResource.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_28
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_call":
                                try:
                                    componentsschemas_beta_item_resource_type_29 = (
                                        BetaMCPToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_29
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call":
                                try:
                                    componentsschemas_beta_item_resource_type_30 = (
                                        BetaCustomToolCallResource.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_30
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call_output":
                                try:
                                    componentsschemas_beta_item_resource_type_31 = (
                                        BetaCustomToolCallOutputResource.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_resource_type_31
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
                                        "agent",
                                        "content",
                                        "id",
                                        "role",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                        "agent",
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
                                        "agent",
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
                                        "agent",
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
                                        "action",
                                        "agent",
                                        "id",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                        "agent",
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
                                        "agent",
                                        "author",
                                        "content",
                                        "id",
                                        "recipient",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "action",
                                        "agent",
                                        "arguments",
                                        "call_id",
                                        "id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "action",
                                        "agent",
                                        "call_id",
                                        "id",
                                        "output",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                        "agent",
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
                                        "agent",
                                        "id",
                                        "role",
                                        "tools",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                        "agent",
                                        "call_id",
                                        "code",
                                        "fingerprint",
                                        "id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
                                        "call_id",
                                        "id",
                                        "result",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
                                        "created_by",
                                        "encrypted_content",
                                        "id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
                                        "id",
                                        "result",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                        "agent",
                                        "call_id",
                                        "id",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
                                        "id",
                                        "output",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "action",
                                        "agent",
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
                                        "agent",
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
                                        "agent",
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
                                        "agent",
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
                                        "agent",
                                        "error",
                                        "id",
                                        "server_label",
                                        "tools",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
                                        "arguments",
                                        "id",
                                        "name",
                                        "server_label",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
                                        "approval_request_id",
                                        "approve",
                                        "id",
                                        "reason",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                        "agent",
                                        "call_id",
                                        "caller",
                                        "created_by",
                                        "id",
                                        "input",
                                        "name",
                                        "namespace",
                                        "status",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                "system",
                                "developer",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_0 = (
                                BetaInputMessageResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "message") not in (
                                "message",
                            ) or data.get("role", "assistant") not in ("assistant",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_1 = (
                                BetaOutputMessage.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_search_call") not in (
                                "file_search_call",
                            ):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_2 = (
                                BetaFileSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call") not in (
                                "computer_call",
                            ):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_3 = (
                                BetaComputerToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call_output") not in (
                                "computer_call_output",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_4 = (
                                BetaComputerToolCallOutputResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search_call") not in (
                                "web_search_call",
                            ):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_5 = (
                                BetaWebSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function_call") not in (
                                "function_call",
                            ):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_6 = (
                                BetaFunctionToolCallResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_6
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
                            componentsschemas_beta_item_resource_type_7 = (
                                BetaFunctionToolCallOutputResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "agent_message") not in (
                                "agent_message",
                            ):
                                raise TypeError()
                            if _fits[8] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_8 = (
                                BetaAgentMessage.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "multi_agent_call") not in (
                                "multi_agent_call",
                            ):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_9 = (
                                BetaMultiAgentCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "multi_agent_call_output") not in (
                                "multi_agent_call_output",
                            ):
                                raise TypeError()
                            if _fits[10] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_10 = (
                                BetaMultiAgentCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_call") not in (
                                "tool_search_call",
                            ):
                                raise TypeError()
                            if _fits[11] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_11 = (
                                BetaToolSearchCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_output") not in (
                                "tool_search_output",
                            ):
                                raise TypeError()
                            if _fits[12] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_12 = (
                                BetaToolSearchOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_12
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
                            if _fits[13] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_13 = (
                                BetaAdditionalTools.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "reasoning") not in ("reasoning",):
                                raise TypeError()
                            if _fits[14] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_14 = (
                                BetaReasoningItem.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program") not in ("program",):
                                raise TypeError()
                            if _fits[15] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_15 = (
                                BetaProgram.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program_output") not in (
                                "program_output",
                            ):
                                raise TypeError()
                            if _fits[16] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_16 = (
                                BetaProgramOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "compaction") not in ("compaction",):
                                raise TypeError()
                            if _fits[17] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_17 = (
                                BetaCompactionBody.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_generation_call") not in (
                                "image_generation_call",
                            ):
                                raise TypeError()
                            if _fits[18] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_18 = (
                                BetaImageGenToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "code_interpreter_call") not in (
                                "code_interpreter_call",
                            ):
                                raise TypeError()
                            if _fits[19] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_19 = (
                                BetaCodeInterpreterToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "local_shell_call") not in (
                                "local_shell_call",
                            ):
                                raise TypeError()
                            if _fits[20] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_20 = (
                                BetaLocalShellToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "local_shell_call_output") not in (
                                "local_shell_call_output",
                            ):
                                raise TypeError()
                            if _fits[21] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_21 = (
                                BetaLocalShellToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell_call") not in ("shell_call",):
                                raise TypeError()
                            if _fits[22] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_22 = (
                                BetaFunctionShellCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell_call_output") not in (
                                "shell_call_output",
                            ):
                                raise TypeError()
                            if _fits[23] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_23 = (
                                BetaFunctionShellCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "apply_patch_call") not in (
                                "apply_patch_call",
                            ):
                                raise TypeError()
                            if _fits[24] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_24 = (
                                BetaApplyPatchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "apply_patch_call_output") not in (
                                "apply_patch_call_output",
                            ):
                                raise TypeError()
                            if _fits[25] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_25 = (
                                BetaApplyPatchToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_list_tools") not in (
                                "mcp_list_tools",
                            ):
                                raise TypeError()
                            if _fits[26] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_26 = (
                                BetaMCPListTools.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_approval_request") not in (
                                "mcp_approval_request",
                            ):
                                raise TypeError()
                            if _fits[27] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_27 = (
                                BetaMCPApprovalRequest.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_approval_response") not in (
                                "mcp_approval_response",
                            ):
                                raise TypeError()
                            if _fits[28] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_28 = (
                                BetaMCPApprovalResponseResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_28
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_call") not in ("mcp_call",):
                                raise TypeError()
                            if _fits[29] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_29 = (
                                BetaMCPToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_29
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom_tool_call") not in (
                                "custom_tool_call",
                            ):
                                raise TypeError()
                            if _fits[30] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_30 = (
                                BetaCustomToolCallResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_30
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom_tool_call_output") not in (
                                "custom_tool_call_output",
                            ):
                                raise TypeError()
                            if _fits[31] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_resource_type_31 = (
                                BetaCustomToolCallOutputResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_resource_type_31
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            BetaAdditionalTools
                            | BetaAgentMessage
                            | BetaApplyPatchToolCall
                            | BetaApplyPatchToolCallOutput
                            | BetaCodeInterpreterToolCall
                            | BetaCompactionBody
                            | BetaComputerToolCall
                            | BetaComputerToolCallOutputResource
                            | BetaCustomToolCallOutputResource
                            | BetaCustomToolCallResource
                            | BetaFileSearchToolCall
                            | BetaFunctionShellCall
                            | BetaFunctionShellCallOutput
                            | BetaFunctionToolCallOutputResource
                            | BetaFunctionToolCallResource
                            | BetaImageGenToolCall
                            | BetaInputMessageResource
                            | BetaLocalShellToolCall
                            | BetaLocalShellToolCallOutput
                            | BetaMCPApprovalRequest
                            | BetaMCPApprovalResponseResource
                            | BetaMCPListTools
                            | BetaMCPToolCall
                            | BetaMultiAgentCall
                            | BetaMultiAgentCallOutput
                            | BetaOutputMessage
                            | BetaProgram
                            | BetaProgramOutput
                            | BetaReasoningItem
                            | BetaToolSearchCall
                            | BetaToolSearchOutput
                            | BetaWebSearchToolCall,
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

        beta_response_item_list = cls(
            object_=object_,
            data=data,
            has_more=has_more,
            first_id=first_id,
            last_id=last_id,
        )
        if _none_flips:
            beta_response_item_list._none_flips = _none_flips

        beta_response_item_list.additional_properties = d
        return beta_response_item_list

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
