from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
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


@_attrs_define(repr=False)
class BetaCompactResponseMethodPublicBody(_OpenModel):
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
    _keys = (
        "input",
        "instructions",
        "model",
        "previous_response_id",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "service_tier",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "model",
                "model",
                REQUIRED_OR_NULL,
                one_of(
                    str,
                    check_beta_model_ids_shared_type_1,
                    check_beta_model_ids_responses_type_1,
                    None,
                ),
            ),
            (
                "input_",
                "input",
                OPTIONAL_OR_NULL,
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
                    None,
                ),
            ),
            (
                "previous_response_id",
                "previous_response_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("instructions", "instructions", OPTIONAL_OR_NULL, one_of(str, None)),
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
                one_of(check_beta_prompt_cache_retention_enum, None),
            ),
            (
                "prompt_cache_options",
                "prompt_cache_options",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "beta_prompt_cache_options_param", "BetaPromptCacheOptionsParam"
                    ),
                    None,
                ),
            ),
            (
                "service_tier",
                "service_tier",
                OPTIONAL_OR_NULL,
                one_of(check_beta_service_tier_enum, None),
            ),
            strict=True,
        )
