from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_request_ga_include_item import (
    RealtimeSessionCreateRequestGAIncludeItem,
    check_realtime_session_create_request_ga_include_item,
)
from ..models.realtime_session_create_request_ga_max_output_tokens_type_1 import (
    RealtimeSessionCreateRequestGAMaxOutputTokensType1,
    check_realtime_session_create_request_ga_max_output_tokens_type_1,
)
from ..models.realtime_session_create_request_ga_model_type_1 import (
    RealtimeSessionCreateRequestGAModelType1,
    check_realtime_session_create_request_ga_model_type_1,
)
from ..models.realtime_session_create_request_ga_output_modalities_item import (
    RealtimeSessionCreateRequestGAOutputModalitiesItem,
    check_realtime_session_create_request_ga_output_modalities_item,
)
from ..models.realtime_session_create_request_ga_tracing_type_0 import (
    RealtimeSessionCreateRequestGATracingType0,
    check_realtime_session_create_request_ga_tracing_type_0,
)
from ..models.realtime_session_create_request_ga_type import (
    RealtimeSessionCreateRequestGAType,
    check_realtime_session_create_request_ga_type,
)
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
    check_realtime_truncation_type_0,
)
from ..models.tool_choice_options import ToolChoiceOptions, check_tool_choice_options
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.mcp_tool import MCPTool
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,
    )
    from ..models.realtime_session_create_request_ga_tracing_type_1 import (
        RealtimeSessionCreateRequestGATracingType1,
    )
    from ..models.realtime_truncation_type_1 import RealtimeTruncationType1
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


T = TypeVar("T", bound="RealtimeSessionCreateRequestGA")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        MCPTool, \
        PromptType0, \
        RealtimeFunctionTool, \
        RealtimeReasoning, \
        RealtimeSessionCreateRequestGAAudio, \
        RealtimeSessionCreateRequestGATracingType1, \
        RealtimeTruncationType1, \
        ToolChoiceFunction, \
        ToolChoiceMCP
    from ..models.mcp_tool import MCPTool
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_session_create_request_ga_audio import (
        RealtimeSessionCreateRequestGAAudio,
    )
    from ..models.realtime_session_create_request_ga_tracing_type_1 import (
        RealtimeSessionCreateRequestGATracingType1,
    )
    from ..models.realtime_truncation_type_1 import RealtimeTruncationType1
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP

    _models_bound = True


