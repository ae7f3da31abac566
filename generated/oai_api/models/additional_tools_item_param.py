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
from ..models.additional_tools_item_param_role import (
    AdditionalToolsItemParamRole,
    check_additional_tools_item_param_role,
)
from ..models.additional_tools_item_param_type import (
    AdditionalToolsItemParamType,
    check_additional_tools_item_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.custom_tool_param import CustomToolParam
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_shell_tool_param import FunctionShellToolParam
    from ..models.function_tool import FunctionTool
    from ..models.image_gen_tool import ImageGenTool
    from ..models.local_shell_tool_param import LocalShellToolParam
    from ..models.mcp_tool import MCPTool
    from ..models.namespace_tool_param import NamespaceToolParam
    from ..models.programmatic_tool_calling_param import ProgrammaticToolCallingParam
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool


@_attrs_define(repr=False)
class AdditionalToolsItemParam(_OpenModel):
    """Tools made available from this point of the conversation, sent as input."""

    type_: AdditionalToolsItemParamType
    """ Fixed tag `additional_tools`. """
    role: AdditionalToolsItemParamRole
    """ Who added the tools; only `developer`. """
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
    """ The tools added. """
    id: None | str = None
    """ Unique ID. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("id", "role", "tools", "type")
    _tags = {"type": ("additional_tools",), "role": ("developer",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_additional_tools_item_param_type),
            ("role", "role", REQUIRED, check_additional_tools_item_param_role),
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
            ("id", "id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
