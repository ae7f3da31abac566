from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, model_repr, strict_parsing

T = TypeVar("T", bound="OrganizationProjectCertificateCertificateDetails")


@_attrs_define
class OrganizationProjectCertificateCertificateDetails:
    valid_at: int | None = None
    expires_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_valid_at = (
            self.valid_at
            if self.valid_at is not None or "valid_at" in self._none_flips
            else UNSET
        )

        valid_at = _v_valid_at

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({k: v for k, v in {}.items() if v is not UNSET})
        if valid_at is not UNSET:
            field_dict["valid_at"] = valid_at
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        valid_at = d.pop("valid_at", UNSET)
        if valid_at is None and strict_parsing.get():
            raise TypeError("valid_at")

        if valid_at is None or valid_at is UNSET:
            if valid_at is None:
                _none_flips += ("valid_at",)
            valid_at = None

        expires_at = d.pop("expires_at", UNSET)
        if expires_at is None and strict_parsing.get():
            raise TypeError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is None:
                _none_flips += ("expires_at",)
            expires_at = None

        organization_project_certificate_certificate_details = cls(
            valid_at=valid_at,
            expires_at=expires_at,
        )
        if _none_flips:
            organization_project_certificate_certificate_details._none_flips = (
                _none_flips
            )

        organization_project_certificate_certificate_details.additional_properties = d
        return organization_project_certificate_certificate_details

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
