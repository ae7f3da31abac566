from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.error import Error


@_attrs_define(repr=False)
class ErrorResponse(_OpenModel):
    """Error envelope returned on failure."""

    error: Error
    """ Details of an API error. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("error",)

    @staticmethod
    def _fields() -> Table:
        from ..models.error import Error

        return fields(
            ("error", "error", REQUIRED, Error),
        )
