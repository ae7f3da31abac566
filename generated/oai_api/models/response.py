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
from ..models.model_response_properties_prompt_cache_retention_type_0 import (
    ModelResponsePropertiesPromptCacheRetentionType0,
    check_model_response_properties_prompt_cache_retention_type_0,
)
from ..models.response_object import ResponseObject, check_response_object
from ..models.response_status import ResponseStatus, check_response_status
from ..models.response_truncation_type_0 import (
    ResponseTruncationType0,
    check_response_truncation_type_0,
)
from ..models.service_tier_responses_type_0 import (
    ServiceTierResponsesType0,
    check_service_tier_responses_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.additional_tools import AdditionalTools
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
    )
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import (
        ComputerToolCallOutputResource,
    )
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
    )
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import (
        FunctionToolCallOutputResource,
    )
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation import Moderation
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output import ProgramOutput
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_conversation import ResponseConversation
    from ..models.response_error_type_0 import ResponseErrorType0
    from ..models.response_incomplete_details_type_0 import (
        ResponseIncompleteDetailsType0,
    )
    from ..models.response_text_param import ResponseTextParam
    from ..models.response_usage import ResponseUsage
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall


T = TypeVar("T", bound="Response")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AdditionalTools, \
        AdditionalToolsItemParam, \
        ApplyPatchToolCall, \
        ApplyPatchToolCallItemParam, \
        ApplyPatchToolCallOutput, \
        ApplyPatchToolCallOutputItemParam, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        CodeInterpreterToolCall, \
        CompactionBody, \
        CompactionSummaryItemParam, \
        CompactionTriggerItemParam, \
        ComputerCallOutputItemParam, \
        ComputerTool, \
        ComputerToolCall, \
        ComputerToolCallOutputResource, \
        ComputerUsePreviewTool, \
        CustomToolCall, \
        CustomToolCallOutput, \
        CustomToolCallOutputResource, \
        CustomToolParam, \
        EasyInputMessage, \
        FileSearchTool, \
        FileSearchToolCall, \
        FunctionCallOutputItemParam, \
        FunctionShellCall, \
        FunctionShellCallItemParam, \
        FunctionShellCallOutput, \
        FunctionShellCallOutputItemParam, \
        FunctionShellToolParam, \
        FunctionTool, \
        FunctionToolCall, \
        FunctionToolCallOutputResource, \
        ImageGenTool, \
        ImageGenToolCall, \
        InputMessage, \
        ItemReferenceParam, \
        LocalShellToolCall, \
        LocalShellToolCallOutput, \
        LocalShellToolParam, \
        MCPApprovalRequest, \
        MCPApprovalResponse, \
        MCPApprovalResponseResource, \
        MCPListTools, \
        MCPTool, \
        MCPToolCall, \
        MetadataType0, \
        Moderation, \
        NamespaceToolParam, \
        OutputMessage, \
        Program, \
        ProgramItemParam, \
        ProgramOutput, \
        ProgramOutputItemParam, \
        ProgrammaticToolCallingParam, \
        PromptCacheOptions, \
        PromptType0, \
        Reasoning, \
        ReasoningItem, \
        ResponseConversation, \
        ResponseErrorType0, \
        ResponseIncompleteDetailsType0, \
        ResponseTextParam, \
        ResponseUsage, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        SpecificProgrammaticToolCallingParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchCall, \
        ToolSearchCallItemParam, \
        ToolSearchOutput, \
        ToolSearchOutputItemParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool, \
        WebSearchToolCall
    from ..models.additional_tools import AdditionalTools
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call import ApplyPatchToolCall
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output import ApplyPatchToolCallOutput
    from ..models.apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
    )
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_body import CompactionBody
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_tool_call_output_resource import (
        ComputerToolCallOutputResource,
    )
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_call_output_resource import CustomToolCallOutputResource
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call import FunctionShellCall
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output import FunctionShellCallOutput
    from ..models.function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
    )
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.function_tool_call_output_resource import (
        FunctionToolCallOutputResource,
    )
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_approval_response_resource import MCPApprovalResponseResource
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation import Moderation
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program import Program
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output import ProgramOutput
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options import PromptCacheOptions
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_conversation import ResponseConversation
    from ..models.response_error_type_0 import ResponseErrorType0
    from ..models.response_incomplete_details_type_0 import (
        ResponseIncompleteDetailsType0,
    )
    from ..models.response_text_param import ResponseTextParam
    from ..models.response_usage import ResponseUsage
    from ..models.specific_apply_patch_param import SpecificApplyPatchParam
    from ..models.specific_function_shell_param import SpecificFunctionShellParam
    from ..models.specific_programmatic_tool_calling_param import (
        SpecificProgrammaticToolCallingParam,
    )
    from ..models.tool_choice_allowed import ToolChoiceAllowed
    from ..models.tool_choice_custom import ToolChoiceCustom
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.tool_choice_types import ToolChoiceTypes
    from ..models.tool_search_call import ToolSearchCall
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output import ToolSearchOutput
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall

    _models_bound = True


