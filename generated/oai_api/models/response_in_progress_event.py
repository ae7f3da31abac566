from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_in_progress_event_type import (
    ResponseInProgressEventType,
    check_response_in_progress_event_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.response import Response


@_attrs_define(repr=False)
class ResponseInProgressEvent(_OpenModel):
    """Stream event `response.in_progress`: the response is being generated."""

    type_: ResponseInProgressEventType
    """ Event type, fixed to `response.in_progress`. """
    response: Response
    """ A model response: status, output items, usage and the settings it ran with. """
    sequence_number: int
    """ Position of this event in the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("response", "sequence_number", "type")
    _tags = {"type": ("response.in_progress",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.response import Response

        return fields(
            ("type_", "type", REQUIRED, check_response_in_progress_event_type),
            ("response", "response", REQUIRED, Response),
            ("sequence_number", "sequence_number", REQUIRED, None),
        )
