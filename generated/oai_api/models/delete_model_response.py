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


@_attrs_define(repr=False)
class DeleteModelResponse(_OpenModel):
    """Outcome of deleting a model."""

    id: str
    """ ID of the deleted model. """
    deleted: bool
    """ True if the model was deleted. """
    object_: str
    """ Object type tag. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("deleted", "deleted", REQUIRED, None),
            ("object_", "object", REQUIRED, None),
        )
