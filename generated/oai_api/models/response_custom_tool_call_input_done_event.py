from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_custom_tool_call_input_done_event_type import (
    ResponseCustomToolCallInputDoneEventType,
    check_response_custom_tool_call_input_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponseCustomToolCallInputDoneEvent(_OpenModel):
    """Stream event `response.custom_tool_call_input.done`: the input of a custom tool call is complete."""

    type_: ResponseCustomToolCallInputDoneEventType
    """ Event type, fixed to `response.custom_tool_call_input.done`. """
    sequence_number: int
    """ Position of this event in the stream. """
    output_index: int
    """ Position of the output item in the response. """
    item_id: str
    """ ID of the output item concerned. """
    input_: str
    """ The complete input. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("input", "item_id", "output_index", "sequence_number", "type")
    _tags = {"type": ("response.custom_tool_call_input.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_custom_tool_call_input_done_event_type,
            ),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("input_", "input", REQUIRED, None),
        )
