from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assistant_supported_models import (
    AssistantSupportedModels,
    check_assistant_supported_models,
)
from ..models.assistants_api_response_format_option_type_0 import (
    AssistantsApiResponseFormatOptionType0,
    check_assistants_api_response_format_option_type_0,
)
from ..models.assistants_api_tool_choice_option_type_0 import (
    AssistantsApiToolChoiceOptionType0,
    check_assistants_api_tool_choice_option_type_0,
)
from ..models.reasoning_effort_type_0 import (
    ReasoningEffortType0,
    check_reasoning_effort_type_0,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_message_request import CreateMessageRequest
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.truncation_object import TruncationObject


T = TypeVar("T", bound="CreateRunRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AssistantToolsCode, \
        AssistantToolsFileSearch, \
        AssistantToolsFunction, \
        AssistantsNamedToolChoice, \
        CreateMessageRequest, \
        MetadataType0, \
        ResponseFormatJsonObject, \
        ResponseFormatJsonSchema, \
        ResponseFormatText, \
        TruncationObject
    from ..models.assistant_tools_code import AssistantToolsCode
    from ..models.assistant_tools_file_search import AssistantToolsFileSearch
    from ..models.assistant_tools_function import AssistantToolsFunction
    from ..models.assistants_named_tool_choice import AssistantsNamedToolChoice
    from ..models.create_message_request import CreateMessageRequest
    from ..models.metadata_type_0 import MetadataType0
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.truncation_object import TruncationObject

    _models_bound = True


@_attrs_define
class CreateRunRequest:
    """Body for starting a run: which assistant to use, plus optional per-run overrides."""

    assistant_id: str
    """ ID of the assistant that executes the run. """
    model: AssistantSupportedModels | None | str = None
    """ Model for this run only; when omitted the assistant's own model is used. """
    reasoning_effort: None | ReasoningEffortType0 = None
    """ How much reasoning a reasoning model should do. """
    instructions: None | str = None
    """ Replaces the assistant's instructions for this run only. """
    additional_instructions: None | str = None
    """ Text appended after the instructions for this run, leaving the rest unchanged. """
    additional_messages: list[CreateMessageRequest] | None = None
    """ Messages added to the thread just before the run starts. """
    tools: (
        list[AssistantToolsCode | AssistantToolsFileSearch | AssistantToolsFunction]
        | None
    ) = None
    """ Replaces the assistant's tools for this run only; at most 20. """
    metadata: MetadataType0 | None = None
    """ Up to 16 string key/value tags attached to an object. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 2 (default 1); higher is more varied, lower more deterministic. """
    top_p: float | None = None
    """ Nucleus sampling cutoff, 0 to 1 (default 1); tune this or `temperature`, not both. """
    stream: bool | None = None
    """ When true, the run's events arrive as server-sent events, closing with `data: [DONE]` once the run finishes.
    """
    max_prompt_tokens: int | None = None
    """ Best-effort cap on prompt tokens across all turns of the run (at least 256); going over ends it as
    `incomplete`. """
    max_completion_tokens: int | None = None
    """ Best-effort cap on completion tokens across all turns of the run (at least 256); going over ends it as
    `incomplete`. """
    truncation_strategy: None | TruncationObject = None
    """ How the thread is trimmed to fit the context window before the run. """
    tool_choice: (
        AssistantsApiToolChoiceOptionType0 | AssistantsNamedToolChoice | None
    ) = None
    """ Whether and which tool the model must call during this run. """
    parallel_tool_calls: bool | None = None
    """ Allow the model to call several tools in one turn. """
    response_format: (
        AssistantsApiResponseFormatOptionType0
        | None
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
    ) = None
    """ Format the run's replies must follow; see `AssistantsApiResponseFormatOption`. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_assistant_id = (
            self.assistant_id
            if self.assistant_id is not None or "assistant_id" not in self._none_flips
            else UNSET
        )

        assistant_id = _v_assistant_id

        _v_model = (
            self.model
            if self.model is not None or "model" in self._none_flips
            else UNSET
        )

        model: None | str | Unset
        if isinstance(_v_model, Unset):
            model = UNSET
        else:
            model = _v_model

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

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" in self._none_flips
            else UNSET
        )

        instructions: None | str | Unset
        if isinstance(_v_instructions, Unset):
            instructions = UNSET
        else:
            instructions = _v_instructions

        _v_additional_instructions = (
            self.additional_instructions
            if self.additional_instructions is not None
            or "additional_instructions" in self._none_flips
            else UNSET
        )

        additional_instructions: None | str | Unset
        if isinstance(_v_additional_instructions, Unset):
            additional_instructions = UNSET
        else:
            additional_instructions = _v_additional_instructions

        _v_additional_messages = (
            self.additional_messages
            if self.additional_messages is not None
            or "additional_messages" in self._none_flips
            else UNSET
        )

        additional_messages: list[dict[str, Any]] | None | Unset
        if isinstance(_v_additional_messages, Unset):
            additional_messages = UNSET
        elif isinstance(_v_additional_messages, list):
            additional_messages = []
            for additional_messages_type_0_item_data in _v_additional_messages:
                if not isinstance(
                    additional_messages_type_0_item_data, CreateMessageRequest
                ):
                    additional_messages.append(additional_messages_type_0_item_data)
                    continue
                additional_messages_type_0_item = (
                    additional_messages_type_0_item_data.to_dict()
                )
                additional_messages.append(additional_messages_type_0_item)

        else:
            additional_messages = _v_additional_messages

        _v_tools = (
            self.tools
            if self.tools is not None or "tools" in self._none_flips
            else UNSET
        )

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(_v_tools, Unset):
            tools = UNSET
        elif isinstance(_v_tools, list):
            tools = []
            for tools_type_0_item_data in _v_tools:
                tools_type_0_item: dict[str, Any]
                if (
                    isinstance(tools_type_0_item_data, AssistantToolsCode)
                    or isinstance(tools_type_0_item_data, AssistantToolsFileSearch)
                    or isinstance(tools_type_0_item_data, AssistantToolsFunction)
                ):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data
                tools.append(tools_type_0_item)

        else:
            tools = _v_tools

        _v_metadata = (
            self.metadata
            if self.metadata is not None or "metadata" in self._none_flips
            else UNSET
        )

        metadata: dict[str, Any] | None | Unset
        if isinstance(_v_metadata, Unset):
            metadata = UNSET
        elif isinstance(_v_metadata, MetadataType0):
            metadata = _v_metadata.to_dict()
        else:
            metadata = _v_metadata

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        stream: bool | None | Unset
        if isinstance(_v_stream, Unset):
            stream = UNSET
        else:
            stream = _v_stream

        _v_max_prompt_tokens = (
            self.max_prompt_tokens
            if self.max_prompt_tokens is not None
            or "max_prompt_tokens" in self._none_flips
            else UNSET
        )

        max_prompt_tokens: int | None | Unset
        if isinstance(_v_max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = _v_max_prompt_tokens

        _v_max_completion_tokens = (
            self.max_completion_tokens
            if self.max_completion_tokens is not None
            or "max_completion_tokens" in self._none_flips
            else UNSET
        )

        max_completion_tokens: int | None | Unset
        if isinstance(_v_max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = _v_max_completion_tokens

        _v_truncation_strategy = (
            self.truncation_strategy
            if self.truncation_strategy is not None
            or "truncation_strategy" in self._none_flips
            else UNSET
        )

        truncation_strategy: dict[str, Any] | None | Unset
        if isinstance(_v_truncation_strategy, Unset):
            truncation_strategy = UNSET
        elif isinstance(_v_truncation_strategy, TruncationObject):
            truncation_strategy = _v_truncation_strategy.to_dict()
        else:
            truncation_strategy = _v_truncation_strategy

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" in self._none_flips
            else UNSET
        )

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(_v_tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(_v_tool_choice, AssistantsNamedToolChoice):
            tool_choice = _v_tool_choice.to_dict()
        else:
            tool_choice = _v_tool_choice

        _v_parallel_tool_calls = (
            self.parallel_tool_calls
            if self.parallel_tool_calls is not None
            or "parallel_tool_calls" in self._none_flips
            else UNSET
        )

        parallel_tool_calls = _v_parallel_tool_calls

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(_v_response_format, Unset):
            response_format = UNSET
        elif (
            isinstance(_v_response_format, ResponseFormatText)
            or isinstance(_v_response_format, ResponseFormatJsonObject)
            or isinstance(_v_response_format, ResponseFormatJsonSchema)
        ):
            response_format = _v_response_format.to_dict()
        else:
            response_format = _v_response_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "assistant_id": assistant_id,
                }.items()
                if v is not UNSET
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if additional_instructions is not UNSET:
            field_dict["additional_instructions"] = additional_instructions
        if additional_messages is not UNSET:
            field_dict["additional_messages"] = additional_messages
        if tools is not UNSET:
            field_dict["tools"] = tools
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if stream is not UNSET:
            field_dict["stream"] = stream
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        assistant_id = d.pop("assistant_id", UNSET)
        if assistant_id is None or isinstance(assistant_id, Unset):
            raise KeyError("CreateRunRequest: required field assistant_id is missing")

        if assistant_id is None or assistant_id is UNSET:
            if assistant_id is UNSET:
                _none_flips += ("assistant_id",)
            assistant_id = None

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(
                data: object,
            ) -> AssistantSupportedModels | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_assistant_supported_models(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(AssistantSupportedModels | None | str | Unset, data)

            model = _parse_model(_model_raw)

        _reasoning_effort_raw = d.pop("reasoning_effort", UNSET)
        if _reasoning_effort_raw is None or isinstance(_reasoning_effort_raw, Unset):
            if _reasoning_effort_raw is None:
                _none_flips += ("reasoning_effort",)
            reasoning_effort = None

        else:

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

        _instructions_raw = d.pop("instructions", UNSET)
        if _instructions_raw is None or isinstance(_instructions_raw, Unset):
            if _instructions_raw is None:
                _none_flips += ("instructions",)
            instructions = None

        else:

            def _parse_instructions(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            instructions = _parse_instructions(_instructions_raw)

        _additional_instructions_raw = d.pop("additional_instructions", UNSET)
        if _additional_instructions_raw is None or isinstance(
            _additional_instructions_raw, Unset
        ):
            if _additional_instructions_raw is None:
                _none_flips += ("additional_instructions",)
            additional_instructions = None

        else:

            def _parse_additional_instructions(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            additional_instructions = _parse_additional_instructions(
                _additional_instructions_raw
            )

        _additional_messages_raw = d.pop("additional_messages", UNSET)
        if _additional_messages_raw is None or isinstance(
            _additional_messages_raw, Unset
        ):
            if _additional_messages_raw is None:
                _none_flips += ("additional_messages",)
            additional_messages = None

        else:

            def _parse_additional_messages(
                data: object,
            ) -> list[CreateMessageRequest] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    additional_messages_type_0 = []
                    _additional_messages_type_0 = data
                    if not isinstance(_additional_messages_type_0, list):
                        raise TypeError()
                    for (
                        additional_messages_type_0_item_data
                    ) in _additional_messages_type_0:
                        additional_messages_type_0_item = (
                            CreateMessageRequest.from_dict(
                                additional_messages_type_0_item_data
                            )
                        )

                        additional_messages_type_0.append(
                            additional_messages_type_0_item
                        )

                    return additional_messages_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[CreateMessageRequest] | None | Unset, data)

            additional_messages = _parse_additional_messages(_additional_messages_raw)

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:

            def _parse_tools(
                data: object,
            ) -> (
                list[
                    AssistantToolsCode
                    | AssistantToolsFileSearch
                    | AssistantToolsFunction
                ]
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    tools_type_0 = []
                    _tools_type_0 = data
                    if not isinstance(_tools_type_0, list):
                        raise TypeError()
                    for tools_type_0_item_data in _tools_type_0:

                        def _parse_tools_type_0_item(
                            data: object,
                        ) -> (
                            AssistantToolsCode
                            | AssistantToolsFileSearch
                            | AssistantToolsFunction
                        ):
                            if isinstance(data, dict):
                                if data.get("type") == "code_interpreter":
                                    try:
                                        tools_type_0_item_type_0 = (
                                            AssistantToolsCode.from_dict(data)
                                        )

                                        return tools_type_0_item_type_0
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "file_search":
                                    try:
                                        tools_type_0_item_type_1 = (
                                            AssistantToolsFileSearch.from_dict(data)
                                        )

                                        return tools_type_0_item_type_1
                                    except (
                                        TypeError,
                                        ValueError,
                                        AttributeError,
                                        KeyError,
                                    ):
                                        pass
                                if data.get("type") == "function":
                                    try:
                                        tools_type_0_item_type_2 = (
                                            AssistantToolsFunction.from_dict(data)
                                        )

                                        return tools_type_0_item_type_2
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
                                    return _parse_tools_type_0_item(data)
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
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "file_search",
                                            "type",
                                        }.intersection(data)
                                    ),
                                    len(
                                        {
                                            "function",
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
                                if data.get("type", "code_interpreter") not in (
                                    "code_interpreter",
                                ):
                                    raise TypeError()
                                if _fits[0] < _most:
                                    raise TypeError()
                                tools_type_0_item_type_0 = AssistantToolsCode.from_dict(
                                    data
                                )

                                return tools_type_0_item_type_0
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
                                tools_type_0_item_type_1 = (
                                    AssistantToolsFileSearch.from_dict(data)
                                )

                                return tools_type_0_item_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                if data.get("type", "function") not in ("function",):
                                    raise TypeError()
                                if _fits[2] < _most:
                                    raise TypeError()
                                tools_type_0_item_type_2 = (
                                    AssistantToolsFunction.from_dict(data)
                                )

                                return tools_type_0_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            if strict_parsing.get():
                                raise TypeError()
                            return cast(
                                AssistantToolsCode
                                | AssistantToolsFileSearch
                                | AssistantToolsFunction,
                                data,
                            )

                        tools_type_0_item = _parse_tools_type_0_item(
                            tools_type_0_item_data
                        )

                        tools_type_0.append(tools_type_0_item)

                    return tools_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    list[
                        AssistantToolsCode
                        | AssistantToolsFileSearch
                        | AssistantToolsFunction
                    ]
                    | None
                    | Unset,
                    data,
                )

            tools = _parse_tools(_tools_raw)

        _metadata_raw = d.pop("metadata", UNSET)
        if _metadata_raw is None or isinstance(_metadata_raw, Unset):
            if _metadata_raw is None:
                _none_flips += ("metadata",)
            metadata = None

        else:

            def _parse_metadata(data: object) -> MetadataType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_metadata_type_0 = MetadataType0.from_dict(data)

                    return componentsschemas_metadata_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(MetadataType0 | None | Unset, data)

            metadata = _parse_metadata(_metadata_raw)

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:

            def _parse_temperature(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            temperature = _parse_temperature(_temperature_raw)

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:

            def _parse_top_p(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            top_p = _parse_top_p(_top_p_raw)

        _stream_raw = d.pop("stream", UNSET)
        if _stream_raw is None or isinstance(_stream_raw, Unset):
            if _stream_raw is None:
                _none_flips += ("stream",)
            stream = None

        else:

            def _parse_stream(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            stream = _parse_stream(_stream_raw)

        _max_prompt_tokens_raw = d.pop("max_prompt_tokens", UNSET)
        if _max_prompt_tokens_raw is None or isinstance(_max_prompt_tokens_raw, Unset):
            if _max_prompt_tokens_raw is None:
                _none_flips += ("max_prompt_tokens",)
            max_prompt_tokens = None

        else:

            def _parse_max_prompt_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            max_prompt_tokens = _parse_max_prompt_tokens(_max_prompt_tokens_raw)

        _max_completion_tokens_raw = d.pop("max_completion_tokens", UNSET)
        if _max_completion_tokens_raw is None or isinstance(
            _max_completion_tokens_raw, Unset
        ):
            if _max_completion_tokens_raw is None:
                _none_flips += ("max_completion_tokens",)
            max_completion_tokens = None

        else:

            def _parse_max_completion_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            max_completion_tokens = _parse_max_completion_tokens(
                _max_completion_tokens_raw
            )

        _truncation_strategy_raw = d.pop("truncation_strategy", UNSET)
        if _truncation_strategy_raw is None or isinstance(
            _truncation_strategy_raw, Unset
        ):
            if _truncation_strategy_raw is None:
                _none_flips += ("truncation_strategy",)
            truncation_strategy = None

        else:

            def _parse_truncation_strategy(
                data: object,
            ) -> None | TruncationObject | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "auto") not in (
                        "auto",
                        "last_messages",
                    ):
                        raise TypeError()
                    truncation_strategy_type_0 = TruncationObject.from_dict(data)

                    return truncation_strategy_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(None | TruncationObject | Unset, data)

            truncation_strategy = _parse_truncation_strategy(_truncation_strategy_raw)

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if _tool_choice_raw is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:

            def _parse_tool_choice(
                data: object,
            ) -> (
                AssistantsApiToolChoiceOptionType0
                | AssistantsNamedToolChoice
                | None
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_tool_choice(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_assistants_api_tool_choice_option_type_0 = (
                        check_assistants_api_tool_choice_option_type_0(data)
                    )

                    return componentsschemas_assistants_api_tool_choice_option_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "function") not in (
                        "function",
                        "code_interpreter",
                        "file_search",
                    ):
                        raise TypeError()
                    componentsschemas_assistants_api_tool_choice_option_type_1 = (
                        AssistantsNamedToolChoice.from_dict(data)
                    )

                    return componentsschemas_assistants_api_tool_choice_option_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    AssistantsApiToolChoiceOptionType0
                    | AssistantsNamedToolChoice
                    | None
                    | Unset,
                    data,
                )

            tool_choice = _parse_tool_choice(_tool_choice_raw)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        if parallel_tool_calls is None and strict_parsing.get():
            raise TypeError("parallel_tool_calls")

        if parallel_tool_calls is None or parallel_tool_calls is UNSET:
            if parallel_tool_calls is None:
                _none_flips += ("parallel_tool_calls",)
            parallel_tool_calls = None

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:

            def _parse_response_format(
                data: object,
            ) -> (
                AssistantsApiResponseFormatOptionType0
                | None
                | ResponseFormatJsonObject
                | ResponseFormatJsonSchema
                | ResponseFormatText
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "text":
                        try:
                            componentsschemas_assistants_api_response_format_option_type_1 = ResponseFormatText.from_dict(
                                data
                            )

                            return componentsschemas_assistants_api_response_format_option_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "json_object":
                        try:
                            componentsschemas_assistants_api_response_format_option_type_2 = ResponseFormatJsonObject.from_dict(
                                data
                            )

                            return componentsschemas_assistants_api_response_format_option_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "json_schema":
                        try:
                            componentsschemas_assistants_api_response_format_option_type_3 = ResponseFormatJsonSchema.from_dict(
                                data
                            )

                            return componentsschemas_assistants_api_response_format_option_type_3
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
                                "type",
                            }.intersection(data)
                        ),
                        len(
                            {
                                "json_schema",
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
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_assistants_api_response_format_option_type_0 = (
                        check_assistants_api_response_format_option_type_0(data)
                    )

                    return (
                        componentsschemas_assistants_api_response_format_option_type_0
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "text") not in ("text",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    componentsschemas_assistants_api_response_format_option_type_1 = (
                        ResponseFormatText.from_dict(data)
                    )

                    return (
                        componentsschemas_assistants_api_response_format_option_type_1
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "json_object") not in ("json_object",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    componentsschemas_assistants_api_response_format_option_type_2 = (
                        ResponseFormatJsonObject.from_dict(data)
                    )

                    return (
                        componentsschemas_assistants_api_response_format_option_type_2
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "json_schema") not in ("json_schema",):
                        raise TypeError()
                    if _fits[2] < _most:
                        raise TypeError()
                    componentsschemas_assistants_api_response_format_option_type_3 = (
                        ResponseFormatJsonSchema.from_dict(data)
                    )

                    return (
                        componentsschemas_assistants_api_response_format_option_type_3
                    )
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    AssistantsApiResponseFormatOptionType0
                    | None
                    | ResponseFormatJsonObject
                    | ResponseFormatJsonSchema
                    | ResponseFormatText
                    | Unset,
                    data,
                )

            response_format = _parse_response_format(_response_format_raw)

        create_run_request = cls(
            assistant_id=assistant_id,
            model=model,
            reasoning_effort=reasoning_effort,
            instructions=instructions,
            additional_instructions=additional_instructions,
            additional_messages=additional_messages,
            tools=tools,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            stream=stream,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
        )
        if _none_flips:
            create_run_request._none_flips = _none_flips

        return create_run_request
