from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_request_max_response_output_tokens_type_1 import (
    RealtimeSessionCreateRequestMaxResponseOutputTokensType1,
    check_realtime_session_create_request_max_response_output_tokens_type_1,
)
from ..models.realtime_session_create_request_tracing_type_0 import (
    RealtimeSessionCreateRequestTracingType0,
    check_realtime_session_create_request_tracing_type_0,
)
from ..models.realtime_truncation_type_0 import (
    RealtimeTruncationType0,
    check_realtime_truncation_type_0,
)
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret,
    )
    from ..models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from ..models.realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem,
    )
    from ..models.realtime_session_create_request_tracing_type_1 import (
        RealtimeSessionCreateRequestTracingType1,
    )
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from ..models.realtime_truncation_type_1 import RealtimeTruncationType1
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


T = TypeVar("T", bound="RealtimeSessionCreateRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        PromptType0, \
        RealtimeSessionCreateRequestClientSecret, \
        RealtimeSessionCreateRequestInputAudioTranscription, \
        RealtimeSessionCreateRequestToolsItem, \
        RealtimeSessionCreateRequestTracingType1, \
        RealtimeSessionCreateRequestTurnDetection, \
        RealtimeTruncationType1, \
        VoiceIdsOrCustomVoiceType1
    from ..models.prompt_type_0 import PromptType0
    from ..models.realtime_session_create_request_client_secret import (
        RealtimeSessionCreateRequestClientSecret,
    )
    from ..models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from ..models.realtime_session_create_request_tools_item import (
        RealtimeSessionCreateRequestToolsItem,
    )
    from ..models.realtime_session_create_request_tracing_type_1 import (
        RealtimeSessionCreateRequestTracingType1,
    )
    from ..models.realtime_session_create_request_turn_detection import (
        RealtimeSessionCreateRequestTurnDetection,
    )
    from ..models.realtime_truncation_type_1 import RealtimeTruncationType1
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1

    _models_bound = True


@_attrs_define
class RealtimeSessionCreateRequest:
    """Realtime session settings returned with an ephemeral key (one-minute lifetime by default)."""

    client_secret: RealtimeSessionCreateRequestClientSecret
    """ The ephemeral key issued for this session. """
    modalities: Any | None = None
    """ Output modalities the model may use; set to `["text"]` to turn audio off. """
    instructions: str | None = None
    """ System instructions for the model's answers and voice (tone, pace, format); when unset, server defaults
    shown in `session.created` apply. """
    voice: str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1 | None = None
    """ Which voice speaks, by built-in name or by the id of a voice you created. """
    input_audio_format: str | None = None
    """ `pcm16`, `g711_ulaw` or `g711_alaw`: how audio sent to the model is encoded. """
    output_audio_format: str | None = None
    """ `pcm16`, `g711_ulaw` or `g711_alaw`: how the model's audio is encoded. """
    input_audio_transcription: (
        RealtimeSessionCreateRequestInputAudioTranscription | None
    ) = None
    """ Turns on asynchronous transcription of user audio (off by default, `null` disables it); the text is
    approximate, not what the model heard. """
    speed: float | None = None
    """ Speaking rate of the voice, 0.25 to 1.5; default 1. Changes apply only between turns. """
    tracing: (
        RealtimeSessionCreateRequestTracingType0
        | RealtimeSessionCreateRequestTracingType1
        | None
    ) = None
    """ Tracing config: `auto` for default workflow name, group and metadata, an object to set them, or null for
    none; fixed once on. """
    turn_detection: RealtimeSessionCreateRequestTurnDetection | None = None
    """ Voice activity detection settings; with server VAD the model answers when the user stops talking. `null`
    disables it. """
    tools: list[RealtimeSessionCreateRequestToolsItem] | None = None
    """ Functions the model may call. """
    tool_choice: str | None = None
    """ Tool selection mode: `auto`, `none`, `required`, or the name of one function to force. """
    temperature: float | None = None
    """ Sampling randomness, between 0.6 and 1.2; default 0.8. """
    max_response_output_tokens: (
        int | RealtimeSessionCreateRequestMaxResponseOutputTokensType1 | None
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
        _v_client_secret = (
            self.client_secret
            if self.client_secret is not None or "client_secret" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_client_secret, RealtimeSessionCreateRequestClientSecret):
            client_secret = _v_client_secret
        else:
            client_secret = _v_client_secret.to_dict()

        _v_modalities = (
            self.modalities
            if self.modalities is not None or "modalities" in self._none_flips
            else UNSET
        )

        modalities = _v_modalities

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
            voice: dict[str, Any] | str | Unset
            if isinstance(_v_voice, Unset):
                voice = UNSET
            elif isinstance(_v_voice, VoiceIdsOrCustomVoiceType1):
                voice = _v_voice.to_dict()
            else:
                voice = _v_voice

        _v_input_audio_format = (
            self.input_audio_format
            if self.input_audio_format is not None
            or "input_audio_format" in self._none_flips
            else UNSET
        )

        input_audio_format = _v_input_audio_format

        _v_output_audio_format = (
            self.output_audio_format
            if self.output_audio_format is not None
            or "output_audio_format" in self._none_flips
            else UNSET
        )

        output_audio_format = _v_output_audio_format

        _v_input_audio_transcription = (
            self.input_audio_transcription
            if self.input_audio_transcription is not None
            or "input_audio_transcription" in self._none_flips
            else UNSET
        )

        if not isinstance(
            _v_input_audio_transcription,
            RealtimeSessionCreateRequestInputAudioTranscription,
        ):
            input_audio_transcription = _v_input_audio_transcription
        else:
            input_audio_transcription: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_input_audio_transcription, Unset):
                input_audio_transcription = _v_input_audio_transcription.to_dict()

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

        if _v_tracing is None or isinstance(_v_tracing, Unset):
            tracing = _v_tracing
        else:
            tracing: dict[str, Any] | str | Unset
            if isinstance(_v_tracing, Unset):
                tracing = UNSET
            elif isinstance(_v_tracing, RealtimeSessionCreateRequestTracingType1):
                tracing = _v_tracing.to_dict()
            else:
                tracing = _v_tracing

        _v_turn_detection = (
            self.turn_detection
            if self.turn_detection is not None or "turn_detection" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_turn_detection, RealtimeSessionCreateRequestTurnDetection):
            turn_detection = _v_turn_detection
        else:
            turn_detection: dict[str, Any] | Unset = UNSET
            if not isinstance(_v_turn_detection, Unset):
                turn_detection = _v_turn_detection.to_dict()

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
                    if not isinstance(
                        tools_item_data, RealtimeSessionCreateRequestToolsItem
                    ):
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
                    "client_secret": client_secret,
                }.items()
                if v is not UNSET
            }
        )
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
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
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
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
        _client_secret_raw = d.pop("client_secret", UNSET)
        if _client_secret_raw is None or isinstance(_client_secret_raw, Unset):
            raise KeyError(
                "RealtimeSessionCreateRequest: required field client_secret is missing"
            )

        else:
            client_secret = RealtimeSessionCreateRequestClientSecret.from_dict(
                _client_secret_raw
            )

        modalities = d.pop("modalities", UNSET)

        if modalities is None or modalities is UNSET:
            if modalities is None:
                _none_flips += ("modalities",)
            modalities = None

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

            def _parse_voice(
                data: object,
            ) -> str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1:
                if isinstance(data, Unset):
                    return data

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_voice(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    componentsschemas_voice_ids_shared_type_1 = (
                        check_voice_ids_shared_type_1(data)
                    )

                    return componentsschemas_voice_ids_shared_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_voice_ids_or_custom_voice_type_1 = (
                        VoiceIdsOrCustomVoiceType1.from_dict(data)
                    )

                    return componentsschemas_voice_ids_or_custom_voice_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    str | Unset | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1, data
                )

            voice = _parse_voice(_voice_raw)

        input_audio_format = d.pop("input_audio_format", UNSET)
        if input_audio_format is None and strict_parsing.get():
            raise TypeError("input_audio_format")

        if input_audio_format is None or input_audio_format is UNSET:
            if input_audio_format is None:
                _none_flips += ("input_audio_format",)
            input_audio_format = None

        output_audio_format = d.pop("output_audio_format", UNSET)
        if output_audio_format is None and strict_parsing.get():
            raise TypeError("output_audio_format")

        if output_audio_format is None or output_audio_format is UNSET:
            if output_audio_format is None:
                _none_flips += ("output_audio_format",)
            output_audio_format = None

        _input_audio_transcription_raw = d.pop("input_audio_transcription", UNSET)
        if _input_audio_transcription_raw is None or isinstance(
            _input_audio_transcription_raw, Unset
        ):
            if _input_audio_transcription_raw is None and strict_parsing.get():
                raise TypeError("input_audio_transcription")

            if _input_audio_transcription_raw is None:
                _none_flips += ("input_audio_transcription",)
            input_audio_transcription = None

        else:
            _input_audio_transcription = _input_audio_transcription_raw
            input_audio_transcription: (
                RealtimeSessionCreateRequestInputAudioTranscription | Unset
            )
            if isinstance(_input_audio_transcription, Unset):
                input_audio_transcription = UNSET
            else:
                input_audio_transcription = (
                    RealtimeSessionCreateRequestInputAudioTranscription.from_dict(
                        _input_audio_transcription
                    )
                )

        speed = d.pop("speed", UNSET)
        if speed is None and strict_parsing.get():
            raise TypeError("speed")

        if speed is None or speed is UNSET:
            if speed is None:
                _none_flips += ("speed",)
            speed = None

        _tracing_raw = d.pop("tracing", UNSET)
        if _tracing_raw is None or isinstance(_tracing_raw, Unset):
            if _tracing_raw is None and strict_parsing.get():
                raise TypeError("tracing")

            if _tracing_raw is None:
                _none_flips += ("tracing",)
            tracing = None

        else:

            def _parse_tracing(
                data: object,
            ) -> (
                RealtimeSessionCreateRequestTracingType0
                | RealtimeSessionCreateRequestTracingType1
                | Unset
            ):
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
                        check_realtime_session_create_request_tracing_type_0(data)
                    )

                    return tracing_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    tracing_type_1 = RealtimeSessionCreateRequestTracingType1.from_dict(
                        data
                    )

                    return tracing_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    RealtimeSessionCreateRequestTracingType0
                    | RealtimeSessionCreateRequestTracingType1
                    | Unset,
                    data,
                )

            tracing = _parse_tracing(_tracing_raw)

        _turn_detection_raw = d.pop("turn_detection", UNSET)
        if _turn_detection_raw is None or isinstance(_turn_detection_raw, Unset):
            if _turn_detection_raw is None and strict_parsing.get():
                raise TypeError("turn_detection")

            if _turn_detection_raw is None:
                _none_flips += ("turn_detection",)
            turn_detection = None

        else:
            _turn_detection = _turn_detection_raw
            turn_detection: RealtimeSessionCreateRequestTurnDetection | Unset
            if isinstance(_turn_detection, Unset):
                turn_detection = UNSET
            else:
                turn_detection = RealtimeSessionCreateRequestTurnDetection.from_dict(
                    _turn_detection
                )

        _tools_raw = d.pop("tools", UNSET)
        if _tools_raw is None or isinstance(_tools_raw, Unset):
            if _tools_raw is None and strict_parsing.get():
                raise TypeError("tools")

            if _tools_raw is None:
                _none_flips += ("tools",)
            tools = None

        else:
            _tools = _tools_raw
            tools: list[RealtimeSessionCreateRequestToolsItem] | Unset = UNSET
            if _tools is not UNSET:
                tools = []
                if not isinstance(_tools, list):
                    raise TypeError()
                for tools_item_data in _tools:
                    tools_item = RealtimeSessionCreateRequestToolsItem.from_dict(
                        tools_item_data
                    )

                    tools.append(tools_item)

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

            def _parse_max_response_output_tokens(
                data: object,
            ) -> int | RealtimeSessionCreateRequestMaxResponseOutputTokensType1 | Unset:
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    max_response_output_tokens_type_1 = check_realtime_session_create_request_max_response_output_tokens_type_1(
                        data
                    )

                    return max_response_output_tokens_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(
                    int
                    | RealtimeSessionCreateRequestMaxResponseOutputTokensType1
                    | Unset,
                    data,
                )

            max_response_output_tokens = _parse_max_response_output_tokens(
                _max_response_output_tokens_raw
            )

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

        realtime_session_create_request = cls(
            client_secret=client_secret,
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            speed=speed,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            truncation=truncation,
            prompt=prompt,
        )
        if _none_flips:
            realtime_session_create_request._none_flips = _none_flips

        realtime_session_create_request.additional_properties = d
        return realtime_session_create_request

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
