from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_session_updated_type import (
    RealtimeServerEventSessionUpdatedType,
    check_realtime_server_event_session_updated_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )


@_attrs_define(repr=False)
class RealtimeServerEventSessionUpdated(_OpenModel):
    """Server event confirming a `session.update`, with the resulting configuration."""

    event_id: str

    type_: RealtimeServerEventSessionUpdatedType

    session: (
        RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "session", "type")
    _tags = {"type": ("session.updated",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_session_updated_type,
            ),
            (
                "session",
                "session",
                REQUIRED,
                one_of(
                    member(
                        "realtime_session_create_response_ga",
                        "RealtimeSessionCreateResponseGA",
                        ("type", "realtime"),
                        ("object", "realtime.session"),
                    ),
                    member(
                        "realtime_transcription_session_create_response_ga",
                        "RealtimeTranscriptionSessionCreateResponseGA",
                        ("type", "transcription"),
                    ),
                ),
            ),
        )
