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
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.apply_patch_tool_param import ApplyPatchToolParam
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.computer_tool import ComputerTool
    from ..models.computer_use_preview_tool import ComputerUsePreviewTool
    from ..models.create_eval_responses_run_data_source_sampling_params_text import (
        CreateEvalResponsesRunDataSourceSamplingParamsText,
    )
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
class CreateEvalResponsesRunDataSourceSamplingParams(_OpenModel):
    """Sampling settings used when generating the model's outputs."""

    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    temperature: float | None = None
    """ Sampling temperature; higher values give more varied output (default 1). """
    max_completion_tokens: int | None = None
    """ Upper bound on tokens the model may generate per sample. """
    top_p: float | None = None
    """ Nucleus sampling cutoff as probability mass (default 1, meaning every token is considered). """
    seed: int | None = None
    """ Seed for the sampler, so repeated runs can match (default 42). """
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
    """ Tools the model may call while sampling: built-in ones such as web or file search, or your own functions.
    """
    text: CreateEvalResponsesRunDataSourceSamplingParamsText | None = None
    """ Text output settings, e.g. whether the model answers in plain text or JSON that follows a schema. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "max_completion_tokens",
        "reasoning_effort",
        "seed",
        "temperature",
        "text",
        "tools",
        "top_p",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.create_eval_responses_run_data_source_sampling_params_text import (
            CreateEvalResponsesRunDataSourceSamplingParamsText,
        )

        return fields(
            (
                "reasoning_effort",
                "reasoning_effort",
                OPTIONAL_OR_NULL,
                one_of(check_reasoning_effort_type_0, None),
            ),
            ("temperature", "temperature", OPTIONAL, None),
            ("max_completion_tokens", "max_completion_tokens", OPTIONAL, None),
            ("top_p", "top_p", OPTIONAL, None),
            ("seed", "seed", OPTIONAL, None),
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
                "text",
                "text",
                OPTIONAL,
                CreateEvalResponsesRunDataSourceSamplingParamsText,
            ),
        )
