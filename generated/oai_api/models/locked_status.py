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
from ..models.locked_status_type import LockedStatusType, check_locked_status_type

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class LockedStatus(_OpenModel):
    """Thread status: locked, so new input is refused; may give a reason."""

    type_: LockedStatusType

    reason: None | str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("reason", "type")
    _tags = {"type": ("locked",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_locked_status_type),
            ("reason", "reason", REQUIRED_OR_NULL, one_of(str, None)),
        )
