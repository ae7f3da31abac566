from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
    list_of,
)
from .._model import OpenModel as _OpenModel
from ..models.container_resource_network_policy_type import (
    ContainerResourceNetworkPolicyType,
    check_container_resource_network_policy_type,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class ContainerResourceNetworkPolicy(_OpenModel):
    type_: ContainerResourceNetworkPolicyType

    allowed_domains: list[str] | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("allowed_domains", "type")
    _tags = {"type": ("allowlist", "disabled")}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("type_", "type", REQUIRED, check_container_resource_network_policy_type),
            ("allowed_domains", "allowed_domains", OPTIONAL, list_of(None)),
        )
