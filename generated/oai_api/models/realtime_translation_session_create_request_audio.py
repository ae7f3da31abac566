from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_translation_session_create_request_audio_input import (
        RealtimeTranslationSessionCreateRequestAudioInput,
    )
    from ..models.realtime_translation_session_create_request_audio_output import (
        RealtimeTranslationSessionCreateRequestAudioOutput,
    )


@_attrs_define(repr=False)
class RealtimeTranslationSessionCreateRequestAudio(_OpenModel):
    """Settings for the source audio and the translated output."""

    input_: RealtimeTranslationSessionCreateRequestAudioInput | None = None
    """ Source audio settings: optional transcription and noise reduction. """
    output: RealtimeTranslationSessionCreateRequestAudioOutput | None = None
    """ Settings for the translated output. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "output")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_session_create_request_audio_input import (
            RealtimeTranslationSessionCreateRequestAudioInput,
        )
        from ..models.realtime_translation_session_create_request_audio_output import (
            RealtimeTranslationSessionCreateRequestAudioOutput,
        )

        return fields(
            (
                "input_",
                "input",
                OPTIONAL,
                RealtimeTranslationSessionCreateRequestAudioInput,
            ),
            (
                "output",
                "output",
                OPTIONAL,
                RealtimeTranslationSessionCreateRequestAudioOutput,
            ),
            strict=True,
        )
