from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    member,
    one_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_create_client_secret_request_expires_after import (
        RealtimeCreateClientSecretRequestExpiresAfter,
    )
    from ..models.realtime_session_create_request_ga import (
        RealtimeSessionCreateRequestGA,
    )
    from ..models.realtime_transcription_session_create_request_ga import (
        RealtimeTranscriptionSessionCreateRequestGA,
    )


@_attrs_define(repr=False)
class RealtimeCreateClientSecretRequest(_OpenModel):
    """Body for minting a Realtime client secret, with an optional lifetime and a realtime or transcription session config."""

    expires_after: RealtimeCreateClientSecretRequestExpiresAfter | None = None
    """ When the secret stops working for starting new sessions; sessions already running continue, and one secret
    may start many. """
    session: (
        RealtimeSessionCreateRequestGA
        | RealtimeTranscriptionSessionCreateRequestGA
        | None
    ) = None
    """ Either a realtime or a transcription session config, applied to sessions made with this secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("expires_after", "session")

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_create_client_secret_request_expires_after import (
            RealtimeCreateClientSecretRequestExpiresAfter,
        )

        return fields(
            (
                "expires_after",
                "expires_after",
                OPTIONAL,
                RealtimeCreateClientSecretRequestExpiresAfter,
            ),
            (
                "session",
                "session",
                OPTIONAL,
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
            strict=True,
        )
