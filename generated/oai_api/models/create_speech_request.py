from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_speech_request_model_type_1 import (
    CreateSpeechRequestModelType1,
    check_create_speech_request_model_type_1,
)
from ..models.create_speech_request_response_format import (
    CreateSpeechRequestResponseFormat,
    check_create_speech_request_response_format,
)
from ..models.create_speech_request_stream_format import (
    CreateSpeechRequestStreamFormat,
    check_create_speech_request_stream_format,
)
from ..models.voice_ids_shared_type_1 import (
    VoiceIdsSharedType1,
    check_voice_ids_shared_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


T = TypeVar("T", bound="CreateSpeechRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, VoiceIdsOrCustomVoiceType1
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1

    _models_bound = True


@_attrs_define
class CreateSpeechRequest:
    """Body of a text-to-speech request."""

    model: CreateSpeechRequestModelType1 | str
    """ Text-to-speech model. """
    input_: str
    """ Text to speak (at most 4096 characters). """
    voice: str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1
    """ Which voice speaks, by built-in name or by the id of a voice you created. """
    instructions: str | None = None
    """ How to speak: tone, accent, pace (not for tts-1 and tts-1-hd). """
    response_format: CreateSpeechRequestResponseFormat | None = None
    """ Audio encoding of the result. """
    speed: float | None = None
    """ Speaking speed, 0.25 to 4.0. """
    stream_format: CreateSpeechRequestStreamFormat | None = None
    """ `audio` for raw audio bytes or `sse` for audio events (sse not for tts-1 and tts-1-hd). """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_input_ = (
            self.input_
            if self.input_ is not None or "input_" not in self._none_flips
            else UNSET
        )

        input_ = _v_input_

        _v_voice = (
            self.voice
            if self.voice is not None or "voice" not in self._none_flips
            else UNSET
        )

        if _v_voice is None or isinstance(_v_voice, Unset):
            voice = _v_voice
        else:
            voice: dict[str, Any] | str
            if isinstance(_v_voice, VoiceIdsOrCustomVoiceType1):
                voice = _v_voice.to_dict()
            else:
                voice = _v_voice

        _v_instructions = (
            self.instructions
            if self.instructions is not None or "instructions" in self._none_flips
            else UNSET
        )

        instructions = _v_instructions

        _v_response_format = (
            self.response_format
            if self.response_format is not None or "response_format" in self._none_flips
            else UNSET
        )

        if _v_response_format is None or isinstance(_v_response_format, Unset):
            response_format = _v_response_format
        else:
            response_format: str | Unset = UNSET
            if not isinstance(_v_response_format, Unset):
                response_format = _v_response_format

        _v_speed = (
            self.speed
            if self.speed is not None or "speed" in self._none_flips
            else UNSET
        )

        speed = _v_speed

        _v_stream_format = (
            self.stream_format
            if self.stream_format is not None or "stream_format" in self._none_flips
            else UNSET
        )

        if _v_stream_format is None or isinstance(_v_stream_format, Unset):
            stream_format = _v_stream_format
        else:
            stream_format: str | Unset = UNSET
            if not isinstance(_v_stream_format, Unset):
                stream_format = _v_stream_format

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                k: v
                for k, v in {
                    "model": model,
                    "input": input_,
                    "voice": voice,
                }.items()
                if v is not UNSET
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if speed is not UNSET:
            field_dict["speed"] = speed
        if stream_format is not UNSET:
            field_dict["stream_format"] = stream_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            raise KeyError("CreateSpeechRequest: required field model is missing")

        else:

            def _parse_model(data: object) -> CreateSpeechRequestModelType1 | str:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_speech_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateSpeechRequestModelType1 | str, data)

            model = _parse_model(_model_raw)

        input_ = d.pop("input", UNSET)
        if input_ is None or isinstance(input_, Unset):
            raise KeyError("CreateSpeechRequest: required field input is missing")

        if input_ is None or input_ is UNSET:
            if input_ is UNSET:
                _none_flips += ("input_",)
            input_ = None

        _voice_raw = d.pop("voice", UNSET)
        if _voice_raw is None or isinstance(_voice_raw, Unset):
            raise KeyError("CreateSpeechRequest: required field voice is missing")

        else:

            def _parse_voice(
                data: object,
            ) -> str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1:

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
                    str | VoiceIdsOrCustomVoiceType1 | VoiceIdsSharedType1, data
                )

            voice = _parse_voice(_voice_raw)

        instructions = d.pop("instructions", UNSET)
        if instructions is None and strict_parsing.get():
            raise TypeError("instructions")

        if instructions is None or instructions is UNSET:
            if instructions is None:
                _none_flips += ("instructions",)
            instructions = None

        _response_format_raw = d.pop("response_format", UNSET)
        if _response_format_raw is None or isinstance(_response_format_raw, Unset):
            if _response_format_raw is None and strict_parsing.get():
                raise TypeError("response_format")

            if _response_format_raw is None:
                _none_flips += ("response_format",)
            response_format = None

        else:
            _response_format = _response_format_raw
            response_format: CreateSpeechRequestResponseFormat | Unset
            if isinstance(_response_format, Unset):
                response_format = UNSET
            else:
                response_format = check_create_speech_request_response_format(
                    _response_format
                )

        speed = d.pop("speed", UNSET)
        if speed is None and strict_parsing.get():
            raise TypeError("speed")

        if speed is None or speed is UNSET:
            if speed is None:
                _none_flips += ("speed",)
            speed = None

        _stream_format_raw = d.pop("stream_format", UNSET)
        if _stream_format_raw is None or isinstance(_stream_format_raw, Unset):
            if _stream_format_raw is None and strict_parsing.get():
                raise TypeError("stream_format")

            if _stream_format_raw is None:
                _none_flips += ("stream_format",)
            stream_format = None

        else:
            _stream_format = _stream_format_raw
            stream_format: CreateSpeechRequestStreamFormat | Unset
            if isinstance(_stream_format, Unset):
                stream_format = UNSET
            else:
                stream_format = check_create_speech_request_stream_format(
                    _stream_format
                )

        create_speech_request = cls(
            model=model,
            input_=input_,
            voice=voice,
            instructions=instructions,
            response_format=response_format,
            speed=speed,
            stream_format=stream_format,
        )
        if _none_flips:
            create_speech_request._none_flips = _none_flips

        return create_speech_request
