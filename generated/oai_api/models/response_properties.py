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
from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
    check_model_ids_responses_type_1,
)
from ..models.model_ids_shared_type_1 import (
    ModelIdsSharedType1,
    check_model_ids_shared_type_1,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options

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
    from ..models.prompt_type_0 import PromptType0
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
    from ..models.tool_search_tool_param import ToolSearchToolParam
    from ..models.web_search_preview_tool import WebSearchPreviewTool
    from ..models.web_search_tool import WebSearchTool


@_attrs_define(repr=False)
class ResponseProperties(_OpenModel):
    """Settings shared by a Responses request and the response it produces."""

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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "background",
        "max_tool_calls",
        "model",
        "previous_response_id",
        "prompt",
        "text",
        "tool_choice",
        "tools",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.response_text_param import ResponseTextParam

        return fields(
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
        )
