from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
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

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class RealtimeSession(_OpenModel):
    """Configuration of a session on the beta Realtime interface: model, voice, audio formats, turn detection, tools and
    more."""

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
    _keys = (
        "expires_at",
        "id",
        "include",
        "input_audio_format",
        "input_audio_noise_reduction",
        "input_audio_transcription",
        "instructions",
        "max_response_output_tokens",
        "modalities",
        "model",
        "object",
        "output_audio_format",
        "prompt",
        "speed",
        "temperature",
        "tool_choice",
        "tools",
        "tracing",
        "turn_detection",
        "voice",
    )
    _tags = {"object": ("realtime.session",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_function_tool import RealtimeFunctionTool
        from ..models.realtime_session_input_audio_noise_reduction import (
            RealtimeSessionInputAudioNoiseReduction,
        )

        return fields(
            ("id", "id", OPTIONAL, None),
            ("object_", "object", OPTIONAL, check_realtime_session_object),
            ("modalities", "modalities", OPTIONAL_OR_NULL, None),
            (
                "model",
                "model",
                OPTIONAL,
                one_of(str, check_realtime_session_model_type_1),
            ),
            ("instructions", "instructions", OPTIONAL, None),
            ("voice", "voice", OPTIONAL, one_of(str, check_voice_ids_shared_type_1)),
            (
                "input_audio_format",
                "input_audio_format",
                OPTIONAL,
                check_realtime_session_input_audio_format,
            ),
            (
                "output_audio_format",
                "output_audio_format",
                OPTIONAL,
                check_realtime_session_output_audio_format,
            ),
            (
                "input_audio_transcription",
                "input_audio_transcription",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "audio_transcription_response", "AudioTranscriptionResponse"
                    ),
                    None,
                ),
            ),
            (
                "turn_detection",
                "turn_detection",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "realtime_turn_detection_type_0_type_0",
                        "RealtimeTurnDetectionType0Type0",
                        ("type", "server_vad"),
                    ),
                    member(
                        "realtime_turn_detection_type_0_type_1",
                        "RealtimeTurnDetectionType0Type1",
                        ("type", "semantic_vad"),
                    ),
                    None,
                ),
            ),
            (
                "input_audio_noise_reduction",
                "input_audio_noise_reduction",
                OPTIONAL,
                RealtimeSessionInputAudioNoiseReduction,
            ),
            ("speed", "speed", OPTIONAL, None),
            (
                "tracing",
                "tracing",
                OPTIONAL_OR_NULL,
                one_of(
                    check_realtime_session_tracing_type_0_type_0,
                    member(
                        "realtime_session_tracing_type_0_type_1",
                        "RealtimeSessionTracingType0Type1",
                    ),
                    None,
                ),
            ),
            ("tools", "tools", OPTIONAL, list_of(RealtimeFunctionTool)),
            ("tool_choice", "tool_choice", OPTIONAL, None),
            ("temperature", "temperature", OPTIONAL, None),
            (
                "max_response_output_tokens",
                "max_response_output_tokens",
                OPTIONAL,
                one_of(int, check_realtime_session_max_response_output_tokens_type_1),
            ),
            ("expires_at", "expires_at", OPTIONAL, None),
            (
                "prompt",
                "prompt",
                OPTIONAL_OR_NULL,
                one_of(member("prompt_type_0", "PromptType0"), None),
            ),
            (
                "include",
                "include",
                OPTIONAL_OR_NULL,
                one_of(list_of(check_realtime_session_include_type_0_item), None),
            ),
        )
