from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_client_event_transcription_session_update_type import (
    RealtimeClientEventTranscriptionSessionUpdateType,
    check_realtime_client_event_transcription_session_update_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_transcription_session_create_request import (
        RealtimeTranscriptionSessionCreateRequest,
    )


@_attrs_define(repr=False)
class RealtimeClientEventTranscriptionSessionUpdate(_OpenModel):
    """Client message changing the configuration (model, language, VAD and so on) of a live transcription session."""

    type_: RealtimeClientEventTranscriptionSessionUpdateType

    session: RealtimeTranscriptionSessionCreateRequest
    """ Settings for a Realtime session that only transcribes audio. """
    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "session", "type")
    _tags = {"type": ("transcription_session.update",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_transcription_session_create_request import (
            RealtimeTranscriptionSessionCreateRequest,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_client_event_transcription_session_update_type,
            ),
            ("session", "session", REQUIRED, RealtimeTranscriptionSessionCreateRequest),
            ("event_id", "event_id", OPTIONAL, None),
        )
