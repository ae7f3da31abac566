from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DATE,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.model_object import ModelObject, check_model_object

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class Model(_OpenModel):
    """A model that can be used with the API."""

    id: str
    """ Model ID. """
    created: int
    """ Creation time (Unix seconds). """
    object_: ModelObject
    """ Object type tag. """
    owned_by: str
    """ Organisation that owns the model. """
    shutdown_date: datetime.date | None = None
    """ Planned retirement date, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created", "id", "object", "owned_by", "shutdown_date")
    _tags = {"object": ("model",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            ("created", "created", REQUIRED, None),
            ("object_", "object", REQUIRED, check_model_object),
            ("owned_by", "owned_by", REQUIRED, None),
            ("shutdown_date", "shutdown_date", OPTIONAL_OR_NULL, one_of(DATE, None)),
        )
