from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_server_event_response_content_part_done_part_type import (
    RealtimeServerEventResponseContentPartDonePartType,
    check_realtime_server_event_response_content_part_done_part_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeServerEventResponseContentPartDonePart(_OpenModel):
    type_: RealtimeServerEventResponseContentPartDonePartType | None = None

    text: str | None = None

    audio: str | None = None

    transcript: str | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("audio", "text", "transcript", "type")
    _tags = {"type": ("audio", "text")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "type_",
                "type",
                OPTIONAL,
                check_realtime_server_event_response_content_part_done_part_type,
            ),
            ("text", "text", OPTIONAL, None),
            ("audio", "audio", OPTIONAL, None),
            ("transcript", "transcript", OPTIONAL, None),
        )
