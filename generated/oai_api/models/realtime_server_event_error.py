from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_error_type import (
    RealtimeServerEventErrorType,
    check_realtime_server_event_error_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_server_event_error_error import RealtimeServerEventErrorError


@_attrs_define(repr=False)
class RealtimeServerEventError(_OpenModel):
    """Server event reporting a client or server error; most errors leave the session open, so log them."""

    event_id: str

    type_: RealtimeServerEventErrorType

    error: RealtimeServerEventErrorError

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("error", "event_id", "type")
    _tags = {"type": ("error",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_server_event_error_error import (
            RealtimeServerEventErrorError,
        )

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_realtime_server_event_error_type),
            ("error", "error", REQUIRED, RealtimeServerEventErrorError),
        )
