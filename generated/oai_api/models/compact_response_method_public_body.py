from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
    check_model_ids_responses_type_1,
)
from ..models.model_ids_shared_type_1 import (
    ModelIdsSharedType1,
    check_model_ids_shared_type_1,
)
from ..models.prompt_cache_retention_enum import (
    PromptCacheRetentionEnum,
    check_prompt_cache_retention_enum,
)
from ..models.service_tier_enum import ServiceTierEnum, check_service_tier_enum
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
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall


T = TypeVar("T", bound="CompactResponseMethodPublicBody")

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
        PromptCacheOptionsParam, \
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
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.reasoning_item import ReasoningItem
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.web_search_tool_call import WebSearchToolCall

    _models_bound = True


@_attrs_define
class CompactResponseMethodPublicBody:
    """Request to compact a conversation into a shorter list of items for later turns."""

    model: ModelIdsResponsesType1 | ModelIdsSharedType1 | None | str
    """ Model to run the compaction with, such as `gpt-5` or `o3`. """
    input_: (
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
        | str
    ) = None
    """ Items to compact: a string or a list of input items. """
    previous_response_id: None | str = None
    """ Earlier response whose context is compacted; cannot be combined with `conversation`. """
    instructions: None | str = None
    """ System or developer message placed in the model's context for the compaction. """
    prompt_cache_key: None | str = None
    """ Key for reading and writing the prompt cache, up to 64 characters. """
    prompt_cache_retention: None | PromptCacheRetentionEnum = None
    """ Deprecated: how long a cache entry from this request is kept (`in_memory` or `24h`). """
    prompt_cache_options: None | PromptCacheOptionsParam = None
    """ Prompt caching controls such as explicit breakpoints and TTL. """
    service_tier: None | ServiceTierEnum = None
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
                    isinstance(input_type_0_type_1_item_data, EasyInputMessage)
                    or isinstance(input_type_0_type_1_item_data, InputMessage)
                    or isinstance(input_type_0_type_1_item_data, OutputMessage)
                    or isinstance(input_type_0_type_1_item_data, FileSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, ComputerToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, ComputerCallOutputItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, WebSearchToolCall)
                    or isinstance(input_type_0_type_1_item_data, FunctionToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, FunctionCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ToolSearchCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ToolSearchOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, AdditionalToolsItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, ReasoningItem)
                    or isinstance(
                        input_type_0_type_1_item_data, CompactionSummaryItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, ImageGenToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, CodeInterpreterToolCall
                    )
                    or isinstance(input_type_0_type_1_item_data, LocalShellToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, LocalShellToolCallOutput
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, FunctionShellCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, FunctionShellCallOutputItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ApplyPatchToolCallItemParam
                    )
                    or isinstance(
                        input_type_0_type_1_item_data, ApplyPatchToolCallOutputItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, MCPListTools)
                    or isinstance(input_type_0_type_1_item_data, MCPApprovalRequest)
                    or isinstance(input_type_0_type_1_item_data, MCPApprovalResponse)
                    or isinstance(input_type_0_type_1_item_data, MCPToolCall)
                    or isinstance(input_type_0_type_1_item_data, CustomToolCallOutput)
                    or isinstance(input_type_0_type_1_item_data, CustomToolCall)
                    or isinstance(
                        input_type_0_type_1_item_data, CompactionTriggerItemParam
                    )
                    or isinstance(input_type_0_type_1_item_data, ItemReferenceParam)
                    or isinstance(input_type_0_type_1_item_data, ProgramItemParam)
                    or isinstance(input_type_0_type_1_item_data, ProgramOutputItemParam)
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
        elif isinstance(_v_prompt_cache_options, PromptCacheOptionsParam):
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
                "CompactResponseMethodPublicBody: required field model is missing"
            )

        else:

            def _parse_model(
                data: object,
            ) -> ModelIdsResponsesType1 | ModelIdsSharedType1 | None | str:
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
                    componentsschemas_model_ids_shared_type_1 = (
                        check_model_ids_shared_type_1(data)
                    )

                    return componentsschemas_model_ids_shared_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_model_ids_responses_type_1 = (
                        check_model_ids_responses_type_1(data)
                    )

                    return componentsschemas_model_ids_responses_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ModelIdsResponsesType1 | ModelIdsSharedType1 | None | str, data
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
                                        componentsschemas_item_type_1 = (
                                            OutputMessage.from_dict(data)
                                        )

                                        return componentsschemas_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search_call":
                                    try:
                                        componentsschemas_item_type_2 = (
                                            FileSearchToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_call":
                                    try:
                                        componentsschemas_item_type_3 = (
                                            ComputerToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_call_output":
                                    try:
                                        componentsschemas_item_type_4 = (
                                            ComputerCallOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "web_search_call":
                                    try:
                                        componentsschemas_item_type_5 = (
                                            WebSearchToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call":
                                    try:
                                        componentsschemas_item_type_6 = (
                                            FunctionToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function_call_output":
                                    try:
                                        componentsschemas_item_type_7 = (
                                            FunctionCallOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search_call":
                                    try:
                                        componentsschemas_item_type_8 = (
                                            ToolSearchCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search_output":
                                    try:
                                        componentsschemas_item_type_9 = (
                                            ToolSearchOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "additional_tools":
                                    try:
                                        componentsschemas_item_type_10 = (
                                            AdditionalToolsItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("role") == "developer":
                                    try:
                                        componentsschemas_item_type_10 = (
                                            AdditionalToolsItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "reasoning":
                                    try:
                                        componentsschemas_item_type_11 = (
                                            ReasoningItem.from_dict(data)
                                        )

                                        return componentsschemas_item_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "compaction":
                                    try:
                                        componentsschemas_item_type_12 = (
                                            CompactionSummaryItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation_call":
                                    try:
                                        componentsschemas_item_type_13 = (
                                            ImageGenToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter_call":
                                    try:
                                        componentsschemas_item_type_14 = (
                                            CodeInterpreterToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_14
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell_call":
                                    try:
                                        componentsschemas_item_type_15 = (
                                            LocalShellToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_15
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell_call_output":
                                    try:
                                        componentsschemas_item_type_16 = (
                                            LocalShellToolCallOutput.from_dict(data)
                                        )

                                        return componentsschemas_item_type_16
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell_call":
                                    try:
                                        componentsschemas_item_type_17 = (
                                            FunctionShellCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_17
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell_call_output":
                                    try:
                                        componentsschemas_item_type_18 = (
                                            FunctionShellCallOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_item_type_18
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch_call":
                                    try:
                                        componentsschemas_item_type_19 = (
                                            ApplyPatchToolCallItemParam.from_dict(data)
                                        )

                                        return componentsschemas_item_type_19
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch_call_output":
                                    try:
                                        componentsschemas_item_type_20 = (
                                            ApplyPatchToolCallOutputItemParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_item_type_20
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_list_tools":
                                    try:
                                        componentsschemas_item_type_21 = (
                                            MCPListTools.from_dict(data)
                                        )

                                        return componentsschemas_item_type_21
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_request":
                                    try:
                                        componentsschemas_item_type_22 = (
                                            MCPApprovalRequest.from_dict(data)
                                        )

                                        return componentsschemas_item_type_22
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_approval_response":
                                    try:
                                        componentsschemas_item_type_23 = (
                                            MCPApprovalResponse.from_dict(data)
                                        )

                                        return componentsschemas_item_type_23
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp_call":
                                    try:
                                        componentsschemas_item_type_24 = (
                                            MCPToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_24
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom_tool_call_output":
                                    try:
                                        componentsschemas_item_type_25 = (
                                            CustomToolCallOutput.from_dict(data)
                                        )

                                        return componentsschemas_item_type_25
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom_tool_call":
                                    try:
                                        componentsschemas_item_type_26 = (
                                            CustomToolCall.from_dict(data)
                                        )

                                        return componentsschemas_item_type_26
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "compaction_trigger":
                                    try:
                                        componentsschemas_input_item_type_2 = (
                                            CompactionTriggerItemParam.from_dict(data)
                                        )

                                        return componentsschemas_input_item_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "program":
                                    try:
                                        componentsschemas_input_item_type_4 = (
                                            ProgramItemParam.from_dict(data)
                                        )

                                        return componentsschemas_input_item_type_4
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "program_output":
                                    try:
                                        componentsschemas_input_item_type_5 = (
                                            ProgramOutputItemParam.from_dict(data)
                                        )

                                        return componentsschemas_input_item_type_5
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
                                componentsschemas_input_item_type_0 = (
                                    EasyInputMessage.from_dict(data)
                                )

                                return componentsschemas_input_item_type_0
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
                                componentsschemas_item_type_0 = InputMessage.from_dict(
                                    data
                                )

                                return componentsschemas_item_type_0
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
                                componentsschemas_item_type_1 = OutputMessage.from_dict(
                                    data
                                )

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
                                componentsschemas_item_type_2 = (
                                    FileSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_2
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
                                componentsschemas_item_type_3 = (
                                    ComputerToolCall.from_dict(data)
                                )

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
                                componentsschemas_item_type_5 = (
                                    WebSearchToolCall.from_dict(data)
                                )

                                return componentsschemas_item_type_5
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
                                componentsschemas_item_type_6 = (
                                    FunctionToolCall.from_dict(data)
                                )

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
                                ) or data.get("role", "developer") not in (
                                    "developer",
                                ):
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
                                componentsschemas_item_type_11 = (
                                    ReasoningItem.from_dict(data)
                                )

                                return componentsschemas_item_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "compaction") not in (
                                    "compaction",
                                ):
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
                                componentsschemas_item_type_13 = (
                                    ImageGenToolCall.from_dict(data)
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
                                componentsschemas_item_type_15 = (
                                    LocalShellToolCall.from_dict(data)
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
                                if data.get("type", "shell_call") not in (
                                    "shell_call",
                                ):
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
                                componentsschemas_item_type_21 = MCPListTools.from_dict(
                                    data
                                )

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
                                componentsschemas_item_type_22 = (
                                    MCPApprovalRequest.from_dict(data)
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
                                componentsschemas_item_type_23 = (
                                    MCPApprovalResponse.from_dict(data)
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
                                componentsschemas_item_type_24 = MCPToolCall.from_dict(
                                    data
                                )

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
                                componentsschemas_item_type_25 = (
                                    CustomToolCallOutput.from_dict(data)
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
                                componentsschemas_item_type_26 = (
                                    CustomToolCall.from_dict(data)
                                )

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
            ) -> None | PromptCacheRetentionEnum | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prompt_cache_retention_type_0 = check_prompt_cache_retention_enum(
                        data
                    )

                    return prompt_cache_retention_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | PromptCacheRetentionEnum | Unset, data)

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
            ) -> None | PromptCacheOptionsParam | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    prompt_cache_options_type_0 = PromptCacheOptionsParam.from_dict(
                        data
                    )

                    return prompt_cache_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | PromptCacheOptionsParam | Unset, data)

            prompt_cache_options = _parse_prompt_cache_options(
                _prompt_cache_options_raw
            )

        _service_tier_raw = d.pop("service_tier", UNSET)
        if _service_tier_raw is None or isinstance(_service_tier_raw, Unset):
            if _service_tier_raw is None:
                _none_flips += ("service_tier",)
            service_tier = None

        else:

            def _parse_service_tier(data: object) -> None | ServiceTierEnum | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    service_tier_type_0 = check_service_tier_enum(data)

                    return service_tier_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | ServiceTierEnum | Unset, data)

            service_tier = _parse_service_tier(_service_tier_raw)

        compact_response_method_public_body = cls(
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
            compact_response_method_public_body._none_flips = _none_flips

        compact_response_method_public_body.additional_properties = d
        return compact_response_method_public_body

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
