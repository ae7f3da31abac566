from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_stream_event_type_2_event import (
    RunStepStreamEventType2Event,
    check_run_step_stream_event_type_2_event,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_object import RunStepDeltaObject


@_attrs_define(repr=False)
class RunStepStreamEventType2(_OpenModel):
    event: RunStepStreamEventType2Event

    data: RunStepDeltaObject
    """ The fields of a run step that changed during streaming. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "event")
    _tags = {"event": ("thread.run.step.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_delta_object import RunStepDeltaObject

        return fields(
            ("event", "event", REQUIRED, check_run_step_stream_event_type_2_event),
            ("data", "data", REQUIRED, RunStepDeltaObject),
        )
