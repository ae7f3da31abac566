from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_response_function_call_arguments_done_type import (
    RealtimeServerEventResponseFunctionCallArgumentsDoneType,
    check_realtime_server_event_response_function_call_arguments_done_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventResponseFunctionCallArgumentsDone(_OpenModel):
    """Server event with the complete arguments of a function call, also sent on interruption or cancellation."""

    event_id: str

    type_: RealtimeServerEventResponseFunctionCallArgumentsDoneType

    response_id: str

    item_id: str

    output_index: int

    call_id: str

    name: str

    arguments: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "arguments",
        "call_id",
        "event_id",
        "item_id",
        "name",
        "output_index",
        "response_id",
        "type",
    )
    _tags = {"type": ("response.function_call_arguments.done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_response_function_call_arguments_done_type,
            ),
            ("response_id", "response_id", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("call_id", "call_id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("arguments", "arguments", REQUIRED, None),
        )
