from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_beta_server_event_response_content_part_done_type import (
    RealtimeBetaServerEventResponseContentPartDoneType,
    check_realtime_beta_server_event_response_content_part_done_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.realtime_beta_server_event_response_content_part_done_part import (
        RealtimeBetaServerEventResponseContentPartDonePart,
    )


@_attrs_define(repr=False)
class RealtimeBetaServerEventResponseContentPartDone(_OpenModel):
    """Server event: a content part of an assistant message is complete (also sent on interruption or cancellation)."""

    event_id: str

    type_: RealtimeBetaServerEventResponseContentPartDoneType

    response_id: str

    item_id: str

    output_index: int

    content_index: int

    part: RealtimeBetaServerEventResponseContentPartDonePart

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
    _tags = {"type": ("response.content_part.done",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.realtime_beta_server_event_response_content_part_done_part import (
            RealtimeBetaServerEventResponseContentPartDonePart,
        )

        return fields(
            ("event_id", "event_id", REQUIRED, None),
            (
                "type_",
                "type",
                REQUIRED,
                check_realtime_beta_server_event_response_content_part_done_type,
            ),
            ("response_id", "response_id", REQUIRED, None),
            ("item_id", "item_id", REQUIRED, None),
            ("output_index", "output_index", REQUIRED, None),
            ("content_index", "content_index", REQUIRED, None),
            (
                "part",
                "part",
                REQUIRED,
                RealtimeBetaServerEventResponseContentPartDonePart,
            ),
        )
