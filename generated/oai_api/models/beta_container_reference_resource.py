from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.beta_container_reference_resource_type import (
    BetaContainerReferenceResourceType,
    check_beta_container_reference_resource_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class BetaContainerReferenceResource(_OpenModel):
    """The shell ran in an existing container, named by its ID."""

    type_: BetaContainerReferenceResourceType

    container_id: str

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("container_id", "type")
    _tags = {"type": ("container_reference",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_beta_container_reference_resource_type),
            ("container_id", "container_id", REQUIRED, None),
        )
