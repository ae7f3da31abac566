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
from ..models.beta_function_call_item_status import (
    BetaFunctionCallItemStatus,
    check_beta_function_call_item_status,
)
from ..models.beta_tool_search_execution_type import (
    BetaToolSearchExecutionType,
    check_beta_tool_search_execution_type,
)
from ..models.beta_tool_search_output_item_param_type import (
    BetaToolSearchOutputItemParamType,
    check_beta_tool_search_output_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.beta_agent_tag_param import BetaAgentTagParam
    from ..models.beta_apply_patch_tool_param import BetaApplyPatchToolParam
    from ..models.beta_code_interpreter_tool import BetaCodeInterpreterTool
    from ..models.beta_computer_tool import BetaComputerTool
    from ..models.beta_computer_use_preview_tool import BetaComputerUsePreviewTool
    from ..models.beta_custom_tool_param import BetaCustomToolParam
    from ..models.beta_file_search_tool import BetaFileSearchTool
    from ..models.beta_function_shell_tool_param import BetaFunctionShellToolParam
    from ..models.beta_function_tool import BetaFunctionTool
    from ..models.beta_image_gen_tool import BetaImageGenTool
    from ..models.beta_local_shell_tool_param import BetaLocalShellToolParam
    from ..models.beta_mcp_tool import BetaMCPTool
    from ..models.beta_namespace_tool_param import BetaNamespaceToolParam
    from ..models.beta_programmatic_tool_calling_param import (
        BetaProgrammaticToolCallingParam,
    )
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool


@_attrs_define(repr=False)
class BetaToolSearchOutputItemParam(_OpenModel):
    """Result of an earlier tool search, passed back as input with the tools it loaded."""

    type_: BetaToolSearchOutputItemParamType
    """ Fixed tag `tool_search_output`. """
    tools: list[
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
    """ Tools the search made available to the model. """
    agent: BetaAgentTagParam | None = None
    """ Tag naming the agent this item came from; leave out for the main agent. """
    id: None | str = None
    """ Identifier of this item, e.g. `tso_123`; optional. """
    call_id: None | str = None
    """ ID of the search call this result answers (1 to 64 chars); optional. """
    execution: BetaToolSearchExecutionType | None = None
    """ Where tool search ran: `server` (hosted) or `client` (your code). """
    status: BetaFunctionCallItemStatus | None = None
    """ State of the search output; None if not known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "call_id", "execution", "id", "status", "tools", "type")
    _tags = {"type": ("tool_search_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_tool_search_output_item_param_type),
            (
                "tools",
                "tools",
                REQUIRED,
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
                "agent",
                "agent",
                OPTIONAL_OR_NULL,
                one_of(member("beta_agent_tag_param", "BetaAgentTagParam"), None),
            ),
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("call_id", "call_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("execution", "execution", OPTIONAL, check_beta_tool_search_execution_type),
            (
                "status",
                "status",
                OPTIONAL_OR_NULL,
                one_of(check_beta_function_call_item_status, None),
            ),
        )
