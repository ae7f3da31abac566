from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.response_function_call_arguments_done_event_type import (
    ResponseFunctionCallArgumentsDoneEventType,
    check_response_function_call_arguments_done_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponseFunctionCallArgumentsDoneEvent(_OpenModel):
    """Stream event `response.function_call_arguments.done`: the arguments of a function call are complete."""

    type_: ResponseFunctionCallArgumentsDoneEventType
    """ Event type, fixed to `response.function_call_arguments.done`. """
    item_id: str
    """ ID of the output item concerned. """
    name: str
    """ Name of the function. """
    output_index: int
    """ Position of the output item in the response. """
    sequence_number: int
    """ Position of this event in the stream. """
    arguments: str
    """ Complete arguments as a JSON string. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("arguments", "item_id", "name", "output_index", "sequence_number", "type")
    _tags = {"type": ("response.function_call_arguments.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_function_call_arguments_done_event_type,
            ),
            ("item_id", "item_id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
        )
