from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_create_model_response_properties_prompt_cache_retention_type_0 import (
    BetaCreateModelResponsePropertiesPromptCacheRetentionType0,
    check_beta_create_model_response_properties_prompt_cache_retention_type_0,
)
from ..models.beta_create_response_truncation_type_0 import (
    BetaCreateResponseTruncationType0,
    check_beta_create_response_truncation_type_0,
)
from ..models.beta_include_enum import BetaIncludeEnum, check_beta_include_enum
from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
    check_beta_model_ids_responses_type_1,
)
from ..models.beta_model_ids_shared_type_1 import (
    BetaModelIdsSharedType1,
    check_beta_model_ids_shared_type_1,
)
from ..models.beta_responses_client_event_response_create_type import (
    BetaResponsesClientEventResponseCreateType,
    check_beta_responses_client_event_response_create_type,
)
from ..models.beta_service_tier_responses_type_0 import (
    BetaServiceTierResponsesType0,
    check_beta_service_tier_responses_type_0,
)
from ..models.beta_tool_choice_options import (
    BetaToolChoiceOptions,
    check_beta_tool_choice_options,
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
    from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool
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
    from ..models.beta_computer_tool import BetaComputerTool
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from ..models.beta_context_management_param import BetaContextManagementParam
    from ..models.beta_conversation_param_2 import BetaConversationParam2
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_easy_input_message import BetaEasyInputMessage
    from ..models.beta_file_search_tool import BetaFileSearchTool
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
    from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam
    from ..models.beta_function_tool import BetaFunctionTool
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_image_gen_tool import BetaImageGenTool
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message import BetaInputMessage
    from ..models.beta_item_reference_param import BetaItemReferenceParam
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool import BetaMCPTool
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_metadata_type_0 import BetaMetadataType0
    from ..models.beta_moderation_param import BetaModerationParam
    from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
    from ..models.beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam,
    )
    from ..models.beta_multi_agent_param import BetaMultiAgentParam
    from ..models.beta_namespace_tool_param import BetaNamespaceToolParam
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program_item_param import BetaProgramItemParam
    from ..models.beta_program_output_item_param import BetaProgramOutputItemParam
    from ..models.beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam,
    )
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
    from ..models.beta_prompt_type_0 import BetaPromptType0
    from ..models.beta_reasoning import BetaReasoning
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_response_stream_options_type_0 import (
        BetaResponseStreamOptionsType0,
    )
    from ..models.beta_response_text_param import BetaResponseTextParam
    from ..models.beta_specific_apply_patch_param import BetaSpecificApplyPatchParam
    from ..models.beta_specific_function_shell_param import (
        BetaSpecificFunctionShellParam,
    )
    from ..models.beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam,
    )
    from ..models.beta_tool_choice_allowed import BetaToolChoiceAllowed
    from ..models.beta_tool_choice_custom import BetaToolChoiceCustom
    from ..models.beta_tool_choice_function import BetaToolChoiceFunction
    from ..models.beta_tool_choice_mcp import BetaToolChoiceMCP
    from ..models.beta_tool_choice_types import BetaToolChoiceTypes
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam,
    )
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall


T = TypeVar("T", bound="BetaResponsesClientEventResponseCreate")

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
        BetaApplyPatchToolParam, \
        BetaCodeInterpreterTool, \
        BetaCodeInterpreterToolCall, \
        BetaCompactionSummaryItemParam, \
        BetaCompactionTriggerItemParam, \
        BetaComputerCallOutputItemParam, \
        BetaComputerTool, \
        BetaComputerToolCall, \
        BetaComputerUsePreviewTool, \
        BetaContextManagementParam, \
        BetaConversationParam2, \
        BetaCustomToolCall, \
        BetaCustomToolCallOutput, \
        BetaCustomToolParam, \
        BetaEasyInputMessage, \
        BetaFileSearchTool, \
        BetaFileSearchToolCall, \
        BetaFunctionCallOutputItemParam, \
        BetaFunctionShellCallItemParam, \
        BetaFunctionShellCallOutputItemParam, \
        BetaFunctionShellToolParam, \
        BetaFunctionTool, \
        BetaFunctionToolCall, \
        BetaImageGenTool, \
        BetaImageGenToolCall, \
        BetaInputMessage, \
        BetaItemReferenceParam, \
        BetaLocalShellToolCall, \
        BetaLocalShellToolCallOutput, \
        BetaLocalShellToolParam, \
        BetaMCPApprovalRequest, \
        BetaMCPApprovalResponse, \
        BetaMCPListTools, \
        BetaMCPTool, \
        BetaMCPToolCall, \
        BetaMetadataType0, \
        BetaModerationParam, \
        BetaMultiAgentCallItemParam, \
        BetaMultiAgentCallOutputItemParam, \
        BetaMultiAgentParam, \
        BetaNamespaceToolParam, \
        BetaOutputMessage, \
        BetaProgramItemParam, \
        BetaProgramOutputItemParam, \
        BetaProgrammaticToolCallingParam, \
        BetaPromptCacheOptionsParam, \
        BetaPromptType0, \
        BetaReasoning, \
        BetaReasoningItem, \
        BetaResponseStreamOptionsType0, \
        BetaResponseTextParam, \
        BetaSpecificApplyPatchParam, \
        BetaSpecificFunctionShellParam, \
        BetaSpecificProgrammaticToolCallingParam, \
        BetaToolChoiceAllowed, \
        BetaToolChoiceCustom, \
        BetaToolChoiceFunction, \
        BetaToolChoiceMCP, \
        BetaToolChoiceTypes, \
        BetaToolSearchCallItemParam, \
        BetaToolSearchOutputItemParam, \
        BetaToolSearchToolParam, \
        BetaWebSearchPreviewTool, \
        BetaWebSearchTool, \
        BetaWebSearchToolCall
    from ..models.beta_additional_tools_item_param import BetaAdditionalToolsItemParam
    from ..models.beta_agent_message_item_param import BetaAgentMessageItemParam
    from ..models.beta_apply_patch_tool_call_item_param import (
        BetaApplyPatchToolCallItemParam,
    )
    from ..models.beta_apply_patch_tool_call_output_item_param import (
        BetaApplyPatchToolCallOutputItemParam,
    )
    from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool
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
    from ..models.beta_computer_tool import BetaComputerTool
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from ..models.beta_context_management_param import BetaContextManagementParam
    from ..models.beta_conversation_param_2 import BetaConversationParam2
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output import BetaCustomToolCallOutput
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_easy_input_message import BetaEasyInputMessage
    from ..models.beta_file_search_tool import BetaFileSearchTool
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
    from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam
    from ..models.beta_function_tool import BetaFunctionTool
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_image_gen_tool import BetaImageGenTool
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_input_message import BetaInputMessage
    from ..models.beta_item_reference_param import BetaItemReferenceParam
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response import BetaMCPApprovalResponse
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool import BetaMCPTool
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_metadata_type_0 import BetaMetadataType0
    from ..models.beta_moderation_param import BetaModerationParam
    from ..models.beta_multi_agent_call_item_param import BetaMultiAgentCallItemParam
    from ..models.beta_multi_agent_call_output_item_param import (
        BetaMultiAgentCallOutputItemParam,
    )
    from ..models.beta_multi_agent_param import BetaMultiAgentParam
    from ..models.beta_namespace_tool_param import BetaNamespaceToolParam
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program_item_param import BetaProgramItemParam
    from ..models.beta_program_output_item_param import BetaProgramOutputItemParam
    from ..models.beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam,
    )
    from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
    from ..models.beta_prompt_type_0 import BetaPromptType0
    from ..models.beta_reasoning import BetaReasoning
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_response_stream_options_type_0 import (
        BetaResponseStreamOptionsType0,
    )
    from ..models.beta_response_text_param import BetaResponseTextParam
    from ..models.beta_specific_apply_patch_param import BetaSpecificApplyPatchParam
    from ..models.beta_specific_function_shell_param import (
        BetaSpecificFunctionShellParam,
    )
    from ..models.beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam,
    )
    from ..models.beta_tool_choice_allowed import BetaToolChoiceAllowed
    from ..models.beta_tool_choice_custom import BetaToolChoiceCustom
    from ..models.beta_tool_choice_function import BetaToolChoiceFunction
    from ..models.beta_tool_choice_mcp import BetaToolChoiceMCP
    from ..models.beta_tool_choice_types import BetaToolChoiceTypes
    from ..models.beta_tool_search_call_item_param import BetaToolSearchCallItemParam
    from ..models.beta_tool_search_output_item_param import (
        BetaToolSearchOutputItemParam,
    )
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall

    _models_bound = True


