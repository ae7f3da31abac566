from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
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

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class Response(_OpenModel):
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
    _keys = (
        "background",
        "completed_at",
        "conversation",
        "created_at",
        "error",
        "id",
        "incomplete_details",
        "instructions",
        "max_output_tokens",
        "max_tool_calls",
        "metadata",
        "model",
        "moderation",
        "object",
        "output",
        "output_text",
        "parallel_tool_calls",
        "previous_response_id",
        "prompt",
        "prompt_cache_key",
        "prompt_cache_options",
        "prompt_cache_retention",
        "reasoning",
        "safety_identifier",
        "service_tier",
        "status",
        "temperature",
        "text",
        "tool_choice",
        "tools",
        "top_logprobs",
        "top_p",
        "truncation",
        "usage",
        "user",
    )
    _tags = {"object": ("response",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.prompt_cache_options import PromptCacheOptions
        from ..models.response_text_param import ResponseTextParam
        from ..models.response_usage import ResponseUsage

        return fields(
            (
                "metadata",
                "metadata",
                REQUIRED_OR_NULL,
                one_of(member("metadata_type_0", "MetadataType0"), None),
            ),
            ("temperature", "temperature", REQUIRED_OR_NULL, one_of(float, None)),
            ("top_p", "top_p", REQUIRED_OR_NULL, one_of(float, None)),
            (
                "model",
                "model",
                REQUIRED,
                one_of(
                    str, check_model_ids_shared_type_1, check_model_ids_responses_type_1
                ),
            ),
            (
                "tools",
                "tools",
                REQUIRED,
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
                REQUIRED,
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
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_response_object),
            ("created_at", "created_at", REQUIRED, None),
            (
                "error",
                "error",
                REQUIRED_OR_NULL,
                one_of(member("response_error_type_0", "ResponseErrorType0"), None),
            ),
            (
                "incomplete_details",
                "incomplete_details",
                REQUIRED_OR_NULL,
                one_of(
                    member(
                        "response_incomplete_details_type_0",
                        "ResponseIncompleteDetailsType0",
                    ),
                    None,
                ),
            ),
            (
                "output",
                "output",
                REQUIRED,
                list_of(
                    one_of(
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
                            "function_tool_call",
                            "FunctionToolCall",
                            ("type", "function_call"),
                        ),
                        member(
                            "function_tool_call_output_resource",
                            "FunctionToolCallOutputResource",
                            ("type", "function_call_output"),
                        ),
                        member(
                            "web_search_tool_call",
                            "WebSearchToolCall",
                            ("type", "web_search_call"),
                        ),
                        member(
                            "computer_tool_call",
                            "ComputerToolCall",
                            ("type", "computer_call"),
                        ),
                        member(
                            "computer_tool_call_output_resource",
                            "ComputerToolCallOutputResource",
                            ("type", "computer_call_output"),
                        ),
                        member(
                            "reasoning_item", "ReasoningItem", ("type", "reasoning")
                        ),
                        member("program", "Program", ("type", "program")),
                        member(
                            "program_output",
                            "ProgramOutput",
                            ("type", "program_output"),
                        ),
                        member(
                            "tool_search_call",
                            "ToolSearchCall",
                            ("type", "tool_search_call"),
                        ),
                        member(
                            "tool_search_output",
                            "ToolSearchOutput",
                            ("type", "tool_search_output"),
                        ),
                        member(
                            "additional_tools",
                            "AdditionalTools",
                            ("type", "additional_tools"),
                        ),
                        member(
                            "compaction_body", "CompactionBody", ("type", "compaction")
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
                            "function_shell_call",
                            "FunctionShellCall",
                            ("type", "shell_call"),
                        ),
                        member(
                            "function_shell_call_output",
                            "FunctionShellCallOutput",
                            ("type", "shell_call_output"),
                        ),
                        member(
                            "apply_patch_tool_call",
                            "ApplyPatchToolCall",
                            ("type", "apply_patch_call"),
                        ),
                        member(
                            "apply_patch_tool_call_output",
                            "ApplyPatchToolCallOutput",
                            ("type", "apply_patch_call_output"),
                        ),
                        member("mcp_tool_call", "MCPToolCall", ("type", "mcp_call")),
                        member(
                            "mcp_list_tools", "MCPListTools", ("type", "mcp_list_tools")
                        ),
                        member(
                            "mcp_approval_request",
                            "MCPApprovalRequest",
                            ("type", "mcp_approval_request"),
                        ),
                        member(
                            "mcp_approval_response_resource",
                            "MCPApprovalResponseResource",
                            ("type", "mcp_approval_response"),
                        ),
                        member(
                            "custom_tool_call",
                            "CustomToolCall",
                            ("type", "custom_tool_call"),
                        ),
                        member(
                            "custom_tool_call_output_resource",
                            "CustomToolCallOutputResource",
                            ("type", "custom_tool_call_output"),
                        ),
                    )
                ),
            ),
            (
                "instructions",
                "instructions",
                REQUIRED_OR_NULL,
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
                    None,
                ),
            ),
            ("parallel_tool_calls", "parallel_tool_calls", REQUIRED, None),
            ("top_logprobs", "top_logprobs", OPTIONAL_OR_NULL, one_of(int, None)),
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
                "previous_response_id",
                "previous_response_id",
                OPTIONAL_OR_NULL,
                one_of(str, None),
            ),
            ("background", "background", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("max_tool_calls", "max_tool_calls", OPTIONAL_OR_NULL, one_of(int, None)),
            ("text", "text", OPTIONAL, ResponseTextParam),
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
                one_of(check_response_truncation_type_0, None),
            ),
            ("status", "status", OPTIONAL, check_response_status),
            ("completed_at", "completed_at", OPTIONAL_OR_NULL, one_of(float, None)),
            (
                "reasoning",
                "reasoning",
                OPTIONAL_OR_NULL,
                one_of(member("reasoning", "Reasoning"), None),
            ),
            ("output_text", "output_text", OPTIONAL_OR_NULL, one_of(str, None)),
            ("usage", "usage", OPTIONAL, ResponseUsage),
            (
                "prompt_cache_options",
                "prompt_cache_options",
                OPTIONAL,
                PromptCacheOptions,
            ),
            (
                "moderation",
                "moderation",
                OPTIONAL_OR_NULL,
                one_of(member("moderation", "Moderation"), None),
            ),
            (
                "conversation",
                "conversation",
                OPTIONAL_OR_NULL,
                one_of(member("response_conversation", "ResponseConversation"), None),
            ),
            (
                "max_output_tokens",
                "max_output_tokens",
                OPTIONAL_OR_NULL,
                one_of(int, None),
            ),
        )
