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
from ..models.response_code_interpreter_call_interpreting_event_type import (
    ResponseCodeInterpreterCallInterpretingEventType,
    check_response_code_interpreter_call_interpreting_event_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ResponsesServerEventType8(_OpenModel):
    type_: ResponseCodeInterpreterCallInterpretingEventType
    """ Event type, fixed to `response.code_interpreter_call.interpreting`. """
    output_index: int
    """ Position of the output item in the response. """
    item_id: str
    """ ID of the output item concerned. """
    sequence_number: int
    """ Position of this event in the stream. """
    stream_id: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("item_id", "output_index", "sequence_number", "stream_id", "type")
    _tags = {"type": ("response.code_interpreter_call.interpreting",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_response_code_interpreter_call_interpreting_event_type,
            ),
            ("output_index", "output_index", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("sequence_number", "sequence_number", REQUIRED, None),
            ("stream_id", "stream_id", OPTIONAL, None),
        )
