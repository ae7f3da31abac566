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
from ..models.realtime_translation_client_event_session_close_type import (
    RealtimeTranslationClientEventSessionCloseType,
    check_realtime_translation_client_event_session_close_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranslationClientEventSessionClose(_OpenModel):
    """Client event that ends a translation session cleanly, after pending audio is flushed and remaining output sent."""

    type_: RealtimeTranslationClientEventSessionCloseType

    event_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "type")
    _tags = {"type": ("session.close",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_translation_client_event_session_close_type,
            ),
            ("event_id", "event_id", OPTIONAL, None),
        )
