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
from ..models.container_network_policy_allowlist_param_type import (
    ContainerNetworkPolicyAllowlistParamType,
    check_container_network_policy_allowlist_param_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.container_network_policy_domain_secret_param import (
        ContainerNetworkPolicyDomainSecretParam,
    )


@_attrs_define(repr=False)
class ContainerNetworkPolicyAllowlistParam(_OpenModel):
    """Network access limited to the listed domains."""

    type_: ContainerNetworkPolicyAllowlistParamType
    """ Fixed tag `allowlist`. """
    allowed_domains: list[str]
    """ Domains the container may reach. """
    domain_secrets: list[ContainerNetworkPolicyDomainSecretParam] | None = None
    """ Secrets the container may send to allowed domains. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("allowed_domains", "domain_secrets", "type")
    _tags = {"type": ("allowlist",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.container_network_policy_domain_secret_param import (
            ContainerNetworkPolicyDomainSecretParam,
        )

        return fields(
            (
                "type_",
                "type",
                REQUIRED,
                check_container_network_policy_allowlist_param_type,
            ),
            ("allowed_domains", "allowed_domains", REQUIRED, list_of(None)),
            (
                "domain_secrets",
                "domain_secrets",
                OPTIONAL,
                list_of(ContainerNetworkPolicyDomainSecretParam),
            ),
        )
