from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    REQUIRED_OR_NULL,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.closed_status_type import ClosedStatusType, check_closed_status_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ClosedStatus(_OpenModel):
    """Thread status: closed; may give a reason."""

    type_: ClosedStatusType

    reason: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("reason", "type")
    _tags = {"type": ("closed",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_closed_status_type),
            ("reason", "reason", REQUIRED_OR_NULL, one_of(str, None)),
        )
