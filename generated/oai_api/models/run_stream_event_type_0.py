from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_stream_event_type_0_event import (
    RunStreamEventType0Event,
    check_run_stream_event_type_0_event,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_object import RunObject


@_attrs_define(repr=False)
class RunStreamEventType0(_OpenModel):
    event: RunStreamEventType0Event

    data: RunObject
    """ One execution of an assistant on a thread, with its status, settings, timestamps and token usage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "event")
    _tags = {"event": ("thread.run.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_object import RunObject

        return fields(
            ("event", "event", REQUIRED, check_run_stream_event_type_0_event),
            ("data", "data", REQUIRED, RunObject),
        )
