from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_translation_session_update_request_audio_input_noise_reduction_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0,
    )
    from ..models.realtime_translation_session_update_request_audio_input_transcription_type_0 import (
        RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0,
    )


@_attrs_define(repr=False)
class RealtimeTranslationSessionUpdateRequestAudioInput(_OpenModel):
    transcription: (
        None | RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0
    ) = None

    noise_reduction: (
        None | RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0
    ) = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("noise_reduction", "transcription")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "transcription",
                "transcription",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "realtime_translation_session_update_request_audio_input_transcription_type_0",
                        "RealtimeTranslationSessionUpdateRequestAudioInputTranscriptionType0",
                    ),
                    None,
                ),
            ),
            (
                "noise_reduction",
                "noise_reduction",
                OPTIONAL_OR_NULL,
                one_of(
                    member(
                        "realtime_translation_session_update_request_audio_input_noise_reduction_type_0",
                        "RealtimeTranslationSessionUpdateRequestAudioInputNoiseReductionType0",
                    ),
                    None,
                ),
            ),
        )
