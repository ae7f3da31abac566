from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.run_object_incomplete_details_type_0_reason import (
    RunObjectIncompleteDetailsType0Reason,
    check_run_object_incomplete_details_type_0_reason,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RunObjectIncompleteDetailsType0(_OpenModel):
    reason: RunObjectIncompleteDetailsType0Reason | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("reason",)

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "reason",
                "reason",
                OPTIONAL,
                check_run_object_incomplete_details_type_0_reason,
            ),
        )
