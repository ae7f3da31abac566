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
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText


T = TypeVar("T", bound="CreateEvalCompletionsRunDataSourceSamplingParams")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionTool, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText
    from ..models.chat_completion_tool import ChatCompletionTool
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText

    _models_bound = True


@_attrs_define
class CreateEvalCompletionsRunDataSourceSamplingParams:
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
    response_format: (
        ResponseFormatJsonObject | ResponseFormatJsonSchema | ResponseFormatText | None
    ) = None
    """ Output format to force: plain text, a JSON object, or JSON matching a given schema (Structured Outputs,
    preferred over JSON mode). """
    tools: list[ChatCompletionTool] | None = None
    """ Function tools the model may call while sampling; at most 128 functions. """
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

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if _v_response_format is None or isinstance(_v_response_format, Unset):
            response_format = _v_response_format
        else:
            response_format: dict[str, Any] | Unset
            if isinstance(_v_response_format, Unset):
                response_format = UNSET
            elif (
                isinstance(_v_response_format, ResponseFormatText)
                or isinstance(_v_response_format, ResponseFormatJsonSchema)
                or isinstance(_v_response_format, ResponseFormatJsonObject)
            ):
                response_format = _v_response_format.to_dict()
            else:
                response_format = _v_response_format

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
                    if not isinstance(tools_item_data, ChatCompletionTool):
                        tools.append(tools_item_data)
                        continue
                    tools_item = tools_item_data.to_dict()
                    tools.append(tools_item)

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
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if tools is not UNSET:
            field_dict["tools"] = tools

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

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None and strict_parsing.get():
                raise TypeError("response_format")

            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:
            try:

                def _parse_response_format(
                    data: object,
                ) -> (
                    ResponseFormatJsonObject
                    | ResponseFormatJsonSchema
                    | ResponseFormatText
                    | Unset
                ):
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "text":
                            try:
                                response_format_type_0 = ResponseFormatText.from_dict(
                                    data
                                )

                                return response_format_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_schema":
                            try:
                                response_format_type_1 = (
                                    ResponseFormatJsonSchema.from_dict(data)
                                )

                                return response_format_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "json_object":
                            try:
                                response_format_type_2 = (
                                    ResponseFormatJsonObject.from_dict(data)
                                )

                                return response_format_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_response_format(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "json_schema",
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
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "text") not in ("text",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        response_format_type_0 = ResponseFormatText.from_dict(data)

                        return response_format_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_schema") not in ("json_schema",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        response_format_type_1 = ResponseFormatJsonSchema.from_dict(
                            data
                        )

                        return response_format_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "json_object") not in ("json_object",):
                            raise TypeError()
                        if _fits[2] < _most:
                            raise TypeError()
                        response_format_type_2 = ResponseFormatJsonObject.from_dict(
                            data
                        )

                        return response_format_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        ResponseFormatJsonObject
                        | ResponseFormatJsonSchema
                        | ResponseFormatText
                        | Unset,
                        data,
                    )

                response_format = _parse_response_format(_response_format_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                response_format = _response_format_raw

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
                tools: list[ChatCompletionTool] | Unset = UNSET
                if _tools is not UNSET:
                    tools = []
                    if not isinstance(_tools, list):
                        raise TypeError()
                    for tools_item_data in _tools:
                        tools_item = ChatCompletionTool.from_dict(tools_item_data)

                        tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        create_eval_completions_run_data_source_sampling_params = cls(
            reasoning_effort=reasoning_effort,
            temperature=temperature,
            max_completion_tokens=max_completion_tokens,
            top_p=top_p,
            seed=seed,
            response_format=response_format,
            tools=tools,
        )
        if _none_flips:
            create_eval_completions_run_data_source_sampling_params._none_flips = (
                _none_flips
            )

        create_eval_completions_run_data_source_sampling_params.additional_properties = d
        return create_eval_completions_run_data_source_sampling_params

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
