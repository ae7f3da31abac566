from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
    check_beta_model_ids_responses_type_1,
)
from ..models.beta_model_ids_shared_type_1 import (
    BetaModelIdsSharedType1,
    check_beta_model_ids_shared_type_1,
)
from ..models.beta_prompt_cache_retention_enum import (
    BetaPromptCacheRetentionEnum,
    check_beta_prompt_cache_retention_enum,
)
from ..models.beta_service_tier_enum import (
    BetaServiceTierEnum,
    check_beta_service_tier_enum,
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
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam,
    )
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall


T = TypeVar("T", bound="BetaCompactResponseMethodPublicBody")

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
        BetaPromptCacheOptionsParam, \
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
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam,
    )
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall

    _models_bound = True


@_attrs_define
class BetaCompactResponseMethodPublicBody:
    """Beta request to compact a conversation into a shorter list of items for later turns."""

    model: BetaModelIdsResponsesType1 | BetaModelIdsSharedType1 | None | str
    """ Model to run the compaction with, such as `gpt-5` or `o3`. """
    input_: (
        list[
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
        | None
        | str
    ) = None
    """ Items to compact: a string or a list of input items. """
    previous_response_id: None | str = None
    """ Earlier response whose context is compacted; cannot be combined with `conversation`. """
    instructions: None | str = None
    """ System or developer message placed in the model's context for the compaction. """
    prompt_cache_key: None | str = None
    """ Key for reading and writing the prompt cache, up to 64 characters. """
    prompt_cache_retention: BetaPromptCacheRetentionEnum | None = None
    """ Deprecated: how long a cache entry from this request is kept (`in_memory` or `24h`). """
    prompt_cache_options: BetaPromptCacheOptionsParam | None = None
    """ Prompt caching controls such as explicit breakpoints and TTL. """
    service_tier: BetaServiceTierEnum | None = None
    """ Processing tier for the request; `auto` (the default) uses the project's setting. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: None | str
            model = _v_model

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" in self._none_flips
            else UNSET
        )

        input_: list[dict[str, Any]] | None | str | Unset
        if isinstance(_v_input_, Unset):
            input_ = UNSET
        elif isinstance(_v_input_, list):
            input_ = []
            for input_type_0_type_1_item_data in _v_input_:
                input_type_0_type_1_item: dict[str, Any]
                if (
                    isinstance(input_type_0_type_1_item_data, BetaEasyInputMessage)
                    or isinstance(input_type_0_type_1_item_data, BetaInputMessage)
                    or isinstance(input_type_0_type_1_item_data, BetaOutputMessage)
                    or isinstance(input_type_0_type_1_item_data, BetaFileSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, BetaComputerToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaComputerCallOutputItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaWebSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, BetaFunctionToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaFunctionCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaAgentMessageItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaMultiAgentCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaMultiAgentCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaToolSearchCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaToolSearchOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaAdditionalToolsItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaReasoningItem)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCompactionSummaryItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaImageGenToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCodeInterpreterToolCall
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaLocalShellToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaLocalShellToolCallOutput
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaFunctionShellCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data,
                        BetaFunctionShellCallOutputItemParam,
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, BetaApplyPatchToolCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data,
                        BetaApplyPatchToolCallOutputItemParam,
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaMCPListTools)
                    or isinstance(input_type_0_type_1_item_data, BetaMCPApprovalRequest)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaMCPApprovalResponse
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaMCPToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCustomToolCallOutput
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaCustomToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaCompactionTriggerItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, BetaItemReferenceParam)
                    or isinstance(input_type_0_type_1_item_data, BetaProgramItemParam)
                    or isinstance(
                        input_type_0_type_1_item_data, BetaProgramOutputItemParam
                    )
                ):
                    input_type_0_type_1_item = input_type_0_type_1_item_data.to_dict()
                else:
                    input_type_0_type_1_item = input_type_0_type_1_item_data
                input_.append(input_type_0_type_1_item)

        else:
            input_ = _v_input_

        _v_previous_response_id = (
            self.previous_response_id
            if self.previous_response_id is not None
            or "previous_response_id" in self._none_flips
            else UNSET
        )

        previous_response_id: None | str | Unset
        if isinstance(_v_previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = _v_previous_response_id

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" in self._none_flips
            else UNSET
        )

        instructions: None | str | Unset
        if isinstance(_v_instructions, Unset):
            instructions = UNSET
        else:
            instructions = _v_instructions

        _v_prompt_cache_key = (
            self.prompt_cache_key
            if self.prompt_cache_key is not None
            or "prompt_cache_key" in self._none_flips
            else UNSET
        )

        prompt_cache_key: None | str | Unset
        if isinstance(_v_prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = _v_prompt_cache_key

        _v_prompt_cache_retention = (
            self.prompt_cache_retention
            if self.prompt_cache_retention is not None
            or "prompt_cache_retention" in self._none_flips
            else UNSET
        )

        prompt_cache_retention: None | str | Unset
        if isinstance(_v_prompt_cache_retention, Unset):
            prompt_cache_retention = UNSET
        else:
            prompt_cache_retention = _v_prompt_cache_retention

        _v_prompt_cache_options = (
            self.prompt_cache_options
            if self.prompt_cache_options is not None
            or "prompt_cache_options" in self._none_flips
            else UNSET
        )

        prompt_cache_options: dict[str, Any] | None | Unset
        if isinstance(_v_prompt_cache_options, Unset):
            prompt_cache_options = UNSET
        elif isinstance(_v_prompt_cache_options, BetaPromptCacheOptionsParam):
            prompt_cache_options = _v_prompt_cache_options.to_dict()
        else:
            prompt_cache_options = _v_prompt_cache_options

        _v_service_tier = (
            self.service_tier
            if self.service_tier is not None or "service_tier" in self._none_flips
            else UNSET
        )

        service_tier: None | str | Unset
        if isinstance(_v_service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = _v_service_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "model": model,
                }.items()
                if v is not UNSET
            }
        )
        if input_ is not UNSET:
            field_dict["input"] = input_
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            raise KeyError(
                "BetaCompactResponseMethodPublicBody: required field model is missing"
            )

        else:

            def _parse_model(
                data: object,
            ) -> BetaModelIdsResponsesType1 | BetaModelIdsSharedType1 | None | str:
                if data is None:
                    return data

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_model(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_beta_model_ids_shared_type_1 = (
                        check_beta_model_ids_shared_type_1(data)
                    )

                    return componentsschemas_beta_model_ids_shared_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_beta_model_ids_responses_type_1 = (
                        check_beta_model_ids_responses_type_1(data)
                    )

                    return componentsschemas_beta_model_ids_responses_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    BetaModelIdsResponsesType1 | BetaModelIdsSharedType1 | None | str,
                    data,
                )

            model = _parse_model(_model_raw)

        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if _input__raw is None:
                _none_flips += ("input_",)
            input_ = None

        else:

            def _parse_input_(
                data: object,
            ) -> (
                list[
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
                | None
                | str
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    input_type_0_type_1 = []
                    _input_type_0_type_1 = data
                    if not isinstance(_input_type_0_type_1, list):
                        raise TypeError()
                    for input_type_0_type_1_item_data in _input_type_0_type_1:

                        def _parse_input_type_0_type_1_item(
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
                                            BetaComputerCallOutputItemParam.from_dict(
                                                data
                                            )
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
                                            BetaFunctionCallOutputItemParam.from_dict(
                                                data
                                            )
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
                                            BetaToolSearchOutputItemParam.from_dict(
                                                data
                                            )
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
                                            BetaCompactionSummaryItemParam.from_dict(
                                                data
                                            )
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
                                            BetaFunctionShellCallItemParam.from_dict(
                                                data
                                            )
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
                                        componentsschemas_beta_item_type_21 = BetaFunctionShellCallOutputItemParam.from_dict(
                                            data
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
                                            BetaApplyPatchToolCallItemParam.from_dict(
                                                data
                                            )
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
                                        componentsschemas_beta_item_type_23 = BetaApplyPatchToolCallOutputItemParam.from_dict(
                                            data
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
                                            BetaCompactionTriggerItemParam.from_dict(
                                                data
                                            )
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
                                    return _parse_input_type_0_type_1_item(data)
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                ) or data.get("role", "assistant") not in (
                                    "assistant",
                                ):
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
                                ) or data.get("role", "developer") not in (
                                    "developer",
                                ):
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
                                if data.get("type", "compaction") not in (
                                    "compaction",
                                ):
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
                                if data.get("type", "shell_call") not in (
                                    "shell_call",
                                ):
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
                                    BetaApplyPatchToolCallOutputItemParam.from_dict(
                                        data
                                    )
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

                        input_type_0_type_1_item = _parse_input_type_0_type_1_item(
                            input_type_0_type_1_item_data
                        )

                        input_type_0_type_1.append(input_type_0_type_1_item)

                    return input_type_0_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[
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
                    | None
                    | str
                    | Unset,
                    data,
                )

            input_ = _parse_input_(_input__raw)

        _previous_response_id_raw = d.pop("previous_response_id", UNSET)
        if _previous_response_id_raw is None or isinstance(
            _previous_response_id_raw, Unset
        ):
            if _previous_response_id_raw is None:
                _none_flips += ("previous_response_id",)
            previous_response_id = None

        else:

            def _parse_previous_response_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            previous_response_id = _parse_previous_response_id(
                _previous_response_id_raw
            )

        _instructions_raw = d.pop("instructions", UNSET)
        if _instructions_raw is None or isinstance(_instructions_raw, Unset):
            if _instructions_raw is None:
                _none_flips += ("instructions",)
            instructions = None

        else:

            def _parse_instructions(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            instructions = _parse_instructions(_instructions_raw)

        _prompt_cache_key_raw = d.pop("prompt_cache_key", UNSET)
        if _prompt_cache_key_raw is None or isinstance(_prompt_cache_key_raw, Unset):
            if _prompt_cache_key_raw is None:
                _none_flips += ("prompt_cache_key",)
            prompt_cache_key = None

        else:

            def _parse_prompt_cache_key(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            prompt_cache_key = _parse_prompt_cache_key(_prompt_cache_key_raw)

        _prompt_cache_retention_raw = d.pop("prompt_cache_retention", UNSET)
        if _prompt_cache_retention_raw is None or isinstance(
            _prompt_cache_retention_raw, Unset
        ):
            if _prompt_cache_retention_raw is None:
                _none_flips += ("prompt_cache_retention",)
            prompt_cache_retention = None

        else:

            def _parse_prompt_cache_retention(
                data: object,
            ) -> BetaPromptCacheRetentionEnum | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prompt_cache_retention_type_0 = (
                        check_beta_prompt_cache_retention_enum(data)
                    )

                    return prompt_cache_retention_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaPromptCacheRetentionEnum | None | Unset, data)

            prompt_cache_retention = _parse_prompt_cache_retention(
                _prompt_cache_retention_raw
            )

        _prompt_cache_options_raw = d.pop("prompt_cache_options", UNSET)
        if _prompt_cache_options_raw is None or isinstance(
            _prompt_cache_options_raw, Unset
        ):
            if _prompt_cache_options_raw is None:
                _none_flips += ("prompt_cache_options",)
            prompt_cache_options = None

        else:

            def _parse_prompt_cache_options(
                data: object,
            ) -> BetaPromptCacheOptionsParam | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    prompt_cache_options_type_0 = BetaPromptCacheOptionsParam.from_dict(
                        data
                    )

                    return prompt_cache_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaPromptCacheOptionsParam | None | Unset, data)

            prompt_cache_options = _parse_prompt_cache_options(
                _prompt_cache_options_raw
            )

        _service_tier_raw = d.pop("service_tier", UNSET)
        if _service_tier_raw is None or isinstance(_service_tier_raw, Unset):
            if _service_tier_raw is None:
                _none_flips += ("service_tier",)
            service_tier = None

        else:

            def _parse_service_tier(data: object) -> BetaServiceTierEnum | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    service_tier_type_0 = check_beta_service_tier_enum(data)

                    return service_tier_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(BetaServiceTierEnum | None | Unset, data)

            service_tier = _parse_service_tier(_service_tier_raw)

        beta_compact_response_method_public_body = cls(
            model=model,
            input_=input_,
            previous_response_id=previous_response_id,
            instructions=instructions,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            service_tier=service_tier,
        )
        if _none_flips:
            beta_compact_response_method_public_body._none_flips = _none_flips

        beta_compact_response_method_public_body.additional_properties = d
        return beta_compact_response_method_public_body

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
