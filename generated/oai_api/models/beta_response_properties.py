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
from ..models.beta_model_ids_responses_type_1 import (
    BetaModelIdsResponsesType1,
    check_beta_model_ids_responses_type_1,
)
from ..models.beta_model_ids_shared_type_1 import (
    BetaModelIdsSharedType1,
    check_beta_model_ids_shared_type_1,
)
from ..models.beta_tool_choice_options import (
    BetaToolChoiceOptions,
    check_beta_tool_choice_options,
)

if TYPE_CHECKING:
    from .._model import Table
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
    from ..models.beta_prompt_type_0 import BetaPromptType0
    from ..models.beta_response_text_param import BetaResponseTextParam
    from ..models.beta_specific_apply_patch_param import BetaSpecificApplyPatchParam
    from ..models.beta_specific_function_shell_param import (
        BetaSpecificFunctionShellParam,
    )
    from ..models.beta_specific_programmatic_tool_calling_param import (
        BetaSpecificProgrammaticToolCallingParam,
    )
    from ..models.beta_tool_choice_allowed import BetaToolChoiceAllowed
    from ..models.beta_tool_choice_custom import BetaToolChoiceCustom
    from ..models.beta_tool_choice_function import BetaToolChoiceFunction
    from ..models.beta_tool_choice_mcp import BetaToolChoiceMCP
    from ..models.beta_tool_choice_types import BetaToolChoiceTypes
    from ..models.beta_tool_search_tool_param import BetaToolSearchToolParam
    from ..models.beta_web_search_preview_tool import BetaWebSearchPreviewTool
    from ..models.beta_web_search_tool import BetaWebSearchTool


@_attrs_define(repr=False)
class BetaResponseProperties(_OpenModel):
    """Settings shared by response requests and response objects: model, tools, text format, prompt and chaining."""

    previous_response_id: None | str = None
    """ Continue from this earlier response for multi-turn chat; not allowed together with `conversation`. """
    model: BetaModelIdsResponsesType1 | BetaModelIdsSharedType1 | str | None = None
    """ Model ID for the Responses API: any shared chat model or a Responses-only one such as `o3-pro`. """
    background: bool | None = None
    """ Run the response asynchronously in the background (default false); poll or cancel it later. """
    max_tool_calls: int | None = None
    """ Upper bound on built-in tool calls across all tools in one response; further calls are ignored. """
    text: BetaResponseTextParam | None = None
    """ Text output settings: the format (plain text or JSON, optionally schema-bound) and verbosity. """
    tools: (
        list[
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
        | None
    ) = None
    """ Tools available to the model: built-in tools, MCP servers and connectors, and your own functions; pick with
    `tool_choice`. """
    tool_choice: (
        BetaSpecificApplyPatchParam
        | BetaSpecificFunctionShellParam
        | BetaSpecificProgrammaticToolCallingParam
        | BetaToolChoiceAllowed
        | BetaToolChoiceCustom
        | BetaToolChoiceFunction
        | BetaToolChoiceMCP
        | BetaToolChoiceOptions
        | BetaToolChoiceTypes
        | None
    ) = None
    """ Controls whether and which tools the model calls: a mode string or an object naming a specific tool or
    subset. """
    prompt: BetaPromptType0 | None = None
    """ A saved prompt template to use, with its version and variable values; None for no template. """
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
        from ..models.beta_response_text_param import BetaResponseTextParam

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
                    str,
                    check_beta_model_ids_shared_type_1,
                    check_beta_model_ids_responses_type_1,
                ),
            ),
            ("background", "background", OPTIONAL_OR_NULL, one_of(bool, None)),
            ("max_tool_calls", "max_tool_calls", OPTIONAL_OR_NULL, one_of(int, None)),
            ("text", "text", OPTIONAL, BetaResponseTextParam),
            (
                "tools",
                "tools",
                OPTIONAL,
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
                "tool_choice",
                "tool_choice",
                OPTIONAL,
                one_of(
                    check_beta_tool_choice_options,
                    member(
                        "beta_tool_choice_allowed",
                        "BetaToolChoiceAllowed",
                        ("type", "allowed_tools"),
                    ),
                    member("beta_tool_choice_types", "BetaToolChoiceTypes"),
                    member(
                        "beta_tool_choice_function",
                        "BetaToolChoiceFunction",
                        ("type", "function"),
                    ),
                    member(
                        "beta_tool_choice_mcp", "BetaToolChoiceMCP", ("type", "mcp")
                    ),
                    member(
                        "beta_tool_choice_custom",
                        "BetaToolChoiceCustom",
                        ("type", "custom"),
                    ),
                    member(
                        "beta_specific_programmatic_tool_calling_param",
                        "BetaSpecificProgrammaticToolCallingParam",
                        ("type", "programmatic_tool_calling"),
                    ),
                    member(
                        "beta_specific_apply_patch_param",
                        "BetaSpecificApplyPatchParam",
                        ("type", "apply_patch"),
                    ),
                    member(
                        "beta_specific_function_shell_param",
                        "BetaSpecificFunctionShellParam",
                        ("type", "shell"),
                    ),
                ),
            ),
            (
                "prompt",
                "prompt",
                OPTIONAL_OR_NULL,
                one_of(member("beta_prompt_type_0", "BetaPromptType0"), None),
            ),
        )
