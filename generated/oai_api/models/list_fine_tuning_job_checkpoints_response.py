from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.list_fine_tuning_job_checkpoints_response_object import (
    ListFineTuningJobCheckpointsResponseObject,
    check_list_fine_tuning_job_checkpoints_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tuning_job_checkpoint import FineTuningJobCheckpoint


@_attrs_define(repr=False)
class ListFineTuningJobCheckpointsResponse(_OpenModel):
    """One page of a job's checkpoints with cursors and a `has_more` flag."""

    data: list[FineTuningJobCheckpoint]

    object_: ListFineTuningJobCheckpointsResponseObject

    has_more: bool

    first_id: None | str = None

    last_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tuning_job_checkpoint import FineTuningJobCheckpoint

        return fields(
            ("data", "data", REQUIRED, list_of(FineTuningJobCheckpoint)),
            (
                "object_",
                "object",
                REQUIRED,
                check_list_fine_tuning_job_checkpoints_response_object,
            ),
            ("has_more", "has_more", REQUIRED, None),
            ("first_id", "first_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("last_id", "last_id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
