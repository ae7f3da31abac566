from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import Model as _Model
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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.voice_ids_or_custom_voice_type_1 import VoiceIdsOrCustomVoiceType1


@_attrs_define(repr=False)
class CreateSpeechRequest(_Model):
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
    _keys = (
        "input",
        "instructions",
        "model",
        "response_format",
        "speed",
        "stream_format",
        "voice",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "model",
                "model",
                REQUIRED,
                one_of(str, check_create_speech_request_model_type_1),
            ),
            ("input_", "input", REQUIRED, None),
            (
                "voice",
                "voice",
                REQUIRED,
                one_of(
                    str,
                    check_voice_ids_shared_type_1,
                    member(
                        "voice_ids_or_custom_voice_type_1", "VoiceIdsOrCustomVoiceType1"
                    ),
                ),
            ),
            ("instructions", "instructions", OPTIONAL, None),
            (
                "response_format",
                "response_format",
                OPTIONAL,
                check_create_speech_request_response_format,
            ),
            ("speed", "speed", OPTIONAL, None),
            (
                "stream_format",
                "stream_format",
                OPTIONAL,
                check_create_speech_request_stream_format,
            ),
            extra=DROP,
            strict=True,
        )
