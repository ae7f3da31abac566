from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_response_output_item_done_event_type import (
    BetaResponseOutputItemDoneEventType,
    check_beta_response_output_item_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_additional_tools import BetaAdditionalTools
    from ..models.beta_agent_message import BetaAgentMessage
    from ..models.beta_agent_tag import BetaAgentTag
    from ..models.beta_apply_patch_tool_call import BetaApplyPatchToolCall
    from ..models.beta_apply_patch_tool_call_output import BetaApplyPatchToolCallOutput
    from ..models.beta_code_interpreter_tool_call import BetaCodeInterpreterToolCall
    from ..models.beta_compaction_body import BetaCompactionBody
    from ..models.beta_computer_tool_call import BetaComputerToolCall
    from ..models.beta_computer_tool_call_output_resource import (
        BetaComputerToolCallOutputResource,
    )
    from ..models.beta_custom_tool_call import BetaCustomToolCall
    from ..models.beta_custom_tool_call_output_resource import (
        BetaCustomToolCallOutputResource,
    )
    from ..models.beta_file_search_tool_call import BetaFileSearchToolCall
    from ..models.beta_function_shell_call import BetaFunctionShellCall
    from ..models.beta_function_shell_call_output import BetaFunctionShellCallOutput
    from ..models.beta_function_tool_call import BetaFunctionToolCall
    from ..models.beta_function_tool_call_output_resource import (
        BetaFunctionToolCallOutputResource,
    )
    from ..models.beta_image_gen_tool_call import BetaImageGenToolCall
    from ..models.beta_local_shell_tool_call import BetaLocalShellToolCall
    from ..models.beta_local_shell_tool_call_output import BetaLocalShellToolCallOutput
    from ..models.beta_mcp_approval_request import BetaMCPApprovalRequest
    from ..models.beta_mcp_approval_response_resource import (
        BetaMCPApprovalResponseResource,
    )
    from ..models.beta_mcp_list_tools import BetaMCPListTools
    from ..models.beta_mcp_tool_call import BetaMCPToolCall
    from ..models.beta_multi_agent_call import BetaMultiAgentCall
    from ..models.beta_multi_agent_call_output import BetaMultiAgentCallOutput
    from ..models.beta_output_message import BetaOutputMessage
    from ..models.beta_program import BetaProgram
    from ..models.beta_program_output import BetaProgramOutput
    from ..models.beta_reasoning_item import BetaReasoningItem
    from ..models.beta_tool_search_call import BetaToolSearchCall
    from ..models.beta_tool_search_output import BetaToolSearchOutput
    from ..models.beta_web_search_tool_call import BetaWebSearchToolCall


@_attrs_define(repr=False)
class BetaResponsesServerEventType27(_OpenModel):
    type_: BetaResponseOutputItemDoneEventType

    output_index: int

    sequence_number: int

    item: (
        BetaAdditionalTools
        | BetaAgentMessage
        | BetaApplyPatchToolCall
        | BetaApplyPatchToolCallOutput
        | BetaCodeInterpreterToolCall
        | BetaCompactionBody
        | BetaComputerToolCall
        | BetaComputerToolCallOutputResource
        | BetaCustomToolCall
        | BetaCustomToolCallOutputResource
        | BetaFileSearchToolCall
        | BetaFunctionShellCall
        | BetaFunctionShellCallOutput
        | BetaFunctionToolCall
        | BetaFunctionToolCallOutputResource
        | BetaImageGenToolCall
        | BetaLocalShellToolCall
        | BetaLocalShellToolCallOutput
        | BetaMCPApprovalRequest
        | BetaMCPApprovalResponseResource
        | BetaMCPListTools
        | BetaMCPToolCall
        | BetaMultiAgentCall
        | BetaMultiAgentCallOutput
        | BetaOutputMessage
        | BetaProgram
        | BetaProgramOutput
        | BetaReasoningItem
        | BetaToolSearchCall
        | BetaToolSearchOutput
        | BetaWebSearchToolCall
    )
    """ One item in a response's output, such as a message, a tool call, a tool result or reasoning. """
    agent: BetaAgentTag | None = None

    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "item", "output_index", "sequence_number", "stream_id", "type")
    _tags = {"type": ("response.output_item.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_beta_response_output_item_done_event_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            (
                "item",
                "item",
                REQUIRED,
                one_of(
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
                        "beta_function_tool_call",
                        "BetaFunctionToolCall",
                        ("type", "function_call"),
                    ),
                    member(
                        "beta_function_tool_call_output_resource",
                        "BetaFunctionToolCallOutputResource",
                        ("type", "function_call_output"),
                    ),
                    member(
                        "beta_agent_message",
                        "BetaAgentMessage",
                        ("type", "agent_message"),
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
                        "beta_web_search_tool_call",
                        "BetaWebSearchToolCall",
                        ("type", "web_search_call"),
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
                    member("beta_program", "BetaProgram", ("type", "program")),
                    member(
                        "beta_program_output",
                        "BetaProgramOutput",
                        ("type", "program_output"),
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
                        "beta_compaction_body",
                        "BetaCompactionBody",
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
                        "beta_mcp_tool_call", "BetaMCPToolCall", ("type", "mcp_call")
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
                        "beta_custom_tool_call",
                        "BetaCustomToolCall",
                        ("type", "custom_tool_call"),
                    ),
                    member(
                        "beta_custom_tool_call_output_resource",
                        "BetaCustomToolCallOutputResource",
                        ("type", "custom_tool_call_output"),
                    ),
                ),
            ),
            (
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag", "BetaAgentTag"), None),
            ),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