@_attrs_define
class BetaResponsesClientEventResponseCreate:
    """WebSocket message that creates a beta response; same fields as `POST /responses` plus an optional `stream_id` lane.
    Omit `stream`; `background` is unsupported.

    """

    type_: BetaResponsesClientEventResponseCreateType
    metadata: BetaMetadataType0 | None = None
    """ Up to 16 string key-value pairs for your own bookkeeping; keys at most 64 chars, values at most 512. """
    top_logprobs: int | None = None
    """ Number of top alternatives per token (0-20). """
    temperature: float | None = None
    """ Sampling randomness from 0 to 2 (default 1); lower is more deterministic. Tune this or `top_p`, not both.
    """
    top_p: float | None = None
    """ Nucleus sampling mass from 0 to 1 (default 1), e.g. 0.1 keeps the top 10%. Tune this or `temperature`, not
    both. """
    user: str | None = None
    """ Deprecated: use `safety_identifier` and `prompt_cache_key`. A stable ID for your end user. """
    safety_identifier: None | str = None
    """ Stable per-user ID (max 64 chars, ideally a hash) that helps OpenAI spot policy abuse. """
    prompt_cache_key: None | str = None
    """ Key that groups similar requests so they share prompt cache hits; takes over from `user` for caching. """
    prompt_cache_retention: (
        BetaCreateModelResponsePropertiesPromptCacheRetentionType0 | None
    ) = None
    """ Deprecated: use `prompt_cache_options.ttl`. Maximum cache retention, `in_memory` or `24h`. """
    prompt_cache_options: BetaPromptCacheOptionsParam | None = None
    """ Prompt caching controls (`gpt-5.6`+): `explicit` mode drops the automatic breakpoint; up to 4 breakpoints
    per request; `ttl` only `30m`. """
    previous_response_id: None | str = None
    """ Continue from this earlier response for multi-turn chat; not allowed together with `conversation`. """
    model: BetaModelIdsResponsesType1 | BetaModelIdsSharedType1 | str | None = None
    """ Model ID for the Responses API: any shared chat model or a Responses-only one such as `o3-pro`. """
    background: bool | None = None
    """ Run the response asynchronously in the background (default false); poll or cancel it later. """
    max_tool_calls: int | None = None
    """ Upper bound on built-in tool calls across all tools in one response; further calls are ignored. """
    text: BetaResponseTextParam | None = None
    """ Text output settings: the format (plain text or JSON, optionally schema-bound) and verbosity. """
    tools: (
        list[
            BetaApplyPatchToolParam
            | BetaCodeInterpreterTool
            | BetaComputerTool
            | BetaComputerUsePreviewTool
            | BetaCustomToolParam
            | BetaFileSearchTool
            | BetaFunctionShellToolParam
            | BetaFunctionTool
            | BetaImageGenTool
            | BetaLocalShellToolParam
            | BetaMCPTool
            | BetaNamespaceToolParam
            | BetaProgrammaticToolCallingParam
            | BetaToolSearchToolParam
            | BetaWebSearchPreviewTool
            | BetaWebSearchTool
        ]
        | None
    ) = None
    """ Tools available to the model: built-in tools, MCP servers and connectors, and your own functions; pick with
    `tool_choice`. """
    tool_choice: (
        BetaSpecificApplyPatchParam
        | BetaSpecificFunctionShellParam
        | BetaSpecificProgrammaticToolCallingParam
        | BetaToolChoiceAllowed
        | BetaToolChoiceCustom
        | BetaToolChoiceFunction
        | BetaToolChoiceMCP
        | BetaToolChoiceOptions
        | BetaToolChoiceTypes
        | None
    ) = None
    """ Controls whether and which tools the model calls: a mode string or an object naming a specific tool or
    subset. """
    prompt: BetaPromptType0 | None = None
    """ A saved prompt template to use, with its version and variable values; None for no template. """
    service_tier: BetaServiceTierResponsesType0 | None = None
    """ Processing tier: `auto` (project setting, default), `default`, `flex`, `priority`/`fast`, `ultrafast`, etc.;
    the response reports the tier actually used. """
    truncation: BetaCreateResponseTruncationType0 | None = None
    """ Deprecated. `auto` drops the oldest items when the input is too long; `disabled` (the default) fails
    instead. """
    reasoning: BetaReasoning | None = None
    """ Reasoning settings (reasoning models). """
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
        | str
        | None
    ) = None
    """ The model input: one text string, or a list of input items. """
    include: list[BetaIncludeEnum] | None = None
    """ Extra output data to add to the response. """
    parallel_tool_calls: bool | None = None
    """ Allow several tool calls in one turn; default true. """
    store: bool | None = None
    """ Keep the response so it can be fetched or continued later; default true. """
    instructions: None | str = None
    """ System/developer message for this request only; not carried over by `previous_response_id`. """
    moderation: BetaModerationParam | None = None
    """ Moderation to run on input and output. """
    stream: bool | None = None
    """ Stream the response as server-sent events; default false. """
    stream_options: BetaResponseStreamOptionsType0 | None = None
    """ Streaming settings; only meaningful with `stream: true`. None uses the defaults. """
    conversation: BetaConversationParam2 | None | str = None
    """ Conversation to read earlier items from and add this response to; not with `previous_response_id`. """
    context_management: list[BetaContextManagementParam] | None = None
    """ Context management rules, such as compaction. """
    max_output_tokens: int | None = None
    """ Cap on generated tokens, reasoning included; at least 16. """
    multi_agent: BetaMultiAgentParam | None = None
    """ Settings for server-hosted multi-agent execution of this response. """
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

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, BetaMetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

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

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

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

        _v_prompt_cache_options = (
            self.prompt_cache_options
            if self.prompt_cache_options is not None
            or "prompt_cache_options" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_prompt_cache_options, BetaPromptCacheOptionsParam):
            prompt_cache_options = _v_prompt_cache_options
        else:
            prompt_cache_options: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_prompt_cache_options, Unset):
                prompt_cache_options = _v_prompt_cache_options.to_dict()

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

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str | Unset
            if isinstance(_v_model, Unset):
                model = UNSET
            else:
                model = _v_model

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

        if not isinstance(_v_text, BetaResponseTextParam):
            text = _v_text
        else:
            text: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_text, Unset):
                text = _v_text.to_dict()

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tools, Unset):
                tools = []
                for componentsschemas_beta_tools_array_item_data in _v_tools:
                    componentsschemas_beta_tools_array_item: dict[str, Any]
                    if (
                        isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaFunctionTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaFileSearchTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaComputerTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaComputerUsePreviewTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaWebSearchTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data, BetaMCPTool
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaCodeInterpreterTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaProgrammaticToolCallingParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaImageGenTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaLocalShellToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaFunctionShellToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaCustomToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaNamespaceToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaToolSearchToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaWebSearchPreviewTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaApplyPatchToolParam,
                        )
                    ):
                        componentsschemas_beta_tools_array_item = (
                            componentsschemas_beta_tools_array_item_data.to_dict()
                        )
                    else:
                        componentsschemas_beta_tools_array_item = (
                            componentsschemas_beta_tools_array_item_data
                        )
                    tools.append(componentsschemas_beta_tools_array_item)

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" in self._none_flips
            else UNSET
        )

        if _v_tool_choice is None or isinstance(_v_tool_choice, Unset):
            tool_choice = _v_tool_choice
        else:
            tool_choice: dict[str, Any] | str | Unset
            if isinstance(_v_tool_choice, Unset):
                tool_choice = UNSET
            elif (
                isinstance(_v_tool_choice, BetaToolChoiceAllowed)
                or isinstance(_v_tool_choice, BetaToolChoiceTypes)
                or isinstance(_v_tool_choice, BetaToolChoiceFunction)
                or isinstance(_v_tool_choice, BetaToolChoiceMCP)
                or isinstance(_v_tool_choice, BetaToolChoiceCustom)
                or isinstance(_v_tool_choice, BetaSpecificProgrammaticToolCallingParam)
                or isinstance(_v_tool_choice, BetaSpecificApplyPatchParam)
                or isinstance(_v_tool_choice, BetaSpecificFunctionShellParam)
            ):
                tool_choice = _v_tool_choice.to_dict()
            else:
                tool_choice = _v_tool_choice

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt: dict[str, Any] | None | Unset
        if isinstance(_v_prompt, Unset):
            prompt = UNSET
        elif isinstance(_v_prompt, BetaPromptType0):
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

        _v_reasoning = (
            self.reasoning
            if self.reasoning is not None or "reasoning" in self._none_flips
            else UNSET
        )

        reasoning: dict[str, Any] | None | Unset
        if isinstance(_v_reasoning, Unset):
            reasoning = UNSET
        elif isinstance(_v_reasoning, BetaReasoning):
            reasoning = _v_reasoning.to_dict()
        else:
            reasoning = _v_reasoning

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" in self._none_flips
            else UNSET
        )

        if _v_input_ is None or isinstance(_v_input_, Unset):
            input_ = _v_input_
        else:
            input_: list[dict[str, Any]] | str | Unset
            if isinstance(_v_input_, Unset):
                input_ = UNSET
            elif isinstance(_v_input_, list):
                input_ = []
                for componentsschemas_beta_input_param_type_1_item_data in _v_input_:
                    componentsschemas_beta_input_param_type_1_item: dict[str, Any]
                    if (
                        isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaEasyInputMessage,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaInputMessage,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaOutputMessage,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaFileSearchToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaComputerToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaComputerCallOutputItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaWebSearchToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaFunctionToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaFunctionCallOutputItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaAgentMessageItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaMultiAgentCallItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaMultiAgentCallOutputItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaToolSearchCallItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaToolSearchOutputItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaAdditionalToolsItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaReasoningItem,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaCompactionSummaryItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaImageGenToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaCodeInterpreterToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaLocalShellToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaLocalShellToolCallOutput,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaFunctionShellCallItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaFunctionShellCallOutputItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaApplyPatchToolCallItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaApplyPatchToolCallOutputItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaMCPListTools,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaMCPApprovalRequest,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaMCPApprovalResponse,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaMCPToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaCustomToolCallOutput,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaCustomToolCall,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaCompactionTriggerItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaItemReferenceParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaProgramItemParam,
                        )
                        or isinstance(
                            componentsschemas_beta_input_param_type_1_item_data,
                            BetaProgramOutputItemParam,
                        )
                    ):
                        componentsschemas_beta_input_param_type_1_item = componentsschemas_beta_input_param_type_1_item_data.to_dict()
                    else:
                        componentsschemas_beta_input_param_type_1_item = (
                            componentsschemas_beta_input_param_type_1_item_data
                        )
                    input_.append(componentsschemas_beta_input_param_type_1_item)

            else:
                input_ = _v_input_

        _v_include = (
            self.include
            if self.include is not None or "include" in self._none_flips
            else UNSET
        )

        include: list[str] | None | Unset
        if isinstance(_v_include, Unset):
            include = UNSET
        elif isinstance(_v_include, list):
            include = []
            for include_type_0_item_data in _v_include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = _v_include

        _v_parallel_tool_calls = (
            self.parallel_tool_calls
            if self.parallel_tool_calls is not None
            or "parallel_tool_calls" in self._none_flips
            else UNSET
        )

        parallel_tool_calls: bool | None | Unset
        if isinstance(_v_parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = _v_parallel_tool_calls

        _v_store = (
            self.store
            if self.store is not None or "store" in self._none_flips
            else UNSET
        )

        store: bool | None | Unset
        if isinstance(_v_store, Unset):
            store = UNSET
        else:
            store = _v_store

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

        _v_moderation = (
            self.moderation
            if self.moderation is not None or "moderation" in self._none_flips
            else UNSET
        )

        moderation: dict[str, Any] | None | Unset
        if isinstance(_v_moderation, Unset):
            moderation = UNSET
        elif isinstance(_v_moderation, BetaModerationParam):
            moderation = _v_moderation.to_dict()
        else:
            moderation = _v_moderation

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        stream: bool | None | Unset
        if isinstance(_v_stream, Unset):
            stream = UNSET
        else:
            stream = _v_stream

        _v_stream_options = (
            self.stream_options
            if self.stream_options is not None or "stream_options" in self._none_flips
            else UNSET
        )

        stream_options: dict[str, Any] | None | Unset
        if isinstance(_v_stream_options, Unset):
            stream_options = UNSET
        elif isinstance(_v_stream_options, BetaResponseStreamOptionsType0):
            stream_options = _v_stream_options.to_dict()
        else:
            stream_options = _v_stream_options

        _v_conversation = (
            self.conversation
            if self.conversation is not None or "conversation" in self._none_flips
            else UNSET
        )

        conversation: dict[str, Any] | None | str | Unset
        if isinstance(_v_conversation, Unset):
            conversation = UNSET
        elif isinstance(_v_conversation, BetaConversationParam2):
            conversation = _v_conversation.to_dict()
        else:
            conversation = _v_conversation

        _v_context_management = (
            self.context_management
            if self.context_management is not None
            or "context_management" in self._none_flips
            else UNSET
        )

        context_management: list[dict[str, Any]] | None | Unset
        if isinstance(_v_context_management, Unset):
            context_management = UNSET
        elif isinstance(_v_context_management, list):
            context_management = []
            for context_management_type_0_item_data in _v_context_management:
                if not isinstance(
                    context_management_type_0_item_data, BetaContextManagementParam
                ):
                    context_management.append(context_management_type_0_item_data)
                    continue
                context_management_type_0_item = (
                    context_management_type_0_item_data.to_dict()
                )
                context_management.append(context_management_type_0_item)

        else:
            context_management = _v_context_management

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

        _v_multi_agent = (
            self.multi_agent
            if self.multi_agent is not None or "multi_agent" in self._none_flips
            else UNSET
        )

        multi_agent: dict[str, Any] | None | Unset
        if isinstance(_v_multi_agent, Unset):
            multi_agent = UNSET
        elif isinstance(_v_multi_agent, BetaMultiAgentParam):
            multi_agent = _v_multi_agent.to_dict()
        else:
            multi_agent = _v_multi_agent

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
                }.items()
                if v is not UNSET
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if prompt_cache_retention is not UNSET:
            field_dict["prompt_cache_retention"] = prompt_cache_retention
        if prompt_cache_options is not UNSET:
            field_dict["prompt_cache_options"] = prompt_cache_options
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if model is not UNSET:
            field_dict["model"] = model
        if background is not UNSET:
            field_dict["background"] = background
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if input_ is not UNSET:
            field_dict["input"] = input_
        if include is not UNSET:
            field_dict["include"] = include
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if store is not UNSET:
            field_dict["store"] = store
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if context_management is not UNSET:
            field_dict["context_management"] = context_management
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if multi_agent is not UNSET:
            field_dict["multi_agent"] = multi_agent
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
                type_ = check_beta_responses_client_event_response_create_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:
            try:

                def _parse_metadata(data: object) -> BetaMetadataType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_metadata_type_0 = (
                            BetaMetadataType0.from_dict(data)
                        )

                        return componentsschemas_beta_metadata_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaMetadataType0 | None | Unset, data)

                metadata = _parse_metadata(_metadata_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                metadata = _metadata_raw

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

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:
            try:

                def _parse_temperature(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                temperature = _parse_temperature(_temperature_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                temperature = _temperature_raw

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:
            try:

                def _parse_top_p(data: object) -> float | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(float | None | Unset, data)

                top_p = _parse_top_p(_top_p_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                top_p = _top_p_raw

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
                ) -> (
                    BetaCreateModelResponsePropertiesPromptCacheRetentionType0
                    | None
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        prompt_cache_retention_type_0 = check_beta_create_model_response_properties_prompt_cache_retention_type_0(
                            data
                        )

                        return prompt_cache_retention_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaCreateModelResponsePropertiesPromptCacheRetentionType0
                        | None
                        | Unset,
                        data,
                    )

                prompt_cache_retention = _parse_prompt_cache_retention(
                    _prompt_cache_retention_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_retention = _prompt_cache_retention_raw

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
                prompt_cache_options: BetaPromptCacheOptionsParam | Unset
                if isinstance(_prompt_cache_options, Unset):
                    prompt_cache_options = UNSET
                else:
                    prompt_cache_options = BetaPromptCacheOptionsParam.from_dict(
                        _prompt_cache_options
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt_cache_options = _prompt_cache_options_raw

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

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None and strict_parsing.get():
                raise TypeError("model")

            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(
                    data: object,
                ) -> BetaModelIdsResponsesType1 | BetaModelIdsSharedType1 | str | Unset:
                    if isinstance(data, Unset):
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
                        BetaModelIdsResponsesType1
                        | BetaModelIdsSharedType1
                        | str
                        | Unset,
                        data,
                    )

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

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
                text: BetaResponseTextParam | Unset
                if isinstance(_text, Unset):
                    text = UNSET
                else:
                    text = BetaResponseTextParam.from_dict(_text)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                text = _text_raw

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                _tools = _tools_raw
                tools: (
                    list[
                        BetaApplyPatchToolParam
                        | BetaCodeInterpreterTool
                        | BetaComputerTool
                        | BetaComputerUsePreviewTool
                        | BetaCustomToolParam
                        | BetaFileSearchTool
                        | BetaFunctionShellToolParam
                        | BetaFunctionTool
                        | BetaImageGenTool
                        | BetaLocalShellToolParam
                        | BetaMCPTool
                        | BetaNamespaceToolParam
                        | BetaProgrammaticToolCallingParam
                        | BetaToolSearchToolParam
                        | BetaWebSearchPreviewTool
                        | BetaWebSearchTool
                    ]
                    | Unset
                ) = UNSET
                if _tools is not UNSET:
                    tools = []
                    if not isinstance(_tools, list):
                        raise TypeError()
                    for componentsschemas_beta_tools_array_item_data in _tools:

                        def _parse_componentsschemas_beta_tools_array_item(
                            data: object,
                        ) -> (
                            BetaApplyPatchToolParam
                            | BetaCodeInterpreterTool
                            | BetaComputerTool
                            | BetaComputerUsePreviewTool
                            | BetaCustomToolParam
                            | BetaFileSearchTool
                            | BetaFunctionShellToolParam
                            | BetaFunctionTool
                            | BetaImageGenTool
                            | BetaLocalShellToolParam
                            | BetaMCPTool
                            | BetaNamespaceToolParam
                            | BetaProgrammaticToolCallingParam
                            | BetaToolSearchToolParam
                            | BetaWebSearchPreviewTool
                            | BetaWebSearchTool
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "function":
                                    try:
                                        componentsschemas_beta_tool_type_0 = (
                                            BetaFunctionTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search":
                                    try:
                                        componentsschemas_beta_tool_type_1 = (
                                            BetaFileSearchTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer":
                                    try:
                                        componentsschemas_beta_tool_type_2 = (
                                            BetaComputerTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_use_preview":
                                    try:
                                        componentsschemas_beta_tool_type_3 = (
                                            BetaComputerUsePreviewTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp":
                                    try:
                                        componentsschemas_beta_tool_type_5 = (
                                            BetaMCPTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter":
                                    try:
                                        componentsschemas_beta_tool_type_6 = (
                                            BetaCodeInterpreterTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "programmatic_tool_calling":
                                    try:
                                        componentsschemas_beta_tool_type_7 = (
                                            BetaProgrammaticToolCallingParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_tool_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation":
                                    try:
                                        componentsschemas_beta_tool_type_8 = (
                                            BetaImageGenTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell":
                                    try:
                                        componentsschemas_beta_tool_type_9 = (
                                            BetaLocalShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell":
                                    try:
                                        componentsschemas_beta_tool_type_10 = (
                                            BetaFunctionShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom":
                                    try:
                                        componentsschemas_beta_tool_type_11 = (
                                            BetaCustomToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "namespace":
                                    try:
                                        componentsschemas_beta_tool_type_12 = (
                                            BetaNamespaceToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search":
                                    try:
                                        componentsschemas_beta_tool_type_13 = (
                                            BetaToolSearchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch":
                                    try:
                                        componentsschemas_beta_tool_type_15 = (
                                            BetaApplyPatchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_15
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
                                    return (
                                        _parse_componentsschemas_beta_tools_array_item(
                                            data
                                        )
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
                                componentsschemas_beta_tool_type_0 = (
                                    BetaFunctionTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "file_search") not in (
                                    "file_search",
                                ):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_1 = (
                                    BetaFileSearchTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer") not in ("computer",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_2 = (
                                    BetaComputerTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_2
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
                                componentsschemas_beta_tool_type_3 = (
                                    BetaComputerUsePreviewTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_3
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
                                componentsschemas_beta_tool_type_4 = (
                                    BetaWebSearchTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp") not in ("mcp",):
                                    raise TypeError()
                                if _fits[5] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_5 = (
                                    BetaMCPTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_5
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
                                componentsschemas_beta_tool_type_6 = (
                                    BetaCodeInterpreterTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get(
                                    "type", "programmatic_tool_calling"
                                ) not in ("programmatic_tool_calling",):
                                    raise TypeError()
                                if _fits[7] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_7 = (
                                    BetaProgrammaticToolCallingParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_7
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
                                componentsschemas_beta_tool_type_8 = (
                                    BetaImageGenTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "local_shell") not in (
                                    "local_shell",
                                ):
                                    raise TypeError()
                                if _fits[9] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_9 = (
                                    BetaLocalShellToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell") not in ("shell",):
                                    raise TypeError()
                                if _fits[10] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_10 = (
                                    BetaFunctionShellToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom") not in ("custom",):
                                    raise TypeError()
                                if _fits[11] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_11 = (
                                    BetaCustomToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "namespace") not in ("namespace",):
                                    raise TypeError()
                                if _fits[12] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_12 = (
                                    BetaNamespaceToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_12
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "tool_search") not in (
                                    "tool_search",
                                ):
                                    raise TypeError()
                                if _fits[13] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_13 = (
                                    BetaToolSearchToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_13
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
                                componentsschemas_beta_tool_type_14 = (
                                    BetaWebSearchPreviewTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_14
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "apply_patch") not in (
                                    "apply_patch",
                                ):
                                    raise TypeError()
                                if _fits[15] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_15 = (
                                    BetaApplyPatchToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                BetaApplyPatchToolParam
                                | BetaCodeInterpreterTool
                                | BetaComputerTool
                                | BetaComputerUsePreviewTool
                                | BetaCustomToolParam
                                | BetaFileSearchTool
                                | BetaFunctionShellToolParam
                                | BetaFunctionTool
                                | BetaImageGenTool
                                | BetaLocalShellToolParam
                                | BetaMCPTool
                                | BetaNamespaceToolParam
                                | BetaProgrammaticToolCallingParam
                                | BetaToolSearchToolParam
                                | BetaWebSearchPreviewTool
                                | BetaWebSearchTool,
                                data,
                            )

                        componentsschemas_beta_tools_array_item = (
                            _parse_componentsschemas_beta_tools_array_item(
                                componentsschemas_beta_tools_array_item_data
                            )
                        )

                        tools.append(componentsschemas_beta_tools_array_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if _tool_choice_raw is None and strict_parsing.get():
                raise TypeError("tool_choice")

            if _tool_choice_raw is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:
            try:

                def _parse_tool_choice(
                    data: object,
                ) -> (
                    BetaSpecificApplyPatchParam
                    | BetaSpecificFunctionShellParam
                    | BetaSpecificProgrammaticToolCallingParam
                    | BetaToolChoiceAllowed
                    | BetaToolChoiceCustom
                    | BetaToolChoiceFunction
                    | BetaToolChoiceMCP
                    | BetaToolChoiceOptions
                    | BetaToolChoiceTypes
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "allowed_tools":
                            try:
                                componentsschemas_beta_tool_choice_param_type_1 = (
                                    BetaToolChoiceAllowed.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function":
                            try:
                                componentsschemas_beta_tool_choice_param_type_3 = (
                                    BetaToolChoiceFunction.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp":
                            try:
                                componentsschemas_beta_tool_choice_param_type_4 = (
                                    BetaToolChoiceMCP.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom":
                            try:
                                componentsschemas_beta_tool_choice_param_type_5 = (
                                    BetaToolChoiceCustom.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "programmatic_tool_calling":
                            try:
                                componentsschemas_beta_tool_choice_param_type_6 = (
                                    BetaSpecificProgrammaticToolCallingParam.from_dict(
                                        data
                                    )
                                )

                                return componentsschemas_beta_tool_choice_param_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch":
                            try:
                                componentsschemas_beta_tool_choice_param_type_7 = (
                                    BetaSpecificApplyPatchParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell":
                            try:
                                componentsschemas_beta_tool_choice_param_type_8 = (
                                    BetaSpecificFunctionShellParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_8
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
                        componentsschemas_beta_tool_choice_param_type_0 = (
                            check_beta_tool_choice_options(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "allowed_tools") not in ("allowed_tools",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_1 = (
                            BetaToolChoiceAllowed.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_1
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
                        componentsschemas_beta_tool_choice_param_type_2 = (
                            BetaToolChoiceTypes.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function") not in ("function",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_3 = (
                            BetaToolChoiceFunction.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp") not in ("mcp",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_4 = (
                            BetaToolChoiceMCP.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "custom") not in ("custom",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_5 = (
                            BetaToolChoiceCustom.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_5
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
                        componentsschemas_beta_tool_choice_param_type_6 = (
                            BetaSpecificProgrammaticToolCallingParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "apply_patch") not in ("apply_patch",):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_7 = (
                            BetaSpecificApplyPatchParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "shell") not in ("shell",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_8 = (
                            BetaSpecificFunctionShellParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaSpecificApplyPatchParam
                        | BetaSpecificFunctionShellParam
                        | BetaSpecificProgrammaticToolCallingParam
                        | BetaToolChoiceAllowed
                        | BetaToolChoiceCustom
                        | BetaToolChoiceFunction
                        | BetaToolChoiceMCP
                        | BetaToolChoiceOptions
                        | BetaToolChoiceTypes
                        | Unset,
                        data,
                    )

                tool_choice = _parse_tool_choice(_tool_choice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_choice = _tool_choice_raw

        _prompt_raw = d.pop("prompt", UNSET)
        if _prompt_raw is None or isinstance(_prompt_raw, Unset):
            if _prompt_raw is None:
                _none_flips += ("prompt",)
            prompt = None

        else:
            try:

                def _parse_prompt(data: object) -> BetaPromptType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_prompt_type_0 = (
                            BetaPromptType0.from_dict(data)
                        )

                        return componentsschemas_beta_prompt_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaPromptType0 | None | Unset, data)

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
                ) -> BetaServiceTierResponsesType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_beta_service_tier_responses_type_0 = (
                            check_beta_service_tier_responses_type_0(data)
                        )

                        return componentsschemas_beta_service_tier_responses_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaServiceTierResponsesType0 | None | Unset, data)

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
                ) -> BetaCreateResponseTruncationType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        truncation_type_0 = (
                            check_beta_create_response_truncation_type_0(data)
                        )

                        return truncation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaCreateResponseTruncationType0 | None | Unset, data)

                truncation = _parse_truncation(_truncation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                truncation = _truncation_raw

        _reasoning_raw = d.pop("reasoning", UNSET)
        if _reasoning_raw is None or isinstance(_reasoning_raw, Unset):
            if _reasoning_raw is None:
                _none_flips += ("reasoning",)
            reasoning = None

        else:
            try:

                def _parse_reasoning(data: object) -> BetaReasoning | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        reasoning_type_0 = BetaReasoning.from_dict(data)

                        return reasoning_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaReasoning | None | Unset, data)

                reasoning = _parse_reasoning(_reasoning_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reasoning = _reasoning_raw

        _input__raw = d.pop("input", UNSET)
        if _input__raw is None or isinstance(_input__raw, Unset):
            if _input__raw is None and strict_parsing.get():
                raise TypeError("input")

            if _input__raw is None:
                _none_flips += ("input_",)
            input_ = None

        else:
            try:

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
                    | str
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        componentsschemas_beta_input_param_type_1 = []
                        _componentsschemas_beta_input_param_type_1 = data
                        if not isinstance(
                            _componentsschemas_beta_input_param_type_1, list
                        ):
                            raise TypeError()
                        for (
                            componentsschemas_beta_input_param_type_1_item_data
                        ) in _componentsschemas_beta_input_param_type_1:

                            def _parse_componentsschemas_beta_input_param_type_1_item(
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
                                            componentsschemas_beta_item_type_4 = BetaComputerCallOutputItemParam.from_dict(
                                                data
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
                                            componentsschemas_beta_item_type_7 = BetaFunctionCallOutputItemParam.from_dict(
                                                data
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
                                                BetaAgentMessageItemParam.from_dict(
                                                    data
                                                )
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
                                                BetaMultiAgentCallItemParam.from_dict(
                                                    data
                                                )
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
                                            componentsschemas_beta_item_type_10 = BetaMultiAgentCallOutputItemParam.from_dict(
                                                data
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
                                                BetaToolSearchCallItemParam.from_dict(
                                                    data
                                                )
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
                                                BetaAdditionalToolsItemParam.from_dict(
                                                    data
                                                )
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
                                                BetaAdditionalToolsItemParam.from_dict(
                                                    data
                                                )
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
                                            componentsschemas_beta_item_type_15 = BetaCompactionSummaryItemParam.from_dict(
                                                data
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
                                                BetaCodeInterpreterToolCall.from_dict(
                                                    data
                                                )
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
                                                BetaLocalShellToolCallOutput.from_dict(
                                                    data
                                                )
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
                                            componentsschemas_beta_item_type_20 = BetaFunctionShellCallItemParam.from_dict(
                                                data
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
                                            componentsschemas_beta_item_type_22 = BetaApplyPatchToolCallItemParam.from_dict(
                                                data
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
                                            componentsschemas_beta_input_item_type_2 = BetaCompactionTriggerItemParam.from_dict(
                                                data
                                            )

                                            return (
                                                componentsschemas_beta_input_item_type_2
                                            )
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

                                            return (
                                                componentsschemas_beta_input_item_type_4
                                            )
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
                                                BetaProgramOutputItemParam.from_dict(
                                                    data
                                                )
                                            )

                                            return (
                                                componentsschemas_beta_input_item_type_5
                                            )
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
                                        return _parse_componentsschemas_beta_input_param_type_1_item(
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
                                    componentsschemas_beta_item_type_0 = (
                                        BetaInputMessage.from_dict(data)
                                    )

                                    return componentsschemas_beta_item_type_0
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
                                        "type", "multi_agent_call_output"
                                    ) not in ("multi_agent_call_output",):
                                        raise TypeError()
                                    if _fits[11] < _most:
                                        raise TypeError()
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
                                    if _fits[13] < _most:
                                        raise TypeError()
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
                                    if _fits[15] < _most:
                                        raise TypeError()
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
                                    if _fits[17] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "code_interpreter_call"
                                    ) not in ("code_interpreter_call",):
                                        raise TypeError()
                                    if _fits[18] < _most:
                                        raise TypeError()
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
                                    if _fits[20] < _most:
                                        raise TypeError()
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
                                    if _fits[22] < _most:
                                        raise TypeError()
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
                                    if _fits[24] < _most:
                                        raise TypeError()
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
                                    if _fits[26] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "mcp_approval_response"
                                    ) not in ("mcp_approval_response",):
                                        raise TypeError()
                                    if _fits[27] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get("type", "mcp_call") not in (
                                        "mcp_call",
                                    ):
                                        raise TypeError()
                                    if _fits[28] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if data.get(
                                        "type", "custom_tool_call_output"
                                    ) not in ("custom_tool_call_output",):
                                        raise TypeError()
                                    if _fits[29] < _most:
                                        raise TypeError()
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
                                    if _fits[31] < _most:
                                        raise TypeError()
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
                                try:
                                    if not isinstance(data, dict):
                                        raise TypeError()
                                    if _fits[32] < _most:
                                        raise TypeError()
                                    componentsschemas_beta_input_item_type_3 = (
                                        BetaItemReferenceParam.from_dict(data)
                                    )

                                    return componentsschemas_beta_input_item_type_3
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
                                    if _fits[33] < _most:
                                        raise TypeError()
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

                            componentsschemas_beta_input_param_type_1_item = (
                                _parse_componentsschemas_beta_input_param_type_1_item(
                                    componentsschemas_beta_input_param_type_1_item_data
                                )
                            )

                            componentsschemas_beta_input_param_type_1.append(
                                componentsschemas_beta_input_param_type_1_item
                            )

                        return componentsschemas_beta_input_param_type_1
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
                        | str
                        | Unset,
                        data,
                    )

                input_ = _parse_input_(_input__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_ = _input__raw

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            try:

                def _parse_include(
                    data: object,
                ) -> list[BetaIncludeEnum] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        include_type_0 = []
                        _include_type_0 = data
                        if not isinstance(_include_type_0, list):
                            raise TypeError()
                        for include_type_0_item_data in _include_type_0:
                            include_type_0_item = check_beta_include_enum(
                                include_type_0_item_data
                            )

                            include_type_0.append(include_type_0_item)

                        return include_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[BetaIncludeEnum] | None | Unset, data)

                include = _parse_include(_include_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                include = _include_raw

        _parallel_tool_calls_raw = d.pop("parallel_tool_calls", UNSET)
        if _parallel_tool_calls_raw is None or isinstance(
            _parallel_tool_calls_raw, Unset
        ):
            if _parallel_tool_calls_raw is None:
                _none_flips += ("parallel_tool_calls",)
            parallel_tool_calls = None

        else:
            try:

                def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                parallel_tool_calls = _parse_parallel_tool_calls(
                    _parallel_tool_calls_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                parallel_tool_calls = _parallel_tool_calls_raw

        _store_raw = d.pop("store", UNSET)
        if _store_raw is None or isinstance(_store_raw, Unset):
            if _store_raw is None:
                _none_flips += ("store",)
            store = None

        else:
            try:

                def _parse_store(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                store = _parse_store(_store_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                store = _store_raw

        _instructions_raw = d.pop("instructions", UNSET)
        if _instructions_raw is None or isinstance(_instructions_raw, Unset):
            if _instructions_raw is None:
                _none_flips += ("instructions",)
            instructions = None

        else:
            try:

                def _parse_instructions(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                instructions = _parse_instructions(_instructions_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                instructions = _instructions_raw

        _moderation_raw = d.pop("moderation", UNSET)
        if _moderation_raw is None or isinstance(_moderation_raw, Unset):
            if _moderation_raw is None:
                _none_flips += ("moderation",)
            moderation = None

        else:
            try:

                def _parse_moderation(
                    data: object,
                ) -> BetaModerationParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        moderation_type_0 = BetaModerationParam.from_dict(data)

                        return moderation_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaModerationParam | None | Unset, data)

                moderation = _parse_moderation(_moderation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                moderation = _moderation_raw

        _stream_raw = d.pop("stream", UNSET)
        if _stream_raw is None or isinstance(_stream_raw, Unset):
            if _stream_raw is None:
                _none_flips += ("stream",)
            stream = None

        else:
            try:

                def _parse_stream(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                stream = _parse_stream(_stream_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                stream = _stream_raw

        _stream_options_raw = d.pop("stream_options", UNSET)
        if _stream_options_raw is None or isinstance(_stream_options_raw, Unset):
            if _stream_options_raw is None:
                _none_flips += ("stream_options",)
            stream_options = None

        else:
            try:

                def _parse_stream_options(
                    data: object,
                ) -> BetaResponseStreamOptionsType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_response_stream_options_type_0 = (
                            BetaResponseStreamOptionsType0.from_dict(data)
                        )

                        return componentsschemas_beta_response_stream_options_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaResponseStreamOptionsType0 | None | Unset, data)

                stream_options = _parse_stream_options(_stream_options_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                stream_options = _stream_options_raw

        _conversation_raw = d.pop("conversation", UNSET)
        if _conversation_raw is None or isinstance(_conversation_raw, Unset):
            if _conversation_raw is None:
                _none_flips += ("conversation",)
            conversation = None

        else:
            try:

                def _parse_conversation(
                    data: object,
                ) -> BetaConversationParam2 | None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_conversation_param_type_1 = (
                            BetaConversationParam2.from_dict(data)
                        )

                        return componentsschemas_beta_conversation_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaConversationParam2 | None | str | Unset, data)

                conversation = _parse_conversation(_conversation_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                conversation = _conversation_raw

        _context_management_raw = d.pop("context_management", UNSET)
        if _context_management_raw is None or isinstance(
            _context_management_raw, Unset
        ):
            if _context_management_raw is None:
                _none_flips += ("context_management",)
            context_management = None

        else:
            try:

                def _parse_context_management(
                    data: object,
                ) -> list[BetaContextManagementParam] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        context_management_type_0 = []
                        _context_management_type_0 = data
                        if not isinstance(_context_management_type_0, list):
                            raise TypeError()
                        for (
                            context_management_type_0_item_data
                        ) in _context_management_type_0:
                            context_management_type_0_item = (
                                BetaContextManagementParam.from_dict(
                                    context_management_type_0_item_data
                                )
                            )

                            context_management_type_0.append(
                                context_management_type_0_item
                            )

                        return context_management_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(list[BetaContextManagementParam] | None | Unset, data)

                context_management = _parse_context_management(_context_management_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                context_management = _context_management_raw

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

        _multi_agent_raw = d.pop("multi_agent", UNSET)
        if _multi_agent_raw is None or isinstance(_multi_agent_raw, Unset):
            if _multi_agent_raw is None:
                _none_flips += ("multi_agent",)
            multi_agent = None

        else:
            try:

                def _parse_multi_agent(
                    data: object,
                ) -> BetaMultiAgentParam | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        multi_agent_type_0 = BetaMultiAgentParam.from_dict(data)

                        return multi_agent_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaMultiAgentParam | None | Unset, data)

                multi_agent = _parse_multi_agent(_multi_agent_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                multi_agent = _multi_agent_raw

        stream_id = d.pop("stream_id", UNSET)
        if stream_id is None and strict_parsing.get():
            raise TypeError("stream_id")

        if stream_id is None or stream_id is UNSET:
            if stream_id is None:
                _none_flips += ("stream_id",)
            stream_id = None

        beta_responses_client_event_response_create = cls(
            type_=type_,
            metadata=metadata,
            top_logprobs=top_logprobs,
            temperature=temperature,
            top_p=top_p,
            user=user,
            safety_identifier=safety_identifier,
            prompt_cache_key=prompt_cache_key,
            prompt_cache_retention=prompt_cache_retention,
            prompt_cache_options=prompt_cache_options,
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
            service_tier=service_tier,
            truncation=truncation,
            reasoning=reasoning,
            input_=input_,
            include=include,
            parallel_tool_calls=parallel_tool_calls,
            store=store,
            instructions=instructions,
            moderation=moderation,
            stream=stream,
            stream_options=stream_options,
            conversation=conversation,
            context_management=context_management,
            max_output_tokens=max_output_tokens,
            multi_agent=multi_agent,
            stream_id=stream_id,
        )
        if _none_flips:
            beta_responses_client_event_response_create._none_flips = _none_flips

        beta_responses_client_event_response_create.additional_properties = d
        return beta_responses_client_event_response_create

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