@_attrs_define
class Response:
    """A model response: status, output items, usage and the settings it ran with."""

    metadata: MetadataType0 | None
    """ Up to 16 string key/value tags attached to an object. """
    temperature: float | None
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None
    """ Nucleus sampling probability mass (0-1). """
    model: ModelIdsResponsesType1 | ModelIdsSharedType1 | str
    """ Model identifier for the Responses API: any model ID, including Responses-only ones. """
    tools: list[
        ApplyPatchToolParam
        | CodeInterpreterTool
        | ComputerTool
        | ComputerUsePreviewTool
        | CustomToolParam
        | FileSearchTool
        | FunctionShellToolParam
        | FunctionTool
        | ImageGenTool
        | LocalShellToolParam
        | MCPTool
        | NamespaceToolParam
        | ProgrammaticToolCallingParam
        | ToolSearchToolParam
        | WebSearchPreviewTool
        | WebSearchTool
    ]
    """ Tools the model may use in a response. """
    tool_choice: (
        SpecificApplyPatchParam
        | SpecificFunctionShellParam
        | SpecificProgrammaticToolCallingParam
        | ToolChoiceAllowed
        | ToolChoiceCustom
        | ToolChoiceFunction
        | ToolChoiceMCP
        | ToolChoiceOptions
        | ToolChoiceTypes
    )
    """ Which tool, if any, the model must use. """
    id: str
    """ ID of the response. """
    object_: ResponseObject
    """ Fixed tag `response`. """
    created_at: float
    """ When the response was created (Unix seconds). """
    error: None | ResponseErrorType0
    """ Why a response failed; null when it did not. """
    incomplete_details: None | ResponseIncompleteDetailsType0
    """ What cut the response short, when it is incomplete. """
    output: list[
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
    ]
    """ Items the model produced, in order; not only messages. """
    instructions: (
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
    )
    """ The system/developer instructions the response ran with. """
    parallel_tool_calls: bool
    """ Whether several tool calls per turn were allowed. """
    top_logprobs: int | None = None
    """ Number of top alternatives per token (0-20). """
    user: str | None = None
    """ Old end-user identifier; prefer the newer fields. """
    safety_identifier: None | str = None
    """ Stable hashed end-user ID for abuse detection. """
    prompt_cache_key: None | str = None
    """ Key to group requests for prompt caching. """
    prompt_cache_retention: ModelResponsePropertiesPromptCacheRetentionType0 | None = (
        None
    )
    """ Old prompt cache retention setting. """
    previous_response_id: None | str = None
    """ Continue from this stored response (multi-turn); not with `conversation`. """
    background: bool | None = None
    """ Run the response in the background; poll or cancel it by ID. """
    max_tool_calls: int | None = None
    """ Cap on built-in tool calls over the whole response. """
    text: ResponseTextParam | None = None
    """ Text output settings: format (plain, JSON object, JSON schema) and verbosity. """
    prompt: None | PromptType0 = None
    """ A stored prompt template to use, with its version and variable values. """
    service_tier: None | ServiceTierResponsesType0 = None
    """ Processing tier for a response; null leaves the project default. """
    truncation: None | ResponseTruncationType0 = None
    """ Truncation strategy the response ran with. """
    status: ResponseStatus | None = None
    """ Where the response is in its life cycle. """
    completed_at: float | None = None
    """ When the response completed (Unix seconds). """
    reasoning: None | Reasoning = None
    """ Reasoning settings the response ran with. """
    output_text: None | str = None
    """ All output text joined; filled in by SDKs, not sent by the API. """
    usage: ResponseUsage | None = None
    """ Tokens a response consumed, with cache and reasoning details. """
    prompt_cache_options: PromptCacheOptions | None = None
    """ Prompt caching settings applied to the response. """
    moderation: Moderation | None = None
    """ Moderation results, when moderation was requested. """
    conversation: None | ResponseConversation = None
    """ Conversation the response was added to. """
    max_output_tokens: int | None = None
    """ Cap on generated tokens, reasoning included. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" not in self._none_flips
            else UNSET
        )

        if _v_metadata is None or isinstance(_v_metadata, Unset):
            metadata = _v_metadata
        else:
            metadata: dict[str, Any] | None
            if isinstance(_v_metadata, MetadataType0):
                metadata = _v_metadata.to_dict()
            else:
                metadata = _v_metadata

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" not in self._none_flips
            else UNSET
        )

        if _v_temperature is None or isinstance(_v_temperature, Unset):
            temperature = _v_temperature
        else:
            temperature: float | None
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" not in self._none_flips
            else UNSET
        )

        if _v_top_p is None or isinstance(_v_top_p, Unset):
            top_p = _v_top_p
        else:
            top_p: float | None
            top_p = _v_top_p

        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools = []
            for componentsschemas_tools_array_item_data in _v_tools:
                componentsschemas_tools_array_item: dict[str, Any]
                if (
                    isinstance(componentsschemas_tools_array_item_data, FunctionTool)
                    or isinstance(
                        componentsschemas_tools_array_item_data, FileSearchTool
                    )
                    or isinstance(componentsschemas_tools_array_item_data, ComputerTool)
                    or isinstance(
                        componentsschemas_tools_array_item_data, ComputerUsePreviewTool
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data, WebSearchTool
                    )
                    or isinstance(componentsschemas_tools_array_item_data, MCPTool)
                    or isinstance(
                        componentsschemas_tools_array_item_data, CodeInterpreterTool
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data,
                        ProgrammaticToolCallingParam,
                    )
                    or isinstance(componentsschemas_tools_array_item_data, ImageGenTool)
                    or isinstance(
                        componentsschemas_tools_array_item_data, LocalShellToolParam
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data, FunctionShellToolParam
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data, CustomToolParam
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data, NamespaceToolParam
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data, ToolSearchToolParam
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data, WebSearchPreviewTool
                    )
                    or isinstance(
                        componentsschemas_tools_array_item_data, ApplyPatchToolParam
                    )
                ):
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data.to_dict()
                    )
                else:
                    componentsschemas_tools_array_item = (
                        componentsschemas_tools_array_item_data
                    )
                tools.append(componentsschemas_tools_array_item)

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" not in self._none_flips
            else UNSET
        )

        if _v_tool_choice is None or isinstance(_v_tool_choice, Unset):
            tool_choice = _v_tool_choice
        else:
            tool_choice: dict[str, Any] | str
            if (
                isinstance(_v_tool_choice, ToolChoiceAllowed)
                or isinstance(_v_tool_choice, ToolChoiceTypes)
                or isinstance(_v_tool_choice, ToolChoiceFunction)
                or isinstance(_v_tool_choice, ToolChoiceMCP)
                or isinstance(_v_tool_choice, ToolChoiceCustom)
                or isinstance(_v_tool_choice, SpecificProgrammaticToolCallingParam)
                or isinstance(_v_tool_choice, SpecificApplyPatchParam)
                or isinstance(_v_tool_choice, SpecificFunctionShellParam)
            ):
                tool_choice = _v_tool_choice.to_dict()
            else:
                tool_choice = _v_tool_choice

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

        _v_created_at = (
            self.created_at
            if self.created_at is not None or "created_at" not in self._none_flips
            else UNSET
        )

        created_at = _v_created_at

        _v_error = (
            self.error
            if self.error is not None or "error" not in self._none_flips
            else UNSET
        )

        if _v_error is None or isinstance(_v_error, Unset):
            error = _v_error
        else:
            error: dict[str, Any] | None
            if isinstance(_v_error, ResponseErrorType0):
                error = _v_error.to_dict()
            else:
                error = _v_error

        _v_incomplete_details = (
            self.incomplete_details
            if self.incomplete_details is not None
            or "incomplete_details" not in self._none_flips
            else UNSET
        )

        if _v_incomplete_details is None or isinstance(_v_incomplete_details, Unset):
            incomplete_details = _v_incomplete_details
        else:
            incomplete_details: dict[str, Any] | None
            if isinstance(_v_incomplete_details, ResponseIncompleteDetailsType0):
                incomplete_details = _v_incomplete_details.to_dict()
            else:
                incomplete_details = _v_incomplete_details

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
                    isinstance(output_item_data, OutputMessage)
                    or isinstance(output_item_data, FileSearchToolCall)
                    or isinstance(output_item_data, FunctionToolCall)
                    or isinstance(output_item_data, FunctionToolCallOutputResource)
                    or isinstance(output_item_data, WebSearchToolCall)
                    or isinstance(output_item_data, ComputerToolCall)
                    or isinstance(output_item_data, ComputerToolCallOutputResource)
                    or isinstance(output_item_data, ReasoningItem)
                    or isinstance(output_item_data, Program)
                    or isinstance(output_item_data, ProgramOutput)
                    or isinstance(output_item_data, ToolSearchCall)
                    or isinstance(output_item_data, ToolSearchOutput)
                    or isinstance(output_item_data, AdditionalTools)
                    or isinstance(output_item_data, CompactionBody)
                    or isinstance(output_item_data, ImageGenToolCall)
                    or isinstance(output_item_data, CodeInterpreterToolCall)
                    or isinstance(output_item_data, LocalShellToolCall)
                    or isinstance(output_item_data, LocalShellToolCallOutput)
                    or isinstance(output_item_data, FunctionShellCall)
                    or isinstance(output_item_data, FunctionShellCallOutput)
                    or isinstance(output_item_data, ApplyPatchToolCall)
                    or isinstance(output_item_data, ApplyPatchToolCallOutput)
                    or isinstance(output_item_data, MCPToolCall)
                    or isinstance(output_item_data, MCPListTools)
                    or isinstance(output_item_data, MCPApprovalRequest)
                    or isinstance(output_item_data, MCPApprovalResponseResource)
                    or isinstance(output_item_data, CustomToolCall)
                    or isinstance(output_item_data, CustomToolCallOutputResource)
                ):
                    output_item = output_item_data.to_dict()
                else:
                    output_item = output_item_data
                output.append(output_item)

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" not in self._none_flips
            else UNSET
        )

        if _v_instructions is None or isinstance(_v_instructions, Unset):
            instructions = _v_instructions
        else:
            instructions: list[dict[str, Any]] | None | str
            if isinstance(_v_instructions, list):
                instructions = []
                for instructions_type_0_type_1_item_data in _v_instructions:
                    instructions_type_0_type_1_item: dict[str, Any]
                    if (
                        isinstance(
                            instructions_type_0_type_1_item_data, EasyInputMessage
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, InputMessage
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, OutputMessage
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, FileSearchToolCall
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, ComputerToolCall
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            ComputerCallOutputItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, WebSearchToolCall
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, FunctionToolCall
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            FunctionCallOutputItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            ToolSearchCallItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            ToolSearchOutputItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            AdditionalToolsItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, ReasoningItem
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            CompactionSummaryItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, ImageGenToolCall
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            CodeInterpreterToolCall,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, LocalShellToolCall
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            LocalShellToolCallOutput,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            FunctionShellCallItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            FunctionShellCallOutputItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            ApplyPatchToolCallItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            ApplyPatchToolCallOutputItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, MCPListTools
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, MCPApprovalRequest
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, MCPApprovalResponse
                        )
                        or isinstance(instructions_type_0_type_1_item_data, MCPToolCall)
                        or isinstance(
                            instructions_type_0_type_1_item_data, CustomToolCallOutput
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, CustomToolCall
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data,
                            CompactionTriggerItemParam,
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, ItemReferenceParam
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, ProgramItemParam
                        )
                        or isinstance(
                            instructions_type_0_type_1_item_data, ProgramOutputItemParam
                        )
                    ):
                        instructions_type_0_type_1_item = (
                            instructions_type_0_type_1_item_data.to_dict()
                        )
                    else:
                        instructions_type_0_type_1_item = (
                            instructions_type_0_type_1_item_data
                        )
                    instructions.append(instructions_type_0_type_1_item)

            else:
                instructions = _v_instructions

        _v_parallel_tool_calls = (
            self.parallel_tool_calls
            if self.parallel_tool_calls is not None
            or "parallel_tool_calls" not in self._none_flips
            else UNSET
        )

        parallel_tool_calls = _v_parallel_tool_calls

        _v_top_logprobs = (
            self.top_logprobs
            if self.top_logprobs is not None or "top_logprobs" in self._none_flips
            else UNSET
        )

        top_logprobs: int | None | Unset
        if isinstance(_v_top_logprobs, Unset):
            top_logprobs = UNSET
        else:
            top_logprobs = _v_top_logprobs

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

        _v_safety_identifier = (
            self.safety_identifier
            if self.safety_identifier is not None
            or "safety_identifier" in self._none_flips
            else UNSET
        )

        safety_identifier: None | str | Unset
        if isinstance(_v_safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = _v_safety_identifier

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

        _v_background = (
            self.background
            if self.background is not None or "background" in self._none_flips
            else UNSET
        )

        background: bool | None | Unset
        if isinstance(_v_background, Unset):
            background = UNSET
        else:
            background = _v_background

        _v_max_tool_calls = (
            self.max_tool_calls
            if self.max_tool_calls is not None or "max_tool_calls" in self._none_flips
            else UNSET
        )

        max_tool_calls: int | None | Unset
        if isinstance(_v_max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = _v_max_tool_calls

        _v_text = (
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        if not isinstance(_v_text, ResponseTextParam):
            text = _v_text
        else:
            text: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_text, Unset):
                text = _v_text.to_dict()

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt: dict[str, Any] | None | Unset
        if isinstance(_v_prompt, Unset):
            prompt = UNSET
        elif isinstance(_v_prompt, PromptType0):
            prompt = _v_prompt.to_dict()
        else:
            prompt = _v_prompt

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

        _v_truncation = (
            self.truncation
            if self.truncation is not None or "truncation" in self._none_flips
            else UNSET
        )

        truncation: None | str | Unset
        if isinstance(_v_truncation, Unset):
            truncation = UNSET
        else:
            truncation = _v_truncation

        _v_status = (
            self.status
            if self.status is not None or "status" in self._none_flips
            else UNSET
        )

        if _v_status is None or isinstance(_v_status, Unset):
            status = _v_status
        else:
            status: str | Unset = UNSET
            if not isinstance(_v_status, Unset):
                status = _v_status

        _v_completed_at = (
            self.completed_at
            if self.completed_at is not None or "completed_at" in self._none_flips
            else UNSET
        )

        completed_at: float | None | Unset
        if isinstance(_v_completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = _v_completed_at

        _v_reasoning = (
            self.reasoning
            if self.reasoning is not None or "reasoning" in self._none_flips
            else UNSET
        )

        reasoning: dict[str, Any] | None | Unset
        if isinstance(_v_reasoning, Unset):
            reasoning = UNSET
        elif isinstance(_v_reasoning, Reasoning):
            reasoning = _v_reasoning.to_dict()
        else:
            reasoning = _v_reasoning

        _v_output_text = (
            self.output_text
            if self.output_text is not None or "output_text" in self._none_flips
            else UNSET
        )

        output_text: None | str | Unset
        if isinstance(_v_output_text, Unset):
            output_text = UNSET
        else:
            output_text = _v_output_text

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_usage, ResponseUsage):
            usage = _v_usage
        else:
            usage: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_usage, Unset):
                usage = _v_usage.to_dict()

        _v_prompt_cache_options = (
            self.prompt_cache_options
            if self.prompt_cache_options is not None
            or "prompt_cache_options" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt_cache_options, PromptCacheOptions):
            prompt_cache_options = _v_prompt_cache_options
        else:
            prompt_cache_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_prompt_cache_options, Unset):
                prompt_cache_options = _v_prompt_cache_options.to_dict()

        _v_moderation = (
            self.moderation
            if self.moderation is not None or "moderation" in self._none_flips
            else UNSET
        )

        moderation: dict[str, Any] | None | Unset
        if isinstance(_v_moderation, Unset):
            moderation = UNSET
        elif isinstance(_v_moderation, Moderation):
            moderation = _v_moderation.to_dict()
        else:
            moderation = _v_moderation

        _v_conversation = (
            self.conversation
            if self.conversation is not None or "conversation" in self._none_flips
            else UNSET
        )

        conversation: dict[str, Any] | None | Unset
        if isinstance(_v_conversation, Unset):
            conversation = UNSET
        elif isinstance(_v_conversation, ResponseConversation):
            conversation = _v_conversation.to_dict()
        else:
            conversation = _v_conversation

        _v_max_output_tokens = (
            self.max_output_tokens
            if self.max_output_tokens is not None
            or "max_output_tokens" in self._none_flips
            else UNSET
        )

        max_output_tokens: int | None | Unset
        if isinstance(_v_max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = _v_max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "model": model,
                    "tools": tools,
                    "tool_choice": tool_choice,
                    "id": id,
                    "object": object_,
                    "created_at": created_at,
                    "error": error,
                    "incomplete_details": incomplete_details,
                    "output": output,
                    "instructions": instructions,
                    "parallel_tool_calls": parallel_tool_calls,
                }.items()
                if v is not UNSET
            }
        )
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if background is not UNSET:
            field_dict["background"] = background
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if status is not UNSET:
            field_dict["status"] = status
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if output_text is not UNSET:
            field_dict["output_text"] = output_text
        if usage is not UNSET:
            field_dict["usage"] = usage
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if isinstance(_metadata_raw, Unset) and strict_parsing.get():
                raise KeyError("metadata")

            if _metadata_raw is UNSET:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> MetadataType0 | None:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_metadata_type_0 = MetadataType0.from_dict(
                            data
                        )

                        return componentsschemas_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(MetadataType0 | None, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if isinstance(_temperature_raw, Unset) and strict_parsing.get():
                raise KeyError("temperature")

            if _temperature_raw is UNSET:
                _none_flips += ("temperature",)
            temperature = None

        else:
            try:

                def _parse_temperature(data: object) -> float | None:
                    if data is None:
                        return data

                    return cast(float | None, data)

                temperature = _parse_temperature(_temperature_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                temperature = _temperature_raw

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if isinstance(_top_p_raw, Unset) and strict_parsing.get():
                raise KeyError("top_p")

            if _top_p_raw is UNSET:
                _none_flips += ("top_p",)
            top_p = None

        else:
            try:

                def _parse_top_p(data: object) -> float | None:
                    if data is None:
                        return data

                    return cast(float | None, data)

                top_p = _parse_top_p(_top_p_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_p = _top_p_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if strict_parsing.get():
                raise KeyError("model")

            if _model_raw is UNSET:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(
                    data: object,
                ) -> ModelIdsResponsesType1 | ModelIdsSharedType1 | str:

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
                        ModelIdsResponsesType1 | ModelIdsSharedType1 | str, data
                    )

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tools")

            if _tools_raw is UNSET:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                tools = []
                _tools = _tools_raw
                if not isinstance(_tools, list):
                    raise TypeError()
                for componentsschemas_tools_array_item_data in _tools:

                    def _parse_componentsschemas_tools_array_item(
                        data: object,
                    ) -> (
                        ApplyPatchToolParam
                        | CodeInterpreterTool
                        | ComputerTool
                        | ComputerUsePreviewTool
                        | CustomToolParam
                        | FileSearchTool
                        | FunctionShellToolParam
                        | FunctionTool
                        | ImageGenTool
                        | LocalShellToolParam
                        | MCPTool
                        | NamespaceToolParam
                        | ProgrammaticToolCallingParam
                        | ToolSearchToolParam
                        | WebSearchPreviewTool
                        | WebSearchTool
                    ):
                        if isinstance(data, dict):
                            if data.get("type") == "function":
                                try:
                                    componentsschemas_tool_type_0 = (
                                        FunctionTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search":
                                try:
                                    componentsschemas_tool_type_1 = (
                                        FileSearchTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer":
                                try:
                                    componentsschemas_tool_type_2 = (
                                        ComputerTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_use_preview":
                                try:
                                    componentsschemas_tool_type_3 = (
                                        ComputerUsePreviewTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp":
                                try:
                                    componentsschemas_tool_type_5 = MCPTool.from_dict(
                                        data
                                    )

                                    return componentsschemas_tool_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter":
                                try:
                                    componentsschemas_tool_type_6 = (
                                        CodeInterpreterTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "programmatic_tool_calling":
                                try:
                                    componentsschemas_tool_type_7 = (
                                        ProgrammaticToolCallingParam.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation":
                                try:
                                    componentsschemas_tool_type_8 = (
                                        ImageGenTool.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell":
                                try:
                                    componentsschemas_tool_type_9 = (
                                        LocalShellToolParam.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell":
                                try:
                                    componentsschemas_tool_type_10 = (
                                        FunctionShellToolParam.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom":
                                try:
                                    componentsschemas_tool_type_11 = (
                                        CustomToolParam.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "namespace":
                                try:
                                    componentsschemas_tool_type_12 = (
                                        NamespaceToolParam.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search":
                                try:
                                    componentsschemas_tool_type_13 = (
                                        ToolSearchToolParam.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch":
                                try:
                                    componentsschemas_tool_type_15 = (
                                        ApplyPatchToolParam.from_dict(data)
                                    )

                                    return componentsschemas_tool_type_15
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
                                return _parse_componentsschemas_tools_array_item(data)
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "allowed_callers",
                                        "defer_loading",
                                        "description",
                                        "name",
                                        "output_schema",
                                        "parameters",
                                        "strict",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "filters",
                                        "max_num_results",
                                        "ranking_options",
                                        "type",
                                        "vector_store_ids",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "display_height",
                                        "display_width",
                                        "environment",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "external_web_access",
                                        "filters",
                                        "search_context_size",
                                        "type",
                                        "user_location",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "allowed_tools",
                                        "authorization",
                                        "connector_id",
                                        "defer_loading",
                                        "headers",
                                        "require_approval",
                                        "server_description",
                                        "server_label",
                                        "server_url",
                                        "tunnel_id",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "container",
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
                                        "action",
                                        "background",
                                        "input_fidelity",
                                        "input_image_mask",
                                        "model",
                                        "moderation",
                                        "output_compression",
                                        "output_format",
                                        "partial_images",
                                        "quality",
                                        "size",
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
                                        "allowed_callers",
                                        "environment",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
                                        "defer_loading",
                                        "description",
                                        "format",
                                        "name",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "description",
                                        "name",
                                        "tools",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "description",
                                        "execution",
                                        "parameters",
                                        "type",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "search_content_types",
                                        "search_context_size",
                                        "type",
                                        "user_location",
                                    }.intersection(data)
                                ),
                                len(
                                    {
                                        "allowed_callers",
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
                            )
                        _most = max(_fits)
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "function") not in ("function",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                            return componentsschemas_tool_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "file_search") not in ("file_search",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_1 = FileSearchTool.from_dict(
                                data
                            )

                            return componentsschemas_tool_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer") not in ("computer",):
                                raise TypeError()
                            if _fits[2] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_2 = ComputerTool.from_dict(data)

                            return componentsschemas_tool_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "computer_use_preview") not in (
                                "computer_use_preview",
                            ):
                                raise TypeError()
                            if _fits[3] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_3 = (
                                ComputerUsePreviewTool.from_dict(data)
                            )

                            return componentsschemas_tool_type_3
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search") not in (
                                "web_search",
                                "web_search_2025_08_26",
                            ):
                                raise TypeError()
                            if _fits[4] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_4 = WebSearchTool.from_dict(
                                data
                            )

                            return componentsschemas_tool_type_4
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp") not in ("mcp",):
                                raise TypeError()
                            if _fits[5] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_5 = MCPTool.from_dict(data)

                            return componentsschemas_tool_type_5
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "code_interpreter") not in (
                                "code_interpreter",
                            ):
                                raise TypeError()
                            if _fits[6] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_6 = (
                                CodeInterpreterTool.from_dict(data)
                            )

                            return componentsschemas_tool_type_6
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "programmatic_tool_calling") not in (
                                "programmatic_tool_calling",
                            ):
                                raise TypeError()
                            if _fits[7] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_7 = (
                                ProgrammaticToolCallingParam.from_dict(data)
                            )

                            return componentsschemas_tool_type_7
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "image_generation") not in (
                                "image_generation",
                            ):
                                raise TypeError()
                            if _fits[8] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_8 = ImageGenTool.from_dict(data)

                            return componentsschemas_tool_type_8
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "local_shell") not in ("local_shell",):
                                raise TypeError()
                            if _fits[9] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_9 = (
                                LocalShellToolParam.from_dict(data)
                            )

                            return componentsschemas_tool_type_9
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "shell") not in ("shell",):
                                raise TypeError()
                            if _fits[10] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_10 = (
                                FunctionShellToolParam.from_dict(data)
                            )

                            return componentsschemas_tool_type_10
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "custom") not in ("custom",):
                                raise TypeError()
                            if _fits[11] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_11 = CustomToolParam.from_dict(
                                data
                            )

                            return componentsschemas_tool_type_11
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "namespace") not in ("namespace",):
                                raise TypeError()
                            if _fits[12] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_12 = (
                                NamespaceToolParam.from_dict(data)
                            )

                            return componentsschemas_tool_type_12
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "tool_search") not in ("tool_search",):
                                raise TypeError()
                            if _fits[13] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_13 = (
                                ToolSearchToolParam.from_dict(data)
                            )

                            return componentsschemas_tool_type_13
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "web_search_preview") not in (
                                "web_search_preview",
                                "web_search_preview_2025_03_11",
                            ):
                                raise TypeError()
                            if _fits[14] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_14 = (
                                WebSearchPreviewTool.from_dict(data)
                            )

                            return componentsschemas_tool_type_14
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "apply_patch") not in ("apply_patch",):
                                raise TypeError()
                            if _fits[15] < _most:
                                raise TypeError()
                            componentsschemas_tool_type_15 = (
                                ApplyPatchToolParam.from_dict(data)
                            )

                            return componentsschemas_tool_type_15
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(
                            ApplyPatchToolParam
                            | CodeInterpreterTool
                            | ComputerTool
                            | ComputerUsePreviewTool
                            | CustomToolParam
                            | FileSearchTool
                            | FunctionShellToolParam
                            | FunctionTool
                            | ImageGenTool
                            | LocalShellToolParam
                            | MCPTool
                            | NamespaceToolParam
                            | ProgrammaticToolCallingParam
                            | ToolSearchToolParam
                            | WebSearchPreviewTool
                            | WebSearchTool,
                            data,
                        )

                    componentsschemas_tools_array_item = (
                        _parse_componentsschemas_tools_array_item(
                            componentsschemas_tools_array_item_data
                        )
                    )

                    tools.append(componentsschemas_tools_array_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if strict_parsing.get():
                raise KeyError("tool_choice")

            if _tool_choice_raw is UNSET:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:
            try:

                def _parse_tool_choice(
                    data: object,
                ) -> (
                    SpecificApplyPatchParam
                    | SpecificFunctionShellParam
                    | SpecificProgrammaticToolCallingParam
                    | ToolChoiceAllowed
                    | ToolChoiceCustom
                    | ToolChoiceFunction
                    | ToolChoiceMCP
                    | ToolChoiceOptions
                    | ToolChoiceTypes
                ):
                    if isinstance(data, dict):
                        if data.get("type") == "allowed_tools":
                            try:
                                componentsschemas_tool_choice_param_type_1 = (
                                    ToolChoiceAllowed.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function":
                            try:
                                componentsschemas_tool_choice_param_type_3 = (
                                    ToolChoiceFunction.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp":
                            try:
                                componentsschemas_tool_choice_param_type_4 = (
                                    ToolChoiceMCP.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom":
                            try:
                                componentsschemas_tool_choice_param_type_5 = (
                                    ToolChoiceCustom.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "programmatic_tool_calling":
                            try:
                                componentsschemas_tool_choice_param_type_6 = (
                                    SpecificProgrammaticToolCallingParam.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch":
                            try:
                                componentsschemas_tool_choice_param_type_7 = (
                                    SpecificApplyPatchParam.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell":
                            try:
                                componentsschemas_tool_choice_param_type_8 = (
                                    SpecificFunctionShellParam.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_tool_choice(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "mode",
                                    "tools",
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
                                    "name",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "name",
                                    "server_label",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "name",
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
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
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
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_0 = (
                            check_tool_choice_options(data)
                        )

                        return componentsschemas_tool_choice_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "allowed_tools") not in ("allowed_tools",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_1 = (
                            ToolChoiceAllowed.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "file_search") not in (
                            "file_search",
                            "web_search_preview",
                            "computer",
                            "computer_use_preview",
                            "computer_use",
                            "web_search_preview_2025_03_11",
                            "image_generation",
                            "code_interpreter",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_2 = (
                            ToolChoiceTypes.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function") not in ("function",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_3 = (
                            ToolChoiceFunction.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp") not in ("mcp",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_4 = (
                            ToolChoiceMCP.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "custom") not in ("custom",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_5 = (
                            ToolChoiceCustom.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "programmatic_tool_calling") not in (
                            "programmatic_tool_calling",
                        ):
                            raise TypeError()
                        if _fits[5] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_6 = (
                            SpecificProgrammaticToolCallingParam.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "apply_patch") not in ("apply_patch",):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_7 = (
                            SpecificApplyPatchParam.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "shell") not in ("shell",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_8 = (
                            SpecificFunctionShellParam.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        SpecificApplyPatchParam
                        | SpecificFunctionShellParam
                        | SpecificProgrammaticToolCallingParam
                        | ToolChoiceAllowed
                        | ToolChoiceCustom
                        | ToolChoiceFunction
                        | ToolChoiceMCP
                        | ToolChoiceOptions
                        | ToolChoiceTypes,
                        data,
                    )

                tool_choice = _parse_tool_choice(_tool_choice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_choice = _tool_choice_raw

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
                object_ = check_response_object(_object__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        created_at = d.pop("created_at", UNSET)
        if (
            created_at is None or isinstance(created_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("created_at")

        if created_at is None or created_at is UNSET:
            if created_at is UNSET:
                _none_flips += ("created_at",)
            created_at = None

        _error_raw = d.pop("error", UNSET)
        if _error_raw is None or isinstance(_error_raw, Unset):
            if isinstance(_error_raw, Unset) and strict_parsing.get():
                raise KeyError("error")

            if _error_raw is UNSET:
                _none_flips += ("error",)
            error = None

        else:
            try:

                def _parse_error(data: object) -> None | ResponseErrorType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_response_error_type_0 = (
                            ResponseErrorType0.from_dict(data)
                        )

                        return componentsschemas_response_error_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ResponseErrorType0, data)

                error = _parse_error(_error_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                error = _error_raw

        _incomplete_details_raw = d.pop("incomplete_details", UNSET)
        if _incomplete_details_raw is None or isinstance(
            _incomplete_details_raw, Unset
        ):
            if isinstance(_incomplete_details_raw, Unset) and strict_parsing.get():
                raise KeyError("incomplete_details")

            if _incomplete_details_raw is UNSET:
                _none_flips += ("incomplete_details",)
            incomplete_details = None

        else:
            try:

                def _parse_incomplete_details(
                    data: object,
                ) -> None | ResponseIncompleteDetailsType0:
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        incomplete_details_type_0 = (
                            ResponseIncompleteDetailsType0.from_dict(data)
                        )

                        return incomplete_details_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ResponseIncompleteDetailsType0, data)

                incomplete_details = _parse_incomplete_details(_incomplete_details_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                incomplete_details = _incomplete_details_raw

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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("role") == "assistant":
                                try:
                                    componentsschemas_output_item_type_0 = (
                                        OutputMessage.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "file_search_call":
                                try:
                                    componentsschemas_output_item_type_1 = (
                                        FileSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_1
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call":
                                try:
                                    componentsschemas_output_item_type_2 = (
                                        FunctionToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_2
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "function_call_output":
                                try:
                                    componentsschemas_output_item_type_3 = (
                                        FunctionToolCallOutputResource.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_3
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "web_search_call":
                                try:
                                    componentsschemas_output_item_type_4 = (
                                        WebSearchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_4
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call":
                                try:
                                    componentsschemas_output_item_type_5 = (
                                        ComputerToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_5
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "computer_call_output":
                                try:
                                    componentsschemas_output_item_type_6 = (
                                        ComputerToolCallOutputResource.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_6
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "reasoning":
                                try:
                                    componentsschemas_output_item_type_7 = (
                                        ReasoningItem.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_7
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program":
                                try:
                                    componentsschemas_output_item_type_8 = (
                                        Program.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_8
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "program_output":
                                try:
                                    componentsschemas_output_item_type_9 = (
                                        ProgramOutput.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_9
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_call":
                                try:
                                    componentsschemas_output_item_type_10 = (
                                        ToolSearchCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_10
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "tool_search_output":
                                try:
                                    componentsschemas_output_item_type_11 = (
                                        ToolSearchOutput.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_11
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "additional_tools":
                                try:
                                    componentsschemas_output_item_type_12 = (
                                        AdditionalTools.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_12
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "compaction":
                                try:
                                    componentsschemas_output_item_type_13 = (
                                        CompactionBody.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_13
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "image_generation_call":
                                try:
                                    componentsschemas_output_item_type_14 = (
                                        ImageGenToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_14
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "code_interpreter_call":
                                try:
                                    componentsschemas_output_item_type_15 = (
                                        CodeInterpreterToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_15
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call":
                                try:
                                    componentsschemas_output_item_type_16 = (
                                        LocalShellToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_16
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "local_shell_call_output":
                                try:
                                    componentsschemas_output_item_type_17 = (
                                        LocalShellToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_17
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call":
                                try:
                                    componentsschemas_output_item_type_18 = (
                                        FunctionShellCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_18
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "shell_call_output":
                                try:
                                    componentsschemas_output_item_type_19 = (
                                        FunctionShellCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_19
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call":
                                try:
                                    componentsschemas_output_item_type_20 = (
                                        ApplyPatchToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_20
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "apply_patch_call_output":
                                try:
                                    componentsschemas_output_item_type_21 = (
                                        ApplyPatchToolCallOutput.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_21
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_call":
                                try:
                                    componentsschemas_output_item_type_22 = (
                                        MCPToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_22
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_list_tools":
                                try:
                                    componentsschemas_output_item_type_23 = (
                                        MCPListTools.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_23
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_request":
                                try:
                                    componentsschemas_output_item_type_24 = (
                                        MCPApprovalRequest.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_24
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp_approval_response":
                                try:
                                    componentsschemas_output_item_type_25 = (
                                        MCPApprovalResponseResource.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_25
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call":
                                try:
                                    componentsschemas_output_item_type_26 = (
                                        CustomToolCall.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_26
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "custom_tool_call_output":
                                try:
                                    componentsschemas_output_item_type_27 = (
                                        CustomToolCallOutputResource.from_dict(data)
                                    )

                                    return componentsschemas_output_item_type_27
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
                            if data.get("type", "message") not in (
                                "message",
                            ) or data.get("role", "assistant") not in ("assistant",):
                                raise TypeError()
                            if _fits[0] < _most:
                                raise TypeError()
                            componentsschemas_output_item_type_0 = (
                                OutputMessage.from_dict(data)
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
                            if data.get("type", "function_call") not in (
                                "function_call",
                            ):
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
                            if data.get("type", "computer_call") not in (
                                "computer_call",
                            ):
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
                            componentsschemas_output_item_type_7 = (
                                ReasoningItem.from_dict(data)
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
                            componentsschemas_output_item_type_8 = Program.from_dict(
                                data
                            )

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
                            componentsschemas_output_item_type_9 = (
                                ProgramOutput.from_dict(data)
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
                            componentsschemas_output_item_type_22 = (
                                MCPToolCall.from_dict(data)
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
                            componentsschemas_output_item_type_23 = (
                                MCPListTools.from_dict(data)
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

                    output_item = _parse_output_item(output_item_data)

                    output.append(output_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output = _output_raw

        _instructions_raw = d.pop("instructions", UNSET)
        if _instructions_raw is None or isinstance(_instructions_raw, Unset):
            if isinstance(_instructions_raw, Unset) and strict_parsing.get():
                raise KeyError("instructions")

            if _instructions_raw is UNSET:
                _none_flips += ("instructions",)
            instructions = None

        else:
            try:

                def _parse_instructions(
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
                ):
                    if data is None:
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        instructions_type_0_type_1 = []
                        _instructions_type_0_type_1 = data
                        if not isinstance(_instructions_type_0_type_1, list):
                            raise TypeError()
                        for (
                            instructions_type_0_type_1_item_data
                        ) in _instructions_type_0_type_1:

                            def _parse_instructions_type_0_type_1_item(
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
                                                ComputerCallOutputItemParam.from_dict(
                                                    data
                                                )
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
                                                FunctionCallOutputItemParam.from_dict(
                                                    data
                                                )
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
                                                ToolSearchOutputItemParam.from_dict(
                                                    data
                                                )
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
                                                CompactionSummaryItemParam.from_dict(
                                                    data
                                                )
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
                                                FunctionShellCallItemParam.from_dict(
                                                    data
                                                )
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
                                            componentsschemas_item_type_18 = FunctionShellCallOutputItemParam.from_dict(
                                                data
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
                                                ApplyPatchToolCallItemParam.from_dict(
                                                    data
                                                )
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
                                            componentsschemas_item_type_20 = ApplyPatchToolCallOutputItemParam.from_dict(
                                                data
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
                                                CompactionTriggerItemParam.from_dict(
                                                    data
                                                )
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
                                        return _parse_instructions_type_0_type_1_item(
                                            data
                                        )
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                    componentsschemas_item_type_0 = (
                                        InputMessage.from_dict(data)
                                    )

                                    return componentsschemas_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "reasoning") not in (
                                        "reasoning",
                                    ):
                                        raise TypeError()
                                    if _fits[12] < _most:
                                        raise TypeError()
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "image_generation_call"
                                    ) not in ("image_generation_call",):
                                        raise TypeError()
                                    if _fits[14] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "code_interpreter_call"
                                    ) not in ("code_interpreter_call",):
                                        raise TypeError()
                                    if _fits[15] < _most:
                                        raise TypeError()
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "local_shell_call_output"
                                    ) not in ("local_shell_call_output",):
                                        raise TypeError()
                                    if _fits[17] < _most:
                                        raise TypeError()
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "apply_patch_call_output"
                                    ) not in ("apply_patch_call_output",):
                                        raise TypeError()
                                    if _fits[21] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "mcp_list_tools") not in (
                                        "mcp_list_tools",
                                    ):
                                        raise TypeError()
                                    if _fits[22] < _most:
                                        raise TypeError()
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "mcp_approval_response"
                                    ) not in ("mcp_approval_response",):
                                        raise TypeError()
                                    if _fits[24] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "mcp_call") not in (
                                        "mcp_call",
                                    ):
                                        raise TypeError()
                                    if _fits[25] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "custom_tool_call_output"
                                    ) not in ("custom_tool_call_output",):
                                        raise TypeError()
                                    if _fits[26] < _most:
                                        raise TypeError()
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
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

                            instructions_type_0_type_1_item = (
                                _parse_instructions_type_0_type_1_item(
                                    instructions_type_0_type_1_item_data
                                )
                            )

                            instructions_type_0_type_1.append(
                                instructions_type_0_type_1_item
                            )

                        return instructions_type_0_type_1
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
                        | str,
                        data,
                    )

                instructions = _parse_instructions(_instructions_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                instructions = _instructions_raw

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        if (
            parallel_tool_calls is None or isinstance(parallel_tool_calls, Unset)
        ) and strict_parsing.get():
            raise KeyError("parallel_tool_calls")

        if parallel_tool_calls is None or parallel_tool_calls is UNSET:
            if parallel_tool_calls is UNSET:
                _none_flips += ("parallel_tool_calls",)
            parallel_tool_calls = None

        _top_logprobs_raw = d.pop("top_logprobs", UNSET)
        if _top_logprobs_raw is None or isinstance(_top_logprobs_raw, Unset):
            if _top_logprobs_raw is None:
                _none_flips += ("top_logprobs",)
            top_logprobs = None

        else:
            try:

                def _parse_top_logprobs(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                top_logprobs = _parse_top_logprobs(_top_logprobs_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_logprobs = _top_logprobs_raw

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        _safety_identifier_raw = d.pop("safety_identifier", UNSET)
        if _safety_identifier_raw is None or isinstance(_safety_identifier_raw, Unset):
            if _safety_identifier_raw is None:
                _none_flips += ("safety_identifier",)
            safety_identifier = None

        else:
            try:

                def _parse_safety_identifier(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                safety_identifier = _parse_safety_identifier(_safety_identifier_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                safety_identifier = _safety_identifier_raw

        _prompt_cache_key_raw = d.pop("prompt_cache_key", UNSET)
        if _prompt_cache_key_raw is None or isinstance(_prompt_cache_key_raw, Unset):
            if _prompt_cache_key_raw is None:
                _none_flips += ("prompt_cache_key",)
            prompt_cache_key = None

        else:
            try:

                def _parse_prompt_cache_key(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                prompt_cache_key = _parse_prompt_cache_key(_prompt_cache_key_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_key = _prompt_cache_key_raw

        _prompt_cache_retention_raw = d.pop("prompt_cache_retention", UNSET)
        if _prompt_cache_retention_raw is None or isinstance(
            _prompt_cache_retention_raw, Unset
        ):
            if _prompt_cache_retention_raw is None:
                _none_flips += ("prompt_cache_retention",)
            prompt_cache_retention = None

        else:
            try:

                def _parse_prompt_cache_retention(
                    data: object,
                ) -> ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        prompt_cache_retention_type_0 = check_model_response_properties_prompt_cache_retention_type_0(
                            data
                        )

                        return prompt_cache_retention_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ModelResponsePropertiesPromptCacheRetentionType0 | None | Unset,
                        data,
                    )

                prompt_cache_retention = _parse_prompt_cache_retention(
                    _prompt_cache_retention_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_retention = _prompt_cache_retention_raw

        _previous_response_id_raw = d.pop("previous_response_id", UNSET)
        if _previous_response_id_raw is None or isinstance(
            _previous_response_id_raw, Unset
        ):
            if _previous_response_id_raw is None:
                _none_flips += ("previous_response_id",)
            previous_response_id = None

        else:
            try:

                def _parse_previous_response_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                previous_response_id = _parse_previous_response_id(
                    _previous_response_id_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                previous_response_id = _previous_response_id_raw

        _background_raw = d.pop("background", UNSET)
        if _background_raw is None or isinstance(_background_raw, Unset):
            if _background_raw is None:
                _none_flips += ("background",)
            background = None

        else:
            try:

                def _parse_background(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                background = _parse_background(_background_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                background = _background_raw

        _max_tool_calls_raw = d.pop("max_tool_calls", UNSET)
        if _max_tool_calls_raw is None or isinstance(_max_tool_calls_raw, Unset):
            if _max_tool_calls_raw is None:
                _none_flips += ("max_tool_calls",)
            max_tool_calls = None

        else:
            try:

                def _parse_max_tool_calls(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                max_tool_calls = _parse_max_tool_calls(_max_tool_calls_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_tool_calls = _max_tool_calls_raw

        _text_raw = d.pop("text", UNSET)
        if _text_raw is None or isinstance(_text_raw, Unset):
            if _text_raw is None and strict_parsing.get():
                raise TypeError("text")

            if _text_raw is None:
                _none_flips += ("text",)
            text = None

        else:
            try:
                _text = _text_raw
                text: ResponseTextParam | Unset
                if isinstance(_text, Unset):
                    text = UNSET
                else:
                    text = ResponseTextParam.from_dict(_text)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                text = _text_raw

        _prompt_raw = d.pop("prompt", UNSET)
        if _prompt_raw is None or isinstance(_prompt_raw, Unset):
            if _prompt_raw is None:
                _none_flips += ("prompt",)
            prompt = None

        else:
            try:

                def _parse_prompt(data: object) -> None | PromptType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_prompt_type_0 = PromptType0.from_dict(data)

                        return componentsschemas_prompt_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | PromptType0 | Unset, data)

                prompt = _parse_prompt(_prompt_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt = _prompt_raw

        _service_tier_raw = d.pop("service_tier", UNSET)
        if _service_tier_raw is None or isinstance(_service_tier_raw, Unset):
            if _service_tier_raw is None:
                _none_flips += ("service_tier",)
            service_tier = None

        else:
            try:

                def _parse_service_tier(
                    data: object,
                ) -> None | ServiceTierResponsesType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_service_tier_responses_type_0 = (
                            check_service_tier_responses_type_0(data)
                        )

                        return componentsschemas_service_tier_responses_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ServiceTierResponsesType0 | Unset, data)

                service_tier = _parse_service_tier(_service_tier_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                service_tier = _service_tier_raw

        _truncation_raw = d.pop("truncation", UNSET)
        if _truncation_raw is None or isinstance(_truncation_raw, Unset):
            if _truncation_raw is None:
                _none_flips += ("truncation",)
            truncation = None

        else:
            try:

                def _parse_truncation(
                    data: object,
                ) -> None | ResponseTruncationType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        truncation_type_0 = check_response_truncation_type_0(data)

                        return truncation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ResponseTruncationType0 | Unset, data)

                truncation = _parse_truncation(_truncation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                truncation = _truncation_raw

        _status_raw = d.pop("status", UNSET)
        if _status_raw is None or isinstance(_status_raw, Unset):
            if _status_raw is None and strict_parsing.get():
                raise TypeError("status")

            if _status_raw is None:
                _none_flips += ("status",)
            status = None

        else:
            try:
                _status = _status_raw
                status: ResponseStatus | Unset
                if isinstance(_status, Unset):
                    status = UNSET
                else:
                    status = check_response_status(_status)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                status = _status_raw

        _completed_at_raw = d.pop("completed_at", UNSET)
        if _completed_at_raw is None or isinstance(_completed_at_raw, Unset):
            if _completed_at_raw is None:
                _none_flips += ("completed_at",)
            completed_at = None

        else:
            try:

                def _parse_completed_at(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                completed_at = _parse_completed_at(_completed_at_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                completed_at = _completed_at_raw

        _reasoning_raw = d.pop("reasoning", UNSET)
        if _reasoning_raw is None or isinstance(_reasoning_raw, Unset):
            if _reasoning_raw is None:
                _none_flips += ("reasoning",)
            reasoning = None

        else:
            try:

                def _parse_reasoning(data: object) -> None | Reasoning | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        reasoning_type_0 = Reasoning.from_dict(data)

                        return reasoning_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | Reasoning | Unset, data)

                reasoning = _parse_reasoning(_reasoning_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reasoning = _reasoning_raw

        _output_text_raw = d.pop("output_text", UNSET)
        if _output_text_raw is None or isinstance(_output_text_raw, Unset):
            if _output_text_raw is None:
                _none_flips += ("output_text",)
            output_text = None

        else:
            try:

                def _parse_output_text(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                output_text = _parse_output_text(_output_text_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_text = _output_text_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

        else:
            try:
                _usage = _usage_raw
                usage: ResponseUsage | Unset
                if isinstance(_usage, Unset):
                    usage = UNSET
                else:
                    usage = ResponseUsage.from_dict(_usage)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        _prompt_cache_options_raw = d.pop("prompt_cache_options", UNSET)
        if _prompt_cache_options_raw is None or isinstance(
            _prompt_cache_options_raw, Unset
        ):
            if _prompt_cache_options_raw is None and strict_parsing.get():
                raise TypeError("prompt_cache_options")

            if _prompt_cache_options_raw is None:
                _none_flips += ("prompt_cache_options",)
            prompt_cache_options = None

        else:
            try:
                _prompt_cache_options = _prompt_cache_options_raw
                prompt_cache_options: PromptCacheOptions | Unset
                if isinstance(_prompt_cache_options, Unset):
                    prompt_cache_options = UNSET
                else:
                    prompt_cache_options = PromptCacheOptions.from_dict(
                        _prompt_cache_options
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_options = _prompt_cache_options_raw

        _moderation_raw = d.pop("moderation", UNSET)
        if _moderation_raw is None or isinstance(_moderation_raw, Unset):
            if _moderation_raw is None:
                _none_flips += ("moderation",)
            moderation = None

        else:
            try:

                def _parse_moderation(data: object) -> Moderation | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        moderation_type_0 = Moderation.from_dict(data)

                        return moderation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(Moderation | None | Unset, data)

                moderation = _parse_moderation(_moderation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                moderation = _moderation_raw

        _conversation_raw = d.pop("conversation", UNSET)
        if _conversation_raw is None or isinstance(_conversation_raw, Unset):
            if _conversation_raw is None:
                _none_flips += ("conversation",)
            conversation = None

        else:
            try:

                def _parse_conversation(
                    data: object,
                ) -> None | ResponseConversation | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        conversation_type_0 = ResponseConversation.from_dict(data)

                        return conversation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ResponseConversation | Unset, data)

                conversation = _parse_conversation(_conversation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                conversation = _conversation_raw

        _max_output_tokens_raw = d.pop("max_output_tokens", UNSET)
        if _max_output_tokens_raw is None or isinstance(_max_output_tokens_raw, Unset):
            if _max_output_tokens_raw is None:
                _none_flips += ("max_output_tokens",)
            max_output_tokens = None

        else:
            try:

                def _parse_max_output_tokens(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                max_output_tokens = _parse_max_output_tokens(_max_output_tokens_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_output_tokens = _max_output_tokens_raw

        response = cls(
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            model=model,
            tools=tools,
            tool_choice=tool_choice,
            id=id,
            object_=object_,
            created_at=created_at,
            error=error,
            incomplete_details=incomplete_details,
            output=output,
            instructions=instructions,
            parallel_tool_calls=parallel_tool_calls,
            top_logprobs=top_logprobs,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            previous_response_id=previous_response_id,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            prompt=prompt,
            service_tier=service_tier,
            truncation=truncation,
            status=status,
            completed_at=completed_at,
            reasoning=reasoning,
            output_text=output_text,
            usage=usage,
            prompt_cache_options=prompt_cache_options,
            moderation=moderation,
            conversation=conversation,
            max_output_tokens=max_output_tokens,
        )
        if _none_flips:
            response._none_flips = _none_flips

        response.additional_properties = d
        return response

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
