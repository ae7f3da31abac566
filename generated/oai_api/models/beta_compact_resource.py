from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_compact_resource_object import (
    BetaCompactResourceObject,
    check_beta_compact_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class BetaCompactResource(_OpenModel):
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
    _keys = ("created_at", "id", "object", "output", "usage")
    _tags = {"object": ("response.compaction",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.beta_response_usage import BetaResponseUsage

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_beta_compact_resource_object),
            (
                "output",
                "output",
                REQUIRED,
                list_of(
                    one_of(
                        member("beta_message", "BetaMessage", ("type", "message")),
                        member("beta_program", "BetaProgram", ("type", "program")),
                        member(
                            "beta_program_output",
                            "BetaProgramOutput",
                            ("type", "program_output"),
                        ),
                        member(
                            "beta_function_tool_call",
                            "BetaFunctionToolCall",
                            ("type", "function_call"),
                        ),
                        member(
                            "beta_multi_agent_call",
                            "BetaMultiAgentCall",
                            ("type", "multi_agent_call"),
                        ),
                        member(
                            "beta_multi_agent_call_output",
                            "BetaMultiAgentCallOutput",
                            ("type", "multi_agent_call_output"),
                        ),
                        member(
                            "beta_tool_search_call",
                            "BetaToolSearchCall",
                            ("type", "tool_search_call"),
                        ),
                        member(
                            "beta_tool_search_output",
                            "BetaToolSearchOutput",
                            ("type", "tool_search_output"),
                        ),
                        member(
                            "beta_additional_tools",
                            "BetaAdditionalTools",
                            ("type", "additional_tools"),
                        ),
                        member(
                            "beta_agent_message",
                            "BetaAgentMessage",
                            ("type", "agent_message"),
                        ),
                        member(
                            "beta_function_tool_call_output",
                            "BetaFunctionToolCallOutput",
                            ("type", "function_call_output"),
                        ),
                        member(
                            "beta_file_search_tool_call",
                            "BetaFileSearchToolCall",
                            ("type", "file_search_call"),
                        ),
                        member(
                            "beta_web_search_tool_call",
                            "BetaWebSearchToolCall",
                            ("type", "web_search_call"),
                        ),
                        member(
                            "beta_image_gen_tool_call",
                            "BetaImageGenToolCall",
                            ("type", "image_generation_call"),
                        ),
                        member(
                            "beta_computer_tool_call",
                            "BetaComputerToolCall",
                            ("type", "computer_call"),
                        ),
                        member(
                            "beta_computer_tool_call_output_resource",
                            "BetaComputerToolCallOutputResource",
                            ("type", "computer_call_output"),
                        ),
                        member(
                            "beta_reasoning_item",
                            "BetaReasoningItem",
                            ("type", "reasoning"),
                        ),
                        member(
                            "beta_compaction_body",
                            "BetaCompactionBody",
                            ("type", "compaction"),
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
                            "beta_function_shell_call",
                            "BetaFunctionShellCall",
                            ("type", "shell_call"),
                        ),
                        member(
                            "beta_function_shell_call_output",
                            "BetaFunctionShellCallOutput",
                            ("type", "shell_call_output"),
                        ),
                        member(
                            "beta_apply_patch_tool_call",
                            "BetaApplyPatchToolCall",
                            ("type", "apply_patch_call"),
                        ),
                        member(
                            "beta_apply_patch_tool_call_output",
                            "BetaApplyPatchToolCallOutput",
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
                            "beta_mcp_approval_response_resource",
                            "BetaMCPApprovalResponseResource",
                            ("type", "mcp_approval_response"),
                        ),
                        member(
                            "beta_mcp_tool_call",
                            "BetaMCPToolCall",
                            ("type", "mcp_call"),
                        ),
                        member(
                            "beta_custom_tool_call",
                            "BetaCustomToolCall",
                            ("type", "custom_tool_call"),
                        ),
                        member(
                            "beta_custom_tool_call_output",
                            "BetaCustomToolCallOutput",
                            ("type", "custom_tool_call_output"),
                        ),
                    )
                ),
            ),
            ("created_at", "created_at", REQUIRED, None),
            ("usage", "usage", REQUIRED, BetaResponseUsage),
        )
