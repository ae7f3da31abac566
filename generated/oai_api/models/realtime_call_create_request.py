from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import Model as _Model

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )


@_attrs_define(repr=False)
class RealtimeCallCreateRequest(_Model):
    """Form for starting a WebRTC Realtime call: your SDP offer and, optionally, the session to answer it."""

    sdp: str
    """ The caller's WebRTC SDP offer. """
    session: RealtimeSessionCreateRequestGA | None = None
    """ Settings for a new Realtime (speech-to-speech) session: model, instructions, audio, tools, reasoning and
    limits. """
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("sdp", "session")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_session_create_request_ga import (
            RealtimeSessionCreateRequestGA,
        )

        return fields(
            ("sdp", "sdp", REQUIRED, None),
            ("session", "session", OPTIONAL, RealtimeSessionCreateRequestGA),
            extra=DROP,
            strict=True,
        )
