from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.container_reference_param_type import (
    ContainerReferenceParamType,
    check_container_reference_param_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ContainerReferenceParam(_OpenModel):
    """Run shell commands in an existing container."""

    type_: ContainerReferenceParamType
    """ Fixed tag `container_reference`. """
    container_id: str
    """ ID of the container. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("container_id", "type")
    _tags = {"type": ("container_reference",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_container_reference_param_type),
            ("container_id", "container_id", REQUIRED, None),
        )
