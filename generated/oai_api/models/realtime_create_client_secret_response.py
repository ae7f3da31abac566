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

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_session_create_response_ga import (
        RealtimeSessionCreateResponseGA,
    )
    from ..models.realtime_transcription_session_create_response_ga import (
        RealtimeTranscriptionSessionCreateResponseGA,
    )


@_attrs_define(repr=False)
class RealtimeCreateClientSecretResponse(_OpenModel):
    """The new client secret, when it expires, and the session it is bound to."""

    value: str

    expires_at: int

    session: (
        RealtimeSessionCreateResponseGA | RealtimeTranscriptionSessionCreateResponseGA
    )

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("expires_at", "session", "value")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("value", "value", REQUIRED, None),
            ("expires_at", "expires_at", REQUIRED, None),
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
