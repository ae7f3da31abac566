from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.function_call_output_status_enum import (
    FunctionCallOutputStatusEnum,
    check_function_call_output_status_enum,
)
from ..models.tool_search_execution_type import (
    ToolSearchExecutionType,
    check_tool_search_execution_type,
)
from ..models.tool_search_output_type import (
    ToolSearchOutputType,
    check_tool_search_output_type,
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
class ToolSearchOutput(_OpenModel):
    """The tools a tool search loaded."""

    type_: ToolSearchOutputType
    """ Fixed tag `tool_search_output`. """
    id: str
    """ Unique ID. """
    call_id: None | str
    """ ID linking a tool call to its output. """
    execution: ToolSearchExecutionType
    """ Who runs a tool search: the server or the caller. """
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
    """ Tools loaded by the search. """
    status: FunctionCallOutputStatusEnum
    """ State of a tool output item. """
    created_by: str | None = None
    """ Who created the item. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("call_id", "created_by", "execution", "id", "status", "tools", "type")
    _tags = {"type": ("tool_search_output",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_tool_search_output_type),
            ("id", "id", REQUIRED, None),
            ("call_id", "call_id", REQUIRED_OR_NULL, one_of(str, None)),
            ("execution", "execution", REQUIRED, check_tool_search_execution_type),
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
            ("status", "status", REQUIRED, check_function_call_output_status_enum),
            ("created_by", "created_by", OPTIONAL, None),
        )
