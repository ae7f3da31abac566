from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_organization_data_retention_body_retention_type import (
    UpdateOrganizationDataRetentionBodyRetentionType,
    check_update_organization_data_retention_body_retention_type,
)
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpdateOrganizationDataRetentionBody")


@_attrs_define
class UpdateOrganizationDataRetentionBody:
    """Body for changing the organization's data retention mode."""

    retention_type: UpdateOrganizationDataRetentionBodyRetentionType
    """ Mode to apply: `zero_data_retention`, `modified_abuse_monitoring`, or their `enhanced_` variants. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_retention_type = (
            self.retention_type
            if self.retention_type is not None
            or "retention_type" not in self._none_flips
            else UNSET
        )

        if _v_retention_type is None or isinstance(_v_retention_type, Unset):
            retention_type = _v_retention_type
        else:
            retention_type: str = _v_retention_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "retention_type": retention_type,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _retention_type_raw = d.pop("retention_type", UNSET)
        if _retention_type_raw is None or isinstance(_retention_type_raw, Unset):
            raise KeyError(
                "UpdateOrganizationDataRetentionBody: required field retention_type is missing"
            )

        else:
            retention_type = (
                check_update_organization_data_retention_body_retention_type(
                    _retention_type_raw
                )
            )

        update_organization_data_retention_body = cls(
            retention_type=retention_type,
        )
        if _none_flips:
            update_organization_data_retention_body._none_flips = _none_flips

        update_organization_data_retention_body.additional_properties = d
        return update_organization_data_retention_body

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
