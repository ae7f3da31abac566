from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_transcription_session_created_type import (
    RealtimeBetaServerEventTranscriptionSessionCreatedType,
    check_realtime_beta_server_event_transcription_session_created_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_transcription_session_create_response import (
        RealtimeTranscriptionSessionCreateResponse,
    )


@_attrs_define(repr=False)
class RealtimeBetaServerEventTranscriptionSessionCreated(_OpenModel):
    """Server event announcing a newly opened transcription session."""

    event_id: str

    type_: RealtimeBetaServerEventTranscriptionSessionCreatedType

    session: RealtimeTranscriptionSessionCreateResponse
    """ The transcription session as created; over REST it also carries an ephemeral key, valid 10 minutes by
    default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "session", "type")
    _tags = {"type": ("transcription_session.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_transcription_session_create_response import (
            RealtimeTranscriptionSessionCreateResponse,
        )

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_transcription_session_created_type,
            ),
            (
                "session",
                "session",
                REQUIRED,
                RealtimeTranscriptionSessionCreateResponse,
            ),
        )
