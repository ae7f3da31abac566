from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.batch_error import BatchError


@_attrs_define(repr=False)
class BatchErrors(_OpenModel):
    """Problems found while validating the input file."""

    object_: str | None = None
    """ Fixed tag `list`. """
    data: list[BatchError] | None = None
    """ The problems, one per line or field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "object")

    @staticmethod
    def _fields() -> Table:
        from ..models.batch_error import BatchError

        return fields(
            ("object_", "object", OPTIONAL, None),
            ("data", "data", OPTIONAL, list_of(BatchError)),
        )
