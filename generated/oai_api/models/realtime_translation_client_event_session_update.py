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
from ..models.realtime_translation_client_event_session_update_type import (
    RealtimeTranslationClientEventSessionUpdateType,
    check_realtime_translation_client_event_session_update_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_translation_session_update_request import (
        RealtimeTranslationSessionUpdateRequest,
    )


@_attrs_define(repr=False)
class RealtimeTranslationClientEventSessionUpdate(_OpenModel):
    """Client event changing a translation session's output language, input transcription or noise reduction."""

    type_: RealtimeTranslationClientEventSessionUpdateType

    session: RealtimeTranslationSessionUpdateRequest
    """ What a translation session's `session.update` may alter: the `audio` settings. """
    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "session", "type")
    _tags = {"type": ("session.update",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_session_update_request import (
            RealtimeTranslationSessionUpdateRequest,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_translation_client_event_session_update_type,
            ),
            ("session", "session", REQUIRED, RealtimeTranslationSessionUpdateRequest),
            ("event_id", "event_id", OPTIONAL, None),
        )
