from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.container_resource_network_policy_type import (
    ContainerResourceNetworkPolicyType,
    check_container_resource_network_policy_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ContainerResourceNetworkPolicy")


@_attrs_define
class ContainerResourceNetworkPolicy:
    type_: ContainerResourceNetworkPolicyType
    allowed_domains: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
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
            if self.allowed_domains is not None or "allowed_domains" in self._none_flips
            else UNSET
        )

        if not isinstance(_v_allowed_domains, list):
            allowed_domains = _v_allowed_domains
        else:
            allowed_domains: list[str] | Unset = UNSET
            if not isinstance(_v_allowed_domains, Unset):
                allowed_domains = _v_allowed_domains

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                }.items()
                if v is not UNSET
            }
        )
        if allowed_domains is not UNSET:
            field_dict["allowed_domains"] = allowed_domains

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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
                type_ = check_container_resource_network_policy_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        _allowed_domains_raw = d.pop("allowed_domains", UNSET)
        if _allowed_domains_raw is None or isinstance(_allowed_domains_raw, Unset):
            if _allowed_domains_raw is None and strict_parsing.get():
                raise TypeError("allowed_domains")

            if _allowed_domains_raw is None:
                _none_flips += ("allowed_domains",)
            allowed_domains = None

        else:
            try:
                allowed_domains = cast(list[str], _allowed_domains_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                allowed_domains = _allowed_domains_raw

        container_resource_network_policy = cls(
            type_=type_,
            allowed_domains=allowed_domains,
        )
        if _none_flips:
            container_resource_network_policy._none_flips = _none_flips

        container_resource_network_policy.additional_properties = d
        return container_resource_network_policy

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
