from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    FILE,
    OPTIONAL,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    member,
    one_of,
)
from .._model import Model as _Model
from ..models.audio_response_format import (
    AudioResponseFormat,
    check_audio_response_format,
)
from ..models.create_transcription_request_chunking_strategy_type_0_type_0 import (
    CreateTranscriptionRequestChunkingStrategyType0Type0,
    check_create_transcription_request_chunking_strategy_type_0_type_0,
)
from ..models.create_transcription_request_model_type_1 import (
    CreateTranscriptionRequestModelType1,
    check_create_transcription_request_model_type_1,
)
from ..models.create_transcription_request_timestamp_granularities_item import (
    CreateTranscriptionRequestTimestampGranularitiesItem,
    check_create_transcription_request_timestamp_granularities_item,
)
from ..models.transcription_include import (
    TranscriptionInclude,
    check_transcription_include,
)
from ..types import File

if TYPE_CHECKING:
    from .._model import Table
    from ..models.vad_config import VadConfig


@_attrs_define(repr=False)
class CreateTranscriptionRequest(_Model):
    """Multipart form of a transcription request."""

    file: File
    """ Audio to transcribe (flac, mp3, mp4, mpeg, mpga, m4a, ogg, wav or webm). """
    model: CreateTranscriptionRequestModelType1 | str
    """ Transcription model. """
    language: str | None = None
    """ Spoken language as an ISO-639-1 code, if known; helps accuracy and speed. """
    languages: list[str] | None = None
    """ Languages that may be spoken, as ISO-639-1 codes. """
    keywords: list[str] | None = None
    """ Words and names likely to occur, to help recognition. """
    prompt: str | None = None
    """ Text to guide style or continue an earlier segment; in the audio's language. """
    response_format: AudioResponseFormat | None = None
    """ Output format of a transcription: plain JSON, text, subtitles (srt, vtt), or the verbose/diarized JSON
    forms. """
    temperature: float | None = None
    """ Sampling temperature, 0 to 1. """
    include: list[TranscriptionInclude] | None = None
    """ Extra data to return, such as token log probabilities. """
    timestamp_granularities: (
        list[CreateTranscriptionRequestTimestampGranularitiesItem] | None
    ) = None
    """ Timestamp levels to return with `verbose_json`: words and/or segments. """
    stream: bool | None = None
    """ Stream the transcript as server-sent events (not whisper-1). """
    chunking_strategy: (
        CreateTranscriptionRequestChunkingStrategyType0Type0 | None | VadConfig
    ) = None
    """ How to cut the audio into chunks: `auto` or voice activity detection settings. """
    known_speaker_names: list[str] | None = None
    """ Names of known speakers, matched by position to `known_speaker_references`. """
    known_speaker_references: list[str] | None = None
    """ Short audio samples (data URLs) of the known speakers. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "chunking_strategy",
        "file",
        "include",
        "keywords",
        "known_speaker_names",
        "known_speaker_references",
        "language",
        "languages",
        "model",
        "prompt",
        "response_format",
        "stream",
        "temperature",
        "timestamp_granularities",
    )

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("file", "file", REQUIRED, FILE),
            (
                "model",
                "model",
                REQUIRED,
                one_of(str, check_create_transcription_request_model_type_1),
            ),
            ("language", "language", OPTIONAL, None),
            ("languages", "languages", OPTIONAL, list_of(None)),
            ("keywords", "keywords", OPTIONAL, list_of(None)),
            ("prompt", "prompt", OPTIONAL, None),
            (
                "response_format",
                "response_format",
                OPTIONAL,
                check_audio_response_format,
            ),
            ("temperature", "temperature", OPTIONAL, None),
            ("include", "include", OPTIONAL, list_of(check_transcription_include)),
            (
                "timestamp_granularities",
                "timestamp_granularities",
                OPTIONAL,
                list_of(
                    check_create_transcription_request_timestamp_granularities_item
                ),
            ),
            ("stream", "stream", OPTIONAL_OR_NULL, one_of(bool, None)),
            (
                "chunking_strategy",
                "chunking_strategy",
                OPTIONAL_OR_NULL,
                one_of(
                    check_create_transcription_request_chunking_strategy_type_0_type_0,
                    member("vad_config", "VadConfig", ("type", "server_vad")),
                    None,
                ),
            ),
            ("known_speaker_names", "known_speaker_names", OPTIONAL, list_of(None)),
            (
                "known_speaker_references",
                "known_speaker_references",
                OPTIONAL,
                list_of(None),
            ),
            extra=DROP,
            strict=True,
        )
