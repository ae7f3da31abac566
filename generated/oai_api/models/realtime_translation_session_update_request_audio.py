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
    from ..models.realtime_translation_session_update_request_audio_input import (
        RealtimeTranslationSessionUpdateRequestAudioInput,
    )
    from ..models.realtime_translation_session_update_request_audio_output import (
        RealtimeTranslationSessionUpdateRequestAudioOutput,
    )


@_attrs_define(repr=False)
class RealtimeTranslationSessionUpdateRequestAudio(_OpenModel):
    input_: RealtimeTranslationSessionUpdateRequestAudioInput | None = None

    output: RealtimeTranslationSessionUpdateRequestAudioOutput | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "output")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_session_update_request_audio_input import (
            RealtimeTranslationSessionUpdateRequestAudioInput,
        )
        from ..models.realtime_translation_session_update_request_audio_output import (
            RealtimeTranslationSessionUpdateRequestAudioOutput,
        )

        return fields(
            (
                "input_",
                "input",
                OPTIONAL,
                RealtimeTranslationSessionUpdateRequestAudioInput,
            ),
            (
                "output",
                "output",
                OPTIONAL,
                RealtimeTranslationSessionUpdateRequestAudioOutput,
            ),
        )
