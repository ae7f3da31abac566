from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
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

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class BetaResponsesClientEventResponseCreate(_OpenModel):
    """WebSocket message that creates a beta response; same fields as `POST /responses` plus an optional `stream_id` lane.
    Omit `stream`; `background` is unsupported."""

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
    _keys = (
        "background",
        "context_management",
        "conversation",
        "include",
        "input",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "model",
        "moderation",
        "multi_agent",
        "parallel_tool_calls",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "reasoning",
        "safety_identifier",
        "service_tier",
        "store",
        "stream",
        "stream_id",
        "stream_options",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "truncation",
        "type",
        "user",
    )
    _tags = {"type": ("response.create",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_context_management_param import BetaContextManagementParam
        from ..models.beta_prompt_cache_options_param import BetaPromptCacheOptionsParam
        from ..models.beta_response_text_param import BetaResponseTextParam

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_responses_client_event_response_create_type,
            ),
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("beta_metadata_type_0", "BetaMetadataType0"), None),
            ),
            ("top_logprobs", "top_logprobs", OPTIONAL_OR_NULL, one_of(int, None)),
            ("temperature", "temperature", OPTIONAL_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", OPTIONAL_OR_NULL, one_of(float, None)),
            ("user", "user", OPTIONAL, None),
            (
                "safety_identifier",
                "safety_identifier",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "prompt_cache_key",
                "prompt_cache_key",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "prompt_cache_retention",
                "prompt_cache_retention",
                OPTIONAL_OR_NULL,
                one_of(
                    check_beta_create_model_response_properties_prompt_cache_retention_type_0,
                    None,
                ),
            ),
            (
                "prompt_cache_options",
                "prompt_cache_options",
                OPTIONAL,
                BetaPromptCacheOptionsParam,
            ),
            (
                "previous_response_id",
                "previous_response_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            (
                "model",
                "model",
                OPTIONAL,
                one_of(
                    str,
                    check_beta_model_ids_shared_type_1,
                    check_beta_model_ids_responses_type_1,
                ),
            ),
            ("background", "background", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("max_tool_calls", "max_tool_calls", OPTIONAL_OR_NULL, one_of(int, None)),
            ("text", "text", OPTIONAL, BetaResponseTextParam),
            (
                "tools",
                "tools",
                OPTIONAL,
                list_of(
                    one_of(
                        member(
                            "beta_function_tool",
                            "BetaFunctionTool",
                            ("type", "function"),
                        ),
                        member(
                            "beta_file_search_tool",
                            "BetaFileSearchTool",
                            ("type", "file_search"),
                        ),
                        member(
                            "beta_computer_tool",
                            "BetaComputerTool",
                            ("type", "computer"),
                        ),
                        member(
                            "beta_computer_use_preview_tool",
                            "BetaComputerUsePreviewTool",
                            ("type", "computer_use_preview"),
                        ),
                        member("beta_web_search_tool", "BetaWebSearchTool"),
                        member("beta_mcp_tool", "BetaMCPTool", ("type", "mcp")),
                        member(
                            "beta_code_interpreter_tool",
                            "BetaCodeInterpreterTool",
                            ("type", "code_interpreter"),
                        ),
                        member(
                            "beta_programmatic_tool_calling_param",
                            "BetaProgrammaticToolCallingParam",
                            ("type", "programmatic_tool_calling"),
                        ),
                        member(
                            "beta_image_gen_tool",
                            "BetaImageGenTool",
                            ("type", "image_generation"),
                        ),
                        member(
                            "beta_local_shell_tool_param",
                            "BetaLocalShellToolParam",
                            ("type", "local_shell"),
                        ),
                        member(
                            "beta_function_shell_tool_param",
                            "BetaFunctionShellToolParam",
                            ("type", "shell"),
                        ),
                        member(
                            "beta_custom_tool_param",
                            "BetaCustomToolParam",
                            ("type", "custom"),
                        ),
                        member(
                            "beta_namespace_tool_param",
                            "BetaNamespaceToolParam",
                            ("type", "namespace"),
                        ),
                        member(
                            "beta_tool_search_tool_param",
                            "BetaToolSearchToolParam",
                            ("type", "tool_search"),
                        ),
                        member(
                            "beta_web_search_preview_tool", "BetaWebSearchPreviewTool"
                        ),
                        member(
                            "beta_apply_patch_tool_param",
                            "BetaApplyPatchToolParam",
                            ("type", "apply_patch"),
                        ),
                    )
                ),
            ),
            (
                "tool_choice",
                "tool_choice",
                OPTIONAL,
                one_of(
                    check_beta_tool_choice_options,
                    member(
                        "beta_tool_choice_allowed",
                        "BetaToolChoiceAllowed",
                        ("type", "allowed_tools"),
                    ),
                    member("beta_tool_choice_types", "BetaToolChoiceTypes"),
                    member(
                        "beta_tool_choice_function",
                        "BetaToolChoiceFunction",
                        ("type", "function"),
                    ),
                    member(
                        "beta_tool_choice_mcp", "BetaToolChoiceMCP", ("type", "mcp")
                    ),
                    member(
                        "beta_tool_choice_custom",
                        "BetaToolChoiceCustom",
                        ("type", "custom"),
                    ),
                    member(
                        "beta_specific_programmatic_tool_calling_param",
                        "BetaSpecificProgrammaticToolCallingParam",
                        ("type", "programmatic_tool_calling"),
                    ),
                    member(
                        "beta_specific_apply_patch_param",
                        "BetaSpecificApplyPatchParam",
                        ("type", "apply_patch"),
                    ),
                    member(
                        "beta_specific_function_shell_param",
                        "BetaSpecificFunctionShellParam",
                        ("type", "shell"),
                    ),
                ),
            ),
            (
                "prompt",
                "prompt",
                OPTIONAL_OR_NULL,
                one_of(member("beta_prompt_type_0", "BetaPromptType0"), None),
            ),
            (
                "service_tier",
                "service_tier",
                OPTIONAL_OR_NULL,
                one_of(check_beta_service_tier_responses_type_0, None),
            ),
            (
                "truncation",
                "truncation",
                OPTIONAL_OR_NULL,
                one_of(check_beta_create_response_truncation_type_0, None),
            ),
            (
                "reasoning",
                "reasoning",
                OPTIONAL_OR_NULL,
                one_of(member("beta_reasoning", "BetaReasoning"), None),
            ),
            (
                "input_",
                "input",
                OPTIONAL,
                one_of(
                    str,
                    list_of(
                        one_of(
                            member(
                                "beta_easy_input_message",
                                "BetaEasyInputMessage",
                                ("type", "message"),
                            ),
                            member(
                                "beta_input_message",
                                "BetaInputMessage",
                                ("type", "message"),
                            ),
                            member(
                                "beta_output_message",
                                "BetaOutputMessage",
                                ("type", "message"),
                                ("role", "assistant"),
                            ),
                            member(
                                "beta_file_search_tool_call",
                                "BetaFileSearchToolCall",
                                ("type", "file_search_call"),
                            ),
                            member(
                                "beta_computer_tool_call",
                                "BetaComputerToolCall",
                                ("type", "computer_call"),
                            ),
                            member(
                                "beta_computer_call_output_item_param",
                                "BetaComputerCallOutputItemParam",
                                ("type", "computer_call_output"),
                            ),
                            member(
                                "beta_web_search_tool_call",
                                "BetaWebSearchToolCall",
                                ("type", "web_search_call"),
                            ),
                            member(
                                "beta_function_tool_call",
                                "BetaFunctionToolCall",
                                ("type", "function_call"),
                            ),
                            member(
                                "beta_function_call_output_item_param",
                                "BetaFunctionCallOutputItemParam",
                                ("type", "function_call_output"),
                            ),
                            member(
                                "beta_agent_message_item_param",
                                "BetaAgentMessageItemParam",
                                ("type", "agent_message"),
                            ),
                            member(
                                "beta_multi_agent_call_item_param",
                                "BetaMultiAgentCallItemParam",
                                ("type", "multi_agent_call"),
                            ),
                            member(
                                "beta_multi_agent_call_output_item_param",
                                "BetaMultiAgentCallOutputItemParam",
                                ("type", "multi_agent_call_output"),
                            ),
                            member(
                                "beta_tool_search_call_item_param",
                                "BetaToolSearchCallItemParam",
                                ("type", "tool_search_call"),
                            ),
                            member(
                                "beta_tool_search_output_item_param",
                                "BetaToolSearchOutputItemParam",
                                ("type", "tool_search_output"),
                            ),
                            member(
                                "beta_additional_tools_item_param",
                                "BetaAdditionalToolsItemParam",
                                ("type", "additional_tools"),
                                ("role", "developer"),
                            ),
                            member(
                                "beta_reasoning_item",
                                "BetaReasoningItem",
                                ("type", "reasoning"),
                            ),
                            member(
                                "beta_compaction_summary_item_param",
                                "BetaCompactionSummaryItemParam",
                                ("type", "compaction"),
                            ),
                            member(
                                "beta_image_gen_tool_call",
                                "BetaImageGenToolCall",
                                ("type", "image_generation_call"),
                            ),
                            member(
                                "beta_code_interpreter_tool_call",
                                "BetaCodeInterpreterToolCall",
                                ("type", "code_interpreter_call"),
                            ),
                            member(
                                "beta_local_shell_tool_call",
                                "BetaLocalShellToolCall",
                                ("type", "local_shell_call"),
                            ),
                            member(
                                "beta_local_shell_tool_call_output",
                                "BetaLocalShellToolCallOutput",
                                ("type", "local_shell_call_output"),
                            ),
                            member(
                                "beta_function_shell_call_item_param",
                                "BetaFunctionShellCallItemParam",
                                ("type", "shell_call"),
                            ),
                            member(
                                "beta_function_shell_call_output_item_param",
                                "BetaFunctionShellCallOutputItemParam",
                                ("type", "shell_call_output"),
                            ),
                            member(
                                "beta_apply_patch_tool_call_item_param",
                                "BetaApplyPatchToolCallItemParam",
                                ("type", "apply_patch_call"),
                            ),
                            member(
                                "beta_apply_patch_tool_call_output_item_param",
                                "BetaApplyPatchToolCallOutputItemParam",
                                ("type", "apply_patch_call_output"),
                            ),
                            member(
                                "beta_mcp_list_tools",
                                "BetaMCPListTools",
                                ("type", "mcp_list_tools"),
                            ),
                            member(
                                "beta_mcp_approval_request",
                                "BetaMCPApprovalRequest",
                                ("type", "mcp_approval_request"),
                            ),
                            member(
                                "beta_mcp_approval_response",
                                "BetaMCPApprovalResponse",
                                ("type", "mcp_approval_response"),
                            ),
                            member(
                                "beta_mcp_tool_call",
                                "BetaMCPToolCall",
                                ("type", "mcp_call"),
                            ),
                            member(
                                "beta_custom_tool_call_output",
                                "BetaCustomToolCallOutput",
                                ("type", "custom_tool_call_output"),
                            ),
                            member(
                                "beta_custom_tool_call",
                                "BetaCustomToolCall",
                                ("type", "custom_tool_call"),
                            ),
                            member(
                                "beta_compaction_trigger_item_param",
                                "BetaCompactionTriggerItemParam",
                                ("type", "compaction_trigger"),
                            ),
                            member(
                                "beta_item_reference_param", "BetaItemReferenceParam"
                            ),
                            member(
                                "beta_program_item_param",
                                "BetaProgramItemParam",
                                ("type", "program"),
                            ),
                            member(
                                "beta_program_output_item_param",
                                "BetaProgramOutputItemParam",
                                ("type", "program_output"),
                            ),
                        )
                    ),
                ),
            ),
            (
                "include",
                "include",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_beta_include_enum), None),
            ),
            (
                "parallel_tool_calls",
                "parallel_tool_calls",
                OPTIONAL_OR_NULL,
                one_of(bool, None),
            ),
            ("store", "store", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
            (
                "moderation",
                "moderation",
                OPTIONAL_OR_NULL,
                one_of(member("beta_moderation_param", "BetaModerationParam"), None),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "stream_options",
                "stream_options",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_response_stream_options_type_0",
                        "BetaResponseStreamOptionsType0",
                    ),
                    None,
                ),
            ),
            (
                "conversation",
                "conversation",
                OPTIONAL_OR_NULL,
                one_of(
                    str,
                    member("beta_conversation_param_2", "BetaConversationParam2"),
                    None,
                ),
            ),
            (
                "context_management",
                "context_management",
                OPTIONAL_OR_NULL,
                one_of(list_of(BetaContextManagementParam), None),
            ),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            (
                "multi_agent",
                "multi_agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_multi_agent_param", "BetaMultiAgentParam"), None),
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
