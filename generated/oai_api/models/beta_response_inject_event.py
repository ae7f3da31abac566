from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_response_inject_event_type import (
    BetaResponseInjectEventType,
    check_beta_response_inject_event_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam
    from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam
    from ..models.beta_apply_patch_tool_call_item_param import (
        BetaApplyPatchToolCallItemParam,
    )
    from ..models.beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam,
    )
    from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from ..models.beta_compaction_summary_item_param import (
        BetaCompactionSummaryItemParam,
    )
    from ..models.beta_compaction_trigger_item_param import (
        BetaCompactionTriggerItemParam,
    )
    from ..models.beta_computer_call_output_item_param import (
        BetaComputerCallOutputItemParam,
    )
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_easy_input_message import BetaEasyInputMessage
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_call_output_item_param import (
        BetaFunctionCallOutputItemParam,
    )
    from ..models.beta_function_shell_call_item_param import (
        BetaFunctionShellCallItemParam,
    )
    from ..models.beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam,
    )
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message import BetaInputMessage
    from ..models.beta_item_reference_param import BetaItemReferenceParam
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
    from ..models.beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam,
    )
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program_item_param import BetaProgramItemParam
    from ..models.beta_program_output_item_param import BetaProgramOutputItemParam
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam,
    )
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall


T = TypeVar("T", bound="BetaResponseInjectEvent")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaAdditionalToolsItemParam, \
        BetaAgentMessageItemParam, \
        BetaApplyPatchToolCallItemParam, \
        BetaApplyPatchToolCallOutputItemParam, \
        BetaCodeInterpreterToolCall, \
        BetaCompactionSummaryItemParam, \
        BetaCompactionTriggerItemParam, \
        BetaComputerCallOutputItemParam, \
        BetaComputerToolCall, \
        BetaCustomToolCall, \
        BetaCustomToolCallOutput, \
        BetaEasyInputMessage, \
        BetaFileSearchToolCall, \
        BetaFunctionCallOutputItemParam, \
        BetaFunctionShellCallItemParam, \
        BetaFunctionShellCallOutputItemParam, \
        BetaFunctionToolCall, \
        BetaImageGenToolCall, \
        BetaInputMessage, \
        BetaItemReferenceParam, \
        BetaLocalShellToolCall, \
        BetaLocalShellToolCallOutput, \
        BetaMCPApprovalRequest, \
        BetaMCPApprovalResponse, \
        BetaMCPListTools, \
        BetaMCPToolCall, \
        BetaMultiAgentCallItemParam, \
        BetaMultiAgentCallOutputItemParam, \
        BetaOutputMessage, \
        BetaProgramItemParam, \
        BetaProgramOutputItemParam, \
        BetaReasoningItem, \
        BetaToolSearchCallItemParam, \
        BetaToolSearchOutputItemParam, \
        BetaWebSearchToolCall
    from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam
    from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam
    from ..models.beta_apply_patch_tool_call_item_param import (
        BetaApplyPatchToolCallItemParam,
    )
    from ..models.beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam,
    )
    from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from ..models.beta_compaction_summary_item_param import (
        BetaCompactionSummaryItemParam,
    )
    from ..models.beta_compaction_trigger_item_param import (
        BetaCompactionTriggerItemParam,
    )
    from ..models.beta_computer_call_output_item_param import (
        BetaComputerCallOutputItemParam,
    )
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_easy_input_message import BetaEasyInputMessage
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_call_output_item_param import (
        BetaFunctionCallOutputItemParam,
    )
    from ..models.beta_function_shell_call_item_param import (
        BetaFunctionShellCallItemParam,
    )
    from ..models.beta_function_shell_call_output_item_param import (
        BetaFunctionShellCallOutputItemParam,
    )
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message import BetaInputMessage
    from ..models.beta_item_reference_param import BetaItemReferenceParam
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
    from ..models.beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam,
    )
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program_item_param import BetaProgramItemParam
    from ..models.beta_program_output_item_param import BetaProgramOutputItemParam
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam,
    )
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall

    _models_bound = True


