from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
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


T = TypeVar("T", bound="BetaResponseProperties")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        BetaApplyPatchToolParam, \
        BetaCodeInterpreterTool, \
        BetaComputerTool, \
        BetaComputerUsePreviewTool, \
        BetaCustomToolParam, \
        BetaFileSearchTool, \
        BetaFunctionShellToolParam, \
        BetaFunctionTool, \
        BetaImageGenTool, \
        BetaLocalShellToolParam, \
        BetaMCPTool, \
        BetaNamespaceToolParam, \
        BetaProgrammaticToolCallingParam, \
        BetaPromptType0, \
        BetaResponseTextParam, \
        BetaSpecificApplyPatchParam, \
        BetaSpecificFunctionShellParam, \
        BetaSpecificProgrammaticToolCallingParam, \
        BetaToolChoiceAllowed, \
        BetaToolChoiceCustom, \
        BetaToolChoiceFunction, \
        BetaToolChoiceMCP, \
        BetaToolChoiceTypes, \
        BetaToolSearchToolParam, \
        BetaWebSearchPreviewTool, \
        BetaWebSearchTool
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

    _models_bound = True


@_attrs_define
class BetaResponseProperties:
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

        if not isinstance(_v_text, BetaResponseTextParam):
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
                for componentsschemas_beta_tools_array_item_data in _v_tools:
                    componentsschemas_beta_tools_array_item: dict[str, Any]
                    if (
                        isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaFunctionTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaFileSearchTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaComputerTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaComputerUsePreviewTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaWebSearchTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data, BetaMCPTool
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaCodeInterpreterTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaProgrammaticToolCallingParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaImageGenTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaLocalShellToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaFunctionShellToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaCustomToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaNamespaceToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaToolSearchToolParam,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaWebSearchPreviewTool,
                        )
                        or isinstance(
                            componentsschemas_beta_tools_array_item_data,
                            BetaApplyPatchToolParam,
                        )
                    ):
                        componentsschemas_beta_tools_array_item = (
                            componentsschemas_beta_tools_array_item_data.to_dict()
                        )
                    else:
                        componentsschemas_beta_tools_array_item = (
                            componentsschemas_beta_tools_array_item_data
                        )
                    tools.append(componentsschemas_beta_tools_array_item)

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
                isinstance(_v_tool_choice, BetaToolChoiceAllowed)
                or isinstance(_v_tool_choice, BetaToolChoiceTypes)
                or isinstance(_v_tool_choice, BetaToolChoiceFunction)
                or isinstance(_v_tool_choice, BetaToolChoiceMCP)
                or isinstance(_v_tool_choice, BetaToolChoiceCustom)
                or isinstance(_v_tool_choice, BetaSpecificProgrammaticToolCallingParam)
                or isinstance(_v_tool_choice, BetaSpecificApplyPatchParam)
                or isinstance(_v_tool_choice, BetaSpecificFunctionShellParam)
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
        elif isinstance(_v_prompt, BetaPromptType0):
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
                ) -> BetaModelIdsResponsesType1 | BetaModelIdsSharedType1 | str | Unset:
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
                        componentsschemas_beta_model_ids_shared_type_1 = (
                            check_beta_model_ids_shared_type_1(data)
                        )

                        return componentsschemas_beta_model_ids_shared_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_beta_model_ids_responses_type_1 = (
                            check_beta_model_ids_responses_type_1(data)
                        )

                        return componentsschemas_beta_model_ids_responses_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaModelIdsResponsesType1
                        | BetaModelIdsSharedType1
                        | str
                        | Unset,
                        data,
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
                text: BetaResponseTextParam | Unset
                if isinstance(_text, Unset):
                    text = UNSET
                else:
                    text = BetaResponseTextParam.from_dict(_text)

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
                    | Unset
                ) = UNSET
                if _tools is not UNSET:
                    tools = []
                    if not isinstance(_tools, list):
                        raise TypeError()
                    for componentsschemas_beta_tools_array_item_data in _tools:

                        def _parse_componentsschemas_beta_tools_array_item(
                            data: object,
                        ) -> (
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
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "function":
                                    try:
                                        componentsschemas_beta_tool_type_0 = (
                                            BetaFunctionTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search":
                                    try:
                                        componentsschemas_beta_tool_type_1 = (
                                            BetaFileSearchTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer":
                                    try:
                                        componentsschemas_beta_tool_type_2 = (
                                            BetaComputerTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_2
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "computer_use_preview":
                                    try:
                                        componentsschemas_beta_tool_type_3 = (
                                            BetaComputerUsePreviewTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_3
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "mcp":
                                    try:
                                        componentsschemas_beta_tool_type_5 = (
                                            BetaMCPTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_5
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "code_interpreter":
                                    try:
                                        componentsschemas_beta_tool_type_6 = (
                                            BetaCodeInterpreterTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_6
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "programmatic_tool_calling":
                                    try:
                                        componentsschemas_beta_tool_type_7 = (
                                            BetaProgrammaticToolCallingParam.from_dict(
                                                data
                                            )
                                        )

                                        return componentsschemas_beta_tool_type_7
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "image_generation":
                                    try:
                                        componentsschemas_beta_tool_type_8 = (
                                            BetaImageGenTool.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_8
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "local_shell":
                                    try:
                                        componentsschemas_beta_tool_type_9 = (
                                            BetaLocalShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_9
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "shell":
                                    try:
                                        componentsschemas_beta_tool_type_10 = (
                                            BetaFunctionShellToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_10
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "custom":
                                    try:
                                        componentsschemas_beta_tool_type_11 = (
                                            BetaCustomToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_11
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "namespace":
                                    try:
                                        componentsschemas_beta_tool_type_12 = (
                                            BetaNamespaceToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_12
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "tool_search":
                                    try:
                                        componentsschemas_beta_tool_type_13 = (
                                            BetaToolSearchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_13
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "apply_patch":
                                    try:
                                        componentsschemas_beta_tool_type_15 = (
                                            BetaApplyPatchToolParam.from_dict(data)
                                        )

                                        return componentsschemas_beta_tool_type_15
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
                                    return (
                                        _parse_componentsschemas_beta_tools_array_item(
                                            data
                                        )
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
                                componentsschemas_beta_tool_type_0 = (
                                    BetaFunctionTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_0
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
                                componentsschemas_beta_tool_type_1 = (
                                    BetaFileSearchTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "computer") not in ("computer",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_2 = (
                                    BetaComputerTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_2
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
                                componentsschemas_beta_tool_type_3 = (
                                    BetaComputerUsePreviewTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_3
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
                                componentsschemas_beta_tool_type_4 = (
                                    BetaWebSearchTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "mcp") not in ("mcp",):
                                    raise TypeError()
                                if _fits[5] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_5 = (
                                    BetaMCPTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_5
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
                                componentsschemas_beta_tool_type_6 = (
                                    BetaCodeInterpreterTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_6
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
                                componentsschemas_beta_tool_type_7 = (
                                    BetaProgrammaticToolCallingParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_7
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
                                componentsschemas_beta_tool_type_8 = (
                                    BetaImageGenTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_8
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
                                componentsschemas_beta_tool_type_9 = (
                                    BetaLocalShellToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_9
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "shell") not in ("shell",):
                                    raise TypeError()
                                if _fits[10] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_10 = (
                                    BetaFunctionShellToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_10
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "custom") not in ("custom",):
                                    raise TypeError()
                                if _fits[11] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_11 = (
                                    BetaCustomToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_11
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "namespace") not in ("namespace",):
                                    raise TypeError()
                                if _fits[12] < _most:
                                    raise TypeError()
                                componentsschemas_beta_tool_type_12 = (
                                    BetaNamespaceToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_12
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
                                componentsschemas_beta_tool_type_13 = (
                                    BetaToolSearchToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_13
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
                                componentsschemas_beta_tool_type_14 = (
                                    BetaWebSearchPreviewTool.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_14
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
                                componentsschemas_beta_tool_type_15 = (
                                    BetaApplyPatchToolParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_type_15
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
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
                                | BetaWebSearchTool,
                                data,
                            )

                        componentsschemas_beta_tools_array_item = (
                            _parse_componentsschemas_beta_tools_array_item(
                                componentsschemas_beta_tools_array_item_data
                            )
                        )

                        tools.append(componentsschemas_beta_tools_array_item)

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
                    BetaSpecificApplyPatchParam
                    | BetaSpecificFunctionShellParam
                    | BetaSpecificProgrammaticToolCallingParam
                    | BetaToolChoiceAllowed
                    | BetaToolChoiceCustom
                    | BetaToolChoiceFunction
                    | BetaToolChoiceMCP
                    | BetaToolChoiceOptions
                    | BetaToolChoiceTypes
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "allowed_tools":
                            try:
                                componentsschemas_beta_tool_choice_param_type_1 = (
                                    BetaToolChoiceAllowed.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "function":
                            try:
                                componentsschemas_beta_tool_choice_param_type_3 = (
                                    BetaToolChoiceFunction.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_3
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "mcp":
                            try:
                                componentsschemas_beta_tool_choice_param_type_4 = (
                                    BetaToolChoiceMCP.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_4
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "custom":
                            try:
                                componentsschemas_beta_tool_choice_param_type_5 = (
                                    BetaToolChoiceCustom.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_5
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "programmatic_tool_calling":
                            try:
                                componentsschemas_beta_tool_choice_param_type_6 = (
                                    BetaSpecificProgrammaticToolCallingParam.from_dict(
                                        data
                                    )
                                )

                                return componentsschemas_beta_tool_choice_param_type_6
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "apply_patch":
                            try:
                                componentsschemas_beta_tool_choice_param_type_7 = (
                                    BetaSpecificApplyPatchParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_7
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "shell":
                            try:
                                componentsschemas_beta_tool_choice_param_type_8 = (
                                    BetaSpecificFunctionShellParam.from_dict(data)
                                )

                                return componentsschemas_beta_tool_choice_param_type_8
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
                        componentsschemas_beta_tool_choice_param_type_0 = (
                            check_beta_tool_choice_options(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "allowed_tools") not in ("allowed_tools",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_1 = (
                            BetaToolChoiceAllowed.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_1
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
                        componentsschemas_beta_tool_choice_param_type_2 = (
                            BetaToolChoiceTypes.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "function") not in ("function",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_3 = (
                            BetaToolChoiceFunction.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "mcp") not in ("mcp",):
                            raise TypeError()
                        if _fits[3] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_4 = (
                            BetaToolChoiceMCP.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "custom") not in ("custom",):
                            raise TypeError()
                        if _fits[4] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_5 = (
                            BetaToolChoiceCustom.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_5
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
                        componentsschemas_beta_tool_choice_param_type_6 = (
                            BetaSpecificProgrammaticToolCallingParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_6
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "apply_patch") not in ("apply_patch",):
                            raise TypeError()
                        if _fits[6] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_7 = (
                            BetaSpecificApplyPatchParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_7
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "shell") not in ("shell",):
                            raise TypeError()
                        if _fits[7] < _most:
                            raise TypeError()
                        componentsschemas_beta_tool_choice_param_type_8 = (
                            BetaSpecificFunctionShellParam.from_dict(data)
                        )

                        return componentsschemas_beta_tool_choice_param_type_8
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        BetaSpecificApplyPatchParam
                        | BetaSpecificFunctionShellParam
                        | BetaSpecificProgrammaticToolCallingParam
                        | BetaToolChoiceAllowed
                        | BetaToolChoiceCustom
                        | BetaToolChoiceFunction
                        | BetaToolChoiceMCP
                        | BetaToolChoiceOptions
                        | BetaToolChoiceTypes
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

                def _parse_prompt(data: object) -> BetaPromptType0 | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_beta_prompt_type_0 = (
                            BetaPromptType0.from_dict(data)
                        )

                        return componentsschemas_beta_prompt_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(BetaPromptType0 | None | Unset, data)

                prompt = _parse_prompt(_prompt_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                prompt = _prompt_raw

        beta_response_properties = cls(
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
            beta_response_properties._none_flips = _none_flips

        beta_response_properties.additional_properties = d
        return beta_response_properties

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
