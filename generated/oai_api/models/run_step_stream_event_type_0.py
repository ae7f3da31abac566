from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_stream_event_type_0_event import (
    RunStepStreamEventType0Event,
    check_run_step_stream_event_type_0_event,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_object import RunStepObject


@_attrs_define(repr=False)
class RunStepStreamEventType0(_OpenModel):
    event: RunStepStreamEventType0Event

    data: RunStepObject
    """ One step of a run, either creating a message or calling tools, with its status and usage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "event")
    _tags = {"event": ("thread.run.step.created",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_object import RunStepObject

        return fields(
            ("event", "event", REQUIRED, check_run_step_stream_event_type_0_event),
            ("data", "data", REQUIRED, RunStepObject),
        )