@_attrs_define
class RealtimeSessionCreateRequestGA:
    """Settings for a new Realtime (speech-to-speech) session: model, instructions, audio, tools, reasoning and limits."""

    type_: RealtimeSessionCreateRequestGAType
    """ Session kind; always `realtime` here. """
    output_modalities: (
        list[RealtimeSessionCreateRequestGAOutputModalitiesItem] | None
    ) = None
    """ Reply modality: `["audio"]` (default, audio with transcript) or `["text"]`; both at once is not allowed. """
    model: RealtimeSessionCreateRequestGAModelType1 | str | None = None
    """ Model ID, such as `gpt-realtime`, answering in this session. """
    instructions: str | None = None
    """ System instructions for the model's answers and voice (tone, pace, format); when unset, server defaults
    shown in `session.created` apply. """
    audio: RealtimeSessionCreateRequestGAAudio | None = None
    """ Settings for audio going in and coming out. """
    include: list[RealtimeSessionCreateRequestGAIncludeItem] | None = None
    """ Extra data in server events, e.g. `item.input_audio_transcription.logprobs` for transcription log
    probabilities. """
    tracing: (
        None
        | RealtimeSessionCreateRequestGATracingType0
        | RealtimeSessionCreateRequestGATracingType1
    ) = None
    """ Trace recording in the Traces Dashboard: `auto` for defaults, an object for custom names, or null (default)
    for none; fixed once on. """
    tools: list[MCPTool | RealtimeFunctionTool] | None = None
    """ Functions and MCP servers the model may use. """
    tool_choice: ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | None = None
    """ Tool selection: a mode such as `auto` (default), `none` or `required`, or a specific function or MCP tool to
    force. """
    parallel_tool_calls: bool | None = None
    """ Allow several tool calls at once; only reasoning Realtime models like `gpt-realtime-2` support it. """
    reasoning: RealtimeReasoning | None = None
    """ Reasoning settings for Realtime models that can reason, e.g. `gpt-realtime-2`. """
    max_output_tokens: (
        int | RealtimeSessionCreateRequestGAMaxOutputTokensType1 | None
    ) = None
    """ Cap on output tokens per response, tool calls included: 1 to 4096, or `inf` (default) for the model's
    maximum. """
    truncation: RealtimeTruncationType0 | RealtimeTruncationType1 | None = None
    """ What to do when the conversation outgrows the input token limit: `auto` drops oldest messages, `disabled`
    errors instead, or keep a set fraction. """
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
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_output_modalities = (
            self.output_modalities
            if self.output_modalities is not None
            or "output_modalities" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_output_modalities, list):
            output_modalities = _v_output_modalities
        else:
            output_modalities: list[str] | Unset = UNSET
            if not isinstance(_v_output_modalities, Unset):
                output_modalities = []
                for output_modalities_item_data in _v_output_modalities:
                    output_modalities_item: str = output_modalities_item_data
                    output_modalities.append(output_modalities_item)

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

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" in self._none_flips
            else UNSET
        )

        instructions = _v_instructions

        _v_audio = (
            self.audio
            if self.audio is not None or "audio" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_audio, RealtimeSessionCreateRequestGAAudio):
            audio = _v_audio
        else:
            audio: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_audio, Unset):
                audio = _v_audio.to_dict()

        _v_include = (
            self.include
            if self.include is not None or "include" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_include, list):
            include = _v_include
        else:
            include: list[str] | Unset = UNSET
            if not isinstance(_v_include, Unset):
                include = []
                for include_item_data in _v_include:
                    include_item: str = include_item_data
                    include.append(include_item)

        _v_tracing = (
            self.tracing
            if self.tracing is not None or "tracing" in self._none_flips
            else UNSET
        )

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(_v_tracing, Unset):
            tracing = UNSET
        elif isinstance(_v_tracing, RealtimeSessionCreateRequestGATracingType1):
            tracing = _v_tracing.to_dict()
        else:
            tracing = _v_tracing

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
                    if isinstance(tools_item_data, RealtimeFunctionTool) or isinstance(
                        tools_item_data, MCPTool
                    ):
                        tools_item = tools_item_data.to_dict()
                    else:
                        tools_item = tools_item_data
                    tools.append(tools_item)

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
            elif isinstance(_v_tool_choice, ToolChoiceFunction) or isinstance(
                _v_tool_choice, ToolChoiceMCP
            ):
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

        _v_reasoning = (
            self.reasoning
            if self.reasoning is not None or "reasoning" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_reasoning, RealtimeReasoning):
            reasoning = _v_reasoning
        else:
            reasoning: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_reasoning, Unset):
                reasoning = _v_reasoning.to_dict()

        _v_max_output_tokens = (
            self.max_output_tokens
            if self.max_output_tokens is not None
            or "max_output_tokens" in self._none_flips
            else UNSET
        )

        if _v_max_output_tokens is None or isinstance(_v_max_output_tokens, Unset):
            max_output_tokens = _v_max_output_tokens
        else:
            max_output_tokens: int | str | Unset
            if isinstance(_v_max_output_tokens, Unset):
                max_output_tokens = UNSET
            else:
                max_output_tokens = _v_max_output_tokens

        _v_truncation = (
            self.truncation
            if self.truncation is not None or "truncation" in self._none_flips
            else UNSET
        )

        if _v_truncation is None or isinstance(_v_truncation, Unset):
            truncation = _v_truncation
        else:
            truncation: dict[str, Any] | str | Unset
            if isinstance(_v_truncation, Unset):
                truncation = UNSET
            elif isinstance(_v_truncation, RealtimeTruncationType1):
                truncation = _v_truncation.to_dict()
            else:
                truncation = _v_truncation

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
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            raise KeyError(
                "RealtimeSessionCreateRequestGA: required field type is missing"
            )

        else:
            type_ = check_realtime_session_create_request_ga_type(_type__raw)

        _output_modalities_raw = d.pop("output_modalities", UNSET)
        if _output_modalities_raw is None or isinstance(_output_modalities_raw, Unset):
            if _output_modalities_raw is None and strict_parsing.get():
                raise TypeError("output_modalities")

            if _output_modalities_raw is None:
                _none_flips += ("output_modalities",)
            output_modalities = None

        else:
            _output_modalities = _output_modalities_raw
            output_modalities: (
                list[RealtimeSessionCreateRequestGAOutputModalitiesItem] | Unset
            ) = UNSET
            if _output_modalities is not UNSET:
                output_modalities = []
                if not isinstance(_output_modalities, list):
                    raise TypeError()
                for output_modalities_item_data in _output_modalities:
                    output_modalities_item = (
                        check_realtime_session_create_request_ga_output_modalities_item(
                            output_modalities_item_data
                        )
                    )

                    output_modalities.append(output_modalities_item)

        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            if _model_raw is None and strict_parsing.get():
                raise TypeError("model")

            if _model_raw is None:
                _none_flips += ("model",)
            model = None

        else:

            def _parse_model(
                data: object,
            ) -> RealtimeSessionCreateRequestGAModelType1 | str | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = (
                        check_realtime_session_create_request_ga_model_type_1(data)
                    )

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    RealtimeSessionCreateRequestGAModelType1 | str | Unset, data
                )

            model = _parse_model(_model_raw)

        instructions = d.pop("instructions", UNSET)
        if instructions is None and strict_parsing.get():
            raise TypeError("instructions")

        if instructions is None or instructions is UNSET:
            if instructions is None:
                _none_flips += ("instructions",)
            instructions = None

        _audio_raw = d.pop("audio", UNSET)
        if _audio_raw is None or isinstance(_audio_raw, Unset):
            if _audio_raw is None and strict_parsing.get():
                raise TypeError("audio")

            if _audio_raw is None:
                _none_flips += ("audio",)
            audio = None

        else:
            _audio = _audio_raw
            audio: RealtimeSessionCreateRequestGAAudio | Unset
            if isinstance(_audio, Unset):
                audio = UNSET
            else:
                audio = RealtimeSessionCreateRequestGAAudio.from_dict(_audio)

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None and strict_parsing.get():
                raise TypeError("include")

            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            _include = _include_raw
            include: list[RealtimeSessionCreateRequestGAIncludeItem] | Unset = UNSET
            if _include is not UNSET:
                include = []
                if not isinstance(_include, list):
                    raise TypeError()
                for include_item_data in _include:
                    include_item = (
                        check_realtime_session_create_request_ga_include_item(
                            include_item_data
                        )
                    )

                    include.append(include_item)

        _tracing_raw = d.pop("tracing", UNSET)
        if _tracing_raw is None or isinstance(_tracing_raw, Unset):
            if _tracing_raw is None:
                _none_flips += ("tracing",)
            tracing = None

        else:

            def _parse_tracing(
                data: object,
            ) -> (
                None
                | RealtimeSessionCreateRequestGATracingType0
                | RealtimeSessionCreateRequestGATracingType1
                | Unset
            ):
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_tracing(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tracing_type_0 = (
                        check_realtime_session_create_request_ga_tracing_type_0(data)
                    )

                    return tracing_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tracing_type_1 = (
                        RealtimeSessionCreateRequestGATracingType1.from_dict(data)
                    )

                    return tracing_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    None
                    | RealtimeSessionCreateRequestGATracingType0
                    | RealtimeSessionCreateRequestGATracingType1
                    | Unset,
                    data,
                )

            tracing = _parse_tracing(_tracing_raw)

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            _tools = _tools_raw
            tools: list[MCPTool | RealtimeFunctionTool] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:

                    def _parse_tools_item(
                        data: object,
                    ) -> MCPTool | RealtimeFunctionTool:
                        if isinstance(data, dict):
                            if data.get("type") == "function":
                                try:
                                    tools_item_type_0 = RealtimeFunctionTool.from_dict(
                                        data
                                    )

                                    return tools_item_type_0
                                except (
                                    TypeError,
                                    ValueError,
                                    AttributeError,
                                    KeyError,
                                ):
                                    pass
                            if data.get("type") == "mcp":
                                try:
                                    tools_item_type_1 = MCPTool.from_dict(data)

                                    return tools_item_type_1
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
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            finally:
                                strict_parsing.reset(strictly)
                        if isinstance(data, dict):
                            _fits = (
                                len(
                                    {
                                        "description",
                                        "name",
                                        "parameters",
                                        "type",
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
                            )
                        else:
                            _fits = (
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
                            tools_item_type_0 = RealtimeFunctionTool.from_dict(data)

                            return tools_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            if data.get("type", "mcp") not in ("mcp",):
                                raise TypeError()
                            if _fits[1] < _most:
                                raise TypeError()
                            tools_item_type_1 = MCPTool.from_dict(data)

                            return tools_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if strict_parsing.get():
                            raise TypeError()
                        return cast(MCPTool | RealtimeFunctionTool, data)

                    tools_item = _parse_tools_item(tools_item_data)

                    tools.append(tools_item)

        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if _tool_choice_raw is None or isinstance(_tool_choice_raw, Unset):
            if _tool_choice_raw is None and strict_parsing.get():
                raise TypeError("tool_choice")

            if _tool_choice_raw is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        else:

            def _parse_tool_choice(
                data: object,
            ) -> ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "function":
                        try:
                            tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

                            return tool_choice_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                    if data.get("type") == "mcp":
                        try:
                            tool_choice_type_2 = ToolChoiceMCP.from_dict(data)

                            return tool_choice_type_2
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
                    )
                else:
                    _fits = (
                        0,
                        0,
                    )
                _most = max(_fits)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tool_choice_type_0 = check_tool_choice_options(data)

                    return tool_choice_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "function") not in ("function",):
                        raise TypeError()
                    if _fits[0] < _most:
                        raise TypeError()
                    tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

                    return tool_choice_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "mcp") not in ("mcp",):
                        raise TypeError()
                    if _fits[1] < _most:
                        raise TypeError()
                    tool_choice_type_2 = ToolChoiceMCP.from_dict(data)

                    return tool_choice_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset, data
                )

            tool_choice = _parse_tool_choice(_tool_choice_raw)

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        if parallel_tool_calls is None and strict_parsing.get():
            raise TypeError("parallel_tool_calls")

        if parallel_tool_calls is None or parallel_tool_calls is UNSET:
            if parallel_tool_calls is None:
                _none_flips += ("parallel_tool_calls",)
            parallel_tool_calls = None

        _reasoning_raw = d.pop("reasoning", UNSET)
        if _reasoning_raw is None or isinstance(_reasoning_raw, Unset):
            if _reasoning_raw is None and strict_parsing.get():
                raise TypeError("reasoning")

            if _reasoning_raw is None:
                _none_flips += ("reasoning",)
            reasoning = None

        else:
            _reasoning = _reasoning_raw
            reasoning: RealtimeReasoning | Unset
            if isinstance(_reasoning, Unset):
                reasoning = UNSET
            else:
                reasoning = RealtimeReasoning.from_dict(_reasoning)

        _max_output_tokens_raw = d.pop("max_output_tokens", UNSET)
        if _max_output_tokens_raw is None or isinstance(_max_output_tokens_raw, Unset):
            if _max_output_tokens_raw is None and strict_parsing.get():
                raise TypeError("max_output_tokens")

            if _max_output_tokens_raw is None:
                _none_flips += ("max_output_tokens",)
            max_output_tokens = None

        else:

            def _parse_max_output_tokens(
                data: object,
            ) -> int | RealtimeSessionCreateRequestGAMaxOutputTokensType1 | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    max_output_tokens_type_1 = check_realtime_session_create_request_ga_max_output_tokens_type_1(
                        data
                    )

                    return max_output_tokens_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    int | RealtimeSessionCreateRequestGAMaxOutputTokensType1 | Unset,
                    data,
                )

            max_output_tokens = _parse_max_output_tokens(_max_output_tokens_raw)

        _truncation_raw = d.pop("truncation", UNSET)
        if _truncation_raw is None or isinstance(_truncation_raw, Unset):
            if _truncation_raw is None and strict_parsing.get():
                raise TypeError("truncation")

            if _truncation_raw is None:
                _none_flips += ("truncation",)
            truncation = None

        else:

            def _parse_truncation(
                data: object,
            ) -> RealtimeTruncationType0 | RealtimeTruncationType1 | Unset:
                if isinstance(data, Unset):
                    return data
                if isinstance(data, dict):
                    if data.get("type") == "retention_ratio":
                        try:
                            componentsschemas_realtime_truncation_type_1 = (
                                RealtimeTruncationType1.from_dict(data)
                            )

                            return componentsschemas_realtime_truncation_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_truncation(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_realtime_truncation_type_0 = (
                        check_realtime_truncation_type_0(data)
                    )

                    return componentsschemas_realtime_truncation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    if data.get("type", "retention_ratio") not in ("retention_ratio",):
                        raise TypeError()
                    componentsschemas_realtime_truncation_type_1 = (
                        RealtimeTruncationType1.from_dict(data)
                    )

                    return componentsschemas_realtime_truncation_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    RealtimeTruncationType0 | RealtimeTruncationType1 | Unset, data
                )

            truncation = _parse_truncation(_truncation_raw)

        _prompt_raw = d.pop("prompt", UNSET)
        if _prompt_raw is None or isinstance(_prompt_raw, Unset):
            if _prompt_raw is None:
                _none_flips += ("prompt",)
            prompt = None

        else:

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

        realtime_session_create_request_ga = cls(
            type_=type_,
            output_modalities=output_modalities,
            model=model,
            instructions=instructions,
            audio=audio,
            include=include,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            truncation=truncation,
            prompt=prompt,
        )
        if _none_flips:
            realtime_session_create_request_ga._none_flips = _none_flips

        realtime_session_create_request_ga.additional_properties = d
        return realtime_session_create_request_ga

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