@_attrs_define
class BetaResponseInjectEvent:
    """Client event adding input items, such as client-side tool outputs, to a running response; all are validated and
    committed together.

    """

    type_: BetaResponseInjectEventType
    response_id: str
    input_: list[
        BetaAdditionalToolsItemParam
        | BetaAgentMessageItemParam
        | BetaApplyPatchToolCallItemParam
        | BetaApplyPatchToolCallOutputItemParam
        | BetaCodeInterpreterToolCall
        | BetaCompactionSummaryItemParam
        | BetaCompactionTriggerItemParam
        | BetaComputerCallOutputItemParam
        | BetaComputerToolCall
        | BetaCustomToolCall
        | BetaCustomToolCallOutput
        | BetaEasyInputMessage
        | BetaFileSearchToolCall
        | BetaFunctionCallOutputItemParam
        | BetaFunctionShellCallItemParam
        | BetaFunctionShellCallOutputItemParam
        | BetaFunctionToolCall
        | BetaImageGenToolCall
        | BetaInputMessage
        | BetaItemReferenceParam
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponse
        | BetaMCPListTools
        | BetaMCPToolCall
        | BetaMultiAgentCallItemParam
        | BetaMultiAgentCallOutputItemParam
        | BetaOutputMessage
        | BetaProgramItemParam
        | BetaProgramOutputItemParam
        | BetaReasoningItem
        | BetaToolSearchCallItemParam
        | BetaToolSearchOutputItemParam
        | BetaWebSearchToolCall
    ]
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

        _v_response_id = (
            self.response_id
            if self.response_id is not None or "response_id" not in self._none_flips
            else UNSET
        )

        response_id = _v_response_id

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_input_, list):
            input_ = _v_input_
        else:
            input_ = []
            for input_item_data in _v_input_:
                input_item: dict[str, Any]
                if (
                    isinstance(input_item_data, BetaEasyInputMessage)
                    or isinstance(input_item_data, BetaInputMessage)
                    or isinstance(input_item_data, BetaOutputMessage)
                    or isinstance(input_item_data, BetaFileSearchToolCall)
                    or isinstance(input_item_data, BetaComputerToolCall)
                    or isinstance(input_item_data, BetaComputerCallOutputItemParam)
                    or isinstance(input_item_data, BetaWebSearchToolCall)
                    or isinstance(input_item_data, BetaFunctionToolCall)
                    or isinstance(input_item_data, BetaFunctionCallOutputItemParam)
                    or isinstance(input_item_data, BetaAgentMessageItemParam)
                    or isinstance(input_item_data, BetaMultiAgentCallItemParam)
                    or isinstance(input_item_data, BetaMultiAgentCallOutputItemParam)
                    or isinstance(input_item_data, BetaToolSearchCallItemParam)
                    or isinstance(input_item_data, BetaToolSearchOutputItemParam)
                    or isinstance(input_item_data, BetaAdditionalToolsItemParam)
                    or isinstance(input_item_data, BetaReasoningItem)
                    or isinstance(input_item_data, BetaCompactionSummaryItemParam)
                    or isinstance(input_item_data, BetaImageGenToolCall)
                    or isinstance(input_item_data, BetaCodeInterpreterToolCall)
                    or isinstance(input_item_data, BetaLocalShellToolCall)
                    or isinstance(input_item_data, BetaLocalShellToolCallOutput)
                    or isinstance(input_item_data, BetaFunctionShellCallItemParam)
                    or isinstance(input_item_data, BetaFunctionShellCallOutputItemParam)
                    or isinstance(input_item_data, BetaApplyPatchToolCallItemParam)
                    or isinstance(
                        input_item_data, BetaApplyPatchToolCallOutputItemParam
                    )
                    or isinstance(input_item_data, BetaMCPListTools)
                    or isinstance(input_item_data, BetaMCPApprovalRequest)
                    or isinstance(input_item_data, BetaMCPApprovalResponse)
                    or isinstance(input_item_data, BetaMCPToolCall)
                    or isinstance(input_item_data, BetaCustomToolCallOutput)
                    or isinstance(input_item_data, BetaCustomToolCall)
                    or isinstance(input_item_data, BetaCompactionTriggerItemParam)
                    or isinstance(input_item_data, BetaItemReferenceParam)
                    or isinstance(input_item_data, BetaProgramItemParam)
                    or isinstance(input_item_data, BetaProgramOutputItemParam)
                ):
                    input_item = input_item_data.to_dict()
                else:
                    input_item = input_item_data
                input_.append(input_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "response_id": response_id,
                    "input": input_,
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
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_response_inject_event_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        response_id = d.pop("response_id", UNSET)
        if (
            response_id is None or isinstance(response_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("response_id")

        if response_id is None or response_id is UNSET:
            if response_id is UNSET:
                _none_flips += ("response_id",)
            response_id = None

        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if strict_parsing.get():
                raise KeyError("input")

            if _input__raw is UNSET:
                _none_flips += ("input_",)
            input_ = None

        else:
            try:
                input_ = []
                _input_ = _input__raw
                if not isinstance(_input_, list):
                    raise TypeError()
                for input_item_data in _input_:

                    def _parse_input_item(
                        data: object,
                    ) -> (
                        BetaAdditionalToolsItemParam
                        | BetaAgentMessageItemParam
                        | BetaApplyPatchToolCallItemParam
                        | BetaApplyPatchToolCallOutputItemParam
                        | BetaCodeInterpreterToolCall
                        | BetaCompactionSummaryItemParam
                        | BetaCompactionTriggerItemParam
                        | BetaComputerCallOutputItemParam
                        | BetaComputerToolCall
                        | BetaCustomToolCall
                        | BetaCustomToolCallOutput
                        | BetaEasyInputMessage
                        | BetaFileSearchToolCall
                        | BetaFunctionCallOutputItemParam
                        | BetaFunctionShellCallItemParam
                        | BetaFunctionShellCallOutputItemParam
                        | BetaFunctionToolCall
                        | BetaImageGenToolCall
                        | BetaInputMessage
                        | BetaItemReferenceParam
                        | BetaLocalShellToolCall
                        | BetaLocalShellToolCallOutput
                        | BetaMCPApprovalRequest
                        | BetaMCPApprovalResponse
                        | BetaMCPListTools
                        | BetaMCPToolCall
                        | BetaMultiAgentCallItemParam
                        | BetaMultiAgentCallOutputItemParam
                        | BetaOutputMessage
                        | BetaProgramItemParam
                        | BetaProgramOutputItemParam
                        | BetaReasoningItem
                        | BetaToolSearchCallItemParam
                        | BetaToolSearchOutputItemParam
                        | BetaWebSearchToolCall
                    ):
                        if isinstance(data, dict):
                            if data.get("role") == "assistant":
                                try:
                                    componentsschemas_beta_item_type_1 = (
                                        BetaOutputMessage.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search_call":
                                try:
                                    componentsschemas_beta_item_type_2 = (
                                        BetaFileSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call":
                                try:
                                    componentsschemas_beta_item_type_3 = (
                                        BetaComputerToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call_output":
                                try:
                                    componentsschemas_beta_item_type_4 = (
                                        BetaComputerCallOutputItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "web_search_call":
                                try:
                                    componentsschemas_beta_item_type_5 = (
                                        BetaWebSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call":
                                try:
                                    componentsschemas_beta_item_type_6 = (
                                        BetaFunctionToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call_output":
                                try:
                                    componentsschemas_beta_item_type_7 = (
                                        BetaFunctionCallOutputItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "agent_message":
                                try:
                                    componentsschemas_beta_item_type_8 = (
                                        BetaAgentMessageItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "multi_agent_call":
                                try:
                                    componentsschemas_beta_item_type_9 = (
                                        BetaMultiAgentCallItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "multi_agent_call_output":
                                try:
                                    componentsschemas_beta_item_type_10 = (
                                        BetaMultiAgentCallOutputItemParam.from_dict(
                                            data
                                        )
                                    )

                                    return componentsschemas_beta_item_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_call":
                                try:
                                    componentsschemas_beta_item_type_11 = (
                                        BetaToolSearchCallItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_output":
                                try:
                                    componentsschemas_beta_item_type_12 = (
                                        BetaToolSearchOutputItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "additional_tools":
                                try:
                                    componentsschemas_beta_item_type_13 = (
                                        BetaAdditionalToolsItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("role") == "developer":
                                try:
                                    componentsschemas_beta_item_type_13 = (
                                        BetaAdditionalToolsItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "reasoning":
                                try:
                                    componentsschemas_beta_item_type_14 = (
                                        BetaReasoningItem.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_14
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "compaction":
                                try:
                                    componentsschemas_beta_item_type_15 = (
                                        BetaCompactionSummaryItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_15
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation_call":
                                try:
                                    componentsschemas_beta_item_type_16 = (
                                        BetaImageGenToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_16
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter_call":
                                try:
                                    componentsschemas_beta_item_type_17 = (
                                        BetaCodeInterpreterToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_17
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call":
                                try:
                                    componentsschemas_beta_item_type_18 = (
                                        BetaLocalShellToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_18
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call_output":
                                try:
                                    componentsschemas_beta_item_type_19 = (
                                        BetaLocalShellToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_19
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call":
                                try:
                                    componentsschemas_beta_item_type_20 = (
                                        BetaFunctionShellCallItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_20
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call_output":
                                try:
                                    componentsschemas_beta_item_type_21 = (
                                        BetaFunctionShellCallOutputItemParam.from_dict(
                                            data
                                        )
                                    )

                                    return componentsschemas_beta_item_type_21
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call":
                                try:
                                    componentsschemas_beta_item_type_22 = (
                                        BetaApplyPatchToolCallItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_22
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call_output":
                                try:
                                    componentsschemas_beta_item_type_23 = (
                                        BetaApplyPatchToolCallOutputItemParam.from_dict(
                                            data
                                        )
                                    )

                                    return componentsschemas_beta_item_type_23
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_list_tools":
                                try:
                                    componentsschemas_beta_item_type_24 = (
                                        BetaMCPListTools.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_24
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_request":
                                try:
                                    componentsschemas_beta_item_type_25 = (
                                        BetaMCPApprovalRequest.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_25
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_response":
                                try:
                                    componentsschemas_beta_item_type_26 = (
                                        BetaMCPApprovalResponse.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_26
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_call":
                                try:
                                    componentsschemas_beta_item_type_27 = (
                                        BetaMCPToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_27
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call_output":
                                try:
                                    componentsschemas_beta_item_type_28 = (
                                        BetaCustomToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_28
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call":
                                try:
                                    componentsschemas_beta_item_type_29 = (
                                        BetaCustomToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_29
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "compaction_trigger":
                                try:
                                    componentsschemas_beta_input_item_type_2 = (
                                        BetaCompactionTriggerItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_input_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program":
                                try:
                                    componentsschemas_beta_input_item_type_4 = (
                                        BetaProgramItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_input_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program_output":
                                try:
                                    componentsschemas_beta_input_item_type_5 = (
                                        BetaProgramOutputItemParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_input_item_type_5
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
                                return _parse_input_item(data)
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
                                        "agent",
                                        "content",
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
                                        "id",
                                        "output",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
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
                                        "agent",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "agent",
                                        "id",
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
                                "assistant",
                                "system",
                                "developer",
                            ):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_beta_input_item_type_0 = (
                                BetaEasyInputMessage.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
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
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_0 = (
                                BetaInputMessage.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "message") not in (
                                "message",
                            ) or data.get("role", "assistant") not in ("assistant",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_1 = (
                                BetaOutputMessage.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_1
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
                            componentsschemas_beta_item_type_2 = (
                                BetaFileSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call") not in (
                                "computer_call",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_3 = (
                                BetaComputerToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_3
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
                            componentsschemas_beta_item_type_4 = (
                                BetaComputerCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_4
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
                            componentsschemas_beta_item_type_5 = (
                                BetaWebSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function_call") not in (
                                "function_call",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_6 = (
                                BetaFunctionToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_6
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
                            componentsschemas_beta_item_type_7 = (
                                BetaFunctionCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "agent_message") not in (
                                "agent_message",
                            ):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_8 = (
                                BetaAgentMessageItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "multi_agent_call") not in (
                                "multi_agent_call",
                            ):
                                raise TypeError()
                            if _fits[10] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_9 = (
                                BetaMultiAgentCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "multi_agent_call_output") not in (
                                "multi_agent_call_output",
                            ):
                                raise TypeError()
                            if _fits[11] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_10 = (
                                BetaMultiAgentCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_call") not in (
                                "tool_search_call",
                            ):
                                raise TypeError()
                            if _fits[12] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_11 = (
                                BetaToolSearchCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_output") not in (
                                "tool_search_output",
                            ):
                                raise TypeError()
                            if _fits[13] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_12 = (
                                BetaToolSearchOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "additional_tools") not in (
                                "additional_tools",
                            ) or data.get("role", "developer") not in ("developer",):
                                raise TypeError()
                            if _fits[14] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_13 = (
                                BetaAdditionalToolsItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "reasoning") not in ("reasoning",):
                                raise TypeError()
                            if _fits[15] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_14 = (
                                BetaReasoningItem.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "compaction") not in ("compaction",):
                                raise TypeError()
                            if _fits[16] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_15 = (
                                BetaCompactionSummaryItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_generation_call") not in (
                                "image_generation_call",
                            ):
                                raise TypeError()
                            if _fits[17] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_16 = (
                                BetaImageGenToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "code_interpreter_call") not in (
                                "code_interpreter_call",
                            ):
                                raise TypeError()
                            if _fits[18] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_17 = (
                                BetaCodeInterpreterToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_17
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "local_shell_call") not in (
                                "local_shell_call",
                            ):
                                raise TypeError()
                            if _fits[19] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_18 = (
                                BetaLocalShellToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_18
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "local_shell_call_output") not in (
                                "local_shell_call_output",
                            ):
                                raise TypeError()
                            if _fits[20] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_19 = (
                                BetaLocalShellToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_19
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell_call") not in ("shell_call",):
                                raise TypeError()
                            if _fits[21] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_20 = (
                                BetaFunctionShellCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell_call_output") not in (
                                "shell_call_output",
                            ):
                                raise TypeError()
                            if _fits[22] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_21 = (
                                BetaFunctionShellCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_21
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "apply_patch_call") not in (
                                "apply_patch_call",
                            ):
                                raise TypeError()
                            if _fits[23] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_22 = (
                                BetaApplyPatchToolCallItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_22
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "apply_patch_call_output") not in (
                                "apply_patch_call_output",
                            ):
                                raise TypeError()
                            if _fits[24] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_23 = (
                                BetaApplyPatchToolCallOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_23
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_list_tools") not in (
                                "mcp_list_tools",
                            ):
                                raise TypeError()
                            if _fits[25] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_24 = (
                                BetaMCPListTools.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_24
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_approval_request") not in (
                                "mcp_approval_request",
                            ):
                                raise TypeError()
                            if _fits[26] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_25 = (
                                BetaMCPApprovalRequest.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_25
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_approval_response") not in (
                                "mcp_approval_response",
                            ):
                                raise TypeError()
                            if _fits[27] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_26 = (
                                BetaMCPApprovalResponse.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_26
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_call") not in ("mcp_call",):
                                raise TypeError()
                            if _fits[28] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_27 = (
                                BetaMCPToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom_tool_call_output") not in (
                                "custom_tool_call_output",
                            ):
                                raise TypeError()
                            if _fits[29] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_type_28 = (
                                BetaCustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_28
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
                            componentsschemas_beta_item_type_29 = (
                                BetaCustomToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_type_29
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "compaction_trigger") not in (
                                "compaction_trigger",
                            ):
                                raise TypeError()
                            if _fits[31] < _most:
                                raise TypeError()
                            componentsschemas_beta_input_item_type_2 = (
                                BetaCompactionTriggerItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if _fits[32] < _most:
                                raise TypeError()
                            componentsschemas_beta_input_item_type_3 = (
                                BetaItemReferenceParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program") not in ("program",):
                                raise TypeError()
                            if _fits[33] < _most:
                                raise TypeError()
                            componentsschemas_beta_input_item_type_4 = (
                                BetaProgramItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program_output") not in (
                                "program_output",
                            ):
                                raise TypeError()
                            if _fits[34] < _most:
                                raise TypeError()
                            componentsschemas_beta_input_item_type_5 = (
                                BetaProgramOutputItemParam.from_dict(data)
                            )

                            return componentsschemas_beta_input_item_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            BetaAdditionalToolsItemParam
                            | BetaAgentMessageItemParam
                            | BetaApplyPatchToolCallItemParam
                            | BetaApplyPatchToolCallOutputItemParam
                            | BetaCodeInterpreterToolCall
                            | BetaCompactionSummaryItemParam
                            | BetaCompactionTriggerItemParam
                            | BetaComputerCallOutputItemParam
                            | BetaComputerToolCall
                            | BetaCustomToolCall
                            | BetaCustomToolCallOutput
                            | BetaEasyInputMessage
                            | BetaFileSearchToolCall
                            | BetaFunctionCallOutputItemParam
                            | BetaFunctionShellCallItemParam
                            | BetaFunctionShellCallOutputItemParam
                            | BetaFunctionToolCall
                            | BetaImageGenToolCall
                            | BetaInputMessage
                            | BetaItemReferenceParam
                            | BetaLocalShellToolCall
                            | BetaLocalShellToolCallOutput
                            | BetaMCPApprovalRequest
                            | BetaMCPApprovalResponse
                            | BetaMCPListTools
                            | BetaMCPToolCall
                            | BetaMultiAgentCallItemParam
                            | BetaMultiAgentCallOutputItemParam
                            | BetaOutputMessage
                            | BetaProgramItemParam
                            | BetaProgramOutputItemParam
                            | BetaReasoningItem
                            | BetaToolSearchCallItemParam
                            | BetaToolSearchOutputItemParam
                            | BetaWebSearchToolCall,
                            data,
                        )

                    input_item = _parse_input_item(input_item_data)

                    input_.append(input_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_ = _input__raw

        beta_response_inject_event = cls(
            type_=type_,
            response_id=response_id,
            input_=input_,
        )
        if _none_flips:
            beta_response_inject_event._none_flips = _none_flips

        beta_response_inject_event.additional_properties = d
        return beta_response_inject_event

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
