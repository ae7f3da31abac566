from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_response_text_delta_type import (
    RealtimeServerEventResponseTextDeltaType,
    check_realtime_server_event_response_text_delta_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventResponseTextDelta(_OpenModel):
    """Server event with a chunk of text for an `output_text` content part."""

    event_id: str

    type_: RealtimeServerEventResponseTextDeltaType

    response_id: str

    item_id: str

    output_index: int

    content_index: int

    delta: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "content_index",
        "delta",
        "event_id",
        "item_id",
        "output_index",
        "response_id",
        "type",
    )
    _tags = {"type": ("response.output_text.delta",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_response_text_delta_type,
            ),
            ("response_id", "response_id", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("delta", "delta", REQUIRED, None),
        )
