from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_translation_server_event_session_created_type import (
    RealtimeTranslationServerEventSessionCreatedType,
    check_realtime_translation_server_event_session_created_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_translation_session import RealtimeTranslationSession


@_attrs_define(repr=False)
class RealtimeTranslationServerEventSessionCreated(_OpenModel):
    """Server event sent first on a new translation connection, with the session's default configuration."""

    event_id: str

    type_: RealtimeTranslationServerEventSessionCreatedType

    session: RealtimeTranslationSession
    """ A live translation session that keeps turning incoming speech into the chosen output language. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "session", "type")
    _tags = {"type": ("session.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_translation_session import RealtimeTranslationSession

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_translation_server_event_session_created_type,
            ),
            ("session", "session", REQUIRED, RealtimeTranslationSession),
        )
