from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.beta_container_reference_resource_type import (
    BetaContainerReferenceResourceType,
    check_beta_container_reference_resource_type,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="BetaContainerReferenceResource")


@_attrs_define
class BetaContainerReferenceResource:
    """The shell ran in an existing container, named by its ID."""

    type_: BetaContainerReferenceResourceType
    container_id: str
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

        _v_container_id = (
            self.container_id
            if self.container_id is not None or "container_id" not in self._none_flips
            else UNSET
        )

        container_id = _v_container_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "type": type_,
                    "container_id": container_id,
                }.items()
                if v is not UNSET
            }
        )

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
                type_ = check_beta_container_reference_resource_type(_type__raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                type_ = _type__raw

        container_id = d.pop("container_id", UNSET)
        if (
            container_id is None or isinstance(container_id, Unset)
        ) and strict_parsing.get():
            raise KeyError("container_id")

        if container_id is None or container_id is UNSET:
            if container_id is UNSET:
                _none_flips += ("container_id",)
            container_id = None

        beta_container_reference_resource = cls(
            type_=type_,
            container_id=container_id,
        )
        if _none_flips:
            beta_container_reference_resource._none_flips = _none_flips

        beta_container_reference_resource.additional_properties = d
        return beta_container_reference_resource

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
