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
from ..models.response_failed_event_type import (
    ResponseFailedEventType,
    check_response_failed_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response import Response


@_attrs_define(repr=False)
class ResponsesServerEventType24(_OpenModel):
    type_: ResponseFailedEventType
    """ Event type, fixed to `response.failed`. """
    sequence_number: int
    """ Position of this event in the stream. """
    response: Response
    """ A model response: status, output items, usage and the settings it ran with. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("response", "sequence_number", "stream_id", "type")
    _tags = {"type": ("response.failed",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.response import Response

        return fields(
            ("type_", "type", REQUIRED, check_response_failed_event_type),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("response", "response", REQUIRED, Response),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
