from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_step_delta_object_object import (
    RunStepDeltaObjectObject,
    check_run_step_delta_object_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.run_step_delta_object_delta import RunStepDeltaObjectDelta


@_attrs_define(repr=False)
class RunStepDeltaObject(_OpenModel):
    """The fields of a run step that changed during streaming."""

    id: str

    object_: RunStepDeltaObjectObject

    delta: RunStepDeltaObjectDelta

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("delta", "id", "object")
    _tags = {"object": ("thread.run.step.delta",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.run_step_delta_object_delta import RunStepDeltaObjectDelta

        return fields(
            ("id", "id", REQUIRED, None),
            ("object_", "object", REQUIRED, check_run_step_delta_object_object),
            ("delta", "delta", REQUIRED, RunStepDeltaObjectDelta),
        )
