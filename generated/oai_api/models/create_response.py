from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.create_response_truncation_type_0 import (
    CreateResponseTruncationType0,
    check_create_response_truncation_type_0,
)
from ..models.include_enum import IncludeEnum, check_include_enum
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
from ..models.service_tier_responses_type_0 import (
    ServiceTierResponsesType0,
    check_service_tier_responses_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options

if TYPE_CHECKING:
    from .._model import Table
    from ..models.additional_tools_item_param import AdditionalToolsItemParam
    from ..models.apply_patch_tool_call_item_param import ApplyPatchToolCallItemParam
    from ..models.apply_patch_tool_call_output_item_param import (
        ApplyPatchToolCallOutputItemParam,
    )
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.code_interpreter_tool_call import CodeInterpreterToolCall
    from ..models.compaction_summary_item_param import CompactionSummaryItemParam
    from ..models.compaction_trigger_item_param import CompactionTriggerItemParam
    from ..models.computer_call_output_item_param import ComputerCallOutputItemParam
    from ..models.computer_tool import ComputerTool
    from ..models.computer_tool_call import ComputerToolCall
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.context_management_param import ContextManagementParam
    from ..models.conversation_param_2 import ConversationParam2
    from ..models.custom_tool_call import CustomToolCall
    from ..models.custom_tool_call_output import CustomToolCallOutput
    from ..models.custom_tool_param import CustomToolParam
    from ..models.easy_input_message import EasyInputMessage
    from ..models.file_search_tool import FileSearchTool
    from ..models.file_search_tool_call import FileSearchToolCall
    from ..models.function_call_output_item_param import FunctionCallOutputItemParam
    from ..models.function_shell_call_item_param import FunctionShellCallItemParam
    from ..models.function_shell_call_output_item_param import (
        FunctionShellCallOutputItemParam,
    )
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.function_tool_call import FunctionToolCall
    from ..models.image_gen_tool import ImageGenTool
    from ..models.image_gen_tool_call import ImageGenToolCall
    from ..models.input_message import InputMessage
    from ..models.item_reference_param import ItemReferenceParam
    from ..models.local_shell_tool_call import LocalShellToolCall
    from ..models.local_shell_tool_call_output import LocalShellToolCallOutput
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_approval_request import MCPApprovalRequest
    from ..models.mcp_approval_response import MCPApprovalResponse
    from ..models.mcp_list_tools import MCPListTools
    from ..models.mcp_tool import MCPTool
    from ..models.mcp_tool_call import MCPToolCall
    from ..models.metadata_type_0 import MetadataType0
    from ..models.moderation_param import ModerationParam
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.output_message import OutputMessage
    from ..models.program_item_param import ProgramItemParam
    from ..models.program_output_item_param import ProgramOutputItemParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.prompt_cache_options_param import PromptCacheOptionsParam
    from ..models.prompt_type_0 import PromptType0
    from ..models.reasoning import Reasoning
    from ..models.reasoning_item import ReasoningItem
    from ..models.response_stream_options_type_0 import ResponseStreamOptionsType0
    from ..models.response_text_param import ResponseTextParam
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
    from ..models.tool_search_call_item_param import ToolSearchCallItemParam
    from ..models.tool_search_output_item_param import ToolSearchOutputItemParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool
    from ..models.web_search_tool_call import WebSearchToolCall


@_attrs_define(repr=False)
class CreateResponse(_OpenModel):
    """Body of a Responses API request."""

    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    top_logprobs: int | None = None
    """ Number of top alternatives per token (0-20). """
    temperature: float | None = None
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None = None
    """ Nucleus sampling probability mass (0-1). """
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
    prompt_cache_options: PromptCacheOptionsParam | None = None
    """ Prompt caching settings for the request. """
    previous_response_id: None | str = None
    """ Continue from this stored response (multi-turn); not with `conversation`. """
    model: ModelIdsResponsesType1 | ModelIdsSharedType1 | str | None = None
    """ Model identifier for the Responses API: any model ID, including Responses-only ones. """
    background: bool | None = None
    """ Run the response in the background; poll or cancel it by ID. """
    max_tool_calls: int | None = None
    """ Cap on built-in tool calls over the whole response. """
    text: ResponseTextParam | None = None
    """ Text output settings: format (plain, JSON object, JSON schema) and verbosity. """
    tools: (
        list[
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
        | None
    ) = None
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
        | None
    ) = None
    """ Which tool, if any, the model must use. """
    prompt: None | PromptType0 = None
    """ A stored prompt template to use, with its version and variable values. """
    service_tier: None | ServiceTierResponsesType0 = None
    """ Processing tier for a response; null leaves the project default. """
    truncation: CreateResponseTruncationType0 | None = None
    """ `auto` drops the oldest items when the input is too long; `disabled` (the default) fails instead. """
    reasoning: None | Reasoning = None
    """ Reasoning settings (reasoning models). """
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
        | str
        | None
    ) = None
    """ The model input: one text string, or a list of input items. """
    include: list[IncludeEnum] | None = None
    """ Extra output data to add to the response. """
    parallel_tool_calls: bool | None = None
    """ Allow several tool calls in one turn. """
    store: bool | None = None
    """ Keep the response so it can be fetched or continued later. """
    instructions: None | str = None
    """ System/developer message for this request only; not carried over by `previous_response_id`. """
    moderation: ModerationParam | None = None
    """ Moderation to run on input and output. """
    stream: bool | None = None
    """ Stream the response as server-sent events. """
    stream_options: None | ResponseStreamOptionsType0 = None
    """ Options for a streamed response; only with `stream: true`. """
    conversation: ConversationParam2 | None | str = None
    """ Conversation to read earlier items from and add this response to; not with `previous_response_id`. """
    context_management: list[ContextManagementParam] | None = None
    """ Context management rules, such as compaction. """
    max_output_tokens: int | None = None
    """ Cap on generated tokens, reasoning included. """
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
        "stream_options",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "truncation",
        "user",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.context_management_param import ContextManagementParam
        from ..models.prompt_cache_options_param import PromptCacheOptionsParam
        from ..models.response_text_param import ResponseTextParam

        return fields(
            (
                "metadata",
                "metadata",
                OPTIONAL_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
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
                    check_model_response_properties_prompt_cache_retention_type_0, None
                ),
            ),
            (
                "prompt_cache_options",
                "prompt_cache_options",
                OPTIONAL,
                PromptCacheOptionsParam,
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
                    str, check_model_ids_shared_type_1, check_model_ids_responses_type_1
                ),
            ),
            ("background", "background", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("max_tool_calls", "max_tool_calls", OPTIONAL_OR_NULL, one_of(int, None)),
            ("text", "text", OPTIONAL, ResponseTextParam),
            (
                "tools",
                "tools",
                OPTIONAL,
                list_of(
                    one_of(
                        member("function_tool", "FunctionTool", ("type", "function")),
                        member(
                            "file_search_tool",
                            "FileSearchTool",
                            ("type", "file_search"),
                        ),
                        member("computer_tool", "ComputerTool", ("type", "computer")),
                        member(
                            "computer_use_preview_tool",
                            "ComputerUsePreviewTool",
                            ("type", "computer_use_preview"),
                        ),
                        member("web_search_tool", "WebSearchTool"),
                        member("mcp_tool", "MCPTool", ("type", "mcp")),
                        member(
                            "code_interpreter_tool",
                            "CodeInterpreterTool",
                            ("type", "code_interpreter"),
                        ),
                        member(
                            "programmatic_tool_calling_param",
                            "ProgrammaticToolCallingParam",
                            ("type", "programmatic_tool_calling"),
                        ),
                        member(
                            "image_gen_tool",
                            "ImageGenTool",
                            ("type", "image_generation"),
                        ),
                        member(
                            "local_shell_tool_param",
                            "LocalShellToolParam",
                            ("type", "local_shell"),
                        ),
                        member(
                            "function_shell_tool_param",
                            "FunctionShellToolParam",
                            ("type", "shell"),
                        ),
                        member(
                            "custom_tool_param", "CustomToolParam", ("type", "custom")
                        ),
                        member(
                            "namespace_tool_param",
                            "NamespaceToolParam",
                            ("type", "namespace"),
                        ),
                        member(
                            "tool_search_tool_param",
                            "ToolSearchToolParam",
                            ("type", "tool_search"),
                        ),
                        member("web_search_preview_tool", "WebSearchPreviewTool"),
                        member(
                            "apply_patch_tool_param",
                            "ApplyPatchToolParam",
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
                    check_tool_choice_options,
                    member(
                        "tool_choice_allowed",
                        "ToolChoiceAllowed",
                        ("type", "allowed_tools"),
                    ),
                    member("tool_choice_types", "ToolChoiceTypes"),
                    member(
                        "tool_choice_function",
                        "ToolChoiceFunction",
                        ("type", "function"),
                    ),
                    member("tool_choice_mcp", "ToolChoiceMCP", ("type", "mcp")),
                    member(
                        "tool_choice_custom", "ToolChoiceCustom", ("type", "custom")
                    ),
                    member(
                        "specific_programmatic_tool_calling_param",
                        "SpecificProgrammaticToolCallingParam",
                        ("type", "programmatic_tool_calling"),
                    ),
                    member(
                        "specific_apply_patch_param",
                        "SpecificApplyPatchParam",
                        ("type", "apply_patch"),
                    ),
                    member(
                        "specific_function_shell_param",
                        "SpecificFunctionShellParam",
                        ("type", "shell"),
                    ),
                ),
            ),
            (
                "prompt",
                "prompt",
                OPTIONAL_OR_NULL,
                one_of(member("prompt_type_0", "PromptType0"), None),
            ),
            (
                "service_tier",
                "service_tier",
                OPTIONAL_OR_NULL,
                one_of(check_service_tier_responses_type_0, None),
            ),
            (
                "truncation",
                "truncation",
                OPTIONAL_OR_NULL,
                one_of(check_create_response_truncation_type_0, None),
            ),
            (
                "reasoning",
                "reasoning",
                OPTIONAL_OR_NULL,
                one_of(member("reasoning", "Reasoning"), None),
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
                                "easy_input_message",
                                "EasyInputMessage",
                                ("type", "message"),
                            ),
                            member(
                                "input_message", "InputMessage", ("type", "message")
                            ),
                            member(
                                "output_message",
                                "OutputMessage",
                                ("type", "message"),
                                ("role", "assistant"),
                            ),
                            member(
                                "file_search_tool_call",
                                "FileSearchToolCall",
                                ("type", "file_search_call"),
                            ),
                            member(
                                "computer_tool_call",
                                "ComputerToolCall",
                                ("type", "computer_call"),
                            ),
                            member(
                                "computer_call_output_item_param",
                                "ComputerCallOutputItemParam",
                                ("type", "computer_call_output"),
                            ),
                            member(
                                "web_search_tool_call",
                                "WebSearchToolCall",
                                ("type", "web_search_call"),
                            ),
                            member(
                                "function_tool_call",
                                "FunctionToolCall",
                                ("type", "function_call"),
                            ),
                            member(
                                "function_call_output_item_param",
                                "FunctionCallOutputItemParam",
                                ("type", "function_call_output"),
                            ),
                            member(
                                "tool_search_call_item_param",
                                "ToolSearchCallItemParam",
                                ("type", "tool_search_call"),
                            ),
                            member(
                                "tool_search_output_item_param",
                                "ToolSearchOutputItemParam",
                                ("type", "tool_search_output"),
                            ),
                            member(
                                "additional_tools_item_param",
                                "AdditionalToolsItemParam",
                                ("type", "additional_tools"),
                                ("role", "developer"),
                            ),
                            member(
                                "reasoning_item", "ReasoningItem", ("type", "reasoning")
                            ),
                            member(
                                "compaction_summary_item_param",
                                "CompactionSummaryItemParam",
                                ("type", "compaction"),
                            ),
                            member(
                                "image_gen_tool_call",
                                "ImageGenToolCall",
                                ("type", "image_generation_call"),
                            ),
                            member(
                                "code_interpreter_tool_call",
                                "CodeInterpreterToolCall",
                                ("type", "code_interpreter_call"),
                            ),
                            member(
                                "local_shell_tool_call",
                                "LocalShellToolCall",
                                ("type", "local_shell_call"),
                            ),
                            member(
                                "local_shell_tool_call_output",
                                "LocalShellToolCallOutput",
                                ("type", "local_shell_call_output"),
                            ),
                            member(
                                "function_shell_call_item_param",
                                "FunctionShellCallItemParam",
                                ("type", "shell_call"),
                            ),
                            member(
                                "function_shell_call_output_item_param",
                                "FunctionShellCallOutputItemParam",
                                ("type", "shell_call_output"),
                            ),
                            member(
                                "apply_patch_tool_call_item_param",
                                "ApplyPatchToolCallItemParam",
                                ("type", "apply_patch_call"),
                            ),
                            member(
                                "apply_patch_tool_call_output_item_param",
                                "ApplyPatchToolCallOutputItemParam",
                                ("type", "apply_patch_call_output"),
                            ),
                            member(
                                "mcp_list_tools",
                                "MCPListTools",
                                ("type", "mcp_list_tools"),
                            ),
                            member(
                                "mcp_approval_request",
                                "MCPApprovalRequest",
                                ("type", "mcp_approval_request"),
                            ),
                            member(
                                "mcp_approval_response",
                                "MCPApprovalResponse",
                                ("type", "mcp_approval_response"),
                            ),
                            member(
                                "mcp_tool_call", "MCPToolCall", ("type", "mcp_call")
                            ),
                            member(
                                "custom_tool_call_output",
                                "CustomToolCallOutput",
                                ("type", "custom_tool_call_output"),
                            ),
                            member(
                                "custom_tool_call",
                                "CustomToolCall",
                                ("type", "custom_tool_call"),
                            ),
                            member(
                                "compaction_trigger_item_param",
                                "CompactionTriggerItemParam",
                                ("type", "compaction_trigger"),
                            ),
                            member("item_reference_param", "ItemReferenceParam"),
                            member(
                                "program_item_param",
                                "ProgramItemParam",
                                ("type", "program"),
                            ),
                            member(
                                "program_output_item_param",
                                "ProgramOutputItemParam",
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
                one_of(list_of(check_include_enum), None),
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
                one_of(member("moderation_param", "ModerationParam"), None),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "stream_options",
                "stream_options",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "response_stream_options_type_0", "ResponseStreamOptionsType0"
                    ),
                    None,
                ),
            ),
            (
                "conversation",
                "conversation",
                OPTIONAL_OR_NULL,
                one_of(str, member("conversation_param_2", "ConversationParam2"), None),
            ),
            (
                "context_management",
                "context_management",
                OPTIONAL_OR_NULL,
                one_of(list_of(ContextManagementParam), None),
            ),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
            strict=True,
        )
