from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_file_search_call_completed_event_type import (
    ResponseFileSearchCallCompletedEventType,
    check_response_file_search_call_completed_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponseFileSearchCallCompletedEvent(_OpenModel):
    """Stream event `response.file_search_call.completed`: a file search finished."""

    type_: ResponseFileSearchCallCompletedEventType
    """ Event type, fixed to `response.file_search_call.completed`. """
    output_index: int
    """ Position of the output item in the response. """
    item_id: str
    """ ID of the output item concerned. """
    sequence_number: int
    """ Position of this event in the stream. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("item_id", "output_index", "sequence_number", "type")
    _tags = {"type": ("response.file_search_call.completed",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_file_search_call_completed_event_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
        )
