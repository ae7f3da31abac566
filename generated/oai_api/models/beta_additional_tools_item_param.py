from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_additional_tools_item_param_role import (
    BetaAdditionalToolsItemParamRole,
    check_beta_additional_tools_item_param_role,
)
from ..models.beta_additional_tools_item_param_type import (
    BetaAdditionalToolsItemParamType,
    check_beta_additional_tools_item_param_type,
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
class BetaAdditionalToolsItemParam(_OpenModel):
    """Tools made available from this point of the conversation, sent as input."""

    type_: BetaAdditionalToolsItemParamType
    """ Fixed tag `additional_tools`. """
    role: BetaAdditionalToolsItemParamRole
    """ Who added the tools; only `developer`. """
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
    """ The tools added. """
    agent: BetaAgentTagParam | None = None
    """ Agent that produced this item, for multi-agent runs; leave out otherwise. """
    id: None | str = None
    """ Unique ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("agent", "id", "role", "tools", "type")
    _tags = {"type": ("additional_tools",), "role": ("developer",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_additional_tools_item_param_type),
            ("role", "role", REQUIRED, check_beta_additional_tools_item_param_role),
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
        )
