from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_response_done_type import (
    RealtimeServerEventResponseDoneType,
    check_realtime_server_event_response_done_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_response import RealtimeResponse


@_attrs_define(repr=False)
class RealtimeServerEventResponseDone(_OpenModel):
    """Server event: a response has finished, whatever its outcome; check its `status` to tell success from failure. Raw
    audio is left out."""

    event_id: str

    type_: RealtimeServerEventResponseDoneType

    response: RealtimeResponse
    """ A response produced in a Realtime session: status, output items, audio settings and usage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("event_id", "response", "type")
    _tags = {"type": ("response.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_response import RealtimeResponse

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            ("type_", "type", REQUIRED, check_realtime_server_event_response_done_type),
            ("response", "response", REQUIRED, RealtimeResponse),
        )
