from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
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

if TYPE_CHECKING:
    from .._model import Table
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


@_attrs_define(repr=False)
class RealtimeSessionCreateRequest(_OpenModel):
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
    _keys = (
        "client_secret",
        "input_audio_format",
        "input_audio_transcription",
        "instructions",
        "max_response_output_tokens",
        "modalities",
        "output_audio_format",
        "prompt",
        "speed",
        "temperature",
        "tool_choice",
        "tools",
        "tracing",
        "truncation",
        "turn_detection",
        "voice",
    )

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_session_create_request_client_secret import (
            RealtimeSessionCreateRequestClientSecret,
        )
        from ..models.realtime_session_create_request_input_audio_transcription import (
            RealtimeSessionCreateRequestInputAudioTranscription,
        )
        from ..models.realtime_session_create_request_tools_item import (
            RealtimeSessionCreateRequestToolsItem,
        )
        from ..models.realtime_session_create_request_turn_detection import (
            RealtimeSessionCreateRequestTurnDetection,
        )

        return fields(
            (
                "client_secret",
                "client_secret",
                REQUIRED,
                RealtimeSessionCreateRequestClientSecret,
            ),
            ("modalities", "modalities", OPTIONAL_OR_NULL, None),
            ("instructions", "instructions", OPTIONAL, None),
            (
                "voice",
                "voice",
                OPTIONAL,
                one_of(
                    str,
                    check_voice_ids_shared_type_1,
                    member(
                        "voice_ids_or_custom_voice_type_1", "VoiceIdsOrCustomVoiceType1"
                    ),
                ),
            ),
            ("input_audio_format", "input_audio_format", OPTIONAL, None),
            ("output_audio_format", "output_audio_format", OPTIONAL, None),
            (
                "input_audio_transcription",
                "input_audio_transcription",
                OPTIONAL,
                RealtimeSessionCreateRequestInputAudioTranscription,
            ),
            ("speed", "speed", OPTIONAL, None),
            (
                "tracing",
                "tracing",
                OPTIONAL,
                one_of(
                    check_realtime_session_create_request_tracing_type_0,
                    member(
                        "realtime_session_create_request_tracing_type_1",
                        "RealtimeSessionCreateRequestTracingType1",
                    ),
                ),
            ),
            (
                "turn_detection",
                "turn_detection",
                OPTIONAL,
                RealtimeSessionCreateRequestTurnDetection,
            ),
            (
                "tools",
                "tools",
                OPTIONAL,
                list_of(RealtimeSessionCreateRequestToolsItem),
            ),
            ("tool_choice", "tool_choice", OPTIONAL, None),
            ("temperature", "temperature", OPTIONAL, None),
            (
                "max_response_output_tokens",
                "max_response_output_tokens",
                OPTIONAL,
                one_of(
                    int,
                    check_realtime_session_create_request_max_response_output_tokens_type_1,
                ),
            ),
            (
                "truncation",
                "truncation",
                OPTIONAL,
                one_of(
                    check_realtime_truncation_type_0,
                    member(
                        "realtime_truncation_type_1",
                        "RealtimeTruncationType1",
                        ("type", "retention_ratio"),
                    ),
                ),
            ),
            (
                "prompt",
                "prompt",
                OPTIONAL_OR_NULL,
                one_of(member("prompt_type_0", "PromptType0"), None),
            ),
            strict=True,
        )
