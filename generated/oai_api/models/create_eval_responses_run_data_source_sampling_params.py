from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="CreateEvalResponsesRunDataSourceSamplingParams")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ApplyPatchToolParam, \
        CodeInterpreterTool, \
        ComputerTool, \
        ComputerUsePreviewTool, \
        CreateEvalResponsesRunDataSourceSamplingParamsText, \
        CustomToolParam, \
        FileSearchTool, \
        FunctionShellToolParam, \
        FunctionTool, \
        ImageGenTool, \
        LocalShellToolParam, \
        MCPTool, \
        NamespaceToolParam, \
        ProgrammaticToolCallingParam, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool
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

    _models_bound = True


@_attrs_define
class CreateEvalResponsesRunDataSourceSamplingParams:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_reasoning_effort = (
            self.reasoning_effort
            if self.reasoning_effort is not None
            or "reasoning_effort" in self._none_flips
            else UNSET
        )

        reasoning_effort: None | str | Unset
        if isinstance(_v_reasoning_effort, Unset):
            reasoning_effort = UNSET
        else:
            reasoning_effort = _v_reasoning_effort

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature = _v_temperature

        _v_max_completion_tokens = (
            self.max_completion_tokens
            if self.max_completion_tokens is not None
            or "max_completion_tokens" in self._none_flips
            else UNSET
        )

        max_completion_tokens = _v_max_completion_tokens

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p = _v_top_p

        _v_seed = (
            self.seed if self.seed is not None or "seed" in self._none_flips else UNSET
        )

        seed = _v_seed

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_tools, list):
            tools = _v_tools
        else:
            tools: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_tools, Unset):
                tools = []
                for tools_item_data in _v_tools:
                    tools_item: dict[str, Any]
                    if (
                        isinstance(tools_item_data, FunctionTool)
                        or isinstance(tools_item_data, FileSearchTool)
                        or isinstance(tools_item_data, ComputerTool)
                        or isinstance(tools_item_data, ComputerUsePreviewTool)
                        or isinstance(tools_item_data, WebSearchTool)
                        or isinstance(tools_item_data, MCPTool)
                        or isinstance(tools_item_data, CodeInterpreterTool)
                        or isinstance(tools_item_data, ProgrammaticToolCallingParam)
                        or isinstance(tools_item_data, ImageGenTool)
                        or isinstance(tools_item_data, LocalShellToolParam)
                        or isinstance(tools_item_data, FunctionShellToolParam)
                        or isinstance(tools_item_data, CustomToolParam)
                        or isinstance(tools_item_data, NamespaceToolParam)
                        or isinstance(tools_item_data, ToolSearchToolParam)
                        or isinstance(tools_item_data, WebSearchPreviewTool)
                        or isinstance(tools_item_data, ApplyPatchToolParam)
                    ):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data
                    tools.append(tools_item)

        _v_text = (
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        if not isinstance(_v_text, CreateEvalResponsesRunDataSourceSamplingParamsText):
            text = _v_text
        else:
            text: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_text, Unset):
                text = _v_text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if seed is not UNSET:
            field_dict["seed"] = seed
        if tools is not UNSET:
            field_dict["tools"] = tools
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _reasoning_effort_raw = d.pop("reasoning_effort", UNSET)
        if _reasoning_effort_raw is None or isinstance(_reasoning_effort_raw, Unset):
            if _reasoning_effort_raw is None:
                _none_flips += ("reasoning_effort",)
            reasoning_effort = None

        else:
            try:

                def _parse_reasoning_effort(
                    data: object,
                ) -> None | ReasoningEffortType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_reasoning_effort_type_0 = (
                            check_reasoning_effort_type_0(data)
                        )

                        return componentsschemas_reasoning_effort_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | ReasoningEffortType0 | Unset, data)

                reasoning_effort = _parse_reasoning_effort(_reasoning_effort_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                reasoning_effort = _reasoning_effort_raw

        temperature = d.pop("temperature", UNSET)
        if temperature is None and strict_parsing.get():
            raise TypeError("temperature")

        if temperature is None or temperature is UNSET:
            if temperature is None:
                _none_flips += ("temperature",)
            temperature = None

        max_completion_tokens = d.pop("max_completion_tokens", UNSET)
        if max_completion_tokens is None and strict_parsing.get():
            raise TypeError("max_completion_tokens")

        if max_completion_tokens is None or max_completion_tokens is UNSET:
            if max_completion_tokens is None:
                _none_flips += ("max_completion_tokens",)
            max_completion_tokens = None

        top_p = d.pop("top_p", UNSET)
        if top_p is None and strict_parsing.get():
            raise TypeError("top_p")

        if top_p is None or top_p is UNSET:
            if top_p is None:
                _none_flips += ("top_p",)
            top_p = None

        seed = d.pop("seed", UNSET)
        if seed is None and strict_parsing.get():
            raise TypeError("seed")

        if seed is None or seed is UNSET:
            if seed is None:
                _none_flips += ("seed",)
            seed = None

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            try:
                _tools = _tools_raw
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
                    | Unset
                ) = UNSET
                if _tools is not UNSET:
                    tools = []
                    if not isinstance(_tools, list):
                        raise TypeError()
                    for tools_item_data in _tools:

                        def _parse_tools_item(
                            data: object,
                        ) -> (
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
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "function":
                                    try:
                                        componentsschemas_tool_type_0 = (
                                            FunctionTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search":
                                    try:
                                        componentsschemas_tool_type_1 = (
                                            FileSearchTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer":
                                    try:
                                        componentsschemas_tool_type_2 = (
                                            ComputerTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_use_preview":
                                    try:
                                        componentsschemas_tool_type_3 = (
                                            ComputerUsePreviewTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp":
                                    try:
                                        componentsschemas_tool_type_5 = (
                                            MCPTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter":
                                    try:
                                        componentsschemas_tool_type_6 = (
                                            CodeInterpreterTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "programmatic_tool_calling":
                                    try:
                                        componentsschemas_tool_type_7 = (
                                            ProgrammaticToolCallingParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation":
                                    try:
                                        componentsschemas_tool_type_8 = (
                                            ImageGenTool.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell":
                                    try:
                                        componentsschemas_tool_type_9 = (
                                            LocalShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell":
                                    try:
                                        componentsschemas_tool_type_10 = (
                                            FunctionShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom":
                                    try:
                                        componentsschemas_tool_type_11 = (
                                            CustomToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "namespace":
                                    try:
                                        componentsschemas_tool_type_12 = (
                                            NamespaceToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search":
                                    try:
                                        componentsschemas_tool_type_13 = (
                                            ToolSearchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch":
                                    try:
                                        componentsschemas_tool_type_15 = (
                                            ApplyPatchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_tool_type_15
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass

                            if not strict_parsing.get():
                                strictly = strict_parsing.set(True)
                                try:
                                    return _parse_tools_item(data)
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                                finally:
                                    strict_parsing.reset(strictly)
                            if isinstance(data, dict):
                                _fits = (
                                    len(
                                        {
                                            "allowed_callers",
                                            "defer_loading",
                                            "description",
                                            "name",
                                            "output_schema",
                                            "parameters",
                                            "strict",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "filters",
                                            "max_num_results",
                                            "ranking_options",
                                            "type",
                                            "vector_store_ids",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "display_height",
                                            "display_width",
                                            "environment",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "external_web_access",
                                            "filters",
                                            "search_context_size",
                                            "type",
                                            "user_location",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "allowed_tools",
                                            "authorization",
                                            "connector_id",
                                            "defer_loading",
                                            "headers",
                                            "require_approval",
                                            "server_description",
                                            "server_label",
                                            "server_url",
                                            "tunnel_id",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "container",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "action",
                                            "background",
                                            "input_fidelity",
                                            "input_image_mask",
                                            "model",
                                            "moderation",
                                            "output_compression",
                                            "output_format",
                                            "partial_images",
                                            "quality",
                                            "size",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "environment",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "defer_loading",
                                            "description",
                                            "format",
                                            "name",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "description",
                                            "name",
                                            "tools",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "description",
                                            "execution",
                                            "parameters",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "search_content_types",
                                            "search_context_size",
                                            "type",
                                            "user_location",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "allowed_callers",
                                            "type",
                                        }.intersection(data)
                                    ),
                                )
                            else:
                                _fits = (
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                    0,
                                )
                            _most = max(_fits)
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "function") not in ("function",):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_0 = FunctionTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "file_search") not in (
                                    "file_search",
                                ):
                                    raise TypeError()
                                if _fits[1] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_1 = (
                                    FileSearchTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer") not in ("computer",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_2 = ComputerTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer_use_preview") not in (
                                    "computer_use_preview",
                                ):
                                    raise TypeError()
                                if _fits[3] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_3 = (
                                    ComputerUsePreviewTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "web_search") not in (
                                    "web_search",
                                    "web_search_2025_08_26",
                                ):
                                    raise TypeError()
                                if _fits[4] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_4 = WebSearchTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp") not in ("mcp",):
                                    raise TypeError()
                                if _fits[5] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_5 = MCPTool.from_dict(data)

                                return componentsschemas_tool_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "code_interpreter") not in (
                                    "code_interpreter",
                                ):
                                    raise TypeError()
                                if _fits[6] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_6 = (
                                    CodeInterpreterTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get(
                                    "type", "programmatic_tool_calling"
                                ) not in ("programmatic_tool_calling",):
                                    raise TypeError()
                                if _fits[7] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_7 = (
                                    ProgrammaticToolCallingParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "image_generation") not in (
                                    "image_generation",
                                ):
                                    raise TypeError()
                                if _fits[8] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_8 = ImageGenTool.from_dict(
                                    data
                                )

                                return componentsschemas_tool_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "local_shell") not in (
                                    "local_shell",
                                ):
                                    raise TypeError()
                                if _fits[9] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_9 = (
                                    LocalShellToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell") not in ("shell",):
                                    raise TypeError()
                                if _fits[10] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_10 = (
                                    FunctionShellToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom") not in ("custom",):
                                    raise TypeError()
                                if _fits[11] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_11 = (
                                    CustomToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "namespace") not in ("namespace",):
                                    raise TypeError()
                                if _fits[12] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_12 = (
                                    NamespaceToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_12
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "tool_search") not in (
                                    "tool_search",
                                ):
                                    raise TypeError()
                                if _fits[13] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_13 = (
                                    ToolSearchToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_13
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "web_search_preview") not in (
                                    "web_search_preview",
                                    "web_search_preview_2025_03_11",
                                ):
                                    raise TypeError()
                                if _fits[14] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_14 = (
                                    WebSearchPreviewTool.from_dict(data)
                                )

                                return componentsschemas_tool_type_14
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "apply_patch") not in (
                                    "apply_patch",
                                ):
                                    raise TypeError()
                                if _fits[15] < _most:
                                    raise TypeError()
                                componentsschemas_tool_type_15 = (
                                    ApplyPatchToolParam.from_dict(data)
                                )

                                return componentsschemas_tool_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
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
                                | WebSearchTool,
                                data,
                            )

                        tools_item = _parse_tools_item(tools_item_data)

                        tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _text_raw = d.pop("text", UNSET)
        if _text_raw is None or isinstance(_text_raw, Unset):
            if _text_raw is None and strict_parsing.get():
                raise TypeError("text")

            if _text_raw is None:
                _none_flips += ("text",)
            text = None

        else:
            try:
                _text = _text_raw
                text: CreateEvalResponsesRunDataSourceSamplingParamsText | Unset
                if isinstance(_text, Unset):
                    text = UNSET
                else:
                    text = CreateEvalResponsesRunDataSourceSamplingParamsText.from_dict(
                        _text
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                text = _text_raw

        create_eval_responses_run_data_source_sampling_params = cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            tools=tools,
            text=text,
        )
        if _none_flips:
            create_eval_responses_run_data_source_sampling_params._none_flips = (
                _none_flips
            )

        create_eval_responses_run_data_source_sampling_params.additional_properties = d
        return create_eval_responses_run_data_source_sampling_params

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
