from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.done_event_data import DoneEventData, check_done_event_data
from ..models.done_event_event import DoneEventEvent, check_done_event_event

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class DoneEvent(_OpenModel):
    """Final event of a stream; its data is `[DONE]`."""

    event: DoneEventEvent

    data: DoneEventData

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "event")
    _tags = {"event": ("done",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("event", "event", REQUIRED, check_done_event_event),
            ("data", "data", REQUIRED, check_done_event_data),
        )
