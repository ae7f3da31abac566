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
from ..models.list_models_response_object import (
    ListModelsResponseObject,
    check_list_models_response_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.model import Model


@_attrs_define(repr=False)
class ListModelsResponse(_OpenModel):
    """List of models."""

    object_: ListModelsResponseObject
    """ Object type tag. """
    data: list[Model]
    """ The models. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.model import Model

        return fields(
            ("object_", "object", REQUIRED, check_list_models_response_object),
            ("data", "data", REQUIRED, list_of(Model)),
        )
