from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_compact_resource_object import (
    BetaCompactResourceObject,
    check_beta_compact_resource_object,
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
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_shell_call import BetaFunctionShellCall
    from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_function_tool_call_output import BetaFunctionToolCallOutput
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response_resource import (
        BetaMCPApprovalResponseResource,
    )
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_message import BetaMessage
    from ..models.beta_multi_agent_call import BetaMultiAgentCall
    from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from ..models.beta_program import BetaProgram
    from ..models.beta_program_output import BetaProgramOutput
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_response_usage import BetaResponseUsage
    from ..models.beta_tool_search_call import BetaToolSearchCall
    from ..models.beta_tool_search_output import BetaToolSearchOutput
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall


T = TypeVar("T", bound="BetaCompactResource")

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
        BetaCustomToolCall, \
        BetaCustomToolCallOutput, \
        BetaFileSearchToolCall, \
        BetaFunctionShellCall, \
        BetaFunctionShellCallOutput, \
        BetaFunctionToolCall, \
        BetaFunctionToolCallOutput, \
        BetaImageGenToolCall, \
        BetaLocalShellToolCall, \
        BetaLocalShellToolCallOutput, \
        BetaMCPApprovalRequest, \
        BetaMCPApprovalResponseResource, \
        BetaMCPListTools, \
        BetaMCPToolCall, \
        BetaMessage, \
        BetaMultiAgentCall, \
        BetaMultiAgentCallOutput, \
        BetaProgram, \
        BetaProgramOutput, \
        BetaReasoningItem, \
        BetaResponseUsage, \
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
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_shell_call import BetaFunctionShellCall
    from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_function_tool_call_output import BetaFunctionToolCallOutput
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response_resource import (
        BetaMCPApprovalResponseResource,
    )
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_message import BetaMessage
    from ..models.beta_multi_agent_call import BetaMultiAgentCall
    from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from ..models.beta_program import BetaProgram
    from ..models.beta_program_output import BetaProgramOutput
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_response_usage import BetaResponseUsage
    from ..models.beta_tool_search_call import BetaToolSearchCall
    from ..models.beta_tool_search_output import BetaToolSearchOutput
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall

    _models_bound = True


@_attrs_define
class BetaCompactResource:
    """Result of a compaction (beta): the shortened output items, creation time and token usage."""

    id: str
    object_: BetaCompactResourceObject
    output: list[
        BetaAdditionalTools
        | BetaAgentMessage
        | BetaApplyPatchToolCall
        | BetaApplyPatchToolCallOutput
        | BetaCodeInterpreterToolCall
        | BetaCompactionBody
        | BetaComputerToolCall
        | BetaComputerToolCallOutputResource
        | BetaCustomToolCall
        | BetaCustomToolCallOutput
        | BetaFileSearchToolCall
        | BetaFunctionShellCall
        | BetaFunctionShellCallOutput
        | BetaFunctionToolCall
        | BetaFunctionToolCallOutput
        | BetaImageGenToolCall
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponseResource
        | BetaMCPListTools
        | BetaMCPToolCall
        | BetaMessage
        | BetaMultiAgentCall
        | BetaMultiAgentCallOutput
        | BetaProgram
        | BetaProgramOutput
        | BetaReasoningItem
        | BetaToolSearchCall
        | BetaToolSearchOutput
        | BetaWebSearchToolCall
    ]
    created_at: int
    usage: BetaResponseUsage
    """ Token counts for the response: input, output (with reasoning breakdown) and total. """
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
                    isinstance(output_item_data, BetaMessage)
                    or isinstance(output_item_data, BetaProgram)
                    or isinstance(output_item_data, BetaProgramOutput)
                    or isinstance(output_item_data, BetaFunctionToolCall)
                    or isinstance(output_item_data, BetaMultiAgentCall)
                    or isinstance(output_item_data, BetaMultiAgentCallOutput)
                    or isinstance(output_item_data, BetaToolSearchCall)
                    or isinstance(output_item_data, BetaToolSearchOutput)
                    or isinstance(output_item_data, BetaAdditionalTools)
                    or isinstance(output_item_data, BetaAgentMessage)
                    or isinstance(output_item_data, BetaFunctionToolCallOutput)
                    or isinstance(output_item_data, BetaFileSearchToolCall)
                    or isinstance(output_item_data, BetaWebSearchToolCall)
                    or isinstance(output_item_data, BetaImageGenToolCall)
                    or isinstance(output_item_data, BetaComputerToolCall)
                    or isinstance(output_item_data, BetaComputerToolCallOutputResource)
                    or isinstance(output_item_data, BetaReasoningItem)
                    or isinstance(output_item_data, BetaCompactionBody)
                    or isinstance(output_item_data, BetaCodeInterpreterToolCall)
                    or isinstance(output_item_data, BetaLocalShellToolCall)
                    or isinstance(output_item_data, BetaLocalShellToolCallOutput)
                    or isinstance(output_item_data, BetaFunctionShellCall)
                    or isinstance(output_item_data, BetaFunctionShellCallOutput)
                    or isinstance(output_item_data, BetaApplyPatchToolCall)
                    or isinstance(output_item_data, BetaApplyPatchToolCallOutput)
                    or isinstance(output_item_data, BetaMCPListTools)
                    or isinstance(output_item_data, BetaMCPApprovalRequest)
                    or isinstance(output_item_data, BetaMCPApprovalResponseResource)
                    or isinstance(output_item_data, BetaMCPToolCall)
                    or isinstance(output_item_data, BetaCustomToolCall)
                    or isinstance(output_item_data, BetaCustomToolCallOutput)
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

        if not isinstance(_v_usage, BetaResponseUsage):
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
                object_ = check_beta_compact_resource_object(_object__raw)

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
                        BetaAdditionalTools
                        | BetaAgentMessage
                        | BetaApplyPatchToolCall
                        | BetaApplyPatchToolCallOutput
                        | BetaCodeInterpreterToolCall
                        | BetaCompactionBody
                        | BetaComputerToolCall
                        | BetaComputerToolCallOutputResource
                        | BetaCustomToolCall
                        | BetaCustomToolCallOutput
                        | BetaFileSearchToolCall
                        | BetaFunctionShellCall
                        | BetaFunctionShellCallOutput
                        | BetaFunctionToolCall
                        | BetaFunctionToolCallOutput
                        | BetaImageGenToolCall
                        | BetaLocalShellToolCall
                        | BetaLocalShellToolCallOutput
                        | BetaMCPApprovalRequest
                        | BetaMCPApprovalResponseResource
                        | BetaMCPListTools
                        | BetaMCPToolCall
                        | BetaMessage
                        | BetaMultiAgentCall
                        | BetaMultiAgentCallOutput
                        | BetaProgram
                        | BetaProgramOutput
                        | BetaReasoningItem
                        | BetaToolSearchCall
                        | BetaToolSearchOutput
                        | BetaWebSearchToolCall
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "message":
                                try:
                                    componentsschemas_beta_item_field_type_0 = (
                                        BetaMessage.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program":
                                try:
                                    componentsschemas_beta_item_field_type_1 = (
                                        BetaProgram.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program_output":
                                try:
                                    componentsschemas_beta_item_field_type_2 = (
                                        BetaProgramOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call":
                                try:
                                    componentsschemas_beta_item_field_type_3 = (
                                        BetaFunctionToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "multi_agent_call":
                                try:
                                    componentsschemas_beta_item_field_type_4 = (
                                        BetaMultiAgentCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "multi_agent_call_output":
                                try:
                                    componentsschemas_beta_item_field_type_5 = (
                                        BetaMultiAgentCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_call":
                                try:
                                    componentsschemas_beta_item_field_type_6 = (
                                        BetaToolSearchCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_output":
                                try:
                                    componentsschemas_beta_item_field_type_7 = (
                                        BetaToolSearchOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "additional_tools":
                                try:
                                    componentsschemas_beta_item_field_type_8 = (
                                        BetaAdditionalTools.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "agent_message":
                                try:
                                    componentsschemas_beta_item_field_type_9 = (
                                        BetaAgentMessage.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call_output":
                                try:
                                    componentsschemas_beta_item_field_type_10 = (
                                        BetaFunctionToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search_call":
                                try:
                                    componentsschemas_beta_item_field_type_11 = (
                                        BetaFileSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "web_search_call":
                                try:
                                    componentsschemas_beta_item_field_type_12 = (
                                        BetaWebSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation_call":
                                try:
                                    componentsschemas_beta_item_field_type_13 = (
                                        BetaImageGenToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call":
                                try:
                                    componentsschemas_beta_item_field_type_14 = (
                                        BetaComputerToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_14
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call_output":
                                try:
                                    componentsschemas_beta_item_field_type_15 = (
                                        BetaComputerToolCallOutputResource.from_dict(
                                            data
                                        )
                                    )

                                    return componentsschemas_beta_item_field_type_15
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "reasoning":
                                try:
                                    componentsschemas_beta_item_field_type_16 = (
                                        BetaReasoningItem.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_16
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "compaction":
                                try:
                                    componentsschemas_beta_item_field_type_17 = (
                                        BetaCompactionBody.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_17
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter_call":
                                try:
                                    componentsschemas_beta_item_field_type_18 = (
                                        BetaCodeInterpreterToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_18
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call":
                                try:
                                    componentsschemas_beta_item_field_type_19 = (
                                        BetaLocalShellToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_19
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call_output":
                                try:
                                    componentsschemas_beta_item_field_type_20 = (
                                        BetaLocalShellToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_20
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call":
                                try:
                                    componentsschemas_beta_item_field_type_21 = (
                                        BetaFunctionShellCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_21
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call_output":
                                try:
                                    componentsschemas_beta_item_field_type_22 = (
                                        BetaFunctionShellCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_22
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call":
                                try:
                                    componentsschemas_beta_item_field_type_23 = (
                                        BetaApplyPatchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_23
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call_output":
                                try:
                                    componentsschemas_beta_item_field_type_24 = (
                                        BetaApplyPatchToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_24
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_list_tools":
                                try:
                                    componentsschemas_beta_item_field_type_25 = (
                                        BetaMCPListTools.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_25
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_request":
                                try:
                                    componentsschemas_beta_item_field_type_26 = (
                                        BetaMCPApprovalRequest.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_26
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_response":
                                try:
                                    componentsschemas_beta_item_field_type_27 = (
                                        BetaMCPApprovalResponseResource.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_27
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_call":
                                try:
                                    componentsschemas_beta_item_field_type_28 = (
                                        BetaMCPToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_28
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call":
                                try:
                                    componentsschemas_beta_item_field_type_29 = (
                                        BetaCustomToolCall.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_29
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call_output":
                                try:
                                    componentsschemas_beta_item_field_type_30 = (
                                        BetaCustomToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_field_type_30
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
                                        "author",
                                        "content",
                                        "id",
                                        "recipient",
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
                                        "agent",
                                        "id",
                                        "status",
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
                                        "created_by",
                                        "encrypted_content",
                                        "id",
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
                            componentsschemas_beta_item_field_type_0 = (
                                BetaMessage.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "program") not in ("program",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_1 = (
                                BetaProgram.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_1
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
                            componentsschemas_beta_item_field_type_2 = (
                                BetaProgramOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_2
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
                            componentsschemas_beta_item_field_type_3 = (
                                BetaFunctionToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "multi_agent_call") not in (
                                "multi_agent_call",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_4 = (
                                BetaMultiAgentCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "multi_agent_call_output") not in (
                                "multi_agent_call_output",
                            ):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_5 = (
                                BetaMultiAgentCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_call") not in (
                                "tool_search_call",
                            ):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_6 = (
                                BetaToolSearchCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search_output") not in (
                                "tool_search_output",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_7 = (
                                BetaToolSearchOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_7
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
                            if _fits[8] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_8 = (
                                BetaAdditionalTools.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_8
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
                            componentsschemas_beta_item_field_type_9 = (
                                BetaAgentMessage.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function_call_output") not in (
                                "function_call_output",
                            ):
                                raise TypeError()
                            if _fits[10] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_10 = (
                                BetaFunctionToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_search_call") not in (
                                "file_search_call",
                            ):
                                raise TypeError()
                            if _fits[11] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_11 = (
                                BetaFileSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search_call") not in (
                                "web_search_call",
                            ):
                                raise TypeError()
                            if _fits[12] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_12 = (
                                BetaWebSearchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_generation_call") not in (
                                "image_generation_call",
                            ):
                                raise TypeError()
                            if _fits[13] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_13 = (
                                BetaImageGenToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call") not in (
                                "computer_call",
                            ):
                                raise TypeError()
                            if _fits[14] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_14 = (
                                BetaComputerToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_call_output") not in (
                                "computer_call_output",
                            ):
                                raise TypeError()
                            if _fits[15] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_15 = (
                                BetaComputerToolCallOutputResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "reasoning") not in ("reasoning",):
                                raise TypeError()
                            if _fits[16] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_16 = (
                                BetaReasoningItem.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_16
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "compaction") not in ("compaction",):
                                raise TypeError()
                            if _fits[17] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_17 = (
                                BetaCompactionBody.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_17
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
                            componentsschemas_beta_item_field_type_18 = (
                                BetaCodeInterpreterToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_18
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
                            componentsschemas_beta_item_field_type_19 = (
                                BetaLocalShellToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_19
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
                            componentsschemas_beta_item_field_type_20 = (
                                BetaLocalShellToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_20
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell_call") not in ("shell_call",):
                                raise TypeError()
                            if _fits[21] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_21 = (
                                BetaFunctionShellCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_21
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
                            componentsschemas_beta_item_field_type_22 = (
                                BetaFunctionShellCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_22
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
                            componentsschemas_beta_item_field_type_23 = (
                                BetaApplyPatchToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_23
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
                            componentsschemas_beta_item_field_type_24 = (
                                BetaApplyPatchToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_24
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
                            componentsschemas_beta_item_field_type_25 = (
                                BetaMCPListTools.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_25
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
                            componentsschemas_beta_item_field_type_26 = (
                                BetaMCPApprovalRequest.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_26
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
                            componentsschemas_beta_item_field_type_27 = (
                                BetaMCPApprovalResponseResource.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_27
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp_call") not in ("mcp_call",):
                                raise TypeError()
                            if _fits[28] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_28 = (
                                BetaMCPToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_28
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom_tool_call") not in (
                                "custom_tool_call",
                            ):
                                raise TypeError()
                            if _fits[29] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_29 = (
                                BetaCustomToolCall.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_29
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom_tool_call_output") not in (
                                "custom_tool_call_output",
                            ):
                                raise TypeError()
                            if _fits[30] < _most:
                                raise TypeError()
                            componentsschemas_beta_item_field_type_30 = (
                                BetaCustomToolCallOutput.from_dict(data)
                            )

                            return componentsschemas_beta_item_field_type_30
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
                            | BetaCustomToolCall
                            | BetaCustomToolCallOutput
                            | BetaFileSearchToolCall
                            | BetaFunctionShellCall
                            | BetaFunctionShellCallOutput
                            | BetaFunctionToolCall
                            | BetaFunctionToolCallOutput
                            | BetaImageGenToolCall
                            | BetaLocalShellToolCall
                            | BetaLocalShellToolCallOutput
                            | BetaMCPApprovalRequest
                            | BetaMCPApprovalResponseResource
                            | BetaMCPListTools
                            | BetaMCPToolCall
                            | BetaMessage
                            | BetaMultiAgentCall
                            | BetaMultiAgentCallOutput
                            | BetaProgram
                            | BetaProgramOutput
                            | BetaReasoningItem
                            | BetaToolSearchCall
                            | BetaToolSearchOutput
                            | BetaWebSearchToolCall,
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
                usage = BetaResponseUsage.from_dict(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        beta_compact_resource = cls(
            id=id,
            object_=object_,
            output=output,
            created_at=created_at,
            usage=usage,
        )
        if _none_flips:
            beta_compact_resource._none_flips = _none_flips

        beta_compact_resource.additional_properties = d
        return beta_compact_resource

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
