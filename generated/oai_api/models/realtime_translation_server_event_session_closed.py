from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_translation_server_event_session_closed_type import (
    RealtimeTranslationServerEventSessionClosedType,
    check_realtime_translation_server_event_session_closed_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranslationServerEventSessionClosed(_OpenModel):
    """Server event: the translation connection is over; no more events follow."""

    event_id: str

    type_: RealtimeTranslationServerEventSessionClosedType

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "type")
    _tags = {"type": ("session.closed",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_translation_server_event_session_closed_type,
            ),
        )
