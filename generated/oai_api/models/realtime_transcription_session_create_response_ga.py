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
from ..models.realtime_transcription_session_create_response_ga_include_item import (
    RealtimeTranscriptionSessionCreateResponseGAIncludeItem,
    check_realtime_transcription_session_create_response_ga_include_item,
)
from ..models.realtime_transcription_session_create_response_ga_type import (
    RealtimeTranscriptionSessionCreateResponseGAType,
    check_realtime_transcription_session_create_response_ga_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_transcription_session_create_response_ga_audio import (
        RealtimeTranscriptionSessionCreateResponseGAAudio,
    )


@_attrs_define(repr=False)
class RealtimeTranscriptionSessionCreateResponseGA(_OpenModel):
    """A GA transcription session as the server holds it: ID, expiry, audio and include settings."""

    type_: RealtimeTranscriptionSessionCreateResponseGAType

    id: str

    object_: str

    expires_at: int | None = None

    include: list[RealtimeTranscriptionSessionCreateResponseGAIncludeItem] | None = None

    audio: RealtimeTranscriptionSessionCreateResponseGAAudio | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "expires_at", "id", "include", "object", "type")
    _tags = {"type": ("transcription",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_transcription_session_create_response_ga_audio import (
            RealtimeTranscriptionSessionCreateResponseGAAudio,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_transcription_session_create_response_ga_type,
            ),
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, None),
            ("expires_at", "expires_at", OPTIONAL, None),
            (
                "include",
                "include",
                OPTIONAL,
                list_of(
                    check_realtime_transcription_session_create_response_ga_include_item
                ),
            ),
            (
                "audio",
                "audio",
                OPTIONAL,
                RealtimeTranscriptionSessionCreateResponseGAAudio,
            ),
        )
