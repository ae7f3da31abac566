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
from ..models.list_paginated_fine_tuning_jobs_response_object import (
    ListPaginatedFineTuningJobsResponseObject,
    check_list_paginated_fine_tuning_jobs_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.fine_tuning_job import FineTuningJob


@_attrs_define(repr=False)
class ListPaginatedFineTuningJobsResponse(_OpenModel):
    """One page of fine-tuning jobs with a `has_more` flag."""

    data: list[FineTuningJob]

    has_more: bool

    object_: ListPaginatedFineTuningJobsResponseObject

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "has_more", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.fine_tuning_job import FineTuningJob

        return fields(
            ("data", "data", REQUIRED, list_of(FineTuningJob)),
            ("has_more", "has_more", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_list_paginated_fine_tuning_jobs_response_object,
            ),
        )
