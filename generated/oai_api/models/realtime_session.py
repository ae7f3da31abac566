from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_include_type_0_item import (
    RealtimeSessionIncludeType0Item,
    check_realtime_session_include_type_0_item,
)
from ..models.realtime_session_input_audio_format import (
    RealtimeSessionInputAudioFormat,
    check_realtime_session_input_audio_format,
)
from ..models.realtime_session_max_response_output_tokens_type_1 import (
    RealtimeSessionMaxResponseOutputTokensType1,
    check_realtime_session_max_response_output_tokens_type_1,
)
from ..models.realtime_session_model_type_1 import (
    RealtimeSessionModelType1,
    check_realtime_session_model_type_1,
)
from ..models.realtime_session_object import (
    RealtimeSessionObject,
    check_realtime_session_object,
)
from ..models.realtime_session_output_audio_format import (
    RealtimeSessionOutputAudioFormat,
    check_realtime_session_output_audio_format,
)
from ..models.realtime_session_tracing_type_0_type_0 import (
    RealtimeSessionTracingType0Type0,
    check_realtime_session_tracing_type_0_type_0,
)
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,
    )
    from ..models.realtime_session_tracing_type_0_type_1 import (
        RealtimeSessionTracingType0Type1,
    )
    from ..models.realtime_turn_detection_type_0_type_0 import (
        RealtimeTurnDetectionType0Type0,
    )
    from ..models.realtime_turn_detection_type_0_type_1 import (
        RealtimeTurnDetectionType0Type1,
    )


T = TypeVar("T", bound="RealtimeSession")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        AudioTranscriptionResponse, \
        PromptType0, \
        RealtimeFunctionTool, \
        RealtimeSessionInputAudioNoiseReduction, \
        RealtimeSessionTracingType0Type1, \
        RealtimeTurnDetectionType0Type0, \
        RealtimeTurnDetectionType0Type1
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_input_audio_noise_reduction import (
        RealtimeSessionInputAudioNoiseReduction,
    )
    from ..models.realtime_session_tracing_type_0_type_1 import (
        RealtimeSessionTracingType0Type1,
    )
    from ..models.realtime_turn_detection_type_0_type_0 import (
        RealtimeTurnDetectionType0Type0,
    )
    from ..models.realtime_turn_detection_type_0_type_1 import (
        RealtimeTurnDetectionType0Type1,
    )

    _models_bound = True


