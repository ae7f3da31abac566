from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.list_fine_tuning_job_events_response_object import (
    ListFineTuningJobEventsResponseObject,
    check_list_fine_tuning_job_events_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tuning_job_event import FineTuningJobEvent


@_attrs_define(repr=False)
class ListFineTuningJobEventsResponse(_OpenModel):
    """One page of a job's events with a `has_more` flag."""

    data: list[FineTuningJobEvent]

    object_: ListFineTuningJobEventsResponseObject

    has_more: bool

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "has_more", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tuning_job_event import FineTuningJobEvent

        return fields(
            ("data", "data", REQUIRED, list_of(FineTuningJobEvent)),
            (
                "object_",
                "object",
                REQUIRED,
                check_list_fine_tuning_job_events_response_object,
            ),
            ("has_more", "has_more", REQUIRED, None),
        )
