from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_ids_responses_type_1 import (
    ModelIdsResponsesType1,
    check_model_ids_responses_type_1,
)
from ..models.model_ids_shared_type_1 import (
    ModelIdsSharedType1,
    check_model_ids_shared_type_1,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="ResponseProperties")

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
        CustomToolParam, \
        FileSearchTool, \
        FunctionShellToolParam, \
        FunctionTool, \
        ImageGenTool, \
        LocalShellToolParam, \
        MCPTool, \
        NamespaceToolParam, \
        ProgrammaticToolCallingParam, \
        PromptType0, \
        ResponseTextParam, \
        SpecificApplyPatchParam, \
        SpecificFunctionShellParam, \
        SpecificProgrammaticToolCallingParam, \
        ToolChoiceAllowed, \
        ToolChoiceCustom, \
        ToolChoiceFunction, \
        ToolChoiceMCP, \
        ToolChoiceTypes, \
        ToolSearchToolParam, \
        WebSearchPreviewTool, \
        WebSearchTool
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

    _models_bound = True


@_attrs_define
class ResponseProperties:
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
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_previous_response_id = (
            self.previous_response_id
            if self.previous_response_id is not None
            or "previous_response_id" in self._none_flips
            else UNSET
        )

        previous_response_id: None | str | Unset
        if isinstance(_v_previous_response_id, Unset):
            previous_response_id = UNSET
        else:
            previous_response_id = _v_previous_response_id

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str | Unset
            if isinstance(_v_model, Unset):
                model = UNSET
            else:
                model = _v_model

        _v_background = (
            self.background
            if self.background is not None or "background" in self._none_flips
            else UNSET
        )

        background: bool | None | Unset
        if isinstance(_v_background, Unset):
            background = UNSET
        else:
            background = _v_background

        _v_max_tool_calls = (
            self.max_tool_calls
            if self.max_tool_calls is not None or "max_tool_calls" in self._none_flips
            else UNSET
        )

        max_tool_calls: int | None | Unset
        if isinstance(_v_max_tool_calls, Unset):
            max_tool_calls = UNSET
        else:
            max_tool_calls = _v_max_tool_calls

        _v_text = (
            self.text if self.text is not None or "text" in self._none_flips else UNSET
        )

        if not isinstance(_v_text, ResponseTextParam):
            text = _v_text
        else:
            text: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_text, Unset):
                text = _v_text.to_dict()

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
                for componentsschemas_tools_array_item_data in _v_tools:
                    componentsschemas_tools_array_item: dict[str, Any]
                    if (
                        isinstance(
                            componentsschemas_tools_array_item_data, FunctionTool
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, FileSearchTool
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, ComputerTool
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data,
                            ComputerUsePreviewTool,
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, WebSearchTool
                        )
                        or isinstance(componentsschemas_tools_array_item_data, MCPTool)
                        or isinstance(
                            componentsschemas_tools_array_item_data, CodeInterpreterTool
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data,
                            ProgrammaticToolCallingParam,
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, ImageGenTool
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, LocalShellToolParam
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data,
                            FunctionShellToolParam,
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, CustomToolParam
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, NamespaceToolParam
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, ToolSearchToolParam
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data,
                            WebSearchPreviewTool,
                        )
                        or isinstance(
                            componentsschemas_tools_array_item_data, ApplyPatchToolParam
                        )
                    ):
                        componentsschemas_tools_array_item = (
                            componentsschemas_tools_array_item_data.to_dict()
                        )
                    else:
                        componentsschemas_tools_array_item = (
                            componentsschemas_tools_array_item_data
                        )
                    tools.append(componentsschemas_tools_array_item)

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" in self._none_flips
            else UNSET
        )

        if _v_tool_choice is None or isinstance(_v_tool_choice, Unset):
            tool_choice = _v_tool_choice
        else:
            tool_choice: dict[str, Any] | str | Unset
            if isinstance(_v_tool_choice, Unset):
                tool_choice = UNSET
            elif (
                isinstance(_v_tool_choice, ToolChoiceAllowed)
                or isinstance(_v_tool_choice, ToolChoiceTypes)
                or isinstance(_v_tool_choice, ToolChoiceFunction)
                or isinstance(_v_tool_choice, ToolChoiceMCP)
                or isinstance(_v_tool_choice, ToolChoiceCustom)
                or isinstance(_v_tool_choice, SpecificProgrammaticToolCallingParam)
                or isinstance(_v_tool_choice, SpecificApplyPatchParam)
                or isinstance(_v_tool_choice, SpecificFunctionShellParam)
            ):
                tool_choice = _v_tool_choice.to_dict()
            else:
                tool_choice = _v_tool_choice

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" in self._none_flips
            else UNSET
        )

        prompt: dict[str, Any] | None | Unset
        if isinstance(_v_prompt, Unset):
            prompt = UNSET
        elif isinstance(_v_prompt, PromptType0):
            prompt = _v_prompt.to_dict()
        else:
            prompt = _v_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if previous_response_id is not UNSET:
            field_dict["previous_response_id"] = previous_response_id
        if model is not UNSET:
            field_dict["model"] = model
        if background is not UNSET:
            field_dict["background"] = background
        if max_tool_calls is not UNSET:
            field_dict["max_tool_calls"] = max_tool_calls
        if text is not UNSET:
            field_dict["text"] = text
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _previous_response_id_raw = d.pop("previous_response_id", UNSET)
        if _previous_response_id_raw is None or isinstance(
            _previous_response_id_raw, Unset
        ):
            if _previous_response_id_raw is None:
                _none_flips += ("previous_response_id",)
            previous_response_id = None

        else:
            try:

                def _parse_previous_response_id(data: object) -> None | str | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(None | str | Unset, data)

                previous_response_id = _parse_previous_response_id(
                    _previous_response_id_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                previous_response_id = _previous_response_id_raw

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None and strict_parsing.get():
                raise TypeError("model")

            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:
            try:

                def _parse_model(
                    data: object,
                ) -> ModelIdsResponsesType1 | ModelIdsSharedType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_model(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_model_ids_shared_type_1 = (
                            check_model_ids_shared_type_1(data)
                        )

                        return componentsschemas_model_ids_shared_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_model_ids_responses_type_1 = (
                            check_model_ids_responses_type_1(data)
                        )

                        return componentsschemas_model_ids_responses_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ModelIdsResponsesType1 | ModelIdsSharedType1 | str | Unset, data
                    )

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        _background_raw = d.pop("background", UNSET)
        if _background_raw is None or isinstance(_background_raw, Unset):
            if _background_raw is None:
                _none_flips += ("background",)
            background = None

        else:
            try:

                def _parse_background(data: object) -> bool | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(bool | None | Unset, data)

                background = _parse_background(_background_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                background = _background_raw

        _max_tool_calls_raw = d.pop("max_tool_calls", UNSET)
        if _max_tool_calls_raw is None or isinstance(_max_tool_calls_raw, Unset):
            if _max_tool_calls_raw is None:
                _none_flips += ("max_tool_calls",)
            max_tool_calls = None

        else:
            try:

                def _parse_max_tool_calls(data: object) -> int | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    return cast(int | None | Unset, data)

                max_tool_calls = _parse_max_tool_calls(_max_tool_calls_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_tool_calls = _max_tool_calls_raw

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
                text: ResponseTextParam | Unset
                if isinstance(_text, Unset):
                    text = UNSET
                else:
                    text = ResponseTextParam.from_dict(_text)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                text = _text_raw

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
                    for componentsschemas_tools_array_item_data in _tools:

                        def _parse_componentsschemas_tools_array_item(
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
                                    return _parse_componentsschemas_tools_array_item(
                                        data
                                    )
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

                        componentsschemas_tools_array_item = (
                            _parse_componentsschemas_tools_array_item(
                                componentsschemas_tools_array_item_data
                            )
                        )

                        tools.append(componentsschemas_tools_array_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if _tool_choice_raw is None and strict_parsing.get():
                raise TypeError("tool_choice")

            if _tool_choice_raw is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:
            try:

                def _parse_tool_choice(
                    data: object,
                ) -> (
                    SpecificApplyPatchParam
                    | SpecificFunctionShellParam
                    | SpecificProgrammaticToolCallingParam
                    | ToolChoiceAllowed
                    | ToolChoiceCustom
                    | ToolChoiceFunction
                    | ToolChoiceMCP
                    | ToolChoiceOptions
                    | ToolChoiceTypes
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "allowed_tools":
                            try:
                                componentsschemas_tool_choice_param_type_1 = (
                                    ToolChoiceAllowed.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function":
                            try:
                                componentsschemas_tool_choice_param_type_3 = (
                                    ToolChoiceFunction.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp":
                            try:
                                componentsschemas_tool_choice_param_type_4 = (
                                    ToolChoiceMCP.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom":
                            try:
                                componentsschemas_tool_choice_param_type_5 = (
                                    ToolChoiceCustom.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "programmatic_tool_calling":
                            try:
                                componentsschemas_tool_choice_param_type_6 = (
                                    SpecificProgrammaticToolCallingParam.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch":
                            try:
                                componentsschemas_tool_choice_param_type_7 = (
                                    SpecificApplyPatchParam.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell":
                            try:
                                componentsschemas_tool_choice_param_type_8 = (
                                    SpecificFunctionShellParam.from_dict(data)
                                )

                                return componentsschemas_tool_choice_param_type_8
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_tool_choice(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "mode",
                                    "tools",
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
                                    "name",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "name",
                                    "server_label",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "name",
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
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
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
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_0 = (
                            check_tool_choice_options(data)
                        )

                        return componentsschemas_tool_choice_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "allowed_tools") not in ("allowed_tools",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_1 = (
                            ToolChoiceAllowed.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "file_search") not in (
                            "file_search",
                            "web_search_preview",
                            "computer",
                            "computer_use_preview",
                            "computer_use",
                            "web_search_preview_2025_03_11",
                            "image_generation",
                            "code_interpreter",
                        ):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_2 = (
                            ToolChoiceTypes.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function") not in ("function",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_3 = (
                            ToolChoiceFunction.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp") not in ("mcp",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_4 = (
                            ToolChoiceMCP.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "custom") not in ("custom",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_5 = (
                            ToolChoiceCustom.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_5
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "programmatic_tool_calling") not in (
                            "programmatic_tool_calling",
                        ):
                            raise TypeError()
                        if _fits[5] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_6 = (
                            SpecificProgrammaticToolCallingParam.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "apply_patch") not in ("apply_patch",):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_7 = (
                            SpecificApplyPatchParam.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "shell") not in ("shell",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_tool_choice_param_type_8 = (
                            SpecificFunctionShellParam.from_dict(data)
                        )

                        return componentsschemas_tool_choice_param_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        SpecificApplyPatchParam
                        | SpecificFunctionShellParam
                        | SpecificProgrammaticToolCallingParam
                        | ToolChoiceAllowed
                        | ToolChoiceCustom
                        | ToolChoiceFunction
                        | ToolChoiceMCP
                        | ToolChoiceOptions
                        | ToolChoiceTypes
                        | Unset,
                        data,
                    )

                tool_choice = _parse_tool_choice(_tool_choice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tool_choice = _tool_choice_raw

        _prompt_raw = d.pop("prompt", UNSET)
        if _prompt_raw is None or isinstance(_prompt_raw, Unset):
            if _prompt_raw is None:
                _none_flips += ("prompt",)
            prompt = None

        else:
            try:

                def _parse_prompt(data: object) -> None | PromptType0 | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_prompt_type_0 = PromptType0.from_dict(data)

                        return componentsschemas_prompt_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(None | PromptType0 | Unset, data)

                prompt = _parse_prompt(_prompt_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt = _prompt_raw

        response_properties = cls(
            previous_response_id=previous_response_id,
            model=model,
            background=background,
            max_tool_calls=max_tool_calls,
            text=text,
            tools=tools,
            tool_choice=tool_choice,
            prompt=prompt,
        )
        if _none_flips:
            response_properties._none_flips = _none_flips

        response_properties.additional_properties = d
        return response_properties

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