@_attrs_define
class RealtimeSession:
    """Configuration of a session on the beta Realtime interface: model, voice, audio formats, turn detection, tools and
    more.

    """

    id: str | None = None
    object_: RealtimeSessionObject | None = None
    modalities: Any | None = None
    model: RealtimeSessionModelType1 | str | None = None
    instructions: str | None = None
    voice: str | VoiceIdsSharedType1 | None = None
    """ Voice name; any string, with built-in voices listed. """
    input_audio_format: RealtimeSessionInputAudioFormat | None = None
    output_audio_format: RealtimeSessionOutputAudioFormat | None = None
    input_audio_transcription: AudioTranscriptionResponse | None = None
    turn_detection: (
        None | RealtimeTurnDetectionType0Type0 | RealtimeTurnDetectionType0Type1
    ) = None
    """ How the session detects the end of a user turn: `server_vad` (volume) or `semantic_vad` (content); `null`
    means the client triggers replies. """
    input_audio_noise_reduction: RealtimeSessionInputAudioNoiseReduction | None = None
    speed: float | None = None
    tracing: (
        None | RealtimeSessionTracingType0Type0 | RealtimeSessionTracingType0Type1
    ) = None
    tools: list[RealtimeFunctionTool] | None = None
    tool_choice: str | None = None
    temperature: float | None = None
    max_response_output_tokens: (
        int | RealtimeSessionMaxResponseOutputTokensType1 | None
    ) = None
    expires_at: int | None = None
    prompt: None | PromptType0 = None
    include: list[RealtimeSessionIncludeType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_id = self.id if self.id is not None or "id" in self._none_flips else UNSET

        id = _v_id

        _v_object_ = (
            self.object_
            if self.object_ is not None or "object_" in self._none_flips
            else UNSET
        )

        if _v_object_ is None or isinstance(_v_object_, Unset):
            object_ = _v_object_
        else:
            object_: str | Unset = UNSET
            if not isinstance(_v_object_, Unset):
                object_ = _v_object_

        _v_modalities = (
            self.modalities
            if self.modalities is not None or "modalities" in self._none_flips
            else UNSET
        )

        modalities = _v_modalities

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

        _v_voice = (
            self.voice
            if self.voice is not None or "voice" in self._none_flips
            else UNSET
        )

        if _v_voice is None or isinstance(_v_voice, Unset):
            voice = _v_voice
        else:
            voice: str | Unset
            if isinstance(_v_voice, Unset):
                voice = UNSET
            else:
                voice = _v_voice

        _v_input_audio_format = (
            self.input_audio_format
            if self.input_audio_format is not None
            or "input_audio_format" in self._none_flips
            else UNSET
        )

        if _v_input_audio_format is None or isinstance(_v_input_audio_format, Unset):
            input_audio_format = _v_input_audio_format
        else:
            input_audio_format: str | Unset = UNSET
            if not isinstance(_v_input_audio_format, Unset):
                input_audio_format = _v_input_audio_format

        _v_output_audio_format = (
            self.output_audio_format
            if self.output_audio_format is not None
            or "output_audio_format" in self._none_flips
            else UNSET
        )

        if _v_output_audio_format is None or isinstance(_v_output_audio_format, Unset):
            output_audio_format = _v_output_audio_format
        else:
            output_audio_format: str | Unset = UNSET
            if not isinstance(_v_output_audio_format, Unset):
                output_audio_format = _v_output_audio_format

        _v_input_audio_transcription = (
            self.input_audio_transcription
            if self.input_audio_transcription is not None
            or "input_audio_transcription" in self._none_flips
            else UNSET
        )

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(_v_input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(_v_input_audio_transcription, AudioTranscriptionResponse):
            input_audio_transcription = _v_input_audio_transcription.to_dict()
        else:
            input_audio_transcription = _v_input_audio_transcription

        _v_turn_detection = (
            self.turn_detection
            if self.turn_detection is not None or "turn_detection" in self._none_flips
            else UNSET
        )

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(_v_turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(
            _v_turn_detection, RealtimeTurnDetectionType0Type0
        ) or isinstance(_v_turn_detection, RealtimeTurnDetectionType0Type1):
            turn_detection = _v_turn_detection.to_dict()
        else:
            turn_detection = _v_turn_detection

        _v_input_audio_noise_reduction = (
            self.input_audio_noise_reduction
            if self.input_audio_noise_reduction is not None
            or "input_audio_noise_reduction" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_input_audio_noise_reduction, RealtimeSessionInputAudioNoiseReduction
        ):
            input_audio_noise_reduction = _v_input_audio_noise_reduction
        else:
            input_audio_noise_reduction: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_audio_noise_reduction, Unset):
                input_audio_noise_reduction = _v_input_audio_noise_reduction.to_dict()

        _v_speed = (
            self.speed
            if self.speed is not None or "speed" in self._none_flips
            else UNSET
        )

        speed = _v_speed

        _v_tracing = (
            self.tracing
            if self.tracing is not None or "tracing" in self._none_flips
            else UNSET
        )

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(_v_tracing, Unset):
            tracing = UNSET
        elif isinstance(_v_tracing, RealtimeSessionTracingType0Type1):
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
                    if not isinstance(tools_item_data, RealtimeFunctionTool):
                        tools.append(tools_item_data)
                        continue
                    tools_item = tools_item_data.to_dict()
                    tools.append(tools_item)

        _v_tool_choice = (
            self.tool_choice
            if self.tool_choice is not None or "tool_choice" in self._none_flips
            else UNSET
        )

        tool_choice = _v_tool_choice

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature = _v_temperature

        _v_max_response_output_tokens = (
            self.max_response_output_tokens
            if self.max_response_output_tokens is not None
            or "max_response_output_tokens" in self._none_flips
            else UNSET
        )

        if _v_max_response_output_tokens is None or isinstance(
            _v_max_response_output_tokens, Unset
        ):
            max_response_output_tokens = _v_max_response_output_tokens
        else:
            max_response_output_tokens: int | str | Unset
            if isinstance(_v_max_response_output_tokens, Unset):
                max_response_output_tokens = UNSET
            else:
                max_response_output_tokens = _v_max_response_output_tokens

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

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

        _v_include = (
            self.include
            if self.include is not None or "include" in self._none_flips
            else UNSET
        )

        include: list[str] | None | Unset
        if isinstance(_v_include, Unset):
            include = UNSET
        elif isinstance(_v_include, list):
            include = []
            for include_type_0_item_data in _v_include:
                include_type_0_item: str = include_type_0_item_data
                include.append(include_type_0_item)

        else:
            include = _v_include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if id is None and strict_parsing.get():
            raise TypeError("id")

        if id is None or id is UNSET:
            if id is None:
                _none_flips += ("id",)
            id = None

        _object__raw = d.pop("object", UNSET)
        if _object__raw is None or isinstance(_object__raw, Unset):
            if _object__raw is None and strict_parsing.get():
                raise TypeError("object")

            if _object__raw is None:
                _none_flips += ("object_",)
            object_ = None

        else:
            try:
                _object_ = _object__raw
                object_: RealtimeSessionObject | Unset
                if isinstance(_object_, Unset):
                    object_ = UNSET
                else:
                    object_ = check_realtime_session_object(_object_)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                object_ = _object__raw

        modalities = d.pop("modalities", UNSET)

        if modalities is None or modalities is UNSET:
            if modalities is None:
                _none_flips += ("modalities",)
            modalities = None

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
                ) -> RealtimeSessionModelType1 | str | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        model_type_1 = check_realtime_session_model_type_1(data)

                        return model_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(RealtimeSessionModelType1 | str | Unset, data)

                model = _parse_model(_model_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                model = _model_raw

        instructions = d.pop("instructions", UNSET)
        if instructions is None and strict_parsing.get():
            raise TypeError("instructions")

        if instructions is None or instructions is UNSET:
            if instructions is None:
                _none_flips += ("instructions",)
            instructions = None

        _voice_raw = d.pop("voice", UNSET)
        if _voice_raw is None or isinstance(_voice_raw, Unset):
            if _voice_raw is None and strict_parsing.get():
                raise TypeError("voice")

            if _voice_raw is None:
                _none_flips += ("voice",)
            voice = None

        else:
            try:

                def _parse_voice(data: object) -> str | Unset | VoiceIdsSharedType1:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        componentsschemas_voice_ids_shared_type_1 = (
                            check_voice_ids_shared_type_1(data)
                        )

                        return componentsschemas_voice_ids_shared_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(str | Unset | VoiceIdsSharedType1, data)

                voice = _parse_voice(_voice_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                voice = _voice_raw

        _input_audio_format_raw = d.pop("input_audio_format", UNSET)
        if _input_audio_format_raw is None or isinstance(
            _input_audio_format_raw, Unset
        ):
            if _input_audio_format_raw is None and strict_parsing.get():
                raise TypeError("input_audio_format")

            if _input_audio_format_raw is None:
                _none_flips += ("input_audio_format",)
            input_audio_format = None

        else:
            try:
                _input_audio_format = _input_audio_format_raw
                input_audio_format: RealtimeSessionInputAudioFormat | Unset
                if isinstance(_input_audio_format, Unset):
                    input_audio_format = UNSET
                else:
                    input_audio_format = check_realtime_session_input_audio_format(
                        _input_audio_format
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_audio_format = _input_audio_format_raw

        _output_audio_format_raw = d.pop("output_audio_format", UNSET)
        if _output_audio_format_raw is None or isinstance(
            _output_audio_format_raw, Unset
        ):
            if _output_audio_format_raw is None and strict_parsing.get():
                raise TypeError("output_audio_format")

            if _output_audio_format_raw is None:
                _none_flips += ("output_audio_format",)
            output_audio_format = None

        else:
            try:
                _output_audio_format = _output_audio_format_raw
                output_audio_format: RealtimeSessionOutputAudioFormat | Unset
                if isinstance(_output_audio_format, Unset):
                    output_audio_format = UNSET
                else:
                    output_audio_format = check_realtime_session_output_audio_format(
                        _output_audio_format
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                output_audio_format = _output_audio_format_raw

        _input_audio_transcription_raw = d.pop("input_audio_transcription", UNSET)
        if _input_audio_transcription_raw is None or isinstance(
            _input_audio_transcription_raw, Unset
        ):
            if _input_audio_transcription_raw is None:
                _none_flips += ("input_audio_transcription",)
            input_audio_transcription = None

        else:
            try:

                def _parse_input_audio_transcription(
                    data: object,
                ) -> AudioTranscriptionResponse | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        input_audio_transcription_type_0 = (
                            AudioTranscriptionResponse.from_dict(data)
                        )

                        return input_audio_transcription_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(AudioTranscriptionResponse | None | Unset, data)

                input_audio_transcription = _parse_input_audio_transcription(
                    _input_audio_transcription_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_audio_transcription = _input_audio_transcription_raw

        _turn_detection_raw = d.pop("turn_detection", UNSET)
        if _turn_detection_raw is None or isinstance(_turn_detection_raw, Unset):
            if _turn_detection_raw is None:
                _none_flips += ("turn_detection",)
            turn_detection = None

        else:
            try:

                def _parse_turn_detection(
                    data: object,
                ) -> (
                    None
                    | RealtimeTurnDetectionType0Type0
                    | RealtimeTurnDetectionType0Type1
                    | Unset
                ):
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "server_vad":
                            try:
                                componentsschemas_realtime_turn_detection_type_0_type_0 = RealtimeTurnDetectionType0Type0.from_dict(
                                    data
                                )

                                return componentsschemas_realtime_turn_detection_type_0_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "semantic_vad":
                            try:
                                componentsschemas_realtime_turn_detection_type_0_type_1 = RealtimeTurnDetectionType0Type1.from_dict(
                                    data
                                )

                                return componentsschemas_realtime_turn_detection_type_0_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_turn_detection(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "create_response",
                                    "idle_timeout_ms",
                                    "interrupt_response",
                                    "prefix_padding_ms",
                                    "silence_duration_ms",
                                    "threshold",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "create_response",
                                    "eagerness",
                                    "interrupt_response",
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
                        if data.get("type", "server_vad") not in ("server_vad",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        componentsschemas_realtime_turn_detection_type_0_type_0 = (
                            RealtimeTurnDetectionType0Type0.from_dict(data)
                        )

                        return componentsschemas_realtime_turn_detection_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "semantic_vad") not in ("semantic_vad",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        componentsschemas_realtime_turn_detection_type_0_type_1 = (
                            RealtimeTurnDetectionType0Type1.from_dict(data)
                        )

                        return componentsschemas_realtime_turn_detection_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        None
                        | RealtimeTurnDetectionType0Type0
                        | RealtimeTurnDetectionType0Type1
                        | Unset,
                        data,
                    )

                turn_detection = _parse_turn_detection(_turn_detection_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                turn_detection = _turn_detection_raw

        _input_audio_noise_reduction_raw = d.pop("input_audio_noise_reduction", UNSET)
        if _input_audio_noise_reduction_raw is None or isinstance(
            _input_audio_noise_reduction_raw, Unset
        ):
            if _input_audio_noise_reduction_raw is None and strict_parsing.get():
                raise TypeError("input_audio_noise_reduction")

            if _input_audio_noise_reduction_raw is None:
                _none_flips += ("input_audio_noise_reduction",)
            input_audio_noise_reduction = None

        else:
            try:
                _input_audio_noise_reduction = _input_audio_noise_reduction_raw
                input_audio_noise_reduction: (
                    RealtimeSessionInputAudioNoiseReduction | Unset
                )
                if isinstance(_input_audio_noise_reduction, Unset):
                    input_audio_noise_reduction = UNSET
                else:
                    input_audio_noise_reduction = (
                        RealtimeSessionInputAudioNoiseReduction.from_dict(
                            _input_audio_noise_reduction
                        )
                    )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                input_audio_noise_reduction = _input_audio_noise_reduction_raw

        speed = d.pop("speed", UNSET)
        if speed is None and strict_parsing.get():
            raise TypeError("speed")

        if speed is None or speed is UNSET:
            if speed is None:
                _none_flips += ("speed",)
            speed = None

        _tracing_raw = d.pop("tracing", UNSET)
        if _tracing_raw is None or isinstance(_tracing_raw, Unset):
            if _tracing_raw is None:
                _none_flips += ("tracing",)
            tracing = None

        else:
            try:

                def _parse_tracing(
                    data: object,
                ) -> (
                    None
                    | RealtimeSessionTracingType0Type0
                    | RealtimeSessionTracingType0Type1
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
                        tracing_type_0_type_0 = (
                            check_realtime_session_tracing_type_0_type_0(data)
                        )

                        return tracing_type_0_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        tracing_type_0_type_1 = (
                            RealtimeSessionTracingType0Type1.from_dict(data)
                        )

                        return tracing_type_0_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        None
                        | RealtimeSessionTracingType0Type0
                        | RealtimeSessionTracingType0Type1
                        | Unset,
                        data,
                    )

                tracing = _parse_tracing(_tracing_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tracing = _tracing_raw

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
                tools: list[RealtimeFunctionTool] | Unset = UNSET
                if _tools is not UNSET:
                    tools = []
                    if not isinstance(_tools, list):
                        raise TypeError()
                    for tools_item_data in _tools:
                        tools_item = RealtimeFunctionTool.from_dict(tools_item_data)

                        tools.append(tools_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                tools = _tools_raw

        tool_choice = d.pop("tool_choice", UNSET)
        if tool_choice is None and strict_parsing.get():
            raise TypeError("tool_choice")

        if tool_choice is None or tool_choice is UNSET:
            if tool_choice is None:
                _none_flips += ("tool_choice",)
            tool_choice = None

        temperature = d.pop("temperature", UNSET)
        if temperature is None and strict_parsing.get():
            raise TypeError("temperature")

        if temperature is None or temperature is UNSET:
            if temperature is None:
                _none_flips += ("temperature",)
            temperature = None

        _max_response_output_tokens_raw = d.pop("max_response_output_tokens", UNSET)
        if _max_response_output_tokens_raw is None or isinstance(
            _max_response_output_tokens_raw, Unset
        ):
            if _max_response_output_tokens_raw is None and strict_parsing.get():
                raise TypeError("max_response_output_tokens")

            if _max_response_output_tokens_raw is None:
                _none_flips += ("max_response_output_tokens",)
            max_response_output_tokens = None

        else:
            try:

                def _parse_max_response_output_tokens(
                    data: object,
                ) -> int | RealtimeSessionMaxResponseOutputTokensType1 | Unset:
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        max_response_output_tokens_type_1 = (
                            check_realtime_session_max_response_output_tokens_type_1(
                                data
                            )
                        )

                        return max_response_output_tokens_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        int | RealtimeSessionMaxResponseOutputTokensType1 | Unset, data
                    )

                max_response_output_tokens = _parse_max_response_output_tokens(
                    _max_response_output_tokens_raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                max_response_output_tokens = _max_response_output_tokens_raw

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None and strict_parsing.get():
            raise TypeError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is None:
                _none_flips += ("expires_at",)
            expires_at = None

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

        _include_raw = d.pop("include", UNSET)
        if _include_raw is None or isinstance(_include_raw, Unset):
            if _include_raw is None:
                _none_flips += ("include",)
            include = None

        else:
            try:

                def _parse_include(
                    data: object,
                ) -> list[RealtimeSessionIncludeType0Item] | None | Unset:
                    if data is None:
                        return data
                    if isinstance(data, Unset):
                        return data

                    try:
                        if not isinstance(data, list):
                            raise TypeError()
                        include_type_0 = []
                        _include_type_0 = data
                        if not isinstance(_include_type_0, list):
                            raise TypeError()
                        for include_type_0_item_data in _include_type_0:
                            include_type_0_item = (
                                check_realtime_session_include_type_0_item(
                                    include_type_0_item_data
                                )
                            )

                            include_type_0.append(include_type_0_item)

                        return include_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        list[RealtimeSessionIncludeType0Item] | None | Unset, data
                    )

                include = _parse_include(_include_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                include = _include_raw

        realtime_session = cls(
            id=id,
            object_=object_,
            modalities=modalities,
            model=model,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            speed=speed,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            expires_at=expires_at,
            prompt=prompt,
            include=include,
        )
        if _none_flips:
            realtime_session._none_flips = _none_flips

        realtime_session.additional_properties = d
        return realtime_session

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
