from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_container_network_policy_allowlist_param_type import (
    BetaContainerNetworkPolicyAllowlistParamType,
    check_beta_container_network_policy_allowlist_param_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.beta_container_network_policy_domain_secret_param import (
        BetaContainerNetworkPolicyDomainSecretParam,
    )


T = TypeVar("T", bound="BetaContainerNetworkPolicyAllowlistParam")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global _models_bound, BetaContainerNetworkPolicyDomainSecretParam
    from ..models.beta_container_network_policy_domain_secret_param import (
        BetaContainerNetworkPolicyDomainSecretParam,
    )

    _models_bound = True


@_attrs_define
class BetaContainerNetworkPolicyAllowlistParam:
    """Network access limited to the listed domains."""

    type_: BetaContainerNetworkPolicyAllowlistParamType
    """ Fixed tag `allowlist`. """
    allowed_domains: list[str]
    """ Domains the container may reach. """
    domain_secrets: list[BetaContainerNetworkPolicyDomainSecretParam] | None = None
    """ Secrets the container may send to allowed domains. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_type_ = (
            self.type_
            if self.type_ is not None or "type_" not in self._none_flips
            else UNSET
        )

        if _v_type_ is None or isinstance(_v_type_, Unset):
            type_ = _v_type_
        else:
            type_: str = _v_type_

        _v_allowed_domains = (
            self.allowed_domains
            if self.allowed_domains is not None
            or "allowed_domains" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_allowed_domains, list):
            allowed_domains = _v_allowed_domains
        else:
            allowed_domains = _v_allowed_domains

        _v_domain_secrets = (
            self.domain_secrets
            if self.domain_secrets is not None or "domain_secrets" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_domain_secrets, list):
            domain_secrets = _v_domain_secrets
        else:
            domain_secrets: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(_v_domain_secrets, Unset):
                domain_secrets = []
                for domain_secrets_item_data in _v_domain_secrets:
                    if not isinstance(
                        domain_secrets_item_data,
                        BetaContainerNetworkPolicyDomainSecretParam,
                    ):
                        domain_secrets.append(domain_secrets_item_data)
                        continue
                    domain_secrets_item = domain_secrets_item_data.to_dict()
                    domain_secrets.append(domain_secrets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "allowed_domains": allowed_domains,
                }.items()
                if v is not UNSET
            }
        )
        if domain_secrets is not UNSET:
            field_dict["domain_secrets"] = domain_secrets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _type__raw = d.pop("type", UNSET)
        if _type__raw is None or isinstance(_type__raw, Unset):
            if strict_parsing.get():
                raise KeyError("type")

            if _type__raw is UNSET:
                _none_flips += ("type_",)
            type_ = None

        else:
            try:
                type_ = check_beta_container_network_policy_allowlist_param_type(
                    _type__raw
                )

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _allowed_domains_raw = d.pop("allowed_domains", UNSET)
        if _allowed_domains_raw is None or isinstance(_allowed_domains_raw, Unset):
            if strict_parsing.get():
                raise KeyError("allowed_domains")

            if _allowed_domains_raw is UNSET:
                _none_flips += ("allowed_domains",)
            allowed_domains = None

        else:
            try:
                allowed_domains = cast(list[str], _allowed_domains_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                allowed_domains = _allowed_domains_raw

        _domain_secrets_raw = d.pop("domain_secrets", UNSET)
        if _domain_secrets_raw is None or isinstance(_domain_secrets_raw, Unset):
            if _domain_secrets_raw is None and strict_parsing.get():
                raise TypeError("domain_secrets")

            if _domain_secrets_raw is None:
                _none_flips += ("domain_secrets",)
            domain_secrets = None

        else:
            try:
                _domain_secrets = _domain_secrets_raw
                domain_secrets: (
                    list[BetaContainerNetworkPolicyDomainSecretParam] | Unset
                ) = UNSET
                if _domain_secrets is not UNSET:
                    domain_secrets = []
                    if not isinstance(_domain_secrets, list):
                        raise TypeError()
                    for domain_secrets_item_data in _domain_secrets:
                        domain_secrets_item = (
                            BetaContainerNetworkPolicyDomainSecretParam.from_dict(
                                domain_secrets_item_data
                            )
                        )

                        domain_secrets.append(domain_secrets_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                domain_secrets = _domain_secrets_raw

        beta_container_network_policy_allowlist_param = cls(
            type_=type_,
            allowed_domains=allowed_domains,
            domain_secrets=domain_secrets,
        )
        if _none_flips:
            beta_container_network_policy_allowlist_param._none_flips = _none_flips

        beta_container_network_policy_allowlist_param.additional_properties = d
        return beta_container_network_policy_allowlist_param

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
