from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_transcription_session_create_request_ga_include_item import (
    RealtimeTranscriptionSessionCreateRequestGAIncludeItem,
    check_realtime_transcription_session_create_request_ga_include_item,
)
from ..models.realtime_transcription_session_create_request_ga_type import (
    RealtimeTranscriptionSessionCreateRequestGAType,
    check_realtime_transcription_session_create_request_ga_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_transcription_session_create_request_ga_audio import (
        RealtimeTranscriptionSessionCreateRequestGAAudio,
    )


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateRequestGA(_OpenModel):
    """Settings for a GA Realtime session that transcribes audio without generating replies."""

    type_: RealtimeTranscriptionSessionCreateRequestGAType
    """ Session kind; always `transcription` here. """
    audio: RealtimeTranscriptionSessionCreateRequestGAAudio | None = None
    """ Settings for the incoming audio. """
    include: list[RealtimeTranscriptionSessionCreateRequestGAIncludeItem] | None = None
    """ Extra data in server events, e.g. `item.input_audio_transcription.logprobs` for transcription log
    probabilities. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "include", "type")
    _tags = {"type": ("transcription",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_transcription_session_create_request_ga_audio import (
            RealtimeTranscriptionSessionCreateRequestGAAudio,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_transcription_session_create_request_ga_type,
            ),
            (
                "audio",
                "audio",
                OPTIONAL,
                RealtimeTranscriptionSessionCreateRequestGAAudio,
            ),
            (
                "include",
                "include",
                OPTIONAL,
                list_of(
                    check_realtime_transcription_session_create_request_ga_include_item
                ),
            ),
            strict=True,
        )
