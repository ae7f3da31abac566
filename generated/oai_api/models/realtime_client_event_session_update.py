from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_client_event_session_update_type import (
    RealtimeClientEventSessionUpdateType,
    check_realtime_client_event_session_update_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )


@_attrs_define(repr=False)
class RealtimeClientEventSessionUpdate(_OpenModel):
    """Client event that changes session settings at any time (not `model`; `voice` only before any audio output); answered
    by `session.updated`."""

    type_: RealtimeClientEventSessionUpdateType

    session: (
        RealtimeSessionCreateRequestGA | RealtimeTranscriptionSessionCreateRequestGA
    )

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "session", "type")
    _tags = {"type": ("session.update",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_client_event_session_update_type,
            ),
            (
                "session",
                "session",
                REQUIRED,
                one_of(
                    member(
                        "realtime_session_create_request_ga",
                        "RealtimeSessionCreateRequestGA",
                        ("type", "realtime"),
                    ),
                    member(
                        "realtime_transcription_session_create_request_ga",
                        "RealtimeTranscriptionSessionCreateRequestGA",
                        ("type", "transcription"),
                    ),
                ),
            ),
            ("event_id", "event_id", OPTIONAL, None),
        )
