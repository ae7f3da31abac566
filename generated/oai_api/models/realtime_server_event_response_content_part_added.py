from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_response_content_part_added_type import (
    RealtimeServerEventResponseContentPartAddedType,
    check_realtime_server_event_response_content_part_added_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_server_event_response_content_part_added_part import (
        RealtimeServerEventResponseContentPartAddedPart,
    )


@_attrs_define(repr=False)
class RealtimeServerEventResponseContentPartAdded(_OpenModel):
    """Server event announcing an extra part (text or audio) on an assistant message the model is still generating."""

    event_id: str

    type_: RealtimeServerEventResponseContentPartAddedType

    response_id: str

    item_id: str

    output_index: int

    content_index: int

    part: RealtimeServerEventResponseContentPartAddedPart

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = (
        "content_index",
        "event_id",
        "item_id",
        "output_index",
        "part",
        "response_id",
        "type",
    )
    _tags = {"type": ("response.content_part.added",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_server_event_response_content_part_added_part import (
            RealtimeServerEventResponseContentPartAddedPart,
        )

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_server_event_response_content_part_added_type,
            ),
            ("response_id", "response_id", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            ("part", "part", REQUIRED, RealtimeServerEventResponseContentPartAddedPart),
        )
